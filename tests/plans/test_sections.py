"""Sections: the ordered tree of a plan's text, moving within it, and what the plan reads
from it."""

import asyncio

import pytest
from sqlalchemy import select

from ttdn.audit.models import AuditEvent
from ttdn.plans.models import PlanSection

from .conftest import issue, new_plan


def _sections_path(plan):
    return f"/api/v1/plans/{plan['id']}/sections"


async def _add(client, world, plan, username="vhxh", **body):
    response = await client.post(
        _sections_path(plan),
        json={"title": body.pop("title", "Mục"), **body},
        headers=world.auth(username),
    )
    assert response.status_code == 201, response.text
    return response.json()


async def _tree(client, world, plan, username="vhxh"):
    response = await client.get(_sections_path(plan), headers=world.auth(username))
    assert response.status_code == 200, response.text
    return response.json()


def _outline(nodes):
    """The tree as nested (code, position, children) tuples."""
    return [(node["code"], node["position"], _outline(node["children"])) for node in nodes]


async def _version(client, world, plan, section_id):
    def find(nodes):
        for node in nodes:
            if node["id"] == section_id:
                return node
            found = find(node["children"])
            if found:
                return found
        return None

    return find(await _tree(client, world, plan))["version"]


async def _patch(client, world, plan, section_id, body, username="vhxh"):
    version = await _version(client, world, plan, section_id)
    return await client.patch(
        f"{_sections_path(plan)}/{section_id}",
        json=body,
        headers={**world.auth(username), "If-Match": f'"{version}"'},
    )


async def _delete(client, world, plan, section_id):
    version = await _version(client, world, plan, section_id)
    return await client.delete(
        f"{_sections_path(plan)}/{section_id}",
        headers={**world.auth("vhxh"), "If-Match": f'"{version}"'},
    )


@pytest.fixture
async def outline(client, world, cao_xa_draft):
    """Parts I–III of the seed plan, with I.1, I.2 and II.1–II.3."""
    plan = cao_xa_draft
    part_1 = await _add(client, world, plan, code="I", title="MỤC ĐÍCH, YÊU CẦU")
    part_2 = await _add(client, world, plan, code="II", title="NỘI DUNG THỰC HIỆN")
    part_3 = await _add(client, world, plan, code="III", title="TỔ CHỨC THỰC HIỆN")
    sections = {"I": part_1, "II": part_2, "III": part_3}
    sections["I.1"] = await _add(
        client,
        world,
        plan,
        parent_id=part_1["id"],
        code="1",
        title="Mục đích",
        body="- Tiếp tục nâng cao chất lượng công tác quản lý nhà nước về TTĐN.",
        role="purposes",
    )
    sections["I.2"] = await _add(
        client,
        world,
        plan,
        parent_id=part_1["id"],
        code="2",
        title="Yêu cầu",
        body="Hoạt động TTĐN trên địa bàn phải bám sát các chủ trương của Đảng.",
        role="requirements",
    )
    for code in ("1", "2", "3"):
        sections[f"II.{code}"] = await _add(
            client, world, plan, parent_id=part_2["id"], code=code, title=f"Nội dung {code}"
        )
    return sections


async def test_the_tree_nests_sections_in_order(client, world, cao_xa_draft, outline):
    assert _outline(await _tree(client, world, cao_xa_draft)) == [
        ("I", 1, [("1", 1, []), ("2", 2, [])]),
        ("II", 2, [("1", 1, []), ("2", 2, []), ("3", 3, [])]),
        ("III", 3, []),
    ]


async def test_a_section_put_at_a_position_moves_later_siblings_down(
    client, world, cao_xa_draft, outline
):
    added = await _add(
        client, world, cao_xa_draft, parent_id=outline["II"]["id"], code="1a", position=2
    )
    assert added["position"] == 2
    far = await _add(
        client, world, cao_xa_draft, parent_id=outline["II"]["id"], code="9", position=99
    )
    assert far["position"] == 5  # last, whatever was asked beyond
    [_, part_2, _] = await _tree(client, world, cao_xa_draft)
    assert [(n["code"], n["position"]) for n in part_2["children"]] == [
        ("1", 1),
        ("1a", 2),
        ("2", 3),
        ("3", 4),
        ("9", 5),
    ]
    moved_down = next(n for n in part_2["children"] if n["code"] == "2")
    assert moved_down["version"] == outline["II.2"]["version"] + 1


