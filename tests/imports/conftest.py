"""What the import tests read: the unit trees the plans' names are matched to, and the district
plan as a DOCX built here (its header a two-column table, its tasks in a table)."""

import io
from pathlib import Path

import pytest
from docx import Document

from ttdn.demo import cao_xa_2023 as demo
from ttdn.imports.units import UnitRef

FIXTURES = Path(__file__).parent.parent / "fixtures"
SEED = FIXTURES / "ke-hoach-ttdn-cao-xa-2023.txt"
PROVINCE_PLAN = FIXTURES / "imports" / "ke-hoach-ttdn-tinh-2024.txt"
COMMUNE_PDF = FIXTURES / "imports" / "ke-hoach-ttdn-xa-mot-trang.pdf"


def refs(*units: tuple[str, str | None, str]) -> list[UnitRef]:
    """Units numbered from 1 in the order given."""
    return [UnitRef(number, *unit) for number, unit in enumerate(units, start=1)]


@pytest.fixture
def demo_units() -> dict[str, UnitRef]:
    """The demo's units by key, numbered from 1 in the demo's order."""
    return {
        unit.key: UnitRef(number, unit.name, unit.short_name, unit.kind)
        for number, unit in enumerate(demo.UNITS, start=1)
    }


@pytest.fixture
def province_units() -> list[UnitRef]:
    return refs(
        ("Ủy ban nhân dân tỉnh Sơn Nguyên", "UBND tỉnh", "province"),
        ("Sở Thông tin và Truyền thông", "Sở TT&TT", "office"),
        ("Sở Ngoại vụ", None, "office"),
        ("Công an tỉnh", None, "police"),
        ("Ủy ban nhân dân huyện Thanh Lâm", "UBND huyện Thanh Lâm", "district"),
        ("Ủy ban nhân dân huyện Đông Hà", "UBND huyện Đông Hà", "district"),
    )


@pytest.fixture
def district_units() -> list[UnitRef]:
    return refs(
        ("Ủy ban nhân dân huyện Thanh Lâm", "UBND huyện Thanh Lâm", "district"),
        ("Phòng Văn hóa và Thông tin", "Phòng VH&TT", "office"),
        ("Văn phòng HĐND và UBND huyện", None, "office"),
        ("Phòng Tài chính - Kế hoạch", "Phòng TC-KH", "office"),
        ("Công an huyện", None, "police"),
        ("Trung tâm Văn hóa - Thể thao và Truyền thông", "Trung tâm VH-TT&TT", "office"),
        ("Ủy ban nhân dân xã Hưng Đạo", "UBND xã Hưng Đạo", "commune"),
        ("Ủy ban nhân dân xã Tân Lập", "UBND xã Tân Lập", "commune"),
        ("Ủy ban nhân dân thị trấn Thanh Lâm", "UBND thị trấn Thanh Lâm", "commune"),
    )


@pytest.fixture
def commune_units() -> list[UnitRef]:
    return refs(
        ("Ủy ban nhân dân xã Hưng Đạo", "UBND xã Hưng Đạo", "commune"),
        ("Công chức Văn hóa - Xã hội", "VH-XH", "officer_post"),
        ("Đài truyền thanh xã", None, "radio"),
        ("Công an xã", None, "police"),
        ("Thôn Đông", None, "residential_area"),
        ("Thôn Đoài", None, "residential_area"),
    )


