"""The superior's dashboard: one row per commune below it, named, with its report of the chosen
kind and year as the superior sees it (sent, returned, accepted; else not sent), in a fixed
number of statements whatever the number of communes."""

from ttdn.core.clock import clock_set_to
from ttdn.demo.progress_2023 import moment
from ttdn.units.models import Unit
from ttdn.units.service import insert_unit

DASHBOARD = "/api/v1/dashboards/superior"
SIX_MONTHS = f"{DASHBOARD}?year=2023&kind=semiannual"


async def _rows(client, world, username="huyen", url=SIX_MONTHS):
    response = await client.get(url, headers=world.auth(username))
    assert response.status_code == 200, response.text
    board = response.json()
    return board, {row["commune_name"]: row for row in board["communes"]}


async def _step(client, world, report, step, username, body=None):
    response = await client.post(
        f"/api/v1/commune-reports/{report['id']}/{step}",
        json=body,
        headers={**world.auth(username), "If-Match": f'"{report["version"]}"'},
    )
    assert response.status_code == 200, response.text
    return response.json()


async def test_the_district_sees_each_of_its_communes_and_no_other(client, world):
    board, rows = await _rows(client, world)
    assert list(rows) == ["Ủy ban nhân dân xã Cao Xá", "Ủy ban nhân dân xã Sơn Vi"]
    cao_xa, son_vi = rows.values()
    assert cao_xa["commune_id"] == world.unit_id("ubnd_cao_xa")
    assert cao_xa["plan_id"] == world.plan_id and cao_xa["label"] == "Báo cáo sơ kết 6 tháng"
    assert cao_xa["due_on"] == "2023-06-01" and cao_xa["tasks_total"] > 0
    # Sơn Vi has no plan and no report: it is listed all the same.
    assert son_vi["plan_id"] is None and son_vi["period_id"] is None
    assert son_vi["report_status"] == "not_sent" and son_vi["late"] is False
    assert board["year"] == 2023 and board["kind"] == "semiannual"
    assert 2023 in board["years"] and {"semiannual", "yearly"} <= set(board["kinds"])
    assert board["totals"]["communes"] == 2 and board["totals"]["not_sent"] == 2
    # Tam Nông's superior sees Hiền Quan only; Lâm Thao's communes never.
    _, others = await _rows(client, world, "tamnong")
    assert list(others) == ["Ủy ban nhân dân xã Hiền Quan"]


async def test_the_default_is_the_commune_wide_period_most_recently_due(client, world):
    board, rows = await _rows(client, world, url=DASHBOARD)
    periods = await client.get(
        f"/api/v1/reporting-periods?plan_id={world.plan_id}&limit=200", headers=world.auth("huyen")
    )
    items = periods.json()["items"]
    assert any(p["reporting_unit_id"] for p in items)  # the police's quarters are not chosen
    latest = max(
        (p for p in items if p["reporting_unit_id"] is None),
        key=lambda period: (period["due_on"], period["id"]),
    )
    assert board["kind"] == latest["kind"] and board["year"] == 2023
    assert rows["Ủy ban nhân dân xã Cao Xá"]["period_id"] == latest["id"]


async def test_the_report_s_status_follows_it_up_and_back(client, world, first_half):
    url = f"/api/v1/reporting-periods/{first_half}/commune-report"
    with clock_set_to(moment("29/05/2023 09:00")):
        report = (await client.post(url, headers=world.auth("vhxh"))).json()
        report = await _step(client, world, report, "approve", "chutich")
    # Approved, not yet sent: the superior sees nothing of it.
    _, rows = await _rows(client, world)
    cao_xa = rows["Ủy ban nhân dân xã Cao Xá"]
    assert cao_xa["report_status"] == "not_sent" and cao_xa["report_id"] is None
    assert cao_xa["late"] is True  # 01/6/2023 has passed
    with clock_set_to(moment("30/05/2023 10:00")):
        report = await _step(client, world, report, "send", "vhxh")
    board, rows = await _rows(client, world)
    cao_xa = rows["Ủy ban nhân dân xã Cao Xá"]
    assert cao_xa["report_status"] == "sent" and cao_xa["report_id"] == report["id"]
    assert cao_xa["sent_at"] is not None and cao_xa["late"] is False
    assert board["totals"]["sent"] == 1 and board["totals"]["not_sent"] == 1
    with clock_set_to(moment("31/05/2023 08:00")):
        report = await _step(client, world, report, "return", "huyen", {"comment": "Bổ sung."})
    board, rows = await _rows(client, world)
    cao_xa = rows["Ủy ban nhân dân xã Cao Xá"]
    assert cao_xa["report_status"] == "returned" and cao_xa["late"] is True
    assert board["totals"]["returned"] == 1 and board["totals"]["late"] == 1
    with clock_set_to(moment("31/05/2023 15:00")):
        report = (await client.post(url, headers=world.auth("vhxh"))).json()
        report = await _step(client, world, report, "approve", "chutich")
        report = await _step(client, world, report, "send", "vhxh")
        report = await _step(client, world, report, "accept", "huyen")
    board, rows = await _rows(client, world)
    cao_xa = rows["Ủy ban nhân dân xã Cao Xá"]
    assert cao_xa["report_status"] == "accepted" and cao_xa["late"] is False
    assert board["totals"]["accepted"] == 1
    # Another district's superior never sees it.
    _, others = await _rows(client, world, "tamnong")
    assert "Ủy ban nhân dân xã Cao Xá" not in others


async def test_a_report_sent_after_it_was_due_is_late(client, world, first_half):
    url = f"/api/v1/reporting-periods/{first_half}/commune-report"
    with clock_set_to(moment("05/06/2023 09:00")):
        report = (await client.post(url, headers=world.auth("vhxh"))).json()
        report = await _step(client, world, report, "approve", "chutich")
        report = await _step(client, world, report, "send", "vhxh")
    _, rows = await _rows(client, world)
    cao_xa = rows["Ủy ban nhân dân xã Cao Xá"]
    assert cao_xa["report_status"] == "sent" and cao_xa["late"] is True


async def test_only_those_who_review_reports_use_it(client, world):
    for username in ("vhxh", "khu1", "chutich", "admin", "congan"):
        response = await client.get(DASHBOARD, headers=world.auth(username))
        assert response.status_code == 403, username
        assert response.headers["content-type"].startswith("application/problem+json")
    for bad in ("year=1999", "year=abc", "kind=monthly"):
        response = await client.get(f"{DASHBOARD}?{bad}", headers=world.auth("huyen"))
        assert response.status_code == 422, bad


async def test_the_statements_do_not_grow_with_the_communes(
    client, world, sessionmaker, statement_counter
):
    statement_counter.start()
    await _rows(client, world)
    before = statement_counter.stop()
    async with sessionmaker() as session, session.begin():
        district = await session.get_one(Unit, world.unit_id("huyen_lam_thao"))
        for number in range(5):
            await insert_unit(
                session,
                district,
                kind="commune",
                code=f"UBND-MOI-{number}",
                name=f"Ủy ban nhân dân xã Mới {number}",
            )
    statement_counter.start()
    board, _ = await _rows(client, world)
    after = statement_counter.stop()
    assert board["totals"]["communes"] == 7
    assert after == before <= 8, statement_counter.statements
