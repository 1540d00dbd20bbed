"""Exports of the press records: what each role's list holds across its pages, with the same
filters and redaction, as an XLSX opened back with openpyxl or a CSV Excel reads (UTF-8 BOM)."""

import csv
import io
from datetime import datetime

import openpyxl
import pytest
from sqlalchemy import select

from ttdn.audit.models import AuditEvent

MEDIA = "/api/v1/media"


def _csv_rows(response) -> list[list[str]]:
    assert response.content.startswith(b"\xef\xbb\xbf")  # the BOM Excel needs
    return list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))


def _xlsx_rows(response) -> list[tuple]:
    workbook = openpyxl.load_workbook(io.BytesIO(response.content))
    return list(workbook.active.iter_rows(values_only=True))


@pytest.mark.parametrize(
    ("username", "phone"),
    [
        ("vanphong", "0900 000 102"),
        ("vhxh", "0900 000 102"),
        ("khu1", "09xx xxx 102"),
        ("congan", "09xx xxx 102"),
        ("huyen", None),
    ],
)
async def test_a_contacts_export_holds_what_the_role_may_see(
    username, phone, client, world, sessionmaker
):
    response = await client.get(
        f"{MEDIA}/contacts/export?format=csv&sort=full_name", headers=world.auth(username)
    )
    assert response.status_code == 200, response.text
    assert response.headers["content-type"] == "text/csv; charset=utf-8"
    assert response.headers["content-disposition"].startswith('attachment; filename="phong-vien-')
    header, *rows = _csv_rows(response)
    assert header[:4] == ["Họ và tên", "Cơ quan báo chí", "Chức vụ", "Điện thoại"]
    listed = await client.get(
        f"{MEDIA}/contacts?limit=200&sort=full_name", headers=world.auth(username)
    )
    assert [row[0] for row in rows] == [item["full_name"] for item in listed.json()["items"]]
    hoa = [row for row in rows if row[0] == "Trần Thị Hoa"]
    if phone is None:
        assert rows == []  # the superior sees no contact
        return
    assert hoa[0][1] == "Đài Phát thanh và Truyền hình Phú Thọ"
    assert hoa[0][3] == phone
    text = response.content.decode("utf-8-sig")
    assert ("0900 000 102" in text) is (phone == "0900 000 102")
    async with sessionmaker() as session:
        events = (
            await session.scalars(
                select(AuditEvent).where(
                    AuditEvent.action == "media.contacts.read_personal",
                    AuditEvent.actor_username == username,
                )
            )
        ).all()
    # two reads unredacted (the export and the list), each on the record; none redacted
    assert len(events) == (2 if phone == "0900 000 102" else 0)


async def test_an_interactions_export_honours_the_filters_and_the_reach(client, world, press_year):
    response = await client.get(
        f"{MEDIA}/interactions/export?kind=press_report&sort=occurred_on",
        headers=world.auth("vanphong"),
    )
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith(
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    )
    header, *rows = _xlsx_rows(response)
    assert header[:4] == ("Ngày", "Loại hoạt động", "Đơn vị thực hiện", "Chủ đề")
    assert [row[3] for row in rows] == [
        "Rác thải tồn đọng ven đường liên xã",
        "Đường giao thông nội đồng Khu 3 xuống cấp",
    ]
    answered, waiting = rows
    assert answered[0] == datetime(2023, 9, 20)  # a real date in the sheet
    assert answered[1] == "Tiếp nhận phản ánh của báo chí"
    assert answered[5] == "Trần Thị Hoa"
    assert (answered[9], answered[11]) == ("đã trả lời", "Không")
    assert (waiting[9], waiting[10], waiting[11]) == ("đang xác minh", datetime(2023, 12, 19), "Có")
    workbook = openpyxl.load_workbook(io.BytesIO(response.content))
    assert workbook.active["A2"].number_format == "DD/MM/YYYY"
    area = await client.get(f"{MEDIA}/interactions/export?format=csv", headers=world.auth("khu1"))
    assert [row[3] for row in _csv_rows(area)[1:]] == [
        "Khu dân cư kiểu mẫu trong xây dựng nông thôn mới nâng cao"
    ]
    superior = await client.get(
        f"{MEDIA}/interactions/export?format=csv", headers=world.auth("huyen")
    )
    superior_rows = _csv_rows(superior)[1:]
    assert len(superior_rows) == 5
    assert {row[5] for row in superior_rows} == {""}  # no reporter named to the superior


async def test_an_outlets_export_follows_the_search(client, world):
    response = await client.get(
        f"{MEDIA}/outlets/export?format=xlsx&q=phu tho", headers=world.auth("khu1")
    )
    _, *rows = _xlsx_rows(response)
    assert sorted(row[0] for row in rows) == [
        "Báo Phú Thọ",
        "Đài Phát thanh và Truyền hình Phú Thọ",
    ]
    assert {row[2] for row in rows} == {"Tỉnh"}


async def test_a_cell_never_starts_a_formula(client, world):
    await client.post(
        f"{MEDIA}/contacts",
        json={
            "full_name": '=HYPERLINK("http://x","bấm")',
            "personal_data_basis": "@SUM(1)",
        },
        headers=world.auth("vanphong"),
    )
    response = await client.get(
        f"{MEDIA}/contacts/export?q=hyperlink", headers=world.auth("vanphong")
    )
    _, row = _xlsx_rows(response)
    assert row[0] == '\'=HYPERLINK("http://x","bấm")'
    assert row[7] == "'@SUM(1)"


@pytest.mark.parametrize(
    "query",
    ["format=pdf", "occurred_from=2023-02-30", "kind=meeting", "sort=secret", "overdue=perhaps"],
)
async def test_a_bad_export_request_is_refused(query, client, world):
    response = await client.get(f"{MEDIA}/interactions/export?{query}", headers=world.auth("vhxh"))
    assert response.status_code == 422
    assert response.headers["content-type"].startswith("application/problem+json")
