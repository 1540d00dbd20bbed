"""Alembic environment: the database URL comes from ttdn's settings (or the caller)."""

from typing import Any, Literal

from alembic import context
from sqlalchemy import create_engine, pool, text

# Every module that defines tables, so that the metadata is complete.
import ttdn.accounts.models
import ttdn.audit.models
import ttdn.calendar.models
import ttdn.core.idempotency
import ttdn.incidents.models
import ttdn.media.models
import ttdn.plans.models
import ttdn.reminders.models
import ttdn.reports.models
import ttdn.tasks.models
import ttdn.units.models  # noqa: F401
from ttdn.core.config import get_settings
from ttdn.core.db import Base, UTCDateTime

config = context.config
target_metadata = Base.metadata
# PostgreSQL's advisory lock taken for the migration's transaction: API replicas starting
# together migrate one after the other (the later ones find the database at the head).
MIGRATION_LOCK_KEY = 0x7474646E  # "ttdn"


def sync_url(url: str) -> str:
    """Migrations run synchronously: the async SQLite driver becomes the plain one."""
    return url.replace("sqlite+aiosqlite://", "sqlite://", 1)


def render_item(kind: str, item: Any, autogen_context: Any) -> str | Literal[False]:
    """Render our column types as plain SQLAlchemy ones, so migrations do not import ttdn."""
    if kind == "type" and isinstance(item, UTCDateTime):
        return "sa.DateTime(timezone=True)"
    return False


def run_migrations() -> None:
    url = config.attributes.get("database_url") or get_settings().database_url
    engine = create_engine(sync_url(url), poolclass=pool.NullPool)
    with engine.connect() as connection:
        context.configure(
            connection=connection,
            target_metadata=target_metadata,
            render_as_batch=connection.dialect.name == "sqlite",
            compare_type=True,
            render_item=render_item,
        )
        with context.begin_transaction():
            if connection.dialect.name == "postgresql":
                connection.execute(
                    text("SELECT pg_advisory_xact_lock(:key)"), {"key": MIGRATION_LOCK_KEY}
                )
            context.run_migrations()
    engine.dispose()


if context.is_offline_mode():
    raise SystemExit("offline migrations are not supported: run `ttdn migrate`")
run_migrations()
