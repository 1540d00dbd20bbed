"""A commune's dashboard for one plan: task status by unit, each unit's punctuality, incidents
and press work by month, and the reports still due. Each number comes from the service that owns
it, scoped to the caller as that service scopes it (an area leader sees its area's; the
coordinator the commune's)."""

from collections import Counter, defaultdict
from datetime import date

from sqlalchemy.ext.asyncio import AsyncSession

from ttdn.core.authz import Principal
from ttdn.core.clock import today_in_vietnam
from ttdn.core.errors import NotFound
from ttdn.dashboards.schemas import MISSING, CommuneDashboard, ReportDue
from ttdn.incidents.reading import summarise
from ttdn.media.summary import by_month
from ttdn.plans.models import Plan
from ttdn.plans.reading import get_plan, plan_in_force
from ttdn.reports.commune import visible_commune_reports
from ttdn.reports.models import (
    CommuneReport,
    CommuneReportStatus,
    PeriodKind,
    ReportingPeriod,
    UnitReport,
)
from ttdn.reports.parts import responsible_unit_paths
from ttdn.reports.periods import visible_periods
from ttdn.reports.timeliness import timeliness_from
from ttdn.reports.unit_reports import visible_reports
from ttdn.tasks.reading import status_counts

# A commune report with the superior (or taken by it): no longer late.
HANDED_IN = frozenset({CommuneReportStatus.sent, CommuneReportStatus.accepted})


async def _plan(session: AsyncSession, principal: Principal, plan_id: int | None) -> Plan:
    """The plan asked for (404 unseen), or the caller's commune's plan in force (404 without)."""
    if plan_id is not None:
        return await get_plan(session, principal, plan_id)
    plan = await plan_in_force(session, principal)
    if plan is None:
        raise NotFound("Xã của bạn chưa có kế hoạch đang thực hiện; hãy chọn kế hoạch (plan_id).")
    return plan


async def commune_dashboard(
    session: AsyncSession, principal: Principal, plan_id: int | None = None
) -> CommuneDashboard:
    """The dashboard of `plan_id` (or of the plan in force), in nine statements whatever the
    data: the plan, the tasks' counts, the parts' punctuality, incidents, press work, and the
    periods, commune reports, parts and responsible units of the reports due."""
    plan = await _plan(session, principal, plan_id)
    counts = await status_counts(session, principal, plan.id)
    return CommuneDashboard(
        plan_id=plan.id,
        plan_title=plan.title,
        commune_id=plan.unit_id,
        commune_name=plan.unit.name,
        task_statuses=counts,
        timeliness=await timeliness_from(session, principal, plan.id, counts),
        incidents_by_month=(
            await summarise(session, principal, plan.year, commune_id=plan.unit_id)
        ).by_month,
        press_by_month=await by_month(session, principal, plan.year, plan.unit.path),
        reports_due=await reports_due(session, principal, plan.id),
    )


async def reports_due(session: AsyncSession, principal: Principal, plan_id: int) -> list[ReportDue]:
    """The plan's periods whose commune report is not yet accepted (as far as the caller reads
    it), earliest due first, with the parts the caller reads counted by status and the units
    within its reach that report in the period without a part yet (`missing`): four
    statements."""
    periods = (
        await session.execute(
            visible_periods(principal)
            .with_only_columns(
                ReportingPeriod.id,
                ReportingPeriod.label,
                ReportingPeriod.kind,
                ReportingPeriod.due_on,
                ReportingPeriod.internal_due_on,
                ReportingPeriod.reporting_unit_id,
            )
            .where(ReportingPeriod.plan_id == plan_id)
            .order_by(ReportingPeriod.due_on, ReportingPeriod.id)
        )
    ).all()
    compiled: dict[int, tuple[int | None, CommuneReportStatus | None]] = {
        period_id: (report_id, CommuneReportStatus(status))
        for period_id, report_id, status in await session.execute(
            visible_commune_reports(principal)
            .with_only_columns(CommuneReport.period_id, CommuneReport.id, CommuneReport.status)
            .where(ReportingPeriod.plan_id == plan_id)
        )
    }
    parts: dict[int, Counter[str]] = defaultdict(Counter)
    with_part: dict[int, set[int]] = defaultdict(set)
    for period_id, unit_id, part_status in await session.execute(
        visible_reports(principal)
        .with_only_columns(UnitReport.period_id, UnitReport.unit_id, UnitReport.status)
        .where(ReportingPeriod.plan_id == plan_id)
    ):
        parts[period_id][part_status] += 1
        with_part[period_id].add(unit_id)
    responsible = {
        unit_id
        for unit_id, path in (await responsible_unit_paths(session, plan_id)).items()
        if principal.reaches("reports:read", path)
    }
    today = today_in_vietnam()
    due = []
    for period_id, label, kind, due_on, internal_due_on, reporting_unit_id in periods:
        report_id, status = compiled.get(period_id, (None, None))
        if status is CommuneReportStatus.accepted:
            continue
        reporting = responsible if reporting_unit_id is None else {reporting_unit_id}
        missing = len(reporting & responsible - with_part[period_id])
        due.append(
            ReportDue(
                period_id=period_id,
                label=label,
                kind=PeriodKind(kind),
                due_on=due_on,
                internal_due_on=internal_due_on,
                parts={**parts[period_id], MISSING: missing},
                commune_report_id=report_id,
                commune_report_status=status,
                late=_late(due_on, status, today),
            )
        )
    return due


def _late(due_on: date, status: CommuneReportStatus | None, today: date) -> bool:
    return due_on < today and status not in HANDED_IN
