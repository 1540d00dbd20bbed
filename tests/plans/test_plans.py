"""Plans: drafting, editing with If-Match, issuing with a number, closing, scope, bad input."""

import asyncio
import itertools

import pytest
from sqlalchemy import func, select

from ttdn.audit.models import AuditEvent
from ttdn.core.clock import today_in_vietnam
from ttdn.plans.models import Plan, PlanStatus
from ttdn.units.models import Unit

from .conftest import SIGNER, etag, issue, new_plan

PROBLEM = "application/problem+json"


async def _patch(client, world, plan_id, body, username="vhxh"):
    path = f"/api/v1/plans/{plan_id}"
    headers = {**world.auth(username), "If-Match": await etag(client, world, path, username)}
    return await client.patch(path, json=body, headers=headers)


async def _close(client, world, plan_id, username="chutich"):
    path = f"/api/v1/plans/{plan_id}"
    headers = {**world.auth(username), "If-Match": await etag(client, world, path, username)}
    return await client.post(f"{path}/close", headers=headers)


async def test_a_coordinator_drafts_a_plan_without_a_number(
    client, world, cao_xa_draft, decree_72, circular_22, district_plan_38
):
    plan = cao_xa_draft
    assert plan["status"] == "draft"
    assert plan["number"] is None and plan["number_symbol"] is None and plan["issued_on"] is None
    assert plan["unit"] == {"id": world.unit_id("ubnd_cao_xa"), "name": plan["unit"]["name"]}
    assert plan["parent_plan"] is None
    assert plan["parent_reference"]["citation"].startswith("Kế hoạch số 38/KH-UBND ngày 08/3/2023")
    assert [ref["id"] for ref in plan["legal_bases"]] == [decree_72["id"], circular_22["id"]]
    assert [d["due_on"] for d in plan["reporting_deadlines"]] == ["2024-06-01", "2024-11-01"]
    assert plan["recipients"][-1] == "Lưu: VT, VHXH."
    assert plan["signer"] == SIGNER
    assert plan["purposes"] is None and plan["requirements"] is None

    response = await client.get(f"/api/v1/plans/{plan['id']}", headers=world.auth("vhxh"))
    assert response.status_code == 200
    assert response.headers["ETag"] == f'"{plan["version"]}"'
    assert response.json() == plan


async def test_the_answer_to_a_create_says_where_the_plan_is(client, world):
    response = await client.post(
        "/api/v1/plans",
        json={"unit_id": world.unit_id("ubnd_cao_xa"), "title": "Kế hoạch mới", "year": 2024},
        headers=world.auth("vhxh"),
    )
    assert response.status_code == 201
    plan = response.json()
    assert response.headers["Location"] == f"/api/v1/plans/{plan['id']}"
    assert response.headers["ETag"] == f'"{plan["version"]}"'
    assert plan["symbol"] == "KH-UBND" and plan["place"] == "" and plan["signer"] is None


async def test_editing_a_draft_needs_the_current_version(client, world, cao_xa_draft):
    path = f"/api/v1/plans/{cao_xa_draft['id']}"
    missing = await client.patch(path, json={"title": "Khác"}, headers=world.auth("vhxh"))
    assert missing.status_code == 428
    current = f'"{cao_xa_draft["version"]}"'
    changed = await client.patch(
        path,
        json={"title": "  Kế hoạch TTĐN   xã Cao Xá năm 2024 "},
        headers={**world.auth("vhxh"), "If-Match": current},
    )
    assert changed.status_code == 200, changed.text
    assert changed.json()["title"] == "Kế hoạch TTĐN xã Cao Xá năm 2024"
    assert changed.json()["version"] == cao_xa_draft["version"] + 1
    assert changed.headers["ETag"] == f'"{cao_xa_draft["version"] + 1}"'
    stale = await client.patch(
        path, json={"title": "Lần nữa"}, headers={**world.auth("vhxh"), "If-Match": current}
    )
    assert stale.status_code == 412


