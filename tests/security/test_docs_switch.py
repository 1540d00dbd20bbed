"""The API documentation (/docs and the OpenAPI document over HTTP) is off in production unless
`TTDN_DOCS_ENABLED=true`; `ttdn openapi` writes the document whatever the setting."""

import httpx
import pytest

from ttdn.core.config import Settings, get_settings
from ttdn.main import create_app

DOCS_PATHS = ("/docs", "/api/v1/openapi.json", "/docs/static/swagger-ui.css")


async def _statuses(**settings) -> list[int]:
    app = create_app(get_settings().model_copy(update=settings))
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://t") as client:
        return [(await client.get(path)).status_code for path in DOCS_PATHS]


async def test_docs_are_off_in_production():
    assert await _statuses(environment="production") == [404, 404, 404]


async def test_docs_are_served_in_production_when_enabled():
    assert await _statuses(environment="production", docs_enabled=True) == [200, 200, 200]


async def test_docs_are_served_in_development_unless_disabled():
    assert await _statuses(environment="development") == [200, 200, 200]
    assert await _statuses(environment="development", docs_enabled=False) == [404, 404, 404]


def test_the_openapi_document_is_still_made_without_the_docs():
    app = create_app(get_settings().model_copy(update={"environment": "production"}))
    assert "/api/v1/tasks" in app.openapi()["paths"]


@pytest.mark.parametrize(("given", "served"), [("true", True), ("false", False), ("", False)])
def test_docs_enabled_is_read_from_the_environment(monkeypatch, given, served):
    monkeypatch.setenv("TTDN_ENVIRONMENT", "production")
    if given:
        monkeypatch.setenv("TTDN_DOCS_ENABLED", given)
    assert Settings().serves_docs is served
