"""Three plans of other shapes, written for these tests (fictional places, realistic wording):

- a province plan as text (`ke-hoach-ttdn-tinh-2024.txt`): its head line by line, three `Căn
  cứ` lines each broken over two, lettered points `a)`, `b)`, item 3 of part II skipped, a
  heading broken over two lines, units with lettered tasks, bullets and plain sentences, one
  unit the tree lacks and an item about reporting that names no unit;
- a district plan as DOCX (built in `conftest.py`): the head a two-column table, the tasks in a
  table with group rows merged across it, the signature block a two-column table;
- a one-page commune plan as a text-layer PDF (`ke-hoach-ttdn-xa-mot-trang.pdf`): the head's
  two columns run into one line each by the extraction, the units and their tasks on one
  bullet each (`- Công an xã: …`), a misprint (`tnh`).

What the importer gets wrong on them, on purpose, is listed in README.md beside this file and
pinned here by tests named `…_known_gap`.
"""

from datetime import date

import pytest

from ttdn.core.files import DOCX, PDF
from ttdn.imports.proposal import Proposal, WarningKind
from ttdn.imports.service import propose

from .conftest import COMMUNE_PDF, PROVINCE_PLAN


def unit_named(proposal: Proposal, name: str):
    return next(unit for unit in proposal.units if unit.name == name)


def schedules(unit) -> list[tuple[str, date | None, str | None]]:
    return [(t.schedule.schedule, t.schedule.due_on, t.schedule.frequency) for t in unit.tasks]


# --------------------------------------------------------------------------------------
# The province plan (text)
# --------------------------------------------------------------------------------------


@pytest.fixture
def province(province_units) -> Proposal:
    return propose(PROVINCE_PLAN.read_bytes(), PROVINCE_PLAN.name, province_units)


def test_province_header_read_line_by_line(province):
    header = province.header
    assert header.issuing_body == "Ủy ban nhân dân tỉnh Sơn Nguyên"
    assert header.issuing_unit_id == 1
    assert (header.number, header.symbol) == (112, "KH-UBND")
    assert (header.place, header.issued_on) == ("Sơn Nguyên", date(2024, 2, 20))
    assert header.document_type == "KẾ HOẠCH"
    assert header.title == "Kế hoạch thông tin đối ngoại tỉnh Sơn Nguyên năm 2024"
    assert header.year == 2024
    assert header.introduction.startswith("Ủy ban nhân dân tỉnh ban hành Kế hoạch")
    assert header.lines == {
        "issuing_body": 1,
        "number": 3,
        "place": 6,
        "issued_on": 6,
        "document_type": 8,
        "title": 9,
    }


def test_province_can_cu_lines_broken_over_two_lines(province):
    assert [
        (ref.kind, ref.number, ref.issued_on, ref.issuer, ref.line) for ref in province.legal_bases
    ] == [
        ("decree", "72/2015/NĐ-CP", date(2015, 9, 7), "Chính phủ", 11),
        ("decision", "1191/QĐ-TTg", date(2017, 8, 14), "Thủ tướng Chính phủ", 13),
        ("circular", "22/2016/TT-BTTTT", date(2016, 10, 19), "Bộ Thông tin và Truyền thông", 15),
    ]
    assert province.legal_bases[0].title == "Quản lý hoạt động thông tin đối ngoại"
    assert [(ref.number, ref.section_path) for ref in province.cited_references] == [
        ("45/KH-UBND", "II.1.b"),
        ("09/2017/NĐ-CP", "II.1.c"),
    ]


def test_province_lettered_points_skipped_number_and_broken_heading(province):
    part_two = province.sections[1]
    assert [child.code for child in part_two.children] == ["1", "2", "4"]
    assert [point.path for point in part_two.children[0].children] == [
        "II.1.a",
        "II.1.b",
        "II.1.c",
    ]
    assert part_two.children[0].title == (
        "Thông tin, tuyên truyền về chủ trương, đường lối đối ngoại của Đảng, chính sách, "
        "pháp luật của Nhà nước"
    )
    kinds = [(warning.kind, warning.line) for warning in province.warnings]
    assert (WarningKind.skipped_number, 39) in kinds
    assert (WarningKind.heading_over_lines, 28) in kinds


def test_province_units_and_their_tasks(province):
    assert [(unit.name, unit.unit_id, len(unit.tasks)) for unit in province.units] == [
        ("Sở Thông tin và Truyền thông", 2, 2),
        ("Sở Ngoại vụ", 3, 2),
        ("Công an tỉnh", 4, 2),
        ("UBND các huyện, thành phố", None, 2),
        ("Báo Sơn Nguyên", None, 1),
    ]
    assert unit_named(province, "UBND các huyện, thành phố").group_unit_ids == [5, 6]
    assert schedules(unit_named(province, "Sở Thông tin và Truyền thông")) == [
        ("once", date(2024, 12, 15), None),
        ("recurring", None, "monthly"),
    ]
    assert schedules(unit_named(province, "Sở Ngoại vụ")) == [
        ("recurring", None, "semiannual"),
        ("once", date(2024, 6, 30), None),
    ]
    assert schedules(unit_named(province, "Công an tỉnh")) == [
        ("recurring", None, "quarterly"),
        ("continuous", None, None),
    ]
    first = province.units[0].tasks[0]
    assert [unit.unit_id for unit in first.cooperating_units] == [3]
    police = unit_named(province, "Công an tỉnh").tasks[1]
    assert [unit.unit_name for unit in police.cooperating_units] == ["Sở Thông tin và Truyền thông"]


