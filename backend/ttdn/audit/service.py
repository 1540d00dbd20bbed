"""The audit trail: append-only, chained by keyed hashes, read within the caller's scope.

Each event carries HMAC-SHA256(previous event's hash + its own fields) under a key derived from
the secret key, so nobody without the key can recompute the chain after changing or removing an
event. The head row (`AuditChainHead`) names the newest event and how many there are, sealed with
the same key and updated in the same transaction as each append, so that a cut-off tail is found
too. Appends are serialised by the UPDATE of the head row, which locks it until commit.
"""

import hashlib
import hmac
import json
from collections.abc import Mapping
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from ttdn.audit.models import AuditChainHead, AuditEvent
from ttdn.audit.schemas import ChainReport
from ttdn.core.authz import Principal, visible
from ttdn.core.context import request_id_var
from ttdn.core.db import utcnow
from ttdn.core.pagination import Fetched, Listing, ListParams, fetch_page
from ttdn.core.tokens import derived_key

GENESIS_HASH = "0" * 64
HEAD_ID = 1
KEY_PURPOSE = "audit-chain"


def _canonical(value: Any) -> bytes:
    return json.dumps(value, sort_keys=True, ensure_ascii=False, default=str).encode()


def snapshot_digest(snapshot: Mapping[str, Any] | None) -> str | None:
    return hashlib.sha256(_canonical(snapshot)).hexdigest() if snapshot is not None else None


def _mac(key: bytes, message: bytes) -> str:
    return hmac.new(key, message, hashlib.sha256).hexdigest()


def event_hash(key: bytes, previous_hash: str, event: AuditEvent) -> str:
    """The event's link in the chain: an HMAC of its fields and the previous link (public for
    `ttdn seed-scale`, which writes events in bulk exactly as `record` would)."""
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
    return _mac(key, previous_hash.encode() + _canonical(fields))


def head_seal(key: bytes, last_event_id: int | None, last_hash: str, events: int) -> str:
    """The seal of the chain's head row: which event is last, its link and how many there are."""
    return _mac(key, f"head|{last_event_id}|{last_hash}|{events}".encode())


async def _lock_head(session: AsyncSession) -> tuple[str, int]:
    """Lock the head row for this transaction (a write, so SQLite's one writer is us from here
    on); the newest hash and the number of events the next one makes. A missing head (an empty
    trail) is created."""
    bump = (
        update(AuditChainHead)
        .where(AuditChainHead.id == HEAD_ID)
        .values(events=AuditChainHead.events + 1)
        .returning(AuditChainHead.last_hash, AuditChainHead.events)
    )
    row = (await session.execute(bump)).one_or_none()
    if row is None:
        try:
            async with session.begin_nested():
                session.add(
                    AuditChainHead(
                        id=HEAD_ID,
                        last_event_id=None,
                        last_hash=GENESIS_HASH,
                        events=0,
                        seal=head_seal(derived_key(KEY_PURPOSE), None, GENESIS_HASH, 0),
                    )
                )
        except IntegrityError:  # another first event got there first
            pass
        row = (await session.execute(bump)).one()
    return row.last_hash, row.events


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
    key = derived_key(KEY_PURPOSE)
    previous, events = await _lock_head(session)
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
        previous_hash=previous,
    )
    event.hash = event_hash(key, event.previous_hash, event)
    session.add(event)
    await session.flush()
    await session.execute(
        update(AuditChainHead)
        .where(AuditChainHead.id == HEAD_ID)
        .values(
            last_event_id=event.id,
            last_hash=event.hash,
            seal=head_seal(key, event.id, event.hash, events),
        )
    )
    return event


async def verify_chain(session: AsyncSession) -> ChainReport:
    """Recompute every keyed hash in order and check the head; report the first event that does
    not follow, or a tail that was cut off (the head names an event that is gone)."""
    key = derived_key(KEY_PURPOSE)
    expected_previous = GENESIS_HASH
    count = 0
    last_id: int | None = None
    result = await session.stream_scalars(select(AuditEvent).order_by(AuditEvent.id))
    async for event in result:
        count += 1
        if event.previous_hash != expected_previous or event.hash != event_hash(
            key, event.previous_hash, event
        ):
            return ChainReport(
                events=count,
                intact=False,
                first_broken_id=event.id,
                problem=f"event {event.id} does not follow the one before it",
            )
        expected_previous, last_id = event.hash, event.id
    head = await session.get(AuditChainHead, HEAD_ID)
    if head is None:
        if count == 0:
            return ChainReport(events=0, intact=True, first_broken_id=None)
        return ChainReport(
            events=count, intact=False, first_broken_id=None, problem="the chain's head is missing"
        )
    if head.seal != head_seal(key, head.last_event_id, head.last_hash, head.events):
        return ChainReport(
            events=count, intact=False, first_broken_id=None, problem="the head's seal is wrong"
        )
    if (head.last_event_id, head.last_hash, head.events) != (last_id, expected_previous, count):
        return ChainReport(
            events=count,
            intact=False,
            first_broken_id=head.last_event_id,
            problem=(
                f"the head names {head.events} events ending with event {head.last_event_id}; "
                f"{count} remain, ending with event {last_id}: the tail was cut off"
            ),
        )
    return ChainReport(events=count, intact=True, first_broken_id=None)


AUDIT_LISTING = Listing(
    sortable={"occurred_at": AuditEvent.occurred_at, "action": AuditEvent.action},
    default_sort=["-occurred_at"],
    tiebreaker=AuditEvent.id,
    search_column=None,
    updated_column=AuditEvent.occurred_at,
    count_apart=True,
)


async def list_events(
    session: AsyncSession,
    principal: Principal,
    params: ListParams,
    *,
    action: str | None = None,
    object_type: str | None = None,
    object_id: str | None = None,
) -> Fetched:
    """Events about units within the caller's `audit:read` reach, newest first by default."""
    statement = select(AuditEvent).where(visible(principal, "audit:read", AuditEvent.unit_path))
    if action:
        statement = statement.where(AuditEvent.action == action)
    if object_type:
        statement = statement.where(AuditEvent.object_type == object_type)
    if object_id:
        statement = statement.where(AuditEvent.object_id == object_id)
    return await fetch_page(session, statement, params, AUDIT_LISTING)
