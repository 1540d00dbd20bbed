"""Derived statuses: built in SQL from the task's state, its occurrences and today's date in
Asia/Ho_Chi_Minh, so that lists filter and sort on them and nothing stores them.

An occurrence whose completion the lead unit has claimed waits for a coordinator's
confirmation (`awaiting_confirmation`) whatever its due date: the unit has done its part, and
lateness is judged on the date it claimed once the claim is confirmed.

The expressions depend on the caller only through the layout of its reach (how many roots,
which of them subtrees), so they are built once per layout (`TaskView`) and take today and
the caller's roots as bound parameters at execution (`task_view_for`).

A draft plan's tasks are seen only by those who may write that plan (its coordinator and
leader): they reach the units when the plan is issued.
"""

from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Date,
    Select,
    and_,
    bindparam,
    case,
    exists,
    func,
    literal,
    or_,
    select,
)
from sqlalchemy.orm import aliased, selectinload

from ttdn.core.authz import Principal, ReachLayout, reach_parameters, visible_in
from ttdn.core.clock import today_in_vietnam
from ttdn.plans.models import Plan, PlanStatus
from ttdn.tasks.models import (
    AssigneeRole,
    Task,
    TaskAssignee,
    TaskOccurrence,
    TaskState,
    TaskStatus,
)
from ttdn.units.models import Unit

# Bound at execution: today in Vietnam, the caller's roots for `tasks:read`, and for
# `plans:write` (whose drafts' tasks the caller sees).
TODAY = bindparam("today", type_=Date)
READ_REACH = "tasks_read"
DRAFTS_REACH = "plans_write"

# The layouts of the caller's reach for `tasks:read` and for `plans:write`.
TaskReach = tuple[ReachLayout, ReachLayout]


def occurrence_status(occurrence: Any) -> ColumnElement[str]:
    """The status of one occurrence: done on time or late against the original due date,
    overdue against the current one (an extension postpones overdue, not lateness)."""
    done = occurrence.completed_on.is_not(None)
    return case(
        (Task.state == TaskState.cancelled, literal(TaskStatus.cancelled.value)),
        (Task.state == TaskState.paused, literal(TaskStatus.paused.value)),
        (
            and_(done, occurrence.completed_on <= occurrence.original_due_on),
            literal(TaskStatus.done_on_time.value),
        ),
        (done, literal(TaskStatus.done_late.value)),
        (occurrence.claimed_on.is_not(None), literal(TaskStatus.awaiting_confirmation.value)),
        (occurrence.due_on < TODAY, literal(TaskStatus.overdue.value)),
        (occurrence.percent > 0, literal(TaskStatus.in_progress.value)),
        else_=literal(TaskStatus.not_started.value),
    )


def _seen_occurrences(layout: ReachLayout) -> tuple[Any, Any, ColumnElement[bool]]:
    """Occurrences the caller follows: all of a task given to one lead; of a task given to a
    group, only those of units within the caller's reach (an area sees its own)."""
    occurrence, unit = aliased(TaskOccurrence), aliased(Unit)
    seen = and_(
        occurrence.task_id == Task.id,
        unit.id == occurrence.unit_id,
        or_(Task.group_label.is_(None), visible_in(layout, READ_REACH, unit.path)),
    )
    return occurrence, unit, seen


def _task_status(layout: ReachLayout) -> ColumnElement[str]:
    """The roll-up of the occurrences the caller follows: overdue if any open one is past due
    and unclaimed; awaiting confirmation if a claim waits; done when all are (late if any was
    late); in progress once anything is reported."""
    occurrence, _unit, seen = _seen_occurrences(layout)

    def some(*conditions: ColumnElement[bool]) -> ColumnElement[bool]:
        return exists(select(occurrence.id).where(seen, *conditions))

    still_open = occurrence.completed_on.is_(None)
    unclaimed = occurrence.claimed_on.is_(None)
    return case(
        (Task.state == TaskState.cancelled, literal(TaskStatus.cancelled.value)),
        (Task.state == TaskState.paused, literal(TaskStatus.paused.value)),
        (some(still_open, unclaimed, occurrence.due_on < TODAY), literal(TaskStatus.overdue.value)),
        (some(still_open, ~unclaimed), literal(TaskStatus.awaiting_confirmation.value)),
        (
            and_(~some(still_open), some(occurrence.completed_on > occurrence.original_due_on)),
            literal(TaskStatus.done_late.value),
        ),
        (and_(~some(still_open), some()), literal(TaskStatus.done_on_time.value)),
        (
            some(or_(~still_open, occurrence.percent > 0)),
            literal(TaskStatus.in_progress.value),
        ),
        else_=literal(TaskStatus.not_started.value),
    )


