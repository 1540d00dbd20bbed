"""Unit names matched to the tree, and deadline words read into task schedules."""

from datetime import date

import pytest

from ttdn.imports.deadlines import report_dates, schedule_of
from ttdn.imports.units import UnitMatcher, name_key

from .conftest import refs


@pytest.fixture
def matcher(demo_units) -> UnitMatcher:
    return UnitMatcher(list(demo_units.values()))


@pytest.mark.parametrize(
    ("written", "key"),
    [
        ("Văn phòng HĐND&UBND", "van_phong"),
        ("Công chức Địa chính NN và XD", "dia_chinh"),
        ("cong chuc van hoa xa hoi", "vhxh"),
        ("Công chức VH-XH", "vhxh"),
        ("Đề nghị Đảng ủy, MTTQ và các đoàn thể chính trị", "doan_the"),
        ("Phòng VH&TT huyện", "phong_vhtt"),
        ("UBND xã Cao Xá", "ubnd_cao_xa"),
        ("Đài TT xã", "dai_truyen_thanh"),
    ],
)
def test_names_match_ignoring_diacritics_and_abbreviations(matcher, demo_units, written, key):
    match = matcher.match(written)
    assert match.unit == demo_units[key]


def test_abbreviations_are_spelled_out():
    assert name_key("Văn phòng HĐND&UBND") == "van phong hoi dong nhan dan va uy ban nhan dan"
    assert name_key("MTTQ xã") == "mat tran to quoc xa"


def test_a_plural_name_is_a_group_and_its_missing_part_is_named(matcher, demo_units):
    match = matcher.match("Các đơn vị kinh tế hành chính sự nghiệp, các khu dân cư")
    assert match.unit is None
    assert match.group == tuple(demo_units[f"khu_{number}"] for number in range(1, 7))
    assert match.missing_groups == ("các đơn vị kinh tế",)


def test_an_unknown_unit_matches_nothing(matcher):
    match = matcher.match("Hội Cựu chiến binh xã")
    assert (match.unit, match.group, match.candidates) == (None, (), ())


def test_units_that_fit_equally_are_left_to_choose():
    matcher = UnitMatcher(
        refs(
            ("Công an xã", None, "police"),
            ("Công an xã", "Công an", "police"),
        )
    )
    match = matcher.match("Công an xã")
    assert match.unit is None and len(match.candidates) == 2


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Báo cáo UBND xã trước ngày 01/6/2023.", ("once", date(2023, 6, 1), None)),
        ("Hoàn thành trước 01/11.", ("once", date(2023, 11, 1), None)),
        ("Chậm nhất ngày 15 tháng 12 năm 2023 gửi báo cáo.", ("once", date(2023, 12, 15), None)),
        ("Hàng quý báo cáo kết quả.", ("recurring", None, "quarterly")),
        ("Hằng quý tổng hợp tình hình.", ("recurring", None, "quarterly")),
        ("Cung cấp thông tin định kỳ 6 tháng.", ("recurring", None, "semiannual")),
        ("Hằng tháng cập nhật tin, bài.", ("recurring", None, "monthly")),
        ("Tổ chức hàng năm vào dịp Tết.", ("recurring", None, "yearly")),
        ("Thường xuyên nắm bắt dư luận.", ("continuous", None, None)),
        ("Báo cáo theo quy định.", ("continuous", None, None)),
        ("Mọi quy định được tuân thủ.", ("continuous", None, None)),
    ],
)
def test_deadline_words_become_schedules(text, expected):
    schedule = schedule_of(text, 2023)
    assert (schedule.schedule, schedule.due_on, schedule.frequency) == expected


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("Quý II/2024", ("once", date(2024, 6, 30))),
        ("Tháng 9/2024", ("once", date(2024, 9, 30))),
        ("30/4/2024", ("once", date(2024, 4, 30))),
        ("Thường xuyên", ("continuous", None)),
    ],
)
def test_a_table_time_cell_is_read_as_a_due_date(cell, expected):
    schedule = schedule_of(cell, 2024, short=True)
    assert (schedule.schedule, schedule.due_on) == expected


def test_a_date_that_cannot_be_gives_no_due_date():
    schedule = schedule_of("Hoàn thành trước ngày 31/02/2024.", 2024)
    assert (schedule.schedule, schedule.due_on) == ("continuous", None)


def test_report_dates_are_told_by_the_words_before_them():
    found = report_dates(
        "Báo cáo sơ kết năm trước ngày 01/6/2023; kết quả tổng kết năm trước ngày 01/11/2023.",
        2023,
    )
    assert [(report.kind, report.due_on) for report in found] == [
        ("semiannual", date(2023, 6, 1)),
        ("yearly", date(2023, 11, 1)),
    ]
