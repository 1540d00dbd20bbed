"""commune report numbers: the number a commune's report takes when first sent (`12/BC-UBND`)
and each commune's counter of them per year

Revision ID: 20261208_commune_report_numbers
Revises: 20261207_reminders
Create Date: 2026-12-08 09:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "20261208_commune_report_numbers"
down_revision: str | None = "20261207_reminders"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "commune_report_counters",
        sa.Column("unit_id", sa.Integer(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("last_number", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["unit_id"],
            ["units.id"],
            name=op.f("fk_commune_report_counters_unit_id_units"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("unit_id", "year", name=op.f("pk_commune_report_counters")),
    )
    with op.batch_alter_table("commune_reports") as batch:
        batch.add_column(sa.Column("number", sa.Integer(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("commune_reports") as batch:
        batch.drop_column("number")
    op.drop_table("commune_report_counters")
