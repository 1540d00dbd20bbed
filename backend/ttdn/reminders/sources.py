"""Where reminders come from: one source per kind of due item, each answering which items fall
due in a window of days and whom to remind of each. A new kind is one more function in
`SOURCES`."""

from collections import defaultdict
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, and_, func, or_, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import aliased

from ttdn.accounts.models import Membership, User
from ttdn.core.authz import Role, UnitFunction
from ttdn.core.db import json_list_contains
from ttdn.media.models import FollowUpStatus, InteractionKind, MediaInteraction
from ttdn.plans.models import Plan, PlanStatus
from ttdn.reports.models import EDITABLE_STATUSES, ReportingPeriod, UnitReport
from ttdn.tasks.models import Task, TaskOccurrence, TaskState
from ttdn.units.models import Unit, UnitKind


@dataclass(frozen=True)
class DueItem:
    """Something due on `due_on` that `user_ids` are to be reminded of."""

    user_ids: frozenset[int]
    item_key: str  # unique across sources: `<kind>:<id>`
    title: str  # what it is, in Vietnamese (the reminder adds when it is due)
    due_on: date
    link: str  # the path of the item in the web app


# A source: the items due from the first day to the last (both included).
Source = Callable[[AsyncSession, date, date], Awaitable[list[DueItem]]]


# (unit id, user id) of every active account's memberships.
ACTIVE_MEMBERS = (
    select(Membership.unit_id, Membership.user_id)
    .join(User, User.id == Membership.user_id)
    .where(User.is_active, User.deleted_at.is_(None))
)


def _grouped(rows: Iterable[Any]) -> dict[int, frozenset[int]]:
    grouped: dict[int, set[int]] = defaultdict(set)
    for key, user_id in rows:
        grouped[key].add(user_id)
    return {key: frozenset(users) for key, users in grouped.items()}


async def _for_unit_members(
    session: AsyncSession, items: list[tuple[int, DueItem]]
) -> list[DueItem]:
    """Each (unit id, item) as the item for the unit's active members, in one statement; an
    item of a unit with nobody active reminds no one."""
    members = _grouped(
        await session.execute(
            ACTIVE_MEMBERS.where(Membership.unit_id.in_({unit_id for unit_id, _ in items}))
        )
    )
    return [
        replace(item, user_ids=members[unit_id]) for unit_id, item in items if unit_id in members
    ]


async def task_occurrences(session: AsyncSession, first: date, last: date) -> list[DueItem]:
    """Open occurrences (neither confirmed nor claimed done) of active tasks of issued plans,
    for the members of their lead unit. A draft's tasks have reached no unit yet, and a closed
    plan asks nothing more."""
    occurrences = (
        await session.execute(
            select(
                TaskOccurrence.id,
                TaskOccurrence.unit_id,
                TaskOccurrence.label,
                TaskOccurrence.due_on,
                Task.id,
                Task.title,
            )
            .join(Task, Task.id == TaskOccurrence.task_id)
            .join(Plan, Plan.id == Task.plan_id)
            .where(
                TaskOccurrence.due_on.between(first, last),
                TaskOccurrence.completed_on.is_(None),
                TaskOccurrence.claimed_on.is_(None),
                Task.state == TaskState.active.value,
                Task.deleted_at.is_(None),
                Plan.status == PlanStatus.issued.value,
                Plan.deleted_at.is_(None),
            )
        )
    ).all()
    return await _for_unit_members(
        session,
        [
            (
                unit_id,
                DueItem(
                    user_ids=frozenset(),
                    item_key=f"task_occurrence:{occurrence_id}",
                    title=f"Nhiệm vụ «{task_title}» ({label})",
                    due_on=due_on,
                    link=f"/tasks/{task_id}",
                ),
            )
            for occurrence_id, unit_id, label, due_on, task_id, task_title in occurrences
        ],
    )


def _within(unit: Any, root: Any) -> ColumnElement[bool]:
    """`unit` lies at or under `root` (its path starts with the root's)."""
    return func.substr(unit.path, 1, func.length(root.path)) == root.path


async def press_follow_ups(session: AsyncSession, first: date, last: date) -> list[DueItem]:
    """Press reports about a commune not yet answered, for those who answer them: the members
    of the office that received it and of the commune's `press` units, and its coordinators."""
    reports = (
        await session.execute(
            select(
                MediaInteraction.id,
                MediaInteraction.topic,
                MediaInteraction.due_on,
                MediaInteraction.unit_id,
            ).where(
                MediaInteraction.kind == InteractionKind.press_report.value,
                MediaInteraction.follow_up_status != FollowUpStatus.answered.value,
                MediaInteraction.due_on.between(first, last),
                MediaInteraction.deleted_at.is_(None),
            )
        )
    ).all()
    if not reports:
        return []
    office, commune, member_unit = aliased(Unit), aliased(Unit), aliased(Unit)
    recipients = _grouped(
        (
            await session.execute(
                select(MediaInteraction.id, Membership.user_id)
                .join(office, office.id == MediaInteraction.unit_id)
                .join(
                    commune,
                    and_(commune.kind == UnitKind.commune.value, _within(office, commune)),
                )
                .join(member_unit, _within(member_unit, commune))
                .join(Membership, Membership.unit_id == member_unit.id)
                .join(User, User.id == Membership.user_id)
                .where(
                    User.is_active,
                    User.deleted_at.is_(None),
                    MediaInteraction.id.in_({row[0] for row in reports}),
                    or_(
                        member_unit.id == MediaInteraction.unit_id,
                        json_list_contains(member_unit.functions, UnitFunction.press.value),
                        Membership.role == Role.coordinator.value,
                    ),
                )
            )
        ).all()
    )
    return [
        DueItem(
            user_ids=recipients[interaction_id],
            item_key=f"press_follow_up:{interaction_id}",
            title=f"Trả lời phản ánh của báo chí «{topic}»",
            due_on=due_on,
            link=f"/media/interactions/{interaction_id}",
        )
        for interaction_id, topic, due_on, _unit_id in reports
        if interaction_id in recipients and due_on is not None
    ]


async def report_parts(session: AsyncSession, first: date, last: date) -> list[DueItem]:
    """Units' report parts not submitted yet (a draft, or returned to be corrected) of plans in
    force, due from the units on the period's internal date, for the members of the unit."""
    parts = (
        await session.execute(
            select(
                UnitReport.id,
                UnitReport.unit_id,
                ReportingPeriod.label,
                ReportingPeriod.internal_due_on,
            )
            .join(ReportingPeriod, ReportingPeriod.id == UnitReport.period_id)
            .join(Plan, Plan.id == ReportingPeriod.plan_id)
            .where(
                UnitReport.status.in_([status.value for status in EDITABLE_STATUSES]),
                ReportingPeriod.internal_due_on.between(first, last),
                Plan.status == PlanStatus.issued.value,
                Plan.deleted_at.is_(None),
            )
        )
    ).all()
    return await _for_unit_members(
        session,
        [
            (
                unit_id,
                DueItem(
                    user_ids=frozenset(),
                    item_key=f"report_part:{part_id}",
                    title=f"Phần báo cáo của đơn vị: {label}",
                    due_on=due_on,
                    link=f"/reports/parts/{part_id}",
                ),
            )
            for part_id, unit_id, label, due_on in parts
        ],
    )


# Every kind of due item, by the `kind` its reminders carry.
SOURCES: dict[str, Source] = {
    "task_occurrence": task_occurrences,
    "press_follow_up": press_follow_ups,
    "report_part": report_parts,
}
