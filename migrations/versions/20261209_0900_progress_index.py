"""occurrence progress index: a task's occurrences by whether they are open, claimed and past
due, and whose, read from the index alone (the superior's task totals over a province)

Revision ID: 20261209_progress_index
Revises: 20261208_commune_report_numbers
Create Date: 2026-12-09 09:00:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "20261209_progress_index"
down_revision: str | None = "20261208_commune_report_numbers"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index(
        "ix_task_occurrences_task_id_progress",
        "task_occurrences",
        ["task_id", "completed_on", "claimed_on", "due_on", "unit_id"],
    )


def downgrade() -> None:
    op.drop_index("ix_task_occurrences_task_id_progress", table_name="task_occurrences")
