"""An administrative document in the format of Nghị định 30/2020/NĐ-CP (DESIGN §7), with
python-docx: A4, margins 20/20/30/15 mm, Times New Roman; a borderless two-column header (the
issuing body in capitals and bold over a short rule, the number and symbol; the national title
and motto over a short rule, the italic place and date); the type and subject; the body 14 pt
justified; tables of figures with borders; at the end a borderless two-column table of
`Nơi nhận:` and the signature block; page numbers from page 2.

What python-docx has no API for (paragraph borders, the PAGE field, East Asian font names) is
set with the few XML elements it takes, in the helpers at the bottom.
"""

import io
import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import date

from docx import Document as new_document
from docx.document import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Emu, Length, Mm, Pt
from docx.table import Table, _Row
from docx.text.paragraph import Paragraph

FONT = "Times New Roman"
BODY_SIZE = Pt(14)
HEADER_SIZE = Pt(13)
RECIPIENTS_TITLE_SIZE = Pt(12)
RECIPIENTS_SIZE = Pt(11)
TABLE_SIZE = Pt(12)
PAGE_NUMBER_SIZE = Pt(13)
NATION = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
MOTTO = "Độc lập - Tự do - Hạnh phúc"
# The text's width (A4 less the margins), and the header's two columns.
TEXT_WIDTH = Mm(165)
LEFT_COLUMN, RIGHT_COLUMN = Cm(6.5), Cm(10)


def place_and_date(place: str, day: date) -> str:
    """`Cao Xá, ngày 08 tháng 3 năm 2023`: the day zero-padded, months 1 and 2 zero-padded."""
    month = f"{day.month:02d}" if day.month < 3 else str(day.month)
    return f"{place}, ngày {day.day:02d} tháng {month} năm {day.year}"


def document_number(number_symbol: str | None, symbol: str) -> str:
    """What follows `Số:`: `38/KH-UBND`, or `…/KH-UBND` while the document has no number."""
    return number_symbol or f"…/{symbol}"


def subject_line(title: str, kind: str) -> str:
    """The subject under the type: the title without its leading type (`Kế hoạch`, `Báo cáo`),
    capitalised."""
    subject = re.sub(rf"^\s*{re.escape(kind)}\s+", "", title, flags=re.IGNORECASE).strip()
    return subject[:1].upper() + subject[1:]


def amount(value: int) -> str:
    """A whole number as Vietnamese texts print it: `1.500.000`."""
    return f"{value:,}".replace(",", ".")


@dataclass(frozen=True)
class Signature:
    authority: str  # `TM. ỦY BAN NHÂN DÂN`
    position: str  # `CHỦ TỊCH`
    full_name: str


@dataclass(frozen=True)
class Heading:
    """A line of the issuing body, number, type and subject, place and date."""

    issuer: str  # `ỦY BAN NHÂN DÂN XÃ CAO XÁ` (printed in capitals)
    number: str  # `38/KH-UBND`, or `…/KH-UBND` for a draft
    place_date: str | None  # None: not yet issued
    kind: str  # `KẾ HOẠCH`
    subject: str


