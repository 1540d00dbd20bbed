"""Press contacts: redaction per role, the audit of unredacted reads, duplicates, merging."""

import pytest
from sqlalchemy import func, select

from ttdn.audit.models import AuditEvent
from ttdn.media.models import MediaContact

CONTACTS = "/api/v1/media/contacts"
BASIS = "Đồng ý bằng văn bản ngày 01/4/2023."

# What each demo account gets for Trần Thị Hoa (0900 000 102, hoa.tt@example.vn, PT-0102).
UNREDACTED = {
    "phones": ["0900 000 102"],
    "emails": ["hoa.tt@example.vn"],
    "press_card_number": "PT-0102",
}
REDACTED = {"phones": ["09xx xxx 102"], "emails": ["h***@example.vn"], "press_card_number": "***02"}
PER_ACCOUNT = {
    "admin": (200, REDACTED),  # keeps the directory, reads it redacted
    "chutich": (200, UNREDACTED),  # leader
    "vhxh": (200, UNREDACTED),  # coordinator
    "vanphong": (200, UNREDACTED),  # member of the press office
    "congan": (200, REDACTED),  # member of another office
    "khu1": (200, REDACTED),  # area leader
    "huyen": (404, None),  # the superior never sees a contact
}


async def _personal_reads(sessionmaker) -> list[AuditEvent]:
    async with sessionmaker() as session:
        statement = select(AuditEvent).where(AuditEvent.action == "media.contacts.read_personal")
        return list((await session.scalars(statement.order_by(AuditEvent.id))).all())


@pytest.mark.parametrize(("username", "expected"), PER_ACCOUNT.items())
async def test_each_demo_account_reads_one_contact_as_its_role_allows(
    username, expected, client, world, sessionmaker
):
    status, fields = expected
    contact_id = world.contacts["tran_thi_hoa"]
    response = await client.get(f"{CONTACTS}/{contact_id}", headers=world.auth(username))
    assert response.status_code == status, response.text
    events = await _personal_reads(sessionmaker)
    if fields is None:
        assert response.headers["content-type"].startswith("application/problem+json")
        assert events == []
        return
    body = response.json()
    assert {name: body[name] for name in fields} == fields
    assert body["redacted"] is (fields is REDACTED)
    assert body["full_name"] == "Trần Thị Hoa"
    # an unredacted read leaves exactly one event naming the contact; a redacted one none
    if fields is UNREDACTED:
        assert [(e.actor_username, e.details["contact_ids"]) for e in events] == [
            (username, [contact_id])
        ]
        # filed under the commune, so that its admin reads who looked
        assert events[0].unit_path == world.units["ubnd_cao_xa"].path
        trail = await client.get(
            "/api/v1/audit?action=media.contacts.read_personal", headers=world.auth("admin")
        )
        assert [item["id"] for item in trail.json()["items"]] == [events[0].id]
    else:
        assert events == []


@pytest.mark.parametrize(("username", "expected"), PER_ACCOUNT.items())
async def test_a_list_redacts_as_one_contact_does(username, expected, client, world, sessionmaker):
    _, fields = expected
    response = await client.get(f"{CONTACTS}?limit=200", headers=world.auth(username))
    assert response.status_code == 200
    items = {item["id"]: item for item in response.json()["items"]}
    events = await _personal_reads(sessionmaker)
    if fields is None:
        assert items == {} and events == []
        return
    hoa = items[world.contacts["tran_thi_hoa"]]
    assert {name: hoa[name] for name in fields} == fields
    if fields is UNREDACTED:
        assert len(events) == 1 and sorted(events[0].details["contact_ids"]) == sorted(items)
    else:
        assert events == []


async def test_contacts_of_another_commune_are_not_listed(client, world):
    response = await client.get(CONTACTS, headers=world.auth("sonvi_admin"))
    assert response.json()["items"] == []


async def _create(client, world, username="vanphong", **fields):
    body = {"full_name": "Nguyễn Văn An", "personal_data_basis": BASIS, **fields}
    return await client.post(CONTACTS, json=body, headers=world.auth(username))


