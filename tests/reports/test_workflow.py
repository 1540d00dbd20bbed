"""A unit's part through its review: submitted by its unit, accepted or returned with a comment
by the coordinator, submitted again; each step in its history and the audit trail."""

from datetime import date

import pytest
from sqlalchemy import func, select

from ttdn.audit.models import AuditEvent
from ttdn.core.clock import clock_set_to
from ttdn.demo.progress_2023 import moment
from ttdn.media.models import MediaInteraction

REPORTS = "/api/v1/reports"


async def _read(client, world, report_id, username="vhxh"):
    response = await client.get(f"{REPORTS}/{report_id}", headers=world.auth(username))
    assert response.status_code == 200, response.text
    return response.json()


async def _step(client, with_version, report, step, username, body=None):
    return await client.post(
        f"{REPORTS}/{report['id']}/{step}",
        json=body,
        headers=with_version(username, report["version"]),
    )


async def _events(sessionmaker, report_id):
    async with sessionmaker() as session:
        rows = await session.scalars(
            select(AuditEvent.action)
            .where(AuditEvent.object_type == "unit_report", AuditEvent.object_id == str(report_id))
            .order_by(AuditEvent.id)
        )
        return list(rows)


async def test_a_part_is_submitted_returned_with_a_comment_resubmitted_and_accepted(
    client, world, sessionmaker, part_of, with_version
):
    report = await _read(client, world, await part_of("khu_3"))
    with clock_set_to(moment("26/05/2023 20:00")):
        submitted = await _step(client, with_version, report, "submit", "khu3")
    assert submitted.status_code == 200, submitted.text
    assert submitted.json()["status"] == "submitted"
    assert submitted.json()["first_submitted_on"] == "2023-05-26"
    assert submitted.json()["on_time"] is True  # the units' due date is 27/5
    comment = "Chưa ghi số người dự buổi tuyên truyền ngày 12/5."
    with clock_set_to(moment("29/05/2023 09:40")):
        returned = await _step(
            client, with_version, submitted.json(), "return", "vhxh", {"comment": comment}
        )
    assert returned.status_code == 200, returned.text
    assert returned.json()["status"] == "returned"
    filled = await client.patch(
        f"{REPORTS}/{report['id']}",
        json={"people_trained": 48},
        headers=with_version("khu3", returned.json()["version"]),
    )
    assert filled.status_code == 200, filled.text
    with clock_set_to(moment("30/05/2023 07:30")):
        again = await _step(client, with_version, filled.json(), "submit", "khu3")
    assert again.status_code == 200, again.text
    # Lateness is judged by the first submission: a return does not make the part late.
    assert (again.json()["first_submitted_on"], again.json()["on_time"]) == ("2023-05-26", True)
    accepted = await _step(client, with_version, again.json(), "accept", "vhxh")
    assert accepted.status_code == 200, accepted.text
    part = accepted.json()
    assert part["status"] == "accepted" and part["entered"]["people_trained"] == 48
    history = [
        (event["from_status"], event["to_status"], event["actor_name"], event["comment"])
        for event in part["history"]
    ]
    assert history == [
        ("draft", "submitted", "Nguyễn Thị Hoa", ""),
        ("submitted", "returned", "Nguyễn Thị Thu Hà", comment),
        ("returned", "submitted", "Nguyễn Thị Hoa", ""),
        ("submitted", "accepted", "Nguyễn Thị Thu Hà", ""),
    ]
    assert part["history"][1]["created_at"].startswith("2023-05-29T02:40")
    assert part["history"][1]["actor_user_id"] == world.users["vhxh"]
    assert await _events(sessionmaker, report["id"]) == [
        "reports.units.submitted",
        "reports.units.returned",
        "reports.units.update",
        "reports.units.submitted",
        "reports.units.accepted",
    ]
    refused = await client.patch(
        f"{REPORTS}/{report['id']}",
        json={"people_trained": 1},
        headers=with_version("khu3", part["version"]),
    )
    assert refused.status_code == 409


