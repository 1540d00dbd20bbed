"""The Cao Xá 2023 demo data says what the seed plan says, in clean text."""

import ast
import re
import unicodedata
from collections import Counter
from dataclasses import fields, is_dataclass
from datetime import date
from pathlib import Path

from ttdn.demo import cao_xa_2023 as demo

# The source plan, kept in the repository so that a clone alone passes the suite.
SEED_PATH = Path(__file__).resolve().parents[1] / "fixtures/ke-hoach-ttdn-cao-xa-2023.txt"
MODULE_PATH = Path(demo.__file__)

# Typos of the source and their fixes; applied to both sides before comparing.
TYPO_FIXES = (
    (re.compile(r"\bliên qua\b"), "liên quan"),
    (re.compile(r"\blien quan\b"), "liên quan"),
    (re.compile(r"\bxn\b"), "xã"),
    (re.compile(r"\bđể xuất\b"), "đề xuất"),
)
# Words the demo adds to the source: II.2 breaks off mid-sentence in the source.
EDITORIAL_ADDITIONS = {"Trung Quốc và các nước khác.": "Trung Quốc và các nước."}

PART_III_ITEMS = ("1", "2", "3", "4", "5", "6", "8", "9")  # item 7 is missing in the source


def fold(text: str) -> str:
    """Reduce a text to its lowercase words, with the source's typos fixed."""
    words = re.sub(r"\W+", " ", unicodedata.normalize("NFC", text).lower()).strip()
    for typo, fix in TYPO_FIXES:
        words = typo.sub(fix, words)
    return words


def seed_text() -> str:
    return SEED_PATH.read_text(encoding="utf-8")


def assert_in_seed(text: str) -> None:
    for added, original in EDITORIAL_ADDITIONS.items():
        text = text.replace(added, original)
    assert fold(text) in fold(seed_text()), text


def walk_sections(sections, prefix=""):
    for section in sections:
        path = f"{prefix}.{section.code}" if prefix else section.code
        yield path, section
        yield from walk_sections(section.children, path)


def body_paragraphs(body: str) -> list[str]:
    return [line.removeprefix("- ") for line in body.split("\n")] if body else []


def all_strings(value):
    if isinstance(value, str):
        yield value
    elif is_dataclass(value):
        for field in fields(value):
            yield from all_strings(getattr(value, field.name))
    elif isinstance(value, tuple | list):
        for item in value:
            yield from all_strings(item)
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from all_strings(key)
            yield from all_strings(item)


def demo_strings():
    names = [name for name in dir(demo) if name.isupper()]
    return [text for name in names for text in all_strings(getattr(demo, name))]


def test_seed_file_is_found():
    assert SEED_PATH.is_file(), SEED_PATH


def test_every_task_description_is_text_of_the_seed():
    for task in demo.TASKS:
        assert_in_seed(task.description)


def test_section_texts_opening_closing_and_recipients_are_text_of_the_seed():
    for _path, section in walk_sections(demo.SECTIONS):
        assert_in_seed(section.title)
        for paragraph in body_paragraphs(section.body):
            assert_in_seed(paragraph)
    for text in (demo.PLAN_INTRODUCTION, demo.PLAN_CLOSING, *demo.RECIPIENTS):
        assert_in_seed(text)
    signer = demo.SIGNER
    assert_in_seed(f"{signer.authority} {signer.body} {signer.position} {signer.full_name}")


def test_every_task_sentence_of_part_iii_is_a_task():
    part_iii = next(section for section in demo.SECTIONS if section.code == "III")
    descriptions = {task.description for task in demo.TASKS}
    for item in part_iii.children:
        sentences = [
            sentence
            for paragraph in body_paragraphs(item.body)
            for sentence in re.split(r"(?<=\.) (?=[A-ZĐÂĂÊÔƠƯ])", paragraph)
        ]
        assert set(sentences) == {
            task.description for task in demo.TASKS if task.section_code == f"III.{item.code}"
        }
        assert set(sentences) <= descriptions


def test_legal_reference_numbers_appear_in_the_seed():
    seed = re.sub(r"\s+", "", seed_text())
    numbers = [ref.number for ref in demo.LEGAL_REFERENCES if ref.number is not None]
    assert len(numbers) == 9
    for number in numbers:
        assert re.sub(r"\s+", "", number) in seed, number


def test_legal_reference_dates_appear_in_the_seed():
    seed = re.sub(r"\s+", "", seed_text())
    for ref in demo.LEGAL_REFERENCES:
        if ref.issued_on is None:
            continue
        d = ref.issued_on
        spellings = {
            f"{day}/{month}/{d.year}"
            for day in (str(d.day), f"{d.day:02d}")
            for month in (str(d.month), f"{d.month:02d}")
        }
        assert any(spelling in seed for spelling in spellings), ref.key


