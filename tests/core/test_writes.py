"""Write conventions: If-Match and versions, Idempotency-Key, audit events for every write."""

import asyncio
from datetime import timedelta

import httpx
from sqlalchemy import func, select, update

from ttdn.audit.models import AuditEvent
from ttdn.core.config import get_settings
from ttdn.core.db import utcnow
from ttdn.core.idempotency import HeldAnswer, IdempotencyKey
from ttdn.demo.cao_xa_2023 import DEMO_PASSWORD
from ttdn.units.models import Unit


def _new_unit(world, code="KDC-07"):
    return {
        "parent_id": world.unit_id("ubnd_cao_xa"),
        "kind": "residential_area",
        "code": code,
        "name": "Khu dân cư số 7",
    }


async def _unit_count(sessionmaker):
    async with sessionmaker() as session:
        return await session.scalar(select(func.count()).select_from(Unit))


async def test_a_change_without_if_match_is_refused_with_428(client, world):
    response = await client.patch(
        f"/api/v1/units/{world.unit_id('khu_2')}",
        json={"name": "Khu hai"},
        headers=world.auth("admin"),
    )
    assert response.status_code == 428
    assert "If-Match" in response.json()["detail"]


async def test_a_stale_if_match_is_rejected_with_412(client, world):
    path = f"/api/v1/units/{world.unit_id('khu_2')}"
    etag = (await client.get(path, headers=world.auth("admin"))).headers["ETag"]
    first = await client.patch(
        path, json={"name": "Khu hai"}, headers={**world.auth("admin"), "If-Match": etag}
    )
    assert first.status_code == 200
    assert first.headers["ETag"] != etag
    second = await client.patch(
        path, json={"name": "Khu số hai"}, headers={**world.auth("admin"), "If-Match": etag}
    )
    assert second.status_code == 412
    now = (await client.get(path, headers=world.auth("admin"))).json()
    assert now["name"] == "Khu hai"


async def test_delete_needs_the_current_version_too(client, world):
    path = f"/api/v1/units/{world.unit_id('cao_xa_unused')}"
    assert (await client.delete(path, headers=world.auth("admin"))).status_code == 428
    stale = await client.delete(path, headers={**world.auth("admin"), "If-Match": '"99"'})
    assert stale.status_code == 412


async def test_the_same_idempotency_key_and_body_answer_the_first_answer(
    client, world, sessionmaker
):
    before = await _unit_count(sessionmaker)
    headers = {**world.auth("admin"), "Idempotency-Key": "tao-khu-7"}
    first = await client.post("/api/v1/units", json=_new_unit(world), headers=headers)
    again = await client.post("/api/v1/units", json=_new_unit(world), headers=headers)
    assert first.status_code == again.status_code == 201
    assert again.json() == first.json()
    assert again.headers["ETag"] == first.headers["ETag"]
    assert again.headers["Idempotent-Replayed"] == "true"
    assert await _unit_count(sessionmaker) == before + 1


async def test_the_same_idempotency_key_with_another_body_is_a_422(client, world, sessionmaker):
    headers = {**world.auth("admin"), "Idempotency-Key": "tao-khu-7"}
    await client.post("/api/v1/units", json=_new_unit(world), headers=headers)
    count = await _unit_count(sessionmaker)
    other = await client.post("/api/v1/units", json=_new_unit(world, "KDC-08"), headers=headers)
    assert other.status_code == 422
    assert other.headers["content-type"].startswith("application/problem+json")
    assert await _unit_count(sessionmaker) == count


async def test_idempotency_keys_belong_to_one_user(client, world):
    body = _new_unit(world)
    first = await client.post(
        "/api/v1/units", json=body, headers={**world.auth("admin"), "Idempotency-Key": "k1"}
    )
    other_user = await client.post(
        "/api/v1/units", json=body, headers={**world.auth("vhxh"), "Idempotency-Key": "k1"}
    )
    assert first.status_code == 201
    assert other_user.status_code == 403  # judged on its own, not replayed


async def test_concurrent_retries_with_one_key_create_one_row(client, world, sessionmaker):
    before = await _unit_count(sessionmaker)
    headers = {**world.auth("admin"), "Idempotency-Key": "dong-thoi"}
    answers = await asyncio.gather(
        *(client.post("/api/v1/units", json=_new_unit(world), headers=headers) for _ in range(3))
    )
    assert {answer.status_code for answer in answers} == {201}
    assert sum("idempotent-replayed" in answer.headers for answer in answers) == 2
    assert await _unit_count(sessionmaker) == before + 1


async def test_a_refused_request_frees_its_key(client, world, sessionmaker):
    headers = {**world.auth("admin"), "Idempotency-Key": "trung-ma"}
    refused = await client.post("/api/v1/units", json=_new_unit(world, "VHXH"), headers=headers)
    assert refused.status_code == 409  # code in use: nothing changed

    corrected = await client.post("/api/v1/units", json=_new_unit(world), headers=headers)

    assert corrected.status_code == 201, corrected.text
    assert "idempotent-replayed" not in corrected.headers
    async with sessionmaker() as session:
        stored = await session.get(IdempotencyKey, (world.users["admin"], "trung-ma"))
    assert stored is not None and stored.status_code == 201


