"""One migrated database per test session (SQLite, or PostgreSQL when
`TTDN_TEST_DATABASE_URL` names one), emptied and filled with the same world before each test.

The world is the Cao Xá demo plus two places outside its reach: Sơn Vi, another commune of the
same district, and Hiền Quan, a commune of another district (Tam Nông).
"""

import os
import uuid
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import create_engine, event, insert, make_url, select, text
from sqlalchemy.engine import Connection
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker

from ttdn.accounts.login import password_hasher
from ttdn.accounts.models import Membership, User
from ttdn.accounts.service import load_principal
from ttdn.core.authz import Principal
from ttdn.core.config import get_settings
from ttdn.core.db import Base
from ttdn.core.migrations import upgrade
from ttdn.core.tokens import issue_access_token
from ttdn.demo.cao_xa_2023 import DEMO_PASSWORD
from ttdn.demo.seed import seed_demo, seed_progress
from ttdn.main import create_app
from ttdn.plans.models import Plan, PlanStatus
from ttdn.plans.schemas import PlanCreate, SectionCreate
from ttdn.plans.sections import create_section
from ttdn.plans.service import create_plan
from ttdn.reports.models import ReportingPeriod
from ttdn.tasks.models import Frequency, Schedule
from ttdn.tasks.schemas import TaskCreate
from ttdn.tasks.service import create_task
from ttdn.units.models import Unit
from ttdn.units.service import insert_unit

TEST_SECRET = "test-secret-key-that-is-long-enough-for-hs256-0001"


def _server_url(url: str) -> str:
    return make_url(url).set(drivername="postgresql+psycopg").render_as_string(hide_password=False)


@pytest.fixture(scope="session")
def database_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A fresh, migrated database for this session; dropped afterwards on PostgreSQL. Uploaded
    files go to a folder of the session's own."""
    os.environ["TTDN_FILES_DIR"] = str(tmp_path_factory.mktemp("files"))
    given = os.environ.get("TTDN_TEST_DATABASE_URL")
    if not given:
        url = f"sqlite+aiosqlite:///{tmp_path_factory.mktemp('db') / 'test.sqlite3'}"
        _configure(url)
        upgrade(url)
        yield url
        return
    name = f"ttdn_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(_server_url(given), isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as connection:
            connection.execute(text(f'CREATE DATABASE "{name}"'))
            # Durability is not under test: commits need not wait for the disk.
            connection.execute(text(f'ALTER DATABASE "{name}" SET synchronous_commit = off'))
    except Exception as error:  # the PostgreSQL half may not be skipped silently
        pytest.exit(f"PostgreSQL at {given} is unreachable: {error}", returncode=3)
    url = make_url(given).set(database=name).render_as_string(hide_password=False)
    _configure(url)
    upgrade(url)
    yield url
    with admin.connect() as connection:
        connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


@pytest.fixture
def scratch_databases(database_url: str, tmp_path: Path) -> Iterator[Callable[[], str]]:
    """Makes empty databases of the same kind as the session's (never migrated; on SQLite not
    even created), dropped after the test."""
    url = make_url(database_url)
    if url.get_backend_name() == "sqlite":
        yield lambda: f"sqlite+aiosqlite:///{tmp_path / f'scratch_{uuid.uuid4().hex[:10]}.sqlite3'}"
        return
    server = create_engine(url.set(database="postgres"), isolation_level="AUTOCOMMIT")
    created: list[str] = []

    def scratch() -> str:
        name = f"ttdn_scratch_{uuid.uuid4().hex[:10]}"
        with server.connect() as connection:
            connection.execute(text(f'CREATE DATABASE "{name}"'))
        created.append(name)
        return url.set(database=name).render_as_string(hide_password=False)

    yield scratch
    with server.connect() as connection:
        for name in created:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    server.dispose()


@pytest.fixture
def scratch_database_url(scratch_databases: Callable[[], str]) -> str:
    """An empty database of the same kind as the session's, for migrating back and forth."""
    return scratch_databases()


def _configure(url: str) -> None:
    os.environ["TTDN_DATABASE_URL"] = url
    os.environ["TTDN_SECRET_KEY"] = TEST_SECRET
    os.environ["TTDN_ENVIRONMENT"] = "development"
    get_settings.cache_clear()


@dataclass
class StatementCounter:
    """Counts SQL statements sent to the database while `counting` is on."""

    count: int = 0
    counting: bool = False
    statements: list[str] = field(default_factory=list)

    def __call__(self, conn: Connection, cursor: object, statement: str, *args: object) -> None:
        if self.counting:
            self.count += 1
            self.statements.append(statement)

    def start(self) -> None:
        self.count, self.counting, self.statements = 0, True, []

    def stop(self) -> int:
        self.counting = False
        return self.count


