"""The seed plan (Cao Xá 2023, a PDF extraction) read back: what the importer proposes is what
the demo module holds, every expected value computed from `ttdn.demo.cao_xa_2023`.

Where the demo departs from the text on purpose, the test says so: the text gives no number
or date of its own (the demo issues it as the commune's first plan of 2023, on the district
plan's date), and it gives no date for the first task of III.1 (the demo picks 31/3/2023).
"""

import difflib
from datetime import date

import pytest

from ttdn.core.text import fold
from ttdn.demo import cao_xa_2023 as demo
from ttdn.imports.proposal import Proposal, ProposedSection, WarningKind
from ttdn.imports.service import propose

from .conftest import SEED


@pytest.fixture
def proposal(demo_units) -> Proposal:
    return propose(SEED.read_bytes(), SEED.name, list(demo_units.values()))


# The typos the demo's text fixes (its module docstring lists them); the importer keeps them.
DEMO_FIXES = {"liên qua ": "liên quan ", " xn ": " xã ", "lien quan": "liên quan"}


def similar(one: str, other: str) -> float:
    return difflib.SequenceMatcher(None, fold(one), fold(other), autojunk=False).ratio()


def as_the_demo_writes(text: str) -> str:
    for typo, fixed in DEMO_FIXES.items():
        text = text.replace(typo, fixed)
    return fold(text)


def warnings_of(proposal: Proposal, kind: WarningKind) -> list[tuple[int | None, str]]:
    return [(warning.line, warning.text) for warning in proposal.warnings if warning.kind == kind]


def test_the_header_keeps_to_what_the_text_gives(proposal, demo_units):
    header = proposal.header
    assert header.issuing_body == "UBND xã Cao Xá"
    assert header.issuing_unit_id == demo_units["ubnd_cao_xa"].id
    assert header.place == demo.PLAN_PLACE
    assert fold(header.title or "") == fold(demo.PLAN_TITLE)
    assert header.year == demo.PLAN_YEAR
    assert fold(header.introduction) == fold(demo.PLAN_INTRODUCTION)
    assert fold(header.closing) == fold(demo.PLAN_CLOSING)
    # The text has no number or date of its own: none is made up, and the gap is flagged.
    assert (header.number, header.symbol, header.issued_on) == (None, None, None)
    assert {text for _, text in warnings_of(proposal, WarningKind.missing_field)} == {
        "number",
        "issued_on",
    }


def test_the_cancu_is_the_district_plan_whose_date_the_demo_takes(proposal):
    parent = next(ref for ref in demo.LEGAL_REFERENCES if ref.key == demo.PARENT_PLAN_KEY)
    [basis] = proposal.legal_bases
    assert (basis.kind, basis.number, basis.issued_on, basis.issuer) == (
        parent.kind,
        parent.number,
        parent.issued_on,
        parent.issuer,
    )
    assert basis.issued_on == demo.PLAN_ISSUED_ON
    assert not basis.cited and basis.line == 7


def test_every_document_the_text_cites_is_found_in_order(proposal):
    expected = [ref for ref in demo.LEGAL_REFERENCES if ref.key != demo.PARENT_PLAN_KEY]
    found = proposal.cited_references
    assert [(ref.kind, ref.number, ref.issued_on) for ref in found] == [
        (ref.kind, ref.number, ref.issued_on) for ref in expected
    ]
    for ref, demo_ref in zip(found, expected, strict=True):
        assert ref.cited
        if demo_ref.number and demo_ref.issuer:
            assert fold(ref.issuer) in fold(demo_ref.issuer)
    by_number = {ref.number: ref for ref in found}
    assert by_number["01/2020/QĐ-UBND"].title == next(
        ref.title for ref in expected if ref.key == "qd_01_2020_ubnd_tinh"
    )
    assert by_number["01/2020/QĐ-UBND"].section_path == "II.1"


def assert_same_tree(found: list[ProposedSection], expected: tuple[demo.DemoSection, ...]) -> None:
    assert [section.code for section in found] == [section.code for section in expected]
    for section, demo_section in zip(found, expected, strict=True):
        assert fold(section.title) == fold(demo_section.title), section.path
        assert similar(section.body, demo_section.body) > 0.95, section.path
        assert_same_tree(section.children, demo_section.children)


def test_the_sections_tree_is_the_demos(proposal):
    assert_same_tree(proposal.sections, demo.SECTIONS)
    roles = {
        section.path: section.role
        for top in proposal.sections
        for section in [top, *top.children]
        if section.role
    }
    assert roles == {"I.1": "purposes", "I.2": "requirements", "III": "implementation"}


