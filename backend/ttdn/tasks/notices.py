"""Telling a unit's members that a task was given to their unit: a notice each, made when the
plan is issued (for every unit of its tasks) or when a unit of an issued plan's task is new;
unread on their dashboard until they open the task or report on it."""

from collections.abc import Iterable

from sqlalchemy import select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncSession

from ttdn.accounts.models import Membership, User
from ttdn.core.authz import Principal
from ttdn.core.db import utcnow
from ttdn.plans.models import Plan, PlanStatus
from ttdn.tasks.models import Task, TaskAssignee, TaskNotice
from ttdn.tasks.schemas import TaskNoticeRead
from ttdn.units.models import Unit


async def notify(session: AsyncSession, assignments: Iterable[tuple[int, int]]) -> None:
    """A notice for every active member of each (task, unit) pair's unit who has none for the
    task yet (one statement)."""
    pairs = list(dict.fromkeys(assignments))
    if not pairs:
        return
    members = (
        select(TaskAssignee.task_id, Membership.user_id, Membership.unit_id)
        .join(Membership, Membership.unit_id == TaskAssignee.unit_id)
        .join(User, User.id == Membership.user_id)
        .where(
            User.is_active,
            User.deleted_at.is_(None),
            TaskAssignee.task_id.in_({task for task, _ in pairs}),
            TaskAssignee.unit_id.in_({unit for _, unit in pairs}),
        )
        .distinct()
    )
    wanted = set(pairs)
    rows = [
        {"task_id": task, "user_id": user, "unit_id": unit, "created_at": utcnow()}
        for task, user, unit in await session.execute(members)
        if (task, unit) in wanted
    ]
    if not rows:
        return
    dialect = postgresql if session.get_bind().dialect.name == "postgresql" else sqlite
    await session.execute(dialect.insert(TaskNotice).values(rows).on_conflict_do_nothing())


async def notify_plan_issued(session: AsyncSession, plan_id: int) -> None:
    """Every unit of the issued plan's tasks learns of its tasks."""
    pairs = await session.execute(
        select(TaskAssignee.task_id, TaskAssignee.unit_id)
        .join(Task, Task.id == TaskAssignee.task_id)
        .where(Task.plan_id == plan_id, Task.deleted_at.is_(None))
    )
    await notify(session, [(task, unit) for task, unit in pairs])


async def notify_new_units(
    session: AsyncSession, task: Task, plan: Plan, unit_ids: Iterable[int]
) -> None:
    """Units newly given a task of an issued plan learn of it (a draft's wait for its issue)."""
    if plan.status == PlanStatus.issued:
        await notify(session, [(task.id, unit_id) for unit_id in unit_ids])


async def mark_read(
    session: AsyncSession, principal: Principal, task_id: int | None = None
) -> None:
    """The caller's notices of the task read (of every task, without one)."""
    only_task = [] if task_id is None else [TaskNotice.task_id == task_id]
    await session.execute(
        update(TaskNotice)
        .where(
            *only_task,
            TaskNotice.user_id == principal.user_id,
            TaskNotice.read_at.is_(None),
        )
        .values(read_at=utcnow())
        .execution_options(synchronize_session=False)
    )


async def unread(session: AsyncSession, principal: Principal) -> list[TaskNoticeRead]:
    """The caller's unread notices, newest first, with the task, its plan and the unit (one
    statement)."""
    rows = await session.execute(
        select(
            TaskNotice.task_id,
            Task.title,
            Plan.id,
            Plan.title,
            Unit.id,
            Unit.name,
            TaskNotice.created_at,
        )
        .join(Task, Task.id == TaskNotice.task_id)
        .join(Plan, Plan.id == Task.plan_id)
        .join(Unit, Unit.id == TaskNotice.unit_id)
        .where(
            TaskNotice.user_id == principal.user_id,
            TaskNotice.read_at.is_(None),
            Task.deleted_at.is_(None),
        )
        .order_by(TaskNotice.created_at.desc(), TaskNotice.id.desc())
        .limit(200)
    )
    return [
        TaskNoticeRead(
            task_id=task_id,
            task_title=title,
            plan_id=plan_id,
            plan_title=plan_title,
            unit_id=unit_id,
            unit_name=unit_name,
            created_at=created_at,
        )
        for task_id, title, plan_id, plan_title, unit_id, unit_name, created_at in rows
    ]
