"""`Idempotency-Key` on POST: the same key and body answer the first answer again.

Keys are per user. The answer is stored in the same transaction as the write it answers, so a
key is either unused or answered, even across a crash:

1. The middleware opens the request's unit of work itself: a session whose first statement
   inserts the key row. The route gets that same session (`core.db.request_session` finds it in
   the ASGI scope), so the route's writes and the key share one transaction and one connection.
2. The route's answer is held back, not sent. A success (below 400) is written into the key row
   and the transaction commits; only then is the answer sent. Anything else (4xx, 5xx, an
   exception) rolls back, which also frees the key: an answer that changed nothing is not kept.
3. A retry with the same key inserts the same primary key. While the first attempt runs, the
   database makes it wait (PostgreSQL on the unique index, SQLite for its one writer); once the
   first commits, the retry finds the stored answer and replays it.

Keys expire after `idempotency_key_hours`: each claim first deletes the caller's expired keys in
a short transaction of its own (`ttdn cleanup` deletes everybody's). Answers under `/auth` are
never stored: they carry live refresh tokens.
"""

import hashlib
from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import JSON, Integer, LargeBinary, String, delete
from sqlalchemy.engine import CursorResult
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from sqlalchemy.orm import Mapped, mapped_column
from starlette.datastructures import Headers
from starlette.exceptions import HTTPException
from starlette.responses import Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from ttdn.core.config import get_settings
from ttdn.core.db import OUTER_SESSION, Base, utcnow
from ttdn.core.errors import PayloadTooLarge, logger, problem_response
from ttdn.core.tokens import InvalidToken, read_access_token

MAX_KEY_LENGTH = 200
REPLAYED_HEADERS = (b"content-type", b"etag", b"location")


class IdempotencyKey(Base):
    __tablename__ = "idempotency_keys"
    __table_args__ = ({"info": {"label": "khóa chống gửi trùng"}},)

    user_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    key: Mapped[str] = mapped_column(String(MAX_KEY_LENGTH), primary_key=True)
    fingerprint: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    # Set in the transaction that inserts the row: a committed row always holds its answer.
    status_code: Mapped[int | None] = mapped_column(Integer)
    headers: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    body: Mapped[bytes | None] = mapped_column(LargeBinary)


def expiry_cutoff(now: datetime) -> datetime:
    return now - timedelta(hours=get_settings().idempotency_key_hours)


async def delete_expired_keys(session: AsyncSession, now: datetime) -> int:
    """Everybody's expired keys (`ttdn cleanup`): how many were deleted."""
    result: CursorResult[Any] = await session.execute(  # type: ignore[assignment]
        delete(IdempotencyKey).where(IdempotencyKey.created_at < expiry_cutoff(now))
    )
    return result.rowcount


def _problem(status: int, slug: str, title: str, detail: str) -> Response:
    return problem_response(status, slug, title, detail)