# STT | Nội dung | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian; a row of one cell is a group
# heading merged across the table.
DISTRICT_TASKS: tuple[tuple[str, ...], ...] = (
    ("I", "CÔNG TÁC TUYÊN TRUYỀN"),
    ("1", "Tuyên truyền về hoạt động đối ngoại của huyện trên Trang thông tin điện tử huyện",
     "Phòng Văn hóa và Thông tin", "Trung tâm Văn hóa - Thể thao và Truyền thông",
     "Thường xuyên"),
    ("2", "Tổ chức hội nghị cung cấp thông tin cho báo chí về thu hút đầu tư",
     "Văn phòng HĐND và UBND huyện", "Phòng Tài chính - Kế hoạch; Phòng VH&TT", "Quý II/2024"),
    ("II", "ĐẤU TRANH, PHẢN BÁC THÔNG TIN SAI LỆCH"),
    ("3", "Đấu tranh, phản bác thông tin sai lệch liên quan đến huyện trên không gian mạng",
     "Công an huyện", "Phòng VH&TT", "Hằng quý"),
    ("4", "Xây dựng kế hoạch thông tin đối ngoại của xã, thị trấn năm 2024",
     "UBND các xã, thị trấn", "Phòng VH&TT", "Trước ngày 30/4/2024"),
    ("5", "Biên soạn tài liệu giới thiệu huyện bằng tiếng Anh", "Phòng VH&TT",
     "Hội Nông dân huyện", "Tháng 9/2024"),
    ("6", "Tổng hợp, báo cáo kết quả thực hiện về Sở Thông tin và Truyền thông",
     "Phòng Văn hóa và Thông tin", "Các cơ quan, đơn vị", "Định kỳ 6 tháng"),
)  # fmt: skip


def _two_columns(document: object, rows: list[tuple[str, str]]) -> None:
    table = document.add_table(rows=len(rows), cols=2)  # type: ignore[attr-defined]
    for row, (left, right) in zip(table.rows, rows, strict=True):
        row.cells[0].text = left
        row.cells[1].text = right


def district_plan_docx() -> bytes:
    """Kế hoạch 27/KH-UBND of the fictional huyện Thanh Lâm, as Word saves it."""
    document = Document()
    _two_columns(
        document,
        [
            (
                "UBND HUYỆN THANH LÂM",
                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc",
            ),
            ("Số: 27/KH-UBND", "Thanh Lâm, ngày 12 tháng 3 năm 2024"),
        ],
    )
    for text in (
        "KẾ HOẠCH",
        "Triển khai công tác thông tin đối ngoại trên địa bàn huyện năm 2024",
        "Căn cứ Kế hoạch số 112/KH-UBND ngày 20/02/2024 của UBND tỉnh Sơn Nguyên về thông tin "
        "đối ngoại tỉnh Sơn Nguyên năm 2024;",
        "Ủy ban nhân dân huyện Thanh Lâm ban hành Kế hoạch triển khai như sau:",
        "I. MỤC ĐÍCH, YÊU CẦU",
        "Nâng cao hiệu quả công tác thông tin đối ngoại; quảng bá hình ảnh huyện Thanh Lâm "
        "tới bạn bè trong nước và quốc tế.",
        "II. NHIỆM VỤ CỤ THỂ",
    ):
        document.add_paragraph(text)
    table = document.add_table(rows=1, cols=5)
    for cell, title in zip(
        table.rows[0].cells,
        ("STT", "Nội dung", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian"),
        strict=True,
    ):
        cell.text = title
    for values in DISTRICT_TASKS:
        cells = table.add_row().cells
        if len(values) == 2:  # a group heading across the table
            cells[0].text = values[0]
            merged = cells[1].merge(cells[4])
            merged.text = values[1]
            continue
        for cell, value in zip(cells, values, strict=True):
            cell.text = value
    for text in (
        "III. TỔ CHỨC THỰC HIỆN",
        "Các cơ quan, đơn vị được giao nhiệm vụ chủ động triển khai; báo cáo sơ kết trước ngày "
        "10/6/2024 và báo cáo tổng kết trước ngày 10/11/2024 về Phòng Văn hóa và Thông tin để "
        "tổng hợp.",
    ):
        document.add_paragraph(text)
    _two_columns(
        document,
        [
            (
                "Nơi nhận:\n- UBND tỉnh;\n- Sở Thông tin và Truyền thông;\n- Lưu: VT.",
                "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\n\nNguyễn Hữu Tâm",
            )
        ],
    )
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


@pytest.fixture
def district_docx() -> bytes:
    return district_plan_docx()
