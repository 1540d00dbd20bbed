"""The work on an incident: actions (and the progress they make on the plan's tasks), evidence
kept byte for byte with previews stripped of their metadata, the people involved read by the
security unit alone, and the quarter's police figures."""

import hashlib
import io

import pytest
from PIL import Image
from sqlalchemy import func, select

from ttdn.core.config import get_settings
from ttdn.incidents.models import IncidentEvidence

INCIDENTS = "/api/v1/incidents"


def _photo(size=(64, 48)) -> bytes:
    """A JPEG as a phone writes it: with EXIF, a GPS position among it, and turned."""
    image = Image.new("RGB", size, (200, 30, 30))
    exif = Image.Exif()
    exif[0x0112] = 6  # orientation: turned 90°
    exif[0x8825] = {1: "N", 2: (21.0, 18.0, 0.0), 3: "E", 4: (105.0, 20.0, 0.0)}  # GPS
    exif[0x010F] = "Điện thoại"
    buffer = io.BytesIO()
    image.save(buffer, format="JPEG", exif=exif)
    return buffer.getvalue()


async def _incident(client, world, username="khu1", **fields) -> dict:
    body = {
        "title": "Tin sai về dịch bệnh ở Khu 1",
        "detected_at": "2023-07-08T19:45:00+07:00",
        "platform": "tiktok",
        "category": "disasters_health",
        "urls": ["https://www.tiktok.com/@tin.lang.que/video/1"],
        **fields,
    }
    response = await client.post(INCIDENTS, json=body, headers=world.auth(username))
    assert response.status_code == 201, response.text
    return response.json()


async def _upload(client, world, incident_id, username, data, name="anh.jpg", **form):
    return await client.post(
        f"{INCIDENTS}/{incident_id}/evidence",
        files={"file": (name, data, "application/octet-stream")},
        data=form,
        headers=world.auth(username),
    )


def _stored() -> set[str]:
    return {p.name for p in get_settings().files_dir.rglob("*") if p.is_file()}


async def test_a_reporters_photo_is_kept_whole_and_previewed_without_its_position(client, world):
    incident = await _incident(client, world)
    photo = _photo()
    response = await _upload(
        client, world, incident["id"], "khu1", photo, captured_at="2023-07-08T19:40:00+07:00"
    )
    assert response.status_code == 201, response.text
    evidence = response.json()
    assert evidence["sha256"] == hashlib.sha256(photo).hexdigest()
    assert evidence["content_type"] == "image/jpeg" and evidence["has_preview"]
    assert evidence["captured_at"] == "2023-07-08T12:40:00Z"
    base = f"{INCIDENTS}/{incident['id']}/evidence/{evidence['id']}"
    original = await client.get(base, headers=world.auth("congan"))
    assert original.content == photo  # byte for byte, EXIF and all
    assert original.headers["content-disposition"].startswith("attachment;")
    preview = await client.get(f"{base}/preview", headers=world.auth("congan"))
    assert preview.headers["content-type"] == "image/jpeg"
    shown = Image.open(io.BytesIO(preview.content))
    assert dict(shown.getexif()) == {}  # no position, no device, nothing
    assert "exif" not in shown.info
    assert shown.size == (48, 64)  # turned upright
    # the reporter who uploaded it may fetch its original; a reader of the incident only sees
    # the preview
    assert (await client.get(base, headers=world.auth("khu1"))).status_code == 200
    timeline = await client.get(f"{INCIDENTS}/{incident['id']}", headers=world.auth("congan"))
    assert timeline.json()["timeline"][-1]["kind"] == "evidence_added"


async def test_the_original_is_for_those_who_deal_with_it(client, world):
    incident = await _incident(client, world, "congan", classification="public")
    uploaded = await _upload(client, world, incident["id"], "congan", _photo())
    base = f"{INCIDENTS}/{incident['id']}/evidence/{uploaded.json()['id']}"
    member = await client.get(base, headers=world.auth("vanphong"))
    assert member.status_code == 403
    assert (await client.get(f"{base}/preview", headers=world.auth("vanphong"))).status_code == 200


