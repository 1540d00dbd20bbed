"""`make bench`: request cost of the main reads, as ratios to a bare FastAPI endpoint.

Everything runs in one process over ASGI on a fresh SQLite (or `TTDN_BENCH_DATABASE_URL`)
database holding the demo, so that the ratios compare like with like on any machine.
Timings are printed, never asserted.
"""

import asyncio
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable
from pathlib import Path

import httpx
from fastapi import FastAPI

from ttdn.core.config import get_settings
from ttdn.core.migrations import upgrade
from ttdn.core.tokens import issue_access_token
from ttdn.demo.seed import seed_demo
from ttdn.main import create_app

ROUNDS = 300
WARMUP = 30


def _bare_app() -> FastAPI:
    bare = FastAPI()

    @bare.get("/ping")
    async def ping() -> dict[str, bool]:
        return {"ok": True}

    return bare


async def _time(call: Callable[[], Awaitable[httpx.Response]]) -> float:
    for _ in range(WARMUP):
        (await call()).raise_for_status()
    samples = []
    for _ in range(ROUNDS):
        started = time.perf_counter()
        (await call()).raise_for_status()
        samples.append(time.perf_counter() - started)
    return statistics.median(samples)


async def main() -> None:
    directory = Path(tempfile.mkdtemp(prefix="ttdn-bench-"))
    url = os.environ.get("TTDN_BENCH_DATABASE_URL") or f"sqlite+aiosqlite:///{directory}/b.db"
    os.environ["TTDN_DATABASE_URL"] = url
    os.environ.setdefault("TTDN_SECRET_KEY", "bench-secret-key-long-enough-for-hs256-000")
    get_settings.cache_clear()
    upgrade(url)
    app = create_app(get_settings())
    async with app.router.lifespan_context(app):
        async with app.state.sessionmaker() as session, session.begin():
            seeded = await seed_demo(session)
        token = issue_access_token(seeded.users["vhxh"].id)[0]
        auth = {"Authorization": f"Bearer {token}"}
        task_id = seeded.tasks["khu_bao_cao"].id
        bare = httpx.AsyncClient(
            transport=httpx.ASGITransport(app=_bare_app()), base_url="http://b"
        )
        api = httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://a")
        baseline = await _time(lambda: bare.get("/ping"))
        cases: dict[str, Callable[[], Awaitable[httpx.Response]]] = {
            "GET /health": lambda: api.get("/api/v1/health"),
            "GET /me": lambda: api.get("/api/v1/me", headers=auth),
            "GET /units?limit=50": lambda: api.get("/api/v1/units?limit=50", headers=auth),
            "GET /units?q=cong an": lambda: api.get("/api/v1/units?q=cong+an", headers=auth),
            "GET /units/tree": lambda: api.get("/api/v1/units/tree", headers=auth),
            "GET /users": lambda: api.get("/api/v1/users", headers=auth),
            "GET /tasks?limit=50": lambda: api.get("/api/v1/tasks?limit=50", headers=auth),
            "GET /tasks?overdue=true": lambda: api.get("/api/v1/tasks?overdue=true", headers=auth),
            "GET /tasks/summary": lambda: api.get("/api/v1/tasks/summary", headers=auth),
            "GET /tasks/{id}": lambda: api.get(f"/api/v1/tasks/{task_id}", headers=auth),
            "GET /plans": lambda: api.get("/api/v1/plans", headers=auth),
            "GET /plans/{id}": lambda: api.get(f"/api/v1/plans/{seeded.plan.id}", headers=auth),
        }
        print(f"bare FastAPI endpoint: {baseline * 1e6:8.0f} µs (median of {ROUNDS})")
        for name, call in cases.items():
            median = await _time(call)
            print(f"{name:26s} {median * 1e6:8.0f} µs  ×{median / baseline:5.1f} of bare")
        await bare.aclose()
        await api.aclose()


if __name__ == "__main__":
    sys.exit(asyncio.run(main()))