def _plan_progress(layouts: TaskReach) -> Select[Any]:
    """Per plan (`plan_id`): its visible tasks not cancelled (`total`), those done whatever
    their lateness (`done`) and those overdue (`overdue`), as the roll-up status says, for a
    superior's dashboard. Asks no more of each task than those three answers need, each of
    them one seek in the occurrences' progress index: a province's 30 000 tasks are counted
    in about half of what deriving each task's status took (SQLite 262 → 110 ms, PostgreSQL
    about 170 ms, measured in process). Counting the plans' occurrences per task in one hashed
    pass instead was slower on both (SQLite 146 ms, PostgreSQL 246 ms)."""
    occurrence = aliased(TaskOccurrence)
    units_in_reach = select(Unit.id).where(visible_in(layouts[0], READ_REACH, Unit.path))
    followed = and_(
        occurrence.task_id == Task.id,
        or_(Task.group_label.is_(None), occurrence.unit_id.in_(units_in_reach)),
    )

    def some(*conditions: ColumnElement[bool]) -> ColumnElement[bool]:
        return exists(select(occurrence.id).where(followed, *conditions))

    def count(condition: ColumnElement[bool]) -> Any:
        return func.coalesce(func.sum(case((condition, 1), else_=0)), 0)

    still_open = occurrence.completed_on.is_(None)
    working = Task.state.not_in((TaskState.cancelled, TaskState.paused))
    overdue = some(still_open, occurrence.claimed_on.is_(None), occurrence.due_on < TODAY)
    return _visible_tasks(
        layouts,
        False,
        Task.plan_id,
        count(Task.state != TaskState.cancelled).label("total"),
        count(and_(working, ~some(still_open), some())).label("done"),
        count(and_(working, overdue)).label("overdue"),
        each_tested=True,
    ).group_by(Task.plan_id)


def _next_due_on(layout: ReachLayout) -> ColumnElement[date]:
    """The earliest due date still open among the occurrences the caller follows."""
    occurrence, _unit, seen = _seen_occurrences(layout)
    return (
        select(func.min(occurrence.due_on))
        .where(seen, occurrence.completed_on.is_(None))
        .scalar_subquery()
    )


# The plan's issuing unit (the commune), which names the commune on every task card: "Công an
# xã" alone is ambiguous across a province. Joined by its primary key in `TaskView.listed`.
PLAN_UNIT = aliased(Unit, name="plan_unit")

# What a list shows of each task, read as plain columns (no ORM objects: a page of them costs a
# fraction of loading the entities); its assignees are read beside it (`ASSIGNEE_ROWS`).
LISTED_COLUMNS = (
    Task.id,
    Task.plan_id,
    Task.section_id,
    Task.title,
    Task.priority,
    Task.topics,
    Task.schedule,
    Task.frequency,
    Task.due_on,
    Task.group_label,
    Task.state,
    Task.version,
    Task.updated_at,
    PLAN_UNIT.id.label("commune_id"),
    PLAN_UNIT.name.label("commune_name"),
)

# The lead and cooperating units of the tasks bound as `task_ids`, leads first.
ASSIGNEE_ROWS = (
    select(TaskAssignee.task_id, TaskAssignee.unit_id, Unit.name, TaskAssignee.role)
    .join(Unit, Unit.id == TaskAssignee.unit_id)
    .where(TaskAssignee.task_id.in_(bindparam("task_ids", expanding=True)))
    .order_by(
        TaskAssignee.task_id,
        case((TaskAssignee.role == AssigneeRole.lead.value, 0), else_=1),
        TaskAssignee.id,
    )
)


