"""Who does what: the responsible units of a plan and each unit's task sentences.

Two shapes are read:

- the part `Tổ chức thực hiện`, whose items name a unit (`1. Công chức Văn hóa xã hội`, or
  `- Công an xã: …` on one line) and whose sentences, bullets and lettered points under it are
  that unit's tasks, one task per sentence;
- a table of tasks anywhere in the plan (Nội dung | Đơn vị chủ trì | Đơn vị phối hợp | Thời
  gian), one task per row, given to its lead unit.

Each task gets the schedule its words state, and the units named after `phối hợp với` that
the tree knows. An item of `Tổ chức thực hiện` that names no unit (`Chế độ báo cáo`) gives no
tasks, only report dates.
"""

import re
from dataclasses import dataclass, field

from ttdn.core.text import fold
from ttdn.imports.deadlines import ReportDate, deadlines_in, report_dates, schedule_of
from ttdn.imports.lines import Block, locate
from ttdn.imports.numbering import numbering_of
from ttdn.imports.proposal import (
    ProposalWarning,
    ProposedReportingDeadline,
    ProposedTask,
    ProposedUnit,
    UnitMatch,
    WarningKind,
)
from ttdn.imports.sections import Outline, Section
from ttdn.imports.sentences import sentences
from ttdn.imports.tables import TaskColumns, task_columns
from ttdn.imports.units import Match, UnitMatcher, UnitRef
from ttdn.plans.models import SectionRole

# Folded first words of a unit's name: an item that starts so names a unit even when the tree
# lacks it (and is then shown as unmatched).
UNIT_WORDS = (
    "cong chuc", "van phong", "phong ", "so ", "ban ", "dai ", "cong an", "uy ban", "ubnd",
    "hdnd", "dang uy", "mat tran", "mttq", "hoi ", "doan ", "truong ", "tram ", "cac ", "to ",
    "khu ", "thon ", "trung tam", "de nghi", "chi bo", "quan su", "bchqs", "benh vien",
    "thu truong", "chu tich", "cong ty", "hop tac xa", "bao ",
)  # fmt: skip
# … unless they start so: parts about reports, funding, the plan's own organisation.
NOT_UNIT_WORDS = ("bao cao", "che do", "kinh phi", "to chuc", "cac noi dung", "cac nhiem vu")
_REQUEST = re.compile(r"^(?:Đề nghị|Kính đề nghị|Giao|Yêu cầu)\s+", re.IGNORECASE)
_COOPERATING = re.compile(r"phối hợp (?:chặt chẽ )?với\s+(?P<names>[^;.:]+)", re.IGNORECASE)
# How far into a phrase after `phối hợp với` a unit's name may run.
MAX_NAME_WORDS = 8


@dataclass
class _Unit:
    name: str
    match: Match
    section_path: str | None
    line: int
    tasks: list[ProposedTask] = field(default_factory=list)


