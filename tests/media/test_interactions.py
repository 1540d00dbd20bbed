"""Press interactions: who reads which, what they show of the reporters, logging them, links to
the plan's tasks and to the contacts' history, search and filters, counts per commune."""

from datetime import date

import pytest
from sqlalchemy import func, select

from ttdn.audit.models import AuditEvent
from ttdn.media.models import MediaInteraction, MediaInteractionContact
from ttdn.tasks.models import TaskUpdate

INTERACTIONS = "/api/v1/media/interactions"

# Which of the demo's interactions each account reads: Văn phòng's, and Khu 1's field visit.
READS = {
    "admin": {"rac_thai", "nong_thon_moi_khu_1"},
    "chutich": {"rac_thai", "nong_thon_moi_khu_1"},
    "vhxh": {"rac_thai", "nong_thon_moi_khu_1"},
    "vanphong": {"rac_thai", "nong_thon_moi_khu_1"},
    "congan": {"rac_thai", "nong_thon_moi_khu_1"},  # commune members read them all
    "khu1": {"nong_thon_moi_khu_1"},  # an area leader: its own area's only
    "khu2": set(),
    "huyen": {"rac_thai", "nong_thon_moi_khu_1"},  # the superior: its communes'
    "sonvi_vhxh": set(),  # another commune
    "tamnong": set(),  # another district's superior
}
# Who is told the names of the reporters involved (whoever reads the commune's contacts).
NAMES_REPORTERS = {"admin", "chutich", "vhxh", "vanphong", "congan", "khu1"}


@pytest.mark.parametrize(("username", "expected"), READS.items())
async def test_each_account_reads_the_interactions_within_its_reach(
    username, expected, client, world, press_year
):
    for key in ("rac_thai", "nong_thon_moi_khu_1"):
        response = await client.get(
            f"{INTERACTIONS}/{press_year[key]}", headers=world.auth(username)
        )
        assert response.status_code == (200 if key in expected else 404), (key, response.text)
        if response.status_code == 200:
            contacts = response.json()["contacts"]
            named = [contact["name"] for contact in contacts]
            assert named == (["Trần Thị Hoa"] if username in NAMES_REPORTERS else [])
    listed = await client.get(f"{INTERACTIONS}?limit=200", headers=world.auth(username))
    assert listed.status_code == 200
    listed_ids = {item["id"] for item in listed.json()["items"]}
    wanted = {press_year[key] for key in ("rac_thai", "nong_thon_moi_khu_1")}
    assert listed_ids & wanted == {press_year[key] for key in expected}


async def test_an_interaction_reads_with_its_outlets_follow_up_and_steps(client, world, press_year):
    response = await client.get(
        f"{INTERACTIONS}/{press_year['rac_thai']}", headers=world.auth("chutich")
    )
    body = response.json()
    assert response.headers["ETag"] == f'"{body["version"]}"'
    assert body["kind"] == "press_report"
    assert body["unit_name"] == world.units["van_phong"].name
    assert [outlet["name"] for outlet in body["outlets"]] == [
        "Đài Phát thanh và Truyền hình Phú Thọ"
    ]
    follow_up = body["follow_up"]
    assert follow_up["status"] == "answered"
    assert follow_up["answered_on"] == "2023-10-02"
    assert follow_up["answer"].startswith("UBND xã đã chỉ đạo thu gom")
    assert follow_up["overdue"] is False
    assert [step["status"] for step in follow_up["steps"]] == [
        "received",
        "verifying",
        "handled",
        "answered",
    ]
    assert {step["author_name"] for step in follow_up["steps"]} == {"Trần Thị Lan"}


async def test_the_press_report_still_awaiting_an_answer_is_overdue(client, world, press_year):
    response = await client.get(
        f"{INTERACTIONS}?overdue=true&sort=due_on", headers=world.auth("vanphong")
    )
    items = response.json()["items"]
    assert [item["id"] for item in items] == [press_year["duong_noi_dong"]]
    assert items[0]["follow_up"]["status"] == "verifying"
    assert items[0]["follow_up"]["overdue"] is True
    assert items[0]["follow_up"]["due_on"] == "2023-12-19"  # 15 days after it was received
    queue = await client.get(
        f"{INTERACTIONS}?kind=press_report&overdue=false", headers=world.auth("vanphong")
    )
    assert [item["id"] for item in queue.json()["items"]] == [press_year["rac_thai"]]