async def test_lists_given_replace_the_old_ones_in_their_new_order(
    client, world, cao_xa_draft, decree_72, circular_22, district_plan_38
):
    response = await _patch(
        client,
        world,
        cao_xa_draft["id"],
        {
            "legal_basis_ids": [circular_22["id"], district_plan_38["id"], decree_72["id"]],
            "reporting_deadlines": [
                {"kind": "yearly", "due_on": "2024-11-01", "label": "Tổng kết năm"},
                {"kind": "quarterly", "due_on": "2024-03-25", "label": "Báo cáo quý I"},
            ],
            "signer": None,
        },
    )
    assert response.status_code == 200, response.text
    plan = response.json()
    assert [ref["id"] for ref in plan["legal_bases"]] == [
        circular_22["id"],
        district_plan_38["id"],
        decree_72["id"],
    ]
    assert [(d["due_on"], d["label"]) for d in plan["reporting_deadlines"]] == [
        ("2024-03-25", "Báo cáo quý I"),
        ("2024-11-01", "Tổng kết năm"),
    ]
    assert plan["signer"] is None
    assert plan["version"] == cao_xa_draft["version"] + 1
    only_lists = await _patch(client, world, cao_xa_draft["id"], {"legal_basis_ids": []})
    assert only_lists.json()["legal_bases"] == []
    assert only_lists.json()["version"] == plan["version"] + 1


async def test_a_parent_plan_replaces_the_parent_reference(client, world, cao_xa_draft):
    parent = await new_plan(client, world, title="Kế hoạch khung TTĐN 2024")
    response = await _patch(client, world, cao_xa_draft["id"], {"parent_plan_id": parent["id"]})
    assert response.status_code == 200, response.text
    plan = response.json()
    assert plan["parent_plan"] == {
        "id": parent["id"],
        "number_symbol": None,
        "title": parent["title"],
    }
    assert plan["parent_reference"] is None and plan["parent_reference_id"] is None


async def test_a_plan_cannot_descend_from_itself(client, world, cao_xa_draft):
    child = await new_plan(client, world, title="Kế hoạch con", parent_plan_id=cao_xa_draft["id"])
    itself = await _patch(client, world, cao_xa_draft["id"], {"parent_plan_id": cao_xa_draft["id"]})
    assert itself.status_code == 422
    below = await _patch(client, world, cao_xa_draft["id"], {"parent_plan_id": child["id"]})
    assert below.status_code == 422
    assert below.json()["errors"][0]["loc"] == ["body", "parent_plan_id"]


async def test_a_parent_plan_is_of_the_same_unit_or_a_level_above(client, world):
    """An office's plan may follow the commune's; the commune's may not follow an office's."""
    commune_plan = await new_plan(client, world, title="Kế hoạch khung của xã")
    office_plan = await new_plan(
        client,
        world,
        unit_id=world.unit_id("van_phong"),
        title="Kế hoạch của Văn phòng",
        parent_plan_id=commune_plan["id"],
    )
    assert office_plan["parent_plan"]["id"] == commune_plan["id"]
    before = await client.get(f"/api/v1/plans/{commune_plan['id']}", headers=world.auth("vhxh"))
    refused = await _patch(client, world, commune_plan["id"], {"parent_plan_id": office_plan["id"]})
    assert refused.status_code == 422
    error = refused.json()["errors"][0]
    assert error["loc"] == ["body", "parent_plan_id"]
    assert "không phải cấp trên" in error["msg"]
    after = await client.get(f"/api/v1/plans/{commune_plan['id']}", headers=world.auth("vhxh"))
    assert after.json() == before.json()


