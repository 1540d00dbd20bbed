"""Logging in with the OAuth2 password form: the token pair, the refresh cookie, one answer for
every wrong name or password, throttling and locking, and the audit trail they leave."""

import asyncio
from datetime import timedelta
from http.cookies import SimpleCookie

from jose import jwt
from sqlalchemy import select, update

from ttdn.accounts.login import BACKOFF_AFTER_FAILURES
from ttdn.accounts.models import LoginThrottle, User
from ttdn.audit.models import AuditEvent
from ttdn.audit.service import verify_chain
from ttdn.core.db import utcnow
from ttdn.demo.cao_xa_2023 import DEMO_PASSWORD

LOGIN = "/api/v1/auth/login"
ME = "/api/v1/me"
REFRESH_COOKIE = "ttdn_refresh"
WRONG_PASSWORD = "not-the-password-2023"
UNKNOWN_USERNAME = "khong-co-ai"
LOCK_SECONDS = 15 * 60


async def log_in(client, username, password=DEMO_PASSWORD):
    return await client.post(LOGIN, data={"username": username, "password": password})


def retry_after(response) -> int:
    return int(response.headers["retry-after"])


def assert_problem(response, status):
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/problem+json")
    body = response.json()
    assert body["status"] == status
    assert {"type", "title", "detail"} <= set(body)
    return body


def comparable_headers(response) -> dict[str, str]:
    """Headers that must not tell one refusal from another (the request id always differs)."""
    return {name: value for name, value in response.headers.items() if name != "x-request-id"}


async def throttle_of(sessionmaker, username) -> LoginThrottle | None:
    async with sessionmaker() as session:
        return await session.get(LoginThrottle, username)


async def move_last_failure_back(sessionmaker, username, by=timedelta(hours=1)):
    """Make the back-off window of `username` lie in the past, as if the user had waited."""
    async with sessionmaker() as session, session.begin():
        result = await session.execute(
            update(LoginThrottle)
            .where(LoginThrottle.username == username)
            .values(last_failure_at=utcnow() - by)
        )
        assert result.rowcount == 1


async def audit_events(sessionmaker, action) -> list[AuditEvent]:
    async with sessionmaker() as session:
        statement = select(AuditEvent).where(AuditEvent.action == action).order_by(AuditEvent.id)
        return list(await session.scalars(statement))


async def change_user(sessionmaker, user_id, **values):
    async with sessionmaker() as session, session.begin():
        await session.execute(update(User).where(User.id == user_id).values(**values))


# --- a successful login -------------------------------------------------------------------------


async def test_login_returns_a_bearer_token_pair_of_fifteen_minutes(client, world):
    response = await log_in(client, "vhxh")

    assert response.status_code == 200, response.text
    body = response.json()
    assert set(body) == {"access_token", "token_type", "expires_in", "refresh_token"}
    assert body["token_type"] == "bearer"
    assert body["expires_in"] == 900
    assert body["refresh_token"]
    assert body["refresh_token"] != body["access_token"]
    header = jwt.get_unverified_header(body["access_token"])
    assert header["alg"] == "HS256"
    assert header["kid"]
    claims = jwt.get_unverified_claims(body["access_token"])
    assert claims["sub"] == str(world.users["vhxh"])
    assert claims["exp"] - claims["iat"] == 900


async def test_login_access_token_opens_the_account(client, world):
    tokens = (await log_in(client, "vhxh")).json()

    response = await client.get(ME, headers={"Authorization": f"Bearer {tokens['access_token']}"})

    assert response.status_code == 200, response.text
    assert response.json()["username"] == "vhxh"


async def test_login_sets_an_httponly_samesite_strict_refresh_cookie_on_the_auth_path(
    client, world
):
    response = await log_in(client, "vhxh")

    assert response.status_code == 200, response.text
    raw = [c for c in response.headers.get_list("set-cookie") if c.startswith(REFRESH_COOKIE)]
    assert len(raw) == 1
    cookie = SimpleCookie()
    cookie.load(raw[0])
    morsel = cookie[REFRESH_COOKIE]
    assert morsel.value == response.json()["refresh_token"]
    assert morsel["httponly"] is True
    assert morsel["samesite"].lower() == "strict"
    assert morsel["path"] == "/api/v1/auth"
    assert int(morsel["max-age"]) > 0


