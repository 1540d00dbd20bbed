"""The numbered parts of a plan as a tree: `I.` holds `1.`, `1.` holds `1.1.`, and lettered
points `a)` sit under the nearest numbered part. Codes stay as printed: a skipped number (6
then 8) or a list that starts again is flagged, never renumbered; a heading the extraction
broke over lines is joined (by `lines`) and flagged.

A numbered line whose number cannot follow the one before (`25.` after `3.`) is not taken for a
heading: it is text.
"""

from dataclasses import dataclass, field

from ttdn.core.text import fold
from ttdn.imports.lines import Block
from ttdn.imports.numbering import Numbering, Scheme, code_of, numbering_of
from ttdn.imports.proposal import ProposalWarning, ProposedSection, WarningKind
from ttdn.plans.models import SectionRole

# Depth of each scheme; a decimal code adds one per dot, a lettered point sits below them all.
LEVELS = {Scheme.roman: 1, Scheme.arabic: 2, Scheme.decimal: 3, Scheme.letter: 9}
# How many numbers a list may skip before a number is taken for text rather than a heading.
MAX_SKIP = 3
# A heading longer than this is a numbered paragraph: its first sentence is the title.
MAX_TITLE = 250


@dataclass
class Section:
    numbering: Numbering
    path: str
    title: str
    line: int
    end_line: int
    level: int
    lead: str = ""  # text on the heading's own paragraph after a colon: `1. Công an xã: …`
    blocks: list[Block] = field(default_factory=list)  # the body, in order
    children: list["Section"] = field(default_factory=list)
    role: SectionRole | None = None

    @property
    def code(self) -> str:
        return self.numbering.code

    def walk(self) -> list["Section"]:
        """This section and all below it, in reading order."""
        return [self, *(below for child in self.children for below in child.walk())]


@dataclass
class Outline:
    """The body read as: what comes before the first heading (căn cứ, introduction), the
    sections, and the closing paragraphs (`Trên đây là …`)."""

    preamble: list[Block]
    sections: list[Section]
    closing: list[Block]

    def all_sections(self) -> list[Section]:
        return [below for section in self.sections for below in section.walk()]

    def paragraphs(self) -> list[tuple[str, Block]]:
        """Every paragraph of the sections, headings included, with its section's path."""
        return [
            (section.path, block)
            for section in self.all_sections()
            for block in [
                Block(section.numbering.rest, section.line, section.end_line),
                *section.blocks,
            ]
        ]


def _level(numbering: Numbering) -> int:
    if numbering.scheme == Scheme.decimal:
        return LEVELS[Scheme.decimal] + numbering.code.count(".") - 1
    return LEVELS[numbering.scheme]


def _role(title: str) -> SectionRole | None:
    folded = fold(title)
    if "to chuc thuc hien" in folded or "trach nhiem thuc hien" in folded:
        return SectionRole.implementation
    purposes, requirements = "muc dich" in folded, "yeu cau" in folded
    if purposes and not requirements:
        return SectionRole.purposes
    if requirements and not purposes:
        return SectionRole.requirements
    return None


def _title_and_body(numbering: Numbering) -> tuple[str, str]:
    """A heading's title, and the text that follows it on the same paragraph: `1. Công an xã:
    theo dõi …` → (`Công an xã`, `theo dõi …`); a long numbered paragraph keeps its first
    sentence as the title and all of it as the body."""
    text = numbering.rest.strip()
    head, colon, rest = text.partition(": ")
    if colon and len(head) <= MAX_TITLE and rest.strip():
        return head.strip(), rest.strip()
    title = text.rstrip(":;. ")
    if len(title) <= MAX_TITLE:
        return title, ""
    first, stop, _ = title.partition(". ")
    if stop and len(first) <= MAX_TITLE:
        return first, text
    return title[:MAX_TITLE].rsplit(" ", 1)[0] + " …", text


def _path(parent: Section | None, numbering: Numbering) -> str:
    """The full code: `II.4` for item 4 of part II; `II.4.1` (not `II.4.4.1`) for 4.1."""
    if parent is None:
        return numbering.code
    if numbering.code.startswith(f"{parent.code}."):
        return parent.path + numbering.code[len(parent.code) :]
    return f"{parent.path}.{numbering.code}"


