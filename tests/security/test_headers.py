"""Every answer, the API's, the app's files and errors alike, carries the security headers; the
API documentation page allows only its own inline script; HSTS only in production."""

import base64
import hashlib
import re
from contextlib import asynccontextmanager

import httpx
import pytest

from ttdn.core.config import get_settings
from ttdn.main import create_app

APP_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; "
    "font-src 'self'; connect-src 'self'; worker-src 'self'; manifest-src 'self'; "
    "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'"
)
HSTS = "max-age=31536000; includeSubDomains"


def assert_secured(response: httpx.Response, policy: str = APP_POLICY) -> None:
    assert response.headers["content-security-policy"] == policy
    assert response.headers["x-content-type-options"] == "nosniff"
    assert response.headers["x-frame-options"] == "DENY"
    assert response.headers["referrer-policy"] == "same-origin"


@asynccontextmanager
async def serving(**settings):
    """A client of an app made with these settings changed. Its lifespan is not run: production
    refuses the demo accounts the test database holds, and these requests need no database."""
    app = create_app(get_settings().model_copy(update=settings))
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://t") as client:
        yield client


@pytest.fixture
def built_app(tmp_path):
    """A build of the web app: its page, a hashed script and the service worker."""
    (tmp_path / "assets").mkdir()
    (tmp_path / "index.html").write_text("<!doctype html><title>TTĐN</title>")
    (tmp_path / "assets" / "index-abc123.js").write_text("console.log(1)")
    (tmp_path / "sw.js").write_text("self.addEventListener('fetch', () => {})")
    return tmp_path


async def test_an_api_answer_carries_the_security_headers(client, world):
    response = await client.get("/api/v1/me", headers=world.auth("vhxh"))
    assert response.status_code == 200
    assert_secured(response)


@pytest.mark.parametrize("path", ["/", "/tasks/12", "/assets/index-abc123.js", "/sw.js"])
async def test_the_app_page_and_its_files_carry_the_security_headers(built_app, path):
    async with serving(spa_directory=built_app) as client:
        response = await client.get(path)
    assert response.status_code == 200
    assert_secured(response)


async def test_errors_carry_the_security_headers(client, world):
    not_found = await client.get("/api/v1/nothing-here")
    assert not_found.status_code == 404
    assert not_found.headers["content-type"].startswith("application/problem+json")
    assert_secured(not_found)
    invalid = await client.get("/api/v1/tasks?limit=1000", headers=world.auth("vhxh"))
    assert invalid.status_code == 422
    assert invalid.headers["content-type"].startswith("application/problem+json")
    assert_secured(invalid)
    unauthorized = await client.get("/api/v1/me")
    assert unauthorized.status_code == 401
    assert_secured(unauthorized)


async def test_a_body_refused_before_the_routes_carries_the_security_headers(client):
    response = await client.post(
        "/api/v1/auth/login", headers={"Content-Length": "999999999"}, content=b""
    )
    assert response.status_code == 413
    assert_secured(response)


async def test_no_strict_transport_outside_production(client, world):
    response = await client.get("/api/v1/health")
    assert "strict-transport-security" not in response.headers


async def test_production_answers_demand_https(built_app):
    async with serving(environment="production", spa_directory=built_app) as client:
        page = await client.get("/")
        error = await client.get("/api/v1/nothing-here")
    assert page.headers["strict-transport-security"] == HSTS
    assert error.headers["strict-transport-security"] == HSTS
    assert_secured(page)


async def test_the_docs_page_allows_its_own_inline_script_and_no_other(client):
    page = await client.get("/docs")
    assert page.status_code == 200
    policy = page.headers["content-security-policy"]
    (script,) = re.findall(r"<script>(.*?)</script>", page.text, re.DOTALL)
    digest = base64.b64encode(hashlib.sha256(script.encode()).digest()).decode()
    assert f"script-src 'self' 'sha256-{digest}';" in policy
    assert "unsafe-inline" not in policy and "unsafe-eval" not in policy
    assert policy == APP_POLICY.replace("script-src 'self'", f"script-src 'self' 'sha256-{digest}'")
    assert_secured(page, policy)
    assert "validator.swagger.io" not in page.text and '"validatorUrl": null' in page.text
    assert_secured(await client.get("/docs/static/swagger-ui-bundle.js"))
