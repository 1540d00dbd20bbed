"""The commune's report: compiled by the coordinator from the accepted parts, approved by the
leader, sent, returned by the superior with a comment, corrected, sent again and accepted."""

from datetime import UTC, datetime

from sqlalchemy import select, update

from ttdn.audit.models import AuditEvent
from ttdn.core.clock import clock_set_to
from ttdn.demo import cao_xa_2023 as demo
from ttdn.plans.sections import section_heading
from ttdn.reports.commune import OTHER_TASKS
from ttdn.reports.models import ReportingPeriod
from ttdn.reports.unit_reports import ENTERED
from ttdn.tasks.models import Task

REPORTS = "/api/v1/reports"
COMMUNE_REPORTS = "/api/v1/commune-reports"
# The radio's task the main test takes out of its section: listed last, under "Nhiệm vụ khác".
UNSECTIONED = "daitruyenthanh_noi_dung"


async def _post(client, with_version, url, username, version, body=None):
    return await client.post(url, json=body, headers=with_version(username, version))


def _assert_results_per_part_of_the_plan(results, world):
    """The results list the accepted narratives per section of the plan, in the plan's order:
    the section's heading line, then `- <task> (<unit>): <text>`; the task of no section last."""
    (part_three,) = [section for section in demo.SECTIONS if section.code == "III"]
    in_order = [section_heading(child.code, child.title) for child in part_three.children]
    lines = results.splitlines()
    headings = [line for line in lines if line in (*in_order, OTHER_TASKS)]
    assert len(headings) >= 5
    assert headings[:-1] == sorted(headings[:-1], key=in_order.index)
    assert headings[-1] == OTHER_TASKS
    tasks = {task.key: task for task in demo.TASKS}
    radio = next(
        task
        for task in demo.TASKS
        if task.lead_unit_keys == ("dai_truyen_thanh",) and task.key != UNSECTIONED
    )
    radio_line = next(i for i, line in enumerate(lines) if line.startswith(f"- {radio.title} ("))
    assert lines[radio_line].startswith(f"- {radio.title} (Đài truyền thanh xã): ")
    above = [line for line in lines[:radio_line] if line in in_order]
    assert above[-1] == section_heading("5", "Đài truyền thanh xã")
    last_block = lines[lines.index(OTHER_TASKS) + 1 :]
    assert last_block[0].startswith(f"- {tasks[UNSECTIONED].title} (Đài truyền thanh xã): ")


