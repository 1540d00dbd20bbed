"""audit chain head: the chain is keyed (HMAC) and its newest event is sealed in a head row

Existing events were chained with plain SHA-256. When that chain is intact it is sealed again
with the key derived from the secret key, and the head row is written; a chain that is already
broken is left as it is, so that `ttdn audit verify` still shows where.

Revision ID: 20261130_audit_head
Revises: 20261130_unit_sort_keys
Create Date: 2026-11-30 04:36:00
"""

import hashlib
import hmac
import json
from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa
from alembic import op

from ttdn.core.db import UTCDateTime
from ttdn.core.tokens import derived_key

revision: str = "20261130_audit_head"
down_revision: str | None = "20261130_unit_sort_keys"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

GENESIS_HASH = "0" * 64
FIELDS = (
    "occurred_at",
    "actor_user_id",
    "actor_username",
    "unit_path",
    "action",
    "object_type",
    "object_id",
    "request_id",
    "before_digest",
    "after_digest",
    "details",
)
events_table = sa.table(
    "audit_events",
    sa.column("id", sa.BigInteger()),
    sa.column("occurred_at", UTCDateTime()),
    *(sa.column(name, sa.String()) for name in FIELDS[1:-1]),
    sa.column("details", sa.JSON()),
    sa.column("previous_hash", sa.String()),
    sa.column("hash", sa.String()),
)


def _chained(previous_hash: str, row: Any, key: bytes | None) -> str:
    fields = {name: getattr(row, name) for name in FIELDS}
    fields["occurred_at"] = row.occurred_at.isoformat()
    fields["actor_user_id"] = int(row.actor_user_id) if row.actor_user_id is not None else None
    message = previous_hash.encode() + json.dumps(
        fields, sort_keys=True, ensure_ascii=False, default=str
    ).encode("utf-8")
    if key is None:
        return hashlib.sha256(message).hexdigest()
    return hmac.new(key, message, hashlib.sha256).hexdigest()


def _seal_existing_chain(connection: sa.Connection) -> tuple[int | None, str, int]:
    rows = connection.execute(sa.select(events_table).order_by(events_table.c.id)).all()
    previous = GENESIS_HASH
    for row in rows:
        if row.previous_hash != previous or row.hash != _chained(previous, row, None):
            print(f"audit chain already broken at event {row.id}: left unsealed")
            return rows[-1].id, rows[-1].hash, len(rows)
        previous = row.hash
    key = derived_key("audit-chain")
    previous = GENESIS_HASH
    for row in rows:
        sealed = _chained(previous, row, key)
        connection.execute(
            sa.update(events_table)
            .where(events_table.c.id == row.id)
            .values(previous_hash=previous, hash=sealed)
        )
        previous = sealed
    return (rows[-1].id if rows else None), previous, len(rows)


def upgrade() -> None:
    head = op.create_table(
        "audit_chain_head",
        sa.Column("id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column(
            "last_event_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=True
        ),
        sa.Column("last_hash", sa.String(length=64), nullable=False),
        sa.Column("events", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.Column("seal", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_chain_head")),
    )
    last_event_id, last_hash, events = _seal_existing_chain(op.get_bind())
    seal = hmac.new(
        derived_key("audit-chain"),
        f"head|{last_event_id}|{last_hash}|{events}".encode(),
        hashlib.sha256,
    ).hexdigest()
    op.bulk_insert(
        head,
        [
            {
                "id": 1,
                "last_event_id": last_event_id,
                "last_hash": last_hash,
                "events": events,
                "seal": seal,
            }
        ],
    )


def downgrade() -> None:
    # The events keep their keyed hashes: the older code's `audit verify` no longer reads them.
    op.drop_table("audit_chain_head")
