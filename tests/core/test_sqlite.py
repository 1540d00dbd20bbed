"""SQLite run in the event loop's thread: a writer waiting for another's lock lets the loop go
on, gets the lock once it is free, and gives up after the lock wait like SQLite would."""

import asyncio

import pytest
from sqlalchemy import text
from sqlalchemy.exc import OperationalError

from ttdn.core import sqlite
from ttdn.core.db import make_engine


@pytest.fixture
async def engine(tmp_path):
    engine = make_engine(f"sqlite+aiosqlite:///{tmp_path / 'locks.sqlite3'}")
    async with engine.begin() as connection:
        await connection.execute(text("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)"))
    yield engine
    await engine.dispose()


async def _insert(engine, body):
    async with engine.begin() as connection:
        await connection.execute(text("INSERT INTO notes (body) VALUES (:body)"), {"body": body})


async def test_connections_run_in_place_and_never_wait_in_place(engine):
    async with engine.connect() as connection:
        raw = await connection.get_raw_connection()
        assert isinstance(raw.driver_connection, sqlite.InlineConnection)
        assert (await connection.execute(text("PRAGMA busy_timeout"))).scalar() == 0
        assert (await connection.execute(text("PRAGMA journal_mode"))).scalar() == "wal"
        assert (await connection.execute(text("PRAGMA foreign_keys"))).scalar() == 1


async def test_a_writer_waits_for_the_lock_without_holding_the_loop(engine):
    async with engine.connect() as first:
        await first.begin()
        await first.execute(text("INSERT INTO notes (body) VALUES ('first')"))  # holds the lock
        second = asyncio.create_task(_insert(engine, "second"))
        others_ran = asyncio.Event()
        asyncio.get_running_loop().call_soon(others_ran.set)
        for _ in range(20):  # the second writer keeps retrying; the loop keeps turning
            await asyncio.sleep(0.01)
        assert others_ran.is_set()
        assert not second.done()
        await first.commit()
    await second
    async with engine.connect() as connection:
        bodies = (await connection.execute(text("SELECT body FROM notes ORDER BY id"))).scalars()
        assert list(bodies) == ["first", "second"]


async def test_a_lock_never_let_go_fails_after_the_lock_wait(engine, monkeypatch):
    monkeypatch.setattr(sqlite, "LOCK_WAIT_SECONDS", 0.2)
    async with engine.connect() as first:
        await first.begin()
        await first.execute(text("INSERT INTO notes (body) VALUES ('held')"))
        with pytest.raises(OperationalError, match="database is locked"):
            await _insert(engine, "refused")
        await first.rollback()
    async with engine.connect() as connection:
        assert (await connection.execute(text("SELECT count(*) FROM notes"))).scalar() == 0
