"""The commune's report for a period: compiled by the coordinator from the accepted units'
parts and the task status table, then edited by the coordinator while a draft (or returned).

Read within `reports:read` over the plan's issuing unit (the commune): those who compile and
approve it (`reports:drafts`) read it at every step, the superior once it was sent. Compiling
again (a draft, or a report the superior returned) makes the results, figures and tables anew
from the parts as they stand; the difficulties and proposals the coordinator wrote are kept."""

from dataclasses import dataclass
from typing import Any, NamedTuple, cast

from sqlalchemy import Select, bindparam, or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from ttdn.audit.service import record
from ttdn.core.authz import Principal, ensure_reaches, visible
from ttdn.core.db import utcnow
from ttdn.core.errors import Conflict, NotFound
from ttdn.core.pagination import Fetched, Listing, ListParams, fetch_page
from ttdn.core.versioning import check_version
from ttdn.plans.models import Plan, PlanSection
from ttdn.plans.sections import SECTION_OUTLINE, section_heading
from ttdn.reports.commune_schemas import (
    CommuneReportDetail,
    CommuneReportEventRead,
    CommuneReportRead,
    CommuneReportUpdate,
    UnitTaskStatuses,
)
from ttdn.reports.models import (
    COMPILABLE_STATUSES,
    SENT_STATUSES,
    CommuneReport,
    CommuneReportEvent,
    CommuneReportStatus,
    PeriodKind,
    ReportingPeriod,
    UnitReport,
    UnitReportNarrative,
    UnitReportStatus,
)
from ttdn.reports.periods import get_period, managed_plan
from ttdn.reports.unit_reports import ENTERED
from ttdn.tasks.models import Task, TaskStatus
from ttdn.tasks.reading import status_counts
from ttdn.units.models import Unit

COUNTED = ("press_interactions", "incidents_handled")
FIGURES = (*ENTERED, *COUNTED)
# How the report's documents name each figure (the screens have theirs in the i18n files).
FIGURE_LABELS = {
    "news_items_aired": "Số tin, bài phát trên đài truyền thanh",
    "website_posts": "Số tin, bài đăng trên trang thông tin điện tử",
    "events_held": "Số sự kiện, hội nghị đã tổ chức",
    "people_trained": "Số lượt người được tập huấn, bồi dưỡng",
    "budget_spent": "Kinh phí đã chi (đồng)",
    "press_interactions": "Số lượt làm việc, cung cấp thông tin cho báo chí",
    "incidents_handled": "Số vụ việc thông tin sai lệch đã xử lý",
}
# Where the results list the tasks of no section of the plan, after the sections.
OTHER_TASKS = "Nhiệm vụ khác"
TOTAL = "Tổng cộng"
COMMUNE_REPORT_LISTING = Listing(
    sortable={
        "due_on": ReportingPeriod.due_on,
        "status": CommuneReport.status,
        "updated_at": CommuneReport.updated_at,
    },
    default_sort=["due_on"],
    tiebreaker=CommuneReport.id,
    search_column=None,
    updated_column=CommuneReport.updated_at,
)


@dataclass(frozen=True)
class CommuneReportFilters:
    period_id: int | None = None
    plan_id: int | None = None
    status: CommuneReportStatus | None = None


class CommuneReportRow(NamedTuple):
    """A commune's report with its period and its commune (the plan's issuing unit), read in
    one statement."""

    report: CommuneReport
    period: ReportingPeriod
    commune_id: int
    commune_name: str
    commune_path: str


def visible_commune_reports(principal: Principal) -> Select[Any]:
    """Commune reports (of plans not deleted) with their period and commune, each as a
    `CommuneReportRow`: those compiling or approving them read every step; the superior, what
    was sent."""
    statement = (
        select(CommuneReport, ReportingPeriod, Unit.id, Unit.name, Unit.path)
        .join(ReportingPeriod, ReportingPeriod.id == CommuneReport.period_id)
        .join(Plan, Plan.id == ReportingPeriod.plan_id)
        .join(Unit, Unit.id == Plan.unit_id)
        .where(
            Plan.deleted_at.is_(None),
            visible(principal, "reports:read", Unit.path),
            or_(
                CommuneReport.status.in_(SENT_STATUSES),
                visible(principal, "reports:drafts", Unit.path),
            ),
        )
    )
    return cast("Select[Any]", statement)


def commune_report_read(row: CommuneReportRow) -> CommuneReportRead:
    """The report as the API gives it: its number as `12/BC-UBND` (null before it is sent), its
    period's label and dates and the commune whose report it is."""
    report, period = row.report, row.period
    return CommuneReportRead(
        id=report.id,
        period_id=report.period_id,
        period_label=period.label,
        period_kind=PeriodKind(period.kind),
        period_starts_on=period.starts_on,
        period_ends_on=period.ends_on,
        period_due_on=period.due_on,
        commune_id=row.commune_id,
        commune_name=row.commune_name,
        status=CommuneReportStatus(report.status),
        number=report.number_symbol,
        title=report.title,
        results=report.results,
        difficulties=report.difficulties,
        proposals=report.proposals,
        figures=report.figures,
        task_statuses=report.task_statuses,  # as kept in JSON, validated here
        parts=report.parts,
        compiled_at=report.compiled_at,
        sent_at=report.sent_at,
        version=report.version,
        updated_at=report.updated_at,
    )