async def test_a_parent_plan_out_of_sight_is_refused(client, world):
    son_vi = await new_plan(
        client, world, "sonvi_vhxh", unit_id=world.unit_id("son_vi"), title="Kế hoạch Sơn Vi"
    )
    response = await client.post(
        "/api/v1/plans",
        json={
            "unit_id": world.unit_id("ubnd_cao_xa"),
            "title": "Kế hoạch",
            "year": 2024,
            "parent_plan_id": son_vi["id"],
        },
        headers=world.auth("vhxh"),
    )
    assert response.status_code == 422
    assert response.json()["errors"][0]["loc"] == ["body", "parent_plan_id"]


async def test_issuing_takes_the_next_number_of_the_unit_and_year(client, world, cao_xa_draft):
    second = await new_plan(client, world, title="Kế hoạch thứ hai năm 2024")
    first_issued = await issue(client, world, cao_xa_draft["id"])
    assert first_issued.status_code == 200, first_issued.text
    plan = first_issued.json()
    assert plan["status"] == "issued"
    assert (plan["number"], plan["number_symbol"]) == (1, "1/KH-UBND")
    assert plan["issued_on"] == today_in_vietnam().isoformat()
    assert first_issued.headers["ETag"] == f'"{plan["version"]}"'
    second_issued = await issue(client, world, second["id"], {"issued_on": "2024-03-08"})
    assert (second_issued.json()["number_symbol"], second_issued.json()["issued_on"]) == (
        "2/KH-UBND",
        "2024-03-08",
    )
    other_year = await new_plan(client, world, title="Kế hoạch năm 2025", year=2025)
    assert (await issue(client, world, other_year["id"])).json()["number"] == 1


async def test_a_number_already_used_is_a_conflict(client, world, cao_xa_draft, sessionmaker):
    other = await new_plan(client, world, title="Kế hoạch khác")
    assert (await issue(client, world, cao_xa_draft["id"], {"number": 38})).json()["number"] == 38
    taken = await issue(client, world, other["id"], {"number": 38})
    assert taken.status_code == 409
    assert "38/KH-UBND" in taken.json()["detail"]
    async with sessionmaker() as session:
        refused = await session.get_one(Plan, other["id"])
        assert (refused.status, refused.number) == (PlanStatus.draft, None)
    # The number given by hand moved the counter on: the next one taken follows it.
    assert (await issue(client, world, other["id"])).json()["number"] == 39


async def test_only_a_draft_can_be_issued(client, world, cao_xa_draft):
    await issue(client, world, cao_xa_draft["id"])
    again = await issue(client, world, cao_xa_draft["id"])
    assert again.status_code == 409


async def test_an_issued_plan_refuses_changes_to_its_content(client, world, cao_xa_draft):
    await issue(client, world, cao_xa_draft["id"])
    response = await _patch(client, world, cao_xa_draft["id"], {"title": "Sửa sau khi ban hành"})
    assert response.status_code == 409
    assert response.json()["detail"].startswith("Kế hoạch đã ban hành")
    plan = await client.get(f"/api/v1/plans/{cao_xa_draft['id']}", headers=world.auth("vhxh"))
    assert plan.json()["title"] == cao_xa_draft["title"]


async def test_closing_an_issued_plan_and_only_that(client, world, cao_xa_draft):
    draft_closed = await _close(client, world, cao_xa_draft["id"])
    assert draft_closed.status_code == 409
    await issue(client, world, cao_xa_draft["id"])
    closed = await _close(client, world, cao_xa_draft["id"])
    assert closed.status_code == 200, closed.text
    assert closed.json()["status"] == "closed" and closed.json()["number"] == 1
    assert (await _close(client, world, cao_xa_draft["id"])).status_code == 409
    edit = await _patch(client, world, cao_xa_draft["id"], {"title": "Sửa"})
    assert edit.status_code == 409


async def test_a_coordinator_drafts_but_does_not_issue(client, world, cao_xa_draft):
    response = await issue(client, world, cao_xa_draft["id"], username="vhxh")
    assert response.status_code == 403
    leader = await issue(client, world, cao_xa_draft["id"], username="chutich")
    assert leader.status_code == 200


