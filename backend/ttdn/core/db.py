"""Async engine, the declarative base, and the one session each request commits once."""

import json
import unicodedata
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import UTC, datetime
from typing import Annotated, Any, ClassVar

from fastapi import Depends, Request
from sqlalchemy import (
    ColumnElement,
    DateTime,
    Integer,
    MetaData,
    String,
    cast,
    event,
    func,
    literal,
    select,
    union_all,
)
from sqlalchemy.ext.asyncio import (
    AsyncEngine,
    AsyncSession,
    async_sessionmaker,
    create_async_engine,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column
from sqlalchemy.types import TypeDecorator

from ttdn.core import clock, sqlite

NAMING_CONVENTION = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class UTCDateTime(TypeDecorator[datetime]):
    """Timestamps stored and returned as aware UTC datetimes on SQLite and PostgreSQL alike."""

    impl = DateTime(timezone=True)
    cache_ok = True

    @property
    def python_type(self) -> type[datetime]:
        return datetime

    def process_bind_param(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column")
        utc = value.astimezone(UTC)
        # SQLite keeps text: the same naive UTC form everywhere, so that comparisons hold.
        return utc.replace(tzinfo=None) if dialect.name == "sqlite" else utc

    def process_result_value(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


# A unit's materialised path (`/1/3/8/`), compared byte by byte: PostgreSQL's default collation
# may order `/` and digits by other rules, and subtrees are ranges of paths (`core.authz`).
UNIT_PATH = String(400).with_variant(String(400, collation="C"), "postgresql")


def utcnow() -> datetime:
    """Now, aware in UTC, from the one clock (which only the demo seed ever sets)."""
    return clock.utcnow()


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map: ClassVar[dict[Any, Any]] = {datetime: UTCDateTime()}


class Timestamped:
    """Creation and change times, for `updated_since` and the audit trail."""

    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow, index=True)


class Versioned:
    """Optimistic concurrency: `version` is the ETag, checked by the UPDATE itself."""

    version: Mapped[int] = mapped_column(Integer, nullable=False)

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:
        return {"version_id_col": cls.version}


class SoftDeleted:
    """Rows hidden by `deleted_at` stay in the database so that an admin can undo."""

    deleted_at: Mapped[datetime | None] = mapped_column(default=None, index=True)


def json_list_contains(column: Any, value: str) -> ColumnElement[bool]:
    """Whether a JSON list of strings holds `value`, read as text (`["press"]`): one portable
    test on SQLite and PostgreSQL instead of two dialects of JSON containment. The value is
    written as the column's serialiser writes it (non-ASCII letters escaped: `"kinh t\\u1ebf"`),
    so Vietnamese topics are found too."""
    as_stored = json.dumps(unicodedata.normalize("NFC", value))
    return cast(column, String).contains(as_stored, autoescape=True)


def make_engine(url: str, **pool_options: Any) -> AsyncEngine:
    """The engine for `url`. Its errors' messages leave out the statement's parameters: they
    reach the log (`logger.exception`), and the parameters are password hashes, tokens' digests,
    e-mails and phone numbers."""
    if url.startswith("sqlite"):
        engine = create_async_engine(
            url, **sqlite.ENGINE_OPTIONS, hide_parameters=True, **pool_options
        )
        event.listen(engine.sync_engine, "connect", sqlite.set_pragmas)
        return engine
    # No JIT: every statement here is a short OLTP read or write, and the derived statuses'
    # subqueries inflate cost estimates past `jit_above_cost`, which made PostgreSQL spend
    # 100+ ms compiling a 20 ms query (the overdue list at province scale).
    # Always a plan for the parameters given: psycopg prepares a statement after five runs, and
    # PostgreSQL's generic plan for it cannot see which subtree a caller's range of paths is
    # (a member's list at province scale went from 10 ms to 5 s under load).
    options = "-c jit=off -c plan_cache_mode=force_custom_plan"
    return create_async_engine(
        url,
        pool_pre_ping=True,
        connect_args={"options": options},
        hide_parameters=True,
        **pool_options,
    )


def make_sessionmaker(engine: AsyncEngine) -> async_sessionmaker[AsyncSession]:
    return async_sessionmaker(engine, expire_on_commit=False, autoflush=True)


# Where a middleware that runs the request's unit of work itself (`core.idempotency`) leaves its
# session in the ASGI scope's state, for `request_session` to hand to the route.
OUTER_SESSION = "ttdn_outer_session"


async def request_session(request: Request) -> AsyncIterator[AsyncSession]:
    """The request's one unit of work: committed once after the route returns, else rolled back.

    When a middleware already opened the unit of work (an `Idempotency-Key` request), the route
    gets that session: it is flushed here, so that a refused write still answers from the route,
    and committed by the middleware together with the stored answer. On an error it is rolled
    back here all the same, which lets go of its connection before any error handler opens one.
    """
    outer: AsyncSession | None = request.scope.get("state", {}).get(OUTER_SESSION)
    if outer is not None:
        try:
            yield outer
            await outer.flush()
        except BaseException:
            await outer.rollback()
            raise
        return
    sessionmaker: async_sessionmaker[AsyncSession] = request.app.state.sessionmaker
    async with sessionmaker() as session:
        try:
            yield session
        except BaseException:
            await session.rollback()
            raise
        await session.commit()


SessionDep = Annotated[AsyncSession, Depends(request_session, scope="function")]


@asynccontextmanager
async def separate_session(
    sessionmaker: async_sessionmaker[AsyncSession],
) -> AsyncIterator[AsyncSession]:
    """A unit of work of its own, outside any request's session (start-up checks, denials once
    the request's session has let go of its connection). Never open one while a session of the
    same request holds a connection: a pool of N would then freeze under N such requests."""
    async with sessionmaker() as session, session.begin():
        yield session


async def count_referencing_rows(
    session: AsyncSession, table_name: str, row_id: int
) -> dict[str, int]:
    """Rows of other tables whose foreign keys point at `table_name.id = row_id`, per table label.

    Soft-deleted rows count too: undo must be able to bring them back. The labels come from each
    table's ``info["label"]`` so that callers can say in words what still uses the row.
    """
    counts = []
    for table in Base.metadata.sorted_tables:
        for fk in table.foreign_keys:
            if fk.column.table.name != table_name or fk.column.name != "id":
                continue
            label = table.info.get("label", table.name)
            counts.append(
                select(literal(label, String).label("label"), func.count().label("n"))
                .select_from(table)
                .where(fk.parent == row_id)
            )
    if not counts:
        return {}
    rows = (await session.execute(union_all(*counts))).all()
    return {label: n for label, n in rows if n}
