"""Reporting periods: made from the plan's deadlines (at issue and on demand, never twice),
made by hand, changed and deleted by the coordinator."""

from sqlalchemy import func, select

from ttdn.audit.models import AuditEvent
from ttdn.reports.models import ReportingPeriod, UnitReport

PERIODS = "/api/v1/reporting-periods"
REPORTS = "/api/v1/reports"


async def _periods(client, world, query="", username="vhxh"):
    response = await client.get(f"{PERIODS}?limit=200{query}", headers=world.auth(username))
    assert response.status_code == 200, response.text
    return response.json()["items"]


async def _count(sessionmaker, model):
    async with sessionmaker() as session:
        return await session.scalar(select(func.count()).select_from(model))


async def test_the_demo_plan_has_its_deadlines_periods_and_the_police_quarters(client, world):
    periods = await _periods(client, world, f"&plan_id={world.plan_id}")
    by_kind = {}
    for period in periods:
        by_kind.setdefault(period["kind"], []).append(period)
    [first_half] = by_kind["semiannual"]
    assert first_half["label"] == "Báo cáo sơ kết 6 tháng"
    assert first_half["due_on"] == "2023-06-01"
    assert first_half["internal_due_on"] == "2023-05-27"  # TTDN_REPORT_UNIT_LEAD_DAYS = 5
    assert (first_half["starts_on"], first_half["ends_on"]) == ("2023-01-01", "2023-05-26")
    assert first_half["deadline_id"] is not None and first_half["reporting_unit_id"] is None
    [yearly] = by_kind["yearly"]
    assert (yearly["due_on"], yearly["internal_due_on"]) == ("2023-11-01", "2023-10-27")
    quarters = by_kind["quarterly"]
    assert [q["ends_on"] for q in quarters] == [
        "2023-03-31",
        "2023-06-30",
        "2023-09-30",
        "2023-12-31",
    ]
    assert {q["reporting_unit_id"] for q in quarters} == {world.unit_id("cong_an")}
    assert len(await _periods(client, world, "&kind=quarterly&year=2023")) == 4
    assert await _periods(client, world, "&year=2024") == []


async def test_each_unit_leading_a_task_has_a_draft_part_and_the_police_alone_in_a_quarter(
    client, world, first_half
):
    response = await client.get(
        f"{REPORTS}?limit=200&period_id={first_half}", headers=world.auth("vhxh")
    )
    parts = response.json()["items"]
    units = {part["unit_id"] for part in parts}
    expected = {"vhxh", "van_phong", "tai_chinh", "dia_chinh", "dai_truyen_thanh", "doan_the"}
    expected |= {"cong_an", "khu_1", "khu_2", "khu_3", "khu_4", "khu_5", "khu_6"}
    assert units == {world.unit_id(key) for key in expected}
    assert {part["status"] for part in parts} == {"draft"}
    [first_quarter, *_] = await _periods(client, world, "&kind=quarterly")
    response = await client.get(
        f"{REPORTS}?period_id={first_quarter['id']}", headers=world.auth("vhxh")
    )
    assert [part["unit_id"] for part in response.json()["items"]] == [world.unit_id("cong_an")]


async def test_generating_again_adds_nothing_but_the_parts_of_units_given_tasks_since(
    client, world, sessionmaker, first_half
):
    periods, parts = (
        await _count(sessionmaker, ReportingPeriod),
        await _count(sessionmaker, UnitReport),
    )
    url = f"/api/v1/plans/{world.plan_id}/reporting-periods/generate"
    again = await client.post(url, headers=world.auth("vhxh"))
    assert again.status_code == 200, again.text
    assert len(again.json()) == 6
    assert await _count(sessionmaker, ReportingPeriod) == periods
    assert await _count(sessionmaker, UnitReport) == parts
    task = await client.post(
        "/api/v1/tasks",
        json={
            "plan_id": world.plan_id,
            "title": "Tuyên truyền trên bảng tin tổ dân phố",
            "schedule": "once",
            "due_on": "2023-12-31",
            "lead_unit_ids": [world.unit_id("cao_xa_unused")],
        },
        headers=world.auth("vhxh"),
    )
    assert task.status_code == 201, task.text
    assert (await client.post(url, headers=world.auth("vhxh"))).status_code == 200
    # The new unit reports in the two periods for every unit, not in the police's quarters.
    assert await _count(sessionmaker, UnitReport) == parts + 2
    assert await _count(sessionmaker, ReportingPeriod) == periods