async def test_login_writes_an_audit_event_and_the_last_login_time(client, world, sessionmaker):
    before = utcnow()

    response = await log_in(client, "congan")

    assert response.status_code == 200, response.text
    [event] = await audit_events(sessionmaker, "auth.login")
    assert event.actor_username == "congan"
    assert event.object_type == "user"
    assert event.object_id == str(world.users["congan"])
    assert event.request_id == response.headers["x-request-id"]
    assert await audit_events(sessionmaker, "auth.login_failed") == []
    async with sessionmaker() as session:
        user = await session.get_one(User, world.users["congan"])
    assert user.last_login_at is not None
    assert user.last_login_at >= before - timedelta(seconds=1)


async def test_username_is_case_insensitive_and_trimmed(client, world):
    for typed in ("VHXH", "  vhxh  ", "\tVhXh "):
        response = await log_in(client, typed)

        assert response.status_code == 200, (typed, response.text)
        claims = jwt.get_unverified_claims(response.json()["access_token"])
        assert claims["sub"] == str(world.users["vhxh"])


async def test_outside_accounts_log_in_too(client, world):
    response = await log_in(client, "hienquan_khu")

    assert response.status_code == 200, response.text


# --- refusals ------------------------------------------------------------------------------------


async def test_unknown_user_and_wrong_password_get_the_same_answer(client, world):
    unknown = await log_in(client, UNKNOWN_USERNAME, DEMO_PASSWORD)
    wrong = await log_in(client, "vhxh", WRONG_PASSWORD)

    assert_problem(unknown, 401)
    assert_problem(wrong, 401)
    assert unknown.content == wrong.content
    assert unknown.json() == wrong.json()
    assert comparable_headers(unknown) == comparable_headers(wrong)
    assert unknown.headers["www-authenticate"] == "Bearer"
    assert REFRESH_COOKIE not in unknown.headers.get("set-cookie", "")
    assert REFRESH_COOKIE not in wrong.headers.get("set-cookie", "")


async def test_password_is_case_sensitive(client, world):
    response = await log_in(client, "vhxh", DEMO_PASSWORD.upper())

    assert_problem(response, 401)


async def test_deactivated_user_cannot_log_in(client, world, sessionmaker):
    reference = await log_in(client, UNKNOWN_USERNAME, DEMO_PASSWORD)
    await change_user(sessionmaker, world.users["taichinh"], is_active=False)

    response = await log_in(client, "taichinh")

    assert_problem(response, 401)
    assert response.json() == reference.json()
    assert await audit_events(sessionmaker, "auth.login") == []


async def test_soft_deleted_user_cannot_log_in(client, world, sessionmaker):
    reference = await log_in(client, UNKNOWN_USERNAME, DEMO_PASSWORD)
    await change_user(sessionmaker, world.users["diachinh"], deleted_at=utcnow())

    response = await log_in(client, "diachinh")

    assert_problem(response, 401)
    assert response.json() == reference.json()
    assert await audit_events(sessionmaker, "auth.login") == []


async def test_missing_form_fields_are_a_validation_problem(client, world):
    response = await client.post(LOGIN, data={"username": "vhxh"})

    body = assert_problem(response, 422)
    assert ["body", "password"] in [error["loc"] for error in body["errors"]]


async def test_overlong_username_is_refused_like_any_wrong_name(client, world, sessionmaker):
    reference = await log_in(client, UNKNOWN_USERNAME, WRONG_PASSWORD)

    response = await log_in(client, "x" * 250, WRONG_PASSWORD)

    assert_problem(response, 401)
    assert response.json() == reference.json()
    assert len(await audit_events(sessionmaker, "auth.login_failed")) == 2


async def test_each_failure_writes_an_audit_event_with_the_failures_in_a_row(
    client, world, sessionmaker
):
    responses = [await log_in(client, "vhxh", WRONG_PASSWORD) for _ in range(3)]
    unknown = await log_in(client, "  Khong-Co-Ai ", WRONG_PASSWORD)

    events = await audit_events(sessionmaker, "auth.login_failed")
    assert [(e.actor_username, e.details["failures_in_a_row"]) for e in events] == [
        ("vhxh", 1),
        ("vhxh", 2),
        ("vhxh", 3),
        (UNKNOWN_USERNAME, 1),
    ]
    assert [e.request_id for e in events] == [
        r.headers["x-request-id"] for r in [*responses, unknown]
    ]
    assert await audit_events(sessionmaker, "auth.login") == []


# --- throttling ----------------------------------------------------------------------------------


async def test_sixth_attempt_after_five_failures_is_throttled_even_with_the_right_password(
    client, world, sessionmaker
):
    for _ in range(5):
        assert_problem(await log_in(client, "vanphong", WRONG_PASSWORD), 401)

    response = await log_in(client, "vanphong", DEMO_PASSWORD)

    assert_problem(response, 429)
    assert 1 <= retry_after(response) < LOCK_SECONDS
    assert REFRESH_COOKIE not in response.headers.get("set-cookie", "")
    assert await audit_events(sessionmaker, "auth.login") == []


