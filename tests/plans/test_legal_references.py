"""Legal references: citations as Vietnamese texts write them, duplicates, superseding."""

import pytest
from sqlalchemy import func, select

from ttdn.audit.models import AuditEvent
from ttdn.demo.cao_xa_2023 import PARENT_PLAN_KEY
from ttdn.plans.models import LegalReference

from .conftest import DECREE_72, reference

PATH = "/api/v1/legal-references"
PRESS_LAW = {
    "kind": "law",
    "number": "103/2016/QH13",
    "issued_on": "2016-04-05",
    "issuer": "Quốc hội",
    "title": "Luật Báo chí",
}


async def _create(client, world, body, username="vhxh"):
    response = await client.post(PATH, json=body, headers=world.auth(username))
    assert response.status_code == 201, response.text
    return response.json()


async def _patch(client, world, reference_id, body, username="vhxh"):
    current = await client.get(f"{PATH}/{reference_id}", headers=world.auth(username))
    return await client.patch(
        f"{PATH}/{reference_id}",
        json=body,
        headers={**world.auth(username), "If-Match": current.headers["ETag"]},
    )


async def test_a_decree_is_cited_as_the_texts_cite_it(client, world, decree_72):
    assert decree_72["citation"] == "Nghị định số 72/2015/NĐ-CP ngày 07/9/2015 của Chính phủ"


@pytest.mark.parametrize(
    ("body", "citation"),
    [
        (
            {
                "kind": "decision",
                "number": "01/2020/QĐ-UBND",
                "issued_on": "2020-01-06",
                "issuer": "Ủy ban nhân dân tỉnh Phú Thọ",
            },
            "Quyết định số 01/2020/QĐ-UBND ngày 06/01/2020 của Ủy ban nhân dân tỉnh Phú Thọ",
        ),
        (
            {
                "kind": "plan",
                "number": "3404/KH-UBND",
                "issued_on": "2021-08-05",
                "issuer": "Ủy ban nhân dân tỉnh Phú Thọ",
            },
            "Kế hoạch số 3404/KH-UBND ngày 05/8/2021 của Ủy ban nhân dân tỉnh Phú Thọ",
        ),
        (
            {"kind": "resolution", "issuer": "Đại hội lần thứ XIII của Đảng"},
            "Nghị quyết của Đại hội lần thứ XIII của Đảng",
        ),
        (
            {"kind": "scheme", "title": "Gìn giữ, phát huy giá trị di sản Hát Xoan Phú Thọ"},
            "Đề án",
        ),
        (
            {"kind": "official_letter", "number": "15/UBND-VHXH", "issued_on": "2023-12-25"},
            "Công văn số 15/UBND-VHXH ngày 25/12/2023",
        ),
    ],
)
async def test_a_citation_names_only_what_is_known(body, citation, client, world):
    created = await reference(client, world, {"number": None, **body})
    assert created["citation"] == citation


async def test_a_reference_is_created_once(client, world, sessionmaker):
    created = await client.post(PATH, json=PRESS_LAW, headers=world.auth("vhxh"))
    assert created.status_code == 201
    assert created.headers["Location"] == f"{PATH}/{created.json()['id']}"
    again = await client.post(
        PATH, json={**PRESS_LAW, "title": "Luật Báo chí 2016"}, headers=world.auth("chutich")
    )
    assert again.status_code == 409
    async with sessionmaker() as session:
        assert (
            await session.scalar(
                select(func.count()).where(LegalReference.number == PRESS_LAW["number"])
            )
            == 1
        )


async def test_without_a_number_the_title_tells_documents_apart(client, world):
    first = {"kind": "scheme", "title": "Đề án truyền thông về quyền con người tại xã"}
    await _create(client, world, first)
    await _create(client, world, {**first, "title": "Đề án quy hoạch cửa khẩu biên giới"})
    again = await client.post(PATH, json=first, headers=world.auth("vhxh"))
    assert again.status_code == 409


