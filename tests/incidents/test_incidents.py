"""False-information incidents: reporting, codes, duplicate addresses, who reads which
classification, the workflow per role, verdicts, escalation and its acknowledgement."""

import pytest
from sqlalchemy import func, select

from ttdn.incidents.models import Incident, IncidentEvent

INCIDENTS = "/api/v1/incidents"


def report(**fields) -> dict:
    return {
        "title": "Tin sai về bồi thường giải phóng mặt bằng",
        "detected_at": "2023-05-10T08:30:00+07:00",
        "platform": "facebook",
        "urls": ["https://www.facebook.com/trang.tin.xa/posts/123"],
        "category": "local_government",
        "summary": "Bài đăng nói xã cưỡng chế không bồi thường.",
        **fields,
    }


async def _report(client, world, username="vhxh", **fields) -> dict:
    response = await client.post(INCIDENTS, json=report(**fields), headers=world.auth(username))
    assert response.status_code == 201, response.text
    return response.json()


async def _move(client, world, username, incident, to, reason="Đã kiểm tra."):
    return await client.post(
        f"{INCIDENTS}/{incident['id']}/transitions",
        json={"to": to, "reason": reason},
        headers=world.auth(username) | {"If-Match": f'"{incident["version"]}"'},
    )


async def _count(sessionmaker) -> int:
    async with sessionmaker() as session:
        return await session.scalar(select(func.count()).select_from(Incident)) or 0


async def test_a_report_gets_the_communes_next_code_of_its_year(client, world):
    first = await _report(client, world, "khu1", urls=["https://tiktok.com/@a/video/1"])
    second = await _report(client, world, "congan", urls=["https://zalo.me/g/abc"])
    other = await _report(client, world, "sonvi_vhxh", urls=[])
    later = await _report(client, world, "vhxh", urls=[], detected_at="2024-01-02T08:00:00Z")
    assert [first["code"], second["code"], other["code"], later["code"]] == [
        "TTSL-2023-0001",
        "TTSL-2023-0002",
        "TTSL-2023-0001",  # Sơn Vi numbers its own
        "TTSL-2024-0001",
    ]
    assert first["unit_id"] == world.unit_id("ubnd_cao_xa")  # the reporting area's commune
    assert first["reporting_unit_id"] == world.unit_id("khu_1")
    assert first["status"] == "new" and first["verdict"] is None
    assert [event["kind"] for event in first["timeline"]] == ["reported"]


@pytest.mark.parametrize(
    "spelling",
    [
        "http://m.facebook.com/trang.tin.xa/posts/123/",
        "https://facebook.com/trang.tin.xa/posts/123?fbclid=IwAR0abc",
        "https://www.facebook.com/trang.tin.xa/posts/123?utm_source=zalo&utm_medium=share",
        "HTTPS://WWW.FACEBOOK.COM/trang.tin.xa/posts/123#comments",
    ],
)
async def test_a_report_of_an_open_incidents_address_joins_it(
    spelling, client, world, sessionmaker
):
    incident = await _report(client, world, "vhxh")
    again = await client.post(
        INCIDENTS,
        json=report(title="Lại bài đó", urls=[spelling], views=1200),
        headers=world.auth("khu2"),
    )
    assert again.status_code == 200, again.text  # told: no second incident
    body = again.json()
    assert (body["id"], body["code"], body["sightings"]) == (incident["id"], incident["code"], 2)
    assert [event["kind"] for event in body["timeline"]] == ["reported", "sighting"]
    assert body["timeline"][1]["details"]["urls"] == [spelling]
    assert await _count(sessionmaker) == 1
    # the second reporter now follows it; another area leader does not
    mine = await client.get(f"{INCIDENTS}?mine=true", headers=world.auth("khu2"))
    assert [item["id"] for item in mine.json()["items"]] == [incident["id"]]
    other = await client.get(f"{INCIDENTS}/{incident['id']}", headers=world.auth("khu3"))
    assert other.status_code == 404


async def test_an_address_of_a_closed_incident_opens_a_new_one(client, world):
    incident = await _report(client, world, "congan")
    for to in ("verifying", "dismissed", "closed"):
        moved = await _move(client, world, "congan", incident, to)
        assert moved.status_code == 200, moved.text
        incident = moved.json()
    again = await _report(client, world, "khu1")
    assert again["id"] != incident["id"] and again["code"] == "TTSL-2023-0002"