async def test_the_open_press_reports_are_those_not_answered(client, world, press_year):
    still_open = await client.get(
        f"{INTERACTIONS}?open=true&sort=due_on", headers=world.auth("vanphong")
    )
    assert [item["id"] for item in still_open.json()["items"]] == [press_year["duong_noi_dong"]]
    answered = await client.get(
        f"{INTERACTIONS}?open=false&kind=press_report", headers=world.auth("vanphong")
    )
    assert {item["follow_up"]["status"] for item in answered.json()["items"]} == {"answered"}
    refused = await client.get(f"{INTERACTIONS}?open=perhaps", headers=world.auth("vanphong"))
    assert refused.status_code == 422


@pytest.mark.parametrize(
    ("query", "keys"),
    [
        ("q=rac thai", {"rac_thai"}),  # search ignores diacritics
        ("topic=noi dong", {"duong_noi_dong"}),
        ("kind=interview", {"ocop"}),
        (
            "occurred_from=2023-05-01&occurred_to=2023-09-30",
            {"nong_thon_moi_khu_1", "ocop", "rac_thai"},
        ),
        ("follow_up_status=verifying", {"duong_noi_dong"}),
        ("outlet_id={bao_phu_tho}", {"vu_xuan", "duong_noi_dong"}),
        ("contact_id={tran_thi_hoa}", {"nong_thon_moi_khu_1", "rac_thai"}),
        ("unit_id={khu_1}", {"nong_thon_moi_khu_1"}),
    ],
)
async def test_filters_and_search(query, keys, client, world, press_year):
    ids = {**world.outlets, **world.contacts, **{k: u.id for k, u in world.units.items()}}
    response = await client.get(f"{INTERACTIONS}?{query.format(**ids)}", headers=world.auth("vhxh"))
    assert response.status_code == 200, response.text
    assert {item["id"] for item in response.json()["items"]} == {press_year[k] for k in keys}


async def test_the_superior_filters_by_contact_and_finds_nothing(client, world, press_year):
    response = await client.get(
        f"{INTERACTIONS}?contact_id={world.contacts['tran_thi_hoa']}", headers=world.auth("huyen")
    )
    assert response.json()["items"] == []


async def test_logging_an_interaction_from_a_phone_needs_few_fields(client, world, sessionmaker):
    response = await client.post(
        INTERACTIONS,
        json={
            "kind": "information_on_request",
            "occurred_on": "2023-06-01",
            "topic": "Kết quả 6 tháng đầu năm",
            "outlet_ids": [world.outlets["bao_phu_tho"]],
            "contact_ids": [world.contacts["le_van_binh"]],
        },
        headers=world.auth("vanphong"),
    )
    assert response.status_code == 201, response.text
    body = response.json()
    assert body["unit_id"] == world.unit_id("van_phong")  # the caller's own unit by default
    assert body["follow_up"] is None
    assert response.headers["Location"] == f"{INTERACTIONS}/{body['id']}"
    contact = await client.get(
        f"/api/v1/media/contacts/{world.contacts['le_van_binh']}", headers=world.auth("vanphong")
    )
    assert contact.json()["last_contacted_on"] == "2023-06-01"
    async with sessionmaker() as session:
        event = await session.scalar(
            select(AuditEvent).where(AuditEvent.action == "media.interactions.create")
        )
    assert event is not None and event.object_id == str(body["id"])
    assert event.after_digest is not None
    assert event.unit_path == world.units["van_phong"].path


