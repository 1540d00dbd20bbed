"""Health, and the checks that keep a production server from starting unsafe."""

import httpx
import pytest
from sqlalchemy import update

from ttdn.accounts.models import User
from ttdn.core.config import Settings
from ttdn.main import StartupRefused, create_app


async def test_health_says_ok_at_the_migration_head(client, world):
    response = await client.get("/api/v1/health")
    assert response.status_code == 200
    body = response.json()
    assert body["status"] == "ok" and body["database"] == "ok" and body["revision"]


async def test_health_is_503_on_a_database_behind_the_head(tmp_path):
    url = f"sqlite+aiosqlite:///{tmp_path / 'empty.sqlite3'}"
    app = create_app(Settings(database_url=url))
    async with app.router.lifespan_context(app):
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://t") as client:
            response = await client.get("/api/v1/health")
    assert response.status_code == 503
    assert "ttdn migrate" in response.json()["detail"]


def test_production_refuses_to_start_without_an_explicit_secret(tmp_path, monkeypatch):
    monkeypatch.delenv("TTDN_SECRET_KEY", raising=False)

    with pytest.raises(ValueError, match="TTDN_SECRET_KEY must be set in production"):
        Settings(environment="production", secret_key_file=tmp_path / "secret_key")
    assert not (tmp_path / "secret_key").exists()


async def test_production_refuses_demo_accounts(database_url, world):
    settings = Settings(
        database_url=database_url,
        environment="production",
        secret_key="a-real-secret-of-enough-length-for-production-use",
    )
    app = create_app(settings)
    with pytest.raises(StartupRefused, match="demo accounts"):
        async with app.router.lifespan_context(app):
            pass


async def test_production_starts_once_demo_accounts_are_gone(database_url, world, sessionmaker):
    async with sessionmaker() as session, session.begin():
        await session.execute(update(User).values(is_demo=False))
    app = create_app(
        Settings(
            database_url=database_url,
            environment="production",
            secret_key="a-real-secret-of-enough-length-for-production-use",
        )
    )
    async with app.router.lifespan_context(app):
        assert app.state.sessionmaker is not None


def test_a_short_secret_is_refused():
    with pytest.raises(ValueError, match="secret_key"):
        Settings(secret_key="short")