async def test_the_six_month_report_goes_up_and_comes_back_once(
    client, loaded, sessionmaker, first_half, with_version, settle_the_parts
):
    world = loaded
    await settle_the_parts()
    async with sessionmaker() as session, session.begin():  # a task of no section of the plan
        await session.execute(
            update(Task).where(Task.id == world.tasks[UNSECTIONED]).values(section_id=None)
        )
    compiled = await client.post(
        f"/api/v1/reporting-periods/{first_half}/commune-report", headers=world.auth("vhxh")
    )
    assert compiled.status_code == 201, compiled.text
    report = compiled.json()
    assert report["status"] == "draft"
    assert report["title"].startswith("Báo cáo sơ kết 6 tháng thực hiện")
    # The figures are the sums of the accepted parts' figures.
    parts = (
        await client.get(f"{REPORTS}?limit=200&period_id={first_half}", headers=world.auth("vhxh"))
    ).json()["items"]
    accepted = [part for part in parts if part["status"] == "accepted"]
    assert len(accepted) == 12  # Khu 6 never submitted
    for figure in ENTERED:
        assert report["figures"][figure] == sum(p["entered"][figure] or 0 for p in accepted)
    for figure in ("press_interactions", "incidents_handled"):
        assert report["figures"][figure] == sum(p["counted"][figure] for p in accepted)
    _assert_results_per_part_of_the_plan(report["results"], world)
    assert {part["unit_id"] for part in report["parts"]} == {part["unit_id"] for part in parts}
    assert report["task_statuses"] and all(row["total"] > 0 for row in report["task_statuses"])
    assert "Hệ thống loa ở khu 4, khu 5 xuống cấp." in report["difficulties"]
    url = f"{COMMUNE_REPORTS}/{report['id']}"
    # Before it is sent, the superior does not see it.
    assert (await client.get(url, headers=world.auth("huyen"))).status_code == 404
    edited = await client.patch(
        url,
        json={"proposals": "Đề nghị huyện hỗ trợ sửa chữa hệ thống loa."},
        headers=with_version("vhxh", report["version"]),
    )
    assert edited.status_code == 200, edited.text
    approved = await _post(
        client, with_version, f"{url}/approve", "chutich", edited.json()["version"]
    )
    assert approved.status_code == 200, approved.text
    refused = await client.patch(
        url, json={"proposals": "Khác."}, headers=with_version("vhxh", approved.json()["version"])
    )
    assert refused.status_code == 409
    sent = await _post(client, with_version, f"{url}/send", "vhxh", approved.json()["version"])
    assert sent.status_code == 200, sent.text
    assert sent.json()["sent_at"] is not None
    assert sent.json()["number"] == "1/BC-UBND"
    listed = await client.get(f"{COMMUNE_REPORTS}?status=sent", headers=world.auth("huyen"))
    assert [item["id"] for item in listed.json()["items"]] == [report["id"]]
    (item,) = listed.json()["items"]
    assert (item["number"], item["commune_id"], item["commune_name"]) == (
        "1/BC-UBND",
        world.unit_id("ubnd_cao_xa"),
        "Ủy ban nhân dân xã Cao Xá",
    )
    for body in ({"comment": " "}, {}):
        empty = await _post(
            client, with_version, f"{url}/return", "huyen", sent.json()["version"], body
        )
        assert empty.status_code == 422, empty.text
    comment = "Bổ sung kết quả tuyên truyền ở khu dân cư số 6."
    returned = await _post(
        client, with_version, f"{url}/return", "huyen", sent.json()["version"], {"comment": comment}
    )
    assert returned.status_code == 200, returned.text
    again = await client.post(
        f"/api/v1/reporting-periods/{first_half}/commune-report", headers=world.auth("vhxh")
    )
    assert again.status_code == 200, again.text  # compiled again, the same report
    assert again.json()["id"] == report["id"]
    assert again.json()["proposals"] == "Đề nghị huyện hỗ trợ sửa chữa hệ thống loa."
    approved = await _post(
        client, with_version, f"{url}/approve", "chutich", again.json()["version"]
    )
    sent = await _post(client, with_version, f"{url}/send", "chutich", approved.json()["version"])
    assert sent.json()["number"] == "1/BC-UBND"  # sent again, the same number
    accepted = await _post(client, with_version, f"{url}/accept", "huyen", sent.json()["version"])
    assert accepted.status_code == 200, accepted.text
    history = [(e["from_status"], e["to_status"], e["comment"]) for e in accepted.json()["history"]]
    assert history == [
        (None, "draft", ""),
        ("draft", "approved", ""),
        ("approved", "sent", ""),
        ("sent", "returned", comment),
        ("returned", "returned", ""),  # compiled again
        ("returned", "approved", ""),
        ("approved", "sent", ""),
        ("sent", "accepted", ""),
    ]
    async with sessionmaker() as session:
        actions = list(
            await session.scalars(
                select(AuditEvent.action)
                .where(AuditEvent.object_type == "commune_report")
                .order_by(AuditEvent.id)
            )
        )
    assert actions[0] == "reports.commune.compile" and actions[-1] == "reports.commune.accepted"
    assert len(actions) == 9  # the eight steps and the coordinator's edit


async def test_a_step_out_of_turn_is_refused_and_changes_nothing(
    client, world, first_half, with_version
):
    compiled = await client.post(
        f"/api/v1/reporting-periods/{first_half}/commune-report", headers=world.auth("vhxh")
    )
    report = compiled.json()
    url = f"{COMMUNE_REPORTS}/{report['id']}"
    for step, username in (("send", "vhxh"), ("accept", "huyen"), ("return", "huyen")):
        refused = await _post(
            client, with_version, f"{url}/{step}", username, report["version"], {"comment": "x"}
        )
        assert refused.status_code in (404, 409), (step, refused.text)
    # The superior does not see a draft at all: 404, not 409.
    assert refused.status_code == 404
    unchanged = await client.get(url, headers=world.auth("vhxh"))
    assert (
        unchanged.json()["status"] == "draft" and unchanged.json()["version"] == report["version"]
    )