def file_stem(report: CommuneReport) -> str:
    """The name its files take, ASCII: `bao-cao-12-BC-UBND`, `bao-cao-du-thao-7` before it is
    sent."""
    return f"bao-cao-{(report.number_symbol or f'du-thao-{report.id}').replace('/', '-')}"


def task_statuses_of(report: CommuneReport) -> tuple[list[UnitTaskStatuses], UnitTaskStatuses]:
    """The report's task status table by unit, as compiled, and its total row (`Tổng cộng`)."""
    table = [UnitTaskStatuses.model_validate(entry) for entry in report.task_statuses]
    counts: dict[TaskStatus, int] = {}
    for entry in table:
        for status, count in entry.counts.items():
            counts[status] = counts.get(status, 0) + count
    total = UnitTaskStatuses(
        unit_id=0, unit_name=TOTAL, counts=counts, total=sum(e.total for e in table)
    )
    return table, total


async def list_commune_reports(
    session: AsyncSession, principal: Principal, params: ListParams, filters: CommuneReportFilters
) -> tuple[list[CommuneReportRead], Fetched]:
    """Visible commune reports with their periods and communes, earliest due first, in one
    statement."""
    statement = visible_commune_reports(principal)
    if filters.period_id is not None:
        statement = statement.where(CommuneReport.period_id == filters.period_id)
    if filters.plan_id is not None:
        statement = statement.where(ReportingPeriod.plan_id == filters.plan_id)
    if filters.status is not None:
        statement = statement.where(CommuneReport.status == filters.status)
    fetched = await fetch_page(session, statement, params, COMMUNE_REPORT_LISTING)
    return [commune_report_read(CommuneReportRow(*row)) for row in fetched.items], fetched


async def get_commune_report(
    session: AsyncSession, principal: Principal, report_id: int
) -> CommuneReportRow:
    """The report, its period and its commune, if the caller reads it; `NotFound` otherwise."""
    row = (
        await session.execute(
            visible_commune_reports(principal).where(CommuneReport.id == report_id)
        )
    ).first()
    if row is None:
        raise NotFound("Không tìm thấy báo cáo của xã.")
    return CommuneReportRow(*row)


async def commune_report_history(
    session: AsyncSession, report: CommuneReport
) -> list[CommuneReportEvent]:
    """The report's steps, oldest first."""
    history = await session.scalars(
        select(CommuneReportEvent)
        .where(CommuneReportEvent.report_id == report.id)
        .order_by(CommuneReportEvent.created_at, CommuneReportEvent.id)
    )
    return list(history)


async def commune_report_detail(
    session: AsyncSession, row: CommuneReportRow
) -> CommuneReportDetail:
    history = await commune_report_history(session, row.report)
    return CommuneReportDetail(
        **commune_report_read(row).model_dump(),
        history=[CommuneReportEventRead.model_validate(event) for event in history],
    )


def snapshot(report: CommuneReport) -> dict[str, Any]:
    kept = ("status", "number", "title", "figures", "version")
    return {name: getattr(report, name) for name in kept}


async def record_step(
    session: AsyncSession,
    principal: Principal,
    row: CommuneReportRow,
    action: str,
    before: dict[str, Any] | None,
    from_status: str | None,
    comment: str = "",
) -> None:
    """The report's history entry and its audit event, for a step that was just taken."""
    report = row.report
    session.add(
        CommuneReportEvent(
            report_id=report.id,
            from_status=from_status,
            to_status=report.status,
            comment=comment,
            actor_user_id=principal.user_id,
            actor_name=principal.full_name or principal.username,
        )
    )
    await session.flush()
    await record(
        session,
        action,
        actor=principal,
        unit_path=row.commune_path,
        object_type="commune_report",
        object_id=report.id,
        before=before,
        after=snapshot(report),
        details={"comment": comment} if comment else None,
    )


# Built once: the accepted parts' narratives (`part_ids`) with their task, its section's place
# in the plan's text (`outline_plan_id`: the plan's sections) and the part's unit, in the order
# the results list them: by section as the plan orders them (tasks of no section last), then
# task, then unit.
ACCEPTED_NARRATIVES = (
    select(
        SECTION_OUTLINE.c.outline_key,
        PlanSection.code,
        PlanSection.title,
        Task.title,
        Unit.name,
        UnitReportNarrative.text,
    )
    .select_from(UnitReportNarrative)
    .join(UnitReport, UnitReport.id == UnitReportNarrative.report_id)
    .join(Unit, Unit.id == UnitReport.unit_id)
    .join(Task, Task.id == UnitReportNarrative.task_id)
    .outerjoin(PlanSection, PlanSection.id == Task.section_id)
    .outerjoin(SECTION_OUTLINE, SECTION_OUTLINE.c.id == Task.section_id)
    .where(UnitReportNarrative.report_id.in_(bindparam("part_ids", expanding=True)))
    .order_by(
        SECTION_OUTLINE.c.outline_key.is_(None),
        SECTION_OUTLINE.c.outline_key,
        Task.id,
        Unit.name_sort_key,
        Unit.id,
    )
)