@pytest.mark.parametrize("action", ["issue", "edit", "assign"])
async def test_an_admin_keeps_units_and_users_not_the_plan_or_its_tasks(
    client, world, cao_xa_draft, action
):
    if action == "issue":
        response = await issue(client, world, cao_xa_draft["id"], username="admin")
    elif action == "edit":
        response = await _patch(client, world, cao_xa_draft["id"], {"title": "Sửa"}, "admin")
    else:
        response = await client.post(
            "/api/v1/tasks",
            json={
                "plan_id": cao_xa_draft["id"],
                "title": "Nhiệm vụ",
                "schedule": "once",
                "due_on": "2024-06-01",
                "lead_unit_ids": [world.unit_id("dai_truyen_thanh")],
            },
            headers=world.auth("admin"),
        )
    assert response.status_code == 403
    assert response.headers["content-type"].startswith("application/problem+json")


@pytest.mark.parametrize("username", ["congan", "khu1", "huyen"])
async def test_members_area_leaders_and_the_district_read_the_commune_plan(
    username, client, world, cao_xa_draft
):
    plan_id = cao_xa_draft["id"]
    listed = await client.get("/api/v1/plans?limit=200", headers=world.auth(username))
    assert plan_id in {plan["id"] for plan in listed.json()["items"]}
    one = await client.get(f"/api/v1/plans/{plan_id}", headers=world.auth(username))
    assert one.status_code == 200
    assert one.json()["title"] == cao_xa_draft["title"]


@pytest.mark.parametrize("username", ["congan", "khu1", "huyen"])
async def test_members_area_leaders_and_the_district_cannot_write_plans(
    username, client, world, cao_xa_draft, sessionmaker
):
    async with sessionmaker() as session:
        count = await session.scalar(select(func.count()).select_from(Plan))
    created = await client.post(
        "/api/v1/plans",
        json={"unit_id": world.unit_id("ubnd_cao_xa"), "title": "Kế hoạch", "year": 2024},
        headers=world.auth(username),
    )
    assert created.status_code == 403
    path = f"/api/v1/plans/{cao_xa_draft['id']}"
    headers = {**world.auth(username), "If-Match": f'"{cao_xa_draft["version"]}"'}
    assert (await client.patch(path, json={"title": "x"}, headers=headers)).status_code == 403
    assert (await client.delete(path, headers=headers)).status_code == 403
    assert (await client.post(f"{path}/issue", headers=headers)).status_code == 403
    async with sessionmaker() as session:
        assert await session.scalar(select(func.count()).select_from(Plan)) == count


async def test_another_communes_coordinator_finds_no_cao_xa_plan(client, world, cao_xa_draft):
    path = f"/api/v1/plans/{cao_xa_draft['id']}"
    auth = world.auth("sonvi_vhxh")
    assert (await client.get(path, headers=auth)).status_code == 404
    assert (await client.get(f"{path}/sections", headers=auth)).status_code == 404
    headers = {**auth, "If-Match": f'"{cao_xa_draft["version"]}"'}
    assert (await client.patch(path, json={"title": "x"}, headers=headers)).status_code == 404
    assert (await client.delete(path, headers=headers)).status_code == 404
    listed = await client.get("/api/v1/plans?limit=200", headers=auth)
    assert cao_xa_draft["id"] not in {plan["id"] for plan in listed.json()["items"]}


async def test_a_plan_is_issued_only_by_a_unit_within_reach(client, world):
    for username, unit_key in [("vhxh", "son_vi"), ("chutich", "huyen_lam_thao")]:
        response = await client.post(
            "/api/v1/plans",
            json={"unit_id": world.unit_id(unit_key), "title": "Kế hoạch", "year": 2024},
            headers=world.auth(username),
        )
        assert response.status_code == 422
        assert response.json()["errors"][0]["loc"] == ["body", "unit_id"]


