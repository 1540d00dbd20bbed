"""`ttdn remind`: reminders before a due date and once it has passed, to the people concerned,
each made once however often (or however many processes at once) it runs."""

import asyncio
import os
import subprocess
import sys
from datetime import date, timedelta

from sqlalchemy import func, select, update
from sqlalchemy.ext.asyncio import async_sessionmaker

from ttdn.core.config import get_settings
from ttdn.core.db import make_engine, make_sessionmaker
from ttdn.plans.models import Plan, PlanStatus
from ttdn.reminders.models import Notification, ReminderRun
from ttdn.reminders.running import remind, remind_once_a_day, seconds_until_next_run
from ttdn.tasks.models import TaskOccurrence


async def _reminders(sessionmaker) -> list[tuple[int, str, str, str]]:
    """(user id, item key, occasion, title) of every notification."""
    async with sessionmaker() as session:
        rows = await session.execute(
            select(
                Notification.user_id,
                Notification.item_key,
                Notification.occasion,
                Notification.title,
            ).order_by(Notification.id)
        )
        return [tuple(row) for row in rows]


def _ttdn(database_url: str, *args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(  # noqa: S603 (our own command)
        [sys.executable, "-m", "ttdn.cli", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "TTDN_DATABASE_URL": database_url, "TTDN_SMTP_HOST": ""},
    )


async def test_the_members_of_the_lead_unit_are_reminded_days_before(
    world, sessionmaker, police_occurrence
):
    today = police_occurrence.due_on - timedelta(days=3)
    result = await remind(sessionmaker, get_settings(), today)
    key = f"task_occurrence:{police_occurrence.id}"
    mine = [row for row in await _reminders(sessionmaker) if row[1] == key]
    assert [(user, occasion) for user, _, occasion, _ in mine] == [
        (world.users["congan"], "before")
    ]
    title = mine[0][3]
    assert title.startswith(f"Sắp đến hạn {police_occurrence.due_on:%d/%m/%Y}: Nhiệm vụ «")
    assert result.created >= 1 and result.emailed == 0


async def test_nothing_is_made_earlier_than_the_days_before(world, sessionmaker, police_occurrence):
    await remind(sessionmaker, get_settings(), police_occurrence.due_on - timedelta(days=4))
    keys = {row[1] for row in await _reminders(sessionmaker)}
    assert f"task_occurrence:{police_occurrence.id}" not in keys


async def test_the_day_after_the_due_date_brings_an_overdue_reminder(
    world, sessionmaker, police_occurrence
):
    settings = get_settings()
    await remind(sessionmaker, settings, police_occurrence.due_on - timedelta(days=1))
    await remind(sessionmaker, settings, police_occurrence.due_on + timedelta(days=1))
    key = f"task_occurrence:{police_occurrence.id}"
    mine = [row for row in await _reminders(sessionmaker) if row[1] == key]
    assert [occasion for _, _, occasion, _ in mine] == ["before", "overdue"]
    assert mine[1][3].startswith(f"Đã quá hạn (hạn {police_occurrence.due_on:%d/%m/%Y}): ")


async def test_occurrences_done_or_claimed_are_not_reminded(world, sessionmaker, police_occurrence):
    async with sessionmaker() as session, session.begin():
        await session.execute(
            update(TaskOccurrence)
            .where(TaskOccurrence.id == police_occurrence.id)
            .values(claimed_on=police_occurrence.due_on - timedelta(days=5))
        )
    await remind(sessionmaker, get_settings(), police_occurrence.due_on - timedelta(days=1))
    keys = {row[1] for row in await _reminders(sessionmaker)}
    assert f"task_occurrence:{police_occurrence.id}" not in keys


async def test_tasks_of_a_draft_plan_are_not_reminded(world, sessionmaker, police_occurrence):
    async with sessionmaker() as session, session.begin():
        await session.execute(
            update(Plan)
            .where(Plan.id == world.plan_id)
            .values(status=PlanStatus.draft.value, number=None)
        )
    await remind(sessionmaker, get_settings(), police_occurrence.due_on - timedelta(days=1))
    keys = {row[1] for row in await _reminders(sessionmaker)}
    assert f"task_occurrence:{police_occurrence.id}" not in keys


async def test_an_open_press_report_reminds_those_who_answer_it(
    world, sessionmaker, open_press_report
):
    await remind(sessionmaker, get_settings(), date(2023, 6, 14))
    key = f"press_follow_up:{open_press_report.id}"
    reminded = {user for user, item, _, _ in await _reminders(sessionmaker) if item == key}
    # Văn phòng received it (and keeps the press records); VH-XH coordinates the commune.
    assert {world.users["vanphong"], world.users["vhxh"]} <= reminded
    assert world.users["congan"] not in reminded
    assert world.users["hienquan_vhxh"] not in reminded
    titles = {title for _, item, _, title in await _reminders(sessionmaker) if item == key}
    assert titles == {"Sắp đến hạn 16/06/2023: Trả lời phản ánh của báo chí «Phản ánh về chợ tạm»"}


async def test_an_answered_press_report_is_not_reminded(world, sessionmaker, open_press_report):
    from ttdn.media.models import MediaInteraction

    async with sessionmaker() as session, session.begin():
        await session.execute(
            update(MediaInteraction)
            .where(MediaInteraction.id == open_press_report.id)
            .values(
                follow_up_status="answered", answer="Đã trả lời.", answered_on=date(2023, 6, 10)
            )
        )
    await remind(sessionmaker, get_settings(), date(2023, 6, 14))
    keys = {item for _, item, _, _ in await _reminders(sessionmaker)}
    assert f"press_follow_up:{open_press_report.id}" not in keys


async def test_running_twice_makes_each_reminder_once(world, sessionmaker, police_occurrence):
    today = police_occurrence.due_on - timedelta(days=2)
    first = await remind(sessionmaker, get_settings(), today)
    second = await remind(sessionmaker, get_settings(), today)
    assert first.created > 0 and second.created == 0
    rows = await _reminders(sessionmaker)
    assert len(rows) == first.created == len({(user, key, occ) for user, key, occ, _ in rows})


async def test_the_command_run_twice_creates_once_and_says_how_many(
    database_url, world, sessionmaker, police_occurrence
):
    today = f"{police_occurrence.due_on - timedelta(days=1):%Y-%m-%d}"
    first = _ttdn(database_url, "remind", "--today", today).communicate(timeout=120)
    again = _ttdn(database_url, "remind", "--today", today).communicate(timeout=120)
    count = len(await _reminders(sessionmaker))
    assert count > 0
    assert first[0].startswith(f"{count} reminders created, 0 e-mailed"), first
    assert again[0].startswith("0 reminders created"), again


async def test_two_processes_at_once_make_each_reminder_once(
    database_url, world, sessionmaker, police_occurrence
):
    today = f"{police_occurrence.due_on - timedelta(days=1):%Y-%m-%d}"
    processes = [_ttdn(database_url, "remind", "--today", today) for _ in range(2)]
    outputs = [process.communicate(timeout=120) for process in processes]
    assert all(process.returncode == 0 for process in processes), outputs
    created = sorted(int(out.split()[0]) for out, _ in outputs)
    rows = await _reminders(sessionmaker)
    assert len(rows) == len({(user, key, occ) for user, key, occ, _ in rows})
    assert sum(created) == len(rows) > 0


async def test_a_bad_day_is_refused_by_the_command(database_url, world):
    process = _ttdn(database_url, "remind", "--today", "29/05/2023")
    _, error = process.communicate(timeout=60)
    assert process.returncode == 2 and "not a date like" in error


async def test_two_workers_of_the_server_make_the_days_reminders_once(
    database_url, world, sessionmaker, police_occurrence
):
    """Two app instances (engines of their own) start the daily run at the same moment: one
    takes the day under the lock, the other skips it."""
    engines = [make_engine(database_url) for _ in range(2)]
    makers: list[async_sessionmaker] = [make_sessionmaker(engine) for engine in engines]
    today = police_occurrence.due_on - timedelta(days=1)
    try:
        results = await asyncio.gather(
            *(remind_once_a_day(maker, get_settings(), today) for maker in makers)
        )
    finally:
        for engine in engines:
            await engine.dispose()
    ran = [result for result in results if result is not None]
    assert len(ran) == 1 and ran[0].created > 0
    rows = await _reminders(sessionmaker)
    assert len(rows) == ran[0].created
    async with sessionmaker() as session:
        assert await session.scalar(select(func.count()).select_from(ReminderRun)) == 1
    later = await remind_once_a_day(sessionmaker, get_settings(), today)
    assert later is None  # the day is done


async def test_the_server_runs_the_reminders_at_start_when_asked(world, sessionmaker):
    from ttdn.main import create_app

    settings = get_settings().model_copy(update={"reminders_in_process": True})
    app = create_app(settings)
    async with app.router.lifespan_context(app):
        task = app.state.reminders
        assert task is not None
        for _ in range(200):
            async with sessionmaker() as session:
                if await session.scalar(select(func.count()).select_from(ReminderRun)):
                    break
            await asyncio.sleep(0.05)
        assert not task.done()  # waiting for tomorrow
    assert task.cancelled()
    async with sessionmaker() as session:
        assert await session.scalar(select(func.count()).select_from(ReminderRun)) == 1


def test_the_daily_run_is_at_half_past_six_in_vietnam():
    from datetime import UTC, datetime

    # 23:00 UTC is 06:00 in Vietnam: half an hour to go; 23:30 UTC: a whole day.
    assert seconds_until_next_run(datetime(2023, 5, 1, 23, 0, tzinfo=UTC)) == 1800
    assert seconds_until_next_run(datetime(2023, 5, 1, 23, 30, tzinfo=UTC)) == 86400


async def _first_half_part(world, sessionmaker, unit_key: str):
    """The unit's part of the demo plan's 6-month report, and its period."""
    from ttdn.reports.models import ReportingPeriod, UnitReport

    async with sessionmaker() as session:
        row = (
            await session.execute(
                select(UnitReport, ReportingPeriod)
                .join(ReportingPeriod, ReportingPeriod.id == UnitReport.period_id)
                .where(
                    ReportingPeriod.plan_id == world.plan_id,
                    ReportingPeriod.due_on == date(2023, 6, 1),
                    UnitReport.unit_id == world.unit_id(unit_key),
                )
            )
        ).one()
    return row[0], row[1]


async def test_a_units_report_part_reminds_its_members_until_it_is_submitted(world, sessionmaker):
    from ttdn.reports.models import UnitReport

    police, period = await _first_half_part(world, sessionmaker, "cong_an")
    radio, _ = await _first_half_part(world, sessionmaker, "dai_truyen_thanh")
    async with sessionmaker() as session, session.begin():
        await session.execute(
            update(UnitReport).where(UnitReport.id == radio.id).values(status="submitted")
        )
    await remind(sessionmaker, get_settings(), period.internal_due_on - timedelta(days=2))
    rows = await _reminders(sessionmaker)
    police_key, radio_key = f"report_part:{police.id}", f"report_part:{radio.id}"
    assert [(user, occasion) for user, key, occasion, _ in rows if key == police_key] == [
        (world.users["congan"], "before")
    ]
    assert not [row for row in rows if row[1] == radio_key]  # submitted: nothing to remind
    due = f"{period.internal_due_on:%d/%m/%Y}"
    [title] = {title for _, key, _, title in rows if key == police_key}
    assert title == f"Sắp đến hạn {due}: Phần báo cáo của đơn vị: {period.label}"