class IdempotencyMiddleware:
    def __init__(self, app: ASGIApp, never_stored: Sequence[str] = ()) -> None:
        self.app = app
        self.never_stored = tuple(never_stored)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        headers = Headers(scope=scope) if scope["type"] == "http" else None
        key = headers.get("idempotency-key") if headers else None
        if (
            headers is None
            or scope["method"] != "POST"
            or key is None
            or scope["path"].startswith(self.never_stored)
        ):
            await self.app(scope, receive, send)
            return
        user_id = _user_of(headers)
        if user_id is None:  # let the route answer 401
            await self.app(scope, receive, send)
            return
        if not key or len(key) > MAX_KEY_LENGTH or not key.isprintable():
            bad = _problem(
                400,
                "bad-idempotency-key",
                "Idempotency-Key không hợp lệ",
                f"Idempotency-Key phải có 1–{MAX_KEY_LENGTH} ký tự in được.",
            )
            await bad(scope, receive, send)
            return
        try:
            body = await _read_body(receive)
        except HTTPException:
            too_large = _problem(
                413,
                PayloadTooLarge.slug,
                PayloadTooLarge.title,
                "Dữ liệu gửi lên vượt quá giới hạn.",
            )
            await too_large(scope, receive, send)
            return
        fingerprint = hashlib.sha256(
            scope["method"].encode()
            + scope["path"].encode()
            + b"?"
            + scope.get("query_string", b"")
            + b"\n"
            + body
        ).hexdigest()
        sessionmaker: async_sessionmaker[AsyncSession] = scope["app"].state.sessionmaker
        async with sessionmaker() as session:
            answer = await self._run_once(scope, body, session, user_id, key, fingerprint)
        await answer(scope, receive, send)

    async def _run_once(
        self,
        scope: Scope,
        body: bytes,
        session: AsyncSession,
        user_id: int,
        key: str,
        fingerprint: str,
    ) -> ASGIApp:
        """The answer to send: the first answer replayed, or this run's, committed with it."""
        now = utcnow()
        await session.execute(
            delete(IdempotencyKey).where(
                IdempotencyKey.user_id == user_id, IdempotencyKey.created_at < expiry_cutoff(now)
            )
        )
        await session.commit()
        claim = IdempotencyKey(user_id=user_id, key=key, fingerprint=fingerprint, created_at=now)
        session.add(claim)
        try:
            await session.flush()
        except IntegrityError:
            await session.rollback()
            return await _earlier_answer(session, user_id, key, fingerprint)

        answer = await self._run_app(scope, body, session)
        if answer.status >= 400:
            await session.rollback()  # nothing changed: the key is free again
            return answer
        claim.status_code = answer.status
        claim.body = answer.body
        claim.headers = answer.replayed_headers()
        try:
            await session.commit()
        except Exception:
            logger.exception("could not commit an idempotent request and its answer")
            await session.rollback()
            return _problem(
                500, "internal", "Lỗi hệ thống", "Đã có lỗi không mong muốn; vui lòng thử lại sau."
            )
        return answer

    async def _run_app(self, scope: Scope, body: bytes, session: AsyncSession) -> "HeldAnswer":
        """Run the route inside `session`, holding its answer back."""
        answer = HeldAnswer()
        delivered = False

        async def replay_receive() -> Message:
            nonlocal delivered
            if delivered:
                return {"type": "http.disconnect"}
            delivered = True
            return {"type": "http.request", "body": body, "more_body": False}

        scope.setdefault("state", {})[OUTER_SESSION] = session
        try:
            await self.app(scope, replay_receive, answer.hold)
        except BaseException:
            await session.rollback()
            raise
        finally:
            scope["state"].pop(OUTER_SESSION, None)
        return answer


class HeldAnswer:
    """A route's answer kept in memory until its transaction has committed; then sent as is."""

    def __init__(self) -> None:
        self.start: Message = {}
        self.chunks: list[bytes] = []

    async def hold(self, message: Message) -> None:
        if message["type"] == "http.response.start":
            self.start = message
        elif message["type"] == "http.response.body":
            self.chunks.append(message.get("body", b""))

    @property
    def status(self) -> int:
        return int(self.start.get("status", 500))

    @property
    def body(self) -> bytes:
        return b"".join(self.chunks)

    def replayed_headers(self) -> dict[str, str]:
        return {
            name.decode("latin-1"): value.decode("latin-1")
            for name, value in self.start.get("headers", [])
            if name.lower() in REPLAYED_HEADERS
        }

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        await send({**self.start, "type": "http.response.start", "status": self.status})
        await send({"type": "http.response.body", "body": self.body, "more_body": False})


def _user_of(headers: Headers) -> int | None:
    scheme, _, token = headers.get("authorization", "").partition(" ")
    if scheme.lower() != "bearer":
        return None
    try:
        return read_access_token(token)
    except InvalidToken:
        return None


async def _read_body(receive: Receive) -> bytes:
    parts = []
    while True:
        message = await receive()
        if message["type"] != "http.request":
            break
        parts.append(message.get("body", b""))
        if not message.get("more_body", False):
            break
    return b"".join(parts)


async def _earlier_answer(
    session: AsyncSession, user_id: int, key: str, fingerprint: str
) -> Response:
    """What a retry hears: the stored answer, or why not."""
    stored = await session.get(IdempotencyKey, (user_id, key), populate_existing=True)
    if stored is not None:
        status, body, headers = stored.status_code, stored.body, dict(stored.headers)
        same_request = stored.fingerprint == fingerprint
    await session.rollback()
    if stored is None or status is None:  # deleted meanwhile (expired)
        return _problem(
            409,
            "idempotency-in-progress",
            "Yêu cầu đang được xử lý",
            "Yêu cầu với khóa này vừa được xử lý; hãy thử lại.",
        )
    if not same_request:
        return _problem(
            422,
            "idempotency-key-reused",
            "Idempotency-Key đã dùng cho yêu cầu khác",
            "Khóa này đã được dùng với nội dung khác; hãy dùng khóa mới.",
        )
    headers["idempotent-replayed"] = "true"
    return Response(body or b"", status_code=status, headers=headers)
