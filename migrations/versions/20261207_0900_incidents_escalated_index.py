"""incidents: the escalated ones indexed by commune (a partial index) instead of by time

Revision ID: 20261207_incidents_escalated
Revises: 20261206_interaction_incident
Create Date: 2026-12-07 09:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "20261207_incidents_escalated"
down_revision: str | None = "20261206_interaction_incident"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

ESCALATED = sa.text("escalated_at IS NOT NULL")


def upgrade() -> None:
    with op.batch_alter_table("incidents", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_incidents_escalated_at"))
        batch_op.create_index(
            "ix_incidents_escalated_unit_id",
            ["unit_id"],
            unique=False,
            sqlite_where=ESCALATED,
            postgresql_where=ESCALATED,
        )


def downgrade() -> None:
    with op.batch_alter_table("incidents", schema=None) as batch_op:
        batch_op.drop_index("ix_incidents_escalated_unit_id")
        batch_op.create_index(
            batch_op.f("ix_incidents_escalated_at"), ["escalated_at"], unique=False
        )