def test_the_units_of_part_three_are_matched_with_their_task_counts(proposal, demo_units):
    part_three = next(section for section in demo.SECTIONS if section.code == "III")
    expected = []
    for item in part_three.children:
        tasks = [task for task in demo.TASKS if task.section_code == f"III.{item.code}"]
        lead_ids = sorted({demo_units[key].id for task in tasks for key in task.lead_unit_keys})
        expected.append((f"III.{item.code}", lead_ids, len(tasks)))
    found = [
        (
            unit.section_path,
            [unit.unit_id] if unit.unit_id else sorted(unit.group_unit_ids),
            len(unit.tasks),
        )
        for unit in proposal.units
    ]
    assert found == expected


def test_each_task_sentence_is_the_demos_task(proposal):
    tasks = [task for unit in proposal.units for task in unit.tasks]
    assert len(tasks) == len(demo.TASKS)
    for task, demo_task in zip(tasks, demo.TASKS, strict=True):
        assert task.section_path == demo_task.section_code
        assert as_the_demo_writes(task.description) == fold(demo_task.description), demo_task.key


def test_the_schedules_are_the_demos_but_for_the_date_the_demo_picked(proposal):
    tasks = [task for unit in proposal.units for task in unit.tasks]
    differing = {
        demo_task.key
        for task, demo_task in zip(tasks, demo.TASKS, strict=True)
        if (task.schedule.schedule, task.schedule.due_on, task.schedule.frequency)
        != (demo_task.schedule, demo_task.due_on, demo_task.frequency)
    }
    assert differing == {"vhxh_xay_dung_ke_hoach"}
    quarterly = next(task for task in tasks if task.schedule.frequency == "quarterly")
    assert quarterly.schedule.phrase == "Hàng quý" and quarterly.line == 270


def test_the_report_dates_are_the_plans_reporting_deadlines(proposal):
    assert [(deadline.kind, deadline.due_on) for deadline in proposal.reporting_deadlines] == [
        (kind, due_on) for kind, due_on, _ in demo.REPORTING_DEADLINES
    ]
    report = proposal.units[-1].tasks[-1]
    assert report.schedule.phrase == "trước ngày 01/6/2023; trước ngày 01/11/2023"
    assert report.line == 288


def test_units_named_after_phoi_hop_voi_are_the_cooperating_units(proposal, demo_units):
    tasks = [task for unit in proposal.units for task in unit.tasks]
    for task, demo_task in zip(tasks, demo.TASKS, strict=True):
        assert [unit.unit_id for unit in task.cooperating_units] == [
            demo_units[key].id for key in demo_task.cooperating_unit_keys
        ], demo_task.key


def test_misprints_skipped_numbers_and_broken_headings_are_flagged_where_they_are(proposal):
    assert (207, "xn") in warnings_of(proposal, WarningKind.misprint)
    assert (307, "lien") in warnings_of(proposal, WarningKind.misprint)
    # Kept as written: the sentence still says "xn".
    press = proposal.units[1].tasks[1]
    assert "địa bàn xn được báo chí" in press.description
    assert [line for line, _ in warnings_of(proposal, WarningKind.skipped_number)] == [261]
    assert [line for line, _ in warnings_of(proposal, WarningKind.heading_over_lines)] == [
        99,
        121,
        139,
    ]


def test_the_group_of_item_nine_lacks_the_economic_units_the_demo_does_not_invent(proposal):
    assert warnings_of(proposal, WarningKind.unmatched_unit) == [(275, "các đơn vị kinh tế")]


def test_recipients_and_signer_are_the_demos(proposal):
    assert [fold(recipient) for recipient in proposal.recipients] == [
        fold(recipient) for recipient in demo.RECIPIENTS
    ]
    signer = proposal.signer
    assert signer is not None
    assert (signer.authority, signer.body, signer.position, signer.full_name) == (
        demo.SIGNER.authority,
        demo.SIGNER.body,
        demo.SIGNER.position,
        demo.SIGNER.full_name,
    )


def test_without_units_every_unit_is_left_for_a_decision(demo_units):
    proposal = propose(SEED.read_bytes(), SEED.name, [])
    assert len(proposal.units) == 8
    assert all(unit.unit_id is None and not unit.group_unit_ids for unit in proposal.units)
    assert len(proposal.unmatched_units) == 8
    assert proposal.header.issued_on is None
    assert proposal.source_lines[206].endswith("xn được báo chí phản ánh. ")
    assert date(2023, 6, 1) in [deadline.due_on for deadline in proposal.reporting_deadlines]
