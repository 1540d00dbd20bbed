"""The commune's report for a period: compiled by the coordinator from the accepted units'
parts and the task status table, then edited by the coordinator while a draft (or returned).

Read within `reports:read` over the plan's issuing unit (the commune): those who compile and
approve it (`reports:drafts`) read it at every step, the superior once it was sent. Compiling
again (a draft, or a report the superior returned) makes the results, figures and tables anew
from the parts as they stand; the difficulties and proposals the coordinator wrote are kept."""

from dataclasses import dataclass
from typing import Any, cast

from sqlalchemy import Select, or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from ttdn.audit.service import record
from ttdn.core.authz import Principal, ensure_reaches, visible
from ttdn.core.db import utcnow
from ttdn.core.errors import Conflict, NotFound
from ttdn.core.pagination import Fetched, Listing, ListParams, fetch_page
from ttdn.core.versioning import check_version
from ttdn.plans.models import Plan
from ttdn.reports.commune_schemas import (
    CommuneReportDetail,
    CommuneReportEventRead,
    CommuneReportRead,
    CommuneReportUpdate,
)
from ttdn.reports.models import (
    COMPILABLE_STATUSES,
    SENT_STATUSES,
    CommuneReport,
    CommuneReportEvent,
    CommuneReportStatus,
    ReportingPeriod,
    UnitReport,
    UnitReportNarrative,
    UnitReportStatus,
)
from ttdn.reports.periods import get_period, managed_plan
from ttdn.reports.unit_reports import ENTERED
from ttdn.tasks.models import Task
from ttdn.tasks.reading import status_counts
from ttdn.units.models import Unit

COUNTED = ("press_interactions", "incidents_handled")
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


def visible_commune_reports(principal: Principal) -> Select[Any]:
    """Commune reports (of plans not deleted) with their commune's path: those compiling or
    approving them read every step; the superior, what was sent."""
    statement = (
        select(CommuneReport, Unit.path)
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


async def list_commune_reports(
    session: AsyncSession, principal: Principal, params: ListParams, filters: CommuneReportFilters
) -> Fetched:
    """Visible commune reports, earliest due first, in one statement."""
    statement = visible_commune_reports(principal)
    if filters.period_id is not None:
        statement = statement.where(CommuneReport.period_id == filters.period_id)
    if filters.plan_id is not None:
        statement = statement.where(ReportingPeriod.plan_id == filters.plan_id)
    if filters.status is not None:
        statement = statement.where(CommuneReport.status == filters.status)
    fetched = await fetch_page(session, statement, params, COMMUNE_REPORT_LISTING)
    return fetched._replace(items=[report for report, _path in fetched.items])


async def get_commune_report(
    session: AsyncSession, principal: Principal, report_id: int
) -> tuple[CommuneReport, str]:
    """The report and its commune's path, if the caller reads it; `NotFound` otherwise."""
    row = (
        await session.execute(
            visible_commune_reports(principal).where(CommuneReport.id == report_id)
        )
    ).first()
    if row is None:
        raise NotFound("Không tìm thấy báo cáo của xã.")
    return row[0], row[1]


async def commune_report_detail(
    session: AsyncSession, report: CommuneReport
) -> CommuneReportDetail:
    history = await session.scalars(
        select(CommuneReportEvent)
        .where(CommuneReportEvent.report_id == report.id)
        .order_by(CommuneReportEvent.created_at, CommuneReportEvent.id)
    )
    return CommuneReportDetail(
        **CommuneReportRead.model_validate(report).model_dump(),
        history=[CommuneReportEventRead.model_validate(event) for event in history],
    )


def snapshot(report: CommuneReport) -> dict[str, Any]:
    kept = ("status", "title", "figures", "version")
    return {name: getattr(report, name) for name in kept}


async def record_step(
    session: AsyncSession,
    principal: Principal,
    report: CommuneReport,
    commune_path: str,
    action: str,
    before: dict[str, Any] | None,
    from_status: str | None,
    comment: str = "",
) -> None:
    """The report's history entry and its audit event, for a step that was just taken."""
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
        unit_path=commune_path,
        object_type="commune_report",
        object_id=report.id,
        before=before,
        after=snapshot(report),
        details={"comment": comment} if comment else None,
    )


async def _compile_parts(
    session: AsyncSession, period: ReportingPeriod
) -> tuple[str, str, dict[str, int], list[dict[str, Any]]]:
    """From the period's parts: the results (each accepted part's narratives, unit by unit),
    the difficulties they name, the figures' sums over accepted parts and every part's state."""
    rows = (
        await session.execute(
            select(UnitReport, Unit.name)
            .join(Unit, Unit.id == UnitReport.unit_id)
            .where(UnitReport.period_id == period.id)
            .order_by(Unit.name_sort_key, Unit.id)
        )
    ).all()
    accepted = [(part, name) for part, name in rows if part.status == UnitReportStatus.accepted]
    texts = (
        await session.execute(
            select(UnitReportNarrative.report_id, Task.title, UnitReportNarrative.text)
            .join(Task, Task.id == UnitReportNarrative.task_id)
            .where(UnitReportNarrative.report_id.in_([part.id for part, _ in accepted]))
            .order_by(Task.id)
        )
    ).all()
    results, difficulties = [], []
    for part, name in accepted:
        lines = [f"- {title}: {text}" for report_id, title, text in texts if report_id == part.id]
        results.append("\n".join([f"{name}:", *lines]))
        if part.difficulties:
            difficulties.append(f"{name}: {part.difficulties}")
    figures = {
        figure: sum(getattr(part, figure) or 0 for part, _ in accepted)
        for figure in (*ENTERED, *COUNTED)
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
    return "\n\n".join(results), "\n".join(difficulties), figures, states


async def compile_commune_report(
    session: AsyncSession, principal: Principal, period_id: int
) -> tuple[CommuneReport, bool]:
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
    await record_step(
        session, principal, report, plan.unit.path, "reports.commune.compile", before, from_status
    )
    return report, made


async def update_commune_report(
    session: AsyncSession,
    principal: Principal,
    report_id: int,
    data: CommuneReportUpdate,
    expected_version: int,
) -> CommuneReport:
    """The coordinator edits the text of a draft or returned report; 409 otherwise."""
    report, commune_path = await get_commune_report(session, principal, report_id)
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
    return report
