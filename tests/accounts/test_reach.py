"""No grant, change of kind, move or function may widen anyone's reach beyond the granter's
(DESIGN §4)."""

import pytest
from sqlalchemy import select

from ttdn.accounts.models import Membership, User
from ttdn.core.tokens import issue_access_token
from ttdn.units.models import Unit


async def _office_admin(sessionmaker, world) -> dict[str, str]:
    """An admin of Văn phòng alone: its subtree is the office, not the commune."""
    async with sessionmaker() as session, session.begin():
        user = User(
            username="vanphong_admin",
            full_name="Quản trị Văn phòng",
            password_hash="x",
            memberships=[Membership(unit_id=world.unit_id("van_phong"), role="admin")],
        )
        session.add(user)
        await session.flush()
        user_id = user.id
    return {"Authorization": f"Bearer {issue_access_token(user_id)[0]}"}


async def _new_user(client, headers, unit_id, role, username="nguoimoi"):
    return await client.post(
        "/api/v1/users",
        json={
            "username": username,
            "full_name": "Người Mới",
            "password": "mat-khau-du-dai",
            "memberships": [{"unit_id": unit_id, "role": role}],
        },
        headers=headers,
    )


async def _patch_unit(client, world, key, body, username="admin"):
    path = f"/api/v1/units/{world.unit_id(key)}"
    etag = (await client.get(path, headers=world.auth(username))).headers["ETag"]
    return await client.patch(path, json=body, headers={**world.auth(username), "If-Match": etag})


async def test_turning_the_commune_into_an_office_is_refused_with_409(client, world, sessionmaker):
    district_units = await client.get(
        f"/api/v1/units/{world.unit_id('phong_vhtt')}", headers=world.auth("chutich")
    )
    assert district_units.status_code == 404
    response = await _patch_unit(client, world, "ubnd_cao_xa", {"kind": "office"})
    assert response.status_code == 409, response.text
    assert response.headers["content-type"].startswith("application/problem+json")
    assert "phạm vi" in response.json()["detail"]
    async with sessionmaker() as session:
        kind = await session.scalar(
            select(Unit.kind).where(Unit.id == world.unit_id("ubnd_cao_xa"))
        )
    assert kind == "commune"
    still = await client.get(
        f"/api/v1/units/{world.unit_id('phong_vhtt')}", headers=world.auth("chutich")
    )
    assert still.status_code == 404
    plan = await client.post(
        "/api/v1/plans",
        json={"unit_id": world.unit_id("huyen_lam_thao"), "title": "Kế hoạch", "year": 2024},
        headers=world.auth("vhxh"),
    )
    assert plan.status_code == 422


async def test_a_change_that_narrows_or_keeps_reach_is_allowed(client, world):
    narrower = await _patch_unit(client, world, "khu_1", {"kind": "commune"})
    assert narrower.status_code == 200, narrower.text
    moved = await _patch_unit(client, world, "khu_2", {"parent_id": world.unit_id("van_phong")})
    assert moved.status_code == 200, moved.text
    functions = await _patch_unit(client, world, "dai_truyen_thanh", {"functions": ["press"]})
    assert functions.status_code == 200, functions.text


async def test_a_governing_unit_inside_an_office_admins_subtree_cannot_widen_by_its_kind(
    client, world, sessionmaker
):
    """An office admin makes a residential area a commune below its office, puts a coordinator
    there (reach: that new commune, within the office), then turns it back into an area: the
    coordinator would reach the whole commune of Cao Xá."""
    office_admin = await _office_admin(sessionmaker, world)
    area = await client.post(
        "/api/v1/units",
        json={
            "parent_id": world.unit_id("van_phong"),
            "kind": "commune",
            "code": "TO-VP",
            "name": "Tổ Văn phòng",
        },
        headers=office_admin,
    )
    assert area.status_code == 201, area.text
    coordinator = await _new_user(client, office_admin, area.json()["id"], "coordinator")
    assert coordinator.status_code == 201, coordinator.text
    back = await client.patch(
        f"/api/v1/units/{area.json()['id']}",
        json={"kind": "office"},
        headers={**office_admin, "If-Match": area.headers["ETag"]},
    )
    assert back.status_code == 409, back.text


@pytest.mark.parametrize("role", ["leader", "coordinator"])
async def test_an_office_admin_cannot_mint_commune_wide_roles(client, world, sessionmaker, role):
    office_admin = await _office_admin(sessionmaker, world)
    response = await _new_user(client, office_admin, world.unit_id("van_phong"), role)
    assert response.status_code == 403, response.text
    async with sessionmaker() as session:
        assert await session.scalar(select(User).where(User.username == "nguoimoi")) is None


async def test_an_office_admin_still_adds_members_to_its_office(client, world, sessionmaker):
    office_admin = await _office_admin(sessionmaker, world)
    response = await _new_user(client, office_admin, world.unit_id("van_phong"), "member")
    assert response.status_code == 201, response.text
    promoted = await client.patch(
        f"/api/v1/users/{response.json()['id']}",
        json={"memberships": [{"unit_id": world.unit_id("van_phong"), "role": "coordinator"}]},
        headers={**office_admin, "If-Match": response.headers["ETag"]},
    )
    assert promoted.status_code == 403, promoted.text


async def test_the_commune_admin_makes_coordinators_in_its_offices(client, world):
    response = await _new_user(
        client, world.auth("admin"), world.unit_id("van_phong"), "coordinator"
    )
    assert response.status_code == 201, response.text


@pytest.mark.parametrize("unit_key", ["khu_3", "ubnd_cao_xa", "van_phong"])
async def test_the_superior_role_sits_only_above_the_communes(client, world, unit_key):
    response = await _new_user(client, world.auth("admin"), world.unit_id(unit_key), "superior")
    assert response.status_code == 422, response.text
    assert "cấp huyện hoặc tỉnh" in response.json()["detail"]
