"""The head of a plan as Nghị định 30/2020/NĐ-CP lays it out: the issuing body in capitals and
`Số: 38/KH-UBND` on the left, the national motto and `Cao Xá, ngày 08 tháng 3 năm 2023` on
the right, then `KẾ HOẠCH` and the subject.

The head may come as lines, as a two-column table spread into lines, or as a PDF extraction
that runs both columns into one line (`UBND XÃ TIÊN PHONG CỘNG HÒA XÃ HỘI …`): each field is
searched for, not expected at a place. Where the head gives no issuing body, the
introduction's `UBND xã Cao Xá xây dựng kế hoạch …` does.
"""

import re
from datetime import date

from ttdn.core.text import fold
from ttdn.imports.lines import Block, is_capitals
from ttdn.imports.proposal import ProposalWarning, ProposedHeader, WarningKind
from ttdn.imports.units import UnitMatcher

MOTTO = ("cong hoa xa hoi chu nghia viet nam", "doc lap tu do hanh phuc")
DOCUMENT_TYPES = frozenset(
    {"ke hoach", "chuong trinh", "bao cao", "quyet dinh", "huong dan", "de an", "cong van"}
)
NUMBER = re.compile(r"Số\s*:?\s*(?P<number>\d*)\s*/\s*(?P<symbol>[A-ZĐ][A-ZĐ0-9]*(?:-[A-ZĐ0-9]+)*)")
PLACE_DATE = re.compile(
    r"(?P<place>[^\W\d_][^,\d]{1,40}?)\s*,\s*ngày\s+(?P<day>\d{1,2}|[.…]+)\s+tháng\s+"
    r"(?P<month>\d{1,2}|[.…]+)\s+năm\s+(?P<year>\d{4})",
)
LEVEL_WORDS = ("thành phố", "thị trấn", "thị xã", "phường", "huyện", "quận", "tỉnh", "xã")
INTRODUCED_BODY = re.compile(
    r"(?P<body>(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân)\s+(?:"
    + "|".join(LEVEL_WORDS)
    + r")(?:\s+[A-ZĐ]\w*)+)\s+(?:xây dựng|ban hành)\s+(?:kế hoạch|Kế hoạch)"
)
_ABBREVIATIONS = frozenset({"UBND", "HĐND", "MTTQ", "TTĐN", "VH", "XH", "TT"})
# Longer than this, a line is no line of a head (and not worth searching for one).
MAX_HEAD_LINE = 400
YEAR = re.compile(r"\bnăm\s+(?P<year>(?:19|20)\d{2})\b")


def _without_phrase(text: str, folded_phrase: str) -> tuple[str, bool]:
    """`text` without the words that fold to `folded_phrase`, and whether they were there."""
    words = text.split(" ")
    target = folded_phrase.split()
    folded = [fold(word) for word in words]
    for start in range(len(words)):
        taken: list[str] = []
        index = start
        while index < len(words) and len(taken) < len(target):
            if folded[index]:
                taken.extend(folded[index].split())
            index += 1
        if taken == target:
            rest = " ".join(words[:start] + words[index:]).strip(" -–")
            return rest, True
    return text, False


def _level_ends_at(words: list[str], index: int) -> bool:
    """Whether `words[index]` ends a level word (`xã`, `thị trấn`, `thành phố` …)."""
    lower = words[index].lower()
    pair = f"{words[index - 1].lower()} {lower}" if index else ""
    return lower in ("xã", "huyện", "tỉnh", "phường", "quận") or pair in LEVEL_WORDS


def body_case(capitals: str) -> str:
    """A body's name printed in capitals, as a sentence names it: `UBND HUYỆN SÔNG LAM` →
    `UBND huyện Sông Lam`, `ỦY BAN NHÂN DÂN XÃ TIÊN PHONG` → `Ủy ban nhân dân xã Tiên Phong`.
    Only the place's name keeps its capitals: `SỞ NGOẠI VỤ` reads `Sở ngoại vụ`."""
    words = capitals.split()
    result: list[str] = []
    in_name = False
    for index, word in enumerate(words):
        if word in _ABBREVIATIONS and not in_name:
            result.append(word)
        elif in_name or not result:
            result.append(word[:1] + word[1:].lower())
        else:
            result.append(word.lower())
        in_name = in_name or _level_ends_at(words, index)
    return " ".join(result)


def _starts_with_level(text: str) -> bool:
    words = fold(text).split()
    return bool(words) and (
        words[0] in ("xa", "huyen", "tinh", "phuong", "quan")
        or " ".join(words[:2]) in ("thanh pho", "thi tran", "thi xa")
    )


def place_of(body: str) -> str | None:
    """The place a body is named after: `UBND xã Cao Xá` → `Cao Xá`."""
    for level in LEVEL_WORDS:
        found = re.search(rf"\b{level}\s+(?P<name>[A-ZĐ\w][\w\s]*)$", body)
        if found and found["name"][:1].isupper():
            return found["name"].strip()
    return None


def _lower_first(text: str) -> str:
    """`Hoạt động …` → `hoạt động …`, leaving `TTĐN …` alone."""
    if len(text) > 1 and text[1].islower():
        return text[:1].lower() + text[1:]
    return text


