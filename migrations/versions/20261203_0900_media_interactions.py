"""media: interactions with the press, their outlets and reporters, the follow-up steps of press
reports about the commune, and the documents handed over

Revision ID: 20261203_interactions
Revises: 20261202_media
Create Date: 2026-12-03 09:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "20261203_interactions"
down_revision: str | None = "20261202_media"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "media_interactions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("unit_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=30), nullable=False),
        sa.Column("occurred_on", sa.Date(), nullable=False),
        sa.Column("topic", sa.String(length=300), nullable=False),
        sa.Column("spokesperson", sa.String(length=300), nullable=True),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.Column("published_links", sa.JSON(), nullable=False),
        sa.Column("task_id", sa.Integer(), nullable=True),
        sa.Column("task_update_id", sa.Integer(), nullable=True),
        sa.Column("follow_up_status", sa.String(length=20), nullable=True),
        sa.Column("due_on", sa.Date(), nullable=True),
        sa.Column("answer", sa.Text(), nullable=True),
        sa.Column("answered_on", sa.Date(), nullable=True),
        sa.Column("search_text", sa.Text(), nullable=False),
        sa.Column("topic_key", sa.String(length=300), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["task_id"],
            ["tasks.id"],
            name=op.f("fk_media_interactions_task_id_tasks"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["task_update_id"],
            ["task_updates.id"],
            name=op.f("fk_media_interactions_task_update_id_task_updates"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["unit_id"],
            ["units.id"],
            name=op.f("fk_media_interactions_unit_id_units"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_media_interactions")),
        info={"label": "hoạt động báo chí"},
    )
    with op.batch_alter_table("media_interactions", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_media_interactions_deleted_at"), ["deleted_at"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_media_interactions_follow_up_status"), ["follow_up_status"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_media_interactions_occurred_on"), ["occurred_on"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_media_interactions_task_id"), ["task_id"], unique=False
        )
        batch_op.create_index(
            "ix_media_interactions_unit_id_occurred_on", ["unit_id", "occurred_on"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_media_interactions_updated_at"), ["updated_at"], unique=False
        )

    op.create_table(
        "media_documents",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("interaction_id", sa.Integer(), nullable=False),
        sa.Column("filename", sa.String(length=255), nullable=False),
        sa.Column("content_type", sa.String(length=120), nullable=False),
        sa.Column("size_bytes", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("uploaded_by_user_id", sa.Integer(), nullable=True),
        sa.Column("uploaded_by_name", sa.String(length=200), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["interaction_id"],
            ["media_interactions.id"],
            name=op.f("fk_media_documents_interaction_id_media_interactions"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["uploaded_by_user_id"],
            ["users.id"],
            name=op.f("fk_media_documents_uploaded_by_user_id_users"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_media_documents")),
        info={"label": "tài liệu của hoạt động báo chí"},
    )
    with op.batch_alter_table("media_documents", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_media_documents_interaction_id"), ["interaction_id"], unique=False
        )

    op.create_table(
        "media_follow_up_steps",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("interaction_id", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("author_user_id", sa.Integer(), nullable=True),
        sa.Column("author_name", sa.String(length=200), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["author_user_id"],
            ["users.id"],
            name=op.f("fk_media_follow_up_steps_author_user_id_users"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["interaction_id"],
            ["media_interactions.id"],
            name=op.f("fk_media_follow_up_steps_interaction_id_media_interactions"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_media_follow_up_steps")),
        info={"label": "bước xử lý phản ánh của báo chí"},
    )
    with op.batch_alter_table("media_follow_up_steps", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_media_follow_up_steps_interaction_id"), ["interaction_id"], unique=False
        )

    op.create_table(
        "media_interaction_contacts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("interaction_id", sa.Integer(), nullable=False),
        sa.Column("contact_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["contact_id"],
            ["media_contacts.id"],
            name=op.f("fk_media_interaction_contacts_contact_id_media_contacts"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["interaction_id"],
            ["media_interactions.id"],
            name=op.f("fk_media_interaction_contacts_interaction_id_media_interactions"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_media_interaction_contacts")),
        sa.UniqueConstraint(
            "interaction_id",
            "contact_id",
            name=op.f("uq_media_interaction_contacts_interaction_id_contact_id"),
        ),
        info={"label": "phóng viên của hoạt động"},
    )
    with op.batch_alter_table("media_interaction_contacts", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_media_interaction_contacts_contact_id"), ["contact_id"], unique=False
        )

    op.create_table(
        "media_interaction_outlets",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("interaction_id", sa.Integer(), nullable=False),
        sa.Column("outlet_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["interaction_id"],
            ["media_interactions.id"],
            name=op.f("fk_media_interaction_outlets_interaction_id_media_interactions"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["outlet_id"],
            ["media_outlets.id"],
            name=op.f("fk_media_interaction_outlets_outlet_id_media_outlets"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_media_interaction_outlets")),
        sa.UniqueConstraint(
            "interaction_id",
            "outlet_id",
            name=op.f("uq_media_interaction_outlets_interaction_id_outlet_id"),
        ),
        info={"label": "cơ quan báo chí của hoạt động"},
    )
    with op.batch_alter_table("media_interaction_outlets", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_media_interaction_outlets_outlet_id"), ["outlet_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("media_interaction_outlets", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_media_interaction_outlets_outlet_id"))

    op.drop_table("media_interaction_outlets")
    with op.batch_alter_table("media_interaction_contacts", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_media_interaction_contacts_contact_id"))

    op.drop_table("media_interaction_contacts")
    with op.batch_alter_table("media_follow_up_steps", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_media_follow_up_steps_interaction_id"))

    op.drop_table("media_follow_up_steps")
    with op.batch_alter_table("media_documents", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_media_documents_interaction_id"))

    op.drop_table("media_documents")
    with op.batch_alter_table("media_interactions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_media_interactions_updated_at"))
        batch_op.drop_index("ix_media_interactions_unit_id_occurred_on")
        batch_op.drop_index(batch_op.f("ix_media_interactions_task_id"))
        batch_op.drop_index(batch_op.f("ix_media_interactions_occurred_on"))
        batch_op.drop_index(batch_op.f("ix_media_interactions_follow_up_status"))
        batch_op.drop_index(batch_op.f("ix_media_interactions_deleted_at"))

    op.drop_table("media_interactions")
