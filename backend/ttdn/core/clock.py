"""Now, and today as a commune officer's calendar says it (Asia/Ho_Chi_Minh).

Every timestamp the application writes (`ttdn.core.db.utcnow`) and every "today" it judges
dates by come from this one clock. Only the demo seed sets it (`clock_set_to`), so that the
2023 plan's progress, entered through the services, carries the dates the units reported it on.
"""

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

VIETNAM = ZoneInfo("Asia/Ho_Chi_Minh")

# A moment that stands for "now" in this context (this asyncio task and what it awaits).
_set_now: ContextVar[datetime | None] = ContextVar("ttdn_clock_set_now", default=None)


def utcnow() -> datetime:
    """Now, aware in UTC: the moment the clock is set to, if it is."""
    moment = _set_now.get()
    return moment if moment is not None else datetime.now(UTC)


def today_in_vietnam() -> date:
    return utcnow().astimezone(VIETNAM).date()


@contextmanager
def clock_set_to(moment: datetime) -> Iterator[None]:
    """Within the block, now is `moment` (an aware datetime): for the demo seed only."""
    if moment.tzinfo is None:
        raise ValueError("the clock is set to an aware datetime")
    token = _set_now.set(moment.astimezone(UTC))
    try:
        yield
    finally:
        _set_now.reset(token)
