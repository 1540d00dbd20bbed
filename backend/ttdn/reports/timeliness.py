"""How punctual each unit is on a plan, for the dashboard: the share of its work whose date
has come that it did on time.

- its task occurrences judged so far (done on time, done late, or overdue: `tasks.status`),
  on time when done on time;
- its parts of the plan's reports judged so far (submitted, or past the units' due date),
  on time when first submitted by the units' due date.

The score is the on-time share of both together; null while nothing was judged yet. Each
caller sees the units within its reach (a member, an area leader: its own)."""

from collections.abc import Sequence

from sqlalchemy.ext.asyncio import AsyncSession

from ttdn.core.authz import Principal
from ttdn.core.clock import today_in_vietnam
from ttdn.reports.models import ReportingPeriod, UnitReport
from ttdn.reports.schemas import UnitTimeliness
from ttdn.reports.unit_reports import visible_reports
from ttdn.tasks.models import TaskStatus
from ttdn.tasks.reading import status_counts
from ttdn.tasks.schemas import UnitStatusCounts
from ttdn.units.models import Unit

JUDGED_TASKS = (TaskStatus.done_on_time, TaskStatus.done_late, TaskStatus.overdue)


async def timeliness(
    session: AsyncSession, principal: Principal, plan_id: int
) -> list[UnitTimeliness]:
    """Every unit with tasks or report parts of the plan the caller sees, by unit name, in two
    statements (the tasks' counts, the parts)."""
    counted = await status_counts(session, principal, plan_id)
    return await timeliness_from(session, principal, plan_id, counted)


async def timeliness_from(
    session: AsyncSession,
    principal: Principal,
    plan_id: int,
    counted: Sequence[UnitStatusCounts],
) -> list[UnitTimeliness]:
    """`timeliness`, from the plan's task counts already read for the caller (`status_counts`):
    one statement (the parts)."""
    rows: dict[int, UnitTimeliness] = {}

    def row_of(unit_id: int, unit_name: str) -> UnitTimeliness:
        return rows.setdefault(unit_id, UnitTimeliness(unit_id=unit_id, unit_name=unit_name))

    for counts in counted:
        row = row_of(counts.unit_id, counts.unit_name)
        row.tasks_judged = sum(counts.counts.get(status, 0) for status in JUDGED_TASKS)
        row.tasks_on_time = counts.counts.get(TaskStatus.done_on_time, 0)
    parts = visible_reports(principal).with_only_columns(
        Unit.id, Unit.name, UnitReport.first_submitted_on, ReportingPeriod.internal_due_on
    )
    today = today_in_vietnam()
    for unit_id, unit_name, submitted_on, due_on in await session.execute(
        parts.where(ReportingPeriod.plan_id == plan_id)
    ):
        row = row_of(unit_id, unit_name)
        if submitted_on is not None or due_on < today:
            row.parts_judged += 1
            row.parts_on_time += submitted_on is not None and submitted_on <= due_on
    for row in rows.values():
        judged = row.tasks_judged + row.parts_judged
        row.score = (row.tasks_on_time + row.parts_on_time) / judged if judged else None
    return sorted(rows.values(), key=lambda row: row.unit_name)