@pytest.fixture(scope="session")
async def app(database_url: str) -> AsyncIterator[object]:
    application = create_app(get_settings())
    async with application.router.lifespan_context(application):
        yield application


@pytest.fixture(scope="session")
def engine(app: object) -> AsyncEngine:
    sessionmaker: async_sessionmaker[AsyncSession] = app.state.sessionmaker  # type: ignore[attr-defined]
    bind = sessionmaker.kw["bind"]
    assert isinstance(bind, AsyncEngine)
    return bind


@pytest.fixture(scope="session")
def statement_counter(engine: AsyncEngine) -> StatementCounter:
    counter = StatementCounter()
    event.listen(engine.sync_engine, "before_cursor_execute", counter)
    return counter


@pytest.fixture(scope="session")
def sessionmaker(app: object) -> async_sessionmaker[AsyncSession]:
    return app.state.sessionmaker  # type: ignore[attr-defined, no-any-return]


@dataclass
class World:
    units: dict[str, Unit]
    users: dict[str, int]
    plan_id: int
    tasks: dict[str, int]  # the demo's task keys → ids, and "hien_quan_bao_cao_quy"
    outside_plan_id: int  # Hiền Quan's issued plan for 2023
    drafts: dict[str, tuple[int, int]]  # "cao_xa", "hien_quan" → (plan id, its one section id)
    legal_references: dict[str, int]  # the demo's keys → ids
    outlets: dict[str, int]  # the demo's keys (`demo/media_2023.py`) → ids
    contacts: dict[str, int]

    def unit_id(self, key: str) -> int:
        return self.units[key].id

    def token(self, username: str) -> str:
        return issue_access_token(self.users[username])[0]

    def auth(self, username: str) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.token(username)}"}


# Accounts outside Cao Xá: (username, unit key, role).
OUTSIDE_ACCOUNTS = (
    ("sonvi_admin", "son_vi", "admin"),
    ("sonvi_vhxh", "son_vi_vhxh", "coordinator"),
    ("hienquan_vhxh", "hien_quan_vhxh", "coordinator"),
    ("hienquan_khu", "hien_quan_khu_1", "area_leader"),
    ("tamnong", "huyen_tam_nong", "superior"),
)


async def _empty_all_tables(session: AsyncSession) -> None:
    # DELETE beats TRUNCATE on tables this small.
    if session.bind.dialect.name == "sqlite":
        await session.execute(text("PRAGMA defer_foreign_keys = ON"))  # units refer to units
    for name in reversed([table.name for table in Base.metadata.sorted_tables]):
        await session.execute(text(f"DELETE FROM {name}"))


async def _build_outside(session: AsyncSession, units: dict[str, Unit]) -> None:
    son_vi = await insert_unit(
        session,
        units["huyen_lam_thao"],
        kind="commune",
        code="UBND-SONVI",
        name="Ủy ban nhân dân xã Sơn Vi",
    )
    units["son_vi"] = son_vi
    units["son_vi_vhxh"] = await insert_unit(
        session,
        son_vi,
        kind="officer_post",
        code="VHXH-SONVI",
        name="Công chức Văn hóa - Xã hội xã Sơn Vi",
        functions=["coordination"],
    )
    tam_nong = await insert_unit(
        session, None, kind="district", code="UBND-TAMNONG", name="Ủy ban nhân dân huyện Tam Nông"
    )
    units["huyen_tam_nong"] = tam_nong
    hien_quan = await insert_unit(
        session, tam_nong, kind="commune", code="UBND-HIENQUAN", name="Ủy ban nhân dân xã Hiền Quan"
    )
    units["hien_quan"] = hien_quan
    units["hien_quan_vhxh"] = await insert_unit(
        session,
        hien_quan,
        kind="officer_post",
        code="VHXH-HIENQUAN",
        name="Công chức Văn hóa - Xã hội xã Hiền Quan",
        functions=["coordination"],
    )
    units["hien_quan_khu_1"] = await insert_unit(
        session,
        hien_quan,
        kind="residential_area",
        code="KDC-HIENQUAN-01",
        name="Khu dân cư số 1 xã Hiền Quan",
    )
    units["cao_xa_unused"] = await insert_unit(
        session,
        units["ubnd_cao_xa"],
        kind="external",
        code="TO-DAN-PHO-MOI",
        name="Tổ dân phố mới (chưa có người dùng, chưa có nhiệm vụ)",
    )
    units["hien_quan_khu_2"] = await insert_unit(
        session,
        hien_quan,
        kind="residential_area",
        code="KDC-HIENQUAN-02",
        name="Khu dân cư số 2 xã Hiền Quan",
    )


