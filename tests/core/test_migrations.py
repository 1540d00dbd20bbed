"""Alembic: one head, models match the migrations, upgrade → downgrade → upgrade works."""

import os
import subprocess
import sys

import pytest
from alembic import command
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine, inspect, make_url, text

from ttdn.core.db import Base
from ttdn.core.migrations import alembic_config, downgrade, head_revision, upgrade


def _tables(url):
    engine = create_engine(url.replace("+aiosqlite", ""))
    try:
        return set(inspect(engine).get_table_names()) - {"alembic_version"}
    finally:
        engine.dispose()


def test_there_is_a_single_head():
    script = ScriptDirectory.from_config(alembic_config("sqlite://"))
    assert len(script.get_heads()) == 1


def test_revisions_are_named_by_date_and_subject():
    script = ScriptDirectory.from_config(alembic_config("sqlite://"))
    for revision in script.walk_revisions():
        assert revision.path.rsplit("/", 1)[-1][:14].replace("_", "").isdigit()


def test_the_models_match_the_migrations(database_url):
    command.check(alembic_config(database_url))  # raises when autogenerate finds a difference


def test_upgrade_downgrade_upgrade(scratch_database_url):
    upgrade(scratch_database_url)
    assert _tables(scratch_database_url) == set(Base.metadata.tables)
    downgrade(scratch_database_url, "base")
    assert _tables(scratch_database_url) == set()
    upgrade(scratch_database_url)
    assert _tables(scratch_database_url) == set(Base.metadata.tables)
    engine = create_engine(scratch_database_url.replace("+aiosqlite", ""))
    with engine.connect() as connection:
        revision = connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
    engine.dispose()
    assert revision == head_revision()


def test_replicas_starting_together_migrate_one_after_the_other(scratch_database_url):
    """Several API containers run `ttdn migrate` at once on PostgreSQL: each waits for the
    others' migration and finds the database at the head, none fails."""
    if make_url(scratch_database_url).get_backend_name() == "sqlite":
        pytest.skip("one SQLite file belongs to one server: there are no replicas to start")
    environment = {**os.environ, "TTDN_DATABASE_URL": scratch_database_url}
    migrations = [
        subprocess.Popen(
            [sys.executable, "-m", "ttdn.cli", "migrate"],
            env=environment,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
        )
        for _ in range(3)
    ]
    outputs = [migration.communicate(timeout=120)[0].decode() for migration in migrations]
    assert [migration.returncode for migration in migrations] == [0, 0, 0], outputs
    assert _tables(scratch_database_url) == set(Base.metadata.tables)
