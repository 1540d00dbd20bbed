"""Logging in and staying logged in: passwords, throttling, access and refresh tokens.

An unknown username and a wrong password get the same answer, after the same hashing work,
and are throttled the same way (the throttle is keyed by the name typed, not by the account).

A request here holds at most one database connection at any time, so that a flood of failed
logins cannot empty the pool. What must outlive a refused request (a failure counted, an alarm
raised, a family revoked) is committed in the request's own session before the refusal is
raised; the password is verified with no connection held at all.

Each attempt takes its slot before the password is verified: one atomic UPDATE counts it as a
failure unless the name is waiting out a back-off or a lock, so parallel guesses cannot get more
than `BACKOFF_AFTER_FAILURES` tries past the back-off. A success clears the count.

A refresh token's successor is derived from it with a key derived from the secret key
(`core.tokens.successor_token`), so only its hash is stored, and a parallel refresh of the same
token within `refresh_reuse_grace_seconds` is handed the same successor instead of revoking the
family.
"""

import asyncio
import secrets
from datetime import datetime, timedelta
from typing import Any, NoReturn

from pwdlib import PasswordHash
from pwdlib.hashers.argon2 import Argon2Hasher
from sqlalchemy import and_, case, delete, literal, not_, or_, select, update
from sqlalchemy.engine import CursorResult
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from ttdn.accounts.models import LoginThrottle, Membership, RefreshToken, User
from ttdn.accounts.schemas import TokenPair
from ttdn.audit.service import record
from ttdn.core.config import get_settings
from ttdn.core.db import UTCDateTime, utcnow
from ttdn.core.errors import Invalid, TooManyRequests, Unauthorized
from ttdn.core.tokens import digest, issue_access_token, new_opaque_token, successor_token
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


def _backoff_seconds(failures: int) -> int:
    """The wait after `failures` failures in a row (from the fifth on): 4, 8, 16, 32, 64 s."""
    return 2 ** (failures - 3)


def _backoff_until(throttle: LoginThrottle) -> datetime | None:
    """When the next attempt is allowed: locked, or doubling waits after five failures."""
    if throttle.locked_until is not None:
        return throttle.locked_until
    if throttle.failures < BACKOFF_AFTER_FAILURES:
        return None
    return throttle.last_failure_at + timedelta(seconds=_backoff_seconds(throttle.failures))


def _refuse_until(until: datetime, now: datetime) -> TooManyRequests:
    seconds = int((until - now).total_seconds()) + 1
    if seconds > 60:
        message = f"Tài khoản tạm khóa do nhập sai nhiều lần; thử lại sau {seconds // 60 + 1} phút."
    else:
        message = f"Nhập sai nhiều lần; vui lòng thử lại sau {seconds} giây."
    return TooManyRequests(message, retry_after_seconds=seconds)


def _at(moment: datetime) -> Any:
    return literal(moment, UTCDateTime())


def _take_slot_statement(typed: str, now: datetime) -> Any:
    """Count one more failure of `typed`, unless it is waiting out a back-off or a lock: the
    failures so far, or no row. The waits are bound as moments, so the test is portable SQL. A
    lock that has run out, or a count quiet for `login_record_hours`, starts again at one."""
    waiting = and_(
        LoginThrottle.failures >= BACKOFF_AFTER_FAILURES,
        LoginThrottle.last_failure_at
        > case(
            *(
                (LoginThrottle.failures == n, _at(now - timedelta(seconds=_backoff_seconds(n))))
                for n in range(BACKOFF_AFTER_FAILURES, LOCK_AFTER_FAILURES)
            ),
            else_=_at(now - timedelta(seconds=_backoff_seconds(LOCK_AFTER_FAILURES))),
        ),
    )
    locked = and_(LoginThrottle.locked_until.is_not(None), LoginThrottle.locked_until > now)
    lock_over = and_(LoginThrottle.locked_until.is_not(None), LoginThrottle.locked_until <= now)
    quiet = LoginThrottle.last_failure_at < _at(_stale_before(now))
    failures = case((or_(lock_over, quiet), 1), else_=LoginThrottle.failures + 1)
    return (
        update(LoginThrottle)
        .where(LoginThrottle.username == typed, not_(or_(waiting, locked)))
        .values(
            failures=failures,
            last_failure_at=now,
            locked_until=case((failures >= LOCK_AFTER_FAILURES, now + LOCK_DURATION), else_=None),
        )
        .returning(LoginThrottle.failures)
    )


def _stale_before(now: datetime) -> datetime:
    return now - timedelta(hours=get_settings().login_record_hours)


async def _take_attempt_slot(session: AsyncSession, typed: str, now: datetime) -> int | None:
    """Count this attempt as a failure before the password is checked (a success clears it):
    the failures in a row it makes, or None while `typed` must wait."""
    take = _take_slot_statement(typed, now)
    count = await session.scalar(take)
    if count is not None:
        return int(count)
    try:
        async with session.begin_nested():
            session.add(LoginThrottle(username=typed, failures=1, last_failure_at=now))
        return 1
    except IntegrityError:  # the row exists: waiting, or another attempt made it a moment ago
        count = await session.scalar(take)
        return int(count) if count is not None else None


