"""Helpers for the reporting cycle's tests: the demo plan's periods and units' parts, as the
world holds them (made from the plan's deadlines when its tasks were assigned)."""

from datetime import date
from typing import Any

import pytest
from sqlalchemy import select

from ttdn.reports.models import ReportingPeriod, UnitReport

FIRST_HALF_DUE = date(2023, 6, 1)


@pytest.fixture
def with_version(world: Any) -> Any:
    """The headers of `username` writing over `version`."""

    def headers(username: str, version: int) -> dict[str, str]:
        return {**world.auth(username), "If-Match": f'"{version}"'}

    return headers


@pytest.fixture
async def first_half(world: Any, sessionmaker: Any) -> int:
    """The demo plan's 6-month period."""
    async with sessionmaker() as session:
        period_id = await session.scalar(
            select(ReportingPeriod.id).where(
                ReportingPeriod.plan_id == world.plan_id,
                ReportingPeriod.due_on == FIRST_HALF_DUE,
            )
        )
    assert period_id is not None
    return int(period_id)


@pytest.fixture
def part_of(world: Any, sessionmaker: Any, first_half: int) -> Any:
    """The id of a unit's part of the 6-month period, by the demo's unit key."""

    async def find(unit_key: str, period_id: int | None = None) -> int:
        async with sessionmaker() as session:
            report_id = await session.scalar(
                select(UnitReport.id).where(
                    UnitReport.period_id == (period_id or first_half),
                    UnitReport.unit_id == world.unit_id(unit_key),
                )
            )
        assert report_id is not None, unit_key
        return int(report_id)

    return find