async def test_a_press_report_is_due_in_fifteen_days_unless_told(client, world):
    response = await client.post(
        INTERACTIONS,
        json={"kind": "press_report", "occurred_on": "2023-06-01", "topic": "Ngập úng Khu 4"},
        headers=world.auth("vanphong"),
    )
    assert response.json()["follow_up"]["due_on"] == "2023-06-16"
    assert response.json()["follow_up"]["status"] == "received"
    given = await client.post(
        INTERACTIONS,
        json={
            "kind": "press_report",
            "occurred_on": "2023-06-01",
            "topic": "Ngập úng Khu 5",
            "due_on": "2023-06-05",
        },
        headers=world.auth("vanphong"),
    )
    assert given.json()["follow_up"]["due_on"] == "2023-06-05"


async def test_an_interaction_linked_to_a_task_counts_as_progress(client, world, sessionmaker):
    task_id = world.tasks["vanphong_bao_chi"]
    response = await client.post(
        INTERACTIONS,
        json={
            "kind": "interview",
            "occurred_on": "2023-06-02",
            "topic": "Lễ hội truyền thống",
            "task_id": task_id,
        },
        headers=world.auth("vanphong"),
    )
    assert response.status_code == 201, response.text
    update_id = response.json()["task_update_id"]
    updates = await client.get(f"/api/v1/tasks/{task_id}/updates", headers=world.auth("vhxh"))
    [update] = [item for item in updates.json()["items"] if item["id"] == update_id]
    assert update["text"] == "Trả lời phỏng vấn ngày 02/06/2023: Lễ hội truyền thống"
    assert update["figures"] == {"Hoạt động báo chí": 1}
    assert update["unit_id"] == world.unit_id("van_phong")
    listed = await client.get(f"{INTERACTIONS}?task_id={task_id}", headers=world.auth("vhxh"))
    assert [item["id"] for item in listed.json()["items"]] == [response.json()["id"]]


async def test_a_task_the_unit_does_not_report_on_is_refused(client, world, sessionmaker):
    before = await _counts(sessionmaker)
    response = await client.post(
        INTERACTIONS,
        json={
            "kind": "interview",
            "occurred_on": "2023-06-02",
            "topic": "An ninh trật tự",
            "task_id": world.tasks["congan_bao_mat"],
        },
        headers=world.auth("vanphong"),
    )
    assert response.status_code == 422, response.text
    assert response.json()["errors"][0]["loc"] == ["body", "task_id"]
    assert await _counts(sessionmaker) == before


async def _counts(sessionmaker) -> tuple[int, int]:
    async with sessionmaker() as session:
        interactions = await session.scalar(select(func.count()).select_from(MediaInteraction))
        updates = await session.scalar(select(func.count()).select_from(TaskUpdate))
    return interactions or 0, updates or 0


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"occurred_on": "2999-01-01"}, "occurred_on"),  # in the future
        ({"kind": "interview", "due_on": "2023-06-20"}, "due_on"),  # only press reports are due
        ({"kind": "press_report", "due_on": "2023-05-01"}, "due_on"),  # due before received
        ({"outlet_ids": [999_999]}, "outlet_ids"),
        ({"contact_ids": [999_999]}, "contact_ids"),
        ({"unit_id": 999_999}, "unit_id"),
        ({"published_links": ["not a link"]}, "published_links"),
        ({"kind": "press_briefing"}, "kind"),
        ({"topic": ""}, "topic"),
    ],
)
async def test_bad_interactions_are_refused_and_change_nothing(
    change, field, client, world, sessionmaker
):
    before = await _counts(sessionmaker)
    body = {"kind": "interview", "occurred_on": "2023-06-01", "topic": "Chủ đề", **change}
    response = await client.post(INTERACTIONS, json=body, headers=world.auth("vanphong"))
    assert response.status_code == 422, response.text
    assert response.headers["content-type"].startswith("application/problem+json")
    assert field in str(response.json()["errors"])
    assert await _counts(sessionmaker) == before