class _Builder:
    def __init__(self, warnings: list[ProposalWarning]) -> None:
        self.warnings = warnings
        self.roots: list[Section] = []
        self.open: list[Section] = []  # the path from a root to the current section
        # The last number given in each list of siblings, per scheme.
        self.last_values: dict[tuple[int, Scheme], int] = {}

    def siblings_before(self, level: int) -> tuple[list[Section], Section | None]:
        """Where a heading of `level` goes: the list it joins and its parent."""
        stack = [section for section in self.open if section.level < level]
        parent = stack[-1] if stack else None
        return (parent.children if parent else self.roots), parent

    def accepts(self, numbering: Numbering, block: Block) -> bool:
        """Whether the numbered block is a heading, flagging skipped and repeated numbers."""
        level = _level(numbering)
        siblings, _ = self.siblings_before(level)
        previous = self.last_values.get((id(siblings), numbering.scheme), 0)
        value = numbering.value
        if value > previous + MAX_SKIP:
            return False
        if value > previous + 1:
            missing = ", ".join(
                code_of(numbering.scheme, number) for number in range(previous + 1, value)
            )
            self.warnings.append(
                ProposalWarning(
                    kind=WarningKind.skipped_number,
                    line=block.line,
                    text=block.text[:120],
                    message=f"Đánh số bị bỏ qua: không có mục {missing}; giữ số như văn bản.",
                )
            )
        elif value <= previous:
            self.warnings.append(
                ProposalWarning(
                    kind=WarningKind.repeated_number,
                    line=block.line,
                    text=block.text[:120],
                    message=f"Số mục {numbering.code} lặp lại hoặc đánh lại từ đầu.",
                )
            )
        return True

    def add(self, numbering: Numbering, block: Block) -> Section:
        level = _level(numbering)
        siblings, parent = self.siblings_before(level)
        title, rest = _title_and_body(numbering)
        path = _path(parent, numbering)
        section = Section(
            numbering, path, title, block.line, block.end_line, level, rest, role=_role(title)
        )
        if block.joined_lines and not rest and numbering.scheme != Scheme.letter:
            self.warnings.append(
                ProposalWarning(
                    kind=WarningKind.heading_over_lines,
                    line=block.line,
                    text=block.text[:120],
                    message=(
                        f"Tiêu đề mục {path} bị ngắt qua {len(block.joined_lines) + 1} dòng; "
                        "đã nối lại, hãy kiểm tra."
                    ),
                )
            )
        siblings.append(section)
        self.last_values[(id(siblings), numbering.scheme)] = numbering.value
        self.open = [s for s in self.open if s.level < level] + [section]
        return section


def outline(body: list[Block], warnings: list[ProposalWarning]) -> Outline:
    """The sections of the body, with what precedes the first and the closing after the last."""
    builder = _Builder(warnings)
    preamble: list[Block] = []
    closing: list[Block] = []
    for block in body:
        if closing or (block.cells is None and fold(block.text[:12]).startswith("tren day la")):
            closing.append(block)
            continue
        numbering = numbering_of(block.text) if block.cells is None else None
        if (
            numbering is not None
            and numbering.is_heading
            and (numbering.scheme != Scheme.letter or builder.open)
            and builder.accepts(numbering, block)
        ):
            builder.add(numbering, block)
        elif builder.open:
            builder.open[-1].blocks.append(block)
        else:
            preamble.append(block)
    return Outline(preamble, builder.roots, closing)


def body_text(section: Section) -> str:
    """A section's text: paragraphs on their own lines, bullets as `- `, table rows as
    `cell | cell`."""
    paragraphs = [section.lead] if section.lead else []
    for block in section.blocks:
        numbering = numbering_of(block.text) if block.cells is None else None
        if numbering is not None and numbering.scheme == Scheme.bullet:
            paragraphs.append(f"- {numbering.rest}")
        else:
            paragraphs.append(block.text)
    return "\n".join(paragraphs)


def proposed(section: Section) -> ProposedSection:
    return ProposedSection(
        code=section.code,
        path=section.path,
        title=section.title,
        body=body_text(section),
        role=section.role,
        line=section.line,
        children=[proposed(child) for child in section.children],
    )