class _Reader:
    """Collects the units met, in order, with their tasks, and the report dates on the way."""

    def __init__(
        self,
        matcher: UnitMatcher,
        year: int | None,
        source_lines: list[str],
        warnings: list[ProposalWarning],
    ) -> None:
        self.matcher = matcher
        self.year = year
        self.source_lines = source_lines
        self.warnings = warnings
        self.units: dict[str, _Unit] = {}
        self.report_dates: list[tuple[ReportDate, int]] = []

    def unit(self, name: str, section_path: str | None, line: int) -> _Unit:
        """The unit `name` means, the same entry however the text spells it."""
        match = self.matcher.match(name)
        key = f"#{match.unit.id}" if match.unit else fold(name)
        if key not in self.units:
            self.units[key] = _Unit(name, match, section_path, line)
        return self.units[key]

    def cooperating(self, sentence: str) -> list[UnitMatch]:
        """The units the tree knows named right after `phối hợp với`, one after another while
        a comma or `và` goes on with the list (`với tổ Khuyến nông xã và các cơ quan …`)."""
        found: list[UnitMatch] = []
        for phrase in _COOPERATING.finditer(sentence):
            words = phrase["names"].split()
            start = 0
            while start < len(words):
                unit, size = self._unit_at(words, start)
                if unit is None:
                    break
                if all(match.unit_id != unit.id for match in found):
                    name = " ".join(words[start : start + size]).rstrip(",")
                    found.append(UnitMatch(name=name, unit_id=unit.id, unit_name=unit.name))
                start += size
                if words[start - 1].endswith(","):
                    continue
                if start < len(words) and words[start] == "và":
                    start += 1
                    continue
                break
        return found

    def _unit_at(self, words: list[str], start: int) -> tuple[UnitRef | None, int]:
        """The longest run of words from `start` that is a unit's name, and its length."""
        for size in range(min(len(words) - start, MAX_NAME_WORDS), 0, -1):
            candidate = " ".join(words[start : start + size]).rstrip(",")
            unit = self.matcher.match_exactly(candidate)
            if unit is not None:
                return unit, size
        return None, 0

    def task(
        self, sentence: str, section_path: str, block: Block, schedule_text: str | None = None
    ) -> ProposedTask:
        line = locate(sentence, block, self.source_lines)
        for deadline in deadlines_in(sentence, self.year):
            if deadline.due_on is None:
                self.warnings.append(
                    ProposalWarning(
                        kind=WarningKind.unreadable_date,
                        line=line,
                        text=deadline.phrase,
                        message="Ngày không có thật; giữ nguyên như văn bản, hãy sửa tay.",
                    )
                )
        for report in report_dates(sentence, self.year):
            self.report_dates.append((report, line))
        if schedule_text is None:
            schedule = schedule_of(sentence, self.year)
        else:
            schedule = schedule_of(schedule_text, self.year, short=True)
        return ProposedTask(
            description=sentence,
            section_path=section_path,
            line=line,
            schedule=schedule,
            cooperating_units=self.cooperating(sentence),
        )

    def sentence_tasks(self, blocks: list[Block], section_path: str) -> list[ProposedTask]:
        tasks: list[ProposedTask] = []
        for block in blocks:
            if block.cells is not None:
                continue
            numbering = numbering_of(block.text)
            text = numbering.rest if numbering is not None else block.text
            tasks.extend(self.task(sentence, section_path, block) for sentence in sentences(text))
        return tasks

    # --- Tổ chức thực hiện ---------------------------------------------------------------

    def implementation(self, section: Section) -> None:
        for child in section.children:
            name = _REQUEST.sub("", child.title).strip()
            blocks = _lead_block(child) + _task_blocks(child)
            if not self._names_unit(name):
                self.sentence_tasks(blocks, child.path)  # report dates only
                continue
            unit = self.unit(name, child.path, child.line)
            unit.tasks.extend(self.sentence_tasks(blocks, child.path))
        for block in section.blocks:
            self._inline_unit(block, section.path)

    def _inline_unit(self, block: Block, section_path: str) -> None:
        """`- Công an xã: theo dõi …; báo cáo …` — a unit and its tasks on one paragraph."""
        numbering = numbering_of(block.text) if block.cells is None else None
        text = numbering.rest if numbering is not None else block.text
        name, colon, rest = text.partition(":")
        if not colon or len(name) > 120 or not self._names_unit(name.strip()):
            self.sentence_tasks([block], section_path)  # report dates only
            return
        unit = self.unit(_REQUEST.sub("", name).strip(), section_path, block.line)
        for sentence in sentences(rest.strip()):
            unit.tasks.append(self.task(_capital(sentence), section_path, block))

    def _names_unit(self, name: str) -> bool:
        match = self.matcher.match(name)
        if match.unit or match.group or match.candidates:
            return True
        folded = fold(name) + " "
        return (
            folded.startswith(UNIT_WORDS)
            and not folded.startswith(NOT_UNIT_WORDS)
            and len(name) <= 150
        )

    # --- tables of tasks ------------------------------------------------------------------

    def tables(self, section_path: str | None, blocks: list[Block]) -> None:
        columns: TaskColumns | None = None
        table: int | None = None
        for block in blocks:
            if block.cells is None:
                continue
            if block.table != table:
                table, columns = block.table, None
            header = task_columns(block.cells)
            if header is not None:
                columns = header
                continue
            if columns is None or len(block.cells) != columns.width:
                continue  # a group row spanning the table, or a row of another shape
            self._row(block, columns, section_path or "")

    def _row(self, block: Block, columns: TaskColumns, section_path: str) -> None:
        cells = block.cells or ()
        content = cells[columns.content].strip()
        leads = _names(cells[columns.lead])
        if not content or not leads:
            return
        time = cells[columns.time] if columns.time is not None else None
        task = self.task(content, section_path, block, schedule_text=time)
        # One unit leads; others written in the lead column cooperate.
        cooperating = leads[1:]
        if columns.cooperating is not None:
            cooperating += _names(cells[columns.cooperating])
        task.cooperating_units = [self._named(name) for name in cooperating]
        unit = self.unit(leads[0], section_path, block.line)
        unit.tasks.append(task)

    def _named(self, name: str) -> UnitMatch:
        match = self.matcher.match(name.strip())
        return UnitMatch(
            name=name.strip(),
            unit_id=match.unit.id if match.unit else None,
            unit_name=match.unit.name if match.unit else None,
            group_unit_ids=[unit.id for unit in match.group],
        )

    # --- the result -----------------------------------------------------------------------

    def proposed_units(self) -> list[ProposedUnit]:
        proposed = []
        for unit in self.units.values():
            match = unit.match
            proposed.append(
                ProposedUnit(
                    name=unit.name,
                    unit_id=match.unit.id if match.unit else None,
                    unit_name=match.unit.name if match.unit else None,
                    group_unit_ids=[member.id for member in match.group],
                    section_path=unit.section_path,
                    line=unit.line,
                    tasks=unit.tasks,
                )
            )
            self._warn_about(unit)
        return proposed

    def _warn_about(self, unit: _Unit) -> None:
        match = unit.match
        if match.candidates:
            names = "; ".join(candidate.name for candidate in match.candidates[:5])
            self.warnings.append(
                ProposalWarning(
                    kind=WarningKind.ambiguous_unit,
                    line=unit.line,
                    text=unit.name,
                    message=f"“{unit.name}” khớp với nhiều đơn vị ({names}); hãy chọn một.",
                )
            )
        elif match.unit is None and not match.group:
            self.warnings.append(
                ProposalWarning(
                    kind=WarningKind.unmatched_unit,
                    line=unit.line,
                    text=unit.name,
                    message=(
                        f"Không tìm thấy “{unit.name}” trong cây đơn vị; hãy chọn đơn vị "
                        "hoặc tạo mới."
                    ),
                )
            )
        for group in match.missing_groups:
            self.warnings.append(
                ProposalWarning(
                    kind=WarningKind.unmatched_unit,
                    line=unit.line,
                    text=group,
                    message=(
                        f"Cây đơn vị không có đơn vị nào thuộc nhóm “{group}”; hãy bổ sung "
                        "nếu cần giao nhiệm vụ cho nhóm này."
                    ),
                )
            )

    def proposed_deadlines(self) -> list[ProposedReportingDeadline]:
        seen: set[object] = set()
        deadlines = []
        for report, line in self.report_dates:
            if report.due_on in seen:
                continue
            seen.add(report.due_on)
            deadlines.append(
                ProposedReportingDeadline(
                    kind=report.kind, due_on=report.due_on, label=report.label, line=line
                )
            )
        return sorted(deadlines, key=lambda deadline: deadline.due_on)


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def _names(cell: str) -> list[str]:
    """The unit names of a table cell: one per line, `;` or comma, a part that goes on in lower
    case (`UBND các xã, thị trấn`) kept with the one before."""
    names: list[str] = []
    for part in re.split(r"[;\n]", cell):
        for piece in part.split(","):
            piece = piece.strip()
            if not piece:
                continue
            if names and piece[:1].islower() and not piece.startswith("các"):
                names[-1] = f"{names[-1]}, {piece}"
            else:
                names.append(piece)
    return names


def _task_blocks(section: Section) -> list[Block]:
    """The text under a unit's heading, its sub-points (`a) …`, whole) included, in order."""
    blocks = list(section.blocks)
    for child in section.children:
        blocks.append(Block(child.numbering.rest, child.line, child.end_line))
        blocks.extend(_task_blocks(child))
    return blocks


def _lead_block(section: Section) -> list[Block]:
    return [Block(section.lead, section.line, section.end_line)] if section.lead else []


@dataclass
class Assignments:
    units: list[ProposedUnit]
    reporting_deadlines: list[ProposedReportingDeadline]


def assignments(
    outline: Outline,
    matcher: UnitMatcher,
    year: int | None,
    source_lines: list[str],
    warnings: list[ProposalWarning],
) -> Assignments:
    """The responsible units with their tasks, and the plan's report dates."""
    reader = _Reader(matcher, year, source_lines, warnings)
    for section in outline.all_sections():
        reader.tables(section.path, section.blocks)
    reader.tables(None, outline.preamble)
    for section in outline.all_sections():
        if section.role == SectionRole.implementation:
            reader.implementation(section)
            break
    return Assignments(reader.proposed_units(), reader.proposed_deadlines())
