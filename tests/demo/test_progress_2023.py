"""The year's progress the demo loads: a plan in motion, entered through the services by the
units' own accounts, on the dates of 2023.

The test world leaves it out (its tests report and confirm on open occurrences), so the tests
here enter it on top of the world with `seed_progress`, as `seed_demo` does by default."""

import unicodedata
from collections import Counter
from datetime import UTC, date, datetime

import pytest
from sqlalchemy import and_, func, select

from ttdn.accounts.models import Membership, User
from ttdn.audit.models import AuditEvent
from ttdn.audit.service import verify_chain
from ttdn.core import clock
from ttdn.core.clock import VIETNAM, clock_set_to, today_in_vietnam
from ttdn.core.db import utcnow
from ttdn.demo import cao_xa_2023 as demo
from ttdn.demo import progress_2023 as progress
from ttdn.demo.progress_2023 import day
from ttdn.demo.seed import REPORTERS
from ttdn.tasks.models import Frequency, Schedule, TaskOccurrence, TaskUpdate
from ttdn.tasks.recurrence import Due, expand

TASKS = {task.key: task for task in demo.TASKS}
DEADLINES = [Due(due_on, label) for _kind, due_on, label in demo.REPORTING_DEADLINES]
YEAR_2023 = (datetime(2023, 1, 1, tzinfo=VIETNAM), datetime(2024, 1, 1, tzinfo=VIETNAM))
POLICE_FIGURES = {"Số vụ việc", "Số đối tượng", "Số đối tượng bị xử phạt"}


def occurrence_dues(task_key: str) -> set[date]:
    task = TASKS[task_key]
    dues = expand(
        Schedule(task.schedule),
        year=demo.PLAN_YEAR,
        due_on=task.due_on,
        frequency=Frequency(task.frequency) if task.frequency else None,
        reporting_deadlines=DEADLINES,
    )
    return {due.due_on for due in dues}


# --- the table ------------------------------------------------------------------------------


def test_every_period_is_an_occurrence_of_a_lead_unit_named_once():
    seen = Counter((p.task_key, p.unit_key, p.due) for p in progress.PERIODS)
    assert [key for key, count in seen.items() if count > 1] == []
    for period in progress.PERIODS:
        assert period.unit_key in TASKS[period.task_key].lead_unit_keys, period
        assert day(period.due) in occurrence_dues(period.task_key), period


def test_every_report_is_dated_in_2023_in_order_and_by_a_unit_of_the_task():
    for period in progress.PERIODS:
        moments = [report.moment for report in period.reports]
        assert moments == sorted(moments) and moments, period
        assert all(YEAR_2023[0] <= moment < YEAR_2023[1] for moment in moments), period
        task = TASKS[period.task_key]
        for report in period.reports:
            unit_key = report.unit_key or period.unit_key
            assert unit_key in (*task.lead_unit_keys, *task.cooperating_unit_keys), report
            assert unit_key in REPORTERS, f"no demo account reports for {unit_key}"
            if report.unit_key is not None:  # a cooperating unit: reports, never claims
                assert report.unit_key in task.cooperating_unit_keys and not report.done


def test_a_claim_ends_its_period_and_is_confirmed_after_it_except_one():
    waiting = []
    for period in progress.PERIODS:
        claims = [report for report in period.reports if report.done]
        assert len(claims) <= 1 and (not claims or claims[0] is period.reports[-1]), period
        if claims and not period.confirmed:
            waiting.append((period.task_key, period.due))
        if period.confirmed_at is not None:
            assert claims[0].moment < period.confirmed_at < YEAR_2023[1]
            assert period.confirmed_at.weekday() < 5 and period.confirmed_at.hour == 9
    assert waiting == [("congan_bao_cao_quy", "31/12/2023")]


def test_the_one_extension_comes_before_its_original_due_date_and_moves_it_later():
    extended = [period for period in progress.PERIODS if period.extended]
    assert [(p.task_key, p.due) for p in extended] == [("vhxh_cap_nhat_trang_tin", "01/11/2023")]
    when, new_due = extended[0].extended or ("", "")
    assert progress.moment(when).date() < day(extended[0].due) < day(new_due)


