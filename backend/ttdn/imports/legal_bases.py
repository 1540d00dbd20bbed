"""Legal documents a plan names: the `Căn cứ …` lines it rests on, and the documents its
sections cite (`Nghị định số 72/2015/NĐ-CP ngày 07/9/2015 của Chính phủ`, `Đề án …`), each
read into kind, number, date, issuer and subject as far as the text gives them.

A citation's subject is read up to the next `;` or the end of its sentence, so a document named
inside another's subject (`… phê duyệt Đề án truyền thông …`) is not taken for a citation of
its own.
"""

import re
from dataclasses import dataclass
from datetime import date

from ttdn.core.text import fold
from ttdn.imports.lines import Block
from ttdn.imports.proposal import ProposalWarning, ProposedLegalReference, WarningKind
from ttdn.imports.sentences import first_sentence_end
from ttdn.plans.models import LegalReferenceKind

# How texts name each kind of document, the longer first.
KIND_WORDS: tuple[tuple[str, LegalReferenceKind], ...] = (
    ("Chương trình phối hợp", LegalReferenceKind.programme),
    ("Thông tư liên tịch", LegalReferenceKind.circular),
    ("Nghị định", LegalReferenceKind.decree),
    ("Nghị quyết", LegalReferenceKind.resolution),
    ("Thông tư", LegalReferenceKind.circular),
    ("Quyết định", LegalReferenceKind.decision),
    ("Chỉ thị", LegalReferenceKind.directive),
    ("Kế hoạch", LegalReferenceKind.plan),
    ("Chương trình", LegalReferenceKind.programme),
    ("Đề án", LegalReferenceKind.scheme),
    ("Công ước", LegalReferenceKind.convention),
    ("Công văn", LegalReferenceKind.official_letter),
    ("Hướng dẫn", LegalReferenceKind.other),
    ("Bộ luật", LegalReferenceKind.law),
    ("Luật", LegalReferenceKind.law),
)
_KIND_ALTERNATIVES = "|".join(re.escape(words) for words, _ in KIND_WORDS)
# In the text a citation starts with its kind in capitals (`Nghị định`, not `quyết định`).
CITATION = re.compile(rf"(?<!\w)(?:{_KIND_ALTERNATIVES})(?!\w)")
# After `Căn cứ` the kind may be in lower case (`Căn cứ kế hoạch số 38/KH-UBND …`).
BASIS_KIND = re.compile(rf"(?:{_KIND_ALTERNATIVES})(?!\w)", re.IGNORECASE)
NUMBER = re.compile(
    r"^[,\s]*(?:số\s*)?(?P<number>\d+(?:\s*/\s*\d{4})?\s*/\s*[A-Za-zĐđ0-9]+"
    r"(?:\s?[-&]\s?[A-Za-zĐđ0-9]+)*)"
)
DATE = re.compile(
    r"^[,\s]*(?:ban hành\s+)?ngày\s*(?:(?P<day>\d{1,2})\s*[/.-]\s*(?P<month>\d{1,2})\s*[/.-]\s*"
    r"(?P<year>\d{4})|(?P<lday>\d{1,2})\s+tháng\s+(?P<lmonth>\d{1,2})\s+năm\s+(?P<lyear>\d{4}))"
)
# A government body's generic words, then its place's capitalised name.
GOVERNMENT = re.compile(
    r"^(?:Ủy ban nhân dân|Uỷ ban nhân dân|UBND|Hội đồng nhân dân|HĐND)"
    r"(?:\s+(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn))?"
)
EXPANDED = {"UBND": "Ủy ban nhân dân", "HĐND": "Hội đồng nhân dân"}
# Lower-case words that end an issuer's name: the subject begins.
SUBJECT_WORDS = frozenset(
    [
        "về",
        "hướng",
        "ban",
        "phê",
        "quy",
        "triển",
        "thực",
        "tổ",
        "tuyên",
        "phối",
        "trong",
        "tại",
        "nhằm",
        "để",
        "đã",
        "năm",
        "giai",
        "v/v",
    ]
)
# Where a citation's text ends: a semicolon, the end of a sentence, or the next citation.
_END = re.compile(rf";|\.(?:\s|$)|…|(?:,| và) (?={_KIND_ALTERNATIVES})| và (?=[a-zđ])")