# Who reads an incident of each classification, in Cao Xá.
CLASSIFIED = {
    "admin": {"public"},
    "chutich": {"public", "internal", "confidential"},
    "vhxh": {"public", "internal"},
    "congan": {"public", "internal", "confidential"},  # the security unit
    "vanphong": {"public"},
    "khu1": set(),  # an area leader reads its own reports only
    "huyen": set(),  # the superior: only what was escalated to it
    "sonvi_vhxh": set(),
    "tamnong": set(),
}


@pytest.mark.parametrize(("username", "expected"), CLASSIFIED.items())
async def test_each_account_reads_the_classifications_it_may(username, expected, client, world):
    ids = {}
    for number, classification in enumerate(("public", "internal", "confidential")):
        incident = await _report(
            client,
            world,
            "congan",
            classification=classification,
            urls=[f"https://zalo.me/g/nhom{number}"],
        )
        ids[classification] = incident["id"]
    for classification, incident_id in ids.items():
        response = await client.get(f"{INCIDENTS}/{incident_id}", headers=world.auth(username))
        assert response.status_code == (200 if classification in expected else 404)
    listed = await client.get(f"{INCIDENTS}?limit=200", headers=world.auth(username))
    assert {item["id"] for item in listed.json()["items"]} == {ids[c] for c in expected}


@pytest.mark.parametrize(
    ("username", "start", "to", "status"),
    [
        ("vhxh", "new", "verifying", 200),
        ("congan", "new", "verifying", 200),
        ("chutich", "new", "verifying", 200),
        ("vanphong", "new", "verifying", 403),  # reads, does not deal with it
        ("vhxh", "new", "confirmed", 422),  # skips verification
        ("vhxh", "new", "closed", 422),
        ("vhxh", "verifying", "dismissed", 200),
        ("vhxh", "responding", "resolved", 200),
        ("vhxh", "resolved", "closed", 403),  # closing is the leader's and the police's
        ("congan", "resolved", "closed", 200),
        ("chutich", "resolved", "responding", 200),  # reopened
        ("congan", "closed", "responding", 422),
        ("congan", "confirmed", "verifying", 422),  # no going back
    ],
)
async def test_the_workflow_per_role(username, start, to, status, client, world):
    incident = await _report(client, world, "congan", classification="internal")
    path = {
        "new": [],
        "verifying": ["verifying"],
        "confirmed": ["verifying", "confirmed"],
        "responding": ["verifying", "confirmed", "responding"],
        "resolved": ["verifying", "confirmed", "responding", "resolved"],
        "closed": ["verifying", "confirmed", "responding", "resolved", "closed"],
    }[start]
    for step in path:
        incident = (await _move(client, world, "congan", incident, step)).json()
    assert incident["status"] == start
    response = await _move(client, world, username, incident, to, "Lý do của bước này.")
    assert response.status_code == status, response.text
    if status == 200:
        body = response.json()
        assert body["status"] == to
        last = body["timeline"][-1]
        assert (last["from_status"], last["to_status"], last["reason"]) == (
            start,
            to,
            "Lý do của bước này.",
        )
        assert last["author_name"]
    else:
        assert response.headers["content-type"].startswith("application/problem+json")
        again = await client.get(f"{INCIDENTS}/{incident['id']}", headers=world.auth("congan"))
        assert again.json()["status"] == start and again.json()["version"] == incident["version"]


async def test_a_transition_needs_a_reason(client, world):
    incident = await _report(client, world, "congan")
    response = await _move(client, world, "congan", incident, "verifying", reason="  ")
    assert response.status_code == 422


async def test_the_next_statuses_follow_the_caller(client, world):
    incident = await _report(client, world, "congan", classification="public")
    for step in ("verifying", "confirmed", "responding", "resolved"):
        incident = (await _move(client, world, "congan", incident, step)).json()
    as_police = await client.get(f"{INCIDENTS}/{incident['id']}", headers=world.auth("congan"))
    as_coordinator = await client.get(f"{INCIDENTS}/{incident['id']}", headers=world.auth("vhxh"))
    as_member = await client.get(f"{INCIDENTS}/{incident['id']}", headers=world.auth("vanphong"))
    assert as_police.json()["next_statuses"] == ["closed", "responding"]
    assert as_coordinator.json()["next_statuses"] == []
    assert as_member.json()["next_statuses"] == [] and not as_member.json()["may_edit"]


