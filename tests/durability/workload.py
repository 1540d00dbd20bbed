"""Mixed writes from several clients at once, each one kept in a ledger with what the server
answered (or that it never answered): progress reports, task edits under `If-Match`, new units,
half of the POSTs under an `Idempotency-Key`."""

import asyncio
import json
import random
import uuid
from dataclasses import dataclass, field
from typing import Any

import httpx

TASK_UPDATE, TASK_EDIT, UNIT = "task_update", "task_edit", "unit"


@dataclass
class Write:
    kind: str
    method: str
    path: str
    body: dict[str, Any]
    marker: str  # the text, description or code that finds the row again
    key: str | None = None  # the Idempotency-Key, if sent
    task_id: int | None = None
    status: int | None = None
    answer: bytes = b""
    version: int | None = None  # a task edit's new version (its ETag)

    @property
    def row_id(self) -> int:
        return int(json.loads(self.answer)["id"])

    def headers(self) -> dict[str, str]:
        return {"Idempotency-Key": self.key} if self.key else {}


@dataclass
class Ledger:
    acknowledged: list[Write] = field(default_factory=list)  # answered 2xx
    cut_off: list[Write] = field(default_factory=list)  # sent, never answered
    stale: int = 0  # task edits answered 412: another client's edit came first
    unexpected: list[tuple[Write, int, str]] = field(default_factory=list)


@dataclass(frozen=True)
class Targets:
    """What the clients write to: tasks with the unit each reports for, and the unit new units
    go under."""

    reported_tasks: dict[int, int]  # task id → its lead unit id
    edited_tasks: list[int]
    parent_unit_id: int


class Workload:
    """Clients that write until told to stop, under a coordinator's and an admin's tokens."""

    def __init__(self, base_url: str, targets: Targets, tokens: dict[str, str], seed: int) -> None:
        self.base_url = base_url
        self.targets = targets
        self.tokens = tokens  # "coordinator", "admin" → bearer token
        self.random = random.Random(seed)  # noqa: S311 (a workload, not a secret)
        self.serial = 0

    def _next_write(self, round_label: str) -> Write:
        self.serial += 1
        marker = f"{round_label}-{self.serial}-{uuid.uuid4().hex[:8]}"
        key = f"key-{marker}" if self.random.random() < 0.5 else None
        kind = self.random.choice((TASK_UPDATE, TASK_UPDATE, TASK_EDIT, UNIT))
        if kind == TASK_UPDATE:
            task_id = self.random.choice(list(self.targets.reported_tasks))
            body = {
                "text": f"Báo cáo {marker}",
                "percent": self.random.randint(0, 99),
                "unit_id": self.targets.reported_tasks[task_id],
            }
            path = f"/api/v1/tasks/{task_id}/updates"
            return Write(kind, "POST", path, body, body["text"], key, task_id)
        if kind == UNIT:
            code = f"KDC-{marker}"[:40]
            body = {
                "parent_id": self.targets.parent_unit_id,
                "kind": "residential_area",
                "code": code,
                "name": f"Khu thử {marker}",
            }
            return Write(kind, "POST", "/api/v1/units", body, code, key)
        task_id = self.random.choice(self.targets.edited_tasks)
        body = {"description": f"Sửa {marker}"}
        return Write(
            kind, "PATCH", f"/api/v1/tasks/{task_id}", body, body["description"], None, task_id
        )

    def _token_for(self, write: Write) -> str:
        return self.tokens["admin" if write.kind == UNIT else "coordinator"]

    async def _client(self, round_label: str, ledger: Ledger, stop: asyncio.Event) -> None:
        async with httpx.AsyncClient(base_url=self.base_url, timeout=60) as http:
            while not stop.is_set():
                write = self._next_write(round_label)
                headers = {"Authorization": f"Bearer {self._token_for(write)}", **write.headers()}
                try:
                    if write.kind == TASK_EDIT:
                        read = await http.get(f"/api/v1/tasks/{write.task_id}", headers=headers)
                        headers["If-Match"] = read.headers["ETag"]
                    response = await http.request(
                        write.method, write.path, json=write.body, headers=headers
                    )
                except httpx.TransportError:
                    ledger.cut_off.append(write)
                    return
                write.status, write.answer = response.status_code, response.content
                if response.is_success:
                    if write.kind == TASK_EDIT:
                        write.version = int(response.json()["version"])
                    ledger.acknowledged.append(write)
                elif response.status_code == 412 and write.kind == TASK_EDIT:
                    ledger.stale += 1
                else:
                    ledger.unexpected.append((write, response.status_code, response.text))

    async def run(
        self, round_label: str, clients: int, ledger: Ledger, stop: asyncio.Event
    ) -> None:
        """`clients` clients writing at once until `stop` is set or the server goes away."""
        await asyncio.gather(
            *(self._client(f"{round_label}c{n}", ledger, stop) for n in range(clients))
        )
