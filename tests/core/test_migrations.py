"""Alembic: one head, models match the migrations, upgrade → downgrade → upgrade works."""

from alembic import command
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine, inspect, text

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
