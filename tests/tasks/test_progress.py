"""Progress: reports by lead and cooperating units, claims, confirmation, lateness."""

import pytest
from sqlalchemy import func, select

from ttdn.tasks.models import TaskUpdate


async def _task(client, world, task_id, username="vhxh"):
    response = await client.get(f"/api/v1/tasks/{task_id}", headers=world.auth(username))
    assert response.status_code == 200, response.text
    return response.json()


async def _report(client, world, task_id, username, **body):
    return await client.post(
        f"/api/v1/tasks/{task_id}/updates",
        json={"text": "Đã triển khai.", **body},
        headers=world.auth(username),
    )


async def _confirm(client, world, task_id, occurrence, username="vhxh", **body):
    return await client.post(
        f"/api/v1/tasks/{task_id}/occurrences/{occurrence['id']}/confirm",
        json=body,
        headers={**world.auth(username), "If-Match": f'"{occurrence["version"]}"'},
    )


async def _new_once_task(client, world, due_on, lead_key="dai_truyen_thanh"):
    response = await client.post(
        "/api/v1/tasks",
        json={
            "plan_id": world.plan_id,
            "title": "Phát sóng chuyên đề biển đảo",
            "schedule": "once",
            "due_on": due_on,
            "lead_unit_ids": [world.unit_id(lead_key)],
        },
        headers=world.auth("vhxh"),
    )
    assert response.status_code == 201, response.text
    return response.json()


async def test_a_task_due_1_june_done_on_2_june_ends_done_late(client, world):
    task = await _new_once_task(client, world, "2023-06-01")
    claim = await _report(
        client,
        world,
        task["id"],
        "daitruyenthanh",
        claims_completion=True,
        completed_on="2023-06-02",
        figures=[{"name": "Số tin phát", "value": 12}],
    )
    assert claim.status_code == 201, claim.text
    [occurrence] = (await _task(client, world, task["id"]))["occurrences"]
    assert occurrence["claimed_on"] == "2023-06-02" and occurrence["percent"] == 100
    confirmed = await _confirm(client, world, task["id"], occurrence)
    assert confirmed.status_code == 200, confirmed.text
    assert confirmed.json()["status"] == "done_late"
    assert (await _task(client, world, task["id"]))["status"] == "done_late"


async def test_done_by_the_due_date_is_done_on_time(client, world):
    task = await _new_once_task(client, world, "2023-06-01")
    await _report(
        client,
        world,
        task["id"],
        "daitruyenthanh",
        claims_completion=True,
        completed_on="2023-06-01",
    )
    [occurrence] = (await _task(client, world, task["id"]))["occurrences"]
    assert (await _confirm(client, world, task["id"], occurrence)).json()["status"] == (
        "done_on_time"
    )


async def test_an_extension_keeps_the_original_date_for_judging(client, world):
    task = await _new_once_task(client, world, "2023-06-01")
    [occurrence] = (await _task(client, world, task["id"]))["occurrences"]
    extended = await client.patch(
        f"/api/v1/tasks/{task['id']}/occurrences/{occurrence['id']}",
        json={"due_on": "2999-12-31"},
        headers={**world.auth("vhxh"), "If-Match": f'"{occurrence["version"]}"'},
    )
    assert extended.status_code == 200, extended.text
    assert extended.json()["due_on"] == "2999-12-31"
    assert extended.json()["original_due_on"] == "2023-06-01"
    assert extended.json()["status"] == "not_started"  # no longer overdue
    await _report(
        client,
        world,
        task["id"],
        "daitruyenthanh",
        claims_completion=True,
        completed_on="2023-06-10",
    )
    [claimed] = (await _task(client, world, task["id"]))["occurrences"]
    confirmed = await _confirm(client, world, task["id"], claimed)
    assert confirmed.json()["status"] == "done_late"


async def test_a_report_moves_the_lead_units_current_occurrence(client, world):
    task_id = world.tasks["daitruyenthanh_phan_bac"]
    response = await _report(
        client,
        world,
        task_id,
        "daitruyenthanh",
        percent=40,
        figures=[{"name": "Tin bài phản bác", "value": 5}],
    )
    assert response.status_code == 201, response.text
    update = response.json()
    assert update["figures"] == {"Tin bài phản bác": 5}
    assert update["unit_id"] == world.unit_id("dai_truyen_thanh")
    occurrences = (await _task(client, world, task_id))["occurrences"]
    assert [o["percent"] for o in occurrences] == [40, 0]
    history = await client.get(
        f"/api/v1/tasks/{task_id}/updates", headers=world.auth("daitruyenthanh")
    )
    assert [u["id"] for u in history.json()["items"]] == [update["id"]]


async def test_a_cooperating_unit_reports_but_cannot_claim_completion(client, world):
    task_id = world.tasks["vhxh_cap_nhat_trang_tin"]  # the radio cooperates
    note = await _report(client, world, task_id, "daitruyenthanh", percent=30)
    assert note.status_code == 201
    assert [o["percent"] for o in (await _task(client, world, task_id))["occurrences"]] == [0, 0]
    claim = await _report(client, world, task_id, "daitruyenthanh", claims_completion=True)
    assert claim.status_code == 403


