"""Pure ASGI middleware: request ids and the request body limit."""

import re
import uuid

from starlette.exceptions import HTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from ttdn.core.context import request_id_var
from ttdn.core.errors import PayloadTooLarge, problem_response

_SAFE_REQUEST_ID = re.compile(r"^[A-Za-z0-9._-]{8,64}$")


class RequestIdMiddleware:
    """Takes a sane `X-Request-ID` or makes one; echoes it and exposes it to the audit trail."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        given = dict(scope["headers"]).get(b"x-request-id", b"").decode("latin-1")
        request_id = given if _SAFE_REQUEST_ID.match(given) else uuid.uuid4().hex
        token = request_id_var.set(request_id)

        async def send_with_id(message: Message) -> None:
            if message["type"] == "http.response.start":
                message.setdefault("headers", [])
                message["headers"] = [*message["headers"], (b"x-request-id", request_id.encode())]
            await send(message)

        try:
            await self.app(scope, receive, send_with_id)
        finally:
            request_id_var.reset(token)


# What a multipart body holds besides the file: its boundaries and part headers.
MULTIPART_OVERHEAD_BYTES = 64 * 1024


class BodyLimitMiddleware:
    """Refuses request bodies over `max_bytes` with 413, by header or while streaming; an
    upload (a POST to a path ending in one of `upload_suffixes`) may carry a file of up to
    `upload_max_bytes`, which the route checks itself."""

    def __init__(
        self,
        app: ASGIApp,
        max_bytes: int,
        upload_max_bytes: int = 0,
        upload_suffixes: tuple[str, ...] = (),
    ) -> None:
        self.app = app
        self.max_bytes = max_bytes
        self.upload_max_bytes = upload_max_bytes + MULTIPART_OVERHEAD_BYTES
        self.upload_suffixes = upload_suffixes

    def _limit(self, scope: Scope) -> int:
        is_upload = scope["method"] == "POST" and scope["path"].endswith(self.upload_suffixes)
        return max(self.max_bytes, self.upload_max_bytes) if is_upload else self.max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        limit = self._limit(scope)
        declared = dict(scope["headers"]).get(b"content-length")
        if declared is not None and (not declared.isdigit() or int(declared) > limit):
            response = problem_response(
                413,
                PayloadTooLarge.slug,
                PayloadTooLarge.title,
                f"Dữ liệu gửi lên vượt quá {limit // 1024} KB.",
            )
            await response(scope, receive, send)
            return
        received = 0

        async def limited_receive() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > limit:
                    raise HTTPException(413)
            return message

        await self.app(scope, limited_receive, send)
