"""Tasks: reading them with their derived statuses (`status.py`), and assigning them: who
leads and cooperates, and when they are due. Progress on them is `progress.py`."""

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from pydantic import TypeAdapter, ValidationError
from sqlalchemy import (
    ColumnElement,
    delete,
    exists,
    func,
    or_,
    select,
)
from sqlalchemy.ext.asyncio import AsyncSession

from ttdn.audit.service import record
from ttdn.core.authz import Principal, ensure_reaches, visible
from ttdn.core.db import json_list_contains, utcnow
from ttdn.core.errors import Conflict, Invalid, NotFound
from ttdn.core.pagination import Fetched, Listing, ListParams, fetch_page
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
    TaskStatus,
    TaskUpdate,
)
from ttdn.tasks.recurrence import Due, expand
from ttdn.tasks.schemas import (
    OccurrenceRead,
    ScheduleFields,
    TaskCreate,
    TaskListItem,
    TaskPatch,
    TaskRead,
    UnitStatusCounts,
    check_assignees,
)
from ttdn.tasks.status import ASSIGNEE_ROWS, LISTED_COLUMNS, task_view_for
from ttdn.units.models import Unit

# --- reading --------------------------------------------------------------------------------


@dataclass(frozen=True)
class TaskFilters:
    plan_id: int | None = None
    section_id: int | None = None
    unit_id: int | None = None
    role: AssigneeRole | None = None
    status: TaskStatus | None = None
    overdue: bool | None = None
    due_before: date | None = None
    due_after: date | None = None
    mine: bool = False
    topic: str | None = None
    priority: str | None = None


def _assigned_to(unit_ids: Sequence[int], role: AssigneeRole | None) -> ColumnElement[bool]:
    conditions = [TaskAssignee.task_id == Task.id, TaskAssignee.unit_id.in_(unit_ids)]
    if role is not None:
        conditions.append(TaskAssignee.role == role)
    return exists(select(TaskAssignee.id).where(*conditions))


def _assigned_to_units_named(phrase: str) -> ColumnElement[bool]:
    """Tasks one of whose lead or cooperating units is named by the folded `phrase`
    (`cong an` finds the police's tasks), read from the units as they are named today."""
    return exists(
        select(TaskAssignee.id)
        .join(Unit, Unit.id == TaskAssignee.unit_id)
        .where(
            TaskAssignee.task_id == Task.id,
            Unit.search_text.contains(phrase, autoescape=True),
        )
    )


async def list_tasks(
    session: AsyncSession, principal: Principal, params: ListParams, filters: TaskFilters
) -> Fetched:
    """Visible tasks with their derived status and next due date, filtered and paged in one
    statement (plus one for the assignees)."""
    view, bound = task_view_for(principal)
    status, due = view.status, view.next_due_on
    statement = view.listed.add_columns(status.label("status"), due.label("due"))
    if filters.plan_id is not None:
        statement = statement.where(Task.plan_id == filters.plan_id)
    if filters.section_id is not None:
        statement = statement.where(Task.section_id == filters.section_id)
    if filters.unit_id is not None:
        statement = statement.where(_assigned_to([filters.unit_id], filters.role))
    if filters.mine:
        own_units = [grant.unit_id for grant in principal.grants]
        statement = statement.where(_assigned_to(own_units, filters.role))
    if filters.status is not None:
        statement = statement.where(status == filters.status.value)
    if filters.overdue is not None:
        is_overdue = status == TaskStatus.overdue.value
        statement = statement.where(is_overdue if filters.overdue else ~is_overdue)
    if filters.due_before is not None:
        statement = statement.where(due < filters.due_before)
    if filters.due_after is not None:
        statement = statement.where(due > filters.due_after)
    if filters.topic is not None:
        statement = statement.where(json_list_contains(Task.topics, filters.topic))
    if filters.priority is not None:
        statement = statement.where(Task.priority == filters.priority)
    listing = Listing(
        sortable={
            "title": Task.title,
            "priority": Task.priority,
            "updated_at": Task.updated_at,
            "created_at": Task.created_at,
            "next_due_on": due,
            "status": status,
        },
        default_sort=["next_due_on", "title"],
        tiebreaker=Task.id,
        search_column=Task.search_text,
        updated_column=Task.updated_at,
        also_found_by=_assigned_to_units_named,
    )
    fetched = await fetch_page(session, statement, params, listing, bound)
    items = await _items(session, fetched.items, LISTED_COLUMNS)
    return fetched._replace(items=_LIST_ITEMS.validate_python(items))