async def test_issuing_a_plan_makes_the_periods_of_its_deadlines(
    client, world, sessionmaker, with_version
):
    plan_id, _ = world.drafts["cao_xa"]
    plan = (await client.get(f"/api/v1/plans/{plan_id}", headers=world.auth("vhxh"))).json()
    changed = await client.patch(
        f"/api/v1/plans/{plan_id}",
        json={
            "reporting_deadlines": [
                {"kind": "semiannual", "due_on": "2024-06-01", "label": "Sơ kết 6 tháng"},
                {"kind": "other", "due_on": "2024-08-15", "label": "Báo cáo chuyên đề"},
            ]
        },
        headers=with_version("vhxh", plan["version"]),
    )
    assert changed.status_code == 200, changed.text
    issued = await client.post(
        f"/api/v1/plans/{plan_id}/issue",
        json={},
        headers=with_version("chutich", changed.json()["version"]),
    )
    assert issued.status_code == 200, issued.text
    periods = await _periods(client, world, f"&plan_id={plan_id}")
    assert [(p["kind"], p["due_on"], p["internal_due_on"]) for p in periods] == [
        ("semiannual", "2024-06-01", "2024-05-27"),
        ("ad_hoc", "2024-08-15", "2024-08-10"),
    ]


async def test_a_coordinator_makes_an_ad_hoc_period_due_from_units_five_days_before(
    client, world, sessionmaker
):
    body = {
        "plan_id": world.plan_id,
        "kind": "ad_hoc",
        "label": "Báo cáo đột xuất về thông tin biển đảo",
        "starts_on": "2023-07-01",
        "ends_on": "2023-07-31",
        "due_on": "2023-08-10",
        "reporting_unit_id": world.unit_id("dai_truyen_thanh"),
    }
    headers = {**world.auth("vhxh"), "Idempotency-Key": "dot-xuat-1"}
    before = await _count(sessionmaker, ReportingPeriod)
    response = await client.post(PERIODS, json=body, headers=headers)
    assert response.status_code == 201, response.text
    period = response.json()
    replayed = await client.post(PERIODS, json=body, headers=headers)
    assert replayed.json() == period  # the same answer again, no second period
    assert await _count(sessionmaker, ReportingPeriod) == before + 1
    assert period["internal_due_on"] == "2023-08-05"
    assert response.headers["ETag"] == f'"{period["version"]}"'
    parts = await client.get(f"{REPORTS}?period_id={period['id']}", headers=world.auth("vhxh"))
    assert [p["unit_id"] for p in parts.json()["items"]] == [world.unit_id("dai_truyen_thanh")]
    async with sessionmaker() as session:
        events = await session.scalar(
            select(func.count())
            .select_from(AuditEvent)
            .where(
                AuditEvent.action == "reports.periods.create",
                AuditEvent.object_id == str(period["id"]),
            )
        )
    assert events == 1