def test_province_unit_the_tree_lacks_is_left_for_a_decision(province):
    unmatched = [
        (warning.line, warning.text)
        for warning in province.warnings
        if warning.kind == WarningKind.unmatched_unit
    ]
    assert unmatched == [(58, "Báo Sơn Nguyên")]
    assert [unit.name for unit in province.unmatched_units] == ["Báo Sơn Nguyên"]


def test_province_reporting_item_gives_dates_not_a_unit(province):
    assert [(d.kind, d.due_on, d.line) for d in province.reporting_deadlines] == [
        ("semiannual", date(2024, 6, 15), 61),
        ("yearly", date(2024, 11, 15), 61),
    ]
    assert "Chế độ báo cáo" not in [unit.name for unit in province.units]


def test_province_signer_signs_for_the_chairman(province):
    signer = province.signer
    assert signer is not None
    assert (signer.authority, signer.position, signer.full_name) == (
        "KT.",
        "PHÓ CHỦ TỊCH",
        "Trần Minh Khôi",
    )


def test_province_quarter_in_a_sentence_is_its_last_day(province):
    newspaper = unit_named(province, "Báo Sơn Nguyên").tasks[0]
    assert (newspaper.schedule.schedule, newspaper.schedule.due_on) == ("once", date(2024, 6, 30))
    assert newspaper.schedule.phrase == "quý II/2024"


def test_province_signer_without_tm_line_reads_the_chairman_as_the_body_known_gap(province):
    """`KT. CHỦ TỊCH / PHÓ CHỦ TỊCH` with no `TM. ỦY BAN NHÂN DÂN` above: the body signed for
    is proposed as `CHỦ TỊCH`, where the coordinator would write `ỦY BAN NHÂN DÂN`."""
    assert province.signer is not None and province.signer.body == "CHỦ TỊCH"


def test_province_lettered_points_are_sections_whose_title_is_the_sentence_known_gap(province):
    """A lettered point is a sentence, not a heading: it becomes a subsection whose title is
    the whole sentence and whose body is empty."""
    point = province.sections[1].children[0].children[0]
    assert point.title.startswith("Tuyên truyền về các sự kiện đối ngoại lớn")
    assert point.body == ""


# --------------------------------------------------------------------------------------
# The district plan (DOCX, tasks in a table)
# --------------------------------------------------------------------------------------


@pytest.fixture
def district(district_docx, district_units) -> Proposal:
    return propose(district_docx, "ke-hoach-huyen.docx", district_units)


def test_district_header_laid_out_as_a_table(district):
    header = district.header
    assert district.source.media_type == DOCX
    assert header.issuing_body == "UBND huyện Thanh Lâm"
    assert header.issuing_unit_id == 1
    assert (header.number, header.symbol) == (27, "KH-UBND")
    assert (header.place, header.issued_on) == ("Thanh Lâm", date(2024, 3, 12))
    assert header.title == (
        "Kế hoạch triển khai công tác thông tin đối ngoại trên địa bàn huyện năm 2024"
    )
    [basis] = district.legal_bases
    assert (basis.number, basis.issued_on, basis.issuer) == (
        "112/KH-UBND",
        date(2024, 2, 20),
        "Ủy ban nhân dân tỉnh Sơn Nguyên",
    )


def test_district_tasks_from_the_table_go_to_their_lead_units(district):
    assert [(unit.name, unit.unit_id, len(unit.tasks)) for unit in district.units] == [
        ("Phòng Văn hóa và Thông tin", 2, 3),  # also written "Phòng VH&TT" in row 5
        ("Văn phòng HĐND và UBND huyện", 3, 1),
        ("Công an huyện", 5, 1),
        ("UBND các xã, thị trấn", None, 1),
    ]
    assert unit_named(district, "UBND các xã, thị trấn").group_unit_ids == [7, 8, 9]
    culture = district.units[0]
    assert [task.description for task in culture.tasks][1] == (
        "Biên soạn tài liệu giới thiệu huyện bằng tiếng Anh"
    )
    assert all(task.section_path == "II" for unit in district.units for task in unit.tasks)