def test_legal_references_are_cited_by_the_sections_or_the_opening():
    keys = [ref.key for ref in demo.LEGAL_REFERENCES]
    assert len(keys) == len(set(keys))
    parent = next(ref for ref in demo.LEGAL_REFERENCES if ref.key == demo.PARENT_PLAN_KEY)
    assert (parent.kind, parent.number, parent.issued_on) == (
        "plan",
        "38/KH-UBND",
        demo.PLAN_ISSUED_ON,
    )
    # The opening's "Căn cứ kế hoạch số 38/KH-UBND …" is the plan's căn cứ line.
    assert f"Căn cứ kế hoạch số {parent.number}" in " ".join(seed_text().split())
    cited = [key for _path, s in walk_sections(demo.SECTIONS) for key in s.legal_reference_keys]
    assert set(cited) <= set(keys)
    assert set(keys) - set(cited) == {demo.PARENT_PLAN_KEY}


def test_legal_reference_kinds_have_their_labels():
    labels = {
        "decree": "Nghị định",
        "circular": "Thông tư",
        "decision": "Quyết định",
        "plan": "Kế hoạch",
        "programme": "Chương trình phối hợp",
        "convention": "Công ước",
        "resolution": "Nghị quyết",
        "scheme": "Đề án",
    }
    for ref in demo.LEGAL_REFERENCES:
        assert labels[ref.kind] == ref.kind_label, ref.key


def test_every_part_iii_item_has_tasks_led_by_known_units():
    unit_keys = {unit.key for unit in demo.UNITS}
    items = {task.section_code.removeprefix("III.") for task in demo.TASKS}
    assert items == set(PART_III_ITEMS)
    for task in demo.TASKS:
        assert set(task.lead_unit_keys) <= unit_keys, task.key
        assert set(task.cooperating_unit_keys) <= unit_keys, task.key
        assert not set(task.lead_unit_keys) & set(task.cooperating_unit_keys), task.key
        if task.section_code == "III.9":
            assert task.lead_unit_keys == demo.ITEM_9_UNIT_KEYS
        else:
            assert len(task.lead_unit_keys) == 1, task.key


def test_task_counts_per_part_iii_item():
    # One task per bullet or paragraph, two where a bullet or paragraph holds two
    # instructions in two sentences: III.5 first paragraph (build the programme / more and
    # better content), III.6 second paragraph (follow opinion / direct the rebuttal), III.9
    # second bullet (steer opinion / tie TTĐN to the development plan). A single sentence
    # with two clauses (III.1 second bullet, III.2 and III.3 second bullets) stays one task.
    counts = Counter(task.section_code for task in demo.TASKS)
    assert counts == {
        "III.1": 4,
        "III.2": 2,
        "III.3": 2,
        "III.4": 1,
        "III.5": 3,
        "III.6": 3,
        "III.8": 3,
        "III.9": 4,
    }
    assert len(demo.TASKS) == 22


def test_task_schedules_and_cooperation():
    tasks = {task.key: task for task in demo.TASKS}
    assert len(tasks) == len(demo.TASKS)
    for task in demo.TASKS:
        assert task.schedule in {"once", "recurring", "continuous"}, task.key
        assert (task.due_on is not None) == (task.schedule == "once"), task.key
        assert (task.frequency is not None) == (task.schedule == "recurring"), task.key
        if task.frequency is not None:
            assert task.frequency in {"monthly", "quarterly", "semiannual", "yearly"}
        assert task.topics, task.key
        for topic in task.topics:
            assert re.fullmatch(r"[a-z]+(_[a-z]+)*", topic), topic
    assert tasks["vhxh_xay_dung_ke_hoach"].due_on == date(2023, 3, 31)
    assert tasks["congan_bao_cao_quy"].frequency == "quarterly"
    assert tasks["khu_bao_cao"].schedule == "continuous"
    assert tasks["vhxh_bao_cao"].schedule == "continuous"
    assert tasks["vhxh_cap_nhat_trang_tin"].cooperating_unit_keys == ("dai_truyen_thanh",)
    assert tasks["diachinh_xuc_tien_thuong_mai"].cooperating_unit_keys == ("to_khuyen_nong",)


def test_strings_are_nfc_and_clean():
    for text in demo_strings():
        assert unicodedata.is_normalized("NFC", text), text
        assert "  " not in text, text
        assert "\n\n" not in text, text
        for line in text.split("\n"):
            assert line == line.strip(), text
    for task in demo.TASKS:
        for text in (task.title, task.description):
            assert text and "\n" not in text, task.key
        assert len(task.title) <= 120, task.key
    for _path, section in walk_sections(demo.SECTIONS):
        assert section.title and "\n" not in section.title


def test_sentences_end_with_a_full_stop():
    for task in demo.TASKS:
        assert task.description.endswith("."), task.key
    for path, section in walk_sections(demo.SECTIONS):
        for paragraph in body_paragraphs(section.body):
            assert paragraph.endswith("."), path
    assert demo.PLAN_CLOSING.endswith("./.")