async def test_lists_filter_search_and_sort(client, world, cao_xa_draft):
    other = await new_plan(client, world, title="Kế hoạch tuyên truyền biển đảo", year=2025)
    await issue(client, world, other["id"], {"number": 7})
    auth = world.auth("vhxh")
    by_year = await client.get("/api/v1/plans?year=2025", headers=auth)
    assert [plan["id"] for plan in by_year.json()["items"]] == [other["id"]]
    drafts = await client.get("/api/v1/plans?status=draft&limit=200", headers=auth)
    assert {plan["status"] for plan in drafts.json()["items"]} == {"draft"}
    for q in ("bien dao", "BIỂN ĐẢO", "7/KH-UBND", "7 kh ubnd"):
        found = await client.get("/api/v1/plans", params={"q": q}, headers=auth)
        assert [plan["id"] for plan in found.json()["items"]] == [other["id"]], q
    son_vi = await client.get(
        f"/api/v1/plans?unit_id={world.unit_id('son_vi')}", headers=world.auth("huyen")
    )
    assert son_vi.json()["total"] == 0
    ordered = await client.get("/api/v1/plans?sort=-year,title&limit=200", headers=auth)
    years = [plan["year"] for plan in ordered.json()["items"]]
    assert years == sorted(years, reverse=True)
    item = next(p for p in ordered.json()["items"] if p["id"] == other["id"])
    assert (
        item["unit"]["id"] == world.unit_id("ubnd_cao_xa") and item["number_symbol"] == "7/KH-UBND"
    )
    assert (await client.get("/api/v1/plans?sort=signer_name", headers=auth)).status_code == 422


async def _add_plans(sessionmaker, world, count, year):
    async with sessionmaker() as session, session.begin():
        unit = await session.get_one(Unit, world.unit_id("ubnd_cao_xa"))
        session.add_all(
            Plan(unit_id=unit.id, title=f"Kế hoạch số {n}", year=year, recipients=[])
            for n in range(count)
        )


async def test_a_plan_list_runs_the_same_few_statements_however_many_plans(
    client, world, sessionmaker, statement_counter
):
    counts = {}
    listed = 0
    for total in (1, 20, 100):
        await _add_plans(sessionmaker, world, total - listed, 2031)
        listed = total
        statement_counter.start()
        response = await client.get("/api/v1/plans?year=2031&limit=200", headers=world.auth("khu1"))
        counts[total] = statement_counter.stop()
        assert response.status_code == 200, response.text
        assert len(response.json()["items"]) == total
        assert all(item["unit"]["name"] for item in response.json()["items"])
    assert len(set(counts.values())) == 1, counts
    assert counts[100] <= 3, statement_counter.statements


async def test_a_deleted_plan_disappears_and_an_admin_can_undo(
    client, world, cao_xa_draft, sessionmaker
):
    path = f"/api/v1/plans/{cao_xa_draft['id']}"
    deleted = await client.delete(
        path, headers={**world.auth("vhxh"), "If-Match": await etag(client, world, path)}
    )
    assert deleted.status_code == 204
    assert (await client.get(path, headers=world.auth("vhxh"))).status_code == 404
    listed = await client.get("/api/v1/plans?limit=200", headers=world.auth("vhxh"))
    assert cao_xa_draft["id"] not in {plan["id"] for plan in listed.json()["items"]}
    async with sessionmaker() as session:  # soft: the row is still there
        assert await session.get(Plan, cao_xa_draft["id"]) is not None
    bin_ = await client.get("/api/v1/plans?deleted=true", headers=world.auth("admin"))
    assert [plan["id"] for plan in bin_.json()["items"]] == [cao_xa_draft["id"]]
    assert (
        await client.get("/api/v1/plans?deleted=true", headers=world.auth("vhxh"))
    ).status_code == 403
    refused = await client.post(f"{path}/restore", headers=world.auth("vhxh"))
    assert refused.status_code == 403
    restored = await client.post(f"{path}/restore", headers=world.auth("admin"))
    assert restored.status_code == 200, restored.text
    assert restored.json()["deleted_at"] is None
    assert restored.json()["legal_bases"] == cao_xa_draft["legal_bases"]


