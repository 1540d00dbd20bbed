"""No request holds two database connections at once, so a flood of failed logins (or any other
refusal that leaves a trace) cannot empty the pool and freeze the API."""

import asyncio
from collections.abc import AsyncIterator

import httpx
import pytest
from pwdlib import PasswordHash
from pwdlib.hashers.argon2 import Argon2Hasher

from ttdn.accounts import login
from ttdn.core.config import get_settings
from ttdn.core.db import make_engine, make_sessionmaker
from ttdn.main import create_app

LOGIN = "/api/v1/auth/login"
REFRESH = "/api/v1/auth/refresh"
# A liveness bound, not a timing: a frozen pool answers after its 30 s timeout, or never.
LIVENESS_SECONDS = 25


async def _post_login(client, username, password="not-the-password-2023"):  # noqa: S107 (a wrong one)
    return await client.post(LOGIN, data={"username": username, "password": password})


@pytest.fixture
def cheap_decoy_hash(monkeypatch):
    """Unknown names are verified against a cheaper Argon2 hash here: the pool is under test,
    not two shared cores' speed at a hundred full Argon2 runs."""
    cheap = PasswordHash((Argon2Hasher(time_cost=1, memory_cost=8192, parallelism=1),))
    monkeypatch.setattr(login, "_DECOY_HASH", cheap.hash("decoy"))


async def test_a_hundred_parallel_failed_logins_leave_the_api_answering(
    client, world, cheap_decoy_hash
):
    logins = [asyncio.ensure_future(_post_login(client, f"khong-co-ai-{n}")) for n in range(100)]
    await asyncio.sleep(0)
    tasks = await asyncio.wait_for(
        client.get("/api/v1/tasks", headers=world.auth("vhxh")), LIVENESS_SECONDS
    )
    answers = await asyncio.wait_for(
        asyncio.gather(*logins, return_exceptions=True), LIVENESS_SECONDS * 4
    )

    assert tasks.status_code == 200, tasks.text
    statuses = {getattr(answer, "status_code", repr(answer)) for answer in answers}
    assert statuses <= {401, 429}, statuses


@pytest.fixture
async def pool_of_one(world, database_url) -> AsyncIterator[httpx.AsyncClient]:
    """A client of an app whose pool has one connection: a request that needs a second one
    waits for itself, and gives up after three seconds with a 503."""
    app = create_app(get_settings())
    engine = make_engine(database_url, pool_size=1, max_overflow=0, pool_timeout=3)
    async with app.router.lifespan_context(app):
        app.state.sessionmaker = make_sessionmaker(engine)
        transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
        async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as http:
            yield http
    await engine.dispose()


async def test_refusals_that_leave_a_trace_need_one_connection(pool_of_one, world):
    client = pool_of_one
    for _ in range(5):
        assert (await _post_login(client, "vanphong")).status_code == 401
    assert (await _post_login(client, "vanphong")).status_code == 429
    assert (await _post_login(client, "khong-co-ai")).status_code == 401
    tokens = (await _post_login(client, "vhxh", "ttdn-demo-2023")).json()
    client.cookies.clear()
    spent = await client.post(REFRESH, json={"refresh_token": tokens["refresh_token"]})
    assert spent.status_code == 200, spent.text
    denied = await client.post("/api/v1/units", json={}, headers=world.auth("khu1"))
    assert denied.status_code == 403, denied.text


async def test_idempotent_writes_need_one_connection(pool_of_one, world):
    client = pool_of_one
    body = {
        "parent_id": world.unit_id("ubnd_cao_xa"),
        "kind": "residential_area",
        "code": "KDC-07",
        "name": "Khu dân cư số 7",
    }
    headers = {**world.auth("admin"), "Idempotency-Key": "mot-ket-noi"}
    created = await client.post("/api/v1/units", json=body, headers=headers)
    replayed = await client.post("/api/v1/units", json=body, headers=headers)
    refused = await client.post(
        "/api/v1/units", json=body, headers={**world.auth("khu1"), "Idempotency-Key": "k"}
    )

    assert created.status_code == 201, created.text
    assert replayed.status_code == 201 and replayed.headers["idempotent-replayed"] == "true"
    assert refused.status_code == 403, refused.text


async def test_no_connection_free_within_the_pool_timeout_is_a_503(world, database_url):
    """An overloaded server says so (503 with Retry-After), not "internal error"."""
    app = create_app(get_settings())
    engine = make_engine(database_url, pool_size=1, max_overflow=0, pool_timeout=0.2)
    async with app.router.lifespan_context(app):
        app.state.sessionmaker = make_sessionmaker(engine)
        transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
        async with (
            engine.connect() as held,  # the only connection, busy elsewhere
            httpx.AsyncClient(transport=transport, base_url="http://testserver") as client,
        ):
            await held.exec_driver_sql("SELECT 1")
            response = await client.get("/api/v1/tasks", headers=world.auth("vhxh"))
    await engine.dispose()
    assert response.status_code == 503, response.text
    assert response.headers["retry-after"] == "5"
    assert response.headers["content-type"].startswith("application/problem+json")
    assert response.json()["title"] == "Hệ thống đang bận"