async def _items(
    session: AsyncSession, rows: Sequence[Any], columns: Sequence[Any]
) -> list[dict[str, Any]]:
    """Rows of `columns` followed by the derived status and next due date, as the fields of
    list items, with their lead and cooperating units (read in one statement)."""
    assignees: dict[int, list[dict[str, Any]]] = {row[0]: [] for row in rows}
    if rows:
        for task_id, unit_id, unit_name, role in await session.execute(
            ASSIGNEE_ROWS, {"task_ids": list(assignees)}
        ):
            assignees[task_id].append({"unit_id": unit_id, "unit_name": unit_name, "role": role})
    fields = [column.key for column in columns]
    return [
        {
            **dict(zip(fields, row, strict=False)),
            "status": row[-2],
            "next_due_on": row[-1],
            "assignees": assignees[row[0]],
        }
        for row in rows
    ]


# Validates a page of list items in one pass from plain rows.
_LIST_ITEMS = TypeAdapter(list[TaskListItem])


async def get_task(session: AsyncSession, principal: Principal, task_id: int) -> Task:
    """The task if the caller may see it; `NotFound` otherwise."""
    view, bound = task_view_for(principal)
    task = await session.scalar(view.tasks.where(Task.id == task_id), bound)
    if task is None:
        raise NotFound("Không tìm thấy nhiệm vụ.")
    return task


# What a task's page shows beyond its list item.
DETAIL_ONLY = (Task.description, Task.created_at, Task.deleted_at)
_DETAIL = TypeAdapter(TaskRead)
_OCCURRENCES = TypeAdapter(list[OccurrenceRead])


async def read_task(session: AsyncSession, principal: Principal, task_id: int) -> TaskRead:
    """The task with the occurrences the caller follows and their statuses (three statements:
    the task, its units, its occurrences)."""
    view, bound = task_view_for(principal)
    row = (
        await session.execute(
            view.listed.add_columns(*DETAIL_ONLY, view.status, view.next_due_on).where(
                Task.id == task_id
            ),
            bound,
        )
    ).first()
    if row is None:
        raise NotFound("Không tìm thấy nhiệm vụ.")
    occurrence, unit = view.occurrence, view.unit
    occurrences = await session.execute(
        select(*[getattr(occurrence, name) for name in OCCURRENCE_FIELDS])
        .add_columns(view.occurrence_status)
        .join(Task, Task.id == occurrence.task_id)
        .join(unit, unit.id == occurrence.unit_id)
        .where(view.seen, Task.id == task_id)
        .order_by(occurrence.due_on, occurrence.id),
        bound,
    )
    (item,) = await _items(session, [row], (*LISTED_COLUMNS, *DETAIL_ONLY))
    item["occurrences"] = [
        {**dict(zip(OCCURRENCE_FIELDS, found, strict=False)), "status": found[-1]}
        for found in occurrences
    ]
    return _DETAIL.validate_python(item)


# The fields of an occurrence as the API shows them (its status is derived beside them).
OCCURRENCE_FIELDS = (
    "id",
    "unit_id",
    "label",
    "due_on",
    "original_due_on",
    "percent",
    "claimed_on",
    "completed_on",
    "version",
)


def occurrence_read(occurrence: TaskOccurrence, status: str) -> OccurrenceRead:
    return OccurrenceRead(
        **{name: getattr(occurrence, name) for name in OCCURRENCE_FIELDS},
        status=TaskStatus(status),
    )


async def status_counts(
    session: AsyncSession, principal: Principal, plan_id: int | None = None
) -> list[UnitStatusCounts]:
    """For a dashboard: occurrences the caller follows, counted by status per lead unit."""
    view, bound = task_view_for(principal)
    visible_ids = view.tasks.with_only_columns(Task.id)
    if plan_id is not None:
        visible_ids = visible_ids.where(Task.plan_id == plan_id)
    occurrence, unit = view.occurrence, view.unit
    status = view.occurrence_status.label("status")
    rows = (
        await session.execute(
            select(unit.id, unit.name, status, func.count())
            .select_from(occurrence)
            .join(Task, Task.id == occurrence.task_id)
            .join(unit, unit.id == occurrence.unit_id)
            .where(view.seen, Task.id.in_(visible_ids))
            .group_by(unit.id, unit.name, status)
            .order_by(unit.name),
            bound,
        )
    ).all()
    per_unit: dict[int, UnitStatusCounts] = {}
    for unit_id, unit_name, status_value, count in rows:
        entry = per_unit.setdefault(
            unit_id, UnitStatusCounts(unit_id=unit_id, unit_name=unit_name, counts={}, total=0)
        )
        entry.counts[TaskStatus(status_value)] = count
        entry.total += count
    return list(per_unit.values())


# --- assigning ------------------------------------------------------------------------------


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
