"""Numbers a unit gives in a year (its plans' numbers, its incidents' codes), counted in a row
of their own so that two requests at once never take the same one. A counter is a model with
`unit_id`, `year` (its key) and `last_number`."""

from typing import Any

from sqlalchemy import update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncSession


def number_symbol(number: int | None, symbol: str) -> str | None:
    """A numbered document's `number/symbol` (`38/KH-UBND`, `12/BC-UBND`); None while it has no
    number (a draft)."""
    return f"{number}/{symbol}" if number is not None else None


async def _create(session: AsyncSession, counter: Any, unit_id: int, year: int) -> None:
    """The unit's counter for the year at 0, unless it exists (or a concurrent request creates
    it first: then this waits for it and does nothing)."""
    dialect = postgresql if session.get_bind().dialect.name == "postgresql" else sqlite
    await session.execute(
        dialect.insert(counter)
        .values(unit_id=unit_id, year=year, last_number=0)
        .on_conflict_do_nothing()
    )


async def take_next(session: AsyncSession, counter: Any, unit_id: int, year: int) -> int:
    """The unit's next number in the year, counted atomically."""
    take = (
        update(counter)
        .where(counter.unit_id == unit_id, counter.year == year)
        .values(last_number=counter.last_number + 1)
        .returning(counter.last_number)
        .execution_options(synchronize_session=False)
    )
    number = await session.scalar(take)
    if number is not None:
        return int(number)
    await _create(session, counter, unit_id, year)  # the unit's first of the year
    return int((await session.execute(take)).scalar_one())


async def raise_to(
    session: AsyncSession, counter: Any, unit_id: int, year: int, number: int
) -> None:
    """After a number given by hand the counter stands at least there, so that the next number
    taken follows it."""
    await _create(session, counter, unit_id, year)
    await session.execute(
        update(counter)
        .where(counter.unit_id == unit_id, counter.year == year, counter.last_number < number)
        .values(last_number=number)
        .execution_options(synchronize_session=False)
    )
