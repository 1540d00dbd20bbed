"""The bytes of an uploaded or pasted plan as numbered lines of text.

Plain text (UTF-8, or UTF-16 with its byte-order mark), a Word document (DOCX: paragraphs and
tables in document order) or a PDF with a text layer. The type is judged from the content,
never from the name. Anything else, and anything too big, broken or built to exhaust the
server (a zip bomb dressed as a DOCX), is refused with a Vietnamese problem before it is
parsed: `PayloadTooLarge`, `UnsupportedMediaType` or `Invalid`.
"""

import codecs
import io
import zipfile
from dataclasses import dataclass

from docx import Document
from docx.table import Table
from docx.text.paragraph import Paragraph
from pypdf import PdfReader

from ttdn.core.errors import Invalid, PayloadTooLarge, UnsupportedMediaType
from ttdn.core.files import DOCX, PDF, sniff

TEXT = "text/plain"
MAX_IMPORT_BYTES = 5 * 1_048_576
# The text a file may hold: about sixty pages, twelve times the seed plan. Reading is linear
# but not free (a few seconds at this length); a longer text is no plan.
MAX_TEXT_CHARACTERS = 200_000
# What a DOCX may unpack to, all parts together, and how much more than its packed size one
# part may declare: Word's XML packs about ten to one, a zip bomb a thousand to one and more.
# Python's zipfile never inflates a part beyond its declared size, so checking the declared
# sizes before python-docx opens the package is enough.
MAX_DOCX_UNPACKED_BYTES = 50 * 1_048_576
MAX_DOCX_PART_RATIO = 200
MAX_DOCX_PARTS = 2_000
MAX_PDF_PAGES = 100
# Control characters other than tab, line feed, carriage return and form feed: a file with
# them is not text someone wrote.
_BINARY_CONTROLS = frozenset(range(0x00, 0x09)) | {0x0B} | frozenset(range(0x0E, 0x20))

ACCEPTED_WORDS = "văn bản thuần (UTF-8), Word (DOCX) hoặc PDF có lớp chữ"


@dataclass(frozen=True)
class SourceLine:
    """One line of the source as read: a line of text, a DOCX paragraph, or a row of a DOCX
    table (`cells`, merged cells once; `table` tells rows of one table from another's)."""

    number: int
    text: str
    cells: tuple[str, ...] | None = None
    table: int | None = None


@dataclass(frozen=True)
class Source:
    media_type: str
    lines: list[SourceLine]
    # PDF extraction and plain text break paragraphs into lines; a DOCX paragraph is whole.
    broken_lines: bool


def read_source(data: bytes, filename: str) -> Source:
    """The numbered lines of `data`; raises `PayloadTooLarge`, `UnsupportedMediaType` or
    `Invalid` (empty, broken, encrypted, no text layer)."""
    if len(data) > MAX_IMPORT_BYTES:
        raise PayloadTooLarge(f"Tệp vượt quá {MAX_IMPORT_BYTES // 1_048_576} MB.")
    if not data.strip():
        raise Invalid("Tệp rỗng: không có chữ nào để đọc.", loc=["body", "file"])
    media_type = sniff(data, filename)
    if media_type == DOCX:
        source = Source(DOCX, _number(_docx_lines(data)), broken_lines=False)
    elif media_type == PDF:
        source = Source(PDF, _number(_pdf_lines(data)), broken_lines=True)
    elif media_type is not None or data.startswith(b"PK\x03\x04"):
        raise UnsupportedMediaType(f"Chỉ nhận {ACCEPTED_WORDS}.")
    else:
        source = Source(TEXT, _number([(line, None, None) for line in _text_lines(data)]), True)
    if sum(len(line.text) for line in source.lines) > MAX_TEXT_CHARACTERS:
        raise PayloadTooLarge(
            f"Văn bản dài quá {MAX_TEXT_CHARACTERS:,} ký tự (khoảng 60 trang); một kế hoạch "
            "không dài như vậy.".replace(",", ".")
        )
    return source


_Row = tuple[str, tuple[str, ...] | None, int | None]


def _number(rows: list[_Row]) -> list[SourceLine]:
    return [
        SourceLine(number, text, cells, table)
        for number, (text, cells, table) in enumerate(rows, start=1)
    ]