@dataclass(frozen=True)
class Snapshot:
    """Every row of every table, taken once after building the world, put back before each
    test: much faster than building it again. On SQLite the rows are kept here; PostgreSQL
    keeps them itself (`_keep_on_the_server`)."""

    rows: dict[str, list[dict[str, Any]]]
    world: World


async def _build_world(session: AsyncSession) -> World:
    password_hash = password_hasher.hash(DEMO_PASSWORD)
    # Without the year's progress: tests report and confirm on open occurrences.
    seeded = await seed_demo(session, password_hash=password_hash, progress=False)
    units = dict(seeded.units)
    await _build_outside(session, units)
    users = {username: user.id for username, user in seeded.users.items()}
    for username, unit_key, role in OUTSIDE_ACCOUNTS:
        user = User(
            username=username,
            full_name=username,
            password_hash=password_hash,
            memberships=[Membership(unit_id=units[unit_key].id, role=role)],
        )
        session.add(user)
        await session.flush()
        users[username] = user.id
    tasks = {key: task.id for key, task in seeded.tasks.items()}
    drafts, outside_plan_id = await _build_drafts_and_outside_plan(session, units, users, tasks)
    return World(
        units=units,
        users=users,
        plan_id=seeded.plan.id,
        tasks=tasks,
        outside_plan_id=outside_plan_id,
        drafts=drafts,
        legal_references={key: ref.id for key, ref in seeded.legal_references.items()},
        outlets={key: outlet.id for key, outlet in seeded.outlets.items()},
        contacts={key: contact.id for key, contact in seeded.contacts.items()},
    )


async def _draft_plan(
    session: AsyncSession, principal: Principal, unit: Unit, title: str, year: int = 2024
) -> tuple[int, int]:
    """A draft plan of `unit` with one section: (plan id, section id)."""
    plan = await create_plan(
        session, principal, PlanCreate(unit_id=unit.id, title=title, year=year)
    )
    section = await create_section(
        session, principal, plan.id, SectionCreate(code="I", title="MỤC ĐÍCH, YÊU CẦU")
    )
    return plan.id, section.id


async def _build_drafts_and_outside_plan(
    session: AsyncSession, units: dict[str, Unit], users: dict[str, int], tasks: dict[str, int]
) -> tuple[dict[str, tuple[int, int]], int]:
    """Drafts for 2024 of Cao Xá and of Hiền Quan, and Hiền Quan's issued 2023 plan with one
    task of its area 1: data no Cao Xá account may see. Returns the drafts and that plan."""
    cao_xa = await load_principal(session, users["vhxh"])
    hien_quan = await load_principal(session, users["hienquan_vhxh"])
    assert cao_xa is not None and hien_quan is not None
    drafts = {
        "cao_xa": await _draft_plan(
            session, cao_xa, units["ubnd_cao_xa"], "Kế hoạch TTĐN xã Cao Xá năm 2024"
        ),
        "hien_quan": await _draft_plan(
            session, hien_quan, units["hien_quan"], "Kế hoạch TTĐN xã Hiền Quan năm 2024"
        ),
    }
    outside_plan_id, _ = await _draft_plan(
        session, hien_quan, units["hien_quan"], "Kế hoạch TTĐN xã Hiền Quan năm 2023", year=2023
    )
    task = await create_task(
        session,
        hien_quan,
        TaskCreate(
            plan_id=outside_plan_id,
            title="Báo cáo kết quả hằng quý",
            schedule=Schedule.recurring,
            frequency=Frequency.quarterly,
            lead_unit_ids=[units["hien_quan_khu_1"].id],
        ),
    )
    tasks["hien_quan_bao_cao_quy"] = task.id
    # Issued as the commune's leader would (Hiền Quan has none among the accounts), so that
    # its area sees the task: a draft's tasks reach no unit.
    outside_plan = await session.get_one(Plan, outside_plan_id)
    outside_plan.status, outside_plan.number = PlanStatus.issued, 1
    outside_plan.issued_on = date(2023, 1, 5)
    await session.flush()
    return drafts, outside_plan_id


# PostgreSQL keeps the snapshot in a schema of its own, with a function that puts it back.
SNAPSHOT_SCHEMA = "test_snapshot"
RESTORE = text(f"SELECT {SNAPSHOT_SCHEMA}.restore()")