async def test_a_retry_as_soon_as_the_201_arrives_gets_it_replayed(app, world, sessionmaker):
    """The retry is sent from inside the first answer's delivery: the moment a client that
    lost the connection right after the 201 could try again."""
    headers = {**world.auth("admin"), "Idempotency-Key": "gui-lai-ngay"}
    retries = []

    async def retrying_client_app(scope, receive, send):
        async def send_then_retry(message):
            await send(message)
            if message["type"] == "http.response.body" and not message.get("more_body"):
                transport = httpx.ASGITransport(app=app)
                async with httpx.AsyncClient(transport=transport, base_url="http://t") as again:
                    retries.append(
                        await again.post("/api/v1/units", json=_new_unit(world), headers=headers)
                    )

        await app(scope, receive, send_then_retry)

    transport = httpx.ASGITransport(app=retrying_client_app)
    async with httpx.AsyncClient(transport=transport, base_url="http://t") as client:
        first = await client.post("/api/v1/units", json=_new_unit(world), headers=headers)

    assert first.status_code == 201, first.text
    [retry] = retries
    assert retry.status_code == 201, retry.text
    assert retry.headers["idempotent-replayed"] == "true"
    assert retry.json() == first.json()


async def test_a_write_whose_answer_cannot_be_stored_is_not_kept(
    app, world, sessionmaker, monkeypatch
):
    before = await _unit_count(sessionmaker)
    headers = {**world.auth("admin"), "Idempotency-Key": "hong-giua-chung"}

    def crash(self):
        raise RuntimeError("the server died between the write and storing its answer")

    transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
    async with httpx.AsyncClient(transport=transport, base_url="http://t") as client:
        with monkeypatch.context() as patch:
            patch.setattr(HeldAnswer, "replayed_headers", crash)
            crashed = await client.post("/api/v1/units", json=_new_unit(world), headers=headers)
        assert crashed.status_code == 500
        assert await _unit_count(sessionmaker) == before

        retry = await client.post("/api/v1/units", json=_new_unit(world), headers=headers)

    assert retry.status_code == 201, retry.text
    assert "idempotent-replayed" not in retry.headers
    assert await _unit_count(sessionmaker) == before + 1


async def test_an_expired_key_can_be_used_again(client, world, sessionmaker):
    headers = {**world.auth("admin"), "Idempotency-Key": "hom-qua"}
    first = await client.post("/api/v1/units", json=_new_unit(world), headers=headers)
    assert first.status_code == 201
    hours = get_settings().idempotency_key_hours + 1
    async with sessionmaker() as session, session.begin():
        await session.execute(
            update(IdempotencyKey)
            .where(IdempotencyKey.key == "hom-qua")
            .values(created_at=utcnow() - timedelta(hours=hours))
        )

    other = await client.post("/api/v1/units", json=_new_unit(world, "KDC-08"), headers=headers)

    assert other.status_code == 201, other.text
    assert "idempotent-replayed" not in other.headers
    assert other.json()["code"] == "KDC-08"


async def test_auth_answers_are_never_stored(client, world, sessionmaker):
    login = await client.post(
        "/api/v1/auth/login", data={"username": "vhxh", "password": DEMO_PASSWORD}
    )
    headers = {**world.auth("vhxh"), "Idempotency-Key": "gia-han"}
    client.cookies.clear()

    refreshed = await client.post(
        "/api/v1/auth/refresh",
        json={"refresh_token": login.json()["refresh_token"]},
        headers=headers,
    )

    assert refreshed.status_code == 200, refreshed.text
    async with sessionmaker() as session:
        stored = (await session.scalars(select(IdempotencyKey))).all()
    assert stored == []
    assert refreshed.json()["refresh_token"].encode() not in b"".join(
        row.body or b"" for row in stored
    )


async def test_every_write_leaves_one_audit_event(client, world, sessionmaker):
    created = await client.post("/api/v1/units", json=_new_unit(world), headers=world.auth("admin"))
    unit = created.json()
    await client.patch(
        f"/api/v1/units/{unit['id']}",
        json={"name": "Khu bảy"},
        headers={**world.auth("admin"), "If-Match": created.headers["ETag"]},
    )
    async with sessionmaker() as session:
        events = (
            await session.scalars(
                select(AuditEvent)
                .where(AuditEvent.object_id == str(unit["id"]))
                .order_by(AuditEvent.id)
            )
        ).all()
    assert [event.action for event in events] == ["units.create", "units.update"]
    assert all(event.actor_username == "admin" for event in events)
    assert events[0].after_digest == events[1].before_digest
    assert events[1].request_id
    assert events[1].unit_path == f"{world.units['ubnd_cao_xa'].path}{unit['id']}/"


async def test_a_denial_is_audited_even_though_the_request_changed_nothing(
    client, world, sessionmaker
):
    response = await client.post(
        "/api/v1/units", json=_new_unit(world), headers=world.auth("congan")
    )
    assert response.status_code == 403
    async with sessionmaker() as session:
        denial = await session.scalar(select(AuditEvent).where(AuditEvent.action == "denied"))
    assert denial is not None
    assert denial.actor_username == "congan"
    assert denial.details["path"] == "/api/v1/units"


async def test_who_may_not_change_it_hears_so_before_any_if_match_question(client, world):
    path = f"/api/v1/users/{world.users['daitruyenthanh']}"
    refused = await client.patch(path, json={"full_name": "X"}, headers=world.auth("khu1"))
    assert refused.status_code == 403
    anonymous = await client.patch(path, json={"full_name": "X"})
    assert anonymous.status_code == 401
