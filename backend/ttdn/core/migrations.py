"""Alembic, driven from code: the `ttdn migrate` command, the tests and the health check."""

import os
from functools import cache
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory
from alembic.util import CommandError
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.ext.asyncio import AsyncSession

# The repository's `migrations/`, or where an installed package's deployment put them (the
# API's image sets `TTDN_MIGRATIONS_DIR`: a non-editable install carries no migrations).
MIGRATIONS_DIRECTORY = Path(
    os.environ.get("TTDN_MIGRATIONS_DIR") or Path(__file__).resolve().parents[3] / "migrations"
)


def alembic_config(database_url: str) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIRECTORY))
    config.set_main_option(
        "file_template", "%%(year)d%%(month).2d%%(day).2d_%%(hour).2d%%(minute).2d_%%(slug)s"
    )
    config.attributes["database_url"] = database_url
    return config


@cache
def head_revision() -> str | None:
    """The newest revision of the migration scripts (read once: they do not change at run time)."""
    return ScriptDirectory.from_config(alembic_config("sqlite://")).get_current_head()


def is_known_revision(revision: str) -> bool:
    """Whether `revision` is one of this version's migrations (a backup made by a newer version
    names one it does not know)."""
    scripts = ScriptDirectory.from_config(alembic_config("sqlite://"))
    try:
        return scripts.get_revision(revision) is not None
    except CommandError:
        return False


def upgrade(database_url: str, revision: str = "head") -> None:
    command.upgrade(alembic_config(database_url), revision)


def downgrade(database_url: str, revision: str) -> None:
    command.downgrade(alembic_config(database_url), revision)


async def database_revision(session: AsyncSession) -> str | None:
    """The revision the database is at; None when it was never migrated."""
    try:
        return await session.scalar(text("SELECT version_num FROM alembic_version"))
    except DBAPIError:
        await session.rollback()
        return None