async def test_an_area_reports_on_its_own_part_of_a_group_task(client, world):
    task_id = world.tasks["khu_bao_cao"]
    response = await _report(client, world, task_id, "khu1", percent=50)
    assert response.status_code == 201
    seen_by_coordinator = (await _task(client, world, task_id))["occurrences"]
    moved = [o for o in seen_by_coordinator if o["percent"] == 50]
    assert [o["unit_id"] for o in moved] == [world.unit_id("khu_1")]
    for_other_area = await _report(
        client, world, task_id, "khu1", unit_id=world.unit_id("khu_2"), percent=10
    )
    assert for_other_area.status_code == 403


@pytest.mark.parametrize(
    "body",
    [
        {"text": "Đã làm", "percent": 150},
        {"text": "Đã làm", "percent": -1},
        {"text": ""},
        {"text": "   "},
        {"percent": 50},
        {"text": "x", "figures": [{"name": "a", "value": -2}]},
        {"text": "x", "completed_on": "2023-06-02"},
        {"text": "x", "owner": "me"},
    ],
)
async def test_bad_progress_reports_are_refused_and_change_nothing(
    body, client, world, sessionmaker
):
    task_id = world.tasks["daitruyenthanh_phan_bac"]
    response = await client.post(
        f"/api/v1/tasks/{task_id}/updates", json=body, headers=world.auth("daitruyenthanh")
    )
    assert response.status_code == 422
    assert response.headers["content-type"].startswith("application/problem+json")
    async with sessionmaker() as session:
        assert await session.scalar(select(func.count()).select_from(TaskUpdate)) == 0
    occurrences = (await _task(client, world, task_id))["occurrences"]
    assert {o["percent"] for o in occurrences} == {0}


async def test_a_completion_date_in_the_future_is_refused(client, world):
    task_id = world.tasks["daitruyenthanh_phan_bac"]
    response = await _report(
        client, world, task_id, "daitruyenthanh", claims_completion=True, completed_on="2999-01-01"
    )
    assert response.status_code == 422


async def test_confirming_needs_a_claim_or_a_date(client, world):
    task = await _new_once_task(client, world, "2023-06-01")
    [occurrence] = (await _task(client, world, task["id"]))["occurrences"]
    unclaimed = await _confirm(client, world, task["id"], occurrence)
    assert unclaimed.status_code == 409
    dated = await _confirm(client, world, task["id"], occurrence, completed_on="2023-05-30")
    assert dated.json()["status"] == "done_on_time"
    again = await _confirm(client, world, task["id"], dated.json())
    assert again.status_code == 409


async def test_only_coordinators_and_leaders_confirm(client, world):
    task = await _new_once_task(client, world, "2023-06-01")
    await _report(client, world, task["id"], "daitruyenthanh", claims_completion=True)
    [occurrence] = (await _task(client, world, task["id"]))["occurrences"]
    assert (
        await _confirm(client, world, task["id"], occurrence, "daitruyenthanh")
    ).status_code == 403
    assert (await _confirm(client, world, task["id"], occurrence, "huyen")).status_code == 403
    assert (await _confirm(client, world, task["id"], occurrence, "chutich")).status_code == 200


async def test_a_paused_task_takes_no_reports(client, world):
    task = await _new_once_task(client, world, "2023-06-01")
    paused = await client.patch(
        f"/api/v1/tasks/{task['id']}",
        json={"state": "paused"},
        headers={**world.auth("vhxh"), "If-Match": f'"{task["version"]}"'},
    )
    assert paused.status_code == 200 and paused.json()["status"] == "paused"
    refused = await _report(client, world, task["id"], "daitruyenthanh")
    assert refused.status_code == 409


async def test_a_retried_report_with_the_same_key_is_stored_once(client, world, sessionmaker):
    task_id = world.tasks["daitruyenthanh_phan_bac"]
    headers = {**world.auth("daitruyenthanh"), "Idempotency-Key": "offline-draft-1"}
    body = {"text": "Đã phát 3 tin.", "percent": 20}
    first = await client.post(f"/api/v1/tasks/{task_id}/updates", json=body, headers=headers)
    again = await client.post(f"/api/v1/tasks/{task_id}/updates", json=body, headers=headers)
    assert first.status_code == again.status_code == 201
    assert first.json()["id"] == again.json()["id"]
    async with sessionmaker() as session:
        assert await session.scalar(select(func.count()).select_from(TaskUpdate)) == 1


async def _patch_task(client, world, task, body):
    return await client.patch(
        f"/api/v1/tasks/{task['id']}",
        json=body,
        headers={**world.auth("vhxh"), "If-Match": f'"{task["version"]}"'},
    )