async def test_a_verdict_comes_after_verification_begins(client, world):
    incident = await _report(client, world, "congan")
    early = await client.patch(
        f"{INCIDENTS}/{incident['id']}",
        json={"verdict": "false"},
        headers=world.auth("congan") | {"If-Match": f'"{incident["version"]}"'},
    )
    assert early.status_code == 422
    incident = (await _move(client, world, "congan", incident, "verifying")).json()
    given = await client.patch(
        f"{INCIDENTS}/{incident['id']}",
        json={"verdict": "misleading", "severity": "high"},
        headers=world.auth("congan") | {"If-Match": f'"{incident["version"]}"'},
    )
    assert given.status_code == 200, given.text
    body = given.json()
    assert (body["verdict"], body["severity"], body["status"]) == (
        "misleading",
        "high",
        "verifying",
    )
    kinds = [(event["kind"], event["details"]) for event in body["timeline"][-2:]]
    assert kinds == [
        ("edited", {"fields": ["severity"]}),
        ("verdict", {"from": None, "to": "misleading"}),
    ]


async def test_only_the_leader_and_the_police_classify_as_confidential(client, world):
    incident = await _report(client, world, "vhxh")
    response = await client.patch(
        f"{INCIDENTS}/{incident['id']}",
        json={"classification": "confidential"},
        headers=world.auth("vhxh") | {"If-Match": f'"{incident["version"]}"'},
    )
    assert response.status_code == 403


async def test_escalation_reaches_the_superior_which_acknowledges(client, world):
    incident = await _report(client, world, "congan", classification="confidential")
    hidden = await client.get(f"{INCIDENTS}/{incident['id']}", headers=world.auth("huyen"))
    assert hidden.status_code == 404
    refused = await client.post(
        f"{INCIDENTS}/{incident['id']}/escalate",
        json={"reason": "Vượt thẩm quyền xã."},
        headers=world.auth("vhxh") | {"If-Match": f'"{incident["version"]}"'},
    )
    assert refused.status_code == 403
    escalated = await client.post(
        f"{INCIDENTS}/{incident['id']}/escalate",
        json={"reason": "Vượt thẩm quyền xã."},
        headers=world.auth("congan") | {"If-Match": f'"{incident["version"]}"'},
    )
    assert escalated.status_code == 200, escalated.text
    incident = escalated.json()
    assert incident["escalated_at"] is not None and not incident["may_escalate"]
    superior = await client.get(f"{INCIDENTS}?escalated=true", headers=world.auth("huyen"))
    [seen] = superior.json()["items"]
    assert seen["id"] == incident["id"] and seen["may_acknowledge"]
    assert seen["unit_name"] == world.units["ubnd_cao_xa"].name
    other_district = await client.get(
        f"{INCIDENTS}/{incident['id']}", headers=world.auth("tamnong")
    )
    assert other_district.status_code == 404
    acknowledged = await client.post(
        f"{INCIDENTS}/{incident['id']}/acknowledge",
        json={"note": "Huyện đã nắm, phối hợp Công an huyện."},
        headers=world.auth("huyen") | {"If-Match": f'"{seen["version"]}"'},
    )
    assert acknowledged.status_code == 200, acknowledged.text
    commune = await client.get(f"{INCIDENTS}/{incident['id']}", headers=world.auth("congan"))
    last = commune.json()["timeline"][-1]
    assert (last["kind"], last["reason"]) == (
        "acknowledged",
        "Huyện đã nắm, phối hợp Công an huyện.",
    )
    assert commune.json()["acknowledged_at"] is not None
    twice = await client.post(
        f"{INCIDENTS}/{incident['id']}/acknowledge",
        json={},
        headers=world.auth("huyen") | {"If-Match": f'"{commune.json()["version"]}"'},
    )
    assert twice.status_code == 409
    # the superior reads it but does not deal with it
    move = await _move(client, world, "huyen", commune.json(), "verifying")
    assert move.status_code == 403


