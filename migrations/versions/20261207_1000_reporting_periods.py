"""reports: reporting periods of a plan, each unit's part and the commune's report, with their histories

Revision ID: 20261207_reporting_periods
Revises: 20261207_incidents_escalated
Create Date: 2026-12-07 09:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "20261207_reporting_periods"
down_revision: str | None = "20261207_incidents_escalated"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "reporting_periods",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("plan_id", sa.Integer(), nullable=False),
        sa.Column("deadline_id", sa.Integer(), nullable=True),
        sa.Column("reporting_unit_id", sa.Integer(), nullable=True),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("label", sa.String(length=200), nullable=False),
        sa.Column("starts_on", sa.Date(), nullable=False),
        sa.Column("ends_on", sa.Date(), nullable=False),
        sa.Column("internal_due_on", sa.Date(), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["deadline_id"],
            ["reporting_deadlines.id"],
            name=op.f("fk_reporting_periods_deadline_id_reporting_deadlines"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["plan_id"],
            ["plans.id"],
            name=op.f("fk_reporting_periods_plan_id_plans"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["reporting_unit_id"],
            ["units.id"],
            name=op.f("fk_reporting_periods_reporting_unit_id_units"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_reporting_periods")),
        info={"label": "kỳ báo cáo"},
    )
    with op.batch_alter_table("reporting_periods", schema=None) as batch_op:
        batch_op.create_index(
            "ix_reporting_periods_plan_id_due_on", ["plan_id", "due_on"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_reporting_periods_updated_at"), ["updated_at"], unique=False
        )

    op.create_table(
        "unit_reports",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("period_id", sa.Integer(), nullable=False),
        sa.Column("unit_id", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("news_items_aired", sa.Integer(), nullable=True),
        sa.Column("website_posts", sa.Integer(), nullable=True),
        sa.Column("events_held", sa.Integer(), nullable=True),
        sa.Column("people_trained", sa.Integer(), nullable=True),
        sa.Column("budget_spent", sa.BigInteger(), nullable=True),
        sa.Column("press_interactions", sa.Integer(), nullable=True),
        sa.Column("incidents_handled", sa.Integer(), nullable=True),
        sa.Column("difficulties", sa.Text(), nullable=False),
        sa.Column("proposals", sa.Text(), nullable=False),
        sa.Column("first_submitted_on", sa.Date(), nullable=True),
        sa.Column("submitted_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["period_id"],
            ["reporting_periods.id"],
            name=op.f("fk_unit_reports_period_id_reporting_periods"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["unit_id"],
            ["units.id"],
            name=op.f("fk_unit_reports_unit_id_units"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_unit_reports")),
        sa.UniqueConstraint("period_id", "unit_id", name=op.f("uq_unit_reports_period_id_unit_id")),
        info={"label": "báo cáo của đơn vị"},
    )
    with op.batch_alter_table("unit_reports", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_unit_reports_period_id"), ["period_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_unit_reports_status"), ["status"], unique=False)
        batch_op.create_index(batch_op.f("ix_unit_reports_unit_id"), ["unit_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_unit_reports_updated_at"), ["updated_at"], unique=False
        )

    op.create_table(
        "unit_report_events",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("report_id", sa.Integer(), nullable=False),
        sa.Column("from_status", sa.String(length=20), nullable=False),
        sa.Column("to_status", sa.String(length=20), nullable=False),
        sa.Column("comment", sa.Text(), nullable=False),
        sa.Column("actor_user_id", sa.Integer(), nullable=True),
        sa.Column("actor_name", sa.String(length=200), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["actor_user_id"],
            ["users.id"],
            name=op.f("fk_unit_report_events_actor_user_id_users"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["report_id"],
            ["unit_reports.id"],
            name=op.f("fk_unit_report_events_report_id_unit_reports"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_unit_report_events")),
        info={"label": "lịch sử báo cáo của đơn vị"},
    )
    with op.batch_alter_table("unit_report_events", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_unit_report_events_report_id"), ["report_id"], unique=False
        )

    op.create_table(
        "unit_report_narratives",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("report_id", sa.Integer(), nullable=False),
        sa.Column("task_id", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["report_id"],
            ["unit_reports.id"],
            name=op.f("fk_unit_report_narratives_report_id_unit_reports"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["task_id"],
            ["tasks.id"],
            name=op.f("fk_unit_report_narratives_task_id_tasks"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_unit_report_narratives")),
        sa.UniqueConstraint(
            "report_id", "task_id", name=op.f("uq_unit_report_narratives_report_id_task_id")
        ),
        info={"label": "nội dung báo cáo theo nhiệm vụ"},
    )
    with op.batch_alter_table("unit_report_narratives", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_unit_report_narratives_task_id"), ["task_id"], unique=False
        )

    op.create_table(
        "commune_reports",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("period_id", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("title", sa.String(length=500), nullable=False),
        sa.Column("results", sa.Text(), nullable=False),
        sa.Column("difficulties", sa.Text(), nullable=False),
        sa.Column("proposals", sa.Text(), nullable=False),
        sa.Column("figures", sa.JSON(), nullable=False),
        sa.Column("task_statuses", sa.JSON(), nullable=False),
        sa.Column("parts", sa.JSON(), nullable=False),
        sa.Column("compiled_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("sent_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["period_id"],
            ["reporting_periods.id"],
            name=op.f("fk_commune_reports_period_id_reporting_periods"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_commune_reports")),
        sa.UniqueConstraint("period_id", name=op.f("uq_commune_reports_period_id")),
        info={"label": "báo cáo của xã"},
    )
    with op.batch_alter_table("commune_reports", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_commune_reports_status"), ["status"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_commune_reports_updated_at"), ["updated_at"], unique=False
        )

    op.create_table(
        "commune_report_events",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("report_id", sa.Integer(), nullable=False),
        sa.Column("from_status", sa.String(length=20), nullable=True),
        sa.Column("to_status", sa.String(length=20), nullable=False),
        sa.Column("comment", sa.Text(), nullable=False),
        sa.Column("actor_user_id", sa.Integer(), nullable=True),
        sa.Column("actor_name", sa.String(length=200), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["actor_user_id"],
            ["users.id"],
            name=op.f("fk_commune_report_events_actor_user_id_users"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["report_id"],
            ["commune_reports.id"],
            name=op.f("fk_commune_report_events_report_id_commune_reports"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_commune_report_events")),
        info={"label": "lịch sử báo cáo của xã"},
    )
    with op.batch_alter_table("commune_report_events", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_commune_report_events_report_id"), ["report_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("commune_report_events", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_commune_report_events_report_id"))

    op.drop_table("commune_report_events")
    with op.batch_alter_table("commune_reports", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_commune_reports_updated_at"))
        batch_op.drop_index(batch_op.f("ix_commune_reports_status"))

    op.drop_table("commune_reports")

    with op.batch_alter_table("unit_report_narratives", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_unit_report_narratives_task_id"))

    op.drop_table("unit_report_narratives")
    with op.batch_alter_table("unit_report_events", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_unit_report_events_report_id"))

    op.drop_table("unit_report_events")
    with op.batch_alter_table("unit_reports", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_unit_reports_updated_at"))
        batch_op.drop_index(batch_op.f("ix_unit_reports_unit_id"))
        batch_op.drop_index(batch_op.f("ix_unit_reports_status"))
        batch_op.drop_index(batch_op.f("ix_unit_reports_period_id"))

    op.drop_table("unit_reports")
    with op.batch_alter_table("reporting_periods", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_reporting_periods_updated_at"))
        batch_op.drop_index("ix_reporting_periods_plan_id_due_on")

    op.drop_table("reporting_periods")
