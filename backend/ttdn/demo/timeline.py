"""The demo's year as a timeline: things done on the plan (progress, press work), each on the
clock of its own moment, entered in the order of those moments so that the audit trail reads
as the year went."""

from collections.abc import Awaitable, Callable, Iterable
from datetime import datetime

from sqlalchemy.ext.asyncio import AsyncSession

from ttdn.core.clock import clock_set_to

TimedAction = tuple[datetime, Callable[[], Awaitable[object]]]


async def run_in_order(session: AsyncSession, actions: Iterable[TimedAction]) -> None:
    """Each action on the clock of its moment, earliest first (in the given order for equal
    moments)."""
    for at, action in sorted(actions, key=lambda timed: timed[0]):
        with clock_set_to(at):
            await action()
            await session.flush()
