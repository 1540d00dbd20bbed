"""A server killed with SIGKILL in the middle of concurrent writes loses nothing it acknowledged.

Each cycle: several clients write at once (progress reports, task edits under If-Match, new
units, half of the POSTs under an Idempotency-Key); after a random moment the server gets
SIGKILL; it is started again and then every write answered 2xx must be there, every row written
since the test began must have its audit event, the audit chain must verify, every answered
Idempotency-Key sent again must get the same answer and create nothing, and every key whose
request was cut off must have been done fully or not at all.

What is tested is the death of the server process, not of the machine: SQLite commits with
`synchronous=FULL` in WAL mode (`core/sqlite.py`), so a commit is on disk before it is
acknowledged; PostgreSQL has the commit before the server hears back. A power loss is another
matter (PostgreSQL's own `synchronous_commit`, the disk's write cache), not tested here.

`TTDN_CRASH_CYCLES` cycles (3 by default; `make test-crash` runs 20).
"""

import asyncio
import json
import os
import random
import subprocess
import sys
from collections import Counter
from dataclasses import dataclass

import httpx
from sqlalchemy import func, make_url, select
from sqlalchemy.ext.asyncio import AsyncSession

from ttdn.audit.models import AuditEvent
from ttdn.audit.service import verify_chain
from ttdn.tasks.models import Task, TaskUpdate
from ttdn.units.models import Unit

from .server import Server
from .workload import TASK_EDIT, TASK_UPDATE, UNIT, Ledger, Targets, Workload, Write

CYCLES = int(os.environ.get("TTDN_CRASH_CYCLES", "3"))
CLIENTS = 4
# The kill comes once this many writes were answered (at random), and a random instant more.
KILL_AFTER_ANSWERS = (2, 25)
KILL_JITTER_SECONDS = 0.2
CREATION_EVENTS = {TASK_UPDATE: "tasks.updates.create", UNIT: "units.create"}


@dataclass
class Baseline:
    """Where the database stood before the first cycle."""

    last_task_update_id: int
    last_unit_id: int
    last_event_id: int
    task_versions: dict[int, int]


@dataclass
class Figures:
    cycles: int = 0
    acknowledged: int = 0
    found: int = 0
    cut_off: int = 0
    cut_off_done: int = 0
    stale: int = 0
    replayed: int = 0


def _audit_verify_command(database_url: str) -> subprocess.CompletedProcess[str]:
    """`ttdn audit verify`, as a person would run it."""
    return subprocess.run(
        [sys.executable, "-m", "ttdn.cli", "audit", "verify"],
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "TTDN_DATABASE_URL": database_url},
    )


async def _baseline(session: AsyncSession, targets: Targets) -> Baseline:
    versions = await session.execute(
        select(Task.id, Task.version).where(Task.id.in_(targets.edited_tasks))
    )
    return Baseline(
        last_task_update_id=await session.scalar(select(func.coalesce(func.max(TaskUpdate.id), 0))),
        last_unit_id=await session.scalar(select(func.coalesce(func.max(Unit.id), 0))),
        last_event_id=await session.scalar(select(func.coalesce(func.max(AuditEvent.id), 0))),
        task_versions={task_id: version for task_id, version in versions},
    )


async def _rows_with_marker(session: AsyncSession, write: Write) -> list[int]:
    if write.kind == TASK_UPDATE:
        found = await session.scalars(select(TaskUpdate.id).where(TaskUpdate.text == write.marker))
    else:
        found = await session.scalars(select(Unit.id).where(Unit.code == write.marker))
    return list(found)


async def _acknowledged_found(session: AsyncSession, write: Write) -> bool:
    """The acknowledged write is in the database as it was answered."""
    if write.kind == TASK_EDIT:
        task = await session.get(Task, write.task_id, populate_existing=True)
        assert task is not None and write.version is not None
        # A later edit may have replaced it, but none may have gone back before it.
        return task.version > write.version or (
            task.version == write.version and task.description == write.marker
        )
    return await _rows_with_marker(session, write) == [write.row_id]


async def _every_row_has_its_audit_event(
    session: AsyncSession, baseline: Baseline, targets: Targets
) -> None:
    """No half-written write: each progress report and unit made since the start has its
    creation event, and each task's version went up by exactly its `tasks.update` events."""
    events = Counter(
        (action, object_id)
        for action, object_id in (
            await session.execute(
                select(AuditEvent.action, AuditEvent.object_id).where(
                    AuditEvent.id > baseline.last_event_id
                )
            )
        ).all()
    )
    new_updates = await session.scalars(
        select(TaskUpdate.id).where(TaskUpdate.id > baseline.last_task_update_id)
    )
    new_units = await session.scalars(select(Unit.id).where(Unit.id > baseline.last_unit_id))
    for kind, ids in ((TASK_UPDATE, new_updates), (UNIT, new_units)):
        action = CREATION_EVENTS[kind]
        for row_id in ids:
            assert events[(action, str(row_id))] == 1, f"{kind} {row_id} has no audit event"
    versions = await session.execute(
        select(Task.id, Task.version).where(Task.id.in_(targets.edited_tasks))
    )
    for task_id, version in versions:
        edits = events[("tasks.update", str(task_id))]
        assert version - baseline.task_versions[task_id] == edits, f"task {task_id}"