@pytest.mark.parametrize(
    ("fields", "field"),
    [
        ({"urls": ["facebook.com/abc"]}, "urls"),
        ({"urls": ["https://localhost/x"]}, "urls"),
        ({"detected_at": "2999-01-01T00:00:00Z"}, "detected_at"),
        ({"category": "rumours"}, "category"),
        ({"platform": "myspace"}, "platform"),
        ({"views": -1}, "views"),
        ({"title": ""}, "title"),
        ({"reporting_unit_id": 999_999}, "reporting_unit_id"),
    ],
)
async def test_bad_reports_are_refused_and_store_nothing(
    fields, field, client, world, sessionmaker
):
    response = await client.post(INCIDENTS, json=report(**fields), headers=world.auth("khu1"))
    assert response.status_code == 422, response.text
    assert field in str(response.json()["errors"])
    assert await _count(sessionmaker) == 0


async def test_a_report_for_another_communes_unit_is_refused(client, world, sessionmaker):
    response = await client.post(
        INCIDENTS,
        json=report(reporting_unit_id=world.unit_id("hien_quan_khu_1")),
        headers=world.auth("khu1"),
    )
    assert response.status_code == 422
    assert await _count(sessionmaker) == 0


async def test_filters_and_search(client, world):
    first = await _report(client, world, "congan", classification="public")
    await _report(
        client,
        world,
        "congan",
        classification="public",
        title="Video sai về dịch bệnh",
        summary="Video nói xã có ổ dịch.",
        platform="tiktok",
        category="disasters_health",
        urls=["https://tiktok.com/@x/video/9"],
        detected_at="2023-08-01T10:00:00+07:00",
    )
    cases = {
        "q=boi thuong": {first["code"]},
        "platform=tiktok": {"TTSL-2023-0002"},
        "category=local_government": {first["code"]},
        "detected_from=2023-07-01": {"TTSL-2023-0002"},
        "detected_to=2023-05-10": {first["code"]},  # the whole day, in Vietnam
        "status=new&severity=medium": {first["code"], "TTSL-2023-0002"},
        f"unit_id={world.unit_id('cong_an')}": {first["code"], "TTSL-2023-0002"},
        "escalated=true": set(),
    }
    for query, codes in cases.items():
        response = await client.get(f"{INCIDENTS}?{query}", headers=world.auth("vanphong"))
        assert response.status_code == 200, (query, response.text)
        assert {item["code"] for item in response.json()["items"]} == codes, query


async def test_the_dashboard_counts_by_month_and_category(client, world):
    await _report(client, world, "congan", classification="public")
    await _report(
        client, world, "congan", urls=[], detected_at="2023-05-31T23:30:00+07:00", category="fraud"
    )
    await _report(client, world, "congan", urls=[], detected_at="2023-06-01T00:30:00+07:00")
    response = await client.get(f"{INCIDENTS}/summary?year=2023", headers=world.auth("chutich"))
    body = response.json()
    assert body["total"] == 3 and body["by_status"]["new"] == 3
    assert body["by_month"] == [
        {"month": "2023-05", "category": "fraud", "count": 1},
        {"month": "2023-05", "category": "local_government", "count": 1},
        {"month": "2023-06", "category": "local_government", "count": 1},
    ]
    member = await client.get(f"{INCIDENTS}/summary", headers=world.auth("vanphong"))
    assert member.json()["total"] == 1  # the public one only


async def test_the_list_runs_the_same_few_statements_whatever_its_size(
    client, world, sessionmaker, statement_counter
):
    for number in range(25):
        await _report(client, world, "congan", urls=[f"https://zalo.me/g/{number}"])
    counts = {}
    for limit in (1, 10, 25):
        statement_counter.start()
        response = await client.get(f"{INCIDENTS}?limit={limit}", headers=world.auth("congan"))
        counts[limit] = statement_counter.stop()
        assert len(response.json()["items"]) == limit
    # the principal, the page, what its rows add (people counted, reported by the caller)
    assert counts[1] == counts[10] == counts[25] == 3, counts
    async with sessionmaker() as session:
        events = await session.scalar(select(func.count()).select_from(IncidentEvent))
    assert events == 25


async def test_a_reporter_who_deals_with_incidents_cannot_deal_with_a_confidential_one(
    client, world
):
    incident = await _report(client, world, "vhxh")
    secret = await client.patch(
        f"{INCIDENTS}/{incident['id']}",
        json={"classification": "confidential"},
        headers=world.auth("congan") | {"If-Match": f'"{incident["version"]}"'},
    )
    assert secret.status_code == 200, secret.text
    as_reporter = await client.get(f"{INCIDENTS}/{incident['id']}", headers=world.auth("vhxh"))
    assert as_reporter.status_code == 200  # it still follows its report
    body = as_reporter.json()
    assert (body["next_statuses"], body["may_edit"]) == ([], False)
    move = await _move(client, world, "vhxh", body, "verifying")
    assert move.status_code == 403