def test_district_time_column_gives_each_tasks_schedule(district):
    by_text = {
        task.description[:20]: (
            task.schedule.schedule,
            task.schedule.due_on,
            task.schedule.frequency,
        )
        for unit in district.units
        for task in unit.tasks
    }
    assert by_text == {
        "Tuyên truyền về hoạt": ("continuous", None, None),
        "Biên soạn tài liệu g": ("once", date(2024, 9, 30), None),
        "Tổng hợp, báo cáo kế": ("recurring", None, "semiannual"),
        "Tổ chức hội nghị cun": ("once", date(2024, 6, 30), None),
        "Đấu tranh, phản bác ": ("recurring", None, "quarterly"),
        "Xây dựng kế hoạch th": ("once", date(2024, 4, 30), None),
    }


def test_district_cooperating_column_is_matched(district):
    meeting = unit_named(district, "Văn phòng HĐND và UBND huyện").tasks[0]
    assert [(unit.name, unit.unit_id) for unit in meeting.cooperating_units] == [
        ("Phòng Tài chính - Kế hoạch", 4),
        ("Phòng VH&TT", 2),
    ]
    booklet = district.units[0].tasks[1]
    assert [(unit.name, unit.unit_id) for unit in booklet.cooperating_units] == [
        ("Hội Nông dân huyện", None)
    ]


def test_district_report_dates_signature_and_recipients(district):
    assert [(d.kind, d.due_on) for d in district.reporting_deadlines] == [
        ("semiannual", date(2024, 6, 10)),
        ("yearly", date(2024, 11, 10)),
    ]
    assert district.recipients == ["UBND tỉnh", "Sở Thông tin và Truyền thông", "Lưu: VT."]
    assert district.signer is not None and district.signer.full_name == "Nguyễn Hữu Tâm"


def test_district_table_group_rows_stay_in_the_section_text_known_gap(district):
    """The rows `I | CÔNG TÁC TUYÊN TRUYỀN` group the tasks; the importer keeps them as text of
    section II and does not make them subsections."""
    part_two = district.sections[1]
    assert part_two.children == []
    assert "I | CÔNG TÁC TUYÊN TRUYỀN" in part_two.body


# --------------------------------------------------------------------------------------
# The one-page commune plan (PDF)
# --------------------------------------------------------------------------------------


@pytest.fixture
def commune(commune_units) -> Proposal:
    return propose(COMMUNE_PDF.read_bytes(), COMMUNE_PDF.name, commune_units)


def test_commune_header_columns_run_together_by_the_extraction(commune):
    header = commune.header
    assert commune.source.media_type == PDF
    assert commune.source_lines[0] == "ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    assert header.issuing_body == "Ủy ban nhân dân xã Hưng Đạo"
    assert header.issuing_unit_id == 1
    assert (header.number, header.symbol) == (9, "KH-UBND")
    assert (header.place, header.issued_on) == ("Hưng Đạo", date(2024, 1, 5))
    assert header.title == "Kế hoạch thông tin đối ngoại xã Hưng Đạo năm 2024"
    assert header.introduction == "UBND xã Hưng Đạo xây dựng kế hoạch như sau:"
    [basis] = commune.legal_bases
    assert (basis.number, basis.issued_on) == ("27/KH-UBND", date(2024, 3, 12))


def test_commune_units_with_their_tasks_on_one_bullet(commune):
    assert [s.code for s in commune.sections] == ["I", "II"]
    assert commune.sections[1].role == "implementation"
    assert [(unit.name, unit.unit_id, len(unit.tasks)) for unit in commune.units] == [
        ("Công chức Văn hóa - Xã hội", 2, 2),
        ("Đài truyền thanh xã", 3, 1),
        ("Công an xã", 4, 1),
        ("Trưởng các thôn", None, 1),
    ]
    assert unit_named(commune, "Trưởng các thôn").group_unit_ids == [5, 6]
    first = commune.units[0].tasks[0]
    assert first.description.startswith("Tham mưu UBND xã triển khai kế hoạch;")
    assert [unit.unit_id for unit in first.cooperating_units] == [3]
    assert schedules(unit_named(commune, "Công an xã")) == [("recurring", None, "quarterly")]
    assert [(d.kind, d.due_on) for d in commune.reporting_deadlines] == [
        ("semiannual", date(2024, 6, 5)),
        ("yearly", date(2024, 11, 5)),
    ]


def test_commune_misprint_kept_and_flagged(commune):
    misprints = [(w.line, w.text) for w in commune.warnings if w.kind == WarningKind.misprint]
    assert misprints == [(13, "tnh")]
    assert "của tnh và của xã" in commune.units[0].tasks[0].description


def test_commune_weekly_broadcast_has_no_weekly_schedule_known_gap(commune):
    """Task schedules know no week: `hằng tuần` is proposed as continuous, its words kept."""
    broadcast = unit_named(commune, "Đài truyền thanh xã").tasks[0]
    assert (broadcast.schedule.schedule, broadcast.schedule.phrase) == ("continuous", "hằng tuần")
