"""`make bench`: the API's hot paths over real HTTP, as ratios to a bare FastAPI endpoint.

Each server is one uvicorn worker pinned to core 0; the load tool (wrk, `-t1 -c32`) runs on
core 1. For each database (SQLite, and PostgreSQL when reachable) the script migrates a fresh
database, loads the demo (`--scale demo`) or a province of 150 communes (`--scale province`,
`ttdn seed-scale`; both with `--scale demo,province`), then measures in the same run the bare
endpoint, `/health` and the hot reads and writes, then a fixed-rate run of the task list at half
its saturation rate, for its latency, and last the superior's summary and dashboard one request
at a time. Timings are printed, never asserted.

    .venv/bin/python tests/bench/run.py [--seconds 5] [--databases sqlite,postgresql]
                                        [--scale demo,province]
"""

import argparse
import asyncio
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import httpx
from sqlalchemy import create_engine, make_url, text

REPO = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent
SECRET = "bench-secret-key-long-enough-for-hs256-000"
PG_SERVER = os.environ.get("TTDN_BENCH_PG_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test")
SERVER_CORE, LOAD_CORE = "0", "1"
CONNECTIONS = 32
# How each scale loads, and its superior (the demo's district, the province's superior); the
# other scenario accounts (vhxh, daitruyenthanh, khu1) exist at both scales.
LOADS = {"demo": ["seed-demo"], "province": ["seed-scale"]}
# The portal's way through a province: a page of a keyset walk (`after`, no count).
KEYSET_PAGE = "/api/v1/tasks?sort=updated_at&limit=50&after="
INTERACTIONS = "/api/v1/media/interactions?limit=50"
INCIDENTS = "/api/v1/incidents?limit=50"
SUMMARY = "/api/v1/tasks/summary"
SUPERIOR_DASHBOARD = "/api/v1/dashboards/superior"
SUPERIORS = {"demo": "huyen", "province": "tinh"}


@dataclass(frozen=True)
class Scenario:
    name: str
    path: str
    username: str | None = None
    method: str = "GET"
    body: str | None = None


@dataclass(frozen=True)
class Result:
    requests_per_second: float
    p50_ms: float
    p99_ms: float
    failures: int


def _scenarios(ids: dict[str, int], superior: str) -> list[Scenario]:
    task, own_task = ids["task"], ids["khu1_task"]
    return [
        Scenario("GET /health", "/api/v1/health"),
        Scenario("GET /me (vhxh)", "/api/v1/me", "vhxh"),
        Scenario("GET /tasks?limit=50 (member)", "/api/v1/tasks?limit=50", "daitruyenthanh"),
        Scenario("GET /tasks?limit=50 (coordinator)", "/api/v1/tasks?limit=50", "vhxh"),
        Scenario("GET /tasks?limit=50 (superior)", "/api/v1/tasks?limit=50", superior),
        Scenario("GET /tasks?overdue=true (vhxh)", "/api/v1/tasks?overdue=true&limit=50", "vhxh"),
        Scenario("GET /tasks/{id} (vhxh)", f"/api/v1/tasks/{task}", "vhxh"),
        Scenario("GET /tasks/summary (superior)", SUMMARY, superior),
        Scenario("GET /tasks keyset page (superior)", KEYSET_PAGE, superior),
        Scenario("GET /media/interactions?limit=50 (vanphong)", INTERACTIONS, "vanphong"),
        Scenario("GET /media/interactions?limit=50 (superior)", INTERACTIONS, superior),
        Scenario("GET /incidents?limit=50 (congan)", INCIDENTS, "congan"),
        Scenario("GET /incidents?limit=50 (khu1)", INCIDENTS, "khu1"),
        Scenario("GET /incidents escalated (superior)", f"{INCIDENTS}&escalated=true", superior),
        Scenario("GET /dashboards/commune (vhxh)", "/api/v1/dashboards/commune", "vhxh"),
        Scenario("GET /dashboards/superior (superior)", SUPERIOR_DASHBOARD, superior),
        Scenario(
            "POST /tasks/{id}/updates (khu1)",
            f"/api/v1/tasks/{own_task}/updates",
            "khu1",
            "POST",
            '{"text": "Đã tuyên truyền trên loa khu.", "percent": 60}',
        ),
    ]