def _visible_tasks(
    layouts: TaskReach, deleted: bool, *columns: Any, each_tested: bool = False
) -> Select[Any]:
    """`columns` of the tasks of live plans with a lead or cooperating unit within the caller's
    reach (only deleted ones when `deleted`, for undo); of a draft plan, only if the caller may
    write it."""
    layout, drafts_layout = layouts
    unit, plan_unit = aliased(Unit), aliased(Unit)
    in_reach = visible_in(layout, READ_REACH, unit.path)
    assigned_in_reach: ColumnElement[bool]
    if each_tested:
        # For a statement that reads every task of some plans anyway: one seek per task.
        assigned_in_reach = exists(
            select(TaskAssignee.id)
            .join(unit, unit.id == TaskAssignee.unit_id)
            .where(TaskAssignee.task_id == Task.id, in_reach)
        )
    else:
        # The tasks of the units in reach, found from the units (by the path's index) rather
        # than tested task by task: SQLite runs a correlated EXISTS once per task of the
        # province, where a page of a list needs a few of them.
        assigned_in_reach = Task.id.in_(
            select(TaskAssignee.task_id).join(unit, unit.id == TaskAssignee.unit_id).where(in_reach)
        )
    return (
        select(*columns)
        .select_from(Task)
        .join(Plan, Plan.id == Task.plan_id)
        .where(
            assigned_in_reach,
            Task.deleted_at.is_not(None) if deleted else Task.deleted_at.is_(None),
            Plan.deleted_at.is_(None),
            or_(
                Plan.status != PlanStatus.draft.value,
                Plan.unit_id.in_(
                    select(plan_unit.id).where(
                        visible_in(drafts_layout, DRAFTS_REACH, plan_unit.path)
                    )
                ),
            ),
        )
    )


def _visible_entities(layout: TaskReach, deleted: bool) -> Select[Any]:
    return _visible_tasks(layout, deleted, Task).options(
        selectinload(Task.assignees).joinedload(TaskAssignee.unit)
    )


@dataclass(frozen=True)
class TaskView:
    """What one layout of reach sees of tasks, as expressions built once."""

    tasks: Select[Any]  # the visible, live tasks
    listed: Select[Any]  # their `LISTED_COLUMNS` (with the plan's unit joined)
    deleted_tasks: Select[Any]  # the visible, deleted ones (for undo)
    status: ColumnElement[str]  # a task's roll-up status
    plan_progress: Select[Any]  # per plan: its tasks, those done and those overdue
    next_due_on: ColumnElement[date]
    occurrence: Any  # an alias of the occurrences the caller follows…
    unit: Any  # …of this lead unit…
    seen: ColumnElement[bool]  # …joined to `Task` by this condition
    occurrence_status: ColumnElement[str]  # the status of `occurrence`


@lru_cache(maxsize=128)
def task_view(layouts: TaskReach) -> TaskView:
    layout = layouts[0]
    occurrence, unit, seen = _seen_occurrences(layout)
    return TaskView(
        tasks=_visible_entities(layouts, deleted=False),
        listed=_visible_tasks(layouts, False, *LISTED_COLUMNS).join(
            PLAN_UNIT, PLAN_UNIT.id == Plan.unit_id
        ),
        deleted_tasks=_visible_entities(layouts, deleted=True),
        status=_task_status(layout),
        plan_progress=_plan_progress(layouts),
        next_due_on=_next_due_on(layout),
        occurrence=occurrence,
        unit=unit,
        seen=seen,
        occurrence_status=occurrence_status(occurrence),
    )


def task_view_for(principal: Principal) -> tuple[TaskView, dict[str, Any]]:
    """The caller's view of tasks, and the parameters every statement using it executes with
    (its roots for `tasks:read` and `plans:write`, and today)."""
    layout, parameters = reach_parameters(principal, "tasks:read", READ_REACH)
    drafts_layout, drafts = reach_parameters(principal, "plans:write", DRAFTS_REACH)
    bound = {**parameters, **drafts, "today": today_in_vietnam()}
    return task_view((layout, drafts_layout)), bound
