"""Write conventions: If-Match and versions, Idempotency-Key, audit events for every write."""

import asyncio

from sqlalchemy import func, select

from ttdn.audit.models import AuditEvent
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
    assert {answer.status_code for answer in answers} <= {201, 409}
    assert 201 in {answer.status_code for answer in answers}
    assert await _unit_count(sessionmaker) == before + 1


async def test_a_refused_request_frees_nothing_but_answers_the_same_again(client, world):
    headers = {**world.auth("admin"), "Idempotency-Key": "trung-ma"}
    body = _new_unit(world, code="VHXH")  # code in use → 409
    first = await client.post("/api/v1/units", json=body, headers=headers)
    again = await client.post("/api/v1/units", json=body, headers=headers)
    assert first.status_code == again.status_code == 409
    assert again.json() == first.json()


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
