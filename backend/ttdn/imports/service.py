"""Import: a plan's text (pasted, DOCX or PDF) read into a draft for the coordinator to review.

`propose` is the one entry point. It writes nothing and reads no database: the caller gives
the units the text may name (its commune's, for a route). It raises only the problems of bad
input (`PayloadTooLarge`, `UnsupportedMediaType`, `Invalid`, Vietnamese messages); text in
which no plan can be recognised gives an empty proposal with a `no_structure` warning.
"""

import logging

from ttdn.core.files import clean_filename
from ttdn.imports.assignments import assignments
from ttdn.imports.header import read_header
from ttdn.imports.legal_bases import bases, citations
from ttdn.imports.lines import layout
from ttdn.imports.misprints import misprints
from ttdn.imports.proposal import (
    Proposal,
    ProposalWarning,
    ProposedHeader,
    SourceInfo,
    WarningKind,
)
from ttdn.imports.sections import outline, proposed
from ttdn.imports.signature import ending
from ttdn.imports.sources import Source, read_source
from ttdn.imports.units import UnitMatcher, UnitRef

logger = logging.getLogger("ttdn")

UNREADABLE = (
    "Không đọc được cấu trúc của văn bản này; chưa có gì được tạo. Hãy nhập kế hoạch bằng tay "
    "hoặc gửi tệp khác."
)
NO_STRUCTURE = (
    "Không nhận ra cấu trúc của một kế hoạch (không có mục I., 1., không có căn cứ, không có "
    "đơn vị thực hiện). Hãy kiểm tra tệp, hoặc nhập kế hoạch bằng tay."
)


def propose(data: bytes, filename: str, units: list[UnitRef]) -> Proposal:
    """The draft a plan's file makes, its units matched to `units`. Bad input raises (see the
    module's docstring); a text the reading stumbles on gives an empty proposal whose warning
    says so (and the log has why): a person can always type the plan in."""
    source = read_source(data, filename)
    try:
        return _read(source, filename, units)
    except Exception:  # an unforeseen text must not fail the request
        logger.exception("import of %r stumbled", clean_filename(filename))
        return _empty(source, filename, UNREADABLE)


def _source_info(source: Source, filename: str) -> SourceInfo:
    return SourceInfo(
        filename=clean_filename(filename),
        media_type=source.media_type,
        line_count=len(source.lines),
    )


def _empty(source: Source, filename: str, message: str) -> Proposal:
    return Proposal(
        source=_source_info(source, filename),
        source_lines=[line.text for line in source.lines],
        header=ProposedHeader(
            issuing_body=None,
            issuing_unit_id=None,
            number=None,
            symbol=None,
            place=None,
            issued_on=None,
            document_type=None,
            title=None,
            year=None,
            introduction="",
            closing="",
        ),
        legal_bases=[],
        cited_references=[],
        sections=[],
        units=[],
        reporting_deadlines=[],
        recipients=[],
        signer=None,
        warnings=[
            ProposalWarning(kind=WarningKind.no_structure, line=None, text="", message=message)
        ],
    )


def _read(source: Source, filename: str, units: list[UnitRef]) -> Proposal:
    source_lines = [line.text for line in source.lines]
    warnings: list[ProposalWarning] = []
    parts = layout(source.lines, source.broken_lines)
    matcher = UnitMatcher(units)

    plan_outline = outline(parts.body, warnings)
    legal_bases, introduction = bases(plan_outline.preamble, warnings)
    header = read_header(parts.head, introduction, plan_outline.closing, matcher, warnings)
    cited = citations(plan_outline.paragraphs(), legal_bases, warnings)
    found = assignments(plan_outline, matcher, header.year, source_lines, warnings)
    end = ending(parts.tail)

    if not plan_outline.sections and not legal_bases and not found.units:
        return _empty(source, filename, NO_STRUCTURE)
    warnings.extend(misprints([*parts.head, *parts.body, *parts.tail], source_lines))
    warnings.sort(key=lambda warning: (warning.line is not None, warning.line or 0))

    return Proposal(
        source=_source_info(source, filename),
        source_lines=source_lines,
        header=header,
        legal_bases=legal_bases,
        cited_references=cited,
        sections=[proposed(section) for section in plan_outline.sections],
        units=found.units,
        reporting_deadlines=found.reporting_deadlines,
        recipients=end.recipients,
        signer=end.signer,
        warnings=warnings,
    )
