"""The commune's report as the official document its commune sends up (`official.py`): the
number and date it took when sent (`…/BC-UBND` and no date before), the type `BÁO CÁO` and
its title; an opening line naming the plan it reports on; I. the results, section by section of
the plan; II. the figures and the task status by unit, as bordered tables; III. difficulties;
IV. proposals; `Nơi nhận:` the superior unit; the signature of whoever approved it (else the
plan's signer). Read as the caller may read the report (`reports.commune`)."""

from dataclasses import dataclass

from docx.shared import Emu, Mm
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from ttdn.core.authz import Principal
from ttdn.core.clock import VIETNAM
from ttdn.documents.official import (
    Heading,
    OfficialDocument,
    Signature,
    amount,
    document_number,
    place_and_date,
    subject_line,
)
from ttdn.plans.models import Plan, PlanSection, legal_date
from ttdn.plans.reading import get_plan, signer_of
from ttdn.plans.sections import section_heading
from ttdn.reports.commune import (
    FIGURE_LABELS,
    FIGURES,
    OTHER_TASKS,
    CommuneReportRow,
    commune_report_history,
    file_stem,
    get_commune_report,
    task_statuses_of,
)
from ttdn.reports.commune_schemas import UnitTaskStatuses
from ttdn.reports.models import COMMUNE_REPORT_SYMBOL, CommuneReportStatus
from ttdn.tasks.exports import STATUS_WORDS
from ttdn.tasks.models import TaskStatus
from ttdn.units.models import Unit

AUTHORITY = "TM. ỦY BAN NHÂN DÂN"
POSITION = "CHỦ TỊCH"
KEPT_ON_FILE = "Lưu: VT, VHXH"
NOTHING = "Không có."
FIGURE_WIDTHS = (Mm(125), Mm(40))
UNIT_WIDTH, TOTAL_WIDTH = Mm(45), Mm(17)


@dataclass(frozen=True)
class ReportContext:
    """What the document takes beside the report: its plan, the superior it goes to, the
    headings of the plan's sections and who approved it last."""

    plan: Plan
    superior: str | None
    headings: frozenset[str]
    approver: str | None


def figure_rows(figures: dict[str, int]) -> list[list[str]]:
    """`Chỉ tiêu | Số lượng`, one row per figure in the report's order."""
    return [[FIGURE_LABELS[name], amount(figures.get(name, 0))] for name in FIGURES]


def statuses_shown(table: list[UnitTaskStatuses]) -> list[TaskStatus]:
    """The statuses some unit has a task in, in the statuses' order (a page has no room for
    eight empty columns)."""
    found = {status for row in table for status, count in row.counts.items() if count}
    return [status for status in TaskStatus if status in found]


def status_rows(rows: list[UnitTaskStatuses], shown: list[TaskStatus]) -> list[list[str]]:
    """`Đơn vị | Tổng | <each status shown>` of each row."""
    return [
        [row.unit_name, str(row.total), *(str(row.counts.get(status, 0)) for status in shown)]
        for row in rows
    ]


def _opening(plan: Plan, commune: str) -> str:
    """`Thực hiện Kế hoạch số 38/KH-UBND ngày 08/3/2023 của UBND xã … về …, UBND xã … báo cáo
    kết quả thực hiện như sau:`"""
    number = f" số {plan.number_symbol}" if plan.number_symbol else ""
    issued = f" ngày {legal_date(plan.issued_on)}" if plan.issued_on else ""
    about = subject_line(plan.title, "Kế hoạch")
    about = about[:1].lower() + about[1:]
    return (
        f"Thực hiện Kế hoạch{number}{issued} của {commune} về {about}, {commune} báo cáo kết "
        "quả thực hiện như sau:"
    )


def _signature(context: ReportContext) -> Signature | None:
    """Whoever approved the report signs it for the commune's people's committee; before an
    approval, the plan's signer."""
    if context.approver:
        return Signature(AUTHORITY, POSITION, context.approver)
    signer = signer_of(context.plan)
    if signer is None:
        return None
    return Signature(f"{signer.authority.value} {signer.body}", signer.position, signer.full_name)


