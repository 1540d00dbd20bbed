"""Staying logged in: refresh tokens rotate on each use, a spent one presented again after the
grace window revokes its whole family (within it, a parallel refresh gets the same successor),
logging out revokes the session, and the audit chain stays whole throughout."""

import asyncio
from datetime import timedelta

import pytest
from sqlalchemy import func, select, update

from ttdn.accounts.models import RefreshToken, User
from ttdn.audit.models import AuditEvent
from ttdn.audit.service import verify_chain
from ttdn.core.config import get_settings
from ttdn.core.db import utcnow
from ttdn.core.tokens import digest
from ttdn.demo.cao_xa_2023 import DEMO_PASSWORD

LOGIN = "/api/v1/auth/login"
REFRESH = "/api/v1/auth/refresh"
LOGOUT = "/api/v1/auth/logout"
ME = "/api/v1/me"
REFRESH_COOKIE = "ttdn_refresh"


def assert_unauthorized(response):
    assert response.status_code == 401, response.text
    assert response.headers["content-type"].startswith("application/problem+json")
    assert response.headers["www-authenticate"] == "Bearer"
    assert response.json()["status"] == 401
    assert REFRESH_COOKIE not in response.headers.get("set-cookie", "")


async def log_in(client, username="vhxh") -> dict[str, str]:
    response = await client.post(LOGIN, data={"username": username, "password": DEMO_PASSWORD})
    assert response.status_code == 200, response.text
    return response.json()


async def refresh_with(client, token):
    """Refresh with the token in the body only (the cookie jar is emptied first)."""
    client.cookies.clear()
    return await client.post(REFRESH, json={"refresh_token": token})


def refresh_cookie_of(response) -> str | None:
    for raw in response.headers.get_list("set-cookie"):
        name, _, rest = raw.partition("=")
        if name == REFRESH_COOKIE:
            return rest.split(";", 1)[0]
    return None


async def stored_token(sessionmaker, token) -> RefreshToken:
    async with sessionmaker() as session:
        return await session.scalar(
            select(RefreshToken).where(RefreshToken.token_hash == digest(token))
        )


async def family_rows(sessionmaker, token) -> list[RefreshToken]:
    family = (await stored_token(sessionmaker, token)).family
    async with sessionmaker() as session:
        statement = select(RefreshToken).where(RefreshToken.family == family)
        return list(await session.scalars(statement.order_by(RefreshToken.id)))


async def count_revoked(sessionmaker) -> int:
    async with sessionmaker() as session:
        return await session.scalar(
            select(func.count())
            .select_from(RefreshToken)
            .where(RefreshToken.revoked_at.isnot(None))
        )


async def after_the_grace_window(sessionmaker, token):
    """Make `token` look spent longer ago than the grace window for parallel refreshes."""
    grace = timedelta(seconds=get_settings().refresh_reuse_grace_seconds + 1)
    async with sessionmaker() as session, session.begin():
        result = await session.execute(
            update(RefreshToken)
            .where(RefreshToken.token_hash == digest(token))
            .values(spent_at=utcnow() - grace)
        )
        assert result.rowcount == 1


async def audit_actions(sessionmaker) -> list[str]:
    async with sessionmaker() as session:
        return list(await session.scalars(select(AuditEvent.action).order_by(AuditEvent.id)))


# --- rotation ------------------------------------------------------------------------------------


async def test_refresh_with_the_token_in_the_body_rotates_it(client, world, sessionmaker):
    first = await log_in(client)

    response = await refresh_with(client, first["refresh_token"])

    assert response.status_code == 200, response.text
    second = response.json()
    assert set(second) == {"access_token", "token_type", "expires_in", "refresh_token"}
    assert second["token_type"] == "bearer"
    assert second["expires_in"] == 900
    assert second["refresh_token"] != first["refresh_token"]
    assert refresh_cookie_of(response) == second["refresh_token"]
    me = await client.get(ME, headers={"Authorization": f"Bearer {second['access_token']}"})
    assert me.status_code == 200
    assert me.json()["username"] == "vhxh"
    old, new = await family_rows(sessionmaker, first["refresh_token"])
    assert old.token_hash == digest(first["refresh_token"])
    assert old.spent_at is not None
    assert new.token_hash == digest(second["refresh_token"])
    assert new.spent_at is None
    assert new.revoked_at is None
    await after_the_grace_window(sessionmaker, first["refresh_token"])
    assert_unauthorized(await refresh_with(client, first["refresh_token"]))


