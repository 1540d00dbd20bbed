"""From source lines to the blocks a plan is read in: text normalised (NFC, one space), the
paragraphs a PDF extraction broke over lines joined again, and the document cut in three:

- the **head** (issuing body, number, national motto, place and date, `KẾ HOẠCH` and the
  title), kept line by line, a header laid out as a table spread into its cells' lines;
- the **body** (căn cứ, introduction, the numbered parts, the closing paragraph), in
  paragraphs; rows of a task table keep their cells;
- the **tail** (`Nơi nhận:`, the signature block), line by line.

Blank lines carry no meaning: extraction scatters them inside sentences.
"""

import re
import unicodedata
from dataclasses import dataclass, field

from ttdn.core.text import fold
from ttdn.imports.numbering import Scheme, numbering_of
from ttdn.imports.sources import SourceLine
from ttdn.imports.tables import task_columns

# Invisible characters PDF and Word leave in text, and the odd spaces they use.
_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
_SPACES = re.compile(r"[\s\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
# A sentence or block ends here; what follows starting with a capital is a new paragraph.
_TERMINAL = (".", "!", "?", ":", "…")
# A heading that ends on one of these goes on at the next line.
_DANGLING_WORDS = frozenset(
    [
        "và",
        "của",
        "với",
        "về",
        "các",
        "trong",
        "cho",
        "tại",
        "theo",
        "những",
        "đến",
        "từ",
        "hoặc",
        "để",
        "nhằm",
        "trên",
    ]
)
# A head longer than this is no head: the text starts with its body.
MAX_HEAD_LINES = 80
SIGNER_AUTHORITY = re.compile(r"(TM|KT|Q|TL|TUQ)\.\s*(?=\w)")


def normalise(text: str) -> str:
    """NFC, no invisible characters, one plain space between words, trimmed."""
    text = _INVISIBLE.sub("", unicodedata.normalize("NFC", text))
    return _SPACES.sub(" ", text).strip()


@dataclass
class Block:
    """A paragraph, a heading or a line of the head or tail, with the source lines it spans."""

    text: str
    line: int
    end_line: int
    cells: tuple[str, ...] | None = None  # a row of a task table
    table: int | None = None
    joined_lines: list[int] = field(default_factory=list)  # lines appended to the first


@dataclass
class Layout:
    head: list[Block]
    body: list[Block]
    tail: list[Block]


def starts_body(text: str) -> bool:
    """`Căn cứ …` or a Roman or Arabic heading: the head is over."""
    numbering = numbering_of(text)
    if numbering is not None and numbering.scheme in (Scheme.roman, Scheme.arabic):
        return True
    return fold(text[:8]).startswith("can cu")


def starts_tail(text: str) -> bool:
    """`Nơi nhận:` or a signature block (`TM. ỦY BAN NHÂN DÂN`, `KT. CHỦ TỊCH` …)."""
    authority = SIGNER_AUTHORITY.match(text)
    return fold(text[:10]).startswith("noi nhan") or bool(
        authority and text[authority.end() :][:1].isupper()
    )


def is_capitals(text: str) -> bool:
    """Written all in capitals (`KẾ HOẠCH`, `CHỦ TỊCH`), at least two letters."""
    letters = [character for character in text if character.isalpha()]
    return len(letters) >= 2 and all(character.isupper() for character in letters)


def _starts_block(text: str) -> bool:
    return (
        numbering_of(text) is not None
        or starts_body(text)
        or starts_tail(text)
        or fold(text[:12]).startswith("tren day la")
        or is_capitals(text)
    )


def _heading_goes_on(heading: str, text: str) -> bool:
    """Whether `text` is the rest of a heading broken over lines: it starts in lower case, the
    heading stops on a comma or a linking word, or both are in capitals."""
    last_word = heading.rsplit(" ", 1)[-1].lower()
    return (
        text[:1].islower()
        or heading.endswith((",", "-", "–", "&"))
        or last_word in _DANGLING_WORDS
        or (is_capitals(heading) and is_capitals(text) and numbering_of(text) is None)
    )


def _spread(line: SourceLine) -> list[Block]:
    """A layout table's row as one block per non-empty line of each cell, left to right."""
    return [
        Block(text, line.number, line.number)
        for cell in line.cells or ()
        for text in (normalise(part) for part in cell.split("\n"))
        if text
    ]


def _row_blocks(line: SourceLine, task_tables: set[int]) -> list[Block]:
    """A row of a task table keeps its cells; a row of another table is spread into lines."""
    if line.table not in task_tables:
        return _spread(line)
    cells = tuple(normalise(cell.replace("\n", " ")) for cell in line.cells or ())
    return [Block(" | ".join(cells), line.number, line.number, cells, line.table)]


def _first_text(line: SourceLine) -> str:
    """The line's text; for a table row, the first line of its first non-empty cell."""
    if line.cells is None:
        return normalise(line.text)
    for cell in line.cells:
        for part in cell.split("\n"):
            if text := normalise(part):
                return text
    return ""


def _paragraphs(lines: list[SourceLine], broken_lines: bool, task_tables: set[int]) -> list[Block]:
    """The body's paragraphs: where the source breaks paragraphs over lines, a line goes on
    the paragraph before it unless it starts a block of its own."""
    blocks: list[Block] = []
    heading = False
    for line in lines:
        if line.cells is not None:
            blocks.extend(_row_blocks(line, task_tables))
            heading = False
            continue
        text = normalise(line.text)
        if not text:
            continue
        current = blocks[-1] if blocks and blocks[-1].cells is None else None
        if current is not None and broken_lines and not _starts_block(text):
            goes_on = (
                _heading_goes_on(current.text, text)
                if heading
                else not (_ends_paragraph(current.text) and _opens_sentence(text))
            )
            if goes_on:
                current.text = f"{current.text} {text}"
                current.end_line = line.number
                current.joined_lines.append(line.number)
                continue
        numbering = numbering_of(text)
        heading = numbering is not None and numbering.scheme in (
            Scheme.roman,
            Scheme.arabic,
            Scheme.decimal,
        )
        blocks.append(Block(text, line.number, line.number))
    return blocks


def _ends_paragraph(text: str) -> bool:
    """A full stop ends a paragraph; so does the `;` or `,` that closes a căn cứ line."""
    if text.endswith(_TERMINAL):
        return True
    return text.endswith((";", ",")) and fold(text[:8]).startswith("can cu")


def _opens_sentence(text: str) -> bool:
    return text[:1].isupper() or text[:1] in "“\"(‘'"


def _line_blocks(lines: list[SourceLine]) -> list[Block]:
    """Head and tail: one block per line, tables spread into their cells' lines."""
    blocks: list[Block] = []
    for line in lines:
        if line.cells is not None:
            blocks.extend(_spread(line))
        elif text := normalise(line.text):
            blocks.append(Block(text, line.number, line.number))
    return blocks


def layout(lines: list[SourceLine], broken_lines: bool) -> Layout:
    """The document cut into head, body and tail (see the module's docstring)."""
    texts = [_first_text(line) for line in lines]
    head = texts[:MAX_HEAD_LINES]
    body_start = next((index for index, text in enumerate(head) if text and starts_body(text)), 0)
    tail_start = next(
        (
            index
            for index in range(body_start, len(lines))
            if texts[index] and starts_tail(texts[index])
        ),
        len(lines),
    )
    task_tables = {
        line.table
        for line in lines
        if line.table is not None and line.cells and task_columns(line.cells) is not None
    }
    return Layout(
        head=_line_blocks(lines[:body_start]),
        body=_paragraphs(lines[body_start:tail_start], broken_lines, task_tables),
        tail=_line_blocks(lines[tail_start:]),
    )


def locate(fragment: str, block: Block, source_lines: list[str]) -> int:
    """The source line, among those `block` spans, on which `fragment` (its first two words)
    starts; the block's first line when it cannot be told."""
    needle = " ".join(fragment.split()[:2])
    if not needle or block.end_line == block.line:
        return block.line
    for number in range(block.line, min(block.end_line, len(source_lines)) + 1):
        if needle in normalise(source_lines[number - 1]):
            return number
    return block.line
