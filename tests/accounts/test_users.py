"""Users and memberships, managed by admins within their subtree."""

import pytest
from sqlalchemy import func, select

from ttdn.accounts.models import RefreshToken, User
from ttdn.demo.cao_xa_2023 import DEMO_PASSWORD


def _new_user(world, **overrides):
    return {
        "username": "nguyenvanan",
        "full_name": "Nguyễn Văn An",
        "phone": "0912 345 678",
        "email": "an@caoxa.gov.vn",
        "password": "mat-khau-du-dai",
        "memberships": [{"unit_id": world.unit_id("khu_2"), "role": "area_leader"}],
        **overrides,
    }


async def _patch_user(client, world, user_id, body, username="admin"):
    path = f"/api/v1/users/{user_id}"
    etag = (await client.get(path, headers=world.auth(username))).headers["ETag"]
    return await client.patch(path, json=body, headers={**world.auth(username), "If-Match": etag})


async def test_an_admin_creates_a_user_who_can_then_log_in(client, world, sessionmaker):
    response = await client.post(
        "/api/v1/users", json=_new_user(world), headers=world.auth("admin")
    )
    assert response.status_code == 201, response.text
    user = response.json()
    assert "password" not in user and "password_hash" not in user
    assert user["memberships"] == [{"unit_id": world.unit_id("khu_2"), "role": "area_leader"}]
    login = await client.post(
        "/api/v1/auth/login", data={"username": "NguyenVanAn ", "password": "mat-khau-du-dai"}
    )
    assert login.status_code == 200
    async with sessionmaker() as session:
        stored = await session.scalar(select(User).where(User.username == "nguyenvanan"))
    assert stored.password_hash.startswith("$argon2id$")


async def test_a_taken_username_is_a_conflict(client, world):
    response = await client.post(
        "/api/v1/users", json=_new_user(world, username="vhxh"), headers=world.auth("admin")
    )
    assert response.status_code == 409


async def test_a_short_password_is_refused(client, world):
    response = await client.post(
        "/api/v1/users", json=_new_user(world, password="ngan"), headers=world.auth("admin")
    )
    assert response.status_code == 422
    assert response.json()["errors"][0]["loc"] == ["body", "password"]


async def test_one_unit_takes_one_role_per_user(client, world):
    unit_id = world.unit_id("khu_2")
    body = _new_user(
        world,
        memberships=[
            {"unit_id": unit_id, "role": "area_leader"},
            {"unit_id": unit_id, "role": "member"},
        ],
    )
    response = await client.post("/api/v1/users", json=body, headers=world.auth("admin"))
    assert response.status_code == 422


async def test_roles_are_changed_in_place_and_new_units_added(client, world):
    user_id = world.users["daitruyenthanh"]
    response = await _patch_user(
        client,
        world,
        user_id,
        {
            "memberships": [
                {"unit_id": world.unit_id("dai_truyen_thanh"), "role": "coordinator"},
                {"unit_id": world.unit_id("khu_3"), "role": "area_leader"},
            ]
        },
    )
    assert response.status_code == 200, response.text
    assert response.json()["memberships"] == [
        {"unit_id": world.unit_id("dai_truyen_thanh"), "role": "coordinator"},
        {"unit_id": world.unit_id("khu_3"), "role": "area_leader"},
    ]
    me = await client.get("/api/v1/me", headers=world.auth("daitruyenthanh"))
    assert set(me.json()["roles"]) == {"coordinator", "area_leader"}


async def test_an_admin_cannot_lock_itself_out(client, world):
    response = await _patch_user(client, world, world.users["admin"], {"is_active": False})
    assert response.status_code == 409
    deleted = await client.delete(
        f"/api/v1/users/{world.users['admin']}",
        headers={**world.auth("admin"), "If-Match": '"1"'},
    )
    assert deleted.status_code == 409


async def test_a_deactivated_user_is_shut_out_at_once(client, world):
    token_headers = world.auth("daitruyenthanh")
    assert (await client.get("/api/v1/me", headers=token_headers)).status_code == 200
    response = await _patch_user(client, world, world.users["daitruyenthanh"], {"is_active": False})
    assert response.status_code == 200
    assert (await client.get("/api/v1/me", headers=token_headers)).status_code == 401


async def test_a_deleted_user_is_hidden_and_can_be_restored(client, world):
    user_id = world.users["diachinh"]
    path = f"/api/v1/users/{user_id}"
    etag = (await client.get(path, headers=world.auth("admin"))).headers["ETag"]
    deleted = await client.delete(path, headers={**world.auth("admin"), "If-Match": etag})
    assert deleted.status_code == 204
    assert (await client.get(path, headers=world.auth("admin"))).status_code == 404
    listed = await client.get("/api/v1/users?deleted=true", headers=world.auth("admin"))
    assert [user["id"] for user in listed.json()["items"]] == [user_id]
    restored = await client.post(f"{path}/restore", headers=world.auth("admin"))
    assert restored.status_code == 200
    assert (await client.get(path, headers=world.auth("admin"))).status_code == 200