async def test_a_new_schedule_remakes_the_occurrences_while_nothing_is_reported(client, world):
    task = await _new_once_task(client, world, "2023-06-01")
    response = await _patch_task(
        client, world, task, {"schedule": "recurring", "frequency": "semiannual"}
    )
    assert response.status_code == 200, response.text
    assert [o["due_on"] for o in response.json()["occurrences"]] == ["2023-06-30", "2023-12-31"]


async def test_a_schedule_missing_what_it_needs_is_refused_in_words(client, world):
    task = await _new_once_task(client, world, "2023-06-01")
    response = await _patch_task(client, world, task, {"schedule": "recurring"})
    assert response.status_code == 422
    assert response.json()["detail"] == "Nhiệm vụ định kỳ cần có tần suất (frequency)"


async def test_a_reported_task_keeps_its_schedule_and_leads(client, world):
    task = await _new_once_task(client, world, "2023-06-01")
    await _report(client, world, task["id"], "daitruyenthanh", percent=10)
    current = await _task(client, world, task["id"])
    moved = await _patch_task(client, world, current, {"due_on": "2023-07-01"})
    assert moved.status_code == 409
    other_lead = await _patch_task(
        client, world, current, {"lead_unit_ids": [world.unit_id("van_phong")]}
    )
    assert other_lead.status_code == 409
    renamed = await _patch_task(client, world, current, {"title": "Phát sóng chuyên đề biển, đảo"})
    assert renamed.status_code == 200


async def test_a_report_of_blanks_is_refused_in_words_and_signed_with_the_full_name(client, world):
    task_id = world.tasks["daitruyenthanh_phan_bac"]
    blank = await _report(client, world, task_id, "daitruyenthanh", text="   ")
    assert blank.json()["errors"][0]["msg"] == "Không được để trống"
    signed = await _report(client, world, task_id, "daitruyenthanh")
    assert signed.json()["author_name"] == "Hoàng Văn Nam"


async def _return(client, world, task_id, occurrence, username="vhxh", comment="Thiếu số liệu."):
    return await client.post(
        f"/api/v1/tasks/{task_id}/occurrences/{occurrence['id']}/return",
        json={"comment": comment},
        headers={**world.auth(username), "If-Match": f'"{occurrence["version"]}"'},
    )


async def test_a_claim_awaits_confirmation_in_lists_filters_and_the_summary(client, world):
    task = await _new_once_task(client, world, "2023-06-01")
    await _report(client, world, task["id"], "daitruyenthanh", claims_completion=True)
    read = await _task(client, world, task["id"])
    assert read["status"] == "awaiting_confirmation"
    assert read["occurrences"][0]["status"] == "awaiting_confirmation"
    waiting = await client.get(
        "/api/v1/tasks", params={"status": "awaiting_confirmation"}, headers=world.auth("vhxh")
    )
    assert [item["id"] for item in waiting.json()["items"]] == [task["id"]]
    summary = await client.get("/api/v1/tasks/summary", headers=world.auth("chutich"))
    radio = next(u for u in summary.json() if u["unit_id"] == world.unit_id("dai_truyen_thanh"))
    assert radio["counts"]["awaiting_confirmation"] == 1


async def test_a_returned_claim_reopens_the_occurrence_with_the_comment_in_its_history(
    client, world
):
    task = await _new_once_task(client, world, "2023-06-01")
    await _report(client, world, task["id"], "daitruyenthanh", claims_completion=True)
    [occurrence] = (await _task(client, world, task["id"]))["occurrences"]
    returned = await _return(client, world, task["id"], occurrence, comment="Bổ sung số tin.")
    assert returned.status_code == 200, returned.text
    assert returned.json()["claimed_on"] is None
    assert returned.json()["status"] == "overdue"  # due 01/6/2023, open again
    history = await client.get(
        f"/api/v1/tasks/{task['id']}/updates", headers=world.auth("daitruyenthanh")
    )
    newest = history.json()["items"][0]
    assert newest["returns_claim"] is True and newest["text"] == "Bổ sung số tin."
    assert newest["author_name"]
    again = await _return(client, world, task["id"], returned.json())
    assert again.status_code == 409  # nothing claimed any more


@pytest.mark.parametrize("username", ["daitruyenthanh", "huyen", "khu1"])
async def test_only_coordinators_and_leaders_return_claims(client, world, username):
    task = await _new_once_task(client, world, "2023-06-01")
    await _report(client, world, task["id"], "daitruyenthanh", claims_completion=True)
    [occurrence] = (await _task(client, world, task["id"]))["occurrences"]
    refused = await _return(client, world, task["id"], occurrence, username)
    assert refused.status_code in (403, 404)
    assert (await _task(client, world, task["id"]))["occurrences"][0]["claimed_on"] is not None


async def test_a_return_without_a_comment_is_refused_in_words(client, world):
    task = await _new_once_task(client, world, "2023-06-01")
    await _report(client, world, task["id"], "daitruyenthanh", claims_completion=True)
    [occurrence] = (await _task(client, world, task["id"]))["occurrences"]
    blank = await _return(client, world, task["id"], occurrence, comment="   ")
    assert blank.status_code == 422
    assert blank.json()["errors"][0]["msg"] == "Không được để trống"