class OfficialDocument:
    """A document being written; `to_bytes` gives the DOCX."""

    def __init__(self) -> None:
        self.document: Document = new_document()
        self._set_up_page()
        self._set_up_font()

    def _set_up_page(self) -> None:
        section = self.document.sections[0]
        section.page_width, section.page_height = Mm(210), Mm(297)
        section.top_margin, section.bottom_margin = Mm(20), Mm(20)
        section.left_margin, section.right_margin = Mm(30), Mm(15)
        section.start_type = WD_SECTION.NEW_PAGE
        # No number on the first page; from page 2, centred at the top.
        section.different_first_page_header_footer = True
        number = section.header.paragraphs[0]
        number.alignment = WD_ALIGN_PARAGRAPH.CENTER
        _page_field(number, PAGE_NUMBER_SIZE)

    def _set_up_font(self) -> None:
        normal = self.document.styles["Normal"]
        normal.font.name = FONT
        normal.font.size = BODY_SIZE
        _east_asian_font(normal.element, FONT)
        normal.paragraph_format.space_after = Pt(0)

    # --- the head ---------------------------------------------------------------------------

    def heading(self, heading: Heading) -> None:
        table = self._borderless_table(LEFT_COLUMN, RIGHT_COLUMN)
        left, right = table.rows[0].cells
        _line(left.paragraphs[0], heading.issuer.upper(), HEADER_SIZE, bold=True)
        _rule(left.add_paragraph(), Cm(2), LEFT_COLUMN)
        _line(left.add_paragraph(), f"Số: {heading.number}", HEADER_SIZE, space_before=Pt(6))
        _line(right.paragraphs[0], NATION, Pt(12), bold=True)
        _line(right.add_paragraph(), MOTTO, Pt(13), bold=True)
        _rule(right.add_paragraph(), Cm(4.5), RIGHT_COLUMN)
        if heading.place_date:
            date_line = right.add_paragraph()
            _line(date_line, heading.place_date, Pt(13), italic=True, space_before=Pt(6))
        kind = self.document.add_paragraph()
        _line(kind, heading.kind.upper(), BODY_SIZE, bold=True, space_before=Pt(18))
        _line(self.document.add_paragraph(), heading.subject, BODY_SIZE, bold=True)
        rule = self.document.add_paragraph()
        _rule(rule, Cm(3), TEXT_WIDTH)
        rule.paragraph_format.space_after = Pt(12)

    # --- the body ---------------------------------------------------------------------------

    def basis(self, text: str) -> None:
        """A căn cứ line, in italics."""
        self.paragraph(text, italic=True)

    def paragraph(self, text: str, *, bold: bool = False, italic: bool = False) -> Paragraph:
        """A body paragraph: 14 pt, justified, its first line indented."""
        paragraph = self.document.add_paragraph()
        paragraph.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        paragraph.paragraph_format.first_line_indent = Cm(1)
        paragraph.paragraph_format.space_after = Pt(6)
        paragraph.paragraph_format.line_spacing = 1.15
        run = paragraph.add_run(text)
        run.bold, run.italic = bold, italic
        return paragraph

    def paragraphs(self, text: str, *, bold_lines: Collection[str] = ()) -> None:
        """A body paragraph for each line of `text` that is not blank; the lines among
        `bold_lines` (headings within the text) in bold."""
        for line in text.splitlines():
            if line.strip():
                self.paragraph(line.strip(), bold=line.strip() in bold_lines)

    def section_title(self, code: str, title: str, depth: int) -> None:
        """A heading of the text: `I. MỤC ĐÍCH, YÊU CẦU` bold; `1. Mục đích` bold; deeper
        ones bold and italic. A code is printed with its dot (`I` → `I.`)."""
        number = code if code.endswith((".", ")")) else f"{code}."
        self.paragraph(f"{number} {title}", bold=True, italic=depth >= 2)

    def bordered_table(
        self, header: Sequence[str], rows: Sequence[Sequence[str]], widths: Sequence[Length]
    ) -> Table:
        """A table with borders (`Table Grid`), 12 pt: the header row bold, centred and repeated
        on each page; in the rows, the first column to the left and the others (figures)
        centred."""
        table = self.document.add_table(rows=1 + len(rows), cols=len(header))
        table.style = self.document.styles["Table Grid"]
        table.alignment = WD_TABLE_ALIGNMENT.CENTER
        table.autofit = False
        for column, width in zip(table.columns, widths, strict=True):
            column.width = width
            for cell in column.cells:
                cell.width = width
        _repeat_as_header(table.rows[0])
        for row, texts in zip(table.rows, [header, *rows], strict=True):
            first = row is table.rows[0]
            for index, (cell, text) in enumerate(zip(row.cells, texts, strict=True)):
                paragraph = cell.paragraphs[0]
                left = index == 0 and not first
                paragraph.alignment = WD_ALIGN_PARAGRAPH.LEFT if left else WD_ALIGN_PARAGRAPH.CENTER
                run = paragraph.add_run(text)
                run.bold, run.font.size = first, TABLE_SIZE
        self.document.add_paragraph().paragraph_format.space_after = Pt(6)
        return table

    # --- the foot ---------------------------------------------------------------------------

    def closing(self, recipients: Sequence[str], signature: Signature | None) -> None:
        """The `Nơi nhận:` block (its last line `- Lưu: …`) and the signature block."""
        self.document.add_paragraph()
        table = self._borderless_table(Cm(7.5), Cm(9))
        # On one page: a signer's name alone at the top of the next one reads as a stray line.
        table.rows[0]._tr.get_or_add_trPr().append(OxmlElement("w:cantSplit"))
        left, right = table.rows[0].cells
        title = left.paragraphs[0]
        title.alignment = WD_ALIGN_PARAGRAPH.LEFT
        run = title.add_run("Nơi nhận:")
        run.bold, run.italic, run.font.size = True, True, RECIPIENTS_TITLE_SIZE
        for index, recipient in enumerate(recipients):
            last = index == len(recipients) - 1
            text = recipient.rstrip(";.")
            line = left.add_paragraph()
            line.add_run(f"- {text}{'.' if last else ';'}").font.size = RECIPIENTS_SIZE
        if signature is None:
            return
        _line(right.paragraphs[0], signature.authority, BODY_SIZE, bold=True)
        _line(right.add_paragraph(), signature.position, BODY_SIZE, bold=True)
        for _ in range(4):
            right.add_paragraph()
        _line(right.add_paragraph(), signature.full_name, BODY_SIZE, bold=True)

    def to_bytes(self) -> bytes:
        buffer = io.BytesIO()
        self.document.save(buffer)
        return buffer.getvalue()

    def _borderless_table(self, left: Length, right: Length) -> Table:
        """Two columns of these widths, without borders (the default table style has none)."""
        table = self.document.add_table(rows=1, cols=2)
        table.alignment = WD_TABLE_ALIGNMENT.CENTER
        table.autofit = False
        for column, cell, width in zip(
            table.columns, table.rows[0].cells, (left, right), strict=True
        ):
            column.width = width  # the grid, which LibreOffice reads
            cell.width = width  # the cell, which Word reads
        return table


