from datetime import datetime
from typing import Any

from sqlalchemy import JSON, BigInteger, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from ttdn.core.db import UNIT_PATH, Base, utcnow


class AuditEvent(Base):
    """One thing that happened. Rows are only ever inserted; each carries the keyed hash (HMAC) of
    the previous row so that any later change or deletion breaks the chain, and one cannot
    recompute it without the secret key (`ttdn audit verify`)."""

    __tablename__ = "audit_events"
    __table_args__ = ({"info": {"label": "nhật ký"}},)

    id: Mapped[int] = mapped_column(BigInteger().with_variant(Integer, "sqlite"), primary_key=True)
    occurred_at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    actor_user_id: Mapped[int | None]
    actor_username: Mapped[str | None] = mapped_column(String(100))
    unit_path: Mapped[str | None] = mapped_column(UNIT_PATH, index=True)
    action: Mapped[str] = mapped_column(String(60), index=True)
    object_type: Mapped[str | None] = mapped_column(String(40))
    object_id: Mapped[str | None] = mapped_column(String(60))
    request_id: Mapped[str | None] = mapped_column(String(64))
    before_digest: Mapped[str | None] = mapped_column(String(64))
    after_digest: Mapped[str | None] = mapped_column(String(64))
    details: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    previous_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64), unique=True)


class AuditChainHead(Base):
    """The one row (`id` 1) naming the newest event of the chain, updated in the transaction that
    appends it. Its `seal` (keyed like the events) covers the newest event's id and hash and the
    number of events, so that cutting off the tail is found, not just changing a row."""

    __tablename__ = "audit_chain_head"
    # Its migration writes the row: a database that holds only it holds no data (`core.backup`).
    __table_args__ = ({"info": {"label": "đầu chuỗi nhật ký", "written_by_migrations": True}},)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    last_event_id: Mapped[int | None] = mapped_column(BigInteger().with_variant(Integer, "sqlite"))
    last_hash: Mapped[str] = mapped_column(String(64))
    events: Mapped[int] = mapped_column(BigInteger().with_variant(Integer, "sqlite"))
    seal: Mapped[str] = mapped_column(String(64))