def test_the_source_typos_are_fixed():
    for text in demo_strings():
        lowered = text.lower()
        for typo, _fix in TYPO_FIXES:
            assert not typo.search(lowered), text


def test_section_codes_as_printed():
    paths = {path for path, _section in walk_sections(demo.SECTIONS)}
    assert {"I", "II", "III", "I.1", "I.2"} <= paths
    assert {f"II.{n}" for n in range(1, 6)} <= paths
    assert {f"II.4.4.{n}" for n in range(1, 5)} <= paths  # printed as 4.1 … 4.4
    codes = {section.code for _path, section in walk_sections(demo.SECTIONS)}
    assert {"I", "II", "III", "4.1", "4.2", "4.3", "4.4"} <= codes
    part_iii = next(section for section in demo.SECTIONS if section.code == "III")
    assert tuple(item.code for item in part_iii.children) == PART_III_ITEMS
    for task in demo.TASKS:
        assert task.section_code in paths, task.key


def test_recipients_signer_and_deadlines():
    assert demo.RECIPIENTS[-1] == "Lưu: VT, VHXH."
    assert len(demo.RECIPIENTS) == 7
    for recipient in demo.RECIPIENTS:
        assert not recipient.startswith("-") and not recipient.endswith(";")
    assert demo.DemoSigner("TM.", "ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Quách Văn Chí") == demo.SIGNER
    assert (
        ("semiannual", date(2023, 6, 1), "Báo cáo sơ kết 6 tháng"),
        ("yearly", date(2023, 11, 1), "Báo cáo tổng kết năm"),
    ) == demo.REPORTING_DEADLINES
    assert (
        2023,
        "Cao Xá",
        date(2023, 3, 8),
    ) == (demo.PLAN_YEAR, demo.PLAN_PLACE, demo.PLAN_ISSUED_ON)


def test_units_form_a_tree_with_parents_first():
    kinds = {
        "province", "district", "commune", "office", "officer_post", "radio", "police",
        "mass_organisation", "residential_area", "enterprise", "external",
    }  # fmt: skip
    seen: set[str] = set()
    codes: set[str] = set()
    for unit in demo.UNITS:
        assert unit.key.isidentifier() and unit.key not in seen, unit.key
        assert unit.code == unit.code.upper() and unit.code not in codes, unit.code
        assert unit.parent_key is None or unit.parent_key in seen, unit.key
        assert unit.kind in kinds, unit.key
        assert set(unit.functions) <= {"coordination", "press", "security", "budget"}
        seen.add(unit.key)
        codes.add(unit.code)
    roots = [unit for unit in demo.UNITS if unit.parent_key is None]
    assert [(unit.key, unit.kind) for unit in roots] == [("huyen_lam_thao", "district")]
    functions = {f: unit.key for unit in demo.UNITS for f in unit.functions}
    assert functions == {
        "coordination": "vhxh",
        "press": "van_phong",
        "budget": "tai_chinh",
        "security": "cong_an",
    }
    areas = [unit.key for unit in demo.UNITS if unit.kind == "residential_area"]
    assert tuple(areas) == demo.ITEM_9_UNIT_KEYS == tuple(f"khu_{n}" for n in range(1, 7))


def test_demo_accounts_match_design_section_6():
    units = {unit.key for unit in demo.UNITS}
    accounts = {username: (name, unit, role) for username, name, unit, role in demo.DEMO_ACCOUNTS}
    # DESIGN §6's accounts, and a head for each of the other five areas (Khu 1 … Khu 6), who
    # report their area's progress in the demo.
    assert list(accounts) == [
        "admin", "chutich", "vhxh", "vanphong", "taichinh", "diachinh", "daitruyenthanh",
        "doanthe", "congan", "khu1", "khu2", "khu3", "khu4", "khu5", "khu6", "huyen",
    ]  # fmt: skip
    for name, unit, _role in accounts.values():
        assert unit in units and len(name.split()) >= 3
    assert len({name for name, _u, _r in accounts.values()}) == len(accounts)
    roles = {username: role for username, (_n, _u, role) in accounts.items()}
    assert roles["admin"] == "admin" and roles["chutich"] == "leader"
    assert roles["vhxh"] == "coordinator"
    for n in range(1, 7):
        assert accounts[f"khu{n}"][1:] == (f"khu_{n}", "area_leader")
    assert roles["huyen"] == "superior"
    assert accounts["chutich"] == ("Quách Văn Chí", "ubnd_cao_xa", "leader")
    assert demo.DEMO_PASSWORD == "ttdn-demo-2023"


def test_module_imports_only_the_standard_library_it_needs():
    tree = ast.parse(MODULE_PATH.read_text(encoding="utf-8"))
    imported = {
        node.module if isinstance(node, ast.ImportFrom) else alias.name
        for node in ast.walk(tree)
        if isinstance(node, ast.Import | ast.ImportFrom)
        for alias in node.names
    }
    assert imported == {"dataclasses", "datetime"}
