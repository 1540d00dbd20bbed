"""CORS from an allow-list (`TTDN_CORS_ORIGINS`): none at all by default; the origins listed may
call the API with a bearer token, no others, and never with cookies."""

from contextlib import asynccontextmanager

import httpx
import pytest
from pydantic import ValidationError

from ttdn.core.config import Settings, get_settings
from ttdn.main import create_app

PORTAL = "https://portal.phutho.example"
OTHER = "https://evil.example"


@asynccontextmanager
async def serving(app):
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://t") as client:
        yield client


@pytest.fixture
async def portal_client(app):
    """The test app with the portal's origin allowed, sharing the session's database."""
    settings = get_settings().model_copy(update={"cors_origins": (PORTAL,)})
    allowing = create_app(settings)
    allowing.state.sessionmaker = app.state.sessionmaker
    async with serving(allowing) as client:
        yield client


async def test_an_allowed_origin_may_read_the_answer(portal_client, world):
    response = await portal_client.get(
        "/api/v1/me", headers={**world.auth("huyen"), "Origin": PORTAL}
    )
    assert response.status_code == 200
    assert response.headers["access-control-allow-origin"] == PORTAL
    assert "etag" in response.headers["access-control-expose-headers"].lower()
    assert "access-control-allow-credentials" not in response.headers


async def test_another_origin_may_not(portal_client, world):
    response = await portal_client.get(
        "/api/v1/me", headers={**world.auth("huyen"), "Origin": OTHER}
    )
    assert "access-control-allow-origin" not in response.headers


async def test_a_preflight_of_an_allowed_origin_is_answered(portal_client):
    response = await portal_client.options(
        "/api/v1/tasks/1",
        headers={
            "Origin": PORTAL,
            "Access-Control-Request-Method": "PATCH",
            "Access-Control-Request-Headers": "authorization, content-type, if-match",
        },
    )
    assert response.status_code == 200
    assert response.headers["access-control-allow-origin"] == PORTAL
    assert "PATCH" in response.headers["access-control-allow-methods"]
    allowed = response.headers["access-control-allow-headers"].lower()
    assert {"authorization", "content-type", "if-match"} <= {h.strip() for h in allowed.split(",")}
    assert "access-control-allow-credentials" not in response.headers
    assert response.headers["x-content-type-options"] == "nosniff"


async def test_a_preflight_of_another_origin_is_refused(portal_client):
    response = await portal_client.options(
        "/api/v1/tasks/1",
        headers={"Origin": OTHER, "Access-Control-Request-Method": "PATCH"},
    )
    assert response.status_code == 400
    assert "access-control-allow-origin" not in response.headers


async def test_no_cors_headers_at_all_by_default(client, world):
    response = await client.get("/api/v1/me", headers={**world.auth("huyen"), "Origin": PORTAL})
    assert response.status_code == 200
    assert not [name for name in response.headers if name.startswith("access-control-")]
    preflight = await client.options(
        "/api/v1/tasks/1", headers={"Origin": PORTAL, "Access-Control-Request-Method": "PATCH"}
    )
    assert "access-control-allow-origin" not in preflight.headers


def test_origins_are_read_as_a_comma_separated_list(monkeypatch):
    monkeypatch.setenv("TTDN_CORS_ORIGINS", f" {PORTAL}, http://127.0.0.1:5173 ,")
    assert Settings().cors_origins == (PORTAL, "http://127.0.0.1:5173")
    monkeypatch.setenv("TTDN_CORS_ORIGINS", "")
    assert Settings().cors_origins == ()


@pytest.mark.parametrize("given", ["*", "portal.example", f"{PORTAL}/", f"{PORTAL}/api"])
def test_what_is_not_an_origin_is_refused(monkeypatch, given):
    monkeypatch.setenv("TTDN_CORS_ORIGINS", given)
    with pytest.raises(ValidationError, match="TTDN_CORS_ORIGINS"):
        Settings()
