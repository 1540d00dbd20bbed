"""Nothing secret or personal reaches the log: not a password (right, wrong, or typed into the
name field), an access or refresh token, nor the user's e-mail or phone. The app runs under a
real uvicorn, so that uvicorn's own access and error logs are read too, with SQL logging on."""

import asyncio
import logging
from collections.abc import AsyncIterator

import httpx
import pytest
import uvicorn
from sqlalchemy import text, update
from sqlalchemy.exc import DBAPIError

from ttdn.accounts.models import User
from ttdn.core.db import make_engine
from ttdn.demo.cao_xa_2023 import DEMO_PASSWORD

EMAIL = "nguyen.van.lo@caoxa.example"
PHONE = "0912 345 678"
WRONG_PASSWORD = "sai-mat-khau-bi-mat-2023"
STARTUP_POLLS = 1000  # of 10 ms
# Everything at its most talkative, except SQLAlchemy's result rows (DEBUG), which an operator
# only sees by asking for them (`echo="debug"`); its statements (INFO) are read.
LOGGERS = {
    "": logging.DEBUG,
    "ttdn": logging.DEBUG,
    "uvicorn": logging.DEBUG,
    "uvicorn.error": logging.DEBUG,
    "uvicorn.access": logging.DEBUG,
    "uvicorn.asgi": logging.DEBUG,
    "sqlalchemy": logging.INFO,
    "sqlalchemy.engine": logging.INFO,
}


@pytest.fixture
async def served(app, world, sessionmaker) -> AsyncIterator[str]:
    """The test app under uvicorn on a free port, with its default access log (the format
    `make run` uses). The user `vhxh` has an e-mail and a phone to leak."""
    async with sessionmaker() as session, session.begin():
        await session.execute(
            update(User).where(User.username == "vhxh").values(email=EMAIL, phone=PHONE)
        )
    # `log_config=None`: uvicorn's loggers propagate to the capture instead of its own handlers.
    config = uvicorn.Config(
        app, host="127.0.0.1", port=0, lifespan="off", log_config=None, log_level="trace"
    )
    server = uvicorn.Server(config)
    serving = asyncio.create_task(server.serve())
    for _ in range(STARTUP_POLLS):
        if server.started:
            break
        await asyncio.sleep(0.01)
    assert server.started, "uvicorn did not start"
    port = server.servers[0].sockets[0].getsockname()[1]
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        await serving


def _logged(records: list[logging.LogRecord]) -> str:
    return "\n".join(
        f"{record.name} {record.getMessage()} {record.exc_text or ''}" for record in records
    )


async def test_logins_refreshes_and_bearer_requests_leave_no_secret_in_the_log(served, caplog):
    for name, level in LOGGERS.items():
        caplog.set_level(level, logger=name)
    async with httpx.AsyncClient(base_url=served) as client:
        login = await client.post(
            "/api/v1/auth/login", data={"username": "vhxh", "password": DEMO_PASSWORD}
        )
        assert login.status_code == 200
        tokens = login.json()
        wrong = await client.post(
            "/api/v1/auth/login", data={"username": "vhxh", "password": WRONG_PASSWORD}
        )
        # Someone who typed the password into the name field.
        misplaced = await client.post(
            "/api/v1/auth/login", data={"username": WRONG_PASSWORD, "password": "x"}
        )
        assert wrong.status_code == misplaced.status_code == 401
        refreshed = await client.post(
            "/api/v1/auth/refresh", json={"refresh_token": tokens["refresh_token"]}
        )
        assert refreshed.status_code == 200
        renewed = refreshed.json()
        bearer = {"Authorization": f"Bearer {renewed['access_token']}"}
        me = await client.get("/api/v1/me", headers=bearer)
        assert me.status_code == 200 and me.json()["email"] == EMAIL
        stale = await client.get("/api/v1/me", headers={"Authorization": "Bearer not.a.token"})
        assert stale.status_code == 401
        logout = await client.post(
            "/api/v1/auth/logout", json={"refresh_token": renewed["refresh_token"]}, headers=bearer
        )
        assert logout.status_code == 204
    logged = _logged(caplog.records)
    # The capture works: uvicorn's access log and the SQL were read.
    assert "POST /api/v1/auth/login" in logged and "GET /api/v1/me" in logged
    assert "SELECT" in logged
    secrets = {
        "the password": DEMO_PASSWORD,
        "a wrong password": WRONG_PASSWORD,
        "the access token": tokens["access_token"],
        "the refresh token": tokens["refresh_token"],
        "the renewed access token": renewed["access_token"],
        "the renewed refresh token": renewed["refresh_token"],
        "the e-mail": EMAIL,
        "the phone": PHONE,
    }
    leaked = [what for what, secret in secrets.items() if secret in logged]
    assert leaked == []


async def test_a_database_error_does_not_carry_the_values_it_was_given(database_url):
    engine = make_engine(database_url)
    try:
        async with engine.connect() as connection:
            with pytest.raises(DBAPIError) as error:
                await connection.execute(
                    text("SELECT * FROM no_such_table WHERE email = :email"), {"email": EMAIL}
                )
    finally:
        await engine.dispose()
    assert "no_such_table" in str(error.value)
    assert EMAIL not in str(error.value)
