"""Derived statuses: built in SQL from the task's state, its occurrences and today's date in
Asia/Ho_Chi_Minh, so that lists filter and sort on them and nothing stores them.

An occurrence whose completion the lead unit has claimed waits for a coordinator's
confirmation (`awaiting_confirmation`) whatever its due date: the unit has done its part, and
lateness is judged on the date it claimed once the claim is confirmed.
"""

from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, and_, case, exists, func, literal, or_, select
from sqlalchemy.orm import aliased

from ttdn.core.authz import Principal, visible
from ttdn.tasks.models import Task, TaskOccurrence, TaskState, TaskStatus
from ttdn.units.models import Unit


def occurrence_status(occurrence: Any, today: date) -> ColumnElement[str]:
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
        (occurrence.due_on < today, literal(TaskStatus.overdue.value)),
        (occurrence.percent > 0, literal(TaskStatus.in_progress.value)),
        else_=literal(TaskStatus.not_started.value),
    )


def seen_occurrences(principal: Principal) -> tuple[Any, Any, ColumnElement[bool]]:
    """Occurrences the caller follows: all of a task given to one lead; of a task given to a
    group, only those of units within the caller's reach (an area sees its own)."""
    occurrence, unit = aliased(TaskOccurrence), aliased(Unit)
    seen = and_(
        occurrence.task_id == Task.id,
        unit.id == occurrence.unit_id,
        or_(Task.group_label.is_(None), visible(principal, "tasks:read", unit.path)),
    )
    return occurrence, unit, seen


def task_status(principal: Principal, today: date) -> ColumnElement[str]:
    """The roll-up of the occurrences the caller follows: overdue if any open one is past due
    and unclaimed; awaiting confirmation if a claim waits; done when all are (late if any was
    late); in progress once anything is reported."""
    occurrence, _unit, seen = seen_occurrences(principal)

    def some(*conditions: ColumnElement[bool]) -> ColumnElement[bool]:
        return exists(select(occurrence.id).where(seen, *conditions))

    still_open = occurrence.completed_on.is_(None)
    unclaimed = occurrence.claimed_on.is_(None)
    return case(
        (Task.state == TaskState.cancelled, literal(TaskStatus.cancelled.value)),
        (Task.state == TaskState.paused, literal(TaskStatus.paused.value)),
        (some(still_open, unclaimed, occurrence.due_on < today), literal(TaskStatus.overdue.value)),
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


def next_due_on(principal: Principal) -> ColumnElement[date]:
    """The earliest due date still open among the occurrences the caller follows."""
    occurrence, _unit, seen = seen_occurrences(principal)
    return (
        select(func.min(occurrence.due_on))
        .where(seen, occurrence.completed_on.is_(None))
        .scalar_subquery()
    )