# --- databases and servers ------------------------------------------------------------------


@contextmanager
def _database(kind: str, scale: str) -> Iterator[str]:
    """A fresh database of `kind` holding the `scale` dataset; dropped afterwards (PostgreSQL)."""
    if kind == "sqlite":
        directory = Path(tempfile.mkdtemp(prefix="ttdn-bench-"))
        try:
            url = f"sqlite+aiosqlite:///{directory}/bench.sqlite3"
            _load(url, scale)
            yield url
        finally:
            shutil.rmtree(directory, ignore_errors=True)
        return
    name = f"ttdn_bench_{uuid.uuid4().hex[:10]}"
    admin = create_engine(PG_SERVER, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        url = make_url(PG_SERVER).set(database=name).render_as_string(hide_password=False)
        _load(url, scale)
        yield url
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def _environment(url: str) -> dict[str, str]:
    return {**os.environ, "TTDN_DATABASE_URL": url, "TTDN_SECRET_KEY": SECRET}


def _load(url: str, scale: str) -> None:
    for command in (["migrate"], LOADS[scale]):
        subprocess.run(  # noqa: S603 (our own command)
            [str(BIN / "ttdn"), *command], env=_environment(url), check=True, capture_output=True
        )
    if url.startswith("postgresql"):
        # What autovacuum soon does to a bulk-loaded database: the visibility map, without
        # which index-only scans still read the table's pages.
        engine = create_engine(url, isolation_level="AUTOCOMMIT")
        with engine.connect() as connection:
            connection.execute(text("VACUUM ANALYZE"))
        engine.dispose()


def _ids(url: str) -> dict[str, int]:
    engine = create_engine(url.replace("sqlite+aiosqlite", "sqlite"))
    with engine.connect() as connection:
        users = dict(connection.execute(text("SELECT username, id FROM users")).all())
        task = connection.execute(text("SELECT min(id) FROM tasks")).scalar_one()
        # An occurrence of an active task khu1's area leads, still open: its progress can be
        # reported.
        khu1_task = connection.execute(
            text(
                "SELECT o.task_id FROM task_occurrences o "
                "JOIN tasks t ON t.id = o.task_id AND t.state = 'active' "
                "JOIN memberships m ON m.unit_id = o.unit_id "
                "JOIN users u ON u.id = m.user_id AND u.username = 'khu1' "
                "WHERE o.completed_on IS NULL ORDER BY o.id LIMIT 1"
            )
        ).scalar_one()
    engine.dispose()
    return {**users, "task": task, "khu1_task": khu1_task}


@contextmanager
def _server(app: str, url: str, port: int, *, factory: bool) -> Iterator[str]:
    """One uvicorn worker serving `app` on `port`, pinned to the server core."""
    command = [
        "taskset", "-c", SERVER_CORE, str(BIN / "uvicorn"), app, "--port", str(port),
        "--log-level", "warning", "--no-access-log", *(["--factory"] if factory else []),
    ]  # fmt: skip
    process = subprocess.Popen(  # noqa: S603 (our own command)
        command, env=_environment(url), cwd=REPO / "tests/bench" if not factory else REPO
    )
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(200):
            try:
                httpx.get(f"{base}/", timeout=0.5)
                break
            except httpx.TransportError:
                time.sleep(0.05)
        yield base
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:  # still working through a backlog of slow requests
            process.kill()
            process.wait()


def _settle(base: str) -> None:
    """Wait until the server has worked through what the last row left queued, so that each
    row measures its own requests only."""
    for _ in range(600):
        try:
            if httpx.get(f"{base}/api/v1/health", timeout=1).status_code < 500:
                return
        except httpx.TransportError:
            pass
        time.sleep(0.5)


# --- load -----------------------------------------------------------------------------------

_LATENCY = re.compile(r"^\s+(50|99)(?:\.0+)?%\s+([\d.]+)(us|ms|s)\s*$", re.MULTILINE)
_RATE = re.compile(r"Requests/sec:\s+([\d.]+)")
_FAILED = re.compile(r"Non-2xx or 3xx responses:\s+(\d+)")
_TIMEOUTS = re.compile(r"timeout (\d+)")
# A request slower than this counts as failed (wrk's own default is 2 s).
TIMEOUT_SECONDS = 10
_UNIT_MS = {"us": 0.001, "ms": 1.0, "s": 1000.0}


def _wrk(base: str, scenario: Scenario, token: str | None, seconds: float) -> Result:
    lua = Path(tempfile.mkstemp(suffix=".lua")[1])
    body = scenario.body.replace("'", "\\'") if scenario.body else ""
    lua.write_text(
        f'wrk.method = "{scenario.method}"\n'
        + (f"wrk.body = '{body}'\n" if scenario.body else "")
        + 'wrk.headers["Content-Type"] = "application/json"\n'
        + (f'wrk.headers["Authorization"] = "Bearer {token}"\n' if token else "")
    )
    command = [
        "taskset", "-c", LOAD_CORE, "wrk", "-t1", f"-c{CONNECTIONS}", f"-d{int(seconds)}s",
        "--latency", "--timeout", f"{TIMEOUT_SECONDS}s", "-s", str(lua), base + scenario.path,
    ]  # fmt: skip
    warm_up = [*command[:6], "-d1s", *command[7:]]
    subprocess.run(warm_up, capture_output=True, check=True)  # noqa: S603 (our own command)
    _settle(base)
    run = subprocess.run(command, capture_output=True, text=True, check=True)  # noqa: S603 (ditto)
    output = run.stdout
    lua.unlink()
    latency = {q: float(v) * _UNIT_MS[u] for q, v, u in _LATENCY.findall(output)}
    failed, timeouts = _FAILED.search(output), _TIMEOUTS.search(output)
    _settle(base)
    return Result(
        requests_per_second=float(_RATE.search(output).group(1)),  # type: ignore[union-attr]
        p50_ms=latency.get("50", float("nan")),
        p99_ms=latency.get("99", float("nan")),
        failures=(int(failed.group(1)) if failed else 0)
        + (int(timeouts.group(1)) if timeouts else 0),
    )


async def _fixed_rate(url: str, token: str, rate: float, seconds: float) -> Result:
    """Requests sent on a fixed schedule (latency counted from the planned start, so a slow
    answer is not hidden by the next request waiting for it)."""
    os.sched_setaffinity(0, {int(LOAD_CORE)})
    latencies: list[float] = []
    failures = 0
    limits = httpx.Limits(max_connections=CONNECTIONS)
    headers = {"Authorization": f"Bearer {token}"}
    async with httpx.AsyncClient(limits=limits, timeout=TIMEOUT_SECONDS) as client:

        async def one(planned: float) -> None:
            nonlocal failures
            await asyncio.sleep(max(0.0, planned - time.perf_counter()))
            try:
                response = await client.get(url, headers=headers)
                failures += response.status_code != 200
            except httpx.TimeoutException:
                failures += 1
            latencies.append(time.perf_counter() - planned)

        start = time.perf_counter() + 0.2
        count = int(rate * seconds)
        await asyncio.gather(*(one(start + i / rate) for i in range(count)))
    ordered = sorted(latencies)
    return Result(
        requests_per_second=rate,
        p50_ms=statistics.median(ordered) * 1000,
        p99_ms=ordered[int(len(ordered) * 0.99) - 1] * 1000,
        failures=failures,
    )


def _one_at_a_time(url: str, token: str, count: int) -> float:
    """The median time of `count` requests sent one after the other (no queue), in ms."""
    headers = {"Authorization": f"Bearer {token}"}
    times = []
    with httpx.Client(timeout=TIMEOUT_SECONDS * 6) as client:
        for _ in range(count):
            start = time.perf_counter()
            client.get(url, headers=headers).raise_for_status()
            times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


# --- the run --------------------------------------------------------------------------------


def _row(name: str, result: Result, bare: float) -> str:
    failed = f"  ({result.failures} failed)" if result.failures else ""
    return (
        f"{name:40s} {result.requests_per_second:9.0f} {result.p50_ms:9.1f} {result.p99_ms:9.1f}"
        f" {result.requests_per_second / bare:8.3f}{failed}"
    )


def bench(kind: str, scale: str, seconds: float, only: str = "") -> None:
    sys.path.insert(0, str(REPO / "backend"))
    os.environ["TTDN_SECRET_KEY"] = SECRET
    from ttdn.core.config import get_settings
    from ttdn.core.tokens import issue_access_token

    get_settings.cache_clear()
    with _database(kind, scale) as url:
        ids = _ids(url)
        print(f"\n{kind}: {scale} database, {CONNECTIONS} connections, {seconds:.0f} s per row")
        print(f"{'':40s} {'req/s':>9s} {'p50 ms':>9s} {'p99 ms':>9s} {'× bare':>8s}")
        with _server("bare:app", url, 8811, factory=False) as base:
            bare = _wrk(base, Scenario("bare", "/ping"), None, seconds)
        print(_row("bare FastAPI endpoint", bare, bare.requests_per_second))
        task_list_rate = 0.0
        with _server("ttdn.main:create_app", url, 8812, factory=True) as base:
            for scenario in _scenarios(ids, SUPERIORS[scale]):
                if only not in scenario.name:
                    continue
                token = issue_access_token(ids[scenario.username])[0] if scenario.username else None
                result = _wrk(base, scenario, token, seconds)
                print(_row(scenario.name, result, bare.requests_per_second))
                if scenario.name == "GET /tasks?limit=50 (coordinator)":
                    task_list_rate = result.requests_per_second
            rate = max(1.0, task_list_rate / 2)
            token = issue_access_token(ids["vhxh"])[0]
            steady = asyncio.run(
                _fixed_rate(f"{base}/api/v1/tasks?limit=50", token, rate, max(seconds, 5))
            )
            print(
                _row(
                    f"tasks (coordinator) at {rate:.0f} req/s fixed",
                    steady,
                    bare.requests_per_second,
                )
            )
            token = issue_access_token(ids[SUPERIORS[scale]])[0]
            for name, path in (("summary", SUMMARY), ("dashboard", SUPERIOR_DASHBOARD)):
                alone = _one_at_a_time(f"{base}{path}", token, count=20)
                label = f"{name} (superior), one at a time"
                print(f"{label:40s} {'':9s} {alone:9.1f}  (median of 20)")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=int, default=5)
    parser.add_argument("--databases", default="sqlite,postgresql")
    parser.add_argument("--scale", default="demo", help="demo, province, or demo,province")
    parser.add_argument(
        "--only", default="", help="the rows whose name holds this text (e.g. /incidents)"
    )
    args = parser.parse_args()
    scales = args.scale.split(",")
    if not set(scales) <= set(LOADS):
        parser.error(f"--scale takes {', '.join(LOADS)} (or both, comma-separated)")
    if shutil.which("wrk") is None or shutil.which("taskset") is None:
        print("make bench needs wrk and taskset (apt-get install wrk util-linux)")
        return 2
    for scale in scales:
        for kind in args.databases.split(","):
            bench(kind, scale, args.seconds, args.only)
    return 0


if __name__ == "__main__":
    sys.exit(main())
