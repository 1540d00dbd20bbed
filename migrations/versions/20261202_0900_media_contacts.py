"""media: press outlets (shared), contacts of a commune and their normalised phones and e-mails

Revision ID: 20261202_media
Revises: 20261201_byte_paths
Create Date: 2026-12-02 09:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "20261202_media"
down_revision: str | None = "20261201_byte_paths"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "media_outlets",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("unit_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("level", sa.String(length=20), nullable=False),
        sa.Column("website", sa.String(length=300), nullable=True),
        sa.Column("phone", sa.String(length=40), nullable=True),
        sa.Column("email", sa.String(length=254), nullable=True),
        sa.Column("address", sa.String(length=300), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("search_text", sa.Text(), nullable=False),
        sa.Column("name_sort_key", sa.String(length=1000), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["unit_id"],
            ["units.id"],
            name=op.f("fk_media_outlets_unit_id_units"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_media_outlets")),
        info={"label": "cơ quan báo chí"},
    )
    with op.batch_alter_table("media_outlets", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_media_outlets_deleted_at"), ["deleted_at"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_media_outlets_unit_id"), ["unit_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_media_outlets_updated_at"), ["updated_at"], unique=False
        )

    op.create_table(
        "media_contacts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("unit_id", sa.Integer(), nullable=False),
        sa.Column("outlet_id", sa.Integer(), nullable=True),
        sa.Column("full_name", sa.String(length=300), nullable=False),
        sa.Column("position", sa.String(length=300), nullable=True),
        sa.Column("phones", sa.JSON(), nullable=False),
        sa.Column("emails", sa.JSON(), nullable=False),
        sa.Column("press_card_number", sa.String(length=60), nullable=True),
        sa.Column("beats", sa.JSON(), nullable=False),
        sa.Column("personal_data_basis", sa.Text(), nullable=False),
        sa.Column("review_by", sa.Date(), nullable=True),
        sa.Column("merged_into_id", sa.Integer(), nullable=True),
        sa.Column("search_text", sa.Text(), nullable=False),
        sa.Column("name_sort_key", sa.String(length=1000), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["merged_into_id"],
            ["media_contacts.id"],
            name=op.f("fk_media_contacts_merged_into_id_media_contacts"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["outlet_id"],
            ["media_outlets.id"],
            name=op.f("fk_media_contacts_outlet_id_media_outlets"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["unit_id"],
            ["units.id"],
            name=op.f("fk_media_contacts_unit_id_units"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_media_contacts")),
        info={"label": "phóng viên"},
    )
    with op.batch_alter_table("media_contacts", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_media_contacts_deleted_at"), ["deleted_at"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_media_contacts_outlet_id"), ["outlet_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_media_contacts_unit_id"), ["unit_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_media_contacts_updated_at"), ["updated_at"], unique=False
        )

    op.create_table(
        "media_contact_identifiers",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("contact_id", sa.Integer(), nullable=False),
        sa.Column("unit_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("value", sa.String(length=254), nullable=False),
        sa.ForeignKeyConstraint(
            ["contact_id"],
            ["media_contacts.id"],
            name=op.f("fk_media_contact_identifiers_contact_id_media_contacts"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["unit_id"],
            ["units.id"],
            name=op.f("fk_media_contact_identifiers_unit_id_units"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_media_contact_identifiers")),
        info={"label": "số điện thoại, thư điện tử của phóng viên"},
    )
    with op.batch_alter_table("media_contact_identifiers", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_media_contact_identifiers_contact_id"), ["contact_id"], unique=False
        )
        batch_op.create_index(
            "ix_media_contact_identifiers_unit_id_value", ["unit_id", "value"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("media_contact_identifiers", schema=None) as batch_op:
        batch_op.drop_index("ix_media_contact_identifiers_unit_id_value")
        batch_op.drop_index(batch_op.f("ix_media_contact_identifiers_contact_id"))

    op.drop_table("media_contact_identifiers")
    with op.batch_alter_table("media_contacts", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_media_contacts_updated_at"))
        batch_op.drop_index(batch_op.f("ix_media_contacts_unit_id"))
        batch_op.drop_index(batch_op.f("ix_media_contacts_outlet_id"))
        batch_op.drop_index(batch_op.f("ix_media_contacts_deleted_at"))

    op.drop_table("media_contacts")
    with op.batch_alter_table("media_outlets", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_media_outlets_updated_at"))
        batch_op.drop_index(batch_op.f("ix_media_outlets_unit_id"))
        batch_op.drop_index(batch_op.f("ix_media_outlets_deleted_at"))

    op.drop_table("media_outlets")