async def test_a_contact_of_another_commune_cannot_be_named(client, world, sessionmaker):
    other = await client.post(
        "/api/v1/media/contacts",
        json={
            "full_name": "Phóng viên Sơn Vi",
            "phones": ["0900 000 190"],
            "personal_data_basis": "Đồng ý.",
        },
        headers=world.auth("sonvi_vhxh"),
    )
    response = await client.post(
        INTERACTIONS,
        json={
            "kind": "interview",
            "occurred_on": "2023-06-01",
            "topic": "Chủ đề",
            "contact_ids": [other.json()["id"]],
        },
        headers=world.auth("vanphong"),
    )
    assert response.status_code == 422
    assert response.json()["errors"][0]["loc"] == ["body", "contact_ids"]


async def test_editing_replaces_outlets_and_contacts(client, world, press_year):
    interaction_id = press_year["ocop"]
    current = await client.get(f"{INTERACTIONS}/{interaction_id}", headers=world.auth("vanphong"))
    response = await client.patch(
        f"{INTERACTIONS}/{interaction_id}",
        json={"outlet_ids": [world.outlets["ptv"]], "contact_ids": [], "spokesperson": None},
        headers=world.auth("vanphong") | {"If-Match": current.headers["ETag"]},
    )
    assert response.status_code == 200, response.text
    body = response.json()
    assert [outlet["id"] for outlet in body["outlets"]] == [world.outlets["ptv"]]
    assert body["contacts"] == [] and body["spokesperson"] is None
    assert body["version"] == current.json()["version"] + 1
    stale = await client.patch(
        f"{INTERACTIONS}/{interaction_id}",
        json={"topic": "Khác"},
        headers=world.auth("vanphong") | {"If-Match": current.headers["ETag"]},
    )
    assert stale.status_code == 412


async def test_a_press_report_answered_cannot_change_kind(client, world, press_year):
    interaction_id = press_year["rac_thai"]
    current = await client.get(f"{INTERACTIONS}/{interaction_id}", headers=world.auth("vanphong"))
    response = await client.patch(
        f"{INTERACTIONS}/{interaction_id}",
        json={"kind": "interview"},
        headers=world.auth("vanphong") | {"If-Match": current.headers["ETag"]},
    )
    assert response.status_code == 409
    again = await client.get(f"{INTERACTIONS}/{interaction_id}", headers=world.auth("vanphong"))
    assert again.json() == current.json()


async def test_merging_contacts_keeps_their_interactions(client, world, sessionmaker):
    card, kept = world.contacts["le_van_binh_card"], world.contacts["le_van_binh"]
    logged = await client.post(
        INTERACTIONS,
        json={
            "kind": "interview",
            "occurred_on": "2023-07-01",
            "topic": "Xoan Phú Thọ",
            "contact_ids": [card, kept],
        },
        headers=world.auth("vanphong"),
    )
    only_card = await client.post(
        INTERACTIONS,
        json={
            "kind": "interview",
            "occurred_on": "2023-07-02",
            "topic": "Hát xoan",
            "contact_ids": [card],
        },
        headers=world.auth("vanphong"),
    )
    merged = await client.post(
        f"/api/v1/media/contacts/{card}/merge", json={"into_id": kept}, headers=world.auth("admin")
    )
    assert merged.status_code == 200, merged.text
    assert merged.json()["last_contacted_on"] == "2023-07-02"
    async with sessionmaker() as session:
        links = (
            await session.execute(
                select(MediaInteractionContact.interaction_id, MediaInteractionContact.contact_id)
            )
        ).all()
    assert sorted(links) == sorted([(logged.json()["id"], kept), (only_card.json()["id"], kept)])


async def test_the_superior_reads_counts_per_commune(client, world, press_year):
    response = await client.get(f"{INTERACTIONS}/summary", headers=world.auth("huyen"))
    assert response.status_code == 200
    [cao_xa] = response.json()["communes"]
    assert cao_xa["unit_id"] == world.unit_id("ubnd_cao_xa")
    assert cao_xa["total"] == 5
    assert cao_xa["by_kind"]["press_report"] == 2
    assert cao_xa["by_kind"]["field_visit_support"] == 1
    assert (cao_xa["follow_up_open"], cao_xa["overdue"]) == (1, 1)
    khu1 = await client.get(f"{INTERACTIONS}/summary", headers=world.auth("khu1"))
    assert [c["total"] for c in khu1.json()["communes"]] == [1]  # its area's only
    outside = await client.get(f"{INTERACTIONS}/summary", headers=world.auth("tamnong"))
    assert outside.json() == {"communes": [], "total": 0}


