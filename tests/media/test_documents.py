"""Documents of an interaction: type sniffed from the content, kept by hash outside anything
served, downloaded as an attachment, refused whole when too large or of another type."""

import hashlib
import io
import zipfile

import pytest
from sqlalchemy import func, select

from ttdn.core.config import get_settings
from ttdn.core.files import sniff
from ttdn.media.models import MediaDocument

INTERACTIONS = "/api/v1/media/interactions"
PDF = b"%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64


def _docx() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as package:
        package.writestr("[Content_Types].xml", "<Types/>")
        package.writestr("word/document.xml", "<w:document/>")
    return buffer.getvalue()


async def _interaction(client, world) -> int:
    response = await client.post(
        INTERACTIONS,
        json={"kind": "press_release", "occurred_on": "2023-06-01", "topic": "Thông cáo"},
        headers=world.auth("vanphong"),
    )
    return response.json()["id"]


def _stored_files() -> set[str]:
    return {path.name for path in get_settings().files_dir.rglob("*") if path.is_file()}


async def _documents(sessionmaker) -> int:
    async with sessionmaker() as session:
        return await session.scalar(select(func.count()).select_from(MediaDocument)) or 0


async def test_a_document_is_kept_by_its_hash_and_downloaded_byte_for_byte(client, world):
    interaction_id = await _interaction(client, world)
    name = "Thông cáo báo chí.pdf"
    response = await client.post(
        f"{INTERACTIONS}/{interaction_id}/documents",
        files={"file": (name, PDF, "application/octet-stream")},
        headers=world.auth("vanphong"),
    )
    assert response.status_code == 201, response.text
    document = response.json()
    assert document["sha256"] == hashlib.sha256(PDF).hexdigest()
    assert (document["content_type"], document["size_bytes"]) == ("application/pdf", len(PDF))
    assert document["filename"] == name
    stored = get_settings().files_dir / document["sha256"][:2] / document["sha256"]
    assert stored.read_bytes() == PDF
    assert get_settings().spa_directory.resolve() not in stored.resolve().parents
    read = await client.get(f"{INTERACTIONS}/{interaction_id}", headers=world.auth("huyen"))
    assert [d["id"] for d in read.json()["documents"]] == [document["id"]]
    download = await client.get(
        f"{INTERACTIONS}/{interaction_id}/documents/{document['id']}", headers=world.auth("khu2")
    )
    assert download.status_code == 404  # khu2 does not read Văn phòng's interactions
    download = await client.get(
        f"{INTERACTIONS}/{interaction_id}/documents/{document['id']}", headers=world.auth("huyen")
    )
    assert download.content == PDF
    assert download.headers["content-type"] == "application/pdf"
    assert download.headers["content-disposition"].startswith("attachment;")
    assert "filename*=UTF-8''Th%C3%B4ng%20c%C3%A1o" in download.headers["content-disposition"]
    assert download.headers["x-content-type-options"] == "nosniff"


async def test_the_type_comes_from_the_content_not_the_name(client, world):
    interaction_id = await _interaction(client, world)
    response = await client.post(
        f"{INTERACTIONS}/{interaction_id}/documents",
        files={"file": ("anh-chup.txt", PNG, "text/plain")},
        headers=world.auth("vanphong"),
    )
    assert response.status_code == 201
    assert response.json()["content_type"] == "image/png"


@pytest.mark.parametrize(
    ("data", "filename", "expected"),
    [
        (PDF, "x.bin", "application/pdf"),
        (b"\xff\xd8\xff\xe0" + b"\x00" * 16, "x", "image/jpeg"),
        (b"RIFF\x00\x00\x00\x00WEBPVP8 ", "x", "image/webp"),
        (b"GIF89a" + b"\x00" * 8, "x", "image/gif"),
        (
            _docx(),
            "x.zip",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        ),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 32, "cu.doc", "application/msword"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 32, "cu.exe", None),
        (b"PK\x03\x04 not really a zip", "x.docx", None),
        (b"MZ\x90\x00", "tai-lieu.pdf", None),  # a program named as a PDF
        (b"<html><script>alert(1)</script>", "trang.pdf", None),
    ],
)
def test_sniffing(data, filename, expected):
    assert sniff(data, filename) == expected


@pytest.mark.parametrize(
    ("data", "status"),
    [
        (b"<html><script>alert(1)</script></html>", 415),
        (b"MZ\x90\x00\x03\x00\x00\x00", 415),
        (b"", 422),
    ],
)
async def test_a_file_that_is_not_a_document_or_image_is_refused(
    data, status, client, world, sessionmaker
):
    interaction_id = await _interaction(client, world)
    files_before, documents_before = _stored_files(), await _documents(sessionmaker)
    response = await client.post(
        f"{INTERACTIONS}/{interaction_id}/documents",
        files={"file": ("bien-ban.pdf", data, "application/pdf")},
        headers=world.auth("vanphong"),
    )
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/problem+json")
    assert _stored_files() == files_before
    assert await _documents(sessionmaker) == documents_before


async def test_a_file_over_the_limit_is_refused_whole(client, world, sessionmaker):
    interaction_id = await _interaction(client, world)
    files_before, documents_before = _stored_files(), await _documents(sessionmaker)
    too_large = PDF + b"\x00" * get_settings().upload_max_bytes
    response = await client.post(
        f"{INTERACTIONS}/{interaction_id}/documents",
        files={"file": ("lon.pdf", too_large, "application/pdf")},
        headers=world.auth("vanphong"),
    )
    assert response.status_code == 413, response.text
    assert "20 MB" in response.json()["detail"]
    assert _stored_files() == files_before
    assert await _documents(sessionmaker) == documents_before


async def test_an_ordinary_request_keeps_its_smaller_limit(client, world):
    response = await client.post(
        INTERACTIONS,
        content=b"{" + b" " * (2 * 1_048_576) + b"}",
        headers=world.auth("vanphong") | {"Content-Type": "application/json"},
    )
    assert response.status_code == 413


async def test_a_removed_document_is_no_longer_offered(client, world, sessionmaker):
    interaction_id = await _interaction(client, world)
    uploaded = await client.post(
        f"{INTERACTIONS}/{interaction_id}/documents",
        files={"file": ("a.pdf", PDF, "application/pdf")},
        headers=world.auth("vanphong"),
    )
    path = f"{INTERACTIONS}/{interaction_id}/documents/{uploaded.json()['id']}"
    assert (await client.delete(path, headers=world.auth("congan"))).status_code == 403
    assert (await client.delete(path, headers=world.auth("vanphong"))).status_code == 204
    assert (await client.get(path, headers=world.auth("vanphong"))).status_code == 404
    read = await client.get(f"{INTERACTIONS}/{interaction_id}", headers=world.auth("vanphong"))
    assert read.json()["documents"] == []
    assert await _documents(sessionmaker) == 1  # kept, marked removed, for the audit
