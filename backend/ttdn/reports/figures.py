"""What a unit's part says without the unit typing it: the figures counted from the records
and the narrative of each task drawn from the unit's progress reports in the period.

Counted figures (decided here, documented in the API): while a part can change they are
counted at each read, so they follow the records; submitting keeps them as counted then, so
the part the coordinator accepts does not move under it; a return clears them again.

- press interactions: the unit's dealings with the press (`media_interactions`, not deleted)
  that took place from the period's start to its cut-off;
- incidents handled: the false-information incidents (not deleted) on which the unit took a
  measure (`incident_actions`) in those dates, each counted once.
"""

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, time, timedelta

from sqlalchemy import distinct, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from ttdn.core.clock import VIETNAM
from ttdn.incidents.models import Incident, IncidentAction
from ttdn.media.models import MediaInteraction
from ttdn.reports.models import ReportingPeriod, UnitReport, UnitReportNarrative
from ttdn.reports.parts import leading_task_of
from ttdn.tasks.models import Task, TaskAssignee, TaskUpdate

# Built once: correlated to the unit's part and its period in whatever statement uses them.
PRESS_INTERACTIONS_COUNTED = (
    select(func.count(MediaInteraction.id))
    .where(
        MediaInteraction.unit_id == UnitReport.unit_id,
        MediaInteraction.deleted_at.is_(None),
        MediaInteraction.occurred_on >= ReportingPeriod.starts_on,
        MediaInteraction.occurred_on <= ReportingPeriod.ends_on,
    )
    .correlate(UnitReport, ReportingPeriod)
    .scalar_subquery()
)
INCIDENTS_HANDLED_COUNTED = (
    select(func.count(distinct(IncidentAction.incident_id)))
    .join(Incident, Incident.id == IncidentAction.incident_id)
    .where(
        IncidentAction.unit_id == UnitReport.unit_id,
        Incident.deleted_at.is_(None),
        IncidentAction.taken_on >= ReportingPeriod.starts_on,
        IncidentAction.taken_on <= ReportingPeriod.ends_on,
    )
    .correlate(UnitReport, ReportingPeriod)
    .scalar_subquery()
)
# As kept at submission, else as counted now.
PRESS_INTERACTIONS = func.coalesce(UnitReport.press_interactions, PRESS_INTERACTIONS_COUNTED)
INCIDENTS_HANDLED = func.coalesce(UnitReport.incidents_handled, INCIDENTS_HANDLED_COUNTED)


async def count_now(session: AsyncSession, report: UnitReport) -> tuple[int, int]:
    """The two counted figures of `report` as the records stand: (press, incidents)."""
    row = (
        await session.execute(
            select(PRESS_INTERACTIONS_COUNTED, INCIDENTS_HANDLED_COUNTED)
            .select_from(UnitReport)
            .join(ReportingPeriod, ReportingPeriod.id == UnitReport.period_id)
            .where(UnitReport.id == report.id)
        )
    ).one()
    return int(row[0]), int(row[1])


@dataclass(frozen=True)
class Narrative:
    task_id: int
    task_title: str
    text: str
    prefilled: bool


async def unit_tasks(session: AsyncSession, plan_id: int, unit_id: int) -> Sequence[Task]:
    """The live tasks of the plan the unit leads, in the plan's order of entry."""
    statement = (
        select(Task)
        .join(TaskAssignee, TaskAssignee.task_id == Task.id)
        .where(*leading_task_of(plan_id), TaskAssignee.unit_id == unit_id)
        .order_by(Task.id)
    )
    return (await session.scalars(statement)).all()


async def _progress_texts(
    session: AsyncSession, period: ReportingPeriod, unit_id: int, task_ids: Sequence[int]
) -> dict[int, str]:
    """Each task's progress reports by the unit within the period (Vietnam dates), one line
    each, `dd/mm/yyyy: text`, oldest first; a coordinator's returned claims left out."""
    if not task_ids:
        return {}
    since = datetime.combine(period.starts_on, time(), VIETNAM)
    until = datetime.combine(period.ends_on + timedelta(days=1), time(), VIETNAM)
    updates = await session.scalars(
        select(TaskUpdate)
        .where(
            TaskUpdate.unit_id == unit_id,
            TaskUpdate.task_id.in_(task_ids),
            TaskUpdate.returns_claim.is_(False),
            TaskUpdate.created_at >= since,
            TaskUpdate.created_at < until,
        )
        .order_by(TaskUpdate.created_at, TaskUpdate.id)
    )
    lines: dict[int, list[str]] = {}
    for update in updates:
        written_on = update.created_at.astimezone(VIETNAM).strftime("%d/%m/%Y")
        lines.setdefault(update.task_id, []).append(f"{written_on}: {update.text}")
    return {task_id: "\n".join(texts) for task_id, texts in lines.items()}


async def narratives(
    session: AsyncSession, report: UnitReport, period: ReportingPeriod
) -> list[Narrative]:
    """One narrative per task the unit leads: what it wrote, else what its progress reports
    of the period say (`prefilled`)."""
    tasks = await unit_tasks(session, period.plan_id, report.unit_id)
    written = {
        row.task_id: row
        for row in await session.scalars(
            select(UnitReportNarrative).where(UnitReportNarrative.report_id == report.id)
        )
    }
    progress = await _progress_texts(session, period, report.unit_id, [task.id for task in tasks])
    found = []
    for task in tasks:
        kept = written.get(task.id)
        if kept is not None:
            found.append(Narrative(task.id, task.title, kept.text, prefilled=False))
        else:
            found.append(Narrative(task.id, task.title, progress.get(task.id, ""), prefilled=True))
    return found
