"""Requests at the same instant against a real server: one ETag wins once, plans issued at once
never share a number, progress reports at once all land, reports of one address at once make
one incident, a plan's reporting periods generated at once are made once.

On SQLite the server runs every SQLite call in its event loop's thread (`core/sqlite.py`): the
requests interleave at each statement and wait for the one writer's lock without holding the
loop; on PostgreSQL they run in parallel on the pool's connections.
"""

import asyncio

import httpx
import pytest
from sqlalchemy import delete, func, select

from ttdn.audit.models import AuditEvent
from ttdn.incidents.models import Incident
from ttdn.reports.models import ReportingPeriod
from ttdn.tasks.models import TaskUpdate

from .server import Server

SAME_ETAG_PATCHES = 10
ISSUING_ROUNDS = 5
GENERATION_ROUNDS = 5


@pytest.fixture
def server(world, module_server: Server) -> Server:
    return module_server


def _client(server: Server, token: str) -> httpx.AsyncClient:
    return httpx.AsyncClient(
        base_url=server.base_url, timeout=60, headers={"Authorization": f"Bearer {token}"}
    )


async def test_ten_patches_with_one_etag_give_one_200_and_nine_412(world, server, sessionmaker):
    task_id = world.tasks[sorted(world.tasks)[0]]
    async with _client(server, world.token("vhxh")) as http:
        read = await http.get(f"/api/v1/tasks/{task_id}")
        etag = read.headers["ETag"]
        answers = await asyncio.gather(
            *(
                http.patch(
                    f"/api/v1/tasks/{task_id}",
                    json={"description": f"Sửa lần {n}"},
                    headers={"If-Match": etag},
                )
                for n in range(SAME_ETAG_PATCHES)
            )
        )
        after = (await http.get(f"/api/v1/tasks/{task_id}")).json()

    statuses = sorted(answer.status_code for answer in answers)
    assert statuses == [200] + [412] * (SAME_ETAG_PATCHES - 1)
    winner = next(answer for answer in answers if answer.status_code == 200)
    assert after["description"] == winner.json()["description"]
    assert after["version"] == read.json()["version"] + 1
    async with sessionmaker() as session:
        edits = await session.scalar(
            select(func.count())
            .select_from(AuditEvent)
            .where(AuditEvent.action == "tasks.update", AuditEvent.object_id == str(task_id))
        )
    assert edits == 1


async def _draft_with_a_section(http: httpx.AsyncClient, unit_id: int, title: str) -> dict:
    plan = await http.post("/api/v1/plans", json={"unit_id": unit_id, "title": title, "year": 2030})
    assert plan.status_code == 201, plan.text
    section = await http.post(
        f"/api/v1/plans/{plan.json()['id']}/sections", json={"code": "I", "title": "MỤC ĐÍCH"}
    )
    assert section.status_code == 201, section.text
    return (await http.get(f"/api/v1/plans/{plan.json()['id']}")).headers["ETag"], plan.json()


async def test_plans_issued_at_the_same_instant_never_get_the_same_number(world, server):
    """The leader (who issues plans) in two sessions issues two drafts of one unit and year at
    once, round after round, each time without a number: the counter gives each its own."""
    unit_id = world.unit_id("ubnd_cao_xa")
    numbers: list[int] = []
    async with (
        _client(server, world.token("vhxh")) as coordinator,
        _client(server, world.token("chutich")) as first,
        _client(server, world.token("chutich")) as second,
    ):
        for round_number in range(ISSUING_ROUNDS):
            drafts = [
                await _draft_with_a_section(coordinator, unit_id, f"Kế hoạch {round_number}-{n}")
                for n in range(2)
            ]
            answers = await asyncio.gather(
                *(
                    leader.post(f"/api/v1/plans/{plan['id']}/issue", headers={"If-Match": etag})
                    for leader, (etag, plan) in zip((first, second), drafts, strict=True)
                )
            )
            assert [answer.status_code for answer in answers] == [200, 200], answers[0].text
            numbers += [answer.json()["number"] for answer in answers]

    assert len(set(numbers)) == len(numbers), numbers
    assert sorted(numbers) == list(range(1, 2 * ISSUING_ROUNDS + 1))