def test_texts_are_clean_sentences_and_figures_are_named_once():
    for period in progress.PERIODS:
        for report in period.reports:
            assert unicodedata.is_normalized("NFC", report.text), report.text
            assert report.text.endswith(".") and "  " not in report.text, report.text
            assert "{" not in report.text, report.text  # every area template filled in
            names = [name for name, _value in report.figures]
            assert len(names) == len(set(names)) and all(0 < len(n) <= 100 for n in names)
            assert all(value >= 0 for _name, value in report.figures)
            assert report.percent is None or 0 < report.percent < 100


def test_the_police_report_each_quarter_with_their_figures():
    quarterly = [p for p in progress.PERIODS if p.task_key == "congan_bao_cao_quy"]
    assert [p.due for p in quarterly] == list(progress.QUARTERS)
    for period in quarterly:
        (report,) = period.reports
        assert report.done and {name for name, _ in report.figures} == POLICE_FIGURES


# --- the clock ------------------------------------------------------------------------------


async def test_the_clock_is_set_only_within_its_block():
    moment = datetime(2023, 5, 31, 23, 30, tzinfo=VIETNAM)
    with clock_set_to(moment):
        assert utcnow() == clock.utcnow() == moment.astimezone(UTC)
        assert today_in_vietnam() == date(2023, 5, 31)  # 16:30 UTC: still the 31st in Vietnam
    assert utcnow().year >= 2026 and today_in_vietnam() > date(2023, 12, 31)
    with pytest.raises(ValueError, match="aware"), clock_set_to(datetime(2023, 5, 31)):
        pass


# --- the loaded demo ------------------------------------------------------------------------


async def test_the_dashboard_shows_a_plan_in_motion(client, loaded):
    response = await client.get(
        f"/api/v1/tasks/summary?plan_id={loaded.plan_id}", headers=loaded.auth("chutich")
    )
    assert response.status_code == 200
    rows = {row["unit_name"]: row for row in response.json()}
    totals: Counter[str] = Counter()
    for row in rows.values():
        totals.update(row["counts"])
    assert totals == {
        "done_on_time": 74,  # most
        "done_late": 6,
        "overdue": 4,  # left open
        "awaiting_confirmation": 1,
    }
    assert rows["Công an xã"]["counts"] == {
        "done_on_time": 5,
        "done_late": 2,
        "awaiting_confirmation": 1,
    }
    assert rows["Khu dân cư số 6"]["counts"] == {"done_on_time": 7, "overdue": 1}
    # Each area sees its own history only.
    own = (await client.get("/api/v1/tasks/summary", headers=loaded.auth("khu1"))).json()
    assert [(row["unit_name"], row["counts"]) for row in own] == [
        ("Khu dân cư số 1", {"done_on_time": 7, "overdue": 1})
    ]


async def test_task_statuses_roll_up_with_exactly_one_claim_awaiting(client, loaded):
    response = await client.get(
        f"/api/v1/tasks?plan_id={loaded.plan_id}&limit=100", headers=loaded.auth("vhxh")
    )
    by_id = {task["id"]: task["status"] for task in response.json()["items"]}
    statuses = {key: by_id[loaded.tasks[key]] for key in TASKS}
    assert Counter(statuses.values()) == {
        "done_on_time": 13,
        "done_late": 5,
        "overdue": 3,
        "awaiting_confirmation": 1,
    }
    assert sorted(key for key, status in statuses.items() if status == "overdue") == [
        "doanthe_phan_bac_luan_dieu",
        "khu_dinh_huong_tu_tuong",
        "taichinh_thong_tin_dau_tu",
    ]
    awaiting = await client.get(
        f"/api/v1/tasks?plan_id={loaded.plan_id}&status=awaiting_confirmation",
        headers=loaded.auth("vhxh"),
    )
    assert [task["id"] for task in awaiting.json()["items"]] == [loaded.tasks["congan_bao_cao_quy"]]
    # The extension moved the due date; lateness is still judged on the original one.
    website = (
        await client.get(
            f"/api/v1/tasks/{loaded.tasks['vhxh_cap_nhat_trang_tin']}", headers=loaded.auth("vhxh")
        )
    ).json()
    second_half = website["occurrences"][1]
    assert (second_half["original_due_on"], second_half["due_on"]) == ("2023-11-01", "2023-11-15")
    assert (second_half["completed_on"], second_half["status"]) == ("2023-11-10", "done_late")