async def test_throttled_user_may_try_again_once_the_back_off_has_passed(
    client, world, sessionmaker
):
    for _ in range(5):
        await log_in(client, "vanphong", WRONG_PASSWORD)
    assert_problem(await log_in(client, "vanphong"), 429)

    await move_last_failure_back(sessionmaker, "vanphong")
    response = await log_in(client, "vanphong")

    assert response.status_code == 200, response.text


async def test_ten_failures_lock_the_account_for_fifteen_minutes(client, world, sessionmaker):
    for attempt in range(1, 10):
        if attempt > 5:
            await move_last_failure_back(sessionmaker, "daitruyenthanh")
        assert_problem(await log_in(client, "daitruyenthanh", WRONG_PASSWORD), 401)
    await move_last_failure_back(sessionmaker, "daitruyenthanh")

    tenth = await log_in(client, "daitruyenthanh", WRONG_PASSWORD)

    assert_problem(tenth, 429)
    assert LOCK_SECONDS - 10 <= retry_after(tenth) <= LOCK_SECONDS + 1
    throttle = await throttle_of(sessionmaker, "daitruyenthanh")
    assert throttle is not None
    assert throttle.failures == 10
    assert throttle.locked_until is not None
    events = await audit_events(sessionmaker, "auth.login_failed")
    assert [e.details["failures_in_a_row"] for e in events] == list(range(1, 11))
    assert {e.actor_username for e in events} == {"daitruyenthanh"}


async def test_locked_account_refuses_the_right_password(client, world, sessionmaker):
    for attempt in range(1, 11):
        if attempt > 5:
            await move_last_failure_back(sessionmaker, "doanthe")
        await log_in(client, "doanthe", WRONG_PASSWORD)
    # Waiting out the back-off is not enough: the lock holds for fifteen minutes.
    await move_last_failure_back(sessionmaker, "doanthe")

    response = await log_in(client, "doanthe", DEMO_PASSWORD)

    assert_problem(response, 429)
    assert LOCK_SECONDS - 10 <= retry_after(response) <= LOCK_SECONDS + 1
    assert REFRESH_COOKIE not in response.headers.get("set-cookie", "")
    assert await audit_events(sessionmaker, "auth.login") == []


async def test_lock_ends_after_fifteen_minutes(client, world, sessionmaker):
    for attempt in range(1, 11):
        if attempt > 5:
            await move_last_failure_back(sessionmaker, "doanthe")
        await log_in(client, "doanthe", WRONG_PASSWORD)
    async with sessionmaker() as session, session.begin():
        await session.execute(
            update(LoginThrottle)
            .where(LoginThrottle.username == "doanthe")
            .values(
                last_failure_at=utcnow() - timedelta(minutes=16),
                locked_until=utcnow() - timedelta(minutes=1),
            )
        )

    response = await log_in(client, "doanthe")

    assert response.status_code == 200, response.text
    assert await throttle_of(sessionmaker, "doanthe") is None


async def test_success_resets_the_failure_counter(client, world, sessionmaker):
    for _ in range(4):
        assert_problem(await log_in(client, "chutich", WRONG_PASSWORD), 401)
    assert (await log_in(client, "chutich")).status_code == 200
    assert await throttle_of(sessionmaker, "chutich") is None

    # Four more failures and a fifth stay below the back-off: the count started again.
    for _ in range(5):
        assert_problem(await log_in(client, "chutich", WRONG_PASSWORD), 401)

    throttle = await throttle_of(sessionmaker, "chutich")
    assert throttle is not None
    assert throttle.failures == 5
    assert_problem(await log_in(client, "chutich"), 429)


async def test_throttle_counts_every_spelling_of_a_username_together(client, world, sessionmaker):
    for typed in ("VANPHONG", " vanphong", "VanPhong ", "vanphong", "vAnPhOnG"):
        assert_problem(await log_in(client, typed, WRONG_PASSWORD), 401)

    response = await log_in(client, "vanphong")

    assert_problem(response, 429)


async def test_throttled_user_does_not_hold_back_other_users(client, world, sessionmaker):
    for _ in range(5):
        await log_in(client, "vanphong", WRONG_PASSWORD)

    response = await log_in(client, "taichinh")

    assert response.status_code == 200, response.text


