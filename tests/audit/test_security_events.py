"""Security events are filed where someone reads them: the admins of the user's home unit (its
commune's leaders too), or of the root unit for names nobody has."""

from datetime import timedelta

from sqlalchemy import select, update

from ttdn.accounts.models import Membership, RefreshToken, User
from ttdn.audit.models import AuditEvent
from ttdn.core.db import utcnow
from ttdn.core.tokens import digest, issue_access_token
from ttdn.demo.cao_xa_2023 import DEMO_PASSWORD

LOGIN = "/api/v1/auth/login"
REFRESH = "/api/v1/auth/refresh"
LOGOUT = "/api/v1/auth/logout"
WRONG_PASSWORD = "not-the-password-2023"


async def _log_in(client, username, password=DEMO_PASSWORD):
    return await client.post(LOGIN, data={"username": username, "password": password})


async def _events_read_by(client, headers, action):
    response = await client.get(f"/api/v1/audit?action={action}", headers=headers)
    assert response.status_code == 200, response.text
    return response.json()["items"]


async def _filed_at(sessionmaker, action) -> list[str | None]:
    async with sessionmaker() as session:
        statement = select(AuditEvent.unit_path).where(AuditEvent.action == action)
        return list(await session.scalars(statement))


async def test_a_refresh_reuse_alarm_reaches_the_admins_of_the_users_unit(
    client, world, sessionmaker
):
    first = (await _log_in(client, "vhxh")).json()
    client.cookies.clear()
    await client.post(REFRESH, json={"refresh_token": first["refresh_token"]})
    async with sessionmaker() as session, session.begin():
        await session.execute(
            update(RefreshToken)
            .where(RefreshToken.token_hash == digest(first["refresh_token"]))
            .values(spent_at=utcnow() - timedelta(hours=1))
        )
    client.cookies.clear()
    replay = await client.post(REFRESH, json={"refresh_token": first["refresh_token"]})
    assert replay.status_code == 401

    [alarm] = await _events_read_by(client, world.auth("admin"), "auth.refresh_reused")

    assert alarm["object_id"] == str(world.users["vhxh"])
    assert await _filed_at(sessionmaker, "auth.refresh_reused") == [world.units["vhxh"].path]
    assert await _events_read_by(client, world.auth("sonvi_admin"), "auth.refresh_reused") == []


async def test_a_logout_is_read_by_the_admins_of_the_users_unit(client, world, sessionmaker):
    tokens = (await _log_in(client, "congan")).json()
    client.cookies.clear()
    await client.post(LOGOUT, json={"refresh_token": tokens["refresh_token"]})

    [logout] = await _events_read_by(client, world.auth("admin"), "auth.logout")

    assert logout["actor_username"] == "congan"
    assert await _filed_at(sessionmaker, "auth.logout") == [world.units["cong_an"].path]


async def test_a_refused_login_of_a_known_name_is_read_by_the_admins_of_its_unit(
    client, world, sessionmaker
):
    for _ in range(5):
        await _log_in(client, "vanphong", WRONG_PASSWORD)
    assert (await _log_in(client, "vanphong")).status_code == 429

    [refused] = await _events_read_by(client, world.auth("admin"), "auth.login_refused")

    assert refused["actor_username"] == "vanphong"
    assert await _filed_at(sessionmaker, "auth.login_refused") == [world.units["van_phong"].path]


async def test_failures_of_a_name_nobody_has_are_filed_at_the_root_unit(
    client, world, sessionmaker
):
    root = world.units["huyen_lam_thao"]
    async with sessionmaker() as session, session.begin():
        district_admin = User(
            username="quantri_huyen",
            full_name="Quản trị huyện",
            password_hash="-",
            memberships=[Membership(unit_id=root.id, role="admin")],
        )
        session.add(district_admin)
        await session.flush()
        admin_id = district_admin.id
    headers = {"Authorization": f"Bearer {issue_access_token(admin_id)[0]}"}
    for _ in range(5):
        assert (await _log_in(client, "khong-co-ai", WRONG_PASSWORD)).status_code == 401
    assert (await _log_in(client, "khong-co-ai", WRONG_PASSWORD)).status_code == 429

    failed = await _events_read_by(client, headers, "auth.login_failed")
    refused = await _events_read_by(client, headers, "auth.login_refused")

    assert [event["actor_username"] for event in failed] == ["khong-co-ai"] * 5
    assert [event["actor_username"] for event in refused] == ["khong-co-ai"]
    assert set(await _filed_at(sessionmaker, "auth.login_failed")) == {root.path}
