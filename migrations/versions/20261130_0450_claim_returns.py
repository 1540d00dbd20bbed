"""claim returns: a coordinator's note sending a completion claim back joins the history

Revision ID: 20261130_claim_returns
Revises: 20261126_cited
Create Date: 2026-11-30 04:50:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "20261130_claim_returns"
down_revision: str | None = "20261126_cited"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("task_updates", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("returns_claim", sa.Boolean(), server_default=sa.false(), nullable=False)
        )


def downgrade() -> None:
    with op.batch_alter_table("task_updates", schema=None) as batch_op:
        batch_op.drop_column("returns_claim")
