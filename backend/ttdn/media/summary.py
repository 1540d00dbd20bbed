"""Counts of press interactions per commune: what the superior level (and a commune's own
dashboard) reads of the press work, without a reporter's name."""

from collections import defaultdict
from datetime import date

from sqlalchemy import case, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from ttdn.core.authz import Principal, subtree_end
from ttdn.core.clock import today_in_vietnam
from ttdn.core.text import vietnamese_sort_key
from ttdn.media.interactions import is_overdue, seen
from ttdn.media.models import FollowUpStatus, InteractionKind, MediaInteraction
from ttdn.media.schemas import InteractionCount, InteractionSummary, MonthlyInteractionCount
from ttdn.units.models import GOVERNING_KINDS, Unit
from ttdn.units.service import ancestor_paths


async def summarise(
    session: AsyncSession,
    principal: Principal,
    occurred_from: date | None = None,
    occurred_to: date | None = None,
) -> InteractionSummary:
    """The interactions the caller reads, counted per commune (the nearest governing unit of
    each interaction's unit) and kind, with the press reports still open and overdue: two
    statements."""
    today = today_in_vietnam()
    is_open = MediaInteraction.follow_up_status.is_not(None) & (
        MediaInteraction.follow_up_status != FollowUpStatus.answered.value
    )
    statement = (
        select(
            Unit.path,
            MediaInteraction.kind,
            func.count(),
            func.sum(case((is_open, 1), else_=0)),
            func.sum(case((is_overdue(today), 1), else_=0)),
        )
        .join(Unit, Unit.id == MediaInteraction.unit_id)
        .where(seen(principal, Unit.path), MediaInteraction.deleted_at.is_(None))
        .group_by(Unit.path, MediaInteraction.kind)
    )
    if occurred_from is not None:
        statement = statement.where(MediaInteraction.occurred_on >= occurred_from)
    if occurred_to is not None:
        statement = statement.where(MediaInteraction.occurred_on <= occurred_to)
    rows = (await session.execute(statement)).all()
    ancestors = {prefix for row in rows for prefix in ancestor_paths(row[0])}
    governing = (
        {
            path: (unit_id, name)
            for unit_id, path, name in await session.execute(
                select(Unit.id, Unit.path, Unit.name).where(
                    Unit.path.in_(ancestors), Unit.kind.in_(GOVERNING_KINDS)
                )
            )
        }
        if ancestors
        else {}
    )
    counts: dict[tuple[int, str], dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for path, kind, total, still_open, overdue in rows:
        nearest = max(
            (prefix for prefix in ancestor_paths(path) if prefix in governing),
            key=len,
            default=None,
        )
        commune = governing[nearest] if nearest else (0, "")
        tally = counts[commune]
        tally[kind] += total
        tally["total"] += total
        tally["open"] += still_open or 0
        tally["overdue"] += overdue or 0
    communes = [
        InteractionCount(
            unit_id=unit_id,
            unit_name=name,
            total=tally["total"],
            by_kind={kind: tally[kind.value] for kind in InteractionKind},
            follow_up_open=tally["open"],
            overdue=tally["overdue"],
        )
        for (unit_id, name), tally in sorted(
            counts.items(), key=lambda item: vietnamese_sort_key(item[0][1])
        )
    ]
    return InteractionSummary(communes=communes, total=sum(c.total for c in communes))


async def by_month(
    session: AsyncSession, principal: Principal, year: int, commune_path: str
) -> list[MonthlyInteractionCount]:
    """The interactions of `year` the caller reads among the units of one commune (the subtree
    at `commune_path`), counted by month and kind, in month order: one statement, grouped by
    day in SQL (the same on SQLite and PostgreSQL) and folded into months here."""
    statement = (
        select(MediaInteraction.occurred_on, MediaInteraction.kind, func.count())
        .join(Unit, Unit.id == MediaInteraction.unit_id)
        .where(
            seen(principal, Unit.path),
            Unit.path >= commune_path,
            Unit.path < subtree_end(commune_path),
            MediaInteraction.deleted_at.is_(None),
            MediaInteraction.occurred_on >= date(year, 1, 1),
            MediaInteraction.occurred_on <= date(year, 12, 31),
        )
        .group_by(MediaInteraction.occurred_on, MediaInteraction.kind)
    )
    counts: dict[tuple[str, str], int] = defaultdict(int)
    for occurred_on, kind, count in await session.execute(statement):
        counts[(f"{occurred_on:%Y-%m}", kind)] += count
    return [
        MonthlyInteractionCount(month=month, kind=InteractionKind(kind), count=count)
        for (month, kind), count in sorted(counts.items())
    ]
