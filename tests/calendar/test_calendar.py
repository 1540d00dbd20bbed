"""A person's calendar feed: a secret address made, shown once, rotated and revoked from the
profile; the ICS holds the due dates of its units' task occurrences and its plans' reporting
deadlines."""

import hashlib
from datetime import date, timedelta
from urllib.parse import urlsplit

from icalendar import Calendar
from sqlalchemy import func, select

from ttdn.accounts.models import Membership
from ttdn.audit.models import AuditEvent
from ttdn.calendar.models import CalendarToken
from ttdn.core.idempotency import IdempotencyKey
from ttdn.plans.models import Plan, PlanStatus, ReportingDeadline
from ttdn.tasks.models import TaskOccurrence

TOKEN = "/api/v1/me/calendar-token"


async def _subscribe(client, world, username: str = "congan") -> str:
    """The path of a new calendar address of `username`."""
    response = await client.post(TOKEN, headers=world.auth(username))
    assert response.status_code == 201, response.text
    return urlsplit(response.json()["url"]).path


def _events(body: bytes) -> dict[str, tuple[date, str]]:
    calendar = Calendar.from_ical(body)
    return {
        str(event["UID"]): (event.decoded("DTSTART"), str(event["SUMMARY"]))
        for event in calendar.walk("VEVENT")
    }


async def test_the_feed_holds_the_units_occurrences_and_the_plans_deadlines(
    client, world, sessionmaker
):
    path = await _subscribe(client, world)
    assert path.startswith("/api/v1/calendar/") and path.endswith(".ics")
    response = await client.get(path)
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/calendar")
    assert response.headers["cache-control"] == "private, no-store"
    events = _events(response.content)
    async with sessionmaker() as session:
        occurrences = (
            await session.execute(
                select(TaskOccurrence.id, TaskOccurrence.due_on).where(
                    TaskOccurrence.unit_id == world.unit_id("cong_an")
                )
            )
        ).all()
        deadlines = (
            await session.execute(
                select(
                    ReportingDeadline.id, ReportingDeadline.due_on, ReportingDeadline.label
                ).where(ReportingDeadline.plan_id == world.plan_id)
            )
        ).all()
    assert occurrences and deadlines
    expected = {f"task-occurrence-{id_}@ttdn" for id_, _ in occurrences} | {
        f"reporting-deadline-{id_}@ttdn" for id_, _, _ in deadlines
    }
    assert set(events) == expected
    for occurrence_id, due_on in occurrences:
        day, summary = events[f"task-occurrence-{occurrence_id}@ttdn"]
        assert day == due_on and summary.startswith("Hạn nhiệm vụ: ")
    for deadline_id, due_on, label in deadlines:
        assert events[f"reporting-deadline-{deadline_id}@ttdn"] == (due_on, f"Hạn báo cáo: {label}")
    calendar = Calendar.from_ical(response.content)
    assert str(calendar["X-WR-CALNAME"]) == "TTĐN — Bùi Văn Dũng"
    some = calendar.walk("VEVENT")[0]
    assert some.decoded("DTEND") - some.decoded("DTSTART") == timedelta(days=1)  # all day


async def test_an_area_sees_its_own_occurrences_only(client, world):
    events = _events((await client.get(await _subscribe(client, world, "khu1"))).content)
    police = _events((await client.get(await _subscribe(client, world, "congan"))).content)
    occurrences = {uid for uid in events if uid.startswith("task-occurrence-")}
    assert occurrences and not occurrences & set(police)


async def test_the_uids_stay_the_same_from_one_fetch_to_the_next(client, world, sessionmaker):
    path = await _subscribe(client, world)
    first = _events((await client.get(path)).content)
    second = _events((await client.get(path)).content)
    assert first == second
    async with sessionmaker() as session:
        assert await session.scalar(select(CalendarToken.last_used_at)) is not None


async def test_the_status_says_whether_and_since_when_never_the_address(client, world):
    none = await client.get(TOKEN, headers=world.auth("congan"))
    assert none.json() == {
        "exists": False,
        "created_at": None,
        "last_used_at": None,
        "version": None,
    }
    path = await _subscribe(client, world)
    await client.get(path)
    status = await client.get(TOKEN, headers=world.auth("congan"))
    body = status.json()
    assert body["exists"] is True and body["created_at"] and body["last_used_at"]
    assert path.split("/")[-1].removesuffix(".ics") not in status.text
    assert status.headers["ETag"] == '"1"'  # a fetch does not change the version
    assert body["version"] == 1


async def test_the_token_is_stored_hashed(client, world, sessionmaker):
    path = await _subscribe(client, world)
    secret = path.split("/")[-1].removesuffix(".ics")
    async with sessionmaker() as session:
        stored = await session.scalar(select(CalendarToken.token_hash))
    assert stored == hashlib.sha256(secret.encode()).hexdigest()


