"""Units' parts: each unit reads and fills its own (another unit's part does not exist for a
member), figures are whole numbers from zero, narratives come prefilled from progress."""

from datetime import date

import pytest
from sqlalchemy import func, select

from ttdn.core.clock import clock_set_to
from ttdn.demo.progress_2023 import moment
from ttdn.incidents.models import Incident, IncidentAction
from ttdn.media.models import MediaInteraction
from ttdn.reports.models import UnitReportNarrative

REPORTS = "/api/v1/reports"


async def _read(client, world, report_id, username="vhxh"):
    response = await client.get(f"{REPORTS}/{report_id}", headers=world.auth(username))
    assert response.status_code == 200, response.text
    return response.json()


async def test_a_member_lists_and_reads_its_own_units_part_only(client, world, part_of):
    response = await client.get(f"{REPORTS}?limit=200", headers=world.auth("congan"))
    parts = response.json()["items"]
    assert {part["unit_id"] for part in parts} == {world.unit_id("cong_an")}
    assert len(parts) == 6  # the two periods for every unit and the police's four quarters
    radio = await part_of("dai_truyen_thanh")
    for method in ("GET", "PATCH"):
        refused = await client.request(
            method,
            f"{REPORTS}/{radio}",
            json={"events_held": 1} if method == "PATCH" else None,
            headers={**world.auth("congan"), "If-Match": '"1"'},
        )
        assert refused.status_code == 404, refused.text
        assert refused.headers["content-type"].startswith("application/problem+json")
    submitted = await client.post(
        f"{REPORTS}/{radio}/submit", headers={**world.auth("congan"), "If-Match": '"1"'}
    )
    assert submitted.status_code == 404
    assert (await _read(client, world, radio))["status"] == "draft"


async def test_an_area_leader_fills_its_area_part_not_a_neighbours(
    client, world, part_of, with_version
):
    own, neighbour = await part_of("khu_1"), await part_of("khu_2")
    part = await _read(client, world, own, "khu1")
    filled = await client.patch(
        f"{REPORTS}/{own}",
        json={"events_held": 2, "people_trained": 95},
        headers=with_version("khu1", part["version"]),
    )
    assert filled.status_code == 200, filled.text
    assert filled.json()["entered"]["people_trained"] == 95
    assert (
        await client.get(f"{REPORTS}/{neighbour}", headers=world.auth("khu1"))
    ).status_code == 404


async def test_the_coordinator_reads_every_part_but_fills_only_its_offices(
    client, world, part_of, with_version
):
    radio = await _read(client, world, await part_of("dai_truyen_thanh"))
    assert (radio["may_fill"], radio["may_review"]) == (False, False)  # a draft of another unit
    refused = await client.patch(
        f"{REPORTS}/{radio['id']}",
        json={"events_held": 1},
        headers=with_version("vhxh", radio["version"]),
    )
    assert refused.status_code == 403
    own = await _read(client, world, await part_of("vhxh"))
    assert own["may_fill"] is True
    filled = await client.patch(
        f"{REPORTS}/{own['id']}",
        json={"events_held": 3, "budget_spent": 4_500_000, "difficulties": "Kinh phí hạn hẹp."},
        headers=with_version("vhxh", own["version"]),
    )
    assert filled.status_code == 200, filled.text
    assert filled.json()["entered"]["budget_spent"] == 4_500_000
    assert filled.json()["difficulties"] == "Kinh phí hạn hẹp."
    assert filled.headers["ETag"] == f'"{own["version"] + 1}"'
    submitted = await client.post(
        f"{REPORTS}/{own['id']}/submit",
        headers=with_version("vhxh", filled.json()["version"]),
    )
    assert (submitted.json()["may_fill"], submitted.json()["may_review"]) == (False, True)
    radio_staff = await _read(client, world, radio["id"], "daitruyenthanh")
    assert (radio_staff["may_fill"], radio_staff["may_review"]) == (True, False)


@pytest.mark.parametrize(
    "figures",
    [
        {"news_items_aired": -1},
        {"website_posts": "12"},
        {"events_held": 1.5},
        {"people_trained": "mười"},
        {"budget_spent": -500},
        {"budget_spent": "1.000.000"},
        {"events_held": True},
        {"press_interactions": 3},  # counted, never entered
        {"narratives": [{"task_id": 1, "text": "a"}, {"task_id": 1, "text": "b"}]},
    ],
)
async def test_bad_figures_are_refused_and_nothing_changes(
    client, world, sessionmaker, part_of, with_version, figures
):
    report_id = await part_of("dai_truyen_thanh")
    before = await _read(client, world, report_id)
    response = await client.patch(
        f"{REPORTS}/{report_id}",
        json=figures,
        headers=with_version("daitruyenthanh", before["version"]),
    )
    assert response.status_code == 422, response.text
    assert response.headers["content-type"].startswith("application/problem+json")
    assert response.json()["errors"]
    assert await _read(client, world, report_id) == before