@dataclass(frozen=True)
class Citation:
    reference: ProposedLegalReference
    end: int  # where in the paragraph the citation's text ends


def _kind(words: str) -> LegalReferenceKind:
    folded = fold(words)
    return next(kind for label, kind in KIND_WORDS if fold(label) == folded)


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def _name_words(text: str) -> str:
    """The words of a name up to the first that starts a subject, punctuation, or `và` before
    another citation."""
    words = text.split(" ")
    taken: list[str] = []
    for index, word in enumerate(words):
        bare = word.rstrip(",;.:…")
        if not bare or (taken and bare in SUBJECT_WORDS):
            break
        if bare == "và" and CITATION.match(" ".join(words[index + 1 :])):
            break
        taken.append(bare)
        if bare != word:  # punctuation ends the name
            break
    while taken and taken[-1] in ("và", "của"):
        taken.pop()
    return " ".join(taken)


def _issuer(text: str) -> tuple[str, int]:
    """The body named at the start of `text` and how many characters it takes."""
    government = GOVERNMENT.match(text)
    if government:
        rest = text[government.end() :]
        name: list[str] = []
        for word in rest.split(" ")[1:] if rest.startswith(" ") else []:
            bare = word.rstrip(",;.:…")
            if not bare or not bare[0].isupper() or CITATION.fullmatch(bare):
                break
            name.append(bare)
            if bare != word:
                break
        words = government.group(0).split(" ", 1)
        head = EXPANDED.get(words[0], words[0]) + (f" {words[1]}" if len(words) > 1 else "")
        issuer = " ".join([head, *name])
        consumed = government.end() + (len(" ".join(name)) + 1 if name else 0)
        return issuer, consumed
    words_name = _name_words(text)
    return words_name, len(words_name)


def _date(found: re.Match[str], line: int, warnings: list[ProposalWarning]) -> date | None:
    parts = (
        (found["year"], found["month"], found["day"])
        if found["day"]
        else (found["lyear"], found["lmonth"], found["lday"])
    )
    try:
        return date(int(parts[0]), int(parts[1]), int(parts[2]))
    except ValueError:
        warnings.append(
            ProposalWarning(
                kind=WarningKind.unreadable_date,
                line=line,
                text=found.group(0).strip(" ,"),
                message="Ngày không có thật; giữ nguyên như văn bản, hãy sửa tay.",
            )
        )
        return None


def read_citation(
    text: str,
    start: int,
    kind_words: str,
    *,
    cited: bool,
    section_path: str | None,
    line: int,
    warnings: list[ProposalWarning],
) -> Citation:
    """The document cited at `text[start:]`, which starts with its kind's words."""
    position = start + len(kind_words)
    rest = text[position:]
    number = None
    found_number = NUMBER.match(rest)
    if found_number:
        number = re.sub(r"\s+", "", found_number["number"])
        position += found_number.end()
    issued_on = None
    found_date = DATE.match(text[position:])
    if found_date:
        issued_on = _date(found_date, line, warnings)
        position += found_date.end()
    ending = _END.search(text, position)
    end = ending.start() if ending else len(text)
    tail = text[position:end].strip(" ,")
    issuer, title = "", ""
    between = re.match(
        r"^(?:phối hợp\s+)?giữa\s+(?P<parties>.+?)(?:\s+về\s+(?P<subject>.+))?$", tail
    )
    if between:
        issuer = _capital(between["parties"].strip())
        title = _capital((between["subject"] or "").strip())
    elif tail.startswith("của "):
        issuer, used = _issuer(tail[4:])
        subject = tail[4 + used :].strip(" ,")
        subject = re.sub(r"^(?:về việc|v/v|về)\s+", "", subject, flags=re.IGNORECASE)
        title = _capital(subject)
    elif number is None:
        title = _capital(tail)
    else:
        title = _capital(re.sub(r"^(?:về việc|v/v|về)\s+", "", tail, flags=re.IGNORECASE))
    reference = ProposedLegalReference(
        kind=_kind(kind_words),
        number=number,
        issued_on=issued_on,
        issuer=issuer,
        title=title,
        citation=text[start:end].strip(" ,"),
        cited=cited,
        section_path=section_path,
        line=line,
    )
    return Citation(reference, end)


