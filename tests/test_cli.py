"""The `ttdn` command, run as a person would run it."""

import os
import subprocess
import sys
import time
from datetime import date, timedelta

from sqlalchemy import select, update

from ttdn.accounts.models import LoginThrottle, User
from ttdn.core.db import utcnow
from ttdn.core.files import FileStore
from ttdn.core.idempotency import IdempotencyKey
from ttdn.media.models import MediaDocument, MediaInteraction


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


async def test_cleanup_deletes_expired_keys_stale_throttles_and_dead_refresh_tokens(
    database_url, world, client, sessionmaker
):
    headers = {**world.auth("admin"), "Idempotency-Key": "cu"}
    body = {
        "parent_id": world.unit_id("ubnd_cao_xa"),
        "kind": "residential_area",
        "code": "KDC-07",
        "name": "Khu dân cư số 7",
    }
    assert (await client.post("/api/v1/units", json=body, headers=headers)).status_code == 201
    await client.post("/api/v1/auth/login", data={"username": "ai-do", "password": "sai-mat-khau"})
    long_ago = utcnow() - timedelta(days=30)
    async with sessionmaker() as session, session.begin():
        await session.execute(update(IdempotencyKey).values(created_at=long_ago))
        await session.execute(update(LoginThrottle).values(last_failure_at=long_ago))

    result = _ttdn(database_url, "cleanup")

    assert result.returncode == 0, result.stderr
    assert "deleted 1 expired idempotency keys, 1 login throttles" in result.stdout
    async with sessionmaker() as session:
        assert (await session.scalars(select(IdempotencyKey))).all() == []
        assert (await session.scalars(select(LoginThrottle))).all() == []


async def test_cleanup_deletes_files_no_record_names_once_they_are_old(
    database_url, world, sessionmaker, tmp_path
):
    files = tmp_path / "files"
    environment = {"TTDN_FILES_DIR": str(files)}
    store = FileStore(files)
    kept = store.keep(b"%PDF-1.4 named by a record")
    named = MediaInteraction(
        unit_id=world.unit_id("van_phong"),
        kind="interview",
        occurred_on=date(2023, 6, 1),
        topic="x",
    )
    orphan, recent = store.keep(b"%PDF-1.4 left by a failed request"), store.keep(b"%PDF-1.4 new")
    stale = store.path_of(orphan).parent / ".upload-interrupted"
    stale.write_bytes(b"half")
    two_hours_ago = time.time() - 7200
    for sha256 in (kept, orphan):
        os.utime(store.path_of(sha256), (two_hours_ago, two_hours_ago))
    os.utime(stale, (two_hours_ago, two_hours_ago))
    async with sessionmaker() as session, session.begin():
        session.add(named)
        await session.flush()
        session.add(
            MediaDocument(
                interaction_id=named.id,
                filename="a.pdf",
                content_type="application/pdf",
                size_bytes=1,
                sha256=kept,
                uploaded_by_name="x",
            )
        )

    result = _ttdn(database_url, "cleanup", **environment)

    assert result.returncode == 0, result.stderr
    assert "and 2 unreferenced files" in result.stdout
    assert store.path_of(kept).exists() and store.path_of(recent).exists()
    assert not store.path_of(orphan).exists() and not stale.exists()
