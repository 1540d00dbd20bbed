"""The audit trail is append-only and chained by keyed hashes under a sealed head; tampering is
found, a cut-off tail and a chain recomputed without the key included."""

import hashlib
import hmac
import itertools
import json
import os
import subprocess
import sys

from sqlalchemy import delete, select, update

from ttdn.audit.models import AuditChainHead, AuditEvent
from ttdn.audit.service import GENESIS_HASH, verify_chain


async def _make_some_events(client, world):
    for code in ("KDC-07", "KDC-08"):
        await client.post(
            "/api/v1/units",
            json={
                "parent_id": world.unit_id("ubnd_cao_xa"),
                "kind": "residential_area",
                "code": code,
                "name": f"Khu {code}",
            },
            headers=world.auth("admin"),
        )
    await client.post("/api/v1/units", json={}, headers=world.auth("khu1"))  # a denial


async def test_the_chain_is_intact_after_writes_and_denials(client, world, sessionmaker):
    await _make_some_events(client, world)
    async with sessionmaker() as session:
        report = await verify_chain(session)
        events = (await session.scalars(select(AuditEvent).order_by(AuditEvent.id))).all()
    assert report.intact and report.events == len(events) >= 3
    for previous, event in itertools.pairwise(events):
        assert event.previous_hash == previous.hash


async def test_an_edited_event_breaks_the_chain_where_it_was_edited(client, world, sessionmaker):
    await _make_some_events(client, world)
    async with sessionmaker() as session, session.begin():
        second = (await session.scalars(select(AuditEvent.id).order_by(AuditEvent.id))).all()[1]
        await session.execute(
            update(AuditEvent).where(AuditEvent.id == second).values(actor_username="someone")
        )
    async with sessionmaker() as session:
        report = await verify_chain(session)
    assert not report.intact
    assert report.first_broken_id == second


async def test_a_removed_event_breaks_the_chain(client, world, sessionmaker):
    await _make_some_events(client, world)
    async with sessionmaker() as session, session.begin():
        ids = (await session.scalars(select(AuditEvent.id).order_by(AuditEvent.id))).all()
        await session.delete(await session.get(AuditEvent, ids[0]))
    async with sessionmaker() as session:
        report = await verify_chain(session)
    assert not report.intact and report.first_broken_id == ids[1]


def _audit_verify(database_url):
    environment = {**os.environ, "TTDN_DATABASE_URL": database_url}
    return subprocess.run(
        [sys.executable, "-m", "ttdn.cli", "audit", "verify"],
        capture_output=True,
        text=True,
        env=environment,
        check=False,
    )


async def test_ttdn_audit_verify_says_intact_or_where_it_broke(
    client, world, sessionmaker, database_url
):
    await _make_some_events(client, world)
    intact = _audit_verify(database_url)
    assert intact.returncode == 0, intact.stderr
    assert "intact" in intact.stdout
    async with sessionmaker() as session, session.begin():
        last = await session.scalar(select(AuditEvent).order_by(AuditEvent.id.desc()).limit(1))
        last.details = {"forged": True}
    broken = _audit_verify(database_url)
    assert broken.returncode == 1
    assert f"BROKEN at event {last.id}" in broken.stderr


async def test_leaders_and_admins_read_the_trail_of_their_commune_only(client, world):
    await _make_some_events(client, world)
    await client.post(
        "/api/v1/units",
        json={
            "parent_id": world.unit_id("hien_quan"),
            "kind": "residential_area",
            "code": "KDC-HQ-9",
            "name": "Khu 9",
        },
        headers=world.auth("admin"),  # refused: not in admin's subtree
    )
    response = await client.get("/api/v1/audit?action=units.create", headers=world.auth("chutich"))
    assert response.status_code == 200
    created = response.json()["items"]
    assert [event["actor_username"] for event in created] == ["admin", "admin"]
    assert created[0]["occurred_at"] >= created[1]["occurred_at"]  # newest first
    assert (await client.get("/api/v1/audit", headers=world.auth("vhxh"))).status_code == 403


async def _ids(sessionmaker) -> list[int]:
    async with sessionmaker() as session:
        return list(await session.scalars(select(AuditEvent.id).order_by(AuditEvent.id)))


async def test_a_cut_off_tail_breaks_the_chain(client, world, sessionmaker, database_url):
    await _make_some_events(client, world)
    ids = await _ids(sessionmaker)
    async with sessionmaker() as session, session.begin():
        await session.execute(delete(AuditEvent).where(AuditEvent.id.in_(ids[-2:])))

    async with sessionmaker() as session:
        report = await verify_chain(session)

    assert not report.intact
    assert report.first_broken_id == ids[-1]
    assert "cut off" in report.problem
    broken = _audit_verify(database_url)
    assert broken.returncode == 1
    assert f"BROKEN at event {ids[-1]}" in broken.stderr


def _rehash(previous_hash, event, key: bytes | None) -> str:
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
    message = (
        previous_hash.encode()
        + json.dumps(fields, sort_keys=True, ensure_ascii=False, default=str).encode()
    )
    if key is None:
        return hashlib.sha256(message).hexdigest()
    return hmac.new(key, message, hashlib.sha256).hexdigest()


async def _delete_and_recompute(sessionmaker, victim_id, key: bytes | None) -> None:
    """What someone with write access to the database but not the secret key can do: remove an
    event, chain the rest again and point the head at the new last event."""
    async with sessionmaker() as session, session.begin():
        await session.execute(delete(AuditEvent).where(AuditEvent.id == victim_id))
        events = (await session.scalars(select(AuditEvent).order_by(AuditEvent.id))).all()
        previous = GENESIS_HASH
        for event in events:
            event.previous_hash = previous
            event.hash = _rehash(previous, event, key)
            previous = event.hash
            await session.flush()
        head = await session.get(AuditChainHead, 1)
        head.last_event_id, head.last_hash, head.events = events[-1].id, previous, len(events)


async def test_a_chain_recomputed_after_a_deletion_is_found(client, world, sessionmaker):
    await _make_some_events(client, world)
    ids = await _ids(sessionmaker)

    await _delete_and_recompute(sessionmaker, ids[1], key=None)

    async with sessionmaker() as session:
        report = await verify_chain(session)
    assert not report.intact
    assert report.first_broken_id == ids[0]


async def test_a_chain_recomputed_with_a_guessed_key_is_found(client, world, sessionmaker):
    await _make_some_events(client, world)
    ids = await _ids(sessionmaker)

    await _delete_and_recompute(sessionmaker, ids[-1], key=b"a guess at the key")

    async with sessionmaker() as session:
        report = await verify_chain(session)
    assert not report.intact
    assert report.first_broken_id == ids[0]


async def test_a_head_moved_back_over_a_cut_off_tail_is_found(client, world, sessionmaker):
    await _make_some_events(client, world)
    ids = await _ids(sessionmaker)
    async with sessionmaker() as session, session.begin():
        keep = await session.get_one(AuditEvent, ids[-2])
        await session.execute(delete(AuditEvent).where(AuditEvent.id == ids[-1]))
        head = await session.get_one(AuditChainHead, 1)
        head.last_event_id, head.last_hash, head.events = keep.id, keep.hash, len(ids) - 1

    async with sessionmaker() as session:
        report = await verify_chain(session)

    assert not report.intact
    assert "seal" in report.problem
