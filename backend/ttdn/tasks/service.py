"""Assigning tasks: who leads and cooperates, and when they are due. Reading them is
`reading.py`; progress on them is `progress.py`."""

from collections.abc import Sequence
from typing import Any

from pydantic import ValidationError
from sqlalchemy import delete, exists, or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from ttdn.audit.service import record
from ttdn.core.authz import Principal, ensure_reaches, visible
from ttdn.core.db import utcnow
from ttdn.core.errors import Conflict, Invalid, NotFound
from ttdn.core.text import search_text
from ttdn.core.versioning import check_version
from ttdn.plans.models import Plan, PlanSection, PlanStatus, ReportingDeadline
from ttdn.tasks.models import (
    AssigneeRole,
    Frequency,
    Schedule,
    Task,
    TaskAssignee,
    TaskOccurrence,
    TaskState,
    TaskUpdate,
)
from ttdn.tasks.notices import notify_new_units
from ttdn.tasks.reading import get_task
from ttdn.tasks.recurrence import Due, expand
from ttdn.tasks.schemas import (
    ScheduleFields,
    TaskCreate,
    TaskPatch,
    check_assignees,
)
from ttdn.tasks.status import task_view_for
from ttdn.units.models import Unit


def _snapshot(task: Task) -> dict[str, Any]:
    return {
        "title": task.title,
        "description": task.description,
        "priority": task.priority,
        "topics": list(task.topics or ()),
        "schedule": task.schedule,
        "frequency": task.frequency,
        "due_on": task.due_on.isoformat() if task.due_on else None,
        "state": task.state,
        "section_id": task.section_id,
        "group_label": task.group_label,
        "assignees": sorted((a.unit_id, a.role) for a in task.assignees),
    }


async def _plan_for_tasks(session: AsyncSession, principal: Principal, plan_id: int) -> Plan:
    """The plan tasks are assigned in: visible, not closed, within the caller's reach."""
    plan = await session.scalar(
        select(Plan)
        .join(Unit, Unit.id == Plan.unit_id)
        .where(
            Plan.id == plan_id,
            Plan.deleted_at.is_(None),
            visible(principal, "plans:read", Unit.path),
        )
    )
    if plan is None:
        raise Invalid("Không tìm thấy kế hoạch.", loc=["body", "plan_id"])
    plan_path = await session.scalar(select(Unit.path).where(Unit.id == plan.unit_id))
    ensure_reaches(principal, "tasks:assign", [plan_path or ""])
    if plan.status == PlanStatus.closed:
        raise Conflict("Kế hoạch đã kết thúc; không giao thêm hay sửa nhiệm vụ.")
    return plan


async def _check_section(session: AsyncSession, plan: Plan, section_id: int | None) -> None:
    if section_id is None:
        return
    found = await session.scalar(
        select(PlanSection.id).where(PlanSection.id == section_id, PlanSection.plan_id == plan.id)
    )
    if found is None:
        raise Invalid("Mục không thuộc kế hoạch này.", loc=["body", "section_id"])


async def _assignable_units(
    session: AsyncSession, principal: Principal, unit_ids: Sequence[int], field: str
) -> dict[int, Unit]:
    """The live units given, each within the caller's reach for assigning."""
    units = {
        unit.id: unit
        for unit in await session.scalars(
            select(Unit).where(
                Unit.id.in_(unit_ids),
                Unit.deleted_at.is_(None),
                visible(principal, "units:read", Unit.path),
            )
        )
    }
    missing = sorted(set(unit_ids) - units.keys())
    if missing:
        raise Invalid(f"Không tìm thấy đơn vị: {missing}.", loc=["body", field])
    ensure_reaches(principal, "tasks:assign", [unit.path for unit in units.values()])
    return units


async def _deadlines(session: AsyncSession, plan: Plan) -> list[Due]:
    rows = await session.scalars(
        select(ReportingDeadline)
        .where(ReportingDeadline.plan_id == plan.id)
        .order_by(ReportingDeadline.due_on)
    )
    return [Due(row.due_on, row.label) for row in rows]


