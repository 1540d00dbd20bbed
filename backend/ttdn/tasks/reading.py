"""Reading tasks: lists, a task's page and the dashboard's counts, each with the statuses
derived in SQL (`status.py`) for the occurrences the caller follows."""

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any, NamedTuple

from pydantic import TypeAdapter
from sqlalchemy import (
    ColumnElement,
    exists,
    func,
    select,
)
from sqlalchemy.ext.asyncio import AsyncSession

from ttdn.core.authz import Principal
from ttdn.core.db import json_list_contains
from ttdn.core.errors import NotFound
from ttdn.core.pagination import Fetched, Listing, ListParams, fetch_page
from ttdn.plans.models import Plan, PlanStatus
from ttdn.tasks.models import (
    AssigneeRole,
    Task,
    TaskAssignee,
    TaskOccurrence,
    TaskStatus,
)
from ttdn.tasks.schemas import (
    OccurrenceRead,
    TaskListItem,
    TaskRead,
    UnitStatusCounts,
)
from ttdn.tasks.status import ASSIGNEE_ROWS, LISTED_COLUMNS, task_view_for
from ttdn.units.models import Unit


class PlanProgress(NamedTuple):
    total: int  # its tasks but the cancelled
    done: int  # on time or late
    overdue: int


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
            "id": Task.id,
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
    """For a dashboard: occurrences the caller follows, counted by status per lead unit (of
    one plan, or of every plan in force: a draft's tasks are not yet anyone's work)."""
    view, bound = task_view_for(principal)
    visible_ids = view.tasks.with_only_columns(Task.id)
    if plan_id is not None:
        visible_ids = visible_ids.where(Task.plan_id == plan_id)
    else:
        visible_ids = visible_ids.where(Plan.status != PlanStatus.draft.value)
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


async def progress_by_plan(
    session: AsyncSession, principal: Principal, plan_ids: Sequence[int]
) -> dict[int, PlanProgress]:
    """For a superior's dashboard: of the visible tasks of each of `plan_ids`, how many are
    not cancelled, done and overdue (as their roll-up status says), in one statement whatever
    the number of plans. A plan without a visible task is absent."""
    if not plan_ids:
        return {}
    view, bound = task_view_for(principal)
    statement = view.plan_progress.where(Task.plan_id.in_(plan_ids))
    return {
        plan_id: PlanProgress(total=total, done=done, overdue=overdue)
        for plan_id, total, done, overdue in await session.execute(statement, bound)
    }