def _same(one: ProposedLegalReference, other: ProposedLegalReference) -> bool:
    if one.kind != other.kind:
        return False
    if one.number or other.number:
        return fold(one.number or "") == fold(other.number or "")
    shorter, longer = sorted((fold(one.title), fold(other.title)), key=len)
    return len(shorter) >= 12 and longer.startswith(shorter)


_BASIS_OPENING = re.compile(r"^\s*(?:căn cứ\s+)?", re.IGNORECASE)


def bases(
    preamble: list[Block], warnings: list[ProposalWarning]
) -> tuple[list[ProposedLegalReference], list[Block]]:
    """The căn cứ of the preamble, and what is left of it: the introduction. A căn cứ
    paragraph may name several documents, one after each `;`, and run on into the
    introduction (`…; UBND xã Hưng Đạo xây dựng kế hoạch …`, or after its full stop)."""
    found: list[ProposedLegalReference] = []
    introduction: list[Block] = []
    for block in preamble:
        if block.cells is not None or not fold(block.text[:8]).startswith("can cu"):
            introduction.append(block)
            continue
        text = block.text
        sentence_end = first_sentence_end(text) or len(text)
        position = 0
        while position < sentence_end:
            opening = _BASIS_OPENING.match(text, position)
            kind = BASIS_KIND.match(text, opening.end() if opening else position)
            if kind is None:
                break
            citation = read_citation(
                text[:sentence_end],
                kind.start(),
                kind.group(0),
                cited=False,
                section_path=None,
                line=block.line,
                warnings=warnings,
            )
            found.append(citation.reference)
            position = max(citation.end, kind.end()) + 1
        rest = text[position:].lstrip(" ;.").rstrip()
        if rest:
            introduction.append(Block(rest, block.line, block.end_line))
    return found, introduction


def _named_without_number(reference: ProposedLegalReference, before: str) -> bool:
    """Whether a citation with no number is one: it has a subject, is of a kind that texts name
    without a number (a resolution, a scheme …), and does not open a sentence (where `Hướng
    dẫn`, `Kế hoạch` are the sentence's own words)."""
    opens_sentence = not before.strip() or before.rstrip().endswith((".", ":", "-", "+"))
    return (
        bool(reference.title)
        and reference.kind not in (LegalReferenceKind.other, LegalReferenceKind.official_letter)
        and not opens_sentence
    )


def citations(
    paragraphs: list[tuple[str, Block]],
    bases_found: list[ProposedLegalReference],
    warnings: list[ProposalWarning],
) -> list[ProposedLegalReference]:
    """The documents the sections' text cites, in order, each once, none of the căn cứ."""
    found: list[ProposedLegalReference] = []
    for section_path, block in paragraphs:
        text = block.text
        position = 0
        while (hit := CITATION.search(text, position)) is not None:
            citation = read_citation(
                text,
                hit.start(),
                hit.group(0),
                cited=True,
                section_path=section_path,
                line=block.line,
                warnings=warnings,
            )
            position = max(citation.end, hit.end())
            reference = citation.reference
            if not reference.number and not _named_without_number(reference, text[: hit.start()]):
                continue
            if any(_same(reference, known) for known in [*bases_found, *found]):
                continue
            found.append(reference)
    return found