async def _keep_on_the_server(session: AsyncSession) -> None:
    """PostgreSQL: a copy of every table and `restore()`, which empties the tables, copies the
    rows back and sets the sequences where the world left them, in one round trip: the rows
    never travel, and no statement is built per test."""
    tables = [table.name for table in Base.metadata.sorted_tables]
    await session.execute(text(f"DROP SCHEMA IF EXISTS {SNAPSHOT_SCHEMA} CASCADE"))
    await session.execute(text(f"CREATE SCHEMA {SNAPSHOT_SCHEMA}"))
    steps = [f"DELETE FROM {name};" for name in reversed(tables)]
    for name in tables:
        await session.execute(
            text(f"CREATE TABLE {SNAPSHOT_SCHEMA}.{name} AS SELECT * FROM {name}")
        )
        steps.append(f"INSERT INTO {name} SELECT * FROM {SNAPSHOT_SCHEMA}.{name};")
    for table in Base.metadata.sorted_tables:
        if "id" in table.c and table.c.id.autoincrement in (True, "auto"):
            next_id = await session.scalar(
                text(f"SELECT COALESCE(MAX(id), 0) + 1 FROM {table.name}")
            )
            steps.append(
                f"PERFORM setval(pg_get_serial_sequence('{table.name}', 'id'), {next_id}, false);"
            )
    body = "\n".join(steps)
    await session.execute(
        text(
            f"CREATE FUNCTION {SNAPSHOT_SCHEMA}.restore() RETURNS void LANGUAGE plpgsql "
            f"AS $restore$ BEGIN {body} END $restore$"
        )
    )


@pytest.fixture(scope="session")
async def snapshot(sessionmaker: async_sessionmaker[AsyncSession]) -> Snapshot:
    async with sessionmaker() as session, session.begin():
        await _empty_all_tables(session)
    async with sessionmaker() as session, session.begin():
        world = await _build_world(session)
    async with sessionmaker() as session, session.begin():
        if session.bind.dialect.name == "postgresql":
            await _keep_on_the_server(session)
            return Snapshot(rows={}, world=world)
        rows = {
            table.name: [dict(row) for row in (await session.execute(select(table))).mappings()]
            for table in Base.metadata.sorted_tables
        }
    return Snapshot(rows=rows, world=world)


@pytest.fixture
async def world(sessionmaker: async_sessionmaker[AsyncSession], snapshot: Snapshot) -> World:
    async with sessionmaker() as session, session.begin():
        if session.bind.dialect.name == "postgresql":
            await session.execute(RESTORE)
            return snapshot.world
        await _empty_all_tables(session)
        for table in Base.metadata.sorted_tables:
            if snapshot.rows[table.name]:
                await session.execute(insert(table), snapshot.rows[table.name])
    return snapshot.world


# The demo plan's 6-month report is due to the superior on 01/6 (seed plan III.9).
FIRST_HALF_DUE = date(2023, 6, 1)


@pytest.fixture
def load_the_year(
    world: World, sessionmaker: async_sessionmaker[AsyncSession]
) -> Callable[[], Awaitable[World]]:
    """Enter the demo's year into the world, as `seed_demo` enters it: progress, press work,
    incidents and its reporting cycle (for a test that reads the world before and after)."""

    async def load() -> World:
        async with sessionmaker() as session, session.begin():
            await seed_progress(
                session,
                unit_ids={key: unit.id for key, unit in world.units.items()},
                user_ids=world.users,
                task_ids=world.tasks,
                outlet_ids=world.outlets,
                contact_ids=world.contacts,
                plan_id=world.plan_id,
            )
        return world

    return load


@pytest.fixture
async def loaded(load_the_year: Callable[[], Awaitable[World]]) -> World:
    """The world with the demo's year entered."""
    return await load_the_year()


@pytest.fixture
async def first_half(world: World, sessionmaker: async_sessionmaker[AsyncSession]) -> int:
    """The demo plan's 6-month period."""
    async with sessionmaker() as session:
        period_id = await session.scalar(
            select(ReportingPeriod.id).where(
                ReportingPeriod.plan_id == world.plan_id,
                ReportingPeriod.due_on == FIRST_HALF_DUE,
            )
        )
    assert period_id is not None
    return int(period_id)


@pytest.fixture
async def client(app: object) -> AsyncIterator[httpx.AsyncClient]:
    transport = httpx.ASGITransport(app=app)  # type: ignore[arg-type]
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as http:
        yield http