async def _send_again(
    http: httpx.AsyncClient, tokens: dict[str, str], write: Write
) -> httpx.Response:
    token = tokens["admin" if write.kind == UNIT else "coordinator"]
    headers = {"Authorization": f"Bearer {token}", **write.headers()}
    return await http.request(write.method, write.path, json=write.body, headers=headers)


async def _check_keys(
    http: httpx.AsyncClient, sessionmaker, tokens: dict[str, str], ledger: Ledger, figures: Figures
) -> None:
    """Answered keys replay their answer and create nothing; cut-off keys were done fully or not
    at all, which sending them again shows."""
    answered = [write for write in ledger.acknowledged if write.key]
    for write in answered:
        again = await _send_again(http, tokens, write)
        assert again.headers.get("idempotent-replayed") == "true", write
        assert (again.status_code, again.content) == (write.status, write.answer)
        async with sessionmaker() as session:
            assert await _rows_with_marker(session, write) == [write.row_id]
        figures.replayed += 1
    for write in (write for write in ledger.cut_off if write.key):
        async with sessionmaker() as session:
            before = await _rows_with_marker(session, write)
        assert len(before) <= 1, write
        again = await _send_again(http, tokens, write)
        assert again.status_code == 201, again.text
        replayed = again.headers.get("idempotent-replayed") == "true"
        # Done before the kill ⇔ answered from the key now, with the row it made.
        assert replayed == bool(before), (write, before, again.headers)
        if before:
            assert json.loads(again.content)["id"] == before[0]
            figures.cut_off_done += 1
        async with sessionmaker() as session:
            assert await _rows_with_marker(session, write) == [json.loads(again.content)["id"]]


async def _crash_cycle(
    server: Server, workload: Workload, cycle: int, sessionmaker, tokens, figures: Figures
) -> None:
    ledger = Ledger()
    stop = asyncio.Event()

    async def kill_at_random() -> None:
        answers = random.randint(*KILL_AFTER_ANSWERS)  # noqa: S311
        answered = len(ledger.acknowledged) + ledger.stale
        while answered < answers and not ledger.unexpected:
            await asyncio.sleep(0.01)
            answered = len(ledger.acknowledged) + ledger.stale
        await asyncio.sleep(random.uniform(0, KILL_JITTER_SECONDS))  # noqa: S311
        server.kill()
        stop.set()

    await asyncio.gather(workload.run(f"c{cycle}", CLIENTS, ledger, stop), kill_at_random())
    assert not ledger.unexpected, ledger.unexpected[:3]
    server.start()

    async with sessionmaker() as session:
        found = [
            write for write in ledger.acknowledged if await _acknowledged_found(session, write)
        ]
        # Cut off without a key: done once or not at all, never twice.
        for write in ledger.cut_off:
            if write.kind != TASK_EDIT:
                assert len(await _rows_with_marker(session, write)) <= 1
    figures.cycles += 1
    figures.acknowledged += len(ledger.acknowledged)
    figures.found += len(found)
    figures.cut_off += len(ledger.cut_off)
    figures.stale += ledger.stale
    missing = [write for write in ledger.acknowledged if write not in found]
    assert not missing, f"acknowledged writes lost in cycle {cycle}: {missing[:3]}"
    async with httpx.AsyncClient(base_url=server.base_url, timeout=60) as http:
        await _check_keys(http, sessionmaker, tokens, ledger, figures)


async def test_writes_acknowledged_before_sigkill_survive_it(
    world, targets, start_server, sessionmaker, database_url, capsys
):
    tokens = {"coordinator": world.token("vhxh"), "admin": world.token("admin")}
    async with sessionmaker() as session:
        baseline = await _baseline(session, targets)
    server = start_server()
    workload = Workload(server.base_url, targets, tokens, seed=random.randrange(2**32))  # noqa: S311
    figures = Figures()

    for cycle in range(CYCLES):
        await _crash_cycle(server, workload, cycle, sessionmaker, tokens, figures)
        async with sessionmaker() as session:
            await _every_row_has_its_audit_event(session, baseline, targets)
            report = await verify_chain(session)
        assert report.intact, report

    verified = _audit_verify_command(database_url)
    assert verified.returncode == 0, verified.stderr
    assert figures.acknowledged > 0 and figures.found == figures.acknowledged
    with capsys.disabled():
        print(
            f"\ncrash ({make_url(database_url).get_backend_name()}): {figures.cycles} cycles, "
            f"{figures.acknowledged} writes acknowledged, {figures.found} found; "
            f"{figures.cut_off} cut off by the kill ({figures.cut_off_done} of the keyed ones "
            f"had been done, the rest not at all), {figures.replayed} answered keys replayed, "
            f"{figures.stale} stale edits refused with 412; {verified.stdout.strip()}"
        )