async def test_moving_a_section_under_another_parent(client, world, cao_xa_draft, outline):
    response = await _patch(
        client,
        world,
        cao_xa_draft,
        outline["II.1"]["id"],
        {"parent_id": outline["III"]["id"], "code": "1"},
    )
    assert response.status_code == 200, response.text
    assert (response.json()["parent_id"], response.json()["position"]) == (outline["III"]["id"], 1)
    assert _outline(await _tree(client, world, cao_xa_draft)) == [
        ("I", 1, [("1", 1, []), ("2", 2, [])]),
        ("II", 2, [("2", 1, []), ("3", 2, [])]),
        ("III", 3, [("1", 1, [])]),
    ]


async def test_moving_a_section_among_its_siblings(client, world, cao_xa_draft, outline):
    first_to_last = await _patch(
        client, world, cao_xa_draft, outline["II.1"]["id"], {"position": 3}
    )
    assert first_to_last.status_code == 200, first_to_last.text
    [_, part_2, _] = await _tree(client, world, cao_xa_draft)
    assert [(n["code"], n["position"]) for n in part_2["children"]] == [
        ("2", 1),
        ("3", 2),
        ("1", 3),
    ]
    to_the_top = await _patch(client, world, cao_xa_draft, outline["III"]["id"], {"position": 1})
    assert to_the_top.status_code == 200
    assert [node["code"] for node in await _tree(client, world, cao_xa_draft)] == ["III", "I", "II"]
    with_subtree = await _patch(
        client, world, cao_xa_draft, outline["II"]["id"], {"parent_id": outline["III"]["id"]}
    )
    assert with_subtree.status_code == 200
    assert _outline(await _tree(client, world, cao_xa_draft)) == [
        ("III", 1, [("II", 1, [("2", 1, []), ("3", 2, []), ("1", 3, [])])]),
        ("I", 2, [("1", 1, []), ("2", 2, [])]),
    ]


async def test_a_section_cannot_move_under_itself_or_its_descendants(
    client, world, cao_xa_draft, outline, sessionmaker
):
    async def rows():
        async with sessionmaker() as session:
            return (
                await session.execute(
                    select(PlanSection.id, PlanSection.parent_id, PlanSection.position).order_by(
                        PlanSection.id
                    )
                )
            ).all()

    before = await rows()
    for new_parent in ("I", "I.1"):
        response = await _patch(
            client,
            world,
            cao_xa_draft,
            outline["I"]["id"],
            {"parent_id": outline[new_parent]["id"]},
        )
        assert response.status_code == 422
        assert response.json()["errors"][0]["loc"] == ["body", "parent_id"]
        assert "chính nó" in response.json()["detail"]
    assert await rows() == before


async def test_a_parent_of_another_plan_is_refused(client, world, cao_xa_draft, outline):
    other = await new_plan(client, world, title="Kế hoạch khác")
    elsewhere = await _add(client, world, other, code="I")
    created = await client.post(
        _sections_path(cao_xa_draft),
        json={"parent_id": elsewhere["id"], "code": "1", "title": "Lạc"},
        headers=world.auth("vhxh"),
    )
    assert created.status_code == 422
    moved = await _patch(
        client, world, cao_xa_draft, outline["II.1"]["id"], {"parent_id": elsewhere["id"]}
    )
    assert moved.status_code == 422
    wrong_plan = await client.patch(
        f"{_sections_path(other)}/{outline['II.1']['id']}",
        json={"title": "x"},
        headers={**world.auth("vhxh"), "If-Match": '"1"'},
    )
    assert wrong_plan.status_code == 404


async def test_deleting_a_section_deletes_its_subtree_and_closes_the_gap(
    client, world, cao_xa_draft, outline, sessionmaker
):
    response = await _delete(client, world, cao_xa_draft, outline["I"]["id"])
    assert response.status_code == 204
    assert _outline(await _tree(client, world, cao_xa_draft)) == [
        ("II", 1, [("1", 1, []), ("2", 2, []), ("3", 3, [])]),
        ("III", 2, []),
    ]
    async with sessionmaker() as session:
        gone = [outline[key]["id"] for key in ("I", "I.1", "I.2")]
        assert not (
            await session.scalars(select(PlanSection).where(PlanSection.id.in_(gone)))
        ).all()
        event = await session.scalar(
            select(AuditEvent).where(AuditEvent.action == "plans.sections.delete")
        )
    assert event.details["deleted_below"] == sorted([outline["I.1"]["id"], outline["I.2"]["id"]])
    assert event.unit_path == world.units["ubnd_cao_xa"].path


async def test_the_plan_reads_its_purposes_and_requirements_from_its_sections(
    client, world, cao_xa_draft, outline
):
    plan = (
        await client.get(f"/api/v1/plans/{cao_xa_draft['id']}", headers=world.auth("khu1"))
    ).json()
    assert plan["purposes"] == outline["I.1"]["body"]
    assert plan["requirements"] == outline["I.2"]["body"]


