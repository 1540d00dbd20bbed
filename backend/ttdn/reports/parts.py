"""Which units report in a period, and their draft parts: one per unit, made when the period is
made and again (for units given tasks since) whenever the plan's periods are generated."""

from collections.abc import Sequence

from sqlalchemy import ColumnElement, select
from sqlalchemy.ext.asyncio import AsyncSession

from ttdn.reports.models import ReportingPeriod, UnitReport
from ttdn.tasks.models import AssigneeRole, Task, TaskAssignee, TaskState
from ttdn.units.models import Unit


def leading_task_of(plan_id: int | ColumnElement[int]) -> list[ColumnElement[bool]]:
    """Conditions on `Task` and `TaskAssignee` (joined) for the live tasks of a plan a unit
    leads: not deleted, not cancelled."""
    return [
        Task.plan_id == plan_id,
        Task.deleted_at.is_(None),
        Task.state != TaskState.cancelled,
        TaskAssignee.role == AssigneeRole.lead,
    ]


async def responsible_units(session: AsyncSession, plan_id: int) -> Sequence[int]:
    """The units leading a live task of the plan, by id."""
    statement = (
        select(TaskAssignee.unit_id)
        .join(Task, Task.id == TaskAssignee.task_id)
        .where(*leading_task_of(plan_id))
        .distinct()
        .order_by(TaskAssignee.unit_id)
    )
    return (await session.scalars(statement)).all()


async def responsible_unit_paths(session: AsyncSession, plan_id: int) -> dict[int, str]:
    """The units leading a live task of the plan, with their tree paths (to judge who reads
    their parts), in one statement."""
    statement = (
        select(Unit.id, Unit.path)
        .where(
            Unit.id.in_(
                select(TaskAssignee.unit_id)
                .join(Task, Task.id == TaskAssignee.task_id)
                .where(*leading_task_of(plan_id))
            )
        )
        .order_by(Unit.id)
    )
    return {unit_id: path for unit_id, path in await session.execute(statement)}


async def add_unit_reports(session: AsyncSession, period: ReportingPeriod) -> int:
    """A draft part for each unit reporting in `period` that has none yet (its one reporting
    unit, or every unit leading a task of the plan); how many were added."""
    if period.reporting_unit_id is not None:
        units: Sequence[int] = [period.reporting_unit_id]
    else:
        units = await responsible_units(session, period.plan_id)
    existing = set(
        (
            await session.scalars(
                select(UnitReport.unit_id).where(UnitReport.period_id == period.id)
            )
        ).all()
    )
    missing = [unit_id for unit_id in units if unit_id not in existing]
    session.add_all(UnitReport(period_id=period.id, unit_id=unit_id) for unit_id in missing)
    await session.flush()
    return len(missing)