async def test_a_part_first_submitted_after_the_units_due_date_is_late(
    client, world, part_of, with_version
):
    report = await _read(client, world, await part_of("dia_chinh"))
    with clock_set_to(moment("28/05/2023 14:00")):
        submitted = await _step(client, with_version, report, "submit", "diachinh")
    assert submitted.json()["on_time"] is False


@pytest.mark.parametrize("step", ["accept", "return"])
async def test_only_a_submitted_part_is_accepted_or_returned(
    client, world, sessionmaker, part_of, with_version, step
):
    report = await _read(client, world, await part_of("tai_chinh"))
    response = await _step(client, with_version, report, step, "vhxh", {"comment": "Xem lại."})
    assert response.status_code == 409, response.text
    assert response.headers["content-type"].startswith("application/problem+json")
    assert response.json()["detail"]
    assert await _read(client, world, report["id"]) == report
    assert await _events(sessionmaker, report["id"]) == []


@pytest.mark.parametrize("body", [{"comment": ""}, {"comment": "   \n "}, {}, None])
async def test_a_return_without_a_comment_is_refused(
    client, world, sessionmaker, part_of, with_version, body
):
    report = await _read(client, world, await part_of("tai_chinh"))
    submitted = (await _step(client, with_version, report, "submit", "taichinh")).json()
    response = await _step(client, with_version, submitted, "return", "vhxh", body)
    assert response.status_code == 422, response.text
    assert response.headers["content-type"].startswith("application/problem+json")
    assert await _read(client, world, report["id"], "taichinh") == submitted


async def test_a_submitted_part_keeps_its_counted_figures_and_texts_until_returned(
    client, world, sessionmaker, part_of, with_version
):
    report = await _read(client, world, await part_of("van_phong"))
    task_id = report["narratives"][0]["task_id"]
    with clock_set_to(moment("15/03/2023 09:00")):
        progress = await client.post(
            f"/api/v1/tasks/{task_id}/updates",
            json={"text": "Cung cấp thông tin cho Báo Phú Thọ."},
            headers=world.auth("vanphong"),
        )
    assert progress.status_code == 201, progress.text

    async def interaction_on(day: date) -> None:
        async with sessionmaker() as session, session.begin():
            session.add(
                MediaInteraction(
                    unit_id=world.unit_id("van_phong"),
                    kind="interview",
                    occurred_on=day,
                    topic="Chuyển đổi số",
                )
            )

    await interaction_on(date(2023, 2, 1))
    submitted = (await _step(client, with_version, report, "submit", "vanphong")).json()
    assert submitted["counted"]["press_interactions"] == 1
    [kept] = [n for n in submitted["narratives"] if n["task_id"] == task_id]
    assert (kept["text"], kept["prefilled"]) == (
        "15/03/2023: Cung cấp thông tin cho Báo Phú Thọ.",
        False,
    )
    await interaction_on(date(2023, 3, 1))  # entered late: the submitted part does not move
    assert (await _read(client, world, report["id"]))["counted"]["press_interactions"] == 1
    returned = await _step(
        client, with_version, submitted, "return", "vhxh", {"comment": "Bổ sung."}
    )
    assert returned.json()["counted"]["press_interactions"] == 2


async def test_an_accepted_part_is_not_submitted_again(
    client, world, sessionmaker, part_of, with_version
):
    report = await _read(client, world, await part_of("cong_an"))
    submitted = (await _step(client, with_version, report, "submit", "congan")).json()
    accepted = (await _step(client, with_version, submitted, "accept", "vhxh")).json()
    again = await _step(client, with_version, accepted, "submit", "congan")
    assert again.status_code == 409
    async with sessionmaker() as session:
        events = await session.scalar(
            select(func.count())
            .select_from(AuditEvent)
            .where(AuditEvent.object_type == "unit_report")
        )
    assert events == 2
