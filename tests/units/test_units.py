"""Units: the tree, moving, deleting what is in use, undo."""

from sqlalchemy import func, select

from ttdn.units.models import Unit


async def _etag(client, world, unit_id, username="admin"):
    response = await client.get(f"/api/v1/units/{unit_id}", headers=world.auth(username))
    return response.headers["ETag"]


async def _patch(client, world, unit_id, body, username="admin"):
    headers = {**world.auth(username), "If-Match": await _etag(client, world, unit_id, username)}
    return await client.patch(f"/api/v1/units/{unit_id}", json=body, headers=headers)


async def test_admin_creates_a_unit_under_its_commune(client, world):
    response = await client.post(
        "/api/v1/units",
        json={
            "parent_id": world.unit_id("ubnd_cao_xa"),
            "kind": "enterprise",
            "code": "HTX-CAOXA",
            "name": "  Hợp tác xã nông nghiệp Cao Xá ",
            "functions": [],
            "valid_from": "2023-01-01",
        },
        headers=world.auth("admin"),
    )
    assert response.status_code == 201, response.text
    unit = response.json()
    assert unit["name"] == "Hợp tác xã nông nghiệp Cao Xá"
    assert unit["path"] == f"{world.units['ubnd_cao_xa'].path}{unit['id']}/"
    assert response.headers["Location"] == f"/api/v1/units/{unit['id']}"
    assert response.headers["ETag"] == f'"{unit["version"]}"' == '"1"'


async def test_a_code_already_in_use_is_a_conflict(client, world):
    response = await client.post(
        "/api/v1/units",
        json={
            "parent_id": world.unit_id("ubnd_cao_xa"),
            "kind": "office",
            "code": "VHXH",
            "name": "Bản sao",
        },
        headers=world.auth("admin"),
    )
    assert response.status_code == 409
    assert "Mã đơn vị" in response.json()["detail"]


async def test_the_tree_nests_children_under_parents(client, world):
    response = await client.get("/api/v1/units/tree", headers=world.auth("huyen"))
    [district] = response.json()
    assert district["code"] == "UBND-LAMTHAO"
    communes = {child["code"]: child for child in district["children"]}
    assert set(communes) >= {"UBND-CAOXA", "UBND-SONVI"}
    cao_xa_children = {child["code"] for child in communes["UBND-CAOXA"]["children"]}
    assert {"VHXH", "CA-CAOXA", "KDC-01", "KDC-06"} <= cao_xa_children


async def test_a_member_sees_the_commune_directory_as_one_tree(client, world):
    response = await client.get("/api/v1/units/tree", headers=world.auth("khu1"))
    [commune] = response.json()
    assert commune["code"] == "UBND-CAOXA"
    assert len(commune["children"]) == 15


async def test_moving_a_unit_re_roots_its_subtree(client, world, sessionmaker):
    area = (
        await client.post(
            "/api/v1/units",
            json={
                "parent_id": world.unit_id("khu_1"),
                "kind": "external",
                "code": "TO-1",
                "name": "Tổ tự quản số 1",
            },
            headers=world.auth("admin"),
        )
    ).json()
    response = await _patch(
        client, world, world.unit_id("khu_1"), {"parent_id": world.unit_id("doan_the")}
    )
    assert response.status_code == 200, response.text
    moved = response.json()
    assert moved["path"] == f"{world.units['doan_the'].path}{moved['id']}/"
    child = (await client.get(f"/api/v1/units/{area['id']}", headers=world.auth("admin"))).json()
    assert child["path"] == f"{moved['path']}{area['id']}/"
    assert child["version"] == area["version"] + 1


async def test_a_unit_cannot_become_its_own_ancestor(client, world, sessionmaker):
    async with sessionmaker() as session:
        paths_before = (await session.scalars(select(Unit.path).order_by(Unit.id))).all()
    commune = world.unit_id("ubnd_cao_xa")
    response = await _patch(client, world, commune, {"parent_id": world.unit_id("khu_2")})
    assert response.status_code == 422
    assert "chính nó" in response.json()["detail"]
    itself = await _patch(client, world, commune, {"parent_id": commune})
    assert itself.status_code == 422
    async with sessionmaker() as session:
        assert (await session.scalars(select(Unit.path).order_by(Unit.id))).all() == paths_before


async def test_deleting_a_unit_with_users_is_refused_saying_why(client, world):
    unit_id = world.unit_id("cong_an")
    response = await client.delete(
        f"/api/v1/units/{unit_id}",
        headers={**world.auth("admin"), "If-Match": await _etag(client, world, unit_id)},
    )
    assert response.status_code == 409
    assert "1 thành viên" in response.json()["detail"]


async def test_deleting_a_unit_with_sub_units_is_refused(client, world):
    unit_id = world.unit_id("ubnd_cao_xa")
    response = await client.delete(
        f"/api/v1/units/{unit_id}",
        headers={**world.auth("admin"), "If-Match": await _etag(client, world, unit_id)},
    )
    assert response.status_code == 409
    assert "đơn vị trực thuộc" in response.json()["detail"]


async def test_a_deleted_unit_disappears_and_an_admin_can_undo(client, world, sessionmaker):
    unit_id = world.unit_id("cao_xa_unused")
    deleted = await client.delete(
        f"/api/v1/units/{unit_id}",
        headers={**world.auth("admin"), "If-Match": await _etag(client, world, unit_id)},
    )
    assert deleted.status_code == 204
    gone = await client.get(f"/api/v1/units/{unit_id}", headers=world.auth("admin"))
    assert gone.status_code == 404
    async with sessionmaker() as session:  # soft: the row is still there
        assert await session.scalar(select(func.count()).where(Unit.id == unit_id)) == 1
    listed = await client.get("/api/v1/units?deleted=true", headers=world.auth("admin"))
    assert [unit["id"] for unit in listed.json()["items"]] == [unit_id]
    refused = await client.get("/api/v1/units?deleted=true", headers=world.auth("vhxh"))
    assert refused.status_code == 403
    restored = await client.post(f"/api/v1/units/{unit_id}/restore", headers=world.auth("admin"))
    assert restored.status_code == 200
    assert restored.json()["deleted_at"] is None


async def test_validity_must_end_after_it_starts(client, world):
    response = await _patch(
        client,
        world,
        world.unit_id("khu_2"),
        {"valid_from": "2025-07-01", "valid_to": "2025-06-30"},
    )
    assert response.status_code == 422
    only_end = await _patch(client, world, world.unit_id("khu_2"), {"valid_from": "2025-07-01"})
    assert only_end.status_code == 200
    earlier_end = await _patch(client, world, world.unit_id("khu_2"), {"valid_to": "2024-01-01"})
    assert earlier_end.status_code == 422


async def test_units_valid_on_a_date_after_the_2025_reform(client, world):
    await _patch(client, world, world.unit_id("khu_5"), {"valid_to": "2025-06-30"})
    response = await client.get(
        "/api/v1/units?valid_on=2025-07-01&limit=200", headers=world.auth("admin")
    )
    codes = {unit["code"] for unit in response.json()["items"]}
    assert "KDC-05" not in codes and "KDC-04" in codes


async def test_units_filter_by_function_and_kind(client, world):
    press = await client.get("/api/v1/units?function=press", headers=world.auth("vhxh"))
    assert [unit["code"] for unit in press.json()["items"]] == ["VP-HDND-UBND"]
    areas = await client.get("/api/v1/units?kind=residential_area", headers=world.auth("vhxh"))
    assert areas.json()["total"] == 6
