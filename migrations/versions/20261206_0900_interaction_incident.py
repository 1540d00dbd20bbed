"""media: an interaction with the press may be about a false-information incident

Revision ID: 20261206_interaction_incident
Revises: 20261205_task_notices
Create Date: 2026-12-06 09:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "20261206_interaction_incident"
down_revision: str | None = "20261205_task_notices"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("media_interactions", schema=None) as batch_op:
        batch_op.add_column(sa.Column("incident_id", sa.Integer(), nullable=True))
        batch_op.create_index(
            batch_op.f("ix_media_interactions_incident_id"), ["incident_id"], unique=False
        )
        batch_op.create_foreign_key(
            batch_op.f("fk_media_interactions_incident_id_incidents"),
            "incidents",
            ["incident_id"],
            ["id"],
            ondelete="SET NULL",
        )


def downgrade() -> None:
    with op.batch_alter_table("media_interactions", schema=None) as batch_op:
        batch_op.drop_constraint(
            batch_op.f("fk_media_interactions_incident_id_incidents"), type_="foreignkey"
        )
        batch_op.drop_index(batch_op.f("ix_media_interactions_incident_id"))
        batch_op.drop_column("incident_id")