async def _occurrences_for(
    session: AsyncSession, task: Task, plan: Plan, lead_unit_ids: Sequence[int]
) -> list[TaskOccurrence]:
    dues = expand(
        Schedule(task.schedule),
        year=plan.year,
        due_on=task.due_on,
        frequency=Frequency(task.frequency) if task.frequency else None,
        reporting_deadlines=await _deadlines(session, plan),
    )
    return [
        TaskOccurrence(
            unit_id=unit_id,
            label=due.label,
            due_on=due.due_on,
            original_due_on=due.due_on,
            percent=0,
        )
        for unit_id in lead_unit_ids
        for due in dues
    ]


def _search_text(task: Task) -> str:
    return search_text(task.title, task.description)


async def create_task(session: AsyncSession, principal: Principal, data: TaskCreate) -> Task:
    """A task of a plan the caller coordinates, expanded into its occurrences."""
    plan = await _plan_for_tasks(session, principal, data.plan_id)
    await _check_section(session, plan, data.section_id)
    await _assignable_units(session, principal, data.lead_unit_ids, "lead_unit_ids")
    await _assignable_units(session, principal, data.cooperating_unit_ids, "cooperating_unit_ids")
    task = Task(
        plan_id=plan.id,
        section_id=data.section_id,
        title=data.title,
        description=data.description,
        priority=data.priority,
        topics=list(data.topics),
        schedule=data.schedule,
        frequency=data.frequency,
        due_on=data.due_on,
        group_label=data.group_label if len(data.lead_unit_ids) > 1 else None,
        state=TaskState.active,
        assignees=_assignees_for(data.lead_unit_ids, data.cooperating_unit_ids),
    )
    task.search_text = _search_text(task)
    task.occurrences = await _occurrences_for(session, task, plan, data.lead_unit_ids)
    session.add(task)
    await session.flush()
    await notify_new_units(session, task, plan, [*data.lead_unit_ids, *data.cooperating_unit_ids])
    await _record_task(session, principal, "tasks.create", task, plan)
    return task


async def _record_task(
    session: AsyncSession,
    principal: Principal,
    action: str,
    task: Task,
    plan: Plan,
    *,
    before: dict[str, Any] | None = None,
    after: bool = True,
) -> None:
    """One audit event about a task, filed under its plan's unit."""
    await record(
        session,
        action,
        actor=principal,
        unit_path=await _plan_path(session, plan),
        object_type="task",
        object_id=task.id,
        before=before,
        after=_snapshot(task) if after else None,
    )


def _assignees_for(
    lead_unit_ids: Sequence[int], cooperating_unit_ids: Sequence[int]
) -> list[TaskAssignee]:
    return [TaskAssignee(unit_id=u, role=AssigneeRole.lead) for u in lead_unit_ids] + [
        TaskAssignee(unit_id=u, role=AssigneeRole.cooperating) for u in cooperating_unit_ids
    ]


async def _plan_path(session: AsyncSession, plan: Plan) -> str | None:
    return await session.scalar(select(Unit.path).where(Unit.id == plan.unit_id))


async def _has_progress(session: AsyncSession, task: Task) -> bool:
    reported = exists(select(TaskUpdate.id).where(TaskUpdate.task_id == task.id))
    progressed = exists(
        select(TaskOccurrence.id).where(
            TaskOccurrence.task_id == task.id,
            or_(
                TaskOccurrence.percent > 0,
                TaskOccurrence.claimed_on.is_not(None),
                TaskOccurrence.completed_on.is_not(None),
            ),
        )
    )
    return bool(await session.scalar(select(or_(reported, progressed))))


