"""A plan's task table as a spreadsheet (XLSX, or CSV for Excel): the tasks the caller's list
holds with the same filters, each with its section, lead and cooperating units, schedule, due
dates, derived status and the last progress reported."""

from dataclasses import dataclass
from datetime import date

from fastapi import Response
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from ttdn.core.authz import Principal
from ttdn.core.clock import VIETNAM
from ttdn.core.exports import Column, ExportFormat, ensure_not_too_long, export
from ttdn.core.pagination import ListParams
from ttdn.plans.models import PlanSection
from ttdn.plans.sections import section_heading
from ttdn.tasks.models import AssigneeRole, Frequency, Schedule, TaskStatus, TaskUpdate
from ttdn.tasks.reading import TaskFilters, list_tasks
from ttdn.tasks.schemas import TaskListItem

STATUS_WORDS = {
    TaskStatus.not_started: "Chưa thực hiện",
    TaskStatus.in_progress: "Đang thực hiện",
    TaskStatus.awaiting_confirmation: "Chờ xác nhận hoàn thành",
    TaskStatus.done_on_time: "Hoàn thành đúng hạn",
    TaskStatus.done_late: "Hoàn thành quá hạn",
    TaskStatus.overdue: "Quá hạn",
    TaskStatus.paused: "Tạm dừng",
    TaskStatus.cancelled: "Hủy",
}
SCHEDULE_WORDS = {
    Schedule.once: "Một lần",
    Schedule.continuous: "Thường xuyên",
    Frequency.monthly: "Hằng tháng",
    Frequency.quarterly: "Hằng quý",
    Frequency.semiannual: "Định kỳ 6 tháng",
    Frequency.yearly: "Hằng năm",
}


@dataclass(frozen=True)
class TaskRow:
    task: TaskListItem
    section: str | None
    last_progress: str | None
    last_progress_on: date | None


def _units(task: TaskListItem, role: AssigneeRole) -> list[str]:
    return [a.unit_name for a in task.assignees if a.role == role]


def _schedule(task: TaskListItem) -> str:
    return SCHEDULE_WORDS[task.frequency or task.schedule]


COLUMNS: list[Column[TaskRow]] = [
    Column("Mục", lambda r: r.section, 30),
    Column("Nhiệm vụ", lambda r: r.task.title, 50),
    Column("Đơn vị chủ trì", lambda r: _units(r.task, AssigneeRole.lead), 28),
    Column("Đơn vị phối hợp", lambda r: _units(r.task, AssigneeRole.cooperating), 28),
    Column("Thời gian thực hiện", lambda r: _schedule(r.task), 16),
    Column("Hạn", lambda r: r.task.due_on, 12),
    Column("Hạn kỳ tới", lambda r: r.task.next_due_on, 12),
    Column("Trạng thái", lambda r: STATUS_WORDS[r.task.status], 20),
    Column("Tiến độ gần nhất", lambda r: r.last_progress, 50),
    Column("Ngày báo cáo", lambda r: r.last_progress_on, 12),
]


async def _sections(session: AsyncSession, section_ids: set[int]) -> dict[int, str]:
    if not section_ids:
        return {}
    rows = await session.execute(
        select(PlanSection.id, PlanSection.code, PlanSection.title).where(
            PlanSection.id.in_(section_ids)
        )
    )
    return {section_id: section_heading(code, title) for section_id, code, title in rows}


async def _last_progress(session: AsyncSession, task_ids: list[int]) -> dict[int, TaskUpdate]:
    """Each task's latest progress report (not a coordinator's returned claim)."""
    if not task_ids:
        return {}
    latest = (
        select(TaskUpdate.task_id, func.max(TaskUpdate.id).label("last_id"))
        .where(TaskUpdate.task_id.in_(task_ids), TaskUpdate.returns_claim.is_(False))
        .group_by(TaskUpdate.task_id)
        .subquery()
    )
    updates = await session.scalars(
        select(TaskUpdate).join(latest, latest.c.last_id == TaskUpdate.id)
    )
    return {update.task_id: update for update in updates}


async def export_tasks(
    session: AsyncSession,
    principal: Principal,
    params: ListParams,
    filters: TaskFilters,
    export_format: ExportFormat,
) -> Response:
    """The caller's task list with these filters, every page of it, as a file."""
    fetched = await list_tasks(session, principal, params, filters)
    tasks: list[TaskListItem] = fetched.items
    ensure_not_too_long(tasks)
    sections = await _sections(session, {t.section_id for t in tasks if t.section_id})
    progress = await _last_progress(session, [task.id for task in tasks])
    rows = []
    for task in tasks:
        update = progress.get(task.id)
        rows.append(
            TaskRow(
                task=task,
                section=sections.get(task.section_id or 0),
                last_progress=update.text if update else None,
                last_progress_on=update.created_at.astimezone(VIETNAM).date() if update else None,
            )
        )
    return export(export_format, "nhiem-vu", "Nhiệm vụ", COLUMNS, rows)