async def test_refresh_with_only_the_cookie_rotates_it(client, world, sessionmaker):
    first = await log_in(client)
    assert client.cookies.get(REFRESH_COOKIE) == first["refresh_token"]

    response = await client.post(REFRESH)

    assert response.status_code == 200, response.text
    second = response.json()
    assert second["refresh_token"] != first["refresh_token"]
    assert client.cookies.get(REFRESH_COOKIE) == second["refresh_token"]
    assert (await stored_token(sessionmaker, first["refresh_token"])).spent_at is not None
    third = await client.post(REFRESH)
    assert third.status_code == 200, third.text
    assert third.json()["refresh_token"] not in {first["refresh_token"], second["refresh_token"]}
    assert_unauthorized(await refresh_with(client, first["refresh_token"]))


async def test_refresh_cookie_keeps_its_attributes_after_rotation(client, world):
    first = await log_in(client)

    response = await refresh_with(client, first["refresh_token"])

    [raw] = [c for c in response.headers.get_list("set-cookie") if c.startswith(REFRESH_COOKIE)]
    attributes = {part.strip().lower() for part in raw.split(";")[1:]}
    assert "httponly" in attributes
    assert "samesite=strict" in attributes
    assert "path=/api/v1/auth" in attributes


async def test_refresh_of_a_chain_keeps_one_family(client, world, sessionmaker):
    tokens = [(await log_in(client))["refresh_token"]]
    for _ in range(3):
        response = await refresh_with(client, tokens[-1])
        assert response.status_code == 200, response.text
        tokens.append(response.json()["refresh_token"])

    rows = await family_rows(sessionmaker, tokens[0])

    assert [row.token_hash for row in rows] == [digest(token) for token in tokens]
    assert [row.spent_at is not None for row in rows] == [True, True, True, False]
    assert len(set(tokens)) == 4


# --- reuse ---------------------------------------------------------------------------------------


async def test_spent_refresh_token_presented_again_revokes_the_whole_family(
    client, world, sessionmaker
):
    first = await log_in(client)
    rotated = await refresh_with(client, first["refresh_token"])
    assert rotated.status_code == 200, rotated.text
    latest = rotated.json()["refresh_token"]
    await after_the_grace_window(sessionmaker, first["refresh_token"])

    replay = await refresh_with(client, first["refresh_token"])

    assert_unauthorized(replay)
    assert_unauthorized(await refresh_with(client, latest))
    assert all(row.revoked_at is not None for row in await family_rows(sessionmaker, latest))
    async with sessionmaker() as session:
        [event] = await session.scalars(
            select(AuditEvent).where(AuditEvent.action == "auth.refresh_reused")
        )
    assert event.object_type == "user"
    assert event.object_id == str(world.users["vhxh"])
    assert event.request_id == replay.headers["x-request-id"]


async def test_reuse_in_one_session_leaves_other_sessions_alone(client, world, sessionmaker):
    laptop = await log_in(client)
    phone = await log_in(client)
    rotated = await refresh_with(client, laptop["refresh_token"])
    assert rotated.status_code == 200, rotated.text
    await after_the_grace_window(sessionmaker, laptop["refresh_token"])

    assert_unauthorized(await refresh_with(client, laptop["refresh_token"]))

    response = await refresh_with(client, phone["refresh_token"])
    assert response.status_code == 200, response.text


async def test_spent_token_sent_as_cookie_also_revokes_the_family(client, world, sessionmaker):
    first = await log_in(client)
    rotated = await refresh_with(client, first["refresh_token"])
    latest = rotated.json()["refresh_token"]
    await after_the_grace_window(sessionmaker, first["refresh_token"])

    client.cookies.clear()
    client.cookies.set(REFRESH_COOKIE, first["refresh_token"])
    replay = await client.post(REFRESH)

    assert_unauthorized(replay)
    assert_unauthorized(await refresh_with(client, latest))