async def _results_by_section(session: AsyncSession, plan_id: int, part_ids: list[int]) -> str:
    """The results per part of the plan: for each section (in the plan's order) with accepted
    narratives, its heading line and then `- <task> (<unit>): <text>` for each; the tasks of no
    section last, under `Nhiệm vụ khác`. One statement."""
    if not part_ids:
        return ""
    rows = await session.execute(
        ACCEPTED_NARRATIVES, {"outline_plan_id": plan_id, "part_ids": part_ids}
    )
    blocks: dict[str, list[str]] = {}
    for _key, code, section_title, task_title, unit_name, text in rows:
        heading = OTHER_TASKS if code is None else section_heading(code, section_title)
        blocks.setdefault(heading, []).append(f"- {task_title} ({unit_name}): {text}")
    return "\n\n".join("\n".join([heading, *lines]) for heading, lines in blocks.items())


async def _compile_parts(
    session: AsyncSession, period: ReportingPeriod
) -> tuple[str, str, dict[str, int], list[dict[str, Any]]]:
    """From the period's parts: the results (the accepted parts' narratives per part of the
    plan), the difficulties they name, the figures' sums over accepted parts and every part's
    state. Two statements."""
    rows = (
        await session.execute(
            select(UnitReport, Unit.name)
            .join(Unit, Unit.id == UnitReport.unit_id)
            .where(UnitReport.period_id == period.id)
            .order_by(Unit.name_sort_key, Unit.id)
        )
    ).all()
    accepted = [(part, name) for part, name in rows if part.status == UnitReportStatus.accepted]
    results = await _results_by_section(session, period.plan_id, [part.id for part, _ in accepted])
    difficulties = [f"{name}: {part.difficulties}" for part, name in accepted if part.difficulties]
    figures = {
        figure: sum(getattr(part, figure) or 0 for part, _ in accepted) for figure in FIGURES
    }
    states = [
        {
            "unit_id": part.unit_id,
            "unit_name": name,
            "status": part.status,
            "on_time": None
            if part.first_submitted_on is None
            else part.first_submitted_on <= period.internal_due_on,
        }
        for part, name in rows
    ]
    return results, "\n".join(difficulties), figures, states


async def compile_commune_report(
    session: AsyncSession, principal: Principal, period_id: int
) -> tuple[CommuneReportRow, bool]:
    """Compile the period's commune report (made on first compiling: True), or compile again a
    draft or returned one; 409 once approved or sent. 404 for an unseen period, 403 without
    `reports:manage` over its plan's commune."""
    period = await get_period(session, principal, period_id)
    plan = await managed_plan(session, principal, period.plan_id)
    report = await session.scalar(select(CommuneReport).where(CommuneReport.period_id == period.id))
    made = report is None
    if report is None:
        report = CommuneReport(
            period_id=period.id,
            title=f"{period.label} thực hiện {plan.title}"[:500],
            status=CommuneReportStatus.draft,
            compiled_at=utcnow(),
        )
        session.add(report)
    elif report.status not in COMPILABLE_STATUSES:
        raise Conflict("Báo cáo của xã đã được duyệt hoặc đã gửi, không tổng hợp lại được.")
    before = None if made else snapshot(report)
    from_status = None if made else report.status
    results, difficulties, figures, states = await _compile_parts(session, period)
    report.results, report.figures, report.parts = results, figures, states
    counts = await status_counts(session, principal, plan.id)
    report.task_statuses = [entry.model_dump(mode="json") for entry in counts]
    report.difficulties = report.difficulties or difficulties
    report.compiled_at = utcnow()
    await session.flush()
    row = CommuneReportRow(report, period, plan.unit.id, plan.unit.name, plan.unit.path)
    await record_step(session, principal, row, "reports.commune.compile", before, from_status)
    return row, made


async def update_commune_report(
    session: AsyncSession,
    principal: Principal,
    report_id: int,
    data: CommuneReportUpdate,
    expected_version: int,
) -> CommuneReportRow:
    """The coordinator edits the text of a draft or returned report; 409 otherwise."""
    row = await get_commune_report(session, principal, report_id)
    report, commune_path = row.report, row.commune_path
    ensure_reaches(principal, "reports:manage", [commune_path])
    check_version(report.version, expected_version)
    if report.status not in COMPILABLE_STATUSES:
        raise Conflict("Báo cáo của xã đã được duyệt hoặc đã gửi, không sửa được.")
    before = snapshot(report)
    for name, value in data.model_dump(exclude_unset=True).items():
        if value is not None:
            setattr(report, name, value)
    report.updated_at = utcnow()
    await session.flush()
    await record(
        session,
        "reports.commune.update",
        actor=principal,
        unit_path=commune_path,
        object_type="commune_report",
        object_id=report.id,
        before=before,
        after=snapshot(report),
    )
    return row
