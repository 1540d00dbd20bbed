"""A new year's draft from last year's plan: everything carried over with its dates moved, the
old plan untouched."""

from datetime import date

import pytest
from sqlalchemy import func, select

from ttdn.demo import cao_xa_2023 as demo
from ttdn.plans.copying import move_date, retell
from ttdn.plans.models import Plan
from ttdn.tasks.models import Task

PLANS = "/api/v1/plans"


@pytest.mark.parametrize(
    ("day", "years", "expected"),
    [(date(2023, 6, 1), 1, date(2024, 6, 1)), (date(2024, 2, 29), 1, date(2025, 2, 28))],
)
def test_dates_move_into_the_new_year(day, years, expected):
    assert move_date(day, years) == expected


def test_only_years_named_as_such_are_retold():
    text = "Kế hoạch năm 2023; Quyết định số 01/2023/QĐ-UBND; nhiệm kỳ 2020 - 2025; Năm 2023."
    assert retell(text, 2023, 2024) == (
        "Kế hoạch năm 2024; Quyết định số 01/2023/QĐ-UBND; nhiệm kỳ 2020 - 2025; Năm 2024."
    )


async def _snapshot(client, world, plan_id):
    plan = await client.get(f"{PLANS}/{plan_id}", headers=world.auth("vhxh"))
    sections = await client.get(f"{PLANS}/{plan_id}/sections", headers=world.auth("vhxh"))
    tasks = await client.get(
        f"/api/v1/tasks?plan_id={plan_id}&limit=200", headers=world.auth("vhxh")
    )
    return plan.json(), sections.json(), tasks.json()["items"]


def _flatten(nodes):
    for node in nodes:
        yield node
        yield from _flatten(node["children"])


async def test_copying_the_2023_plan_into_2024(client, world):
    before = await _snapshot(client, world, world.plan_id)
    response = await client.post(
        f"{PLANS}/{world.plan_id}/copy", json={}, headers=world.auth("vhxh")
    )
    assert response.status_code == 201, response.text
    draft = response.json()
    assert response.headers["Location"] == f"{PLANS}/{draft['id']}"
    assert (draft["year"], draft["status"], draft["number"]) == (2024, "draft", None)
    assert draft["title"] == demo.PLAN_TITLE.replace("năm 2023", "năm 2024")
    assert draft["recipients"] == list(demo.RECIPIENTS)
    assert draft["signer"]["full_name"] == "Quách Văn Chí"
    assert [b["id"] for b in draft["legal_bases"]] == [b["id"] for b in before[0]["legal_bases"]]
    assert [(d["due_on"], d["label"]) for d in draft["reporting_deadlines"]] == [
        ("2024-06-01", "Báo cáo sơ kết 6 tháng"),
        ("2024-11-01", "Báo cáo tổng kết năm"),
    ]
    _, sections, tasks = await _snapshot(client, world, draft["id"])
    old_sections = list(_flatten(before[1]))
    new_sections = list(_flatten(sections))
    assert [(s["code"], s["title"]) for s in new_sections] == [
        (s["code"], s["title"].replace("năm 2023", "năm 2024")) for s in old_sections
    ]
    assert len(tasks) == len(before[2]) == len(demo.TASKS)

    def shape(task, section_codes):
        units = sorted((a["unit_id"], a["role"]) for a in task["assignees"])
        return (task["title"].replace("2023", "2024"), section_codes[task["section_id"]], units,
                task["schedule"], task["frequency"])  # fmt: skip

    old_codes = {s["id"]: s["code"] for s in old_sections}
    new_codes = {s["id"]: s["code"] for s in new_sections}
    assert sorted(shape(t, new_codes) for t in tasks) == sorted(
        shape(t, old_codes) for t in before[2]
    )
    once = [t for t in tasks if t["schedule"] == "once"]
    assert once and all(t["due_on"].startswith("2024-") for t in once)
    # nothing reported on the copies: not started, or overdue once their 2024 dates passed
    assert {t["status"] for t in tasks} <= {"not_started", "overdue"}
    assert {t["next_due_on"][:4] for t in tasks if t["next_due_on"]} == {"2024"}
    # the old plan is as it was
    assert await _snapshot(client, world, world.plan_id) == before


async def test_a_copy_into_a_past_year_is_refused_and_creates_nothing(client, world, sessionmaker):
    async with sessionmaker() as session:
        plans = await session.scalar(select(func.count()).select_from(Plan))
        tasks = await session.scalar(select(func.count()).select_from(Task))
    response = await client.post(
        f"{PLANS}/{world.plan_id}/copy", json={"year": 2023}, headers=world.auth("vhxh")
    )
    assert response.status_code == 422
    async with sessionmaker() as session:
        assert await session.scalar(select(func.count()).select_from(Plan)) == plans
        assert await session.scalar(select(func.count()).select_from(Task)) == tasks


@pytest.mark.parametrize(("username", "status"), [("vanphong", 403), ("hienquan_vhxh", 404)])
async def test_who_may_not_copy(username, status, client, world):
    response = await client.post(
        f"{PLANS}/{world.plan_id}/copy", json={}, headers=world.auth(username)
    )
    assert response.status_code == status


async def test_a_plan_of_the_last_year_has_no_next_year_to_be_copied_into(client, world):
    """The default year is the one after: past the last a plan may be of, a 422 saying so."""
    plan_id = world.drafts["cao_xa"][0]
    version = (await client.get(f"{PLANS}/{plan_id}", headers=world.auth("vhxh"))).json()
    moved = await client.patch(
        f"{PLANS}/{plan_id}",
        json={"year": 2100, "title": "Kế hoạch TTĐN năm 2100"},
        headers={**world.auth("vhxh"), "If-Match": f'"{version["version"]}"'},
    )
    assert moved.status_code == 200, moved.text
    response = await client.post(f"{PLANS}/{plan_id}/copy", json={}, headers=world.auth("vhxh"))
    assert response.status_code == 422, response.text
    assert response.json()["errors"][0]["loc"] == ["body", "year"]
    assert "2101" in response.json()["detail"]
