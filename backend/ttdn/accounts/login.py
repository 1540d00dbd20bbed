"""Logging in and staying logged in: passwords, throttling, access and refresh tokens.

An unknown username and a wrong password get the same answer, after the same hashing work,
and are throttled the same way (the throttle is keyed by the name typed, not by the account).
"""

import asyncio
import secrets
from datetime import datetime, timedelta
from typing import Any, NoReturn

from pwdlib import PasswordHash
from pwdlib.hashers.argon2 import Argon2Hasher
from sqlalchemy import and_, case, select, update
from sqlalchemy.engine import CursorResult
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from ttdn.accounts.models import LoginThrottle, Membership, RefreshToken, User
from ttdn.accounts.schemas import TokenPair
from ttdn.audit.service import record
from ttdn.core.config import get_settings
from ttdn.core.db import separate_session, utcnow
from ttdn.core.errors import TooManyRequests, Unauthorized
from ttdn.core.tokens import digest, issue_access_token, new_opaque_token
from ttdn.units.models import Unit

password_hasher = PasswordHash((Argon2Hasher(),))
# Verified against when the username is unknown, so that both cases cost one Argon2 run.
_DECOY_HASH = password_hasher.hash(secrets.token_urlsafe(24))


async def hash_password(password: str) -> str:
    """Argon2id, off the event loop."""
    return await asyncio.to_thread(password_hasher.hash, password)


async def revoke_sessions(session: AsyncSession, user_id: int) -> None:
    """End every refresh token of a user (a new password, a lost phone)."""
    await session.execute(
        update(RefreshToken)
        .where(RefreshToken.user_id == user_id, RefreshToken.revoked_at.is_(None))
        .values(revoked_at=utcnow())
    )


BACKOFF_AFTER_FAILURES = 5
LOCK_AFTER_FAILURES = 10
LOCK_DURATION = timedelta(minutes=15)
WRONG_CREDENTIALS = "Sai tên đăng nhập hoặc mật khẩu."
# Longer than any username can be (50), short enough for the audit trail's column.
MAX_TYPED_USERNAME = 100


def _backoff_until(throttle: LoginThrottle) -> datetime | None:
    """When the next attempt is allowed: locked, or doubling waits after five failures."""
    if throttle.locked_until is not None:
        return throttle.locked_until
    if throttle.failures < BACKOFF_AFTER_FAILURES:
        return None
    return throttle.last_failure_at + timedelta(seconds=2 ** (throttle.failures - 3))


def _refuse_until(until: datetime, now: datetime) -> TooManyRequests:
    seconds = int((until - now).total_seconds()) + 1
    if seconds > 60:
        message = f"Tài khoản tạm khóa do nhập sai nhiều lần; thử lại sau {seconds // 60 + 1} phút."
    else:
        message = f"Nhập sai nhiều lần; vui lòng thử lại sau {seconds} giây."
    return TooManyRequests(message, retry_after_seconds=seconds)


async def log_in(
    session: AsyncSession,
    sessionmaker: async_sessionmaker[AsyncSession],
    username: str,
    password: str,
) -> TokenPair:
    """Tokens for a right username and password; 401 otherwise, 429 while throttled.

    Failures and refusals are written in their own transaction: they must outlive the refused
    request. Hashing runs in a worker thread so that it does not hold up other requests."""
    typed = username.strip().lower()[:MAX_TYPED_USERNAME]
    now = utcnow()
    throttle = await session.get(LoginThrottle, typed)
    until = _backoff_until(throttle) if throttle else None
    if until is not None and until > now:
        async with separate_session(sessionmaker) as side:
            await record(
                side,
                "auth.login_refused",
                actor_username=typed,
                details={"failures_in_a_row": throttle.failures if throttle else 0},
            )
        raise _refuse_until(until, now)

    user = await session.scalar(
        select(User).where(User.username == typed, User.deleted_at.is_(None), User.is_active)
    )
    matches, updated_hash = await asyncio.to_thread(
        password_hasher.verify_and_update, password, user.password_hash if user else _DECOY_HASH
    )
    unit_path = await _home_unit_path(session, user.id) if user else None
    if user is None or not matches:
        failures = await _note_failure(sessionmaker, typed, now, user, unit_path)
        if failures >= LOCK_AFTER_FAILURES:
            raise _refuse_until(now + LOCK_DURATION, now)
        raise Unauthorized(WRONG_CREDENTIALS)

    if throttle is not None:
        await session.delete(throttle)
    if updated_hash is not None:  # hashed with older parameters
        user.password_hash = updated_hash
    await session.execute(update(User).where(User.id == user.id).values(last_login_at=now))
    tokens = await _issue_tokens(session, user.id, family=secrets.token_hex(16))
    await _record_for_user(session, "auth.login", user, unit_path)
    return tokens


async def _home_unit_path(session: AsyncSession, user_id: int) -> str | None:
    """Where a user's sign-in events are filed, so that its commune's leaders see them."""
    return await session.scalar(
        select(Unit.path)
        .join(Membership, Membership.unit_id == Unit.id)
        .where(Membership.user_id == user_id)
        .order_by(Membership.id)
        .limit(1)
    )