def _line(
    paragraph: Paragraph,
    text: str,
    size: Pt,
    *,
    bold: bool = False,
    italic: bool = False,
    space_before: Pt | None = None,
    space_after: Pt | None = None,
) -> None:
    """A centred line of the head or the signature."""
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if space_before is not None:
        paragraph.paragraph_format.space_before = space_before
    if space_after is not None:
        paragraph.paragraph_format.space_after = space_after
    run = paragraph.add_run(text)
    run.bold, run.italic, run.font.size = bold, italic, size


def _rule(paragraph: Paragraph, width: Length, column: Length) -> None:
    """Make `paragraph` (empty, added for it) a short rule centred in a column `column` wide:
    the bottom border of a tiny paragraph between indents that leave `width` of it."""
    indent = Emu(max((int(column) - int(width)) // 2, 0))
    paragraph.paragraph_format.left_indent = indent
    paragraph.paragraph_format.right_indent = indent
    paragraph.paragraph_format.space_after = Pt(0)
    paragraph.paragraph_format.line_spacing = Pt(2)
    borders = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    for name, value in (
        ("w:val", "single"),
        ("w:sz", "6"),
        ("w:space", "1"),
        ("w:color", "000000"),
    ):
        bottom.set(qn(name), value)
    borders.append(bottom)
    paragraph._p.get_or_add_pPr().append(borders)


def _repeat_as_header(row: _Row) -> None:
    """Word and LibreOffice repeat this row at the top of each page the table runs onto."""
    marker = OxmlElement("w:tblHeader")
    marker.set(qn("w:val"), "true")
    row._tr.get_or_add_trPr().append(marker)


def _page_field(paragraph: Paragraph, size: Pt) -> None:
    """The page number, as Word's PAGE field."""
    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), "PAGE")
    run = OxmlElement("w:r")
    properties = OxmlElement("w:rPr")
    font_size = OxmlElement("w:sz")
    font_size.set(qn("w:val"), str(int(size.pt * 2)))
    properties.append(font_size)
    run.append(properties)
    text = OxmlElement("w:t")
    text.text = "2"
    run.append(text)
    field.append(run)
    paragraph._p.append(field)


def _east_asian_font(style_element, name: str) -> None:  # type: ignore[no-untyped-def]
    """Word picks the font of Vietnamese letters with diacritics from more than `w:ascii`: name
    it for every script."""
    fonts = style_element.get_or_add_rPr().get_or_add_rFonts()
    for attribute in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        fonts.set(qn(attribute), name)
