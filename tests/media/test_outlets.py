"""Press outlets: shared reference data, and the statement budget of the media lists."""

import pytest

from ttdn.media.models import MediaContact, MediaOutlet

OUTLETS = "/api/v1/media/outlets"


async def test_every_signed_in_principal_reads_the_outlets(client, world):
    for username in ("huyen", "khu1", "hienquan_vhxh"):
        response = await client.get(OUTLETS, headers=world.auth(username))
        names = {item["name"] for item in response.json()["items"]}
        assert "Báo Phú Thọ" in names and "Đài Phát thanh và Truyền hình Phú Thọ" in names


async def test_outlets_filter_by_kind_and_level_and_search_without_diacritics(client, world):
    headers = world.auth("khu1")
    online = await client.get(f"{OUTLETS}?kind=online&level=central", headers=headers)
    assert [item["id"] for item in online.json()["items"]] == [world.outlets["vietnamplus"]]
    found = await client.get(OUTLETS, params={"q": "dai phat thanh"}, headers=headers)
    assert [item["id"] for item in found.json()["items"]] == [world.outlets["ptv"]]
    bad = await client.get(f"{OUTLETS}?kind=blog", headers=headers)
    assert bad.status_code == 422


async def test_a_press_officer_enters_changes_and_deletes_an_outlet(client, world):
    headers = world.auth("vanphong")
    created = await client.post(
        OUTLETS,
        json={"name": "Tạp chí Văn hóa", "kind": "magazine", "level": "central"},
        headers=headers,
    )
    assert created.status_code == 201, created.text
    assert created.json()["unit_id"] == world.unit_id("ubnd_cao_xa")  # filed under the commune
    outlet_id = created.json()["id"]
    missing = await client.patch(f"{OUTLETS}/{outlet_id}", json={"notes": "x"}, headers=headers)
    assert missing.status_code == 428
    changed = await client.patch(
        f"{OUTLETS}/{outlet_id}",
        json={"email": "toasoan@tapchi.vn", "phone": "024 3825 0000"},
        headers={**headers, "If-Match": created.headers["ETag"]},
    )
    assert changed.status_code == 200, changed.text
    deleted = await client.delete(
        f"{OUTLETS}/{outlet_id}", headers={**headers, "If-Match": changed.headers["ETag"]}
    )
    assert deleted.status_code == 204
    assert (await client.get(f"{OUTLETS}/{outlet_id}", headers=headers)).status_code == 404

    refused = await client.post(f"{OUTLETS}/{outlet_id}/restore", headers=headers)
    assert refused.status_code == 403  # the press officer keeps outlets; undoing is the admin's
    restored = await client.post(f"{OUTLETS}/{outlet_id}/restore", headers=world.auth("admin"))
    assert restored.status_code == 200, restored.text
    assert (await client.get(f"{OUTLETS}/{outlet_id}", headers=headers)).status_code == 200
    again = await client.post(f"{OUTLETS}/{outlet_id}/restore", headers=world.auth("admin"))
    assert again.status_code == 404  # nothing deleted to undo
    trail = await client.get(
        f"/api/v1/audit?object_type=media_outlet&object_id={outlet_id}&sort=occurred_at",
        headers=world.auth("admin"),  # filed under Cao Xá, so its admin reads them
    )
    assert [event["action"] for event in trail.json()["items"]] == [
        "media.outlets.create",
        "media.outlets.update",
        "media.outlets.delete",
        "media.outlets.restore",
    ]


@pytest.mark.parametrize(
    "fields",
    [
        {"email": "toasoan@"},
        {"phone": "12"},
        {"name": "Báo\u202eThọ"},
        {"website": "baophutho"},
        {"kind": "blog"},
    ],
)
async def test_bad_outlet_input_is_refused_with_422(fields, client, world):
    body = {"name": "Báo mới", "kind": "print", "level": "local", **fields}
    response = await client.post(OUTLETS, json=body, headers=world.auth("vanphong"))
    assert response.status_code == 422, response.text
    assert response.headers["content-type"].startswith("application/problem+json")


async def _fill(sessionmaker, world, count):
    async with sessionmaker() as session, session.begin():
        for number in range(count):
            outlet = MediaOutlet(
                name=f"Báo số {number}",
                kind="online",
                level="local",
                unit_id=world.unit_id("ubnd_cao_xa"),
            )
            session.add(outlet)
            await session.flush()
            session.add(
                MediaContact(
                    full_name=f"Phóng viên {number}",
                    unit_id=world.unit_id("ubnd_cao_xa"),
                    outlet_id=outlet.id,
                    phones=[f"0900 001 {number:03d}"],
                    emails=[f"pv{number}@example.vn"],
                    personal_data_basis="Đồng ý.",
                )
            )


def _reading(statements):
    return [s for s in statements if "audit_" not in s]


@pytest.mark.parametrize(
    ("path", "username"),
    [
        (OUTLETS, "khu1"),
        ("/api/v1/media/contacts", "khu1"),  # redacted: nothing audited
        ("/api/v1/media/contacts?duplicates=false", "congan"),
        ("/api/v1/media/contacts", "vanphong"),  # unredacted: plus the audit event
    ],
)
async def test_media_lists_run_the_same_few_statements_whatever_their_page_size(
    path, username, client, world, sessionmaker, statement_counter
):
    await _fill(sessionmaker, world, 110)
    counts, audit = {}, {}
    for limit in (1, 20, 100):
        statement_counter.start()
        separator = "&" if "?" in path else "?"
        response = await client.get(f"{path}{separator}limit={limit}", headers=world.auth(username))
        statement_counter.stop()
        assert response.status_code == 200, response.text
        assert len(response.json()["items"]) == limit
        reading = _reading(statement_counter.statements)
        counts[limit] = len(reading)
        audit[limit] = len(statement_counter.statements) - len(reading)
    # the principal, the page; for contacts also their duplicates
    assert counts[1] == counts[20] == counts[100] <= 3, (counts, statement_counter.statements)
    # one audit event per unredacted page (its fixed few statements), none for a redacted one
    assert len(set(audit.values())) == 1
    assert (audit[1] > 0) is (username == "vanphong")
