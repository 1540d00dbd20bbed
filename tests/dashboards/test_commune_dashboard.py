"""The commune's dashboard: the plan in force by default, every number scoped to the caller as
its own service scopes it, and a fixed number of statements whatever the data."""

from ttdn.core.clock import clock_set_to
from ttdn.demo.progress_2023 import moment

DASHBOARD = "/api/v1/dashboards/commune"


async def _dashboard(client, world, username, plan_id=None):
    url = DASHBOARD if plan_id is None else f"{DASHBOARD}?plan_id={plan_id}"
    response = await client.get(url, headers=world.auth(username))
    assert response.status_code == 200, response.text
    return response.json()


async def test_the_coordinator_sees_the_plan_in_force_of_its_commune(client, loaded, first_half):
    board = await _dashboard(client, loaded, "vhxh")
    assert board["plan_id"] == loaded.plan_id  # not the 2024 draft
    assert board["commune_id"] == loaded.unit_id("ubnd_cao_xa")
    assert board["commune_name"] == "Ủy ban nhân dân xã Cao Xá"
    summary = await client.get(
        f"/api/v1/tasks/summary?plan_id={loaded.plan_id}", headers=loaded.auth("vhxh")
    )
    assert board["task_statuses"] == summary.json()
    timeliness = await client.get(
        f"/api/v1/reports/timeliness?plan_id={loaded.plan_id}", headers=loaded.auth("vhxh")
    )
    assert board["timeliness"] == timeliness.json()
    assert board["incidents_by_month"] and board["press_by_month"]
    assert all(row["month"].startswith("2023-") for row in board["press_by_month"])
    assert board["press_by_month"] == sorted(
        board["press_by_month"], key=lambda row: (row["month"], row["kind"])
    )
    due = board["reports_due"]
    assert [row["due_on"] for row in due] == sorted(row["due_on"] for row in due)
    (six_months,) = [row for row in due if row["period_id"] == first_half]
    parts = await client.get(
        f"/api/v1/reports?limit=200&period_id={first_half}", headers=loaded.auth("vhxh")
    )
    assert sum(n for status, n in six_months["parts"].items() if status != "missing") == len(
        parts.json()["items"]
    )
    assert six_months["parts"]["missing"] == 0
    assert six_months["commune_report_status"] is None and six_months["late"] is True


async def test_an_area_leader_sees_its_own_area_only(client, loaded, first_half):
    board = await _dashboard(client, loaded, "khu1")
    assert board["plan_id"] == loaded.plan_id
    area = loaded.unit_id("khu_1")
    assert [row["unit_id"] for row in board["task_statuses"]] == [area]
    assert [row["unit_id"] for row in board["timeliness"]] == [area]
    (six_months,) = [row for row in board["reports_due"] if row["period_id"] == first_half]
    assert sum(six_months["parts"].values()) == 1  # its own part
    # Its area's press work only, as the press summary counts it for the area leader.
    summary = await client.get(
        "/api/v1/media/interactions/summary?occurred_from=2023-01-01&occurred_to=2023-12-31",
        headers=loaded.auth("khu1"),
    )
    assert sum(row["count"] for row in board["press_by_month"]) == summary.json()["total"] > 0
    vhxh = await _dashboard(client, loaded, "vhxh")
    assert sum(row["count"] for row in vhxh["press_by_month"]) > summary.json()["total"]


async def test_a_unit_given_a_task_after_the_periods_were_made_is_missing_a_part(
    client, world, first_half
):
    created = await client.post(
        "/api/v1/tasks",
        json={
            "plan_id": world.plan_id,
            "title": "Tuyên truyền trên trang thông tin điện tử của xã",
            "schedule": "once",
            "due_on": "2023-12-15",
            "lead_unit_ids": [world.unit_id("cao_xa_unused")],
        },
        headers=world.auth("vhxh"),
    )
    assert created.status_code == 201, created.text
    board = await _dashboard(client, world, "vhxh")
    (six_months,) = [row for row in board["reports_due"] if row["period_id"] == first_half]
    assert six_months["parts"]["missing"] == 1


async def test_an_accepted_report_is_no_longer_due(client, world, first_half, sessionmaker):
    url = f"/api/v1/reporting-periods/{first_half}/commune-report"
    with clock_set_to(moment("29/05/2023 09:00")):
        report = (await client.post(url, headers=world.auth("vhxh"))).json()
        for step, username in (("approve", "chutich"), ("send", "vhxh"), ("accept", "huyen")):
            moved = await client.post(
                f"/api/v1/commune-reports/{report['id']}/{step}",
                headers={**world.auth(username), "If-Match": f'"{report["version"]}"'},
            )
            assert moved.status_code == 200, moved.text
            report = moved.json()
            if step == "send":
                board = await _dashboard(client, world, "vhxh")
                (row,) = [r for r in board["reports_due"] if r["period_id"] == first_half]
                assert row["commune_report_status"] == "sent" and row["late"] is False
    board = await _dashboard(client, world, "vhxh")
    assert first_half not in [row["period_id"] for row in board["reports_due"]]


async def test_the_superior_names_the_plan_and_another_commune_s_plan_is_not_found(client, world):
    absent = await client.get(DASHBOARD, headers=world.auth("huyen"))
    assert absent.status_code == 404
    assert absent.headers["content-type"].startswith("application/problem+json")
    board = await _dashboard(client, world, "huyen", world.plan_id)
    assert board["commune_name"] == "Ủy ban nhân dân xã Cao Xá"
    outside = await client.get(
        f"{DASHBOARD}?plan_id={world.outside_plan_id}", headers=world.auth("vhxh")
    )
    assert outside.status_code == 404
    for bad in ("0", "abc", "99999999999"):
        refused = await client.get(f"{DASHBOARD}?plan_id={bad}", headers=world.auth("vhxh"))
        assert refused.status_code == 422


async def test_the_dashboard_takes_the_same_statements_whatever_the_data(
    client, world, load_the_year, statement_counter
):
    statement_counter.start()
    await _dashboard(client, world, "vhxh")
    empty = statement_counter.stop()
    await load_the_year()
    statement_counter.start()
    board = await _dashboard(client, world, "vhxh")
    full = statement_counter.stop()
    assert board["press_by_month"]
    assert full == empty <= 11, statement_counter.statements
