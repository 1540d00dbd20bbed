"""A press report's follow-up: one step at a time, the answer kept, refusals that change
nothing."""

import pytest

INTERACTIONS = "/api/v1/media/interactions"


async def _report(client, world) -> dict:
    response = await client.post(
        INTERACTIONS,
        json={"kind": "press_report", "occurred_on": "2023-06-01", "topic": "Ngập úng Khu 4"},
        headers=world.auth("vanphong"),
    )
    assert response.status_code == 201, response.text
    return response.json()


async def _step(client, world, interaction: dict, **body) -> tuple[int, dict]:
    response = await client.post(
        f"{INTERACTIONS}/{interaction['id']}/follow-up",
        json=body,
        headers=world.auth("vanphong") | {"If-Match": f'"{interaction["version"]}"'},
    )
    return response.status_code, response.json()


async def test_a_press_report_goes_through_each_step_to_its_answer(client, world):
    report = await _report(client, world)
    status, report = await _step(client, world, report, status="verifying", note="Đi thực địa.")
    assert status == 200 and report["follow_up"]["status"] == "verifying"
    status, report = await _step(client, world, report, status="handled")
    assert status == 200
    status, report = await _step(
        client,
        world,
        report,
        status="answered",
        answer="Đã khơi thông cống thoát nước.",
        answered_on="2023-06-10",
    )
    assert status == 200, report
    follow_up = report["follow_up"]
    assert (follow_up["status"], follow_up["answer"], follow_up["answered_on"]) == (
        "answered",
        "Đã khơi thông cống thoát nước.",
        "2023-06-10",
    )
    assert [(s["status"], s["note"]) for s in follow_up["steps"]] == [
        ("received", ""),
        ("verifying", "Đi thực địa."),
        ("handled", ""),
        ("answered", ""),
    ]
    assert follow_up["overdue"] is False  # answered: never overdue
    status, _ = await _step(client, world, report, status="answered", answer="Lần nữa.")
    assert status == 409


@pytest.mark.parametrize(
    ("steps_before", "body", "status", "field"),
    [
        ([], {"status": "handled"}, 422, "status"),  # skips verifying
        ([], {"status": "answered", "answer": "Xong."}, 422, "status"),
        ([], {"status": "received"}, 422, "status"),  # the step it is at
        (["verifying", "handled"], {"status": "verifying"}, 422, "status"),  # goes back
        (["verifying", "handled"], {"status": "answered"}, 422, "answer"),  # no answer
        (["verifying", "handled"], {"status": "answered", "answer": "  "}, 422, "answer"),
        (
            ["verifying", "handled"],
            {"status": "answered", "answer": "Xong.", "answered_on": "2999-01-01"},
            422,
            "answered_on",
        ),
        (
            ["verifying", "handled"],
            {"status": "answered", "answer": "Xong.", "answered_on": "2023-05-01"},
            422,
            "answered_on",
        ),  # before it was received
        ([], {"status": "verifying", "answer": "Sớm quá."}, 422, "answer"),
        ([], {"status": "closed"}, 422, "status"),
    ],
)
async def test_a_step_skipped_taken_back_or_incomplete_changes_nothing(
    steps_before, body, status, field, client, world
):
    report = await _report(client, world)
    for step in steps_before:
        _, report = await _step(client, world, report, status=step)
    code, problem = await _step(client, world, report, **body)
    assert code == status, problem
    assert field in str(problem.get("errors") or problem["detail"])
    again = await client.get(f"{INTERACTIONS}/{report['id']}", headers=world.auth("vanphong"))
    assert again.json() == report


async def test_only_a_press_report_has_a_follow_up(client, world):
    interview = await client.post(
        INTERACTIONS,
        json={"kind": "interview", "occurred_on": "2023-06-01", "topic": "Lễ hội"},
        headers=world.auth("vanphong"),
    )
    code, problem = await _step(client, world, interview.json(), status="verifying")
    assert code == 409
    assert problem["detail"] == "Chỉ phản ánh của báo chí mới có các bước xử lý."


async def test_a_stale_step_is_refused(client, world):
    report = await _report(client, world)
    await _step(client, world, report, status="verifying")
    code, _ = await _step(client, world, report, status="verifying")
    assert code == 412


async def test_a_reader_cannot_move_a_follow_up(client, world):
    report = await _report(client, world)
    response = await client.post(
        f"{INTERACTIONS}/{report['id']}/follow-up",
        json={"status": "verifying"},
        headers=world.auth("congan") | {"If-Match": f'"{report["version"]}"'},
    )
    assert response.status_code == 403


async def test_changing_a_press_report_just_received_into_another_kind(client, world):
    report = await _report(client, world)
    response = await client.patch(
        f"{INTERACTIONS}/{report['id']}",
        json={"kind": "interview"},
        headers=world.auth("vanphong") | {"If-Match": f'"{report["version"]}"'},
    )
    assert response.status_code == 200, response.text
    assert response.json()["follow_up"] is None
    back = await client.patch(
        f"{INTERACTIONS}/{report['id']}",
        json={"kind": "press_report"},
        headers=world.auth("vanphong") | {"If-Match": f'"{response.json()["version"]}"'},
    )
    assert back.json()["follow_up"]["status"] == "received"
    assert back.json()["follow_up"]["due_on"] == "2023-06-16"
    assert [s["status"] for s in back.json()["follow_up"]["steps"]] == ["received"]