async def _plan_periods(sessionmaker, world):
    """The demo plan's periods, earliest due first."""
    async with sessionmaker() as session:
        return list(
            await session.scalars(
                select(ReportingPeriod)
                .where(ReportingPeriod.plan_id == world.plan_id)
                .order_by(ReportingPeriod.due_on, ReportingPeriod.id)
            )
        )


async def _compile_every_period(client, world, periods):
    for period in periods:
        compiled = await client.post(
            f"/api/v1/reporting-periods/{period.id}/commune-report", headers=world.auth("vhxh")
        )
        assert compiled.status_code == 201, compiled.text


async def test_the_list_of_commune_reports_takes_at_most_three_statements(
    client, world, sessionmaker, statement_counter
):
    periods = await _plan_periods(sessionmaker, world)
    assert len(periods) > 2
    await _compile_every_period(client, world, periods)
    statement_counter.start()
    response = await client.get(COMMUNE_REPORTS, headers=world.auth("chutich"))
    count = statement_counter.stop()
    assert len(response.json()["items"]) == len(periods)
    assert count <= 3, statement_counter.statements


def _period_fields(period):
    return {
        "period_id": period.id,
        "period_label": period.label,
        "period_kind": period.kind,
        "period_starts_on": period.starts_on.isoformat(),
        "period_ends_on": period.ends_on.isoformat(),
        "period_due_on": period.due_on.isoformat(),
    }


async def test_a_commune_report_carries_its_periods_label_kind_and_dates(
    client, world, sessionmaker
):
    periods = await _plan_periods(sessionmaker, world)
    assert len({period.kind for period in periods}) > 1
    await _compile_every_period(client, world, periods)
    listed = await client.get(f"{COMMUNE_REPORTS}?limit=100", headers=world.auth("chutich"))
    items = listed.json()["items"]
    assert [{name: item[name] for name in _period_fields(periods[0])} for item in items] == [
        _period_fields(period) for period in periods
    ]
    detail = await client.get(f"{COMMUNE_REPORTS}/{items[-1]['id']}", headers=world.auth("vhxh"))
    assert detail.status_code == 200, detail.text
    assert detail.json() | _period_fields(periods[-1]) == detail.json()


async def _send(client, with_version, report_id, version):
    """Approve (the leader) and send (the coordinator) a compiled or returned report."""
    url = f"{COMMUNE_REPORTS}/{report_id}"
    approved = await _post(client, with_version, f"{url}/approve", "chutich", version)
    assert approved.status_code == 200, approved.text
    sent = await _post(client, with_version, f"{url}/send", "vhxh", approved.json()["version"])
    assert sent.status_code == 200, sent.text
    return sent.json()


async def test_reports_sent_take_the_communes_numbers_of_the_year_and_keep_them(
    client, world, sessionmaker, with_version
):
    async with sessionmaker() as session:
        period_ids = list(
            await session.scalars(
                select(ReportingPeriod.id)
                .where(
                    ReportingPeriod.plan_id == world.plan_id,
                    ReportingPeriod.reporting_unit_id.is_(None),
                )
                .order_by(ReportingPeriod.due_on)
            )
        )
    reports = []
    for period_id in period_ids[:2]:
        compiled = await client.post(
            f"/api/v1/reporting-periods/{period_id}/commune-report", headers=world.auth("vhxh")
        )
        assert compiled.status_code == 201, compiled.text
        assert compiled.json()["number"] is None  # none before it is sent
        reports.append(compiled.json())
    with clock_set_to(datetime(2023, 12, 29, 3, tzinfo=UTC)):
        first = await _send(client, with_version, reports[0]["id"], reports[0]["version"])
        second = await _send(client, with_version, reports[1]["id"], reports[1]["version"])
    assert (first["number"], second["number"]) == ("1/BC-UBND", "2/BC-UBND")
    # Returned, then sent again in the next year: it keeps its number.
    url = f"{COMMUNE_REPORTS}/{first['id']}/return"
    returned = await _post(
        client, with_version, url, "huyen", first["version"], {"comment": "Sửa."}
    )
    assert returned.status_code == 200, returned.text
    with clock_set_to(datetime(2024, 1, 3, 3, tzinfo=UTC)):
        again = await _send(client, with_version, first["id"], returned.json()["version"])
    assert again["number"] == "1/BC-UBND"
    assert again["sent_at"].startswith("2024-01-03")
