"""A task given to a unit is new to each of its members until they open it or report on it:
at once in an issued plan, at the plan's issue for a draft's."""

from ttdn.core.db import utcnow

NOTICES = "/api/v1/tasks/notices"


async def _notices(client, world, username) -> dict[int, dict]:
    response = await client.get(NOTICES, headers=world.auth(username))
    assert response.status_code == 200, response.text
    return {notice["task_id"]: notice for notice in response.json()}


async def _new_task(client, world, plan_id, unit_key, section_id=None) -> int:
    response = await client.post(
        "/api/v1/tasks",
        json={
            "plan_id": plan_id,
            "section_id": section_id,
            "title": "Phát sóng chuyên mục thông tin đối ngoại",
            "schedule": "once",
            "due_on": "2024-06-30",
            "lead_unit_ids": [world.unit_id(unit_key)],
        },
        headers=world.auth("vhxh"),
    )
    assert response.status_code == 201, response.text
    return response.json()["id"]


async def test_a_task_given_in_an_issued_plan_is_new_to_the_units_members(client, world):
    task_id = await _new_task(client, world, world.plan_id, "dai_truyen_thanh")
    notice = (await _notices(client, world, "daitruyenthanh"))[task_id]
    assert notice["unit_name"] == world.units["dai_truyen_thanh"].name
    assert notice["plan_id"] == world.plan_id
    assert task_id not in await _notices(client, world, "vhxh")  # not a member of the unit
    assert task_id not in await _notices(client, world, "congan")
    read = await client.post(f"/api/v1/tasks/{task_id}/read", headers=world.auth("daitruyenthanh"))
    assert read.status_code == 204
    assert task_id not in await _notices(client, world, "daitruyenthanh")


async def test_reporting_on_a_new_task_reads_it(client, world):
    task_id = await _new_task(client, world, world.plan_id, "dai_truyen_thanh")
    await client.post(
        f"/api/v1/tasks/{task_id}/updates",
        json={"text": "Đã lên lịch phát sóng."},
        headers=world.auth("daitruyenthanh"),
    )
    assert task_id not in await _notices(client, world, "daitruyenthanh")


async def _listed(client, world, username) -> set[int]:
    response = await client.get("/api/v1/tasks?limit=200", headers=world.auth(username))
    assert response.status_code == 200, response.text
    return {task["id"] for task in response.json()["items"]}


async def test_a_drafts_tasks_reach_the_units_when_the_plan_is_issued(client, world):
    draft_id, section_id = world.drafts["cao_xa"]
    task_id = await _new_task(client, world, draft_id, "dai_truyen_thanh", section_id)
    assert task_id not in await _notices(client, world, "daitruyenthanh")
    # Until the issue only those who write the plan see the draft's task; the unit does not.
    for username in ("vhxh", "chutich"):
        assert task_id in await _listed(client, world, username)
    for username in ("daitruyenthanh", "admin", "huyen"):
        assert task_id not in await _listed(client, world, username)
        hidden = await client.get(f"/api/v1/tasks/{task_id}", headers=world.auth(username))
        assert hidden.status_code == 404
    report = await client.post(
        f"/api/v1/tasks/{task_id}/updates",
        json={"text": "Đã lên lịch phát sóng."},
        headers=world.auth("daitruyenthanh"),
    )
    assert report.status_code == 404
    # The coordinator's dashboard counts the plans in force, not the draft being written.
    summary = await client.get("/api/v1/tasks/summary", headers=world.auth("vhxh"))
    radio = {row["unit_name"]: row["total"] for row in summary.json()}["Đài truyền thanh xã"]
    drafted = await client.get(
        f"/api/v1/tasks/summary?plan_id={draft_id}", headers=world.auth("vhxh")
    )
    assert [(row["unit_name"], row["total"]) for row in drafted.json()] == [
        ("Đài truyền thanh xã", 1)
    ]
    plan = await client.get(f"/api/v1/plans/{draft_id}", headers=world.auth("chutich"))
    issued = await client.post(
        f"/api/v1/plans/{draft_id}/issue",
        json={"issued_on": utcnow().date().isoformat()},
        headers=world.auth("chutich") | {"If-Match": plan.headers["ETag"]},
    )
    assert issued.status_code == 200, issued.text
    assert task_id in await _notices(client, world, "daitruyenthanh")
    assert task_id in await _listed(client, world, "daitruyenthanh")
    summary = await client.get("/api/v1/tasks/summary", headers=world.auth("vhxh"))
    assert {row["unit_name"]: row["total"] for row in summary.json()}["Đài truyền thanh xã"] == (
        radio + 1
    )


async def test_all_of_ones_notices_are_read_at_once(client, world):
    first = await _new_task(client, world, world.plan_id, "dai_truyen_thanh")
    second = await _new_task(client, world, world.plan_id, "van_phong")
    assert first in await _notices(client, world, "daitruyenthanh")
    read = await client.post(f"{NOTICES}/read", headers=world.auth("daitruyenthanh"))
    assert read.status_code == 204
    assert await _notices(client, world, "daitruyenthanh") == {}
    assert second in await _notices(client, world, "vanphong")  # another's notices stay


async def test_a_unit_added_to_a_task_learns_of_it(client, world):
    task_id = await _new_task(client, world, world.plan_id, "dai_truyen_thanh")
    task = await client.get(f"/api/v1/tasks/{task_id}", headers=world.auth("vhxh"))
    changed = await client.patch(
        f"/api/v1/tasks/{task_id}",
        json={"cooperating_unit_ids": [world.unit_id("van_phong")]},
        headers=world.auth("vhxh") | {"If-Match": task.headers["ETag"]},
    )
    assert changed.status_code == 200, changed.text
    assert task_id in await _notices(client, world, "vanphong")


async def test_a_plan_without_sections_is_not_issued(client, world):
    created = await client.post(
        "/api/v1/plans",
        json={"unit_id": world.unit_id("ubnd_cao_xa"), "title": "Kế hoạch trống", "year": 2024},
        headers=world.auth("vhxh"),
    )
    assert created.status_code == 201, created.text
    response = await client.post(
        f"/api/v1/plans/{created.json()['id']}/issue",
        json={},
        headers=world.auth("chutich") | {"If-Match": created.headers["ETag"]},
    )
    assert response.status_code == 409
    assert "chưa có nội dung" in response.json()["detail"]
