"""Bad input: a clear Vietnamese problem (413, 415, 422) and nothing else, never a crash; a text
with no recognisable structure is not an error but an empty proposal that says why."""

import contextlib
import io
import struct
import zipfile

import pytest

from ttdn.core.errors import Invalid, PayloadTooLarge, Problem, UnsupportedMediaType
from ttdn.imports.proposal import WarningKind
from ttdn.imports.service import propose
from ttdn.imports.sources import MAX_IMPORT_BYTES, MAX_TEXT_CHARACTERS

from .conftest import SEED

PNG = b"\x89PNG\r\n\x1a\n" + bytes(64)


def zipped(parts: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as package:
        for name, content in parts.items():
            package.writestr(name, content)
    return buffer.getvalue()


def declaring_huge_sizes(package: bytes) -> bytes:
    """The zip with every entry's uncompressed size, in its local header and in the central
    directory, set to 3.5 GB: a few hundred bytes that claim to unpack to gigabytes."""
    data = bytearray(package)
    huge = struct.pack("<I", 3_500_000_000)
    for signature, offset in ((b"PK\x03\x04", 22), (b"PK\x01\x02", 24)):
        start = data.find(signature)
        while start != -1:
            data[start + offset : start + offset + 4] = huge
            start = data.find(signature, start + 4)
    return bytes(data)


def test_an_empty_file_is_refused():
    with pytest.raises(Invalid, match="Tệp rỗng"):
        propose(b"", "ke-hoach.txt", [])
    with pytest.raises(Invalid, match="Tệp rỗng"):
        propose(b" \n\r\n\t ", "ke-hoach.txt", [])


def test_a_file_over_the_limit_is_refused_before_it_is_read():
    with pytest.raises(PayloadTooLarge) as refused:
        propose(b"a" * (MAX_IMPORT_BYTES + 1), "ke-hoach.txt", [])
    assert refused.value.status == 413


def test_a_text_longer_than_any_plan_is_refused():
    with pytest.raises(PayloadTooLarge, match="ký tự"):
        propose("- Tuyên truyền.\n".encode() * (MAX_TEXT_CHARACTERS // 10), "dai.txt", [])


def test_a_50_megabyte_file_is_refused():
    with pytest.raises(PayloadTooLarge):
        propose(bytes(50 * 1_048_576), "ke-hoach.docx", [])


@pytest.mark.parametrize(
    ("data", "filename"),
    [
        (PNG, "ke-hoach.txt"),
        (b"\x7fELF\x02\x01\x01" + bytes(200), "ke-hoach.txt"),
        (bytes(range(256)) * 4, "ke-hoach.docx"),
        ("Kế hoạch thông tin đối ngoại".encode("cp1258", "replace") + b"\xff\xfe\xfa", "a.txt"),
    ],
    ids=["png", "executable", "binary-named-docx", "not-utf8"],
)
def test_binary_or_unknown_content_is_refused_whatever_its_name(data, filename):
    with pytest.raises(UnsupportedMediaType) as refused:
        propose(data, filename, [])
    assert refused.value.status == 415


def test_a_zip_bomb_named_docx_is_refused_before_it_is_unpacked():
    bomb = declaring_huge_sizes(zipped({"word/document.xml": b"<w:document/>"}))
    with pytest.raises(PayloadTooLarge, match="quá lớn"):
        propose(bomb, "ke-hoach.docx", [])


def test_a_small_docx_that_inflates_a_thousandfold_is_refused():
    bomb = zipped({"[Content_Types].xml": b"<Types/>", "word/document.xml": bytes(2_000_000)})
    assert len(bomb) < 10_000
    with pytest.raises(PayloadTooLarge, match="zip bomb"):
        propose(bomb, "ke-hoach.docx", [])


def test_a_zip_that_is_not_a_docx_is_refused():
    package = zipped({"ke-hoach.txt": "Kế hoạch".encode()})
    with pytest.raises(UnsupportedMediaType):
        propose(package, "ke-hoach.docx", [])


def test_a_broken_docx_is_refused():
    package = zipped({"word/document.xml": b"<not xml"})
    with pytest.raises(Invalid, match="Tệp Word"):
        propose(package, "ke-hoach.docx", [])


def test_a_broken_pdf_is_refused():
    with pytest.raises(Invalid, match="PDF"):
        propose(b"%PDF-1.7\n1 0 obj << /Type /Catalog >> broken", "ke-hoach.pdf", [])


def test_text_with_no_structure_gives_an_empty_proposal_that_says_why():
    text = "Xin chào anh chị,\nHẹn gặp lại vào thứ Hai tuần sau để bàn việc họp thôn.\n"
    proposal = propose(text.encode(), "thu.txt", [])
    assert proposal.sections == [] and proposal.units == [] and proposal.legal_bases == []
    [warning] = proposal.warnings
    assert warning.kind == WarningKind.no_structure
    assert "Không nhận ra cấu trúc" in warning.message
    assert proposal.source_lines[1].startswith("Hẹn gặp lại")


def test_utf16_text_with_its_byte_order_mark_is_read():
    proposal = propose(SEED.read_text(encoding="utf-8").encode("utf-16"), SEED.name, [])
    assert [section.code for section in proposal.sections] == ["I", "II", "III"]


@pytest.mark.parametrize("cut", [1, 7, 100, 1_000, 5_000])
def test_cut_or_garbled_plans_never_fail_with_anything_but_a_problem(cut):
    text = SEED.read_bytes()
    for data in (text[:cut], text[cut:], text[::3][:cut], text.replace(b"\n", b"")[:cut]):
        with contextlib.suppress(Problem):
            propose(data, "ke-hoach.txt", [])


def test_a_date_that_cannot_be_is_kept_as_written_and_flagged():
    text = "III. TỔ CHỨC THỰC HIỆN\n1. Công an xã\n- Báo cáo kết quả trước ngày 31/02/2024.\n"
    proposal = propose(text.encode(), "ke-hoach.txt", [])
    [task] = proposal.units[0].tasks
    assert task.description == "Báo cáo kết quả trước ngày 31/02/2024."
    assert task.schedule.due_on is None
    assert [
        (warning.line, warning.text)
        for warning in proposal.warnings
        if warning.kind == WarningKind.unreadable_date
    ] == [(3, "trước ngày 31/02/2024")]
