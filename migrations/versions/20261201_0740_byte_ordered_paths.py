"""byte-ordered unit paths: subtrees are ranges of paths, compared byte by byte

On PostgreSQL the unit path columns take the "C" collation, so that `path >= '/1/3/' AND
path < '/1/30'` means "under /1/3/" whatever the database's default collation, and the paths'
indexes serve it. SQLite compares bytes already.

Revision ID: 20261201_byte_paths
Revises: 20261130_audit_head
Create Date: 2026-12-01 07:40:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "20261201_byte_paths"
down_revision: str | None = "20261130_audit_head"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

COLUMNS = (("units", "path", False), ("audit_events", "unit_path", True))


def _set_collation(collation: str | None) -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for table, column, nullable in COLUMNS:
        op.alter_column(
            table,
            column,
            type_=sa.String(400, collation=collation),
            existing_type=sa.String(400),
            existing_nullable=nullable,
            postgresql_using=f'{column} COLLATE "{collation or "default"}"',
        )


def upgrade() -> None:
    _set_collation("C")


def downgrade() -> None:
    _set_collation(None)
