"""The caller's own notifications: listed, counted, marked read. Nobody sees another's: a
notification of someone else is not found (404)."""

from sqlalchemy import func, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from ttdn.core.authz import Principal
from ttdn.core.db import utcnow
from ttdn.core.errors import NotFound
from ttdn.core.pagination import Fetched, Listing, ListParams, fetch_page
from ttdn.reminders.models import Notification

LISTING = Listing(
    sortable={"created_at": Notification.created_at, "due_on": Notification.due_on},
    default_sort=("-created_at",),
    tiebreaker=Notification.id,
    search_column=None,
    updated_column=Notification.created_at,
)


async def list_notifications(
    session: AsyncSession, principal: Principal, params: ListParams, unread: bool | None
) -> Fetched:
    """The caller's notifications, newest first unless sorted otherwise; only the unread (or
    only the read) ones when `unread` is given. One statement."""
    statement = select(Notification).where(Notification.user_id == principal.user_id)
    if unread is not None:
        statement = statement.where(
            Notification.read_at.is_(None) if unread else Notification.read_at.is_not(None)
        )
    return await fetch_page(session, statement, params, LISTING)


async def count_unread(session: AsyncSession, principal: Principal) -> int:
    count = await session.scalar(
        select(func.count()).where(
            Notification.user_id == principal.user_id, Notification.read_at.is_(None)
        )
    )
    return count or 0


async def mark_read(session: AsyncSession, principal: Principal, notification_id: int) -> None:
    """The caller's notification read (it stays read if it was); 404 for any other."""
    notification = await session.scalar(
        select(Notification).where(
            Notification.id == notification_id, Notification.user_id == principal.user_id
        )
    )
    if notification is None:
        raise NotFound("Không có thông báo này.")
    if notification.read_at is None:
        notification.read_at = utcnow()


async def mark_all_read(session: AsyncSession, principal: Principal) -> int:
    """Every unread notification of the caller read; how many were."""
    result = await session.execute(
        update(Notification)
        .where(Notification.user_id == principal.user_id, Notification.read_at.is_(None))
        .values(read_at=utcnow())
        .execution_options(synchronize_session=False)
    )
    return int(getattr(result, "rowcount", 0) or 0)
