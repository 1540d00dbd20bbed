"""Helpers for the reporting cycle's tests: the demo plan's periods and units' parts, as the
world holds them (made from the plan's deadlines when its tasks were assigned)."""

from typing import Any

import pytest
from sqlalchemy import select

from ttdn.reports.models import UnitReport


@pytest.fixture
def with_version(world: Any) -> Any:
    """The headers of `username` writing over `version`."""

    def headers(username: str, version: int) -> dict[str, str]:
        return {**world.auth(username), "If-Match": f'"{version}"'}

    return headers


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


@pytest.fixture
def settle_the_parts(client: Any, world: Any, with_version: Any, first_half: int) -> Any:
    """The coordinator accepts every submitted part of the 6-month period; Khu 3 corrects its
    returned part and submits it again first."""

    async def settle() -> None:
        parts = await client.get(
            f"/api/v1/reports?limit=200&period_id={first_half}", headers=world.auth("vhxh")
        )
        for part in parts.json()["items"]:
            url, version = f"/api/v1/reports/{part['id']}", part["version"]
            if part["status"] == "returned":
                again = await client.post(f"{url}/submit", headers=with_version("khu3", version))
                assert again.status_code == 200, again.text
                version = again.json()["version"]
            if part["status"] in ("returned", "submitted"):
                accepted = await client.post(f"{url}/accept", headers=with_version("vhxh", version))
                assert accepted.status_code == 200, accepted.text

    return settle
