"""unit name sort keys: `sort=name` orders units as Vietnamese dictionaries do

The key is computed by ttdn's own function, so that existing units sort exactly as new ones.

Revision ID: 20261130_unit_sort_keys
Revises: 20261130_reference_owners
Create Date: 2026-11-30 06:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from ttdn.core.text import vietnamese_sort_key

revision: str = "20261130_unit_sort_keys"
down_revision: str | None = "20261130_reference_owners"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("units", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("name_sort_key", sa.String(length=1000), server_default="", nullable=False)
        )
    units = sa.table("units", sa.column("id", sa.Integer), sa.column("name", sa.String))
    connection = op.get_bind()
    for unit_id, name in connection.execute(sa.select(units.c.id, units.c.name)).all():
        connection.execute(
            sa.text("UPDATE units SET name_sort_key = :key WHERE id = :id"),
            {"key": vietnamese_sort_key(name), "id": unit_id},
        )


def downgrade() -> None:
    with op.batch_alter_table("units", schema=None) as batch_op:
        batch_op.drop_column("name_sort_key")
