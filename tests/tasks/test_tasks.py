"""Tasks: the demo plan as live data, schedules, who sees what, lists and their cost."""

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from ttdn.accounts.service import load_principal
from ttdn.demo import cao_xa_2023 as demo
from ttdn.plans.models import PlanSection
from ttdn.tasks.models import Frequency, Schedule, TaskOccurrence, TaskStatus
from ttdn.tasks.schemas import TaskCreate
from ttdn.tasks.service import create_task

REPO = Path(__file__).resolve().parents[2]


async def _all_tasks(client, world, username, query=""):
    response = await client.get(f"/api/v1/tasks?limit=200{query}", headers=world.auth(username))
    assert response.status_code == 200, response.text
    return response.json()


def _unit_names(world):
    return {world.units[u.key].id: u.name for u in demo.UNITS}


async def test_the_demo_plan_gives_every_part_iii_task_to_its_units(client, world):
    tasks = (await _all_tasks(client, world, "vhxh", f"&plan_id={world.plan_id}"))["items"]
    assert len(tasks) == len(demo.TASKS) == 22
    names = _unit_names(world)
    by_title = {task["title"]: task for task in tasks}
    for expected in demo.TASKS:
        task = by_title[expected.title]
        leads = [a["unit_name"] for a in task["assignees"] if a["role"] == "lead"]
        cooperating = [a["unit_name"] for a in task["assignees"] if a["role"] == "cooperating"]
        assert leads == [names[world.unit_id(key)] for key in expected.lead_unit_keys]
        assert cooperating == [names[world.unit_id(k)] for k in expected.cooperating_unit_keys]
        assert task["schedule"] == expected.schedule


async def test_the_lead_units_are_the_ones_part_iii_names(client, world):
    seed_text = " ".join(demo_seed_text().split())
    tasks = (await _all_tasks(client, world, "vhxh"))["items"]
    heads = {
        "Công chức Văn hóa - Xã hội": "Công chức Văn hóa xã hội",
        "Văn phòng HĐND & UBND": "Văn phòng HĐND&UBND",
        "Công chức Tài chính - Kế toán": "Công chức Tài chính - Kế toán",
        "Công chức Địa chính - NN & XD": "Công chức Địa chính NN và XD",
        "Đài truyền thanh xã": "Đài truyền thanh xã",
        "Đảng ủy, MTTQ và các đoàn thể": "Đảng ủy, MTTQ và các đoàn thể chính trị",
        "Công an xã": "Công an xã",
    }
    leads = {a["unit_name"] for t in tasks for a in t["assignees"] if a["role"] == "lead"}
    for unit_name in leads - {f"Khu dân cư số {n}" for n in range(1, 7)}:
        assert heads[unit_name] in seed_text
    assert "các khu dân cư" in seed_text


def demo_seed_text():
    return (REPO / "tests/fixtures/ke-hoach-ttdn-cao-xa-2023.txt").read_text(encoding="utf-8")


async def test_item_9_is_one_task_per_sentence_with_every_area_as_lead(client, world):
    task = (
        await client.get(f"/api/v1/tasks/{world.tasks['khu_bao_cao']}", headers=world.auth("vhxh"))
    ).json()
    assert task["group_label"] == "Các đơn vị kinh tế, hành chính sự nghiệp, các khu dân cư"
    assert [a["unit_name"] for a in task["assignees"]] == [
        f"Khu dân cư số {n}" for n in range(1, 7)
    ]
    # Checked at the plan's two reporting deadlines, for each of the six areas.
    assert len(task["occurrences"]) == 12
    assert {o["due_on"] for o in task["occurrences"]} == {"2023-06-01", "2023-11-01"}


async def test_a_quarterly_task_expands_to_four_occurrences_in_2023(client, world):
    task = (
        await client.get(
            f"/api/v1/tasks/{world.tasks['congan_bao_cao_quy']}", headers=world.auth("congan")
        )
    ).json()
    assert task["schedule"] == "recurring" and task["frequency"] == "quarterly"
    assert [(o["label"], o["due_on"]) for o in task["occurrences"]] == [
        ("Quý I/2023", "2023-03-31"),
        ("Quý II/2023", "2023-06-30"),
        ("Quý III/2023", "2023-09-30"),
        ("Quý IV/2023", "2023-12-31"),
    ]


async def test_overdue_is_derived_from_dates(client, world):
    # Today is long after 2023: every open occurrence of the demo is overdue.
    body = await _all_tasks(client, world, "vhxh", "&overdue=true")
    assert body["total"] == 22
    assert {task["status"] for task in body["items"]} == {"overdue"}
    none_left = await _all_tasks(client, world, "vhxh", "&overdue=false")
    assert none_left["total"] == 0


@pytest.mark.parametrize(
    ("username", "expected_count"),
    [
        ("vhxh", 22),
        ("chutich", 22),
        ("admin", 22),
        ("huyen", 22),
        ("congan", 3),
        ("daitruyenthanh", 4),
        ("khu1", 4),
        ("sonvi_vhxh", 0),
        ("tamnong", 1),
        ("hienquan_khu", 1),
    ],
)
async def test_each_role_sees_the_tasks_design_says(username, expected_count, client, world):
    assert (await _all_tasks(client, world, username))["total"] == expected_count


async def test_an_area_leader_sees_only_its_own_area_of_a_group_task(client, world):
    task = (
        await client.get(f"/api/v1/tasks/{world.tasks['khu_bao_cao']}", headers=world.auth("khu1"))
    ).json()
    assert {o["unit_id"] for o in task["occurrences"]} == {world.unit_id("khu_1")}