async def test_a_superseded_reference_is_no_longer_in_force(client, world):
    old = await _create(client, world, PRESS_LAW)
    new = await _create(
        client, world, {**PRESS_LAW, "number": "01/2025/QH15", "issued_on": "2025-01-01"}
    )
    response = await _patch(client, world, old["id"], {"superseded_by_id": new["id"]})
    assert response.status_code == 200, response.text
    assert (response.json()["superseded_by_id"], response.json()["in_force"]) == (new["id"], False)
    assert response.json()["version"] == old["version"] + 1
    back_in_force = await _patch(client, world, old["id"], {"in_force": True})
    assert back_in_force.status_code == 422
    assert back_in_force.json()["errors"][0]["loc"] == ["body", "in_force"]
    cycle = await _patch(client, world, new["id"], {"superseded_by_id": old["id"]})
    assert cycle.status_code == 422
    undone = await _patch(client, world, old["id"], {"superseded_by_id": None, "in_force": True})
    assert (undone.json()["superseded_by_id"], undone.json()["in_force"]) == (None, True)


async def test_a_reference_cannot_supersede_itself_or_a_missing_one(client, world, sessionmaker):
    law = await _create(client, world, PRESS_LAW)
    for successor in (law["id"], 999_999):
        response = await _patch(client, world, law["id"], {"superseded_by_id": successor})
        assert response.status_code == 422
        assert response.json()["errors"][0]["loc"] == ["body", "superseded_by_id"]
    async with sessionmaker() as session:
        stored = await session.get_one(LegalReference, law["id"])
        assert (stored.version, stored.in_force, stored.superseded_by_id) == (
            law["version"],
            True,
            None,
        )


async def test_a_long_title_is_kept_whole(client, world):
    title = "Quy chế quản lý hoạt động thông tin đối ngoại " * 40
    created = await _create(client, world, {**PRESS_LAW, "title": title[:2000]})
    assert created["title"] == title[:2000].strip()
    found = await client.get(PATH, params={"q": "luat 103"}, headers=world.auth("vhxh"))
    assert [ref["id"] for ref in found.json()["items"]] == [created["id"]]


async def test_editing_into_a_duplicate_is_a_conflict(client, world, decree_72):
    law = await _create(client, world, PRESS_LAW)
    response = await _patch(
        client, world, law["id"], {key: DECREE_72[key] for key in ("kind", "number", "issuer")}
    )
    assert response.status_code == 409
    assert (
        await _patch(client, world, law["id"], {"title": "Luật Báo chí (sửa)"})
    ).status_code == 200


async def test_editing_needs_the_current_version(client, world):
    law = await _create(client, world, PRESS_LAW)
    path = f"{PATH}/{law['id']}"
    assert (
        await client.patch(path, json={"title": "x"}, headers=world.auth("vhxh"))
    ).status_code == 428
    stale = await client.patch(
        path, json={"title": "x"}, headers={**world.auth("vhxh"), "If-Match": '"99"'}
    )
    assert stale.status_code == 412


async def test_search_and_filters(client, world):
    law = await _create(client, world, PRESS_LAW)
    auth = world.auth("khu1")
    for q in ("luat 103", "LUẬT số 103/2016", "103/2016/QH13", "ngay 05/4", "quoc hoi", "báo chí"):
        found = await client.get(PATH, params={"q": q, "limit": 200}, headers=auth)
        assert [ref["id"] for ref in found.json()["items"]] == [law["id"]], q
    laws = await client.get(PATH, params={"kind": "law", "limit": 200}, headers=auth)
    assert {ref["kind"] for ref in laws.json()["items"]} == {"law"}
    await _patch(client, world, law["id"], {"in_force": False})
    out_of_force = await client.get(PATH, params={"in_force": "false"}, headers=auth)
    assert [ref["id"] for ref in out_of_force.json()["items"]] == [law["id"]]
    in_force = await client.get(PATH, params={"in_force": "true", "limit": 200}, headers=auth)
    assert law["id"] not in {ref["id"] for ref in in_force.json()["items"]}


@pytest.mark.parametrize("username", ["congan", "khu1", "huyen", "sonvi_vhxh", "hienquan_khu"])
async def test_every_signed_in_role_reads_references_but_only_plan_writers_add_them(
    username, client, world, decree_72
):
    one = await client.get(f"{PATH}/{decree_72['id']}", headers=world.auth(username))
    assert one.status_code == 200
    assert one.headers["ETag"] == f'"{decree_72["version"]}"'
    listed = await client.get(PATH, headers=world.auth(username))
    assert listed.status_code == 200
    if username in {"sonvi_vhxh"}:
        return
    refused = await client.post(PATH, json=PRESS_LAW, headers=world.auth(username))
    assert refused.status_code == 403


