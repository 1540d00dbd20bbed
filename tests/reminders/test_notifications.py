"""The caller's notifications: listed newest first, counted, marked read; nobody else's."""

from datetime import UTC, date, datetime, timedelta

from sqlalchemy import select

from ttdn.reminders.models import Notification

NOTIFICATIONS = "/api/v1/notifications"


async def _notify(sessionmaker, user_id: int, count: int, read: int = 0) -> list[int]:
    """`count` notifications of `user_id`, one a minute (the last newest), the first `read`
    already read."""
    start = datetime(2023, 5, 1, 1, 0, tzinfo=UTC)
    async with sessionmaker() as session, session.begin():
        rows = [
            Notification(
                user_id=user_id,
                kind="task_occurrence",
                item_key=f"task_occurrence:{number}",
                occasion="before",
                title=f"Sắp đến hạn 04/05/2023: Nhiệm vụ số {number}",
                link="/tasks/1",
                due_on=date(2023, 5, 4),
                created_at=start + timedelta(minutes=number),
                read_at=start if number < read else None,
            )
            for number in range(count)
        ]
        session.add_all(rows)
    return [row.id for row in rows]


async def test_the_list_is_the_callers_newest_first(client, world, sessionmaker):
    mine = await _notify(sessionmaker, world.users["congan"], 3)
    await _notify(sessionmaker, world.users["vanphong"], 2)
    response = await client.get(NOTIFICATIONS, headers=world.auth("congan"))
    assert response.status_code == 200
    body = response.json()
    assert [item["id"] for item in body["items"]] == list(reversed(mine))
    assert body["total"] == 3
    first = body["items"][0]
    assert first["title"] == "Sắp đến hạn 04/05/2023: Nhiệm vụ số 2"
    assert first["occasion"] == "before" and first["link"] == "/tasks/1"
    assert first["due_on"] == "2023-05-04" and first["read_at"] is None


async def test_unread_filters_and_counts_the_unread_only(client, world, sessionmaker):
    ids = await _notify(sessionmaker, world.users["congan"], 5, read=2)
    unread = await client.get(f"{NOTIFICATIONS}?unread=true", headers=world.auth("congan"))
    assert [item["id"] for item in unread.json()["items"]] == list(reversed(ids[2:]))
    read = await client.get(f"{NOTIFICATIONS}?unread=false", headers=world.auth("congan"))
    assert {item["id"] for item in read.json()["items"]} == set(ids[:2])
    count = await client.get(f"{NOTIFICATIONS}/unread-count", headers=world.auth("congan"))
    assert count.json() == {"unread": 3}


async def test_the_list_is_paged_like_the_others(client, world, sessionmaker):
    await _notify(sessionmaker, world.users["congan"], 5)
    page = await client.get(f"{NOTIFICATIONS}?limit=2&offset=2", headers=world.auth("congan"))
    assert page.json()["total"] == 5 and len(page.json()["items"]) == 2
    too_many = await client.get(f"{NOTIFICATIONS}?limit=500", headers=world.auth("congan"))
    assert too_many.status_code == 422
    assert too_many.headers["content-type"].startswith("application/problem+json")
    bad_sort = await client.get(f"{NOTIFICATIONS}?sort=title", headers=world.auth("congan"))
    assert bad_sort.status_code == 422


async def test_the_list_runs_the_same_few_statements_whatever_its_size(
    client, world, sessionmaker, statement_counter
):
    await _notify(sessionmaker, world.users["congan"], 120)
    counts = {}
    for limit in (1, 20, 100):
        statement_counter.start()
        response = await client.get(f"{NOTIFICATIONS}?limit={limit}", headers=world.auth("congan"))
        counts[limit] = statement_counter.stop()
        assert len(response.json()["items"]) == limit
    # the principal, then the page with its total
    assert counts[1] == counts[20] == counts[100] == 2, counts


async def test_marking_one_read_leaves_the_others(client, world, sessionmaker):
    first, second = await _notify(sessionmaker, world.users["congan"], 2)
    response = await client.post(f"{NOTIFICATIONS}/{first}/read", headers=world.auth("congan"))
    assert response.status_code == 204
    again = await client.post(f"{NOTIFICATIONS}/{first}/read", headers=world.auth("congan"))
    assert again.status_code == 204
    async with sessionmaker() as session:
        read = dict((await session.execute(select(Notification.id, Notification.read_at))).all())
    assert read[first] is not None and read[second] is None


async def test_marking_all_read_marks_only_the_callers(client, world, sessionmaker):
    await _notify(sessionmaker, world.users["congan"], 3)
    others = await _notify(sessionmaker, world.users["vanphong"], 2)
    response = await client.post(f"{NOTIFICATIONS}/read", headers=world.auth("congan"))
    assert response.status_code == 204
    count = await client.get(f"{NOTIFICATIONS}/unread-count", headers=world.auth("congan"))
    assert count.json() == {"unread": 0}
    async with sessionmaker() as session:
        unread = await session.scalars(
            select(Notification.id).where(Notification.read_at.is_(None))
        )
        assert set(unread) == set(others)


async def test_another_persons_notification_is_not_found(client, world, sessionmaker):
    (theirs,) = await _notify(sessionmaker, world.users["vanphong"], 1)
    response = await client.post(f"{NOTIFICATIONS}/{theirs}/read", headers=world.auth("congan"))
    assert response.status_code == 404
    assert response.headers["content-type"].startswith("application/problem+json")
    async with sessionmaker() as session:
        assert await session.scalar(select(Notification.read_at)) is None
    missing = await client.post(f"{NOTIFICATIONS}/99999999999/read", headers=world.auth("congan"))
    assert missing.status_code == 422


async def test_notifications_need_a_login(client):
    assert (await client.get(NOTIFICATIONS)).status_code == 401
