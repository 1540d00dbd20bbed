"""The web app is served from the API's origin; the API's own 404s stay problem+json."""

import httpx
import pytest

from ttdn.core.config import get_settings
from ttdn.main import create_app


@pytest.fixture
async def spa_client(tmp_path, database_url):
    (tmp_path / "assets").mkdir()
    (tmp_path / "index.html").write_text("<!doctype html><title>TTĐN</title>")
    (tmp_path / "assets" / "index-abc123.js").write_text("console.log(1)")
    (tmp_path / "sw.js").write_text("self.addEventListener('fetch', () => {})")
    settings = get_settings().model_copy(update={"spa_directory": tmp_path})
    app = create_app(settings)
    async with app.router.lifespan_context(app):
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://t") as client:
            yield client


async def test_the_app_is_served_at_the_root(spa_client):
    response = await spa_client.get("/")
    assert response.status_code == 200 and "TTĐN" in response.text
    assert response.headers["cache-control"] == "no-cache"


async def test_app_routes_fall_back_to_the_page(spa_client):
    response = await spa_client.get("/tasks/12")
    assert response.status_code == 200 and "TTĐN" in response.text


async def test_hashed_assets_are_cached_for_good(spa_client):
    response = await spa_client.get("/assets/index-abc123.js")
    assert response.status_code == 200
    assert "immutable" in response.headers["cache-control"]
    worker = await spa_client.get("/sw.js")
    assert worker.headers["cache-control"] == "no-cache"


async def test_unknown_api_paths_stay_json_404(spa_client):
    response = await spa_client.get("/api/v1/nothing-here")
    assert response.status_code == 404
    assert response.headers["content-type"].startswith("application/problem+json")


async def test_files_outside_the_app_are_not_served(spa_client):
    response = await spa_client.get("/..%2f..%2fetc/passwd")
    assert "root:" not in response.text


async def test_the_api_still_answers(spa_client, world):
    response = await spa_client.get("/api/v1/health")
    assert response.status_code == 200


async def test_the_api_documentation_needs_no_cdn(client):
    page = await client.get("/docs")
    assert page.status_code == 200
    assert "/docs/static/swagger-ui-bundle.js" in page.text
    assert "cdn" not in page.text.lower()
    script = await client.get("/docs/static/swagger-ui-bundle.js")
    assert script.status_code == 200 and "SwaggerUIBundle" in script.text[:2000]
    assert (await client.get("/docs/static/swagger-ui.css")).status_code == 200