async def test_radio_members_cannot_read_or_report_on_police_tasks(client, world):
    police_task = world.tasks["congan_bao_mat"]
    path = f"/api/v1/tasks/{police_task}"
    assert (await client.get(path, headers=world.auth("daitruyenthanh"))).status_code == 404
    update = await client.post(
        f"{path}/updates", json={"text": "Đã làm"}, headers=world.auth("daitruyenthanh")
    )
    assert update.status_code == 404
    assert (await client.get(path, headers=world.auth("congan"))).status_code == 200


async def test_my_tasks_are_those_of_my_units(client, world):
    mine = await _all_tasks(client, world, "daitruyenthanh", "&mine=true")
    assert mine["total"] == 4
    leading = await _all_tasks(client, world, "daitruyenthanh", "&mine=true&role=lead")
    assert leading["total"] == 3


async def test_tasks_are_found_by_unit_topic_and_words_without_diacritics(client, world):
    police = await _all_tasks(client, world, "vhxh", f"&unit_id={world.unit_id('cong_an')}")
    assert police["total"] == 3
    found = await _all_tasks(client, world, "vhxh", "&q=khuyen nong")
    assert [task["title"] for task in found["items"]] == [
        next(t.title for t in demo.TASKS if t.key.startswith("diachinh"))
    ]
    reporting = await _all_tasks(client, world, "vhxh", "&topic=reporting")
    assert reporting["total"] >= 2


@pytest.mark.parametrize("query", ["cong an", "Công an xã", "CA-CAOXA"])
async def test_tasks_are_found_by_the_names_of_their_units(client, world, query):
    found = await _all_tasks(client, world, "vhxh", f"&q={query}")
    police = await _all_tasks(client, world, "vhxh", f"&unit_id={world.unit_id('cong_an')}")
    assert police["total"] == 3
    assert {task["id"] for task in police["items"]} <= {task["id"] for task in found["items"]}


async def test_tasks_due_in_a_window(client, world):
    before = await _all_tasks(client, world, "vhxh", "&due_before=2023-04-01")
    assert {task["id"] for task in before["items"]} == {
        world.tasks["vhxh_xay_dung_ke_hoach"],
        world.tasks["congan_bao_cao_quy"],
    }
    after = await _all_tasks(client, world, "vhxh", "&due_after=2023-06-01")
    assert after["total"] == 0  # every task's next open date is 01/6 or before


async def test_a_list_runs_the_same_few_statements_whatever_its_size(
    client, world, statement_counter, sessionmaker
):
    async with sessionmaker() as session, session.begin():
        coordinator = await load_principal(session, world.users["vhxh"])
        for number in range(90):
            await create_task(
                session,
                coordinator,
                TaskCreate(
                    plan_id=world.plan_id,
                    title=f"Nhiệm vụ bổ sung số {number}",
                    schedule=Schedule.recurring,
                    frequency=Frequency.monthly,
                    lead_unit_ids=[world.unit_id("khu_2"), world.unit_id("khu_3")],
                    group_label="Khu 2 và Khu 3",
                    cooperating_unit_ids=[world.unit_id("vhxh")],
                ),
            )
    counts = {}
    for limit in (1, 20, 100):
        statement_counter.start()
        response = await client.get(f"/api/v1/tasks?limit={limit}", headers=world.auth("vhxh"))
        counts[limit] = statement_counter.stop()
        assert len(response.json()["items"]) == limit
    assert len(set(counts.values())) == 1 and counts[100] <= 3, statement_counter.statements


async def test_a_task_page_runs_four_statements(client, world, statement_counter):
    statement_counter.start()
    response = await client.get(
        f"/api/v1/tasks/{world.tasks['daitruyenthanh_phan_bac']}", headers=world.auth("vhxh")
    )
    # the principal, the task with its derived status, its units, its occurrences
    assert statement_counter.stop() == 4, statement_counter.statements
    task = response.json()
    assert task["assignees"] and task["occurrences"]
    assert {o["status"] for o in task["occurrences"]} <= {s.value for s in TaskStatus}


async def test_the_progress_history_runs_at_most_three_statements(client, world, statement_counter):
    task_id = world.tasks["daitruyenthanh_phan_bac"]
    for number in range(30):
        await client.post(
            f"/api/v1/tasks/{task_id}/updates",
            json={"text": f"Lần {number}"},
            headers=world.auth("daitruyenthanh"),
        )
    counts = {}
    for limit in (1, 20):
        statement_counter.start()
        response = await client.get(
            f"/api/v1/tasks/{task_id}/updates?limit={limit}", headers=world.auth("vhxh")
        )
        counts[limit] = statement_counter.stop()
        assert len(response.json()["items"]) == limit
    assert counts[1] == counts[20] <= 3


async def test_the_dashboard_counts_statuses_per_unit(client, world):
    response = await client.get(
        f"/api/v1/tasks/summary?plan_id={world.plan_id}", headers=world.auth("chutich")
    )
    assert response.status_code == 200
    per_unit = {row["unit_name"]: row for row in response.json()}
    assert per_unit["Công an xã"]["counts"] == {"overdue": 4 + 2 + 2}
    assert per_unit["Khu dân cư số 1"]["total"] == 4 * 2  # four tasks, two deadlines
    only_own = await client.get("/api/v1/tasks/summary", headers=world.auth("khu1"))
    assert [row["unit_name"] for row in only_own.json()] == ["Khu dân cư số 1"]


async def test_sections_of_the_demo_carry_part_iii_items(world, sessionmaker):
    async with sessionmaker() as session:
        codes = (
            await session.scalars(
                select(PlanSection.code).where(PlanSection.plan_id == world.plan_id)
            )
        ).all()
        occurrences = (await session.scalars(select(TaskOccurrence.original_due_on))).all()
    assert {"I", "II", "III", "4.1", "4.2", "4.3", "4.4", "9"} <= set(codes)
    assert min(occurrences) == date(2023, 3, 31)