@pytest.mark.parametrize("spelling", ["0912 345 678", "+84912345678", "84-912-345-678"])
async def test_one_number_written_three_ways_flags_a_likely_duplicate(spelling, client, world):
    first = await _create(client, world, phones=["0912345678"])
    second = await _create(client, world, full_name="Nguyễn V. An", phones=[spelling])
    assert second.status_code == 201, second.text
    assert second.json()["duplicate_of_ids"] == [first.json()["id"]]
    listed = await client.get(f"{CONTACTS}?duplicates=true", headers=world.auth("vanphong"))
    ids = {item["id"] for item in listed.json()["items"]}
    assert {first.json()["id"], second.json()["id"]} <= ids
    assert world.contacts["tran_thi_hoa"] not in ids


async def test_e_mails_are_compared_without_case(client, world):
    first = await _create(client, world, emails=["An.Nguyen@BaoPhuTho.vn"])
    second = await _create(client, world, emails=["an.nguyen@baophutho.vn"])
    assert second.json()["duplicate_of_ids"] == [first.json()["id"]]


async def test_the_demo_has_one_likely_duplicate_pair(client, world):
    response = await client.get(f"{CONTACTS}?duplicates=true", headers=world.auth("vhxh"))
    ids = sorted(item["id"] for item in response.json()["items"])
    assert ids == sorted([world.contacts["le_van_binh"], world.contacts["le_van_binh_card"]])


async def test_contacts_of_two_communes_are_never_duplicates(client, world):
    own = await _create(client, world, phones=["0900 000 177"])
    other = await _create(
        client, world, "sonvi_admin", phones=["0900 000 177"], unit_id=world.unit_id("son_vi")
    )
    assert other.status_code == 403  # an admin keeps no press records
    assert own.json()["duplicate_of_ids"] == []


async def _merge(client, world, merged_id, into_id, username="admin"):
    return await client.post(
        f"{CONTACTS}/{merged_id}/merge", json={"into_id": into_id}, headers=world.auth(username)
    )


async def test_an_admin_merges_a_duplicate_into_the_kept_contact(client, world, sessionmaker):
    kept_id, merged_id = world.contacts["le_van_binh"], world.contacts["le_van_binh_card"]
    response = await _merge(client, world, merged_id, kept_id)
    assert response.status_code == 200, response.text
    assert response.json()["redacted"] is True  # admins read redacted
    kept = (await client.get(f"{CONTACTS}/{kept_id}", headers=world.auth("vanphong"))).json()
    assert kept["phones"] == ["0900 000 101"]  # one number, however many spellings
    assert kept["emails"] == ["binh.lv@example.vn"]
    assert kept["beats"] == ["nông thôn mới", "văn hóa", "xoan Phú Thọ"]
    assert kept["duplicate_of_ids"] == []
    gone = await client.get(f"{CONTACTS}/{merged_id}", headers=world.auth("vanphong"))
    assert gone.status_code == 404
    async with sessionmaker() as session:
        merged = await session.get(MediaContact, merged_id)
        assert merged.deleted_at is not None and merged.merged_into_id == kept_id
        events = (
            await session.execute(
                select(AuditEvent.action, AuditEvent.object_id).where(
                    AuditEvent.action.like("media.contacts.merge%")
                )
            )
        ).all()
    assert sorted(events) == [
        ("media.contacts.merge", str(kept_id)),
        ("media.contacts.merged", str(merged_id)),
    ]
    restored = await client.post(f"{CONTACTS}/{merged_id}/restore", headers=world.auth("admin"))
    assert restored.status_code == 200 and restored.json()["merged_into_id"] is None


async def test_a_contact_merged_into_itself_is_refused_with_422(client, world):
    contact_id = world.contacts["le_van_binh"]
    response = await _merge(client, world, contact_id, contact_id)
    assert response.status_code == 422
    assert response.json()["errors"][0]["loc"] == ["body", "into_id"]


