"""The headers every answer carries so that a browser keeps the app to itself: what it may load
(Content-Security-Policy), that it may not be framed, sniffed or followed by a full referrer,
and, in production, that it is only ever reached over HTTPS."""

import hashlib
from base64 import b64encode
from collections.abc import Iterable

from starlette.datastructures import MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send

# The built app is files from this origin only: no inline script or style (the build has none),
# no CDN, no framing. `data:` and `blob:` images are for pictures made in the browser (a photo
# shown before it is uploaded); today's build has none, and they cannot carry script.
APP_POLICY: dict[str, str] = {
    "default-src": "'self'",
    "script-src": "'self'",
    "style-src": "'self'",
    "img-src": "'self' data: blob:",
    "font-src": "'self'",
    "connect-src": "'self'",
    "worker-src": "'self'",
    "manifest-src": "'self'",
    "object-src": "'none'",
    "base-uri": "'self'",
    "form-action": "'self'",
    "frame-ancestors": "'none'",
}


def render_policy(policy: dict[str, str]) -> str:
    return "; ".join(f"{directive} {sources}" for directive, sources in policy.items())


def policy_allowing_inline_scripts(scripts: Iterable[str]) -> str:
    """The app's policy, plus exactly these inline scripts (by their SHA-256) and nothing else
    inline: for a page we serve but do not write, such as Swagger UI's."""
    hashes = [
        f"'sha256-{b64encode(hashlib.sha256(script.encode()).digest()).decode()}'"
        for script in scripts
    ]
    return render_policy(APP_POLICY | {"script-src": " ".join(["'self'", *hashes])})


CONTENT_SECURITY_POLICY = render_policy(APP_POLICY)
# Nothing to other sites, not even the origin (stricter than `strict-origin-when-cross-origin`):
# an incident's links lead to the pages that spread the false information, whose authors need
# not learn where the commune's system lives. Requests within the app keep their referrer and
# their `Origin`, and the app calls no other site.
REFERRER_POLICY = "same-origin"
STRICT_TRANSPORT_SECURITY = "max-age=31536000; includeSubDomains"


class SecurityHeadersMiddleware:
    """Adds the security headers to every HTTP answer; a Content-Security-Policy the answer
    already has (a page with its own needs) is kept. `strict_transport` adds HSTS: only behind
    HTTPS, in production, since a browser then refuses plain HTTP to the host for a year."""

    def __init__(self, app: ASGIApp, *, strict_transport: bool) -> None:
        self.app = app
        self.headers = {
            "Content-Security-Policy": CONTENT_SECURITY_POLICY,
            "X-Content-Type-Options": "nosniff",
            "X-Frame-Options": "DENY",  # `frame-ancestors` for browsers that predate it
            "Referrer-Policy": REFERRER_POLICY,
        }
        if strict_transport:
            self.headers["Strict-Transport-Security"] = STRICT_TRANSPORT_SECURITY

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                for name, value in self.headers.items():
                    headers.setdefault(name, value)
            await send(message)

        await self.app(scope, receive, send_with_headers)
