"""The built web app, served from the API's origin: files as they are, and `index.html` for
every other path that is not the API's (the app routes in the browser). The API's paths never
reach it: one no route answers is a 404, one answered for other methods a 405 (`core.routing`).

The build leaves brotli and gzip copies beside its larger files (`app.js.br`, `app.js.gz`);
a browser that accepts one gets it as it is, with nothing compressed per request.
"""

import mimetypes
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.responses import FileResponse, Response
from starlette.convertors import StringConvertor, register_url_convertor

from ttdn.core.errors import problem_response

# Hashed assets never change; the page and the service worker must be fetched fresh.
IMMUTABLE = "public, max-age=31536000, immutable"
REVALIDATE = "no-cache"
# The precompressed copies the build writes, best first.
ENCODINGS = (("br", ".br"), ("gzip", ".gz"))


class AppPathConvertor(StringConvertor):
    """A path of the web app: any path but the API's and the docs'."""

    regex = r"(?!api/|docs).*"


register_url_convertor("app_path", AppPathConvertor())


def _accepted(accept_encoding: str) -> set[str]:
    """The codings a request's `Accept-Encoding` allows (those not refused with q=0)."""
    accepted = set()
    for part in accept_encoding.lower().split(","):
        coding, _, parameters = part.strip().partition(";")
        if parameters.replace(" ", "") not in ("q=0", "q=0.0", "q=0.00", "q=0.000"):
            accepted.add(coding.strip())
    return accepted


def _file_response(file: Path, request: Request, cache: str) -> FileResponse:
    """`file`, or its precompressed copy in the best coding the browser accepts."""
    headers = {"Cache-Control": cache, "Vary": "Accept-Encoding"}
    media_type = mimetypes.guess_type(file.name)[0] or "application/octet-stream"
    accepted = _accepted(request.headers.get("accept-encoding", ""))
    for coding, suffix in ENCODINGS:
        copy = file.with_name(file.name + suffix)
        if coding in accepted and copy.is_file():
            headers["Content-Encoding"] = coding
            return FileResponse(copy, media_type=media_type, headers=headers)
    return FileResponse(file, media_type=media_type, headers=headers)


def mount_spa(app: FastAPI, directory: Path) -> None:
    """Serve `directory` (Vite's `dist/`) at `/` when it has been built."""
    root = directory.resolve()
    index = root / "index.html"

    @app.get("/{path:app_path}", include_in_schema=False)
    async def spa(path: str, request: Request) -> Response:
        if not index.is_file():
            return problem_response(404, "not-found", "Không tìm thấy", "Đường dẫn không tồn tại.")
        candidate = (root / path).resolve()
        if path and candidate.is_file() and candidate.is_relative_to(root):
            cache = IMMUTABLE if candidate.parent.name == "assets" else REVALIDATE
            return _file_response(candidate, request, cache)
        return _file_response(index, request, REVALIDATE)