async def test_a_merge_across_communes_is_404_and_changes_nothing(client, world, sessionmaker):
    async with sessionmaker() as session, session.begin():
        other = MediaContact(
            full_name="Phóng viên Sơn Vi",
            unit_id=world.unit_id("son_vi"),
            phones=["0900000101"],
            personal_data_basis=BASIS,
        )
        session.add(other)
        await session.flush()
        other_id = other.id
    kept_id = world.contacts["le_van_binh"]
    # Sơn Vi's admin reaches its own contact, not Cao Xá's; Cao Xá's admin not Sơn Vi's.
    assert (await _merge(client, world, other_id, kept_id, "sonvi_admin")).status_code == 404
    assert (await _merge(client, world, kept_id, other_id, "admin")).status_code == 404
    async with sessionmaker() as session:
        deleted = await session.scalar(
            select(func.count())
            .select_from(MediaContact)
            .where(MediaContact.deleted_at.is_not(None))
        )
    assert deleted == 0


@pytest.mark.parametrize(
    ("fields", "loc"),
    [
        ({"phones": ["0912"]}, ["body", "phones", "0"]),
        ({"phones": ["gọi cho tôi"]}, ["body", "phones", "0"]),
        ({"emails": ["an.nguyen@"]}, ["body", "emails", "0"]),
        ({"emails": ["không phải thư"]}, ["body", "emails", "0"]),
        ({"full_name": "An\u200bNguyễn"}, ["body", "full_name"]),
        ({"full_name": "An\x07"}, ["body", "full_name"]),
        ({"outlet_id": 999_999}, ["body", "outlet_id"]),
        ({"personal_data_basis": "  "}, ["body", "personal_data_basis"]),
    ],
)
async def test_bad_input_is_refused_and_changes_nothing(fields, loc, client, world, sessionmaker):
    async with sessionmaker() as session:
        before = await session.scalar(select(func.count()).select_from(MediaContact))
    response = await _create(client, world, **fields)
    assert response.status_code == 422, response.text
    assert response.headers["content-type"].startswith("application/problem+json")
    assert response.json()["errors"][0]["loc"][: len(loc)] == loc
    async with sessionmaker() as session:
        assert await session.scalar(select(func.count()).select_from(MediaContact)) == before


async def test_a_stale_if_match_is_rejected_with_412(client, world):
    contact_id = world.contacts["tran_thi_hoa"]
    response = await client.patch(
        f"{CONTACTS}/{contact_id}",
        json={"position": "Trưởng ban"},
        headers={**world.auth("vanphong"), "If-Match": '"99"'},
    )
    assert response.status_code == 412


async def test_a_press_officer_edits_and_deletes_a_contact(client, world):
    contact_id = world.contacts["tran_thi_hoa"]
    read = await client.get(f"{CONTACTS}/{contact_id}", headers=world.auth("vanphong"))
    changed = await client.patch(
        f"{CONTACTS}/{contact_id}",
        json={"phones": ["0900 000 102", "0900 000 112"], "beats": ["thời sự"]},
        headers={**world.auth("vanphong"), "If-Match": read.headers["ETag"]},
    )
    assert changed.status_code == 200, changed.text
    assert changed.json()["phones"] == ["0900 000 102", "0900 000 112"]
    deleted = await client.delete(
        f"{CONTACTS}/{contact_id}",
        headers={**world.auth("vanphong"), "If-Match": changed.headers["ETag"]},
    )
    assert deleted.status_code == 204
    gone = await client.get(f"{CONTACTS}/{contact_id}", headers=world.auth("vanphong"))
    assert gone.status_code == 404


@pytest.mark.parametrize(
    ("query", "expected"),
    [("tran thi hoa", "tran_thi_hoa"), ("THỜI SỰ", "tran_thi_hoa"), ("dung", "pham_quoc_dung")],
)
async def test_search_ignores_diacritics(query, expected, client, world):
    response = await client.get(CONTACTS, params={"q": query}, headers=world.auth("khu1"))
    assert [item["id"] for item in response.json()["items"]] == [world.contacts[expected]]


async def test_contacts_filter_by_outlet_and_beat(client, world):
    headers = world.auth("vhxh")
    outlet = world.outlets["bao_phu_tho"]
    by_outlet = await client.get(f"{CONTACTS}?outlet_id={outlet}", headers=headers)
    assert {item["id"] for item in by_outlet.json()["items"]} == {
        world.contacts["le_van_binh"],
        world.contacts["le_van_binh_card"],
    }
    by_beat = await client.get(CONTACTS, params={"beat": "kinh tế"}, headers=headers)
    assert [item["id"] for item in by_beat.json()["items"]] == [world.contacts["pham_quoc_dung"]]