async def update_task(
    session: AsyncSession,
    principal: Principal,
    task_id: int,
    data: TaskPatch,
    expected_version: int,
) -> Task:
    """Change a task. Its schedule and lead units change only while nothing has been reported
    on it (409 otherwise); then its occurrences are made anew."""
    task = await get_task(session, principal, task_id)
    plan = await _plan_for_tasks(session, principal, task.plan_id)
    check_version(task.version, expected_version)
    await session.refresh(task, ["occurrences"])
    before = _snapshot(task)
    changes = data.model_dump(exclude_unset=True)
    if "section_id" in changes:
        await _check_section(session, plan, changes["section_id"])
    for field in ("section_id", "title", "description", "priority", "topics", "state"):
        if field in changes and changes[field] is not None:
            setattr(task, field, changes[field])
    if "section_id" in changes and changes["section_id"] is None:
        task.section_id = None

    leads = [a.unit_id for a in task.assignees if a.role == AssigneeRole.lead]
    cooperating = [a.unit_id for a in task.assignees if a.role == AssigneeRole.cooperating]
    new_leads = changes.get("lead_unit_ids") or leads
    new_cooperating = (
        changes["cooperating_unit_ids"]
        if changes.get("cooperating_unit_ids") is not None
        else cooperating
    )
    group_label = changes.get("group_label", task.group_label)
    try:
        check_assignees(new_leads, new_cooperating, group_label)
    except ValueError as error:
        raise Invalid(str(error), loc=["body"]) from error
    rescheduled = bool({"schedule", "due_on", "frequency"} & changes.keys())
    if rescheduled:
        _reschedule(task, changes)

    reshaped = rescheduled or set(new_leads) != set(leads)
    if reshaped and await _has_progress(session, task):
        raise Conflict("Nhiệm vụ đã có báo cáo tiến độ; không đổi lịch hay đơn vị chủ trì được.")
    if set(new_leads) != set(leads) or set(new_cooperating) != set(cooperating):
        await _assignable_units(session, principal, [*new_leads, *new_cooperating], "lead_unit_ids")
        await session.execute(delete(TaskAssignee).where(TaskAssignee.task_id == task.id))
        await session.flush()
        task.assignees = _assignees_for(new_leads, new_cooperating)
        await session.flush()
        given = set(new_leads) | set(new_cooperating)
        await notify_new_units(session, task, plan, given - set(leads) - set(cooperating))
    task.group_label = group_label if len(new_leads) > 1 else None
    if reshaped:
        task.occurrences = []
        await session.flush()
        task.occurrences = await _occurrences_for(session, task, plan, new_leads)
    task.search_text = _search_text(task)
    task.updated_at = utcnow()
    await session.flush()
    await _record_task(session, principal, "tasks.update", task, plan, before=before)
    return task


def _reschedule(task: Task, changes: dict[str, Any]) -> None:
    """Apply a new schedule, checked as a whole: the fields a schedule kind needs, no others."""
    schedule = Schedule(changes.get("schedule") or task.schedule)
    due_on = changes.get("due_on", task.due_on if schedule is Schedule.once else None)
    frequency = changes.get("frequency", task.frequency if schedule is Schedule.recurring else None)
    try:
        validated = ScheduleFields(schedule=schedule, due_on=due_on, frequency=frequency)
    except ValidationError as error:
        reason = error.errors()[0].get("ctx", {}).get("error", error.errors()[0]["msg"])
        raise Invalid(str(reason), loc=["body", "schedule"]) from error
    task.schedule, task.due_on, task.frequency = (
        validated.schedule,
        validated.due_on,
        validated.frequency,
    )


async def delete_task(
    session: AsyncSession, principal: Principal, task_id: int, expected_version: int
) -> None:
    """Soft-delete a task; an admin can undo it."""
    task = await get_task(session, principal, task_id)
    plan = await _plan_for_tasks(session, principal, task.plan_id)
    check_version(task.version, expected_version)
    before = _snapshot(task)
    task.deleted_at = utcnow()
    await session.flush()
    await _record_task(session, principal, "tasks.delete", task, plan, before=before, after=False)


async def restore_task(session: AsyncSession, principal: Principal, task_id: int) -> Task:
    """Undo a deletion (admins over the plan's unit)."""
    view, bound = task_view_for(principal)
    task = await session.scalar(view.deleted_tasks.where(Task.id == task_id), bound)
    if task is None:
        raise NotFound("Không tìm thấy nhiệm vụ đã xóa.")
    plan = await session.get_one(Plan, task.plan_id)
    plan_path = await _plan_path(session, plan)
    ensure_reaches(principal, "records:restore", [plan_path or ""])
    task.deleted_at = None
    await session.flush()
    await _record_task(session, principal, "tasks.restore", task, plan)
    return task
