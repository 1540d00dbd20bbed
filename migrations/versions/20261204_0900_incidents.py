"""incidents: false-information incidents of a commune, their addresses, reporters, timeline,
actions, evidence, the people involved, and yearly code counters

Revision ID: 20261204_incidents
Revises: 20261203_interactions
Create Date: 2026-12-04 09:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "20261204_incidents"
down_revision: str | None = "20261203_interactions"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "incident_code_counters",
        sa.Column("unit_id", sa.Integer(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("last_number", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["unit_id"],
            ["units.id"],
            name=op.f("fk_incident_code_counters_unit_id_units"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("unit_id", "year", name=op.f("pk_incident_code_counters")),
    )
    op.create_table(
        "incidents",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("unit_id", sa.Integer(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=20), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("detected_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("reported_by_user_id", sa.Integer(), nullable=True),
        sa.Column("reported_by_name", sa.String(length=200), nullable=False),
        sa.Column("reporting_unit_id", sa.Integer(), nullable=False),
        sa.Column("platform", sa.String(length=20), nullable=False),
        sa.Column("urls", sa.JSON(), nullable=False),
        sa.Column("account_name", sa.String(length=300), nullable=True),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.Column("category", sa.String(length=40), nullable=False),
        sa.Column("scope", sa.String(length=20), nullable=False),
        sa.Column("views", sa.Integer(), nullable=True),
        sa.Column("shares", sa.Integer(), nullable=True),
        sa.Column("comments", sa.Integer(), nullable=True),
        sa.Column("severity", sa.String(length=10), nullable=False),
        sa.Column("classification", sa.String(length=20), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("verdict", sa.String(length=20), nullable=True),
        sa.Column("sightings", sa.Integer(), nullable=False),
        sa.Column("escalated_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("acknowledged_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("search_text", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["reported_by_user_id"],
            ["users.id"],
            name=op.f("fk_incidents_reported_by_user_id_users"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["reporting_unit_id"],
            ["units.id"],
            name=op.f("fk_incidents_reporting_unit_id_units"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["unit_id"], ["units.id"], name=op.f("fk_incidents_unit_id_units"), ondelete="RESTRICT"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_incidents")),
        sa.UniqueConstraint(
            "unit_id", "year", "number", name=op.f("uq_incidents_unit_id_year_number")
        ),
        info={"label": "vụ việc thông tin sai lệch"},
    )
    with op.batch_alter_table("incidents", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_incidents_deleted_at"), ["deleted_at"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_incidents_escalated_at"), ["escalated_at"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_incidents_reported_by_user_id"), ["reported_by_user_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_incidents_status"), ["status"], unique=False)
        batch_op.create_index(
            "ix_incidents_unit_id_detected_at", ["unit_id", "detected_at"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_incidents_updated_at"), ["updated_at"], unique=False)

    op.create_table(
        "incident_events",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("incident_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("from_status", sa.String(length=20), nullable=True),
        sa.Column("to_status", sa.String(length=20), nullable=True),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("details", sa.JSON(), nullable=False),
        sa.Column("author_user_id", sa.Integer(), nullable=True),
        sa.Column("author_name", sa.String(length=200), nullable=False),
        sa.Column("author_unit_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["author_unit_id"],
            ["units.id"],
            name=op.f("fk_incident_events_author_unit_id_units"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["author_user_id"],
            ["users.id"],
            name=op.f("fk_incident_events_author_user_id_users"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["incident_id"],
            ["incidents.id"],
            name=op.f("fk_incident_events_incident_id_incidents"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_incident_events")),
        info={"label": "diễn biến vụ việc"},
    )
    with op.batch_alter_table("incident_events", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_incident_events_incident_id"), ["incident_id"], unique=False
        )

    op.create_table(
        "incident_evidence",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("incident_id", sa.Integer(), nullable=False),
        sa.Column("filename", sa.String(length=255), nullable=False),
        sa.Column("content_type", sa.String(length=120), nullable=False),
        sa.Column("size_bytes", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("preview_sha256", sa.String(length=64), nullable=True),
        sa.Column("captured_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("uploaded_by_user_id", sa.Integer(), nullable=True),
        sa.Column("uploaded_by_name", sa.String(length=200), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("removed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("removal_reason", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["incident_id"],
            ["incidents.id"],
            name=op.f("fk_incident_evidence_incident_id_incidents"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["uploaded_by_user_id"],
            ["users.id"],
            name=op.f("fk_incident_evidence_uploaded_by_user_id_users"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_incident_evidence")),
        info={"label": "chứng cứ vụ việc"},
    )
    with op.batch_alter_table("incident_evidence", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_incident_evidence_incident_id"), ["incident_id"], unique=False
        )

    op.create_table(
        "incident_people",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("incident_id", sa.Integer(), nullable=False),
        sa.Column("full_name", sa.String(length=200), nullable=False),
        sa.Column("birth_year", sa.Integer(), nullable=True),
        sa.Column("address", sa.String(length=300), nullable=True),
        sa.Column("account_name", sa.String(length=300), nullable=True),
        sa.Column("role", sa.String(length=20), nullable=False),
        sa.Column("decision", sa.String(length=30), nullable=False),
        sa.Column("decision_number", sa.String(length=60), nullable=True),
        sa.Column("decided_on", sa.Date(), nullable=True),
        sa.Column("fine_vnd", sa.Integer(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["incident_id"],
            ["incidents.id"],
            name=op.f("fk_incident_people_incident_id_incidents"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_incident_people")),
        info={"label": "người liên quan vụ việc"},
    )
    with op.batch_alter_table("incident_people", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_incident_people_deleted_at"), ["deleted_at"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_incident_people_incident_id"), ["incident_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_incident_people_updated_at"), ["updated_at"], unique=False
        )

    op.create_table(
        "incident_reporters",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("incident_id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["incident_id"],
            ["incidents.id"],
            name=op.f("fk_incident_reporters_incident_id_incidents"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["user_id"],
            ["users.id"],
            name=op.f("fk_incident_reporters_user_id_users"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_incident_reporters")),
        sa.UniqueConstraint(
            "incident_id", "user_id", name=op.f("uq_incident_reporters_incident_id_user_id")
        ),
        info={"label": "người báo tin vụ việc"},
    )
    with op.batch_alter_table("incident_reporters", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_incident_reporters_user_id"), ["user_id"], unique=False
        )

    op.create_table(
        "incident_urls",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("incident_id", sa.Integer(), nullable=False),
        sa.Column("unit_id", sa.Integer(), nullable=False),
        sa.Column("url", sa.String(length=2000), nullable=False),
        sa.ForeignKeyConstraint(
            ["incident_id"],
            ["incidents.id"],
            name=op.f("fk_incident_urls_incident_id_incidents"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["unit_id"],
            ["units.id"],
            name=op.f("fk_incident_urls_unit_id_units"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_incident_urls")),
        info={"label": "đường dẫn của vụ việc"},
    )
    with op.batch_alter_table("incident_urls", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_incident_urls_incident_id"), ["incident_id"], unique=False
        )
        batch_op.create_index("ix_incident_urls_unit_id_url", ["unit_id", "url"], unique=False)

    op.create_table(
        "incident_actions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("incident_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=30), nullable=False),
        sa.Column("taken_on", sa.Date(), nullable=False),
        sa.Column("unit_id", sa.Integer(), nullable=False),
        sa.Column("link", sa.String(length=2000), nullable=True),
        sa.Column("evidence_id", sa.Integer(), nullable=True),
        sa.Column("result", sa.Text(), nullable=False),
        sa.Column("task_id", sa.Integer(), nullable=True),
        sa.Column("task_update_id", sa.Integer(), nullable=True),
        sa.Column("author_user_id", sa.Integer(), nullable=True),
        sa.Column("author_name", sa.String(length=200), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["author_user_id"],
            ["users.id"],
            name=op.f("fk_incident_actions_author_user_id_users"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["evidence_id"],
            ["incident_evidence.id"],
            name=op.f("fk_incident_actions_evidence_id_incident_evidence"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["incident_id"],
            ["incidents.id"],
            name=op.f("fk_incident_actions_incident_id_incidents"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["task_id"],
            ["tasks.id"],
            name=op.f("fk_incident_actions_task_id_tasks"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["task_update_id"],
            ["task_updates.id"],
            name=op.f("fk_incident_actions_task_update_id_task_updates"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["unit_id"],
            ["units.id"],
            name=op.f("fk_incident_actions_unit_id_units"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_incident_actions")),
        info={"label": "biện pháp xử lý vụ việc"},
    )
    with op.batch_alter_table("incident_actions", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_incident_actions_incident_id"), ["incident_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_incident_actions_updated_at"), ["updated_at"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("incident_actions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_incident_actions_updated_at"))
        batch_op.drop_index(batch_op.f("ix_incident_actions_incident_id"))

    op.drop_table("incident_actions")
    with op.batch_alter_table("incident_urls", schema=None) as batch_op:
        batch_op.drop_index("ix_incident_urls_unit_id_url")
        batch_op.drop_index(batch_op.f("ix_incident_urls_incident_id"))

    op.drop_table("incident_urls")
    with op.batch_alter_table("incident_reporters", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_incident_reporters_user_id"))

    op.drop_table("incident_reporters")
    with op.batch_alter_table("incident_people", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_incident_people_updated_at"))
        batch_op.drop_index(batch_op.f("ix_incident_people_incident_id"))
        batch_op.drop_index(batch_op.f("ix_incident_people_deleted_at"))

    op.drop_table("incident_people")
    with op.batch_alter_table("incident_evidence", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_incident_evidence_incident_id"))

    op.drop_table("incident_evidence")
    with op.batch_alter_table("incident_events", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_incident_events_incident_id"))

    op.drop_table("incident_events")
    with op.batch_alter_table("incidents", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_incidents_updated_at"))
        batch_op.drop_index("ix_incidents_unit_id_detected_at")
        batch_op.drop_index(batch_op.f("ix_incidents_status"))
        batch_op.drop_index(batch_op.f("ix_incidents_reported_by_user_id"))
        batch_op.drop_index(batch_op.f("ix_incidents_escalated_at"))
        batch_op.drop_index(batch_op.f("ix_incidents_deleted_at"))

    op.drop_table("incidents")
    op.drop_table("incident_code_counters")