async def test_an_issued_plan_is_withdrawn_only_by_who_may_issue_it(client, world, cao_xa_draft):
    await issue(client, world, cao_xa_draft["id"])
    path = f"/api/v1/plans/{cao_xa_draft['id']}"
    by_coordinator = await client.delete(
        path, headers={**world.auth("vhxh"), "If-Match": await etag(client, world, path)}
    )
    assert by_coordinator.status_code == 403
    by_leader = await client.delete(
        path, headers={**world.auth("chutich"), "If-Match": await etag(client, world, path)}
    )
    assert by_leader.status_code == 204


async def test_every_plan_write_leaves_one_audit_event_under_the_issuing_unit(
    client, world, cao_xa_draft, sessionmaker
):
    await _patch(client, world, cao_xa_draft["id"], {"place": "Xã Cao Xá"})
    await issue(client, world, cao_xa_draft["id"])
    await _close(client, world, cao_xa_draft["id"])
    async with sessionmaker() as session:
        events = (
            await session.scalars(
                select(AuditEvent)
                .where(AuditEvent.object_type == "plan")
                .where(AuditEvent.object_id == str(cao_xa_draft["id"]))
                .order_by(AuditEvent.id)
            )
        ).all()
    assert [event.action for event in events] == [
        "plans.create",
        "plans.update",
        "plans.issue",
        "plans.close",
    ]
    assert [event.actor_username for event in events] == ["vhxh", "vhxh", "chutich", "chutich"]
    assert {event.unit_path for event in events} == {world.units["ubnd_cao_xa"].path}
    for earlier, later in itertools.pairwise(events):
        assert later.before_digest == earlier.after_digest


async def test_concurrent_issues_take_distinct_numbers(client, world):
    drafts = [await new_plan(client, world, title=f"Kế hoạch {n}", year=2026) for n in range(4)]
    answers = await asyncio.gather(*(issue(client, world, plan["id"]) for plan in drafts))
    assert [answer.status_code for answer in answers] == [200] * 4
    assert sorted(answer.json()["number"] for answer in answers) == [1, 2, 3, 4]


# --------------------------------------------------------------------------------------
# Bad input
# --------------------------------------------------------------------------------------


@pytest.fixture
async def unchanged(world, sessionmaker, cao_xa_draft):
    """Asserts, after the test, that no plan was added or changed and no write was audited."""

    async def snapshot():
        async with sessionmaker() as session:
            plans = (
                await session.execute(
                    select(Plan.id, Plan.version, Plan.title, Plan.status).order_by(Plan.id)
                )
            ).all()
            writes = await session.scalar(
                select(func.count()).where(AuditEvent.action.like("plans.%"))
            )
            return plans, writes

    before = await snapshot()
    yield
    assert await snapshot() == before


def _assert_problem(response, status):
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith(PROBLEM)
    body = response.json()
    assert body["status"] == status and body["detail"]
    return body


