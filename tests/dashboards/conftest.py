"""The world with the demo's year (its reporting cycle included), and the 6-month period."""

from datetime import date

import pytest
from sqlalchemy import select

from ttdn.demo.seed import seed_progress
from ttdn.reports.models import ReportingPeriod

FIRST_HALF_DUE = date(2023, 6, 1)


@pytest.fixture
async def loaded(world, sessionmaker):
    async with sessionmaker() as session, session.begin():
        await seed_progress(
            session,
            unit_ids={key: unit.id for key, unit in world.units.items()},
            user_ids=world.users,
            task_ids=world.tasks,
            outlet_ids=world.outlets,
            contact_ids=world.contacts,
            plan_id=world.plan_id,
        )
    return world


@pytest.fixture
async def first_half(world, sessionmaker):
    async with sessionmaker() as session:
        period_id = await session.scalar(
            select(ReportingPeriod.id).where(
                ReportingPeriod.plan_id == world.plan_id,
                ReportingPeriod.due_on == FIRST_HALF_DUE,
            )
        )
    assert period_id is not None
    return int(period_id)