async def log_in(
    session: AsyncSession,
    username: str,
    password: str,
) -> TokenPair:
    """Tokens for a right username and password; 401 otherwise, 429 while throttled.

    Failures and refusals are committed in `session` before the refusal is raised: they must
    outlive the refused request; no request holds a second connection."""
    typed = username.strip().lower()[:MAX_TYPED_USERNAME]
    now = utcnow()
    account = await session.scalar(select(User).where(User.username == typed))
    unit_path = await _filing_path(session, account)
    count = await _take_attempt_slot(session, typed, now)
    if count is None:
        throttle = await session.get(LoginThrottle, typed, populate_existing=True)
        await _record_attempt(
            session,
            "auth.login_refused",
            typed,
            account,
            unit_path,
            {"failures_in_a_row": throttle.failures if throttle else 0},
        )
        until = (_backoff_until(throttle) if throttle else None) or now
        await session.commit()
        raise _refuse_until(max(until, now), now)
    usable = account if account and account.is_active and account.deleted_at is None else None
    hashed = usable.password_hash if usable else _DECOY_HASH
    user_id = usable.id if usable else None
    await session.commit()  # the slot is taken, and the connection goes back to the pool

    matches, updated_hash = await asyncio.to_thread(
        password_hasher.verify_and_update, password, hashed
    )
    if user_id is None or not matches:
        details = {"failures_in_a_row": count}
        await _record_attempt(session, "auth.login_failed", typed, account, unit_path, details)
        await session.commit()
        if count >= LOCK_AFTER_FAILURES:
            raise _refuse_until(now + LOCK_DURATION, now)
        raise Unauthorized(WRONG_CREDENTIALS)

    await session.execute(delete(LoginThrottle).where(LoginThrottle.username == typed))
    values: dict[str, Any] = {"last_login_at": now}
    if updated_hash is not None:  # hashed with older parameters
        values["password_hash"] = updated_hash
    await session.execute(update(User).where(User.id == user_id).values(**values))
    await _forget_dead_refresh_tokens(session, user_id, now)
    tokens = await _issue_tokens(session, user_id, new_opaque_token(), family=secrets.token_hex(16))
    user = await session.get_one(User, user_id)
    await _record_for_user(session, "auth.login", user, unit_path)
    return tokens


async def change_password(
    session: AsyncSession, user_id: int, current_password: str, new_password: str
) -> TokenPair:
    """One's own new password, given the current one: every session of the account ends and a
    new one starts for the caller. Wrong current passwords count against the same throttle as
    failed logins (a stolen access token must not become a way to guess the password); 422
    naming `current_password` when it is wrong, 429 while throttled."""
    now = utcnow()
    user = await session.get_one(User, user_id)
    unit_path = await _filing_path(session, user)
    count = await _take_attempt_slot(session, user.username, now)
    if count is None:
        throttle = await session.get(LoginThrottle, user.username, populate_existing=True)
        details = {"failures_in_a_row": throttle.failures if throttle else 0}
        await _record_for_user(session, "auth.password_refused", user, unit_path, details)
        await session.commit()
        raise _refuse_until(max((_backoff_until(throttle) if throttle else None) or now, now), now)
    hashed = user.password_hash
    await session.commit()  # the slot is taken, and the connection goes back to the pool
    matches = await asyncio.to_thread(password_hasher.verify, current_password, hashed)
    if not matches:
        details = {"failures_in_a_row": count}
        await _record_for_user(session, "auth.password_refused", user, unit_path, details)
        await session.commit()
        raise Invalid("Mật khẩu hiện tại không đúng.", loc=["body", "current_password"])
    await session.execute(delete(LoginThrottle).where(LoginThrottle.username == user.username))
    if new_password == current_password:
        raise Invalid("Mật khẩu mới phải khác mật khẩu hiện tại.", loc=["body", "new_password"])
    new_hash = await hash_password(new_password)
    await session.execute(update(User).where(User.id == user_id).values(password_hash=new_hash))
    await revoke_sessions(session, user_id)
    tokens = await _issue_tokens(session, user_id, new_opaque_token(), family=secrets.token_hex(16))
    await _record_for_user(session, "auth.password_changed", user, unit_path)
    return tokens


async def _filing_path(session: AsyncSession, user: User | None) -> str | None:
    """Where an account's sign-in events are filed: its home unit, read by its unit's admins and
    its commune's leaders; a name nobody has is filed at the root unit."""
    if user is not None:
        return await _home_unit_path(session, user.id)
    return await session.scalar(
        select(Unit.path).where(Unit.parent_id.is_(None)).order_by(Unit.id).limit(1)
    )


async def _record_attempt(
    session: AsyncSession,
    action: str,
    typed: str,
    account: User | None,
    unit_path: str | None,
    details: dict[str, int],
) -> None:
    if account is not None:
        await _record_for_user(session, action, account, unit_path, details)
    else:
        await record(session, action, actor_username=typed, unit_path=unit_path, details=details)


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


