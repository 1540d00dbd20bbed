"""The plan's task table as XLSX (opened back with openpyxl) and CSV: what each role's task list
holds, with the lists' filters."""

import csv
import io

import openpyxl
import pytest

from ttdn.demo import cao_xa_2023 as demo

EXPORT = "/api/v1/tasks/export"


def _rows(response) -> list[tuple]:
    workbook = openpyxl.load_workbook(io.BytesIO(response.content))
    return list(workbook.active.iter_rows(values_only=True))


@pytest.mark.parametrize(
    ("username", "expected"),
    [
        ("vhxh", len(demo.TASKS)),
        ("chutich", len(demo.TASKS)),
        ("congan", 3),  # the police's tasks
        ("huyen", len(demo.TASKS)),
        ("hienquan_vhxh", 0),
    ],
)
async def test_the_table_holds_what_the_list_holds(username, expected, client, world):
    response = await client.get(f"{EXPORT}?plan_id={world.plan_id}", headers=world.auth(username))
    assert response.status_code == 200, response.text
    header, *rows = _rows(response)
    assert header[:4] == ("Mục", "Nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp")
    listed = await client.get(
        f"/api/v1/tasks?plan_id={world.plan_id}&limit=200", headers=world.auth(username)
    )
    assert len(rows) == expected == listed.json()["total"]
    assert [row[1] for row in rows] == [item["title"] for item in listed.json()["items"]]


async def test_a_row_names_its_section_units_schedule_and_status(client, world):
    response = await client.get(
        f"{EXPORT}?plan_id={world.plan_id}&q=bao chi", headers=world.auth("vhxh")
    )
    _, *rows = _rows(response)
    [press] = [row for row in rows if row[1].startswith("Cung cấp thông tin cho báo chí")]
    assert press[0].startswith("2.")  # III.2 Văn phòng HĐND&UBND
    assert press[2] == world.units["van_phong"].name
    # nothing reported on a 2023 task in the test world: overdue today
    assert (press[4], press[7]) == ("Thường xuyên", "Quá hạn")
    assert press[8] is None  # nothing reported yet in the test world


async def test_the_last_progress_reported_is_there(client, world):
    task_id = world.tasks["vanphong_bao_chi"]
    await client.post(
        f"/api/v1/tasks/{task_id}/updates",
        json={"text": "Cung cấp thông tin cho Báo Phú Thọ.", "percent": 20},
        headers=world.auth("vanphong"),
    )
    response = await client.get(f"{EXPORT}?format=csv&mine=true", headers=world.auth("vanphong"))
    assert response.content.startswith(b"\xef\xbb\xbf")
    header, *rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert header[8] == "Tiến độ gần nhất"
    reported = {row[1]: row[8] for row in rows}
    assert reported["Cung cấp thông tin cho báo chí; theo dõi, xử lý vấn đề báo chí phản ánh"] == (
        "Cung cấp thông tin cho Báo Phú Thọ."
    )