async def test_progress_reports_on_one_task_at_once_all_land(world, server, sessionmaker):
    """No If-Match on a progress report: ten at once are ten reports, none refused as stale."""
    task_id = world.tasks[sorted(world.tasks)[0]]
    async with _client(server, world.token("vhxh")) as http:
        unit_id = (await http.get(f"/api/v1/tasks/{task_id}")).json()["assignees"][0]["unit_id"]
        answers = await asyncio.gather(
            *(
                http.post(
                    f"/api/v1/tasks/{task_id}/updates",
                    json={"text": f"Báo cáo {n}", "percent": 10 * n, "unit_id": unit_id},
                )
                for n in range(SAME_ETAG_PATCHES)
            )
        )
    assert [answer.status_code for answer in answers] == [201] * SAME_ETAG_PATCHES, [
        answer.text for answer in answers if answer.status_code != 201
    ]
    async with sessionmaker() as session:
        reports = await session.scalar(
            select(func.count()).select_from(TaskUpdate).where(TaskUpdate.task_id == task_id)
        )
    assert reports == SAME_ETAG_PATCHES


async def test_one_address_reported_at_once_makes_one_incident(world, server, sessionmaker):
    """No If-Match on a report either: reports of one address at once are one incident seen
    as many times, none refused as stale and no second incident."""
    spellings = [
        "https://www.facebook.com/tin.xa.cao.xa/posts/77",
        "http://m.facebook.com/tin.xa.cao.xa/posts/77/",
        "https://facebook.com/tin.xa.cao.xa/posts/77?fbclid=abc",
        "https://www.facebook.com/tin.xa.cao.xa/posts/77?utm_source=zalo",
    ]
    reports = [(username, url) for username in ("vhxh", "congan") for url in spellings]
    clients = {username: _client(server, world.token(username)) for username in ("vhxh", "congan")}
    try:
        answers = await asyncio.gather(
            *(
                clients[username].post(
                    "/api/v1/incidents",
                    json={
                        "title": "Tin sai về giá đất",
                        "detected_at": "2023-06-01T08:00:00+07:00",
                        "platform": "facebook",
                        "urls": [url],
                        "category": "local_government",
                    },
                )
                for username, url in reports
            )
        )
    finally:
        for http in clients.values():
            await http.aclose()
    assert all(answer.status_code in (200, 201) for answer in answers), [
        answer.text for answer in answers if answer.status_code not in (200, 201)
    ]
    assert sorted(answer.status_code for answer in answers) == [200] * (len(reports) - 1) + [201]
    assert len({answer.json()["id"] for answer in answers}) == 1
    async with sessionmaker() as session:
        [(count, sightings)] = (
            await session.execute(
                select(func.count(), func.max(Incident.sightings)).where(
                    Incident.title == "Tin sai về giá đất"
                )
            )
        ).all()
    assert (count, sightings) == (1, len(reports))


async def test_periods_generated_at_once_are_made_once(world, server, sessionmaker):
    """Two generations of a plan's reporting periods at the same instant, round after round,
    make each deadline's period once (and each unit's part of it once)."""
    plan_id = world.plan_id
    generate = f"/api/v1/plans/{plan_id}/reporting-periods/generate"
    async with (
        _client(server, world.token("vhxh")) as first,
        _client(server, world.token("vhxh")) as second,
    ):
        for _ in range(GENERATION_ROUNDS):
            async with sessionmaker() as session, session.begin():
                await session.execute(
                    delete(ReportingPeriod).where(ReportingPeriod.plan_id == plan_id)
                )
            answers = await asyncio.gather(first.post(generate), second.post(generate))
            assert [answer.status_code for answer in answers] == [200, 200], answers[0].text
            async with sessionmaker() as session:
                periods = (
                    await session.execute(
                        select(ReportingPeriod.deadline_id, func.count())
                        .where(ReportingPeriod.plan_id == plan_id)
                        .group_by(ReportingPeriod.deadline_id)
                    )
                ).all()
            # A part made twice would break its unique key and answer 500 above.
            assert periods and all(count == 1 for _, count in periods), periods
            assert {len(answer.json()) for answer in answers} == {len(periods)}