@pytest.mark.parametrize(
    ("data", "name", "status"),
    [
        (b"MZ\x90\x00\x03" + b"\x00" * 64, "anh.png", 415),  # a program named as a picture
        (b"", "anh.png", 422),
        (_photo()[:200], "cat.jpg", 422),  # a truncated image
        (b"<svg onload=alert(1)></svg>", "anh.svg", 415),
        (b"PK\x03\x04" + b"\x00" * 40, "tai-lieu.docx", 415),
    ],
)
async def test_bad_evidence_is_refused_and_leaves_no_file(
    data, name, status, client, world, sessionmaker
):
    incident = await _incident(client, world)
    before = _stored()
    response = await _upload(client, world, incident["id"], "khu1", data, name)
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/problem+json")
    assert _stored() == before
    async with sessionmaker() as session:
        assert await session.scalar(select(func.count()).select_from(IncidentEvidence)) == 0


async def test_evidence_over_the_limit_is_refused_whole(client, world):
    incident = await _incident(client, world)
    before = _stored()
    too_large = b"%PDF-1.4\n" + b"\x00" * get_settings().upload_max_bytes
    response = await _upload(client, world, incident["id"], "khu1", too_large, "bien-ban.pdf")
    assert response.status_code == 413
    assert _stored() == before


async def test_a_short_video_and_a_pdf_are_kept_without_preview(client, world):
    incident = await _incident(client, world)
    video = b"\x00\x00\x00\x18ftypmp42" + b"\x00" * 100
    pdf = b"%PDF-1.7\n%%EOF\n"
    for data, name, kind in ((video, "clip.mp4", "video/mp4"), (pdf, "a.pdf", "application/pdf")):
        response = await _upload(client, world, incident["id"], "khu1", data, name)
        assert response.status_code == 201, response.text
        assert (response.json()["content_type"], response.json()["has_preview"]) == (kind, False)


async def test_only_a_reporter_or_a_handler_adds_evidence(client, world):
    incident = await _incident(client, world, "congan", classification="public")
    response = await _upload(client, world, incident["id"], "vanphong", _photo())
    assert response.status_code == 403


async def test_evidence_is_removed_softly_by_the_security_unit(client, world):
    incident = await _incident(client, world)
    uploaded = (await _upload(client, world, incident["id"], "khu1", _photo())).json()
    path = f"{INCIDENTS}/{incident['id']}/evidence/{uploaded['id']}"
    for username in ("vhxh", "chutich", "khu1"):
        refused = await client.post(
            f"{path}/remove", json={"reason": "Nhầm."}, headers=world.auth(username)
        )
        assert refused.status_code == 403
    removed = await client.post(
        f"{path}/remove", json={"reason": "Ảnh chụp nhầm người."}, headers=world.auth("congan")
    )
    assert removed.status_code == 204
    listed = await client.get(
        f"{INCIDENTS}/{incident['id']}/evidence", headers=world.auth("congan")
    )
    [kept] = listed.json()
    assert kept["removed_at"] is not None and kept["removal_reason"] == "Ảnh chụp nhầm người."
    assert (await client.get(path, headers=world.auth("congan"))).status_code == 404
    assert uploaded["sha256"] in _stored()  # append-only: the file stays
    timeline = (
        await client.get(f"{INCIDENTS}/{incident['id']}", headers=world.auth("congan"))
    ).json()
    assert (timeline["timeline"][-1]["kind"], timeline["timeline"][-1]["reason"]) == (
        "evidence_removed",
        "Ảnh chụp nhầm người.",
    )