async def test_a_coordinator_lists_the_users_of_its_commune(client, world):
    response = await client.get("/api/v1/users?limit=200", headers=world.auth("vhxh"))
    usernames = {user["username"] for user in response.json()["items"]}
    assert {"admin", "chutich", "congan", "khu1"} <= usernames
    assert not usernames & {"huyen", "sonvi_admin", "hienquan_vhxh", "tamnong"}


async def test_users_are_found_without_diacritics(client, world):
    response = await client.get(
        "/api/v1/users", params={"q": "hoang van nam"}, headers=world.auth("vhxh")
    )
    assert [user["username"] for user in response.json()["items"]] == ["daitruyenthanh"]


async def test_a_membership_in_a_unit_outside_reach_is_refused(client, world):
    body = _new_user(
        world, memberships=[{"unit_id": world.unit_id("son_vi_vhxh"), "role": "coordinator"}]
    )
    response = await client.post("/api/v1/users", json=body, headers=world.auth("admin"))
    assert response.status_code == 422
    assert "Không tìm thấy đơn vị" in response.json()["detail"]


async def _log_in(client, username):
    response = await client.post(
        "/api/v1/auth/login", data={"username": username, "password": DEMO_PASSWORD}
    )
    assert response.status_code == 200, response.text
    return response.json()["refresh_token"]


async def _refresh(client, token):
    return await client.post("/api/v1/auth/refresh", json={"refresh_token": token})


async def test_deactivating_a_user_ends_its_sessions_for_good(client, world, sessionmaker):
    token = await _log_in(client, "daitruyenthanh")
    user_id = world.users["daitruyenthanh"]
    assert (await _patch_user(client, world, user_id, {"is_active": False})).status_code == 200
    async with sessionmaker() as session:
        live = await session.scalar(
            select(func.count())
            .select_from(RefreshToken)
            .where(RefreshToken.user_id == user_id, RefreshToken.revoked_at.is_(None))
        )
    assert live == 0
    assert (await _patch_user(client, world, user_id, {"is_active": True})).status_code == 200
    assert (await _refresh(client, token)).status_code == 401


async def test_deleting_a_user_ends_its_sessions_for_good(client, world):
    token = await _log_in(client, "daitruyenthanh")
    path = f"/api/v1/users/{world.users['daitruyenthanh']}"
    etag = (await client.get(path, headers=world.auth("admin"))).headers["ETag"]
    deleted = await client.delete(path, headers={**world.auth("admin"), "If-Match": etag})
    assert deleted.status_code == 204
    restored = await client.post(f"{path}/restore", headers=world.auth("admin"))
    assert restored.status_code == 200
    assert (await _refresh(client, token)).status_code == 401


@pytest.mark.parametrize("username", ["chutich", "vhxh"])
async def test_deleted_users_are_listed_only_for_those_who_may_restore_them(
    client, world, username
):
    response = await client.get("/api/v1/users?deleted=true", headers=world.auth(username))
    assert response.status_code == 403
    assert response.headers["content-type"].startswith("application/problem+json")


async def test_an_admin_saves_its_own_user_with_its_roles_unchanged(client, world):
    admin_id = world.users["admin"]
    own = (await client.get(f"/api/v1/users/{admin_id}", headers=world.auth("admin"))).json()
    response = await _patch_user(
        client,
        world,
        admin_id,
        {"full_name": "Quản trị xã", "memberships": own["memberships"]},
    )
    assert response.status_code == 200, response.text
    changed = await _patch_user(
        client,
        world,
        admin_id,
        {"memberships": [{"unit_id": world.unit_id("ubnd_cao_xa"), "role": "leader"}]},
    )
    assert changed.status_code == 409


async def test_me_describes_the_caller_in_two_statements(client, world, statement_counter):
    statement_counter.start()
    response = await client.get("/api/v1/me", headers=world.auth("daitruyenthanh"))
    assert statement_counter.stop() == 2, statement_counter.statements  # principal, profile
    assert response.status_code == 200
    me = response.json()
    assert me["username"] == "daitruyenthanh"
    assert [(u["id"], u["role"]) for u in me["units"]] == [
        (world.unit_id("dai_truyen_thanh"), "member")
    ]
    assert me["units"][0]["name"] and me["units"][0]["kind"]
