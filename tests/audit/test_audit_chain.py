"""The audit trail is append-only and hash-chained; tampering is found."""

import itertools
import os
import subprocess
import sys

from sqlalchemy import select, update

from ttdn.audit.models import AuditEvent
from ttdn.audit.service import verify_chain


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