async def test_concurrent_refreshes_of_one_token_both_get_the_same_successor(
    client, world, sessionmaker
):
    tokens = await log_in(client)
    client.cookies.clear()

    answers = await asyncio.gather(
        *(client.post(REFRESH, json={"refresh_token": tokens["refresh_token"]}) for _ in range(2)),
        return_exceptions=True,
    )

    statuses = [getattr(answer, "status_code", repr(answer)) for answer in answers]
    assert statuses == [200, 200], statuses
    successors = {answer.json()["refresh_token"] for answer in answers}
    assert len(successors) == 1
    [successor] = successors
    rows = await family_rows(sessionmaker, tokens["refresh_token"])
    assert all(row.revoked_at is None for row in rows)
    live = [row for row in rows if row.spent_at is None]
    assert [row.token_hash for row in live] == [digest(successor)]
    assert "auth.refresh_reused" not in await audit_actions(sessionmaker)
    again = await refresh_with(client, successor)
    assert again.status_code == 200, again.text


async def test_a_reuse_within_the_grace_window_gets_the_same_successor(client, world, sessionmaker):
    first = await log_in(client)
    rotated = (await refresh_with(client, first["refresh_token"])).json()

    again = await refresh_with(client, first["refresh_token"])

    assert again.status_code == 200, again.text
    assert again.json()["refresh_token"] == rotated["refresh_token"]
    assert refresh_cookie_of(again) == rotated["refresh_token"]
    me = await client.get(ME, headers={"Authorization": f"Bearer {again.json()['access_token']}"})
    assert me.status_code == 200


async def test_the_successor_is_stored_hashed_only(client, world, sessionmaker):
    first = await log_in(client)
    rotated = (await refresh_with(client, first["refresh_token"])).json()

    async with sessionmaker() as session:
        rows = (await session.execute(select(RefreshToken))).scalars().all()
    stored_text = " ".join(f"{row.token_hash} {row.family}" for row in rows)
    assert rotated["refresh_token"] not in stored_text
    assert digest(rotated["refresh_token"]) in stored_text


async def test_a_reuse_after_the_grace_window_still_revokes_the_family(client, world, sessionmaker):
    first = await log_in(client)
    rotated = (await refresh_with(client, first["refresh_token"])).json()
    await after_the_grace_window(sessionmaker, first["refresh_token"])

    assert_unauthorized(await refresh_with(client, first["refresh_token"]))

    assert_unauthorized(await refresh_with(client, rotated["refresh_token"]))
    assert "auth.refresh_reused" in await audit_actions(sessionmaker)


async def test_a_reuse_once_the_successor_was_spent_revokes_the_family(client, world, sessionmaker):
    first = await log_in(client)
    second = (await refresh_with(client, first["refresh_token"])).json()
    third = (await refresh_with(client, second["refresh_token"])).json()

    assert_unauthorized(await refresh_with(client, first["refresh_token"]))

    assert_unauthorized(await refresh_with(client, third["refresh_token"]))


# --- other refusals ------------------------------------------------------------------------------


async def test_expired_refresh_token_is_401(client, world, sessionmaker):
    tokens = await log_in(client)
    async with sessionmaker() as session, session.begin():
        await session.execute(
            update(RefreshToken)
            .where(RefreshToken.token_hash == digest(tokens["refresh_token"]))
            .values(expires_at=utcnow() - timedelta(minutes=1))
        )

    assert_unauthorized(await refresh_with(client, tokens["refresh_token"]))


async def test_refresh_without_any_token_is_401(client, world):
    await log_in(client)
    client.cookies.clear()

    assert_unauthorized(await client.post(REFRESH))


@pytest.mark.parametrize("body", [{}, {"refresh_token": None}, {"refresh_token": ""}])
async def test_refresh_with_an_empty_body_and_no_cookie_is_401(client, world, body):
    client.cookies.clear()

    assert_unauthorized(await client.post(REFRESH, json=body))


async def test_refresh_with_an_unknown_token_is_401(client, world):
    assert_unauthorized(await refresh_with(client, "not-a-token-we-ever-issued"))


async def test_access_token_is_no_refresh_token(client, world):
    tokens = await log_in(client)

    assert_unauthorized(await refresh_with(client, tokens["access_token"][:200]))


async def test_refresh_of_a_deactivated_user_is_401(client, world, sessionmaker):
    tokens = await log_in(client, "taichinh")
    async with sessionmaker() as session, session.begin():
        await session.execute(
            update(User).where(User.id == world.users["taichinh"]).values(is_active=False)
        )

    assert_unauthorized(await refresh_with(client, tokens["refresh_token"]))