async def test_concurrent_failures_are_all_counted(client, world, sessionmaker):
    assert_problem(await log_in(client, "vhxh", WRONG_PASSWORD), 401)

    answers = await asyncio.gather(
        *(log_in(client, "vhxh", WRONG_PASSWORD) for _ in range(3)), return_exceptions=True
    )

    assert [getattr(answer, "status_code", repr(answer)) for answer in answers] == [401] * 3
    throttle = await throttle_of(sessionmaker, "vhxh")
    assert throttle is not None
    assert throttle.failures == 4
    events = await audit_events(sessionmaker, "auth.login_failed")
    assert sorted(e.details["failures_in_a_row"] for e in events) == [1, 2, 3, 4]


async def test_concurrent_first_failures_of_a_name_are_refused_cleanly(client, world, sessionmaker):
    answers = await asyncio.gather(
        *(log_in(client, UNKNOWN_USERNAME, WRONG_PASSWORD) for _ in range(4)),
        return_exceptions=True,
    )

    assert [getattr(answer, "status_code", repr(answer)) for answer in answers] == [401] * 4
    throttle = await throttle_of(sessionmaker, UNKNOWN_USERNAME)
    assert throttle is not None
    assert throttle.failures == 4


async def _throttling_story(client, sessionmaker, username, password) -> list[tuple]:
    """Ten failures (waiting out each back-off), a try while locked: what each answer says."""
    story = []
    for attempt in range(1, 11):
        if attempt == 6:
            response = await log_in(client, username, password)  # within the back-off
            story.append((response.status_code, "retry-after" in response.headers))
        if attempt > 5:
            await move_last_failure_back(sessionmaker, username.strip().lower())
        response = await log_in(client, username, WRONG_PASSWORD)
        story.append((response.status_code, "retry-after" in response.headers))
    await move_last_failure_back(sessionmaker, username.strip().lower())
    response = await log_in(client, username, password)
    story.append((response.status_code, "retry-after" in response.headers))
    return story


async def test_unknown_username_is_throttled_like_a_known_one(client, world, sessionmaker):
    known = await _throttling_story(client, sessionmaker, "congan", DEMO_PASSWORD)
    unknown = await _throttling_story(client, sessionmaker, UNKNOWN_USERNAME, DEMO_PASSWORD)

    expected = [(401, False)] * 5 + [(429, True)] + [(401, False)] * 4 + [(429, True)] * 2
    assert known == expected
    assert unknown == expected
    unknown_throttle = await throttle_of(sessionmaker, UNKNOWN_USERNAME)
    assert unknown_throttle is not None
    assert unknown_throttle.locked_until is not None
    events = await audit_events(sessionmaker, "auth.login_failed")
    assert [e.details["failures_in_a_row"] for e in events if e.actor_username == "congan"] == (
        list(range(1, 11))
    )
    assert [
        e.details["failures_in_a_row"] for e in events if e.actor_username == UNKNOWN_USERNAME
    ] == list(range(1, 11))


async def test_audit_chain_stays_intact_through_failures_locks_and_logins(
    client, world, sessionmaker
):
    for attempt in range(1, 11):
        if attempt > 5:
            await move_last_failure_back(sessionmaker, UNKNOWN_USERNAME)
        await log_in(client, UNKNOWN_USERNAME, WRONG_PASSWORD)
    await log_in(client, "vhxh", WRONG_PASSWORD)
    await log_in(client, "vhxh")

    async with sessionmaker() as session:
        report = await verify_chain(session)

    assert report.intact, report
    assert report.events >= 12


async def test_parallel_guesses_get_no_more_tries_than_the_back_off_allows(
    client, world, sessionmaker
):
    answers = await asyncio.gather(
        *(log_in(client, "vhxh", WRONG_PASSWORD) for _ in range(12)), return_exceptions=True
    )

    statuses = sorted(getattr(answer, "status_code", repr(answer)) for answer in answers)
    assert statuses == [401] * BACKOFF_AFTER_FAILURES + [429] * (12 - BACKOFF_AFTER_FAILURES)
    assert len(await audit_events(sessionmaker, "auth.login_failed")) == BACKOFF_AFTER_FAILURES
    assert len(await audit_events(sessionmaker, "auth.login_refused")) == 12 - (
        BACKOFF_AFTER_FAILURES
    )
    throttle = await throttle_of(sessionmaker, "vhxh")
    assert throttle is not None
    assert throttle.failures == BACKOFF_AFTER_FAILURES


async def test_a_throttle_quiet_for_a_day_is_forgotten(client, world, sessionmaker):
    for _ in range(5):
        await log_in(client, "vanphong", WRONG_PASSWORD)
    await move_last_failure_back(sessionmaker, "vanphong", by=timedelta(hours=25))

    assert_problem(await log_in(client, "vanphong", WRONG_PASSWORD), 401)

    throttle = await throttle_of(sessionmaker, "vanphong")
    assert throttle is not None
    assert throttle.failures == 1
