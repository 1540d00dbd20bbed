"""Making the reminders of a day: for every source's items due within `days_before` days, a
notification to each person concerned before the due date and once it has passed. Inserted with
`ON CONFLICT DO NOTHING` on the notifications' unique key, so a second run, or a run of another
process at the same moment, adds nothing: each reminder exists once."""

import unicodedata
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import Insert
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncSession

from ttdn.core.db import utcnow
from ttdn.reminders.models import Notification, Occasion
from ttdn.reminders.sources import SOURCES, DueItem

# Rows per INSERT: far below SQLite's limit of bound parameters per statement.
BATCH_ROWS = 500


@dataclass(frozen=True)
class NewNotification:
    """A notification this run created (and no other): what its e-mail says."""

    id: int
    user_id: int
    title: str
    link: str


def reminder_title(item: DueItem, occasion: Occasion) -> str:
    if occasion is Occasion.before:
        text = f"Sắp đến hạn {item.due_on:%d/%m/%Y}: {item.title}"
    else:
        text = f"Đã quá hạn (hạn {item.due_on:%d/%m/%Y}): {item.title}"
    return unicodedata.normalize("NFC", text)


def _insert_new(session: AsyncSession, rows: list[dict[str, Any]]) -> Insert:
    dialect = postgresql if session.get_bind().dialect.name == "postgresql" else sqlite
    return (
        dialect.insert(Notification)
        .values(rows)
        .on_conflict_do_nothing(index_elements=["user_id", "item_key", "occasion"])
        .returning(Notification.id, Notification.user_id, Notification.title, Notification.link)
    )


async def make_reminders(
    session: AsyncSession, today: date, days_before: int
) -> list[NewNotification]:
    """The notifications due items call for on `today` that do not exist yet, created: `before`
    for items due from today to `days_before` days ahead, `overdue` for those due in the
    `days_before` days before today (so a day the run was missed is caught up). Returns only
    the rows this call inserted."""
    first, last = today - timedelta(days=days_before), today + timedelta(days=days_before)
    now = utcnow()
    rows: list[dict[str, Any]] = []
    for kind, source in SOURCES.items():
        for item in await source(session, first, last):
            occasion = Occasion.overdue if item.due_on < today else Occasion.before
            title = reminder_title(item, occasion)
            rows.extend(
                {
                    "user_id": user_id,
                    "kind": kind,
                    "item_key": item.item_key,
                    "occasion": occasion.value,
                    "title": title,
                    "link": item.link,
                    "due_on": item.due_on,
                    "created_at": now,
                }
                for user_id in sorted(item.user_ids)
            )
    created: list[NewNotification] = []
    for start in range(0, len(rows), BATCH_ROWS):
        result = await session.execute(_insert_new(session, rows[start : start + BATCH_ROWS]))
        created.extend(NewNotification(*row) for row in result.all())
    return created
