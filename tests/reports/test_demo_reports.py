"""The demo's reporting cycle of 2023 (`demo/reports_2023.py`): the 6-month period with most
units' parts submitted, one returned with a comment, one missing, and the police's quarters.

The test world leaves the year out; it is entered here on top of it, as `seed_demo` does."""

from collections import Counter

from ttdn.demo.reports_2023 import FIRST_HALF_PARTS

REPORTS = "/api/v1/reports"


async def _parts(client, world, query):
    response = await client.get(f"{REPORTS}?limit=200&{query}", headers=world.auth("vhxh"))
    assert response.status_code == 200, response.text
    return response.json()["items"]


async def test_the_six_month_period_is_in_motion(client, loaded, first_half):
    parts = await _parts(client, loaded, f"period_id={first_half}")
    by_unit = {part["unit_id"]: part for part in parts}
    statuses = Counter(part["status"] for part in parts)
    assert statuses == {"accepted": 8, "submitted": 3, "returned": 1, "draft": 1}
    assert by_unit[loaded.unit_id("khu_6")]["status"] == "draft"
    late = [part["unit_id"] for part in parts if part["on_time"] is False]
    assert late == [loaded.unit_id("dia_chinh")]  # a day after the units' due date
    returned = by_unit[loaded.unit_id("khu_3")]
    detail = await client.get(f"{REPORTS}/{returned['id']}", headers=loaded.auth("khu3"))
    [*_, last] = detail.json()["history"]
    [demo_part] = [part for part in FIRST_HALF_PARTS if part.unit_key == "khu_3"]
    assert (last["to_status"], last["comment"]) == ("returned", demo_part.returned)
    assert last["created_at"].startswith("2023-05-29")


async def test_the_submitted_parts_keep_what_the_units_reported_in_the_period(
    client, loaded, first_half
):
    radio = await _parts(
        client, loaded, f"period_id={first_half}&unit_id={loaded.unit_id('dai_truyen_thanh')}"
    )
    detail = await client.get(f"{REPORTS}/{radio[0]['id']}", headers=loaded.auth("vhxh"))
    part = detail.json()
    assert part["entered"]["news_items_aired"] == 96
    assert any(n["text"] and not n["prefilled"] for n in part["narratives"])
    office = await _parts(
        client, loaded, f"period_id={first_half}&unit_id={loaded.unit_id('van_phong')}"
    )
    assert office[0]["counted"]["press_interactions"] > 0


async def test_the_police_report_their_quarters(client, loaded):
    parts = await _parts(client, loaded, f"unit_id={loaded.unit_id('cong_an')}&sort=due_on")
    quarters = [part for part in parts if "quý" in part["period_label"]]
    assert [(part["status"], part["on_time"]) for part in quarters] == [
        ("accepted", True),
        ("accepted", True),
        ("submitted", False),
        ("draft", None),
    ]


async def test_each_unit_has_a_timeliness_score_from_its_tasks_and_parts(client, loaded):
    response = await client.get(
        f"{REPORTS}/timeliness?plan_id={loaded.plan_id}", headers=loaded.auth("chutich")
    )
    assert response.status_code == 200, response.text
    rows = {row["unit_id"]: row for row in response.json()}
    land = rows[loaded.unit_id("dia_chinh")]
    assert (land["parts_judged"], land["parts_on_time"]) == (2, 0)  # late; the yearly missed
    police = rows[loaded.unit_id("cong_an")]
    # Two periods for all (the yearly one past due, unsubmitted) and four quarters (Q4 past due).
    assert (police["parts_judged"], police["parts_on_time"]) == (6, 3)
    assert police["tasks_judged"] == 7 and police["tasks_on_time"] == 5
    assert police["score"] == (5 + 3) / (7 + 6)
    mine = await client.get(
        f"{REPORTS}/timeliness?plan_id={loaded.plan_id}", headers=loaded.auth("congan")
    )
    assert [row["unit_id"] for row in mine.json()] == [loaded.unit_id("cong_an")]
    outside = await client.get(
        f"{REPORTS}/timeliness?plan_id={loaded.outside_plan_id}", headers=loaded.auth("chutich")
    )
    assert outside.json() == []
