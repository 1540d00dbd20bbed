"""The web app is served from the API's origin; the API's own 404s stay problem+json."""

import gzip

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


@pytest.fixture
async def precompressed_client(tmp_path, database_url):
    """A build whose script has the brotli and gzip copies the build writes beside it."""
    (tmp_path / "assets").mkdir()
    (tmp_path / "index.html").write_text("<!doctype html><title>TTĐN</title>")
    (tmp_path / "assets" / "index-abc123.js").write_text("console.log(1)")
    # Not real brotli: the test checks the copy goes out as it was built.
    (tmp_path / "assets" / "index-abc123.js.br").write_bytes(b"BR-COPY")
    (tmp_path / "assets" / "index-abc123.js.gz").write_bytes(
        gzip.compress(b"console.log(1)", mtime=0)
    )
    settings = get_settings().model_copy(update={"spa_directory": tmp_path})
    app = create_app(settings)
    async with app.router.lifespan_context(app):
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://t") as client:
            yield client


@pytest.mark.parametrize(
    ("accept_encoding", "coding"),
    [
        ("gzip, deflate, br", "br"),
        ("br;q=0, gzip", "gzip"),
        ("gzip", "gzip"),
        ("identity", None),
    ],
)
async def test_a_built_file_goes_out_in_the_best_precompressed_copy_accepted(
    precompressed_client, accept_encoding, coding
):
    async with precompressed_client.stream(
        "GET", "/assets/index-abc123.js", headers={"Accept-Encoding": accept_encoding}
    ) as response:
        raw = b"".join([chunk async for chunk in response.aiter_raw()])
    assert response.status_code == 200
    assert response.headers.get("content-encoding") == coding
    assert response.headers["content-type"].startswith("text/javascript")
    assert "Accept-Encoding" in response.headers["vary"]
    assert "immutable" in response.headers["cache-control"]
    # Each copy goes out as it was built, not compressed again.
    expected = {"br": b"BR-COPY", "gzip": gzip.compress(b"console.log(1)", mtime=0)}
    assert raw == expected.get(coding, b"console.log(1)")


async def test_api_answers_over_a_kilobyte_leave_compressed(client, world):
    large = await client.get(
        "/api/v1/tasks?limit=50", headers={**world.auth("vhxh"), "Accept-Encoding": "gzip"}
    )
    assert large.status_code == 200
    assert large.headers["content-encoding"] == "gzip"
    assert len(large.json()["items"]) > 10
    small = await client.get("/api/v1/health", headers={"Accept-Encoding": "gzip"})
    assert "content-encoding" not in small.headers
