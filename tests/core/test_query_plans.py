"""The hot paths' queries are served by indexes on a province-like dataset (PostgreSQL only).

A province of a few dozen communes is loaded with `ttdn seed-scale` into a database of its own
and analysed; each hot request then runs through the app with every SELECT explained on the
same connection, with the same parameters, under the planner's own choices. No plan may read
a whole table of tasks, occurrences, progress reports or audit events (`Seq Scan`) for a caller
whose scope is a commune, nor for the province superior's keyset pages and task pages.

The superior's counted pages are left out on purpose: they derive the status of every task of
the province to sort and count them, so a full read is the right plan there (the keyset walk,
checked here, is the portal's way through). So is the superior's dashboard, which counts every
task of the province (`make bench` times it), and the commune's: at this test's 30 communes the
planner rightly reads the whole of the small tables it counts from (press interactions by month,
the plan's lead units), and at 150 it takes the indexes.
"""

import os
import subprocess
import sys
import uuid
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from sqlalchemy import create_engine, event, make_url, text

from ttdn.core.config import get_settings
from ttdn.core.tokens import issue_access_token
from ttdn.main import create_app

pytestmark = pytest.mark.skipif(
    not os.environ.get("TTDN_TEST_DATABASE_URL", "").startswith("postgresql"),
    reason="query plans are checked on PostgreSQL",
)

WATCHED = {
    "tasks",
    "task_occurrences",
    "task_updates",
    "audit_events",
    "task_assignees",
    # A commune logs a hundred interactions a year; its reporters and the links between them
    # stay small enough for whole reads to be the planner's right choice.
    "media_interactions",
    "incidents",
    "incident_events",
}
COMMUNES, AUDIT_EVENTS = 30, 200_000


@pytest.fixture(scope="module")
def province_url() -> Iterator[str]:
    server = os.environ["TTDN_TEST_DATABASE_URL"]
    name = f"ttdn_plans_{uuid.uuid4().hex[:10]}"
    admin = create_engine(
        make_url(server).set(drivername="postgresql+psycopg"), isolation_level="AUTOCOMMIT"
    )
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    url = make_url(server).set(database=name).render_as_string(hide_password=False)
    try:
        env = {**os.environ, "TTDN_DATABASE_URL": url}
        for command in (
            ["migrate"],
            ["seed-scale", "--communes", str(COMMUNES), "--audit-events", str(AUDIT_EVENTS)],
        ):
            subprocess.run(  # noqa: S603 (our own command)
                [sys.executable, "-m", "ttdn.cli", *command],
                env=env,
                check=True,
                capture_output=True,
            )
        sync = create_engine(make_url(url).set(drivername="postgresql+psycopg"))
        with sync.begin() as connection:
            connection.execute(text("ANALYZE"))
        sync.dispose()
        yield url
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def _scans(plan: dict[str, Any]) -> Iterator[dict[str, Any]]:
    yield plan
    for child in plan.get("Plans", []):
        yield from _scans(child)


async def test_the_hot_paths_read_no_whole_table(province_url):
    app = create_app(get_settings().model_copy(update={"database_url": province_url}))
    whole_tables: list[tuple[str, str, str]] = []
    explained: list[str] = []
    current = {"request": ""}

    def explain(connection, _cursor, statement, parameters, _context, _many):
        if not current["request"] or not statement.lstrip().upper().startswith("SELECT"):
            return
        cursor = connection.connection.cursor()
        cursor.execute("EXPLAIN (FORMAT JSON) " + statement, parameters)
        plan = cursor.fetchall()[0][0][0]["Plan"]
        cursor.close()
        explained.append(current["request"])
        for node in _scans(plan):
            if node["Node Type"] == "Seq Scan" and node["Relation Name"] in WATCHED:
                whole_tables.append((current["request"], node["Relation Name"], statement[:120]))

    async with app.router.lifespan_context(app):
        engine = app.state.sessionmaker.kw["bind"]
        event.listen(engine.sync_engine, "before_cursor_execute", explain)
        sync = create_engine(make_url(province_url).set(drivername="postgresql+psycopg"))
        with sync.connect() as connection:
            ids = dict(connection.execute(text("SELECT username, id FROM users")).all())
            task = connection.execute(
                text(
                    "SELECT min(a.task_id) FROM task_assignees a JOIN units u ON u.id = a.unit_id"
                    " JOIN memberships m ON m.unit_id = u.id JOIN users s ON s.id = m.user_id"
                    " WHERE s.username = 'daitruyenthanh'"
                )
            ).scalar_one()
        sync.dispose()
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:

            async def get(name: str, username: str, path: str) -> dict[str, Any]:
                token = issue_access_token(ids[username])[0]
                current["request"] = name
                response = await client.get(path, headers={"Authorization": f"Bearer {token}"})
                current["request"] = ""
                assert response.status_code == 200, (name, response.text)
                return response.json()  # type: ignore[no-any-return]

            await get("me", "vhxh", "/api/v1/me")
            for username in ("daitruyenthanh", "vhxh", "khu1", "chutich"):
                await get(f"task list ({username})", username, "/api/v1/tasks?limit=50")
            await get("overdue", "vhxh", "/api/v1/tasks?overdue=true&limit=50")
            await get("task page", "vhxh", f"/api/v1/tasks/{task}")
            await get("task page (superior)", "tinh", f"/api/v1/tasks/{task}")
            await get("dashboard", "vhxh", "/api/v1/tasks/summary")
            await get("progress history", "vhxh", f"/api/v1/tasks/{task}/updates")
            await get("audit (commune admin)", "admin", "/api/v1/audit?limit=50")
            for username in ("vanphong", "khu1"):
                await get(f"press work ({username})", username, "/api/v1/media/interactions")
            await get(
                "press reports overdue", "vanphong", "/api/v1/media/interactions?overdue=true"
            )
            await get("reporters (vhxh)", "vhxh", "/api/v1/media/contacts?limit=50")
            for username in ("congan", "khu1", "vanphong"):
                await get(f"incidents ({username})", username, "/api/v1/incidents?limit=50")
            escalated = "/api/v1/incidents?escalated=true&limit=50"
            await get("escalated incidents (superior)", "tinh", escalated)
            walk = "/api/v1/tasks?sort=updated_at&limit=50&after="
            first = await get("superior keyset", "tinh", walk)
            await get("superior keyset, next", "tinh", walk + first["next_after"])
            audit = "/api/v1/audit?sort=-occurred_at&limit=50&after="
            first = await get("audit keyset (province admin)", "quantri", audit)
            await get("audit keyset, next", "quantri", audit + first["next_after"])
    assert len(set(explained)) == 23, sorted(set(explained))  # every request was explained
    assert whole_tables == [], "\n".join(map(str, whole_tables))


async def test_statements_are_never_jit_compiled(engine):
    """The derived statuses inflate cost estimates past `jit_above_cost`; compiling them cost
    more than running them."""
    async with engine.connect() as connection:
        assert (await connection.execute(text("SHOW jit"))).scalar() == "off"