async def test_an_action_counts_as_progress_on_the_police_task(client, world):
    incident = await _incident(client, world, "khu1")
    task_id = world.tasks["congan_bao_mat"]
    response = await client.post(
        f"{INCIDENTS}/{incident['id']}/actions",
        json={
            "kind": "takedown_request",
            "taken_on": "2023-07-09",
            "result": "TikTok đã gỡ video.",
            "task_id": task_id,
        },
        headers=world.auth("congan"),
    )
    assert response.status_code == 201, response.text
    action = response.json()
    assert action["unit_id"] == world.unit_id("cong_an")
    updates = await client.get(f"/api/v1/tasks/{task_id}/updates", headers=world.auth("congan"))
    [update] = [u for u in updates.json()["items"] if u["id"] == action["task_update_id"]]
    assert update["text"] == (
        "Đề nghị nền tảng gỡ bỏ ngày 09/07/2023 (vụ việc TTSL-2023-0001): TikTok đã gỡ video."
    )
    assert update["figures"] == {"Biện pháp xử lý thông tin sai lệch": 1}
    listed = await client.get(f"{INCIDENTS}/{incident['id']}/actions", headers=world.auth("khu1"))
    assert [a["id"] for a in listed.json()] == [action["id"]]  # the reporter follows it


@pytest.mark.parametrize(
    ("fields", "status"),
    [
        ({"taken_on": "2999-01-01"}, 422),
        ({"link": "not a link"}, 422),
        ({"kind": "prayer"}, 422),
        ({"unit_id": "HIEN_QUAN"}, 422),
        ({"evidence_id": 999_999}, 422),
    ],
)
async def test_bad_actions_are_refused(fields, status, client, world):
    incident = await _incident(client, world, "congan")
    if fields.get("unit_id") == "HIEN_QUAN":
        fields = {"unit_id": world.unit_id("hien_quan_khu_1")}
    body = {"kind": "meeting", "taken_on": "2023-07-09", **fields}
    response = await client.post(
        f"{INCIDENTS}/{incident['id']}/actions", json=body, headers=world.auth("congan")
    )
    assert response.status_code == status, response.text


async def test_the_people_involved_are_the_security_units_alone(client, world):
    incident = await _incident(client, world, "congan", classification="public")
    person = {
        "full_name": "Nguyễn Văn Phát",
        "birth_year": 1990,
        "role": "author",
        "decision": "fine",
        "decision_number": "05/QĐ-XPHC",
        "decided_on": "2023-07-20",
        "fine_vnd": 7_500_000,
    }
    added = await client.post(
        f"{INCIDENTS}/{incident['id']}/people", json=person, headers=world.auth("congan")
    )
    assert added.status_code == 201, added.text
    path = f"{INCIDENTS}/{incident['id']}/people"
    for username in ("admin", "chutich", "vhxh", "vanphong", "khu1", "huyen"):
        response = await client.get(path, headers=world.auth(username))
        assert response.status_code == 403, username
        read = await client.get(f"{INCIDENTS}/{incident['id']}", headers=world.auth(username))
        if read.status_code == 200:
            assert read.json()["people_count"] == 1  # counts only
            assert "Nguyễn Văn Phát" not in read.text
    police = await client.get(path, headers=world.auth("congan"))
    assert [p["full_name"] for p in police.json()] == ["Nguyễn Văn Phát"]
    changed = await client.patch(
        f"{path}/{added.json()['id']}",
        json={"notes": "Đã nộp phạt."},
        headers=world.auth("congan") | {"If-Match": added.headers["ETag"]},
    )
    assert changed.status_code == 200 and changed.json()["notes"] == "Đã nộp phạt."
    figures = await client.get(
        f"{INCIDENTS}/police-figures?year=2023&quarter=3", headers=world.auth("vhxh")
    )
    body = figures.json()
    assert (body["incidents_detected"], body["people_dealt_with"], body["fines_vnd"]) == (
        1,
        1,
        7_500_000,
    )
    assert body["decisions"]["fine"] == 1
    assert "Nguyễn" not in figures.text
    other_quarter = await client.get(
        f"{INCIDENTS}/police-figures?year=2023&quarter=2", headers=world.auth("congan")
    )
    assert other_quarter.json()["incidents_detected"] == 0


async def test_another_communes_police_sees_no_people(client, world):
    incident = await _incident(client, world, "congan", classification="public")
    response = await client.get(
        f"{INCIDENTS}/{incident['id']}/people", headers=world.auth("sonvi_vhxh")
    )
    assert response.status_code == 403  # no security unit there for this account