@pytest.mark.parametrize(
    ("body", "loc"),
    [
        ({"owner": "vhxh"}, ["body", "owner"]),
        ({"title": "Kế hoạch\x00"}, ["body", "title"]),
        ({"title": "   "}, ["body", "title"]),
        ({"year": 1800}, ["body", "year"]),
        ({"parent_plan_id": 1, "parent_reference_id": 1}, ["body"]),
        ({"legal_basis_ids": [1, 1]}, ["body"]),
        ({"signer": {**SIGNER, "authority": "Ký"}}, ["body", "signer", "authority"]),
        ({"recipients": ["UBND huyện", "\x07"]}, ["body", "recipients", "1"]),
    ],
)
async def test_bad_plan_bodies_are_a_422_and_change_nothing(
    body, loc, client, world, cao_xa_draft, unchanged
):
    created = await client.post(
        "/api/v1/plans",
        json={"unit_id": world.unit_id("ubnd_cao_xa"), "title": "Kế hoạch", "year": 2024, **body},
        headers=world.auth("vhxh"),
    )
    assert loc in [error["loc"] for error in _assert_problem(created, 422)["errors"]]
    patched = await client.patch(
        f"/api/v1/plans/{cao_xa_draft['id']}",
        json=body,
        headers={**world.auth("vhxh"), "If-Match": f'"{cao_xa_draft["version"]}"'},
    )
    _assert_problem(patched, 422)


@pytest.mark.parametrize(
    "body",
    [{"number": 0}, {"number": -3}, {"number": "một"}, {"issued_on": "08/03/2024"}, {"x": 1}],
)
async def test_bad_issue_bodies_are_a_422_and_change_nothing(
    body, client, world, cao_xa_draft, unchanged
):
    response = await client.post(
        f"/api/v1/plans/{cao_xa_draft['id']}/issue",
        json=body,
        headers={**world.auth("chutich"), "If-Match": f'"{cao_xa_draft["version"]}"'},
    )
    _assert_problem(response, 422)


async def test_null_for_a_field_that_cannot_be_empty_is_a_422(
    client, world, cao_xa_draft, unchanged
):
    response = await client.patch(
        f"/api/v1/plans/{cao_xa_draft['id']}",
        json={"title": None, "recipients": None},
        headers={**world.auth("vhxh"), "If-Match": f'"{cao_xa_draft["version"]}"'},
    )
    locs = [error["loc"] for error in _assert_problem(response, 422)["errors"]]
    assert ["body", "title"] in locs and ["body", "recipients"] in locs


async def test_references_that_do_not_exist_are_a_422_naming_the_field(
    client, world, cao_xa_draft, unchanged
):
    for body, loc in [
        (
            {"legal_basis_ids": [cao_xa_draft["legal_bases"][0]["id"], 999_999]},
            ["body", "legal_basis_ids", "1"],
        ),
        ({"parent_reference_id": 999_999}, ["body", "parent_reference_id"]),
        ({"parent_plan_id": 999_999}, ["body", "parent_plan_id"]),
    ]:
        response = await client.patch(
            f"/api/v1/plans/{cao_xa_draft['id']}",
            json=body,
            headers={**world.auth("vhxh"), "If-Match": f'"{cao_xa_draft["version"]}"'},
        )
        assert _assert_problem(response, 422)["errors"][0]["loc"] == loc


async def test_list_filters_out_of_range_are_a_422(client, world):
    for query in ("year=abc", "status=approved", "unit_id=0"):
        response = await client.get(f"/api/v1/plans?{query}", headers=world.auth("vhxh"))
        _assert_problem(response, 422)


async def test_ids_beyond_the_databases_range_are_a_422(client, world, cao_xa_draft, unchanged):
    huge = 2**40
    auth = world.auth("vhxh")
    path = f"/api/v1/plans/{cao_xa_draft['id']}"
    if_match = {**auth, "If-Match": f'"{cao_xa_draft["version"]}"'}
    answers = [
        await client.get(f"/api/v1/plans/{huge}", headers=auth),
        await client.get(f"/api/v1/plans?unit_id={huge}", headers=auth),
        await client.get(f"/api/v1/legal-references/{huge}", headers=auth),
        await client.patch(f"{path}/sections/{huge}", json={}, headers=if_match),
        await client.patch(path, json={"legal_basis_ids": [huge]}, headers=if_match),
        await client.post(
            "/api/v1/plans", json={"unit_id": huge, "title": "x", "year": 2024}, headers=auth
        ),
    ]
    for answer in answers:
        _assert_problem(answer, 422)