async def _issue_tokens(
    session: AsyncSession, user_id: int, refresh_token: str, *, family: str
) -> TokenPair:
    access, lifetime = issue_access_token(user_id)
    session.add(
        RefreshToken(
            user_id=user_id,
            family=family,
            token_hash=digest(refresh_token),
            expires_at=utcnow() + timedelta(days=get_settings().refresh_token_days),
        )
    )
    await session.flush()
    return TokenPair(access_token=access, expires_in=lifetime, refresh_token=refresh_token)


async def _forget_dead_refresh_tokens(session: AsyncSession, user_id: int, now: datetime) -> None:
    """Delete a user's refresh tokens that expired or were revoked long enough ago: presented
    again they would be refused all the same. Spent tokens that can still expire stay, so that
    their reuse is still recognised."""
    cutoff = _stale_before(now)
    await session.execute(
        delete(RefreshToken).where(
            RefreshToken.user_id == user_id,
            or_(RefreshToken.expires_at < cutoff, RefreshToken.revoked_at < cutoff),
        )
    )


async def forget_stale_records(session: AsyncSession, now: datetime) -> tuple[int, int]:
    """Everybody's stale login throttles and dead refresh tokens (`ttdn cleanup`): how many of
    each were deleted."""
    cutoff = _stale_before(now)
    throttles: CursorResult[Any] = await session.execute(  # type: ignore[assignment]
        delete(LoginThrottle).where(
            LoginThrottle.last_failure_at < cutoff,
            or_(LoginThrottle.locked_until.is_(None), LoginThrottle.locked_until <= now),
        )
    )
    tokens: CursorResult[Any] = await session.execute(  # type: ignore[assignment]
        delete(RefreshToken).where(
            or_(RefreshToken.expires_at < cutoff, RefreshToken.revoked_at < cutoff)
        )
    )
    return throttles.rowcount, tokens.rowcount


async def refresh(session: AsyncSession, token: str | None) -> TokenPair:
    """Spend a refresh token for a new pair. The same token presented again within the grace
    window, while its successor is unused, gets that successor again (a parallel refresh of
    two tabs or clients). Any other reuse means it was stolen: its whole family is revoked and
    committed before the refusal, and both holders must log in."""
    if not token:
        raise Unauthorized("Thiếu mã gia hạn phiên đăng nhập.")
    now = utcnow()
    stored = await session.scalar(
        select(RefreshToken).where(RefreshToken.token_hash == digest(token))
    )
    if stored is None or stored.revoked_at is not None or stored.expires_at <= now:
        raise Unauthorized("Phiên đăng nhập đã hết hạn; vui lòng đăng nhập lại.")
    user = await session.get(User, stored.user_id)
    if user is None or not user.is_active or user.deleted_at is not None:
        raise Unauthorized("Tài khoản không còn hoạt động.")
    if stored.spent_at is None:
        spent: CursorResult[Any] = await session.execute(  # type: ignore[assignment]
            update(RefreshToken)
            .where(
                RefreshToken.id == stored.id,
                RefreshToken.spent_at.is_(None),
                RefreshToken.revoked_at.is_(None),
            )
            .values(spent_at=now)
        )
        if spent.rowcount == 1:
            return await _issue_tokens(
                session, stored.user_id, successor_token(token), family=stored.family
            )
        # Spent by a parallel request a moment ago (which has committed by now).
        await session.refresh(stored)
    return await _same_successor_or_revoke(session, stored, user, token, now)


async def _same_successor_or_revoke(
    session: AsyncSession, stored: RefreshToken, user: User, token: str, now: datetime
) -> TokenPair:
    grace = timedelta(seconds=get_settings().refresh_reuse_grace_seconds)
    if stored.revoked_at is None and stored.spent_at is not None and stored.spent_at + grace > now:
        successor = successor_token(token)
        live = await session.scalar(
            select(RefreshToken.id).where(
                RefreshToken.token_hash == digest(successor),
                RefreshToken.family == stored.family,
                RefreshToken.spent_at.is_(None),
                RefreshToken.revoked_at.is_(None),
                RefreshToken.expires_at > now,
            )
        )
        if live is not None:
            access, lifetime = issue_access_token(stored.user_id)
            return TokenPair(access_token=access, expires_in=lifetime, refresh_token=successor)
    await _refuse_reuse(session, stored, user, now)


async def _refuse_reuse(
    session: AsyncSession, stored: RefreshToken, user: User, now: datetime
) -> NoReturn:
    family = stored.family
    await _revoke_family(session, family, now)
    await record(
        session,
        "auth.refresh_reused",
        unit_path=await _home_unit_path(session, user.id),
        object_type="user",
        object_id=user.id,
        details={"family": family},
    )
    await session.commit()  # the revocation and the alarm outlive the refusal
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
    user = await session.get(User, stored.user_id)
    if user is None:
        return
    await _record_for_user(session, "auth.logout", user, await _home_unit_path(session, user.id))
