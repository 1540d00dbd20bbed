"""Plans fixtures: legal references the Cao Xá plan cites, and a Cao Xá draft plan.

The demo may already hold some of these references: `reference` then answers the one there.
"""

import pytest

DECREE_72 = {
    "kind": "decree",
    "number": "72/2015/NĐ-CP",
    "issued_on": "2015-09-07",
    "issuer": "Chính phủ",
}
CIRCULAR_22 = {
    "kind": "circular",
    "number": "22/2016/TT-BTTTT",
    "issued_on": "2016-10-19",
    "issuer": "Bộ Thông tin và Truyền thông",
    "title": "Hướng dẫn quản lý hoạt động thông tin đối ngoại của các tỉnh, thành phố",
}
DISTRICT_PLAN_38 = {
    "kind": "plan",
    "number": "38/KH-UBND",
    "issued_on": "2023-03-08",
    "issuer": "Ủy ban nhân dân huyện Lâm Thao",
}
SIGNER = {
    "authority": "TM.",
    "body": "ỦY BAN NHÂN DÂN",
    "position": "CHỦ TỊCH",
    "full_name": "Quách Văn Chí",
}


async def reference(client, world, body, username="vhxh"):
    """The legal reference `body` describes: created, or the one already there."""
    created = await client.post("/api/v1/legal-references", json=body, headers=world.auth(username))
    if created.status_code == 201:
        return created.json()
    assert created.status_code == 409, created.text
    found = await client.get(
        "/api/v1/legal-references",
        params={"kind": body["kind"], "q": body["number"], "limit": 200},
        headers=world.auth(username),
    )
    [same] = [ref for ref in found.json()["items"] if ref["number"] == body["number"]]
    return same


async def etag(client, world, path, username="vhxh"):
    response = await client.get(path, headers=world.auth(username))
    assert response.status_code == 200, response.text
    return response.headers["ETag"]


async def new_plan(client, world, username="vhxh", **fields):
    body = {
        "unit_id": world.unit_id("ubnd_cao_xa"),
        "title": "Kế hoạch hoạt động thông tin đối ngoại xã Cao Xá năm 2024",
        "year": 2024,
        **fields,
    }
    response = await client.post("/api/v1/plans", json=body, headers=world.auth(username))
    assert response.status_code == 201, response.text
    return response.json()


async def issue(client, world, plan_id, body=None, username="chutich"):
    """Issue the plan as `username`; a draft without content is first given a section (a plan
    without sections is not issued)."""
    path = f"/api/v1/plans/{plan_id}"
    sections = await client.get(f"{path}/sections", headers=world.auth("vhxh"))
    if sections.status_code == 200 and not sections.json():
        await client.post(
            f"{path}/sections",
            json={"code": "I", "title": "MỤC ĐÍCH, YÊU CẦU"},
            headers=world.auth("vhxh"),
        )
    headers = {**world.auth(username), "If-Match": await etag(client, world, path, username)}
    return await client.post(f"{path}/issue", json=body, headers=headers)


@pytest.fixture
async def decree_72(client, world):
    return await reference(client, world, DECREE_72)


@pytest.fixture
async def circular_22(client, world):
    return await reference(client, world, CIRCULAR_22)


@pytest.fixture
async def district_plan_38(client, world):
    return await reference(client, world, DISTRICT_PLAN_38)


@pytest.fixture
async def cao_xa_draft(client, world, decree_72, circular_22, district_plan_38):
    """A Cao Xá draft plan drafted by the coordinator, as the seed plan reads."""
    return await new_plan(
        client,
        world,
        title="Kế hoạch hoạt động thông tin đối ngoại xã Cao Xá năm 2024",
        year=2024,
        place="Cao Xá",
        parent_reference_id=district_plan_38["id"],
        legal_basis_ids=[decree_72["id"], circular_22["id"]],
        reporting_deadlines=[
            {"kind": "yearly", "due_on": "2024-11-01", "label": "Báo cáo tổng kết năm"},
            {"kind": "semiannual", "due_on": "2024-06-01", "label": "Báo cáo sơ kết 6 tháng"},
        ],
        recipients=["UBND huyện", "Phòng VH&TT huyện", "Lưu: VT, VHXH."],
        signer=SIGNER,
        introduction="Căn cứ Kế hoạch số 38/KH-UBND …",
    )
