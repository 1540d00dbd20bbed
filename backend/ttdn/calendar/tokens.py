"""Making, rotating, revoking and finding the secret token of a person's calendar feed. The
token is stored as its SHA-256 (`core.tokens.digest`): whoever reads the database cannot
subscribe to anyone's calendar."""

import re
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession

from ttdn.accounts.models import User
from ttdn.audit.service import record
from ttdn.calendar.models import CalendarToken
from ttdn.core.authz import Principal
from ttdn.core.db import utcnow
from ttdn.core.errors import NotFound
from ttdn.core.tokens import digest, new_opaque_token
from ttdn.core.versioning import check_version

# What `new_opaque_token` makes (URL-safe base64 of 32 bytes); anything else is not looked up.
TOKEN_SHAPE = re.compile(r"^[A-Za-z0-9_-]{43}$")


def _snapshot(token: CalendarToken) -> dict[str, Any]:
    return {"user_id": token.user_id, "created_at": token.created_at.isoformat()}


async def token_of(session: AsyncSession, principal: Principal) -> CalendarToken | None:
    return await session.scalar(
        select(CalendarToken).where(CalendarToken.user_id == principal.user_id)
    )


async def make_token(session: AsyncSession, principal: Principal) -> tuple[str, CalendarToken]:
    """A new token for the caller, replacing (rotating) any it had: the old address stops
    working at once. Returns the token in clear, which is never stored."""
    secret = new_opaque_token()
    token = await token_of(session, principal)
    before = _snapshot(token) if token is not None else None
    if token is None:
        token = CalendarToken(user_id=principal.user_id, token_hash=digest(secret))
        session.add(token)
    else:
        token.token_hash, token.created_at, token.last_used_at = digest(secret), utcnow(), None
    await session.flush()
    await record(
        session,
        "calendar.token.rotate" if before else "calendar.token.create",
        actor=principal,
        object_type="calendar_token",
        object_id=token.id,
        before=before,
        after=_snapshot(token),
    )
    return secret, token


async def revoke_token(session: AsyncSession, principal: Principal, expected_version: int) -> None:
    """The caller's address revoked (404 when it has none; 412 when it changed since read)."""
    token = await token_of(session, principal)
    if token is None:
        raise NotFound("Bạn chưa có địa chỉ lịch.")
    check_version(token.version, expected_version)
    before = _snapshot(token)
    await session.delete(token)
    await session.flush()
    await record(
        session,
        "calendar.token.revoke",
        actor=principal,
        object_type="calendar_token",
        object_id=token.id,
        before=before,
    )


async def owner_of(session: AsyncSession, secret: str) -> User:
    """The active person whose calendar `secret` opens, noting the use; 404 for a token that
    is malformed, unknown, revoked or of a person no longer active (all alike)."""
    missing = NotFound("Không có lịch ở địa chỉ này.")
    if not TOKEN_SHAPE.match(secret):
        raise missing
    row = (
        await session.execute(
            select(CalendarToken.id, User)
            .join(User, User.id == CalendarToken.user_id)
            .where(
                CalendarToken.token_hash == digest(secret),
                User.is_active,
                User.deleted_at.is_(None),
            )
        )
    ).first()
    if row is None:
        raise missing
    token_id, user = row
    # A plain UPDATE: a fetch does not change the row's version (the profile page's ETag).
    await session.execute(
        update(CalendarToken)
        .where(CalendarToken.id == token_id)
        .values(last_used_at=utcnow())
        .execution_options(synchronize_session=False)
    )
    return user