async def test_the_police_quarterly_reports_carry_their_figures(client, loaded):
    task_id = loaded.tasks["congan_bao_cao_quy"]
    updates = (
        await client.get(f"/api/v1/tasks/{task_id}/updates", headers=loaded.auth("vhxh"))
    ).json()["items"]
    assert [update["created_at"][:10] for update in updates] == [
        "2023-12-27",
        "2023-09-28",
        "2023-07-05",
        "2023-03-30",
    ]  # newest first
    for update in updates:
        assert set(update["figures"]) == POLICE_FIGURES and update["claims_completion"]
        assert update["author_name"] == "Bùi Văn Dũng"  # congan
    assert [update["figures"]["Số vụ việc"] for update in reversed(updates)] == [1, 0, 1, 0]
    task = (await client.get(f"/api/v1/tasks/{task_id}", headers=loaded.auth("vhxh"))).json()
    assert [(o["label"], o["status"]) for o in task["occurrences"]] == [
        ("Quý I/2023", "done_on_time"),
        ("Quý II/2023", "done_late"),
        ("Quý III/2023", "done_on_time"),
        ("Quý IV/2023", "awaiting_confirmation"),
    ]


async def test_every_update_is_by_a_member_of_its_unit_and_dated_in_2023(loaded, sessionmaker):
    start, end = (moment.astimezone(UTC) for moment in YEAR_2023)
    async with sessionmaker() as session:
        updates = (await session.scalars(select(TaskUpdate))).all()
        assert len(updates) == sum(len(period.reports) for period in progress.PERIODS)
        assert all(start <= update.created_at < end for update in updates)
        outsiders = await session.scalar(
            select(func.count())
            .select_from(TaskUpdate)
            .outerjoin(
                Membership,
                and_(
                    Membership.user_id == TaskUpdate.author_user_id,
                    Membership.unit_id == TaskUpdate.unit_id,
                ),
            )
            .where(Membership.id.is_(None))
        )
        assert outsiders == 0
        # Claims confirmed by the coordinator; the coordinator's own by the chairman.
        confirmers = Counter(
            (
                await session.execute(
                    select(User.username)
                    .join(TaskOccurrence, TaskOccurrence.confirmed_by_user_id == User.id)
                    .where(TaskOccurrence.completed_on.is_not(None))
                )
            ).scalars()
        )
        assert confirmers == {"vhxh": 73, "chutich": 7}
        dates = (
            await session.execute(
                select(TaskOccurrence.claimed_on, TaskOccurrence.completed_on).where(
                    TaskOccurrence.claimed_on.is_not(None)
                )
            )
        ).all()
        assert all(d.year == 2023 for row in dates for d in row if d is not None)


async def test_the_audit_trail_tells_the_year_in_order(loaded, sessionmaker):
    async with sessionmaker() as session:
        events = (
            await session.execute(
                select(AuditEvent.action, AuditEvent.occurred_at).order_by(AuditEvent.id)
            )
        ).all()
        assert (await verify_chain(session)).intact
    demo_events = [event for event in events if event.occurred_at.year == 2023]
    progress_events = [
        e for e in demo_events if e.action.startswith("tasks.") and e.action[6:] != "create"
    ]
    assert Counter(event.action for event in progress_events) == {
        "tasks.updates.create": sum(len(period.reports) for period in progress.PERIODS),
        "tasks.occurrences.confirm": 80,
        "tasks.occurrences.extend": 1,
    }
    times = [event.occurred_at for event in demo_events]
    assert times == sorted(times)  # entered in the order of the year
    assert min(times) >= datetime(2023, 3, 6, tzinfo=VIETNAM)
