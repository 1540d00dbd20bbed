"""legal reference owners: each reference is filed under the unit that entered it

Existing references go to the issuing unit of the first plan that cites them (as căn cứ, as a
cited document, or as its parent document); one that no plan cites stays without a unit and
can no longer be changed, only read.

Revision ID: 20261130_reference_owners
Revises: 20261130_claim_returns
Create Date: 2026-11-30 05:30:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "20261130_reference_owners"
down_revision: str | None = "20261130_claim_returns"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("legal_references", schema=None) as batch_op:
        batch_op.add_column(sa.Column("unit_id", sa.Integer(), nullable=True))
        batch_op.create_index(batch_op.f("ix_legal_references_unit_id"), ["unit_id"], unique=False)
        batch_op.create_foreign_key(
            batch_op.f("fk_legal_references_unit_id_units"),
            "units",
            ["unit_id"],
            ["id"],
            ondelete="RESTRICT",
        )
    op.execute(
        """
        UPDATE legal_references SET unit_id = (
            SELECT plans.unit_id FROM plans
            WHERE plans.parent_reference_id = legal_references.id
               OR plans.id IN (
                   SELECT plan_legal_bases.plan_id FROM plan_legal_bases
                   WHERE plan_legal_bases.legal_reference_id = legal_references.id
               )
            ORDER BY plans.id
            LIMIT 1
        )
        """
    )


def downgrade() -> None:
    with op.batch_alter_table("legal_references", schema=None) as batch_op:
        batch_op.drop_constraint(
            batch_op.f("fk_legal_references_unit_id_units"), type_="foreignkey"
        )
        batch_op.drop_index(batch_op.f("ix_legal_references_unit_id"))
        batch_op.drop_column("unit_id")
