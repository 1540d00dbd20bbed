"""The built web app, served from the API's origin: files as they are, and `index.html` for
every other path that is not the API's (the app routes in the browser)."""

from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.responses import FileResponse, Response

from ttdn.core.errors import problem_response

API_PREFIXES = ("/api/", "/docs")
# Hashed assets never change; the page and the service worker must be fetched fresh.
IMMUTABLE = "public, max-age=31536000, immutable"
REVALIDATE = "no-cache"


def mount_spa(app: FastAPI, directory: Path) -> None:
    """Serve `directory` (Vite's `dist/`) at `/` when it has been built."""
    root = directory.resolve()
    index = root / "index.html"

    @app.get("/{path:path}", include_in_schema=False)
    async def spa(path: str, request: Request) -> Response:
        if request.url.path.startswith(API_PREFIXES) or not index.is_file():
            return problem_response(404, "not-found", "Không tìm thấy", "Đường dẫn không tồn tại.")
        candidate = (root / path).resolve()
        if path and candidate.is_file() and candidate.is_relative_to(root):
            cache = IMMUTABLE if candidate.parent.name == "assets" else REVALIDATE
            return FileResponse(candidate, headers={"Cache-Control": cache})
        return FileResponse(index, headers={"Cache-Control": REVALIDATE})
