"""cited references: a plan's legal documents are its căn cứ or documents its text cites

Revision ID: 20261126_cited
Revises: 20261126_tasks
Create Date: 2026-11-26 04:09:03.744346
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "20261126_cited"
down_revision: str | None = "20261126_tasks"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("plan_legal_bases", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("cited", sa.Boolean(), server_default=sa.false(), nullable=False)
        )


def downgrade() -> None:
    with op.batch_alter_table("plan_legal_bases", schema=None) as batch_op:
        batch_op.drop_column("cited")