async def test_anonymous_callers_read_no_references(client, world):
    assert (await client.get(PATH)).status_code == 401


async def test_missing_reference_is_a_404(client, world):
    assert (await client.get(f"{PATH}/999999", headers=world.auth("vhxh"))).status_code == 404


async def test_writes_are_audited_under_the_callers_unit(client, world, sessionmaker):
    law = await _create(client, world, PRESS_LAW)
    await _patch(client, world, law["id"], {"title": "Luật Báo chí năm 2016"})
    async with sessionmaker() as session:
        events = (
            await session.scalars(
                select(AuditEvent)
                .where(AuditEvent.object_type == "legal_reference")
                .where(AuditEvent.object_id == str(law["id"]))
                .order_by(AuditEvent.id)
            )
        ).all()
    assert [event.action for event in events] == [
        "legal_references.create",
        "legal_references.update",
    ]
    assert {event.unit_path for event in events} == {world.units["vhxh"].path}
    assert events[1].before_digest == events[0].after_digest


@pytest.mark.parametrize(
    ("body", "loc"),
    [
        ({**PRESS_LAW, "pages": 12}, ["body", "pages"]),
        ({**PRESS_LAW, "kind": "edict"}, ["body", "kind"]),
        ({**PRESS_LAW, "issuer": "Quốc\x00hội"}, ["body", "issuer"]),
        ({**PRESS_LAW, "issued_on": "05/4/2016"}, ["body", "issued_on"]),
        ({**PRESS_LAW, "title": "x" * 2001}, ["body", "title"]),
    ],
)
async def test_bad_reference_bodies_are_a_422_and_add_nothing(
    body, loc, client, world, sessionmaker
):
    async with sessionmaker() as session:
        count = await session.scalar(select(func.count()).select_from(LegalReference))
    response = await client.post(PATH, json=body, headers=world.auth("vhxh"))
    assert response.status_code == 422
    assert response.headers["content-type"].startswith("application/problem+json")
    assert loc in [error["loc"] for error in response.json()["errors"]]
    async with sessionmaker() as session:
        assert await session.scalar(select(func.count()).select_from(LegalReference)) == count


async def test_a_reference_is_filed_under_the_commune_that_entered_it(client, world):
    created = await client.post(PATH, json=PRESS_LAW, headers=world.auth("vhxh"))
    assert created.json()["unit_id"] == world.unit_id("ubnd_cao_xa")
    corrected = await _patch(client, world, created.json()["id"], {"title": "Luật Báo chí"})
    assert corrected.status_code == 200, corrected.text
    by_leader = await _patch(client, world, created.json()["id"], {"title": "x"}, "chutich")
    assert by_leader.status_code == 200, by_leader.text


@pytest.mark.parametrize("username", ["hienquan_vhxh", "sonvi_vhxh"])
async def test_another_communes_coordinator_reads_but_cannot_change_it(
    client, world, sessionmaker, username
):
    created = await client.post(PATH, json=PRESS_LAW, headers=world.auth("vhxh"))
    reference_id = created.json()["id"]
    read = await client.get(f"{PATH}/{reference_id}", headers=world.auth(username))
    assert read.status_code == 200
    refused = await _patch(client, world, reference_id, {"title": "Đã sửa"}, username)
    assert refused.status_code == 403, refused.text
    async with sessionmaker() as session:
        title = await session.scalar(
            select(LegalReference.title).where(LegalReference.id == reference_id)
        )
    assert title == created.json()["title"]


async def test_the_wording_an_issued_plan_cites_no_longer_changes(client, world):
    """The demo's district plan 38/KH-UBND is the căn cứ of the issued Cao Xá plan."""
    reference_id = world.legal_references[PARENT_PLAN_KEY]
    for change in ({"number": "39/KH-UBND"}, {"issued_on": "2023-03-09"}, {"title": "Khác"}):
        refused = await _patch(client, world, reference_id, change)
        assert refused.status_code == 409, refused.text
        assert "đã ban hành" in refused.json()["detail"]
    no_longer_in_force = await _patch(client, world, reference_id, {"in_force": False})
    assert no_longer_in_force.status_code == 200, no_longer_in_force.text
