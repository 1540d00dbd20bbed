"""Changing one's own password: the current one is asked for and throttled like a login; the
account's other sessions end, the caller's goes on with a new pair."""

import pytest
from sqlalchemy import func, select

from ttdn.accounts.login import BACKOFF_AFTER_FAILURES
from ttdn.accounts.models import User
from ttdn.core.idempotency import IdempotencyKey
from ttdn.demo.cao_xa_2023 import DEMO_PASSWORD

PATH = "/api/v1/me/password"
NEW = "mat-khau-moi-du-dai"


async def _log_in(client, username, password=DEMO_PASSWORD):
    return await client.post(
        "/api/v1/auth/login", data={"username": username, "password": password}
    )


async def test_a_new_password_ends_other_sessions_and_starts_a_new_one(client, world):
    other_device = (await _log_in(client, "khu1")).json()["refresh_token"]
    response = await client.post(
        PATH,
        json={"current_password": DEMO_PASSWORD, "new_password": NEW},
        headers=world.auth("khu1"),
    )
    assert response.status_code == 200, response.text
    pair = response.json()
    assert pair["access_token"] and pair["refresh_token"]
    assert "ttdn_refresh" in response.headers["set-cookie"]
    stale = await client.post("/api/v1/auth/refresh", json={"refresh_token": other_device})
    assert stale.status_code == 401
    renewed = await client.post(
        "/api/v1/auth/refresh", json={"refresh_token": pair["refresh_token"]}
    )
    assert renewed.status_code == 200
    assert (await _log_in(client, "khu1")).status_code == 401
    assert (await _log_in(client, "khu1", NEW)).status_code == 200


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"current_password": "sai-mat-khau-roi", "new_password": NEW}, "current_password"),
        ({"current_password": DEMO_PASSWORD, "new_password": "ngan"}, "new_password"),
        ({"current_password": DEMO_PASSWORD, "new_password": DEMO_PASSWORD}, "new_password"),
        ({"current_password": "", "new_password": NEW}, "current_password"),
    ],
)
async def test_a_refused_change_names_the_field_and_changes_nothing(
    client, world, sessionmaker, body, field
):
    async with sessionmaker() as session:
        before = await session.scalar(
            select(User.password_hash).where(User.id == world.users["khu1"])
        )
    response = await client.post(PATH, json=body, headers=world.auth("khu1"))
    assert response.status_code == 422, response.text
    assert response.headers["content-type"].startswith("application/problem+json")
    assert response.json()["errors"][0]["loc"][-1] == field
    async with sessionmaker() as session:
        after = await session.scalar(
            select(User.password_hash).where(User.id == world.users["khu1"])
        )
    assert after == before


async def test_guessing_the_current_password_meets_the_login_throttle(client, world):
    wrong = {"current_password": "sai-mat-khau-roi", "new_password": NEW}
    for _ in range(BACKOFF_AFTER_FAILURES):
        response = await client.post(PATH, json=wrong, headers=world.auth("khu1"))
        assert response.status_code == 422
    throttled = await client.post(
        PATH, json={**wrong, "current_password": DEMO_PASSWORD}, headers=world.auth("khu1")
    )
    assert throttled.status_code == 429
    assert "Retry-After" in throttled.headers


async def test_the_answer_is_never_kept_for_an_idempotent_retry(client, world, sessionmaker):
    response = await client.post(
        PATH,
        json={"current_password": DEMO_PASSWORD, "new_password": NEW},
        headers={**world.auth("khu1"), "Idempotency-Key": "doi-mat-khau-1"},
    )
    assert response.status_code == 200
    async with sessionmaker() as session:
        kept = await session.scalar(select(func.count()).select_from(IdempotencyKey))
    assert kept == 0


async def test_changing_a_password_needs_a_session(client):
    response = await client.post(PATH, json={"current_password": "x", "new_password": NEW})
    assert response.status_code == 401