async def test_rotating_stops_the_old_address(client, world):
    old = await _subscribe(client, world)
    new = await _subscribe(client, world)
    assert old != new
    gone = await client.get(old)
    assert gone.status_code == 404
    assert (await client.get(new)).status_code == 200


async def test_revoking_needs_the_version_and_stops_the_address(client, world):
    path = await _subscribe(client, world)
    missing = await client.delete(TOKEN, headers=world.auth("congan"))
    assert missing.status_code == 428
    stale = await client.delete(TOKEN, headers={**world.auth("congan"), "If-Match": '"7"'})
    assert stale.status_code == 412
    assert (await client.get(path)).status_code == 200
    etag = (await client.get(TOKEN, headers=world.auth("congan"))).headers["ETag"]
    revoked = await client.delete(TOKEN, headers={**world.auth("congan"), "If-Match": etag})
    assert revoked.status_code == 204
    after = await client.get(path)
    assert after.status_code == 404
    assert (await client.get(TOKEN, headers=world.auth("congan"))).json()["exists"] is False
    again = await client.delete(TOKEN, headers={**world.auth("congan"), "If-Match": etag})
    assert again.status_code == 404


async def test_a_revoked_or_garbage_token_says_nothing_about_anyone(client, world):
    path = await _subscribe(client, world)
    etag = (await client.get(TOKEN, headers=world.auth("congan"))).headers["ETag"]
    await client.delete(TOKEN, headers={**world.auth("congan"), "If-Match": etag})
    answers = [
        await client.get(path),
        await client.get("/api/v1/calendar/khong-phai-ma.ics"),
        await client.get(f"/api/v1/calendar/{'A' * 43}.ics"),
        await client.get(f"/api/v1/calendar/{'A' * 500}.ics"),
        await client.get("/api/v1/calendar/%00%27.ics"),
    ]
    for answer in answers:
        assert answer.status_code == 404
        assert answer.headers["content-type"].startswith("application/problem+json")
        assert "congan" not in answer.text and "Dũng" not in answer.text
    assert len({answer.text for answer in answers}) == 1


async def test_each_write_leaves_one_audit_event_and_no_stored_answer(client, world, sessionmaker):
    headers = {**world.auth("congan"), "Idempotency-Key": "lich-1"}
    first = await client.post(TOKEN, headers=headers)
    second = await client.post(TOKEN, headers=headers)
    assert first.json()["url"] != second.json()["url"]  # the secret is never replayed
    etag = (await client.get(TOKEN, headers=world.auth("congan"))).headers["ETag"]
    await client.delete(TOKEN, headers={**world.auth("congan"), "If-Match": etag})
    async with sessionmaker() as session:
        actions = list(
            await session.scalars(
                select(AuditEvent.action)
                .where(AuditEvent.action.like("calendar.%"))
                .order_by(AuditEvent.id)
            )
        )
        stored = await session.scalar(select(func.count()).select_from(IdempotencyKey))
    assert actions == ["calendar.token.create", "calendar.token.rotate", "calendar.token.revoke"]
    assert stored == 0


async def test_a_deactivated_persons_address_stops(client, world, sessionmaker):
    from sqlalchemy import update

    from ttdn.accounts.models import User

    path = await _subscribe(client, world)
    async with sessionmaker() as session, session.begin():
        await session.execute(
            update(User).where(User.id == world.users["congan"]).values(is_active=False)
        )
    assert (await client.get(path)).status_code == 404


async def _listed_tasks(client, world, username: str) -> list[dict]:
    response = await client.get("/api/v1/tasks?limit=200", headers=world.auth(username))
    assert response.status_code == 200, response.text
    page = response.json()
    assert page["total"] <= 200
    return page["items"]


async def test_each_account_s_feed_holds_the_tasks_it_lists_and_its_units_lead(
    client, world, sessionmaker
):
    """The feed, read without a login, follows the API's rules: the tasks of every account's
    feed are those `GET /tasks` lists it whose lead unit is one of its units, in issued plans."""
    async with sessionmaker() as session:
        issued = set(
            await session.scalars(select(Plan.id).where(Plan.status == PlanStatus.issued.value))
        )
        memberships = (await session.execute(select(Membership.user_id, Membership.unit_id))).all()
    feeds_seen = 0
    for username, user_id in world.users.items():
        own_units = {unit_id for member, unit_id in memberships if member == user_id}
        listed = await _listed_tasks(client, world, username)
        expected = {
            task["id"]
            for task in listed
            if task["plan_id"] in issued
            and any(
                assignee["role"] == "lead" and assignee["unit_id"] in own_units
                for assignee in task["assignees"]
            )
        }
        body = (await client.get(await _subscribe(client, world, username))).content
        calendar = Calendar.from_ical(body)
        in_feed = {
            int(str(event["URL"]).rsplit("/", 1)[1])
            for event in calendar.walk("VEVENT")
            if str(event["UID"]).startswith("task-occurrence-")
        }
        assert in_feed == expected, username
        feeds_seen += bool(in_feed)
    assert feeds_seen >= 5