async def _record_for_user(
    session: AsyncSession,
    action: str,
    user: User,
    unit_path: str | None,
    details: dict[str, int] | None = None,
) -> None:
    await record(
        session,
        action,
        actor_user_id=user.id,
        actor_username=user.username,
        unit_path=unit_path,
        object_type="user",
        object_id=user.id,
        details=details,
    )


async def _note_failure(
    sessionmaker: async_sessionmaker[AsyncSession],
    typed: str,
    now: datetime,
    user: User | None,
    unit_path: str | None,
) -> int:
    """Count one more failure in a row, atomically (parallel guesses all count); a lock that has
    run out starts the count again."""
    lock_over = and_(LoginThrottle.locked_until.is_not(None), LoginThrottle.locked_until <= now)
    failures = case((lock_over, 1), else_=LoginThrottle.failures + 1)
    increment = (
        update(LoginThrottle)
        .where(LoginThrottle.username == typed)
        .values(
            failures=failures,
            last_failure_at=now,
            locked_until=case((failures >= LOCK_AFTER_FAILURES, now + LOCK_DURATION), else_=None),
        )
        .returning(LoginThrottle.failures)
    )
    async with separate_session(sessionmaker) as session:
        count = await session.scalar(increment)
        if count is None:
            try:
                async with session.begin_nested():
                    session.add(LoginThrottle(username=typed, failures=1, last_failure_at=now))
                count = 1
            except IntegrityError:  # another failure of the same name got there first
                count = await session.scalar(increment)
        details = {"failures_in_a_row": int(count or 1)}
        if user is not None:
            await _record_for_user(session, "auth.login_failed", user, unit_path, details)
        else:
            await record(session, "auth.login_failed", actor_username=typed, details=details)
        return int(count or 1)


async def _issue_tokens(session: AsyncSession, user_id: int, *, family: str) -> TokenPair:
    access, lifetime = issue_access_token(user_id)
    refresh = new_opaque_token()
    session.add(
        RefreshToken(
            user_id=user_id,
            family=family,
            token_hash=digest(refresh),
            expires_at=utcnow() + timedelta(days=get_settings().refresh_token_days),
        )
    )
    await session.flush()
    return TokenPair(access_token=access, expires_in=lifetime, refresh_token=refresh)


async def refresh(
    session: AsyncSession, sessionmaker: async_sessionmaker[AsyncSession], token: str | None
) -> TokenPair:
    """Spend a refresh token for a new pair. A token presented twice was stolen: its whole family
    is revoked (in its own transaction, so the refusal sticks) and both holders must log in."""
    if not token:
        raise Unauthorized("Thiếu mã gia hạn phiên đăng nhập.")
    now = utcnow()
    stored = await session.scalar(
        select(RefreshToken).where(RefreshToken.token_hash == digest(token))
    )
    if stored is None or stored.revoked_at is not None or stored.expires_at <= now:
        raise Unauthorized("Phiên đăng nhập đã hết hạn; vui lòng đăng nhập lại.")
    if stored.spent_at is not None:
        await _refuse_reuse(session, sessionmaker, stored, now)
    user = await session.get(User, stored.user_id)
    if user is None or not user.is_active or user.deleted_at is not None:
        raise Unauthorized("Tài khoản không còn hoạt động.")
    spent: CursorResult[Any] = await session.execute(  # type: ignore[assignment]
        update(RefreshToken)
        .where(
            RefreshToken.id == stored.id,
            RefreshToken.spent_at.is_(None),
            RefreshToken.revoked_at.is_(None),
        )
        .values(spent_at=now)
    )
    if spent.rowcount != 1:  # spent by a parallel request a moment ago: treat as reuse
        await _refuse_reuse(session, sessionmaker, stored, now)
    return await _issue_tokens(session, stored.user_id, family=stored.family)


async def _refuse_reuse(
    session: AsyncSession,
    sessionmaker: async_sessionmaker[AsyncSession],
    stored: RefreshToken,
    now: datetime,
) -> NoReturn:
    family, user_id = stored.family, stored.user_id
    await session.rollback()  # let go of any lock before the family is revoked apart
    async with separate_session(sessionmaker) as side:
        await _revoke_family(side, family, now)
        await record(
            side,
            "auth.refresh_reused",
            object_type="user",
            object_id=user_id,
            details={"family": family},
        )
    raise Unauthorized("Mã gia hạn đã được dùng; mọi phiên liên quan đã bị thu hồi.")


async def _revoke_family(session: AsyncSession, family: str, now: datetime) -> None:
    await session.execute(
        update(RefreshToken)
        .where(RefreshToken.family == family, RefreshToken.revoked_at.is_(None))
        .values(revoked_at=now)
    )


async def log_out(session: AsyncSession, token: str | None) -> None:
    """Revoke the session the refresh token belongs to; unknown tokens are quietly ignored."""
    if not token:
        return
    stored = await session.scalar(
        select(RefreshToken).where(RefreshToken.token_hash == digest(token))
    )
    if stored is None or stored.revoked_at is not None:
        return
    await _revoke_family(session, stored.family, utcnow())
    await record(session, "auth.logout", object_type="user", object_id=stored.user_id)