async def test_what_the_caller_may_do_is_in_each_incident(client, world):
    incident = await _report(client, world, "khu1", classification="public")
    as_reporter = (
        await client.get(f"{INCIDENTS}/{incident['id']}", headers=world.auth("khu1"))
    ).json()
    assert as_reporter["reported_by_me"] and as_reporter["may_add_evidence"]
    assert not as_reporter["may_edit"] and not as_reporter["may_delete"]
    as_member = (
        await client.get(f"{INCIDENTS}/{incident['id']}", headers=world.auth("vanphong"))
    ).json()
    assert not as_member["reported_by_me"] and not as_member["may_add_evidence"]
    as_police = (
        await client.get(f"{INCIDENTS}/{incident['id']}", headers=world.auth("congan"))
    ).json()
    assert as_police["may_edit"] and as_police["may_delete"] and as_police["may_add_evidence"]


async def test_severity_sorts_in_its_order_and_open_ones_filter(client, world):
    for number, severity in enumerate(("medium", "critical", "low", "high")):
        await _report(
            client, world, "congan", severity=severity, urls=[f"https://zalo.me/g/{number}"]
        )
    response = await client.get(f"{INCIDENTS}?sort=-severity", headers=world.auth("congan"))
    assert [item["severity"] for item in response.json()["items"]] == [
        "critical",
        "high",
        "medium",
        "low",
    ]
    still_open = await client.get(f"{INCIDENTS}?open=true", headers=world.auth("congan"))
    closed = await client.get(f"{INCIDENTS}?open=false", headers=world.auth("congan"))
    assert (still_open.json()["total"], closed.json()["total"]) == (4, 0)


async def _delete(client, world, username, incident) -> None:
    response = await client.delete(
        f"{INCIDENTS}/{incident['id']}",
        headers=world.auth(username) | {"If-Match": f'"{incident["version"]}"'},
    )
    assert response.status_code == 204, response.text


async def _deleted_ids(client, world, username) -> set[int] | int:
    response = await client.get(f"{INCIDENTS}?deleted=true", headers=world.auth(username))
    if response.status_code != 200:
        return response.status_code
    return {item["id"] for item in response.json()["items"]}


async def test_a_deleted_incident_is_undone_by_those_who_may_delete_or_the_admin(client, world):
    internal = await _report(client, world, "congan", urls=["https://zalo.me/g/noi-bo"])
    public = await _report(
        client, world, "congan", classification="public", urls=["https://zalo.me/g/cong-khai"]
    )
    await _delete(client, world, "chutich", internal)
    await _delete(client, world, "chutich", public)
    # Listed deleted for those who may restore them, as far as they read them.
    assert await _deleted_ids(client, world, "chutich") == {internal["id"], public["id"]}
    assert await _deleted_ids(client, world, "congan") == {internal["id"], public["id"]}
    assert await _deleted_ids(client, world, "admin") == {public["id"]}  # reads public ones
    assert await _deleted_ids(client, world, "vhxh") == 403
    assert await _deleted_ids(client, world, "khu1") == 403
    listed = await client.get(INCIDENTS, headers=world.auth("chutich"))
    assert internal["id"] not in {item["id"] for item in listed.json()["items"]}

    refused = await client.post(f"{INCIDENTS}/{internal['id']}/restore", headers=world.auth("vhxh"))
    assert refused.status_code == 403
    unseen = await client.post(f"{INCIDENTS}/{internal['id']}/restore", headers=world.auth("admin"))
    assert unseen.status_code == 404  # an admin does not read internal incidents
    restored = await client.post(
        f"{INCIDENTS}/{internal['id']}/restore", headers=world.auth("congan")
    )
    assert restored.status_code == 200, restored.text
    assert restored.json()["deleted_at"] is None
    by_admin = await client.post(f"{INCIDENTS}/{public['id']}/restore", headers=world.auth("admin"))
    assert by_admin.status_code == 200, by_admin.text
    assert await _deleted_ids(client, world, "chutich") == set()