# --- logout --------------------------------------------------------------------------------------


def assert_cookie_cleared(response):
    [raw] = [c for c in response.headers.get_list("set-cookie") if c.startswith(REFRESH_COOKIE)]
    attributes = {part.strip().lower() for part in raw.split(";")[1:]}
    assert raw.split(";", 1)[0] in {f"{REFRESH_COOKIE}=", f'{REFRESH_COOKIE}=""'}
    assert "max-age=0" in attributes
    assert "path=/api/v1/auth" in attributes


async def test_logout_revokes_the_session_and_clears_the_cookie(client, world, sessionmaker):
    tokens = await log_in(client)
    client.cookies.clear()

    response = await client.post(LOGOUT, json={"refresh_token": tokens["refresh_token"]})

    assert response.status_code == 204, response.text
    assert response.content == b""
    assert_cookie_cleared(response)
    assert_unauthorized(await refresh_with(client, tokens["refresh_token"]))
    assert all(
        row.revoked_at is not None
        for row in await family_rows(sessionmaker, tokens["refresh_token"])
    )
    assert "auth.logout" in await audit_actions(sessionmaker)


async def test_logout_with_only_the_cookie_revokes_the_session(client, world):
    tokens = await log_in(client)

    response = await client.post(LOGOUT)

    assert response.status_code == 204, response.text
    assert_cookie_cleared(response)
    assert client.cookies.get(REFRESH_COOKIE) is None
    assert_unauthorized(await client.post(REFRESH))
    assert_unauthorized(await refresh_with(client, tokens["refresh_token"]))


async def test_logout_after_rotation_revokes_the_latest_token(client, world):
    first = await log_in(client)
    rotated = await refresh_with(client, first["refresh_token"])
    latest = rotated.json()["refresh_token"]

    response = await client.post(LOGOUT, json={"refresh_token": latest})

    assert response.status_code == 204, response.text
    assert_unauthorized(await refresh_with(client, latest))


async def test_logout_with_an_unknown_token_answers_204_and_changes_nothing(
    client, world, sessionmaker
):
    tokens = await log_in(client)
    client.cookies.clear()
    actions_before = await audit_actions(sessionmaker)

    response = await client.post(LOGOUT, json={"refresh_token": "not-a-token-we-ever-issued"})

    assert response.status_code == 204, response.text
    assert await count_revoked(sessionmaker) == 0
    assert await audit_actions(sessionmaker) == actions_before
    still = await refresh_with(client, tokens["refresh_token"])
    assert still.status_code == 200, still.text


async def test_logout_without_any_token_answers_204(client, world, sessionmaker):
    await log_in(client)
    client.cookies.clear()

    response = await client.post(LOGOUT)

    assert response.status_code == 204, response.text
    assert await count_revoked(sessionmaker) == 0


async def test_logout_leaves_other_sessions_of_the_user_alone(client, world):
    laptop = await log_in(client)
    phone = await log_in(client)

    response = await client.post(LOGOUT, json={"refresh_token": laptop["refresh_token"]})

    assert response.status_code == 204
    still = await refresh_with(client, phone["refresh_token"])
    assert still.status_code == 200, still.text


# --- the audit trail -----------------------------------------------------------------------------


async def test_audit_chain_is_intact_after_login_refresh_reuse_and_logout(
    client, world, sessionmaker
):
    first = await log_in(client)
    second = (await refresh_with(client, first["refresh_token"])).json()
    await after_the_grace_window(sessionmaker, first["refresh_token"])
    assert_unauthorized(await refresh_with(client, first["refresh_token"]))
    assert_unauthorized(await refresh_with(client, second["refresh_token"]))
    other = await log_in(client, "congan")
    assert (await client.post(LOGOUT, json={"refresh_token": other["refresh_token"]})).is_success
    assert (await client.post(LOGOUT, json={"refresh_token": "unknown"})).is_success

    async with sessionmaker() as session:
        report = await verify_chain(session)

    assert report.intact, report
    actions = await audit_actions(sessionmaker)
    assert {"auth.login", "auth.refresh_reused", "auth.logout"} <= set(actions)
    assert report.events == len(actions)
