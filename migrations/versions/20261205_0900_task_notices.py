"""task notices: a task newly given to a unit, for each of its members to see

Revision ID: 20261205_task_notices
Revises: 20261204_incidents
Create Date: 2026-12-05 09:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "20261205_task_notices"
down_revision: str | None = "20261204_incidents"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "task_notices",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("task_id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("unit_id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("read_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["task_id"],
            ["tasks.id"],
            name=op.f("fk_task_notices_task_id_tasks"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["unit_id"],
            ["units.id"],
            name=op.f("fk_task_notices_unit_id_units"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["user_id"],
            ["users.id"],
            name=op.f("fk_task_notices_user_id_users"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_task_notices")),
        sa.UniqueConstraint("task_id", "user_id", name=op.f("uq_task_notices_task_id_user_id")),
        info={"label": "thông báo nhiệm vụ mới"},
    )
    with op.batch_alter_table("task_notices", schema=None) as batch_op:
        batch_op.create_index(
            "ix_task_notices_user_id_read_at", ["user_id", "read_at"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("task_notices", schema=None) as batch_op:
        batch_op.drop_index("ix_task_notices_user_id_read_at")

    op.drop_table("task_notices")