def compose(row: CommuneReportRow, context: ReportContext) -> bytes:
    """The DOCX of the report of `row`."""
    report, plan = row.report, context.plan
    commune = plan.unit.short_name or plan.unit.name
    sent_on = report.sent_at.astimezone(VIETNAM).date() if report.sent_at else None
    document = OfficialDocument()
    document.heading(
        Heading(
            issuer=plan.unit.name,
            number=document_number(report.number_symbol, COMMUNE_REPORT_SYMBOL),
            place_date=place_and_date(plan.place, sent_on) if sent_on else None,
            kind="Báo cáo",
            subject=subject_line(report.title, "Báo cáo"),
        )
    )
    if report.number is None:
        document.paragraph("(Dự thảo)", italic=True)
    document.paragraph(_opening(plan, commune))
    document.section_title("I", "KẾT QUẢ THỰC HIỆN", 0)
    document.paragraphs(report.results or NOTHING, bold_lines=context.headings)
    document.section_title("II", "SỐ LIỆU", 0)
    document.section_title("1", "Kết quả theo chỉ tiêu", 1)
    document.bordered_table(["Chỉ tiêu", "Số lượng"], figure_rows(report.figures), FIGURE_WIDTHS)
    document.section_title("2", "Tình hình thực hiện nhiệm vụ theo đơn vị", 1)
    table, total = task_statuses_of(report)
    shown = statuses_shown(table)
    rest = (Mm(165) - UNIT_WIDTH - TOTAL_WIDTH) // max(len(shown), 1)
    document.bordered_table(
        ["Đơn vị", "Tổng", *(STATUS_WORDS[status] for status in shown)],
        status_rows([*table, total], shown),
        [UNIT_WIDTH, TOTAL_WIDTH, *(Emu(rest) for _ in shown)],
    )
    document.section_title("III", "KHÓ KHĂN, VƯỚNG MẮC", 0)
    document.paragraphs(report.difficulties or NOTHING)
    document.section_title("IV", "ĐỀ XUẤT, KIẾN NGHỊ", 0)
    document.paragraphs(report.proposals or NOTHING)
    recipients = [name for name in (context.superior, KEPT_ON_FILE) if name]
    document.closing(recipients, _signature(context))
    return document.to_bytes()


async def _context(
    session: AsyncSession, principal: Principal, row: CommuneReportRow
) -> ReportContext:
    """The plan (as the caller reads it), the superior (the commune's parent unit), the plan's
    section headings and the last approver."""
    plan = await get_plan(session, principal, row.period.plan_id)
    superior = (
        await session.execute(
            select(Unit.short_name, Unit.name).where(Unit.id == plan.unit.parent_id)
        )
    ).first()
    sections = await session.execute(
        select(PlanSection.code, PlanSection.title).where(PlanSection.plan_id == plan.id)
    )
    history = await commune_report_history(session, row.report)
    approvals = [e.actor_name for e in history if e.to_status == CommuneReportStatus.approved]
    return ReportContext(
        plan=plan,
        superior=(superior.short_name or superior.name) if superior else None,
        headings=frozenset(
            [OTHER_TASKS, *(section_heading(code, title) for code, title in sections)]
        ),
        approver=approvals[-1] if approvals else None,
    )


async def commune_report_document(
    session: AsyncSession, principal: Principal, report_id: int
) -> tuple[bytes, str]:
    """The DOCX of a commune report the caller reads, and its file name
    (`bao-cao-12-BC-UBND.docx`, `bao-cao-du-thao-7.docx` before it is sent); `NotFound` as
    reading the report."""
    row = await get_commune_report(session, principal, report_id)
    context = await _context(session, principal, row)
    return compose(row, context), f"{file_stem(row.report)}.docx"
