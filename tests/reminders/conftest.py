"""Due items of the world for the reminders' tests: an open occurrence of the police's task and
Văn phòng's open press report."""

from dataclasses import dataclass
from datetime import date

import pytest
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from ttdn.media.models import FollowUpStatus, InteractionKind, MediaInteraction
from ttdn.tasks.models import TaskOccurrence


@dataclass(frozen=True)
class Due:
    id: int
    task_id: int
    due_on: date


@pytest.fixture
async def police_occurrence(world, sessionmaker: async_sessionmaker[AsyncSession]) -> Due:
    """The first occurrence of Công an's continuous task (its members: `congan`)."""
    async with sessionmaker() as session:
        occurrence = await session.scalar(
            select(TaskOccurrence)
            .where(TaskOccurrence.task_id == world.tasks["congan_bao_mat"])
            .order_by(TaskOccurrence.due_on)
            .limit(1)
        )
    assert occurrence is not None
    return Due(occurrence.id, occurrence.task_id, occurrence.due_on)


@pytest.fixture
async def open_press_report(world, sessionmaker: async_sessionmaker[AsyncSession]) -> Due:
    """A press report about Cao Xá not answered yet, due 15 days after it came."""
    async with sessionmaker() as session, session.begin():
        report = MediaInteraction(
            unit_id=world.unit_id("van_phong"),
            kind=InteractionKind.press_report.value,
            occurred_on=date(2023, 6, 1),
            topic="Phản ánh về chợ tạm",
            follow_up_status=FollowUpStatus.verifying.value,
            due_on=date(2023, 6, 16),
        )
        session.add(report)
    return Due(report.id, 0, date(2023, 6, 16))