async def test_deleting_and_restoring_an_interaction(client, world, press_year):
    interaction_id = press_year["vu_xuan"]
    current = await client.get(f"{INTERACTIONS}/{interaction_id}", headers=world.auth("vanphong"))
    deleted = await client.delete(
        f"{INTERACTIONS}/{interaction_id}",
        headers=world.auth("vanphong") | {"If-Match": current.headers["ETag"]},
    )
    assert deleted.status_code == 204
    gone = await client.get(f"{INTERACTIONS}/{interaction_id}", headers=world.auth("vanphong"))
    assert gone.status_code == 404
    contact = await client.get(
        f"/api/v1/media/contacts/{world.contacts['le_van_binh']}", headers=world.auth("vanphong")
    )
    assert contact.json()["last_contacted_on"] == "2023-12-04"  # the other one remains
    restored = await client.post(
        f"{INTERACTIONS}/{interaction_id}/restore", headers=world.auth("admin")
    )
    assert restored.status_code == 200 and restored.json()["deleted_at"] is None


async def test_the_list_runs_the_same_few_statements_whatever_its_size(
    client, world, sessionmaker, statement_counter
):
    async with sessionmaker() as session, session.begin():
        for number in range(110):
            interaction = MediaInteraction(
                unit_id=world.unit_id("van_phong"),
                kind="press_report",
                occurred_on=date(2023, 6, 1),
                topic=f"Phản ánh số {number}",
                follow_up_status="received",
                due_on=date(2023, 6, 16),
            )
            session.add(interaction)
            await session.flush()
            session.add(
                MediaInteractionContact(
                    interaction_id=interaction.id, contact_id=world.contacts["tran_thi_hoa"]
                )
            )
    counts = {}
    for limit in (1, 20, 100):
        statement_counter.start()
        response = await client.get(f"{INTERACTIONS}?limit={limit}", headers=world.auth("congan"))
        counts[limit] = statement_counter.stop()
        assert len(response.json()["items"]) == limit
        assert response.json()["items"][0]["contacts"] == [
            {"id": world.contacts["tran_thi_hoa"], "name": "Trần Thị Hoa"}
        ]
    # the principal, the page (with its total), the outlets and reporters of its rows
    assert counts[1] == counts[20] == counts[100] == 3, counts


async def test_an_interaction_may_be_about_an_incident_of_its_commune(client, world):
    incident = await client.post(
        "/api/v1/incidents",
        json={
            "title": "Tin sai về bồi thường",
            "detected_at": "2023-05-10T08:30:00+07:00",
            "platform": "facebook",
            "category": "local_government",
            "classification": "public",
        },
        headers=world.auth("congan"),
    )
    body = {"kind": "press_release", "occurred_on": "2023-05-11", "topic": "Thông tin chính thức"}
    linked = await client.post(
        INTERACTIONS,
        json={**body, "incident_id": incident.json()["id"]},
        headers=world.auth("vanphong"),
    )
    assert linked.status_code == 201, linked.text
    assert linked.json()["incident_id"] == incident.json()["id"]
    listed = await client.get(
        f"{INTERACTIONS}?incident_id={incident.json()['id']}", headers=world.auth("vhxh")
    )
    assert [item["id"] for item in listed.json()["items"]] == [linked.json()["id"]]
    other = await client.post(
        "/api/v1/incidents",
        json={
            "title": "Tin sai ở Sơn Vi",
            "detected_at": "2023-05-10T08:30:00+07:00",
            "platform": "zalo",
            "category": "fraud",
            "classification": "public",
        },
        headers=world.auth("sonvi_vhxh"),
    )
    refused = await client.post(
        INTERACTIONS,
        json={**body, "incident_id": other.json()["id"]},
        headers=world.auth("vanphong"),
    )
    assert refused.status_code == 422
    assert refused.json()["errors"][0]["loc"] == ["body", "incident_id"]