async def test_narratives_are_prefilled_from_the_units_progress_in_the_period(
    client, world, part_of, with_version
):
    report_id = await part_of("dai_truyen_thanh")
    part = await _read(client, world, report_id)
    task_id = part["narratives"][0]["task_id"]
    assert all(n["prefilled"] and n["text"] == "" for n in part["narratives"])
    for at, text in (
        ("10/04/2023 09:00", "Phát 12 tin về biển đảo."),
        ("20/07/2023 09:00", "Sau kỳ."),
    ):
        with clock_set_to(moment(at)):
            response = await client.post(
                f"/api/v1/tasks/{task_id}/updates",
                json={"text": text, "percent": 40},
                headers=world.auth("daitruyenthanh"),
            )
        assert response.status_code == 201, response.text
    part = await _read(client, world, report_id)
    [narrative] = [n for n in part["narratives"] if n["task_id"] == task_id]
    assert narrative == {
        "task_id": task_id,
        "task_title": narrative["task_title"],
        "text": "10/04/2023: Phát 12 tin về biển đảo.",  # the July report is after the cut-off
        "prefilled": True,
    }
    written = await client.patch(
        f"{REPORTS}/{report_id}",
        json={"narratives": [{"task_id": task_id, "text": "Đã phát 12 tin, 3 phóng sự."}]},
        headers=with_version("daitruyenthanh", part["version"]),
    )
    assert written.status_code == 200, written.text
    [narrative] = [n for n in written.json()["narratives"] if n["task_id"] == task_id]
    assert (narrative["text"], narrative["prefilled"]) == ("Đã phát 12 tin, 3 phóng sự.", False)
    cleared = await client.patch(
        f"{REPORTS}/{report_id}",
        json={"narratives": [{"task_id": task_id, "text": ""}]},
        headers=with_version("daitruyenthanh", written.json()["version"]),
    )
    [narrative] = [n for n in cleared.json()["narratives"] if n["task_id"] == task_id]
    assert narrative["prefilled"] is True


async def test_a_narrative_of_a_task_the_unit_does_not_lead_is_refused(
    client, world, sessionmaker, part_of, with_version
):
    report_id = await part_of("dai_truyen_thanh")
    part = await _read(client, world, report_id)
    response = await client.patch(
        f"{REPORTS}/{report_id}",
        json={"narratives": [{"task_id": world.tasks["congan_bao_cao_quy"], "text": "Không."}]},
        headers=with_version("daitruyenthanh", part["version"]),
    )
    assert response.status_code == 422, response.text
    async with sessionmaker() as session:
        assert await session.scalar(select(func.count()).select_from(UnitReportNarrative)) == 0


async def test_counted_figures_follow_the_units_records_in_the_period(
    client, world, sessionmaker, part_of
):
    office, police = await part_of("van_phong"), await part_of("cong_an")
    async with sessionmaker() as session, session.begin():
        for occurred_on in (date(2023, 1, 1), date(2023, 5, 26), date(2023, 5, 27)):
            session.add(
                MediaInteraction(
                    unit_id=world.unit_id("van_phong"),
                    kind="interview",
                    occurred_on=occurred_on,
                    topic="Kết quả xây dựng nông thôn mới",
                )
            )
        incident = Incident(
            unit_id=world.unit_id("ubnd_cao_xa"),
            year=2023,
            number=1,
            code="TTSL-2023-0001",
            title="Tin sai về giải phóng mặt bằng",
            detected_at=moment("02/04/2023 08:00"),
            reported_by_name="Trưởng khu",
            reporting_unit_id=world.unit_id("khu_1"),
            platform="facebook",
            category="local_government",
            scope="commune",
            severity="medium",
            classification="public",
            status="responding",
        )
        session.add(incident)
        await session.flush()
        for taken_on in (date(2023, 4, 3), date(2023, 4, 5)):  # one incident, counted once
            session.add(
                IncidentAction(
                    incident_id=incident.id,
                    kind="rebuttal_post",
                    taken_on=taken_on,
                    unit_id=world.unit_id("cong_an"),
                    result="Đã đăng bài phản bác.",
                    author_name="Bùi Văn Dũng",
                )
            )
    assert (await _read(client, world, office))["counted"] == {
        "press_interactions": 2,  # 27/5 is after the cut-off (26/5)
        "incidents_handled": 0,
    }
    assert (await _read(client, world, police))["counted"] == {
        "press_interactions": 0,
        "incidents_handled": 1,
    }
    listed = await client.get(
        f"{REPORTS}?unit_id={world.unit_id('van_phong')}", headers=world.auth("vhxh")
    )
    assert [p["counted"]["press_interactions"] for p in listed.json()["items"]] == [2, 3]


async def test_the_list_of_parts_takes_at_most_three_statements(client, world, statement_counter):
    counts = {}
    for limit in (1, 10, 30):
        statement_counter.start()
        response = await client.get(f"{REPORTS}?limit={limit}", headers=world.auth("vhxh"))
        counts[limit] = statement_counter.stop()
        assert len(response.json()["items"]) == limit
    assert max(counts.values()) <= 3, counts
    assert len(set(counts.values())) == 1, counts


async def test_parts_are_filtered_by_period_unit_and_status(client, world, first_half):
    response = await client.get(
        f"{REPORTS}?period_id={first_half}&status=draft&unit_id={world.unit_id('khu_6')}",
        headers=world.auth("chutich"),
    )
    [part] = response.json()["items"]
    assert part["unit_name"].startswith("Khu dân cư số 6")
    assert part["on_time"] is None and part["first_submitted_on"] is None
    none = await client.get(f"{REPORTS}?status=accepted", headers=world.auth("chutich"))
    assert none.json()["items"] == []