class HeaderReader:
    """Reads the head's lines into fields, with the line each came from."""

    def __init__(self, head: list[Block]) -> None:
        self.lines: dict[str, int] = {}
        self.number: int | None = None
        self.symbol: str | None = None
        self.place: str | None = None
        self.issued_on: date | None = None
        self.document_type: str | None = None
        self.body_lines: list[str] = []
        self.subject_lines: list[str] = []
        self.unreadable_date: Block | None = None
        for block in head:
            self._read(block)

    def _read(self, block: Block) -> None:
        text = block.text
        if len(text) > MAX_HEAD_LINE:
            return
        for phrase in MOTTO:
            text, _ = _without_phrase(text, phrase)
        if not text.strip(" -_–—=*"):
            return
        number = NUMBER.search(text)
        if number:
            self.number = int(number["number"]) if number["number"] else None
            self.symbol = number["symbol"]
            self.lines["number"] = block.line
            before, after = text[: number.start()].strip(), text[number.end() :].strip(" ,")
            if before and is_capitals(before):
                self.body_lines.append(before)
            text = after
        place_date = PLACE_DATE.search(text)
        if place_date:
            self._place_and_date(place_date, block)
            text = text[: place_date.start()].strip()
        if not text.strip(" -_–—=*"):
            return
        if fold(text) in DOCUMENT_TYPES and is_capitals(text):
            self.document_type = text
            self.lines["document_type"] = block.line
        elif is_capitals(text) and self.document_type is None:
            self.body_lines.append(text)
            self.lines.setdefault("issuing_body", block.line)
        elif not text.startswith("("):
            self.subject_lines.append(text)
            self.lines.setdefault("title", block.line)

    def _place_and_date(self, found: re.Match[str], block: Block) -> None:
        self.place = found["place"].strip()
        self.lines["place"] = block.line
        if found["day"].isdigit() and found["month"].isdigit():
            try:
                self.issued_on = date(int(found["year"]), int(found["month"]), int(found["day"]))
                self.lines["issued_on"] = block.line
            except ValueError:
                self.unreadable_date = block

    @property
    def issuing_body(self) -> str | None:
        """The issuing body: the last capitals line, or the last two when the first is the
        generic `ỦY BAN NHÂN DÂN` and the second its place (`XÃ TIÊN PHONG`)."""
        if not self.body_lines:
            return None
        last = self.body_lines[-1]
        if len(self.body_lines) > 1 and _starts_with_level(last):
            last = f"{self.body_lines[-2]} {last}"
        return body_case(last)

    @property
    def title(self) -> str | None:
        subject = " ".join(self.subject_lines).strip()
        if not subject:
            return None
        if is_capitals(subject):
            subject = subject[:1] + subject[1:].lower()
        kind = (self.document_type or "Kế hoạch").capitalize()
        if fold(subject).startswith(fold(kind)):
            return subject
        return f"{kind} {_lower_first(subject)}"


def introduced_body(text: str) -> str | None:
    """The body that an introduction says makes the plan: `UBND xã Cao Xá xây dựng kế hoạch`."""
    found = INTRODUCED_BODY.search(text)
    return found["body"] if found else None


def year_of(title: str | None, issued_on: date | None) -> int | None:
    found = YEAR.search(title or "")
    if found:
        return int(found["year"])
    return issued_on.year if issued_on else None


def _missing(field: str, words: str) -> ProposalWarning:
    return ProposalWarning(
        kind=WarningKind.missing_field,
        line=None,
        text=field,
        message=f"Văn bản không ghi {words}; hãy nhập tay.",
    )


def _text(blocks: list[Block]) -> str:
    return "\n".join(block.text for block in blocks)


def read_header(
    head: list[Block],
    introduction: list[Block],
    closing: list[Block],
    matcher: UnitMatcher,
    warnings: list[ProposalWarning],
) -> ProposedHeader:
    """The header the head's lines give, the issuing body taken from the introduction when the
    head has none and matched to the unit tree; a field the text lacks is flagged."""
    reader = HeaderReader(head)
    introduction_text = _text(introduction)
    issuing_body = reader.issuing_body
    if issuing_body is None:
        issuing_body = introduced_body(introduction_text)
        if issuing_body is not None and introduction:
            reader.lines["issuing_body"] = introduction[0].line
    issuing = matcher.match(issuing_body) if issuing_body else None
    title = reader.title
    header = ProposedHeader(
        issuing_body=issuing_body,
        issuing_unit_id=issuing.unit.id if issuing and issuing.unit else None,
        number=reader.number,
        symbol=reader.symbol,
        place=reader.place or (place_of(issuing_body) if issuing_body else None),
        issued_on=reader.issued_on,
        document_type=reader.document_type,
        title=title,
        year=year_of(title, reader.issued_on),
        introduction=introduction_text,
        closing=_text(closing),
        lines=reader.lines,
    )
    if reader.unreadable_date is not None:
        warnings.append(
            ProposalWarning(
                kind=WarningKind.unreadable_date,
                line=reader.unreadable_date.line,
                text=reader.unreadable_date.text,
                message="Ngày ban hành không có thật; giữ nguyên như văn bản, hãy sửa tay.",
            )
        )
    for field, value, words in (
        ("number", header.number, "số văn bản"),
        ("issued_on", header.issued_on, "ngày ban hành"),
        ("issuing_body", header.issuing_body, "cơ quan ban hành"),
        ("title", header.title, "tên (trích yếu) của kế hoạch"),
    ):
        if value is None:
            warnings.append(_missing(field, words))
    return header