def _text_lines(data: bytes) -> list[str]:
    """Lines of a plain-text file: UTF-8 (a byte-order mark is dropped) or UTF-16 with its
    byte-order mark; anything else is not a text we can read."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        encoding = "utf-16"
    else:
        encoding = "utf-8-sig"
        if any(byte in _BINARY_CONTROLS for byte in data[:65_536]):
            raise UnsupportedMediaType(f"Tệp không phải văn bản. Chỉ nhận {ACCEPTED_WORDS}.")
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as error:
        raise UnsupportedMediaType(
            "Không đọc được tệp văn bản: hãy lưu tệp với bảng mã UTF-8 (Unicode)."
        ) from error
    if any(ord(character) in _BINARY_CONTROLS for character in text[:65_536]):
        raise UnsupportedMediaType(f"Tệp không phải văn bản. Chỉ nhận {ACCEPTED_WORDS}.")
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n").split("\n")


def _check_package(data: bytes) -> None:
    """Refuse a DOCX whose parts would unpack to too much (a zip bomb) before anything
    inflates them."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            parts = package.infolist()
    except (zipfile.BadZipFile, ValueError, OSError) as error:
        raise Invalid("Tệp Word bị hỏng, không mở được.", loc=["body", "file"]) from error
    unpacked = sum(part.file_size for part in parts)
    if len(parts) > MAX_DOCX_PARTS or unpacked > MAX_DOCX_UNPACKED_BYTES:
        raise PayloadTooLarge("Tệp Word giải nén ra quá lớn; không đọc.")
    for part in parts:
        if part.file_size > 1_048_576 and part.file_size > MAX_DOCX_PART_RATIO * max(
            part.compress_size, 1
        ):
            raise PayloadTooLarge("Tệp Word nén bất thường (có thể là zip bomb); không đọc.")


def _docx_lines(data: bytes) -> list[_Row]:
    """Paragraphs and table rows of the document body in order; a table row keeps its cells
    (a cell merged over several columns once)."""
    _check_package(data)
    try:
        document = Document(io.BytesIO(data))
        rows: list[_Row] = []
        for table_index, block in enumerate(document.iter_inner_content()):
            if isinstance(block, Paragraph):
                rows.append((block.text, None, None))
            elif isinstance(block, Table):
                rows.extend(_table_rows(block, table_index))
    except Exception as error:  # python-docx and lxml raise many kinds on a broken package
        raise Invalid("Tệp Word bị hỏng, không đọc được.", loc=["body", "file"]) from error
    return rows


def _table_rows(table: Table, table_index: int) -> list[_Row]:
    rows: list[_Row] = []
    for row in table.rows:
        cells: list[str] = []
        seen: list[object] = []
        for cell in row.cells:
            if any(cell._tc is other for other in seen):  # a merged cell repeats
                continue
            seen.append(cell._tc)
            cells.append("\n".join(paragraph.text for paragraph in cell.paragraphs))
        text = " | ".join(cell.replace("\n", " / ") for cell in cells)
        rows.append((text, tuple(cells), table_index))
    return rows


def _pdf_lines(data: bytes) -> list[_Row]:
    """The text layer of a PDF, page after page; a scan without one is refused."""
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            raise Invalid("Tệp PDF có mật khẩu; hãy gửi bản không khóa.", loc=["body", "file"])
        if len(reader.pages) > MAX_PDF_PAGES:
            raise PayloadTooLarge(f"Tệp PDF dài quá {MAX_PDF_PAGES} trang.")
        pages = [page.extract_text() or "" for page in reader.pages]
    except (Invalid, PayloadTooLarge):
        raise
    except Exception as error:  # pypdf raises many kinds on a broken file
        raise Invalid("Tệp PDF bị hỏng, không đọc được.", loc=["body", "file"]) from error
    text = "\n".join(pages)
    if not text.strip():
        raise Invalid(
            "Tệp PDF không có lớp chữ (có thể là bản quét); hãy gửi bản Word hoặc dán nội dung.",
            loc=["body", "file"],
        )
    return [(line, None, None) for line in text.split("\n")]
