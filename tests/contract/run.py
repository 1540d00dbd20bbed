"""`make test-contract` and `make test-fuzz`: the API's contract under Schemathesis.

For each database (SQLite, and PostgreSQL at `TTDN_TEST_DATABASE_URL`'s server) the script
migrates a fresh database, loads the demo, serves the app with one uvicorn worker, and runs
`st run` against its OpenAPI document once per principal, each with a token of its own got
by logging in: every phase (examples, coverage, fuzzing, stateful) and every check, as
`tests/contract/schemathesis.toml` configures them. Any failure fails the run. Fuzzing writes
(units, plans, tasks…), so each database is thrown away afterwards.

    .venv/bin/python tests/contract/run.py [--max-examples 5] [--databases sqlite,postgresql]
                                           [--principals vhxh,khu1] [--port 8180] [--seed N]
                                           [--pdf]
"""

import argparse
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
from sqlalchemy import create_engine, make_url, text

REPO = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent
CONFIG = Path(__file__).with_name("schemathesis.toml")
SECRET = "contract-secret-key-long-enough-for-hs256-0"
PG_SERVER = os.environ.get(
    "TTDN_TEST_DATABASE_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test"
)
DEMO_PASSWORD = "ttdn-demo-2023"  # the demo's published password
# Two principals of different units and roles: the commune-wide coordinator (Văn hóa - Xã
# hội) and the leader of residential area 1, who sees only its area's tasks.
PRINCIPALS = ("vhxh", "khu1")
OPENAPI_PATH = "/api/v1/openapi.json"
# LibreOffice takes seconds a document where it is installed: its conversion runs only with
# `--pdf` (`make test-fuzz`); what the route answers otherwise is covered by tests/documents.
PDF_PATHS = (
    "/api/v1/plans/{plan_id}/document.pdf",
    "/api/v1/commune-reports/{report_id}/document.pdf",
)


@contextmanager
def _database(kind: str) -> Iterator[str]:
    """A fresh, migrated database of `kind` holding the demo; dropped afterwards."""
    if kind == "sqlite":
        # In memory where the machine has it (a folder of our own, made by mkdtemp): durability
        # is not under test.
        memory = Path("/dev/shm")  # noqa: S108
        directory = Path(
            tempfile.mkdtemp(prefix="ttdn-contract-", dir=memory if memory.is_dir() else None)
        )
        try:
            url = f"sqlite+aiosqlite:///{directory}/contract.sqlite3"
            _load(url)
            yield url
        finally:
            shutil.rmtree(directory, ignore_errors=True)
        return
    server = make_url(PG_SERVER).set(drivername="postgresql+psycopg")
    name = f"ttdn_contract_{uuid.uuid4().hex[:10]}"
    admin = create_engine(server, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
        # Durability is not under test: commits need not wait for the disk.
        connection.execute(text(f'ALTER DATABASE "{name}" SET synchronous_commit = off'))
    try:
        url = server.set(database=name).render_as_string(hide_password=False)
        _load(url)
        yield url
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def _environment(url: str, files: Path) -> dict[str, str]:
    return {
        **os.environ,
        "TTDN_DATABASE_URL": url,
        "TTDN_SECRET_KEY": SECRET,
        "TTDN_ENVIRONMENT": "development",
        "TTDN_FILES_DIR": str(files),
        # The longest the settings allow: a principal's whole run on one token.
        "TTDN_ACCESS_TOKEN_MINUTES": "60",
    }


def _load(url: str) -> None:
    with tempfile.TemporaryDirectory() as files:
        for command in (["migrate"], ["seed-demo"]):
            subprocess.run(  # noqa: S603 (our own command)
                [sys.executable, "-m", "ttdn.cli", *command],
                env=_environment(url, Path(files)),
                check=True,
                capture_output=True,
            )


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@contextmanager
def _server(url: str, port: int) -> Iterator[str]:
    """One uvicorn worker serving the app on `port`, uploads kept in a folder of its own."""
    files = Path(tempfile.mkdtemp(prefix="ttdn-contract-files-"))
    command = [
        sys.executable, "-m", "uvicorn", "ttdn.main:create_app", "--factory",
        "--port", str(port), "--log-level", "warning", "--no-access-log",
    ]  # fmt: skip
    process = subprocess.Popen(command, env=_environment(url, files), cwd=REPO)  # noqa: S603
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(400):
            try:
                if httpx.get(f"{base}/api/v1/health", timeout=1).status_code == 200:
                    break
            except httpx.TransportError:
                time.sleep(0.05)
        else:
            raise RuntimeError(f"the server on {base} did not start")
        # The document is made on its first request: not inside Schemathesis's own timeout.
        httpx.get(base + OPENAPI_PATH, timeout=120).raise_for_status()
        yield base
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        shutil.rmtree(files, ignore_errors=True)


def _token(base: str, username: str) -> str:
    answer = httpx.post(
        f"{base}/api/v1/auth/login",
        data={"username": username, "password": DEMO_PASSWORD},
        timeout=30,
    )
    answer.raise_for_status()
    return str(answer.json()["access_token"])


def _schemathesis(base: str, username: str, args: argparse.Namespace) -> int:
    """One `st run` as `username`; its exit code."""
    command = [
        str(BIN / "st"), "--config-file", str(CONFIG), "run", base + OPENAPI_PATH,
        "--max-examples", str(args.max_examples),
        "--header", f"Authorization: Bearer {_token(base, username)}",
    ]  # fmt: skip
    if args.seed is not None:
        command += ["--seed", str(args.seed)]
    if not args.pdf:
        for path in PDF_PATHS:
            command += ["--exclude-path", path]
    print(f"\n=== schemathesis as {username}: {base}", flush=True)
    started = time.monotonic()
    code = subprocess.run(command, cwd=REPO, check=False).returncode  # noqa: S603
    print(f"=== as {username}: exit {code} after {time.monotonic() - started:.0f} s", flush=True)
    return code


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--max-examples", type=int, default=5)
    parser.add_argument("--databases", default="sqlite,postgresql")
    parser.add_argument("--principals", default=",".join(PRINCIPALS))
    parser.add_argument("--port", type=int, default=None)
    parser.add_argument("--seed", type=int, default=None)
    parser.add_argument("--pdf", action="store_true", help="convert documents to PDF too")
    args = parser.parse_args()
    failed = []
    for kind in args.databases.split(","):
        with _database(kind) as url, _server(url, args.port or _free_port()) as base:
            for username in args.principals.split(","):
                if _schemathesis(base, username, args) != 0:
                    failed.append(f"{kind} as {username}")
    if failed:
        print(f"\ncontract broken: {', '.join(failed)}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
