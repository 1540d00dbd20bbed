"""Running the reminders: once (`ttdn remind`), or daily inside the server under a database
lock, so that several workers of one deployment make and e-mail each reminder once."""

import asyncio
import logging
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import text, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from ttdn.core.clock import VIETNAM, today_in_vietnam, utcnow
from ttdn.core.config import Settings
from ttdn.core.db import separate_session
from ttdn.reminders.mail import Mailer, email_new
from ttdn.reminders.making import make_reminders
from ttdn.reminders.models import ReminderRun

log = logging.getLogger(__name__)
# The key of PostgreSQL's advisory lock held by the worker making the day's reminders.
ADVISORY_LOCK_KEY = 0x7474646E_72656D  # "ttdn" "rem"
# The daily run's hour, Vietnam's time: before the working day starts.
DAILY_AT = time(6, 30)


@dataclass(frozen=True)
class RunResult:
    created: int
    emailed: int


async def remind(
    sessionmaker: async_sessionmaker[AsyncSession], settings: Settings, today: date
) -> RunResult:
    """Make the reminders of `today` that do not exist yet, commit them, then e-mail them."""
    async with separate_session(sessionmaker) as session:
        created = await make_reminders(session, today, settings.remind_days_before)
    emailed = await email_new(sessionmaker, Mailer.from_settings(settings), created)
    return RunResult(len(created), emailed)


async def _take_the_day(session: AsyncSession, today: date) -> bool:
    """Whether this worker makes `today`'s reminders: on PostgreSQL it must first get the
    advisory lock (held until the transaction ends; another worker holding it → no); then, on
    both databases, it must be the one to insert the day's `ReminderRun` row (on SQLite that
    insert takes the database's write lock, so a second worker waits for the first to commit
    and then finds the row)."""
    insert: Any
    if session.get_bind().dialect.name == "postgresql":
        locked = await session.scalar(
            text("SELECT pg_try_advisory_xact_lock(:key)"), {"key": ADVISORY_LOCK_KEY}
        )
        if not locked:
            return False
        insert = postgresql.insert(ReminderRun)
    else:
        insert = sqlite.insert(ReminderRun)
    taken = await session.scalar(
        insert.values(run_on=today, started_at=utcnow())
        .on_conflict_do_nothing(index_elements=["run_on"])
        .returning(ReminderRun.run_on)
    )
    return taken is not None


async def remind_once_a_day(
    sessionmaker: async_sessionmaker[AsyncSession], settings: Settings, today: date
) -> RunResult | None:
    """`today`'s reminders, if no worker has made them yet (None when another has or is)."""
    async with separate_session(sessionmaker) as session:
        if not await _take_the_day(session, today):
            return None
        created = await make_reminders(session, today, settings.remind_days_before)
        await session.execute(
            update(ReminderRun).where(ReminderRun.run_on == today).values(created=len(created))
        )
    emailed = await email_new(sessionmaker, Mailer.from_settings(settings), created)
    return RunResult(len(created), emailed)


def seconds_until_next_run(now: datetime) -> float:
    """From `now` to the next `DAILY_AT` in Vietnam."""
    local = now.astimezone(VIETNAM)
    following = datetime.combine(local.date(), DAILY_AT, tzinfo=VIETNAM)
    if following <= local:
        following += timedelta(days=1)
    return (following - local).total_seconds()


async def run_daily(sessionmaker: async_sessionmaker[AsyncSession], settings: Settings) -> None:
    """Inside the server: the reminders at start, then every day at `DAILY_AT`, until
    cancelled. A failed run is logged and the next day's is tried all the same."""
    while True:
        try:
            result = await remind_once_a_day(sessionmaker, settings, today_in_vietnam())
            if result is not None:
                log.info("reminders: %s created, %s e-mailed", result.created, result.emailed)
        except Exception:
            log.exception("reminders: the daily run failed")
        await asyncio.sleep(seconds_until_next_run(utcnow()))