async def test_bad_periods_are_refused_and_nothing_is_made(client, world, sessionmaker):
    before = await _count(sessionmaker, ReportingPeriod)
    body = {
        "plan_id": world.plan_id,
        "kind": "ad_hoc",
        "label": "Báo cáo",
        "starts_on": "2023-07-01",
        "ends_on": "2023-07-31",
        "due_on": "2023-08-10",
    }
    cases = [
        {**body, "ends_on": "2023-06-01"},  # cut-off before the start
        {**body, "internal_due_on": "2023-08-11"},  # units due after the commune
        {**body, "reporting_unit_id": world.unit_id("hien_quan_khu_1")},  # another commune's
        {**body, "plan_id": world.outside_plan_id},  # a plan out of reach
        {**body, "kind": "weekly"},
        {**body, "due_on": "01/08/2023x"},
        {**body, "starts_on": "0001-01-01", "ends_on": "0001-01-02", "due_on": "0001-01-03"},
    ]
    for case in cases:
        response = await client.post(PERIODS, json=case, headers=world.auth("vhxh"))
        assert response.status_code == 422, (case, response.text)
        assert response.headers["content-type"].startswith("application/problem+json")
    refused = await client.post(PERIODS, json=body, headers=world.auth("congan"))
    assert refused.status_code == 403
    assert await _count(sessionmaker, ReportingPeriod) == before


async def test_a_period_is_changed_with_if_match_and_its_dates_stay_in_order(
    client, world, first_half, with_version
):
    url = f"{PERIODS}/{first_half}"
    period = await client.get(url, headers=world.auth("vhxh"))
    version = period.json()["version"]
    missing = await client.patch(url, json={"due_on": "2023-06-05"}, headers=world.auth("vhxh"))
    assert missing.status_code == 428
    stale = await client.patch(
        url, json={"due_on": "2023-06-05"}, headers=with_version("vhxh", version + 1)
    )
    assert stale.status_code == 412
    disordered = await client.patch(
        url, json={"internal_due_on": "2023-06-10"}, headers=with_version("vhxh", version)
    )
    assert disordered.status_code == 422, disordered.text
    changed = await client.patch(
        url,
        json={"internal_due_on": "2023-05-25", "ends_on": "2023-05-20"},
        headers=with_version("vhxh", version),
    )
    assert changed.status_code == 200, changed.text
    assert changed.json()["internal_due_on"] == "2023-05-25"
    assert changed.json()["version"] == version + 1
    assert (await client.get(url, headers=world.auth("vhxh"))).json() == changed.json()


async def test_a_period_is_deleted_only_while_no_part_was_submitted(
    client, world, sessionmaker, first_half, part_of, with_version
):
    part_id = await part_of("dai_truyen_thanh")
    part = (await client.get(f"{REPORTS}/{part_id}", headers=world.auth("vhxh"))).json()
    submitted = await client.post(
        f"{REPORTS}/{part_id}/submit",
        headers=with_version("daitruyenthanh", part["version"]),
    )
    assert submitted.status_code == 200, submitted.text
    url = f"{PERIODS}/{first_half}"
    period = (await client.get(url, headers=world.auth("vhxh"))).json()
    refused = await client.delete(url, headers=with_version("vhxh", period["version"]))
    assert refused.status_code == 409
    assert refused.headers["content-type"].startswith("application/problem+json")
    assert (await client.get(url, headers=world.auth("vhxh"))).status_code == 200
    [yearly] = await _periods(client, world, "&kind=yearly")
    parts = await _count(sessionmaker, UnitReport)
    deleted = await client.delete(
        f"{PERIODS}/{yearly['id']}", headers=with_version("vhxh", yearly["version"])
    )
    assert deleted.status_code == 204
    assert await _count(sessionmaker, UnitReport) == parts - 13


async def test_a_member_reads_the_periods_of_its_commune_but_not_another_communes(client, world):
    mine = await _periods(client, world, username="congan")
    assert {p["plan_id"] for p in mine} == {world.plan_id}
    outside = await _periods(client, world, username="hienquan_vhxh")
    assert world.plan_id not in {p["plan_id"] for p in outside}


async def test_the_list_of_periods_takes_at_most_three_statements(client, world, statement_counter):
    counts = {}
    for limit in (1, 3, 6):
        statement_counter.start()
        response = await client.get(f"{PERIODS}?limit={limit}", headers=world.auth("vhxh"))
        counts[limit] = statement_counter.stop()
        assert len(response.json()["items"]) == limit
    assert max(counts.values()) <= 3, counts
    assert len(set(counts.values())) == 1, counts
