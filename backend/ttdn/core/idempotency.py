"""`Idempotency-Key` on POST: the same key and body answer the first answer again.

Keys are per user. A key is claimed before the request runs (so two concurrent retries cannot
both create), and the answer is stored once the request has committed. Answers of 5xx free the
key again.
"""

import hashlib
from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Integer, LargeBinary, String, delete, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from sqlalchemy.orm import Mapped, mapped_column
from starlette.datastructures import Headers
from starlette.exceptions import HTTPException
from starlette.responses import Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from ttdn.core.db import Base, separate_session, utcnow
from ttdn.core.errors import PayloadTooLarge, problem_response
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
    status_code: Mapped[int | None] = mapped_column(Integer)
    headers: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    body: Mapped[bytes | None] = mapped_column(LargeBinary)


def _problem(status: int, slug: str, title: str, detail: str) -> Response:
    return problem_response(status, slug, title, detail)


class IdempotencyMiddleware:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        headers = Headers(scope=scope) if scope["type"] == "http" else None
        key = headers.get("idempotency-key") if headers else None
        if headers is None or scope["method"] != "POST" or key is None:
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
        earlier = await _claim(sessionmaker, user_id, key, fingerprint)
        if earlier is not None:
            await earlier(scope, receive, send)
            return
        await self._run_and_store(scope, body, send, sessionmaker, user_id, key)

    async def _run_and_store(
        self,
        scope: Scope,
        body: bytes,
        send: Send,
        sessionmaker: async_sessionmaker[AsyncSession],
        user_id: int,
        key: str,
    ) -> None:
        start: Message = {}
        chunks: list[bytes] = []
        delivered = False

        async def replay_receive() -> Message:
            nonlocal delivered
            if delivered:
                return {"type": "http.disconnect"}
            delivered = True
            return {"type": "http.request", "body": body, "more_body": False}

        async def capture(message: Message) -> None:
            if message["type"] == "http.response.start":
                start.update(message)
            elif message["type"] == "http.response.body":
                chunks.append(message.get("body", b""))
            await send(message)

        try:
            await self.app(scope, replay_receive, capture)
        finally:
            await _settle(sessionmaker, user_id, key, start, b"".join(chunks))


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


async def _claim(
    sessionmaker: async_sessionmaker[AsyncSession], user_id: int, key: str, fingerprint: str
) -> Response | None:
    """Claim the key; or the answer owed to a retry (the first answer, or why not)."""
    try:
        async with separate_session(sessionmaker) as session:
            session.add(IdempotencyKey(user_id=user_id, key=key, fingerprint=fingerprint))
        return None
    except IntegrityError:
        pass
    async with separate_session(sessionmaker) as session:
        stored = await session.get(IdempotencyKey, (user_id, key))
    if stored is None:  # freed meanwhile by a failed first attempt
        return _problem(
            409, "idempotency-in-progress", "Yêu cầu đang được xử lý", "Hãy thử lại sau giây lát."
        )
    if stored.fingerprint != fingerprint:
        return _problem(
            422,
            "idempotency-key-reused",
            "Idempotency-Key đã dùng cho yêu cầu khác",
            "Khóa này đã được dùng với nội dung khác; hãy dùng khóa mới.",
        )
    if stored.status_code is None:
        return _problem(
            409,
            "idempotency-in-progress",
            "Yêu cầu đang được xử lý",
            "Yêu cầu với khóa này đang được xử lý; hãy thử lại sau giây lát.",
        )
    headers = dict(stored.headers)
    headers["idempotent-replayed"] = "true"
    return Response(stored.body or b"", status_code=stored.status_code, headers=headers)


async def _settle(
    sessionmaker: async_sessionmaker[AsyncSession],
    user_id: int,
    key: str,
    start: Message,
    body: bytes,
) -> None:
    status = start.get("status", 500)
    async with separate_session(sessionmaker) as session:
        if status >= 500:
            await session.execute(
                delete(IdempotencyKey).where(
                    IdempotencyKey.user_id == user_id, IdempotencyKey.key == key
                )
            )
            return
        stored = await session.scalar(
            select(IdempotencyKey).where(
                IdempotencyKey.user_id == user_id, IdempotencyKey.key == key
            )
        )
        if stored is None:
            return
        stored.status_code = status
        stored.body = body
        stored.headers = {
            name.decode("latin-1"): value.decode("latin-1")
            for name, value in start.get("headers", [])
            if name.lower() in REPLAYED_HEADERS
        }
