"""The audit trail: append-only, hash-chained, read within the caller's scope."""

import hashlib
import json
from collections.abc import Mapping
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.ext.asyncio import AsyncSession

from ttdn.audit.models import AuditEvent
from ttdn.audit.schemas import ChainReport
from ttdn.core.authz import Principal, visible
from ttdn.core.context import request_id_var
from ttdn.core.db import utcnow
from ttdn.core.pagination import Listing, ListParams, fetch_page

GENESIS_HASH = "0" * 64
# Serialises writers of the chain across processes on PostgreSQL (SQLite has one writer).
_CHAIN_LOCK_KEY = 7_316_001


def _canonical(value: Any) -> bytes:
    return json.dumps(value, sort_keys=True, ensure_ascii=False, default=str).encode()


def snapshot_digest(snapshot: Mapping[str, Any] | None) -> str | None:
    return hashlib.sha256(_canonical(snapshot)).hexdigest() if snapshot is not None else None


def _event_hash(previous_hash: str, event: AuditEvent) -> str:
    fields = {
        "occurred_at": event.occurred_at.isoformat(),
        "actor_user_id": event.actor_user_id,
        "actor_username": event.actor_username,
        "unit_path": event.unit_path,
        "action": event.action,
        "object_type": event.object_type,
        "object_id": event.object_id,
        "request_id": event.request_id,
        "before_digest": event.before_digest,
        "after_digest": event.after_digest,
        "details": event.details,
    }
    return hashlib.sha256(previous_hash.encode() + _canonical(fields)).hexdigest()


async def record(
    session: AsyncSession,
    action: str,
    *,
    actor: Principal | None = None,
    actor_user_id: int | None = None,
    actor_username: str | None = None,
    unit_path: str | None = None,
    object_type: str | None = None,
    object_id: int | str | None = None,
    before: Mapping[str, Any] | None = None,
    after: Mapping[str, Any] | None = None,
    request_id: str | None = None,
    details: Mapping[str, Any] | None = None,
) -> AuditEvent:
    """Append one event to the chain in `session`'s transaction (it lands only if that commits)."""
    if session.bind is not None and session.bind.dialect.name == "postgresql":
        await session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _CHAIN_LOCK_KEY})
    previous = await session.scalar(select(AuditEvent.hash).order_by(AuditEvent.id.desc()).limit(1))
    event = AuditEvent(
        occurred_at=utcnow(),
        actor_user_id=actor.user_id if actor else actor_user_id,
        actor_username=actor.username if actor else actor_username,
        unit_path=unit_path if unit_path is not None else (actor.home_unit_path if actor else None),
        action=action,
        object_type=object_type,
        object_id=str(object_id) if object_id is not None else None,
        request_id=request_id or request_id_var.get(),
        before_digest=snapshot_digest(before),
        after_digest=snapshot_digest(after),
        details=dict(details or {}),
        previous_hash=previous or GENESIS_HASH,
    )
    event.hash = _event_hash(event.previous_hash, event)
    session.add(event)
    await session.flush()
    return event


async def verify_chain(session: AsyncSession) -> ChainReport:
    """Recompute every hash in order; report the first event that does not follow."""
    expected_previous = GENESIS_HASH
    count = 0
    result = await session.stream_scalars(select(AuditEvent).order_by(AuditEvent.id))
    async for event in result:
        count += 1
        if event.previous_hash != expected_previous or event.hash != _event_hash(
            event.previous_hash, event
        ):
            return ChainReport(events=count, intact=False, first_broken_id=event.id)
        expected_previous = event.hash
    return ChainReport(events=count, intact=True, first_broken_id=None)


AUDIT_LISTING = Listing(
    sortable={"occurred_at": AuditEvent.occurred_at, "action": AuditEvent.action},
    default_sort=["-occurred_at"],
    tiebreaker=AuditEvent.id,
    search_column=None,
    updated_column=AuditEvent.occurred_at,
)


async def list_events(
    session: AsyncSession,
    principal: Principal,
    params: ListParams,
    *,
    action: str | None = None,
    object_type: str | None = None,
    object_id: str | None = None,
) -> tuple[list[AuditEvent], int]:
    """Events about units within the caller's `audit:read` reach, newest first by default."""
    statement = select(AuditEvent).where(visible(principal, "audit:read", AuditEvent.unit_path))
    if action:
        statement = statement.where(AuditEvent.action == action)
    if object_type:
        statement = statement.where(AuditEvent.object_type == object_type)
    if object_id:
        statement = statement.where(AuditEvent.object_id == object_id)
    return await fetch_page(session, statement, params, AUDIT_LISTING)
