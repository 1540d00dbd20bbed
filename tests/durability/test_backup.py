"""`ttdn backup` and `ttdn restore`: every row of every table comes back, the audit chain
verifies, an older backup is migrated, a newer one and a database with data are refused, and
missing PostgreSQL client tools are named with how to install them."""

import hashlib
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import create_engine, make_url, select, text

from ttdn.core.backup import BackupError, backup, restore
from ttdn.core.db import Base
from ttdn.core.migrations import alembic_config, head_revision, upgrade


def _ttdn(database_url: str, *args: str, **environment: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(  # noqa: S603 (our own command)
        [sys.executable, "-m", "ttdn.cli", *args],
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "TTDN_DATABASE_URL": database_url, **environment},
    )


def _sync_engine(database_url: str):
    url = make_url(database_url)
    return create_engine(
        url.set(drivername="sqlite") if url.get_backend_name() == "sqlite" else url
    )


def table_checksums(database_url: str) -> dict[str, tuple[int, str]]:
    """Each table's row count and a SHA-256 over its rows in primary-key order, as SQLAlchemy
    reads them."""
    engine = _sync_engine(database_url)
    checksums = {}
    try:
        with engine.connect() as connection:
            for table in Base.metadata.sorted_tables:
                rows = connection.execute(select(table).order_by(*table.primary_key.columns))
                digest, count = hashlib.sha256(), 0
                for row in rows:
                    digest.update(repr(tuple(row)).encode())
                    count += 1
                checksums[table.name] = (count, digest.hexdigest())
    finally:
        engine.dispose()
    return checksums


def _revision(database_url: str) -> str:
    engine = _sync_engine(database_url)
    try:
        with engine.connect() as connection:
            return connection.execute(text("SELECT version_num FROM alembic_version")).scalar_one()
    finally:
        engine.dispose()


def test_a_backup_restored_into_a_fresh_database_holds_every_row_and_its_audit_chain(
    world, database_url, scratch_databases, tmp_path
):
    file = tmp_path / "ttdn.backup"
    saved = _ttdn(database_url, "backup", str(file))
    assert saved.returncode == 0, saved.stderr
    fresh = scratch_databases()

    restored = _ttdn(fresh, "restore", str(file))

    assert restored.returncode == 0, restored.stderr
    original = table_checksums(database_url)
    assert original["audit_events"][0] > 0 and original["tasks"][0] > 0
    assert table_checksums(fresh) == original
    verified = _ttdn(fresh, "audit", "verify")
    assert verified.returncode == 0, verified.stderr
    assert f"audit chain intact: {original['audit_events'][0]} events" in verified.stdout


def test_restore_refuses_a_database_with_data_unless_forced(world, database_url, tmp_path):
    file = tmp_path / "ttdn.backup"
    backup(database_url, file)
    before = table_checksums(database_url)

    with pytest.raises(BackupError, match=r"is not empty.*--force"):
        restore(database_url, file)

    assert table_checksums(database_url) == before
    restore(database_url, file, force=True)
    assert table_checksums(database_url) == before


def _previous_revision() -> str:
    from alembic.script import ScriptDirectory

    scripts = ScriptDirectory.from_config(alembic_config("sqlite://"))
    previous = scripts.get_revision(head_revision()).down_revision
    assert isinstance(previous, str)
    return previous


def test_an_older_backup_is_restored_onto_the_newer_schema_and_migrated(
    scratch_databases, tmp_path
):
    """The target was migrated by this version (tables the backup lacks included): restore
    replaces it whole, then migrates the backup's schema up to this version."""
    older, target = scratch_databases(), scratch_databases()
    upgrade(older, _previous_revision())
    file = tmp_path / "older.backup"
    backup(older, file)
    upgrade(target)

    said = restore(target, file)

    assert f"backup at revision {_previous_revision()}, migrated to {head_revision()}" in said
    assert _revision(target) == head_revision()
    assert set(table_checksums(target)) == set(Base.metadata.tables)


def test_a_backup_of_a_newer_version_is_refused(scratch_databases, tmp_path):
    newer, target = scratch_databases(), scratch_databases()
    upgrade(newer)
    engine = _sync_engine(newer)
    with engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = 'from_the_future'"))
    engine.dispose()
    file = tmp_path / "newer.backup"
    backup(newer, file)

    with pytest.raises(BackupError, match=r"newer version of TTĐN.*from_the_future"):
        restore(target, file)


def test_a_file_that_is_not_a_backup_is_refused(database_url, tmp_path):
    file = tmp_path / "notes.txt"
    file.write_text("không phải bản sao lưu\n" * 100)
    with pytest.raises(BackupError):
        restore(database_url, file)


PG_URL = "postgresql+psycopg://ttdn:mat-khau@127.0.0.1:5432/ttdn"


def test_without_the_postgresql_client_tools_backup_says_how_to_install_them(tmp_path):
    """No pg_dump on PATH: exit code 1 and a message naming the tool and the package."""
    result = _ttdn(PG_URL, "backup", str(tmp_path / "x.backup"), PATH="")
    assert result.returncode == 1
    assert "pg_dump was not found on PATH" in result.stderr
    assert "apt install postgresql-client" in result.stderr
    assert "mat-khau" not in result.stderr + result.stdout
    assert not (tmp_path / "x.backup").exists()


def test_without_the_postgresql_client_tools_restore_says_so(tmp_path, monkeypatch):
    file = tmp_path / "x.backup"
    file.write_bytes(b"PGDMP")
    monkeypatch.setenv("PATH", "")
    with pytest.raises(
        BackupError, match=r"pg_restore was not found.*apt install postgresql-client"
    ):
        restore(PG_URL, file)


def test_a_sqlite_backup_is_one_self_contained_file(world, database_url, tmp_path):
    if make_url(database_url).get_backend_name() != "sqlite":
        pytest.skip("SQLite's file format")
    file = tmp_path / "ttdn.backup"
    backup(database_url, file)
    with sqlite3.connect(file) as copy:
        assert copy.execute("PRAGMA journal_mode").fetchone() == ("delete",)
        assert copy.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert not Path(f"{file}-wal").exists()
