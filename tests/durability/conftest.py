"""Real servers on the session's database, and what the durability tests write to."""

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from ttdn.tasks.models import AssigneeRole, Task, TaskAssignee

from .server import Server
from .workload import Targets


@pytest.fixture(scope="module")
def module_server(database_url: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    """One server on the session's database for a module's tests (each test's world is put back
    under it)."""
    server = Server(database_url, tmp_path_factory.mktemp("server") / "server.log")
    server.start()
    yield server
    server.stop()


@pytest.fixture
def start_server(database_url: str, tmp_path: Path) -> Iterator[Callable[[], Server]]:
    """Starts a server on the session's database (the test's world); stopped after the test."""
    servers: list[Server] = []

    def start() -> Server:
        server = Server(database_url, tmp_path / f"server-{len(servers)}.log")
        servers.append(server)
        server.start()
        return server

    yield start
    for server in servers:
        server.stop()


@pytest.fixture
async def targets(world, sessionmaker: async_sessionmaker[AsyncSession]) -> Targets:
    """The issued demo plan's tasks led by one unit (reported on by the coordinator for it),
    four of them to edit, and the commune to add units under."""
    async with sessionmaker() as session:
        leads = (
            await session.execute(
                select(TaskAssignee.task_id, TaskAssignee.unit_id)
                .join(Task, Task.id == TaskAssignee.task_id)
                .where(Task.plan_id == world.plan_id, TaskAssignee.role == AssigneeRole.lead)
                .order_by(TaskAssignee.task_id, TaskAssignee.unit_id)
            )
        ).all()
    reported: dict[int, int] = {}
    for task_id, unit_id in leads:
        reported.setdefault(task_id, unit_id)
    edited = sorted(reported)[:4]
    return Targets(
        reported_tasks=reported,
        edited_tasks=edited,
        parent_unit_id=world.unit_id("ubnd_cao_xa"),
    )