async def test_editing_a_section_needs_its_current_version(client, world, cao_xa_draft, outline):
    path = f"{_sections_path(cao_xa_draft)}/{outline['III']['id']}"
    missing = await client.patch(path, json={"title": "x"}, headers=world.auth("vhxh"))
    assert missing.status_code == 428
    current = {**world.auth("vhxh"), "If-Match": f'"{outline["III"]["version"]}"'}
    changed = await client.patch(path, json={"body": "Các đơn vị triển khai."}, headers=current)
    assert changed.status_code == 200
    assert changed.headers["ETag"] == f'"{outline["III"]["version"] + 1}"'
    assert (await client.patch(path, json={"title": "y"}, headers=current)).status_code == 412


async def test_an_issued_plans_sections_are_fixed(client, world, cao_xa_draft, outline):
    await issue(client, world, cao_xa_draft["id"])
    added = await client.post(
        _sections_path(cao_xa_draft),
        json={"code": "IV", "title": "Thêm"},
        headers=world.auth("vhxh"),
    )
    assert added.status_code == 409
    assert (
        await _patch(client, world, cao_xa_draft, outline["I"]["id"], {"title": "x"})
    ).status_code == 409
    assert (await _delete(client, world, cao_xa_draft, outline["I"]["id"])).status_code == 409
    assert len(await _tree(client, world, cao_xa_draft)) == 3


async def test_sections_are_read_by_plan_readers_and_written_by_plan_writers(
    client, world, cao_xa_draft, outline
):
    for username in ("congan", "khu1", "huyen"):
        assert len(await _tree(client, world, cao_xa_draft, username)) == 3
        refused = await client.post(
            _sections_path(cao_xa_draft),
            json={"code": "IV", "title": "x"},
            headers=world.auth(username),
        )
        assert refused.status_code == 403
    hidden = await client.get(_sections_path(cao_xa_draft), headers=world.auth("sonvi_vhxh"))
    assert hidden.status_code == 404
    written = await client.post(
        _sections_path(cao_xa_draft),
        json={"code": "IV", "title": "x"},
        headers=world.auth("sonvi_vhxh"),
    )
    assert written.status_code == 404


async def test_every_section_write_is_audited_under_the_issuing_unit(
    client, world, cao_xa_draft, outline, sessionmaker
):
    await _patch(client, world, cao_xa_draft, outline["III"]["id"], {"title": "Tổ chức"})
    async with sessionmaker() as session:
        events = (
            await session.scalars(
                select(AuditEvent)
                .where(AuditEvent.object_id == str(outline["III"]["id"]))
                .where(AuditEvent.object_type == "plan_section")
                .order_by(AuditEvent.id)
            )
        ).all()
    assert [event.action for event in events] == ["plans.sections.create", "plans.sections.update"]
    assert events[1].before_digest == events[0].after_digest
    assert {event.unit_path for event in events} == {world.units["ubnd_cao_xa"].path}
    assert events[0].details == {"plan_id": cao_xa_draft["id"]}


@pytest.mark.parametrize(
    ("body", "loc"),
    [
        ({"code": "I", "title": "x", "colour": "red"}, ["body", "colour"]),
        ({"code": "I", "title": "Mục\x00"}, ["body", "title"]),
        ({"code": "I" * 21, "title": "x"}, ["body", "code"]),
        ({"code": "I", "title": "x", "position": 0}, ["body", "position"]),
        ({"code": "I", "title": "x", "role": "preamble"}, ["body", "role"]),
    ],
)
async def test_bad_section_bodies_are_a_422_and_add_nothing(
    body, loc, client, world, cao_xa_draft, sessionmaker
):
    response = await client.post(
        _sections_path(cao_xa_draft), json=body, headers=world.auth("vhxh")
    )
    assert response.status_code == 422
    assert loc in [error["loc"] for error in response.json()["errors"]]
    async with sessionmaker() as session:
        assert not (
            await session.scalars(
                select(PlanSection.id).where(PlanSection.plan_id == cao_xa_draft["id"])
            )
        ).all()


async def test_sections_added_at_once_each_get_their_own_place(client, world, cao_xa_draft):
    answers = await asyncio.gather(
        *(
            client.post(
                _sections_path(cao_xa_draft),
                json={"code": str(n), "title": f"Mục {n}"},
                headers=world.auth("vhxh"),
            )
            for n in range(1, 6)
        )
    )
    assert [answer.status_code for answer in answers] == [201] * 5
    tree = await _tree(client, world, cao_xa_draft)
    assert sorted(node["position"] for node in tree) == [1, 2, 3, 4, 5]
