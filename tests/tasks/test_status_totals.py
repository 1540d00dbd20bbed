"""The superior's task totals (`progress_by_plan`: tasks, done, overdue per plan) ask each task
no more than those three answers need instead of deriving its status as the list does: both
must agree, for every kind of reader (an area follows only its own occurrences of a task given
to the six areas), on a plan whose occurrences stand at every status."""

from collections import Counter
from datetime import timedelta

import pytest
from sqlalchemy import select, update

from ttdn.accounts.service import load_principal
from ttdn.core.clock import clock_set_to
from ttdn.demo.progress_2023 import moment
from ttdn.tasks.models import Task, TaskOccurrence, TaskState, TaskStatus
from ttdn.tasks.reading import PlanProgress, progress_by_plan

READERS = ("huyen", "vhxh", "chutich", "daitruyenthanh", "congan", "khu1", "khu3", "tamnong")
# Mid-year, when the demo's tasks stand at every status; and today, when its year is over.
DAYS = ("15/07/2023 09:00", None)


@pytest.mark.parametrize("day", DAYS)
@pytest.mark.parametrize("username", READERS)
async def test_the_totals_are_the_lists_statuses_counted(
    client, world, sessionmaker, username, day
):
    await _every_status(sessionmaker, world.plan_id)
    if day is None:
        await _compare(client, world, sessionmaker, username)
        return
    with clock_set_to(moment(day)):
        statuses = await _compare(client, world, sessionmaker, username)
    if username == "vhxh":  # the roll-up's every branch
        assert set(statuses[world.plan_id]) == set(TaskStatus)


async def _every_status(sessionmaker, plan_id: int) -> None:
    """The plan's tasks in turn with all their occurrences done on time, done late,
    claimed, reported on and postponed a year, postponed, untouched, or each occurrence
    different; the first one paused, the second cancelled."""
    async with sessionmaker() as session, session.begin():
        occurrences = (
            await session.scalars(
                select(TaskOccurrence)
                .join(Task, Task.id == TaskOccurrence.task_id)
                .where(Task.plan_id == plan_id)
                .order_by(TaskOccurrence.task_id, TaskOccurrence.id)
            )
        ).all()
        tasks = sorted({occurrence.task_id for occurrence in occurrences})
        for index, occurrence in enumerate(occurrences):
            turn = tasks.index(occurrence.task_id) % 7
            _set(occurrence, index % 6 if turn == 6 else turn)
        for task_id, state in zip(tasks[:2], (TaskState.paused, TaskState.cancelled), strict=True):
            await session.execute(update(Task).where(Task.id == task_id).values(state=state))


def _set(occurrence: TaskOccurrence, how: int) -> None:
    due, year = occurrence.original_due_on, timedelta(days=365)
    match how:
        case 0:
            occurrence.completed_on = due - timedelta(days=1)
        case 1:
            occurrence.completed_on = due + timedelta(days=3)
        case 2:
            occurrence.claimed_on = due
        case 3:
            occurrence.percent, occurrence.due_on = 50, due + year
        case 4:
            occurrence.due_on = due + year


async def _compare(client, world, sessionmaker, username) -> dict[int, Counter[TaskStatus]]:
    """The totals equal the list's statuses counted; the statuses listed, per plan."""
    plans = [world.plan_id, world.outside_plan_id]
    listed: dict[int, Counter[TaskStatus]] = {}
    for plan_id in plans:
        response = await client.get(
            f"/api/v1/tasks?plan_id={plan_id}&limit=200", headers=world.auth(username)
        )
        assert response.status_code == 200
        items = response.json()["items"]
        assert len(items) == response.json()["total"]
        if items:
            listed[plan_id] = Counter(TaskStatus(item["status"]) for item in items)
    async with sessionmaker() as session:
        principal = await load_principal(session, world.users[username])
        assert principal is not None
        totals = await progress_by_plan(session, principal, plans)
    assert totals == {
        plan_id: PlanProgress(
            total=statuses.total() - statuses[TaskStatus.cancelled],
            done=statuses[TaskStatus.done_on_time] + statuses[TaskStatus.done_late],
            overdue=statuses[TaskStatus.overdue],
        )
        for plan_id, statuses in listed.items()
    }
    return listed
