"""The `ttdn` command, run as a person would run it."""

import os
import subprocess
import sys

from sqlalchemy import select

from ttdn.accounts.models import User


def _ttdn(database_url, *args, **environment):
    return subprocess.run(  # noqa: S603 (our own command)
        [sys.executable, "-m", "ttdn.cli", *args],
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "TTDN_DATABASE_URL": database_url, **environment},
    )


async def test_create_admin_makes_an_administrator_who_can_log_in(
    database_url, world, client, sessionmaker
):
    result = _ttdn(
        database_url,
        "create-admin",
        "quantri",
        "--full-name",
        "Quản Trị Viên",
        "--unit-code",
        "UBND-CAOXA",
        TTDN_ADMIN_PASSWORD="mot-mat-khau-dai",
    )
    assert result.returncode == 0, result.stderr
    assert "admin quantri created in Ủy ban nhân dân xã Cao Xá" in result.stdout
    login = await client.post(
        "/api/v1/auth/login", data={"username": "quantri", "password": "mot-mat-khau-dai"}
    )
    me = await client.get(
        "/api/v1/me", headers={"Authorization": f"Bearer {login.json()['access_token']}"}
    )
    assert me.json()["roles"] == ["admin"]
    async with sessionmaker() as session:
        created = await session.scalar(select(User).where(User.username == "quantri"))
    assert created is not None and not created.is_demo


async def test_create_admin_refuses_a_short_password(database_url, world):
    result = _ttdn(
        database_url,
        "create-admin",
        "quantri",
        "--full-name",
        "Quản Trị",
        "--unit-code",
        "UBND-CAOXA",
        TTDN_ADMIN_PASSWORD="ngan",
    )
    assert result.returncode != 0
    assert "10 characters" in result.stderr


async def test_seed_demo_leaves_a_database_with_data_alone(database_url, world):
    again = _ttdn(database_url, "seed-demo", "--if-empty")
    assert again.returncode == 0
    assert "already has data" in again.stdout
    refused = _ttdn(database_url, "seed-demo")
    assert refused.returncode != 0


def test_openapi_writes_the_document(tmp_path, database_url):
    output = tmp_path / "openapi.json"
    result = _ttdn(database_url, "openapi", "--output", str(output))
    assert result.returncode == 0, result.stderr
    assert '"/api/v1/tasks/{task_id}/updates"' in output.read_text()
