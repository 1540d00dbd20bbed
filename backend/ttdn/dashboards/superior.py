"""The superior's dashboard: every commune below it, for one kind of report in one year: which
communes sent theirs, which were returned or accepted, which are late, with their tasks and the
incidents escalated to it. A fixed handful of statements, not one per commune: a province has
about 150 of them."""

from datetime import date, datetime
from typing import Any, NamedTuple

from sqlalchemy.ext.asyncio import AsyncSession

from ttdn.core.authz import Principal
from ttdn.core.clock import VIETNAM, today_in_vietnam
from ttdn.dashboards.schemas import (
    CommuneRow,
    SuperiorDashboard,
    SuperiorReportStatus,
    SuperiorTotals,
)
from ttdn.incidents.reading import escalated_open_by_commune
from ttdn.plans.models import Plan, PlanStatus
from ttdn.plans.reading import plans_of_year
from ttdn.reports.commune import visible_commune_reports
from ttdn.reports.models import CommuneReport, PeriodKind, ReportingPeriod
from ttdn.reports.periods import visible_periods
from ttdn.tasks.reading import PlanProgress, progress_by_plan
from ttdn.units.service import communes_reached

REVIEWING = "reports:review"
NO_TASKS = PlanProgress(total=0, done=0, overdue=0)
# With the superior: sent and not returned.
HANDED_IN = frozenset({SuperiorReportStatus.sent, SuperiorReportStatus.accepted})


class Period(NamedTuple):
    id: int
    plan_id: int
    year: int
    kind: str
    label: str
    due_on: date
    reporting_unit_id: int | None  # one unit's report (the police's quarters), else the commune's


async def superior_dashboard(
    session: AsyncSession,
    principal: Principal,
    year: int | None = None,
    kind: PeriodKind | None = None,
) -> SuperiorDashboard:
    """One row per commune within the caller's `reports:review` reach, by name, for the period of
    `kind` in `year` (by default those of the period most recently due among its communes), in
    six statements: the communes, the periods, the plans of the year, the commune reports, the
    tasks' counts and the escalated incidents."""
    communes = await communes_reached(session, principal, REVIEWING)
    periods = await _periods(session, principal)
    today = today_in_vietnam()
    chosen = _default(periods, today)
    year = year if year is not None else chosen[0]
    kind = kind if kind is not None else chosen[1]
    plans = await plans_of_year(session, principal, year)
    of_plan: dict[int, list[Period]] = {}
    for each in periods:
        if each.year == year and each.kind == kind:
            of_plan.setdefault(each.plan_id, []).append(each)
    reports = await _reports(session, principal, year, kind)
    tasks = await progress_by_plan(session, principal, [plan_id for plan_id, _ in plans.values()])
    escalated = await escalated_open_by_commune(session, principal)
    rows = []
    for commune_id, commune_name, _path in communes:
        plan_id, plan_title = plans.get(commune_id, (None, None))
        period = _period_shown(of_plan.get(plan_id or 0, []), today)
        report = reports.get(period.id) if period else None
        progress = tasks.get(plan_id or 0, NO_TASKS)
        status = SuperiorReportStatus(report[1]) if report else SuperiorReportStatus.not_sent
        sent_at = report[2] if report else None
        rows.append(
            CommuneRow(
                commune_id=commune_id,
                commune_name=commune_name,
                plan_id=plan_id,
                plan_title=plan_title,
                period_id=period.id if period else None,
                label=period.label if period else None,
                due_on=period.due_on if period else None,
                report_id=report[0] if report else None,
                report_status=status,
                sent_at=sent_at,
                late=period is not None and _late(period.due_on, status, sent_at, today),
                tasks_total=progress.total,
                tasks_done=progress.done,
                tasks_overdue=progress.overdue,
                incidents_escalated_open=escalated.get(commune_id, 0),
            )
        )
    return SuperiorDashboard(
        year=year,
        kind=kind,
        years=sorted({period.year for period in periods} | {year}),
        kinds=[k for k in PeriodKind if k == kind or any(p.kind == k for p in periods)],
        communes=rows,
        totals=_totals(rows),
    )


async def _periods(session: AsyncSession, principal: Principal) -> list[Period]:
    """Every period of the plans (issued or closed) the caller reads."""
    statement = visible_periods(principal).with_only_columns(
        ReportingPeriod.id,
        ReportingPeriod.plan_id,
        Plan.year,
        ReportingPeriod.kind,
        ReportingPeriod.label,
        ReportingPeriod.due_on,
        ReportingPeriod.reporting_unit_id,
    )
    statement = statement.where(Plan.status != PlanStatus.draft.value)
    return [Period(*row) for row in await session.execute(statement)]


def _default(periods: list[Period], today: date) -> tuple[int, PeriodKind]:
    """The year and kind of the commune-wide period most recently due (the next one due when
    none is yet; this year's yearly report when there is no period at all): one unit's own
    report, the police's quarter, is not what a superior asks of the communes first."""
    periods = [period for period in periods if period.reporting_unit_id is None] or periods
    past = [period for period in periods if period.due_on <= today]
    if past:
        latest = max(past, key=lambda period: (period.due_on, period.id))
    elif periods:
        latest = min(periods, key=lambda period: (period.due_on, period.id))
    else:
        return today.year, PeriodKind.yearly
    return latest.year, PeriodKind(latest.kind)


def _period_shown(periods: list[Period], today: date) -> Period | None:
    """Of a plan's periods of one kind in a year, the one most recently due, or the next one."""
    past = [period for period in periods if period.due_on <= today]
    if past:
        return max(past, key=lambda period: (period.due_on, period.id))
    return min(periods, key=lambda period: (period.due_on, period.id), default=None)


async def _reports(
    session: AsyncSession, principal: Principal, year: int, kind: PeriodKind
) -> dict[int, tuple[int, str, datetime | None]]:
    """The commune reports of the year's periods of `kind` that the caller reads, by period:
    (id, status, sent at)."""
    statement = visible_commune_reports(principal).with_only_columns(
        CommuneReport.period_id, CommuneReport.id, CommuneReport.status, CommuneReport.sent_at
    )
    statement = statement.where(Plan.year == year, ReportingPeriod.kind == kind.value)
    found: dict[int, tuple[int, str, datetime | None]] = {}
    for period_id, report_id, status, sent_at in await session.execute(statement):
        if status in SuperiorReportStatus.__members__:
            found[period_id] = (report_id, status, sent_at)
    return found


def _late(
    due_on: date, status: SuperiorReportStatus, sent_at: datetime | None, today: date
) -> bool:
    """Past due and not with the superior (never sent, or returned), or sent after it was due."""
    if sent_at is not None and sent_at.astimezone(VIETNAM).date() > due_on:
        return True
    return due_on < today and status not in HANDED_IN


def _totals(rows: list[CommuneRow]) -> SuperiorTotals:
    def count(status: SuperiorReportStatus) -> int:
        return sum(row.report_status is status for row in rows)

    def total(name: str) -> int:
        value: Any = sum(getattr(row, name) for row in rows)
        return int(value)

    return SuperiorTotals(
        communes=len(rows),
        sent=count(SuperiorReportStatus.sent),
        accepted=count(SuperiorReportStatus.accepted),
        returned=count(SuperiorReportStatus.returned),
        not_sent=count(SuperiorReportStatus.not_sent),
        late=sum(row.late for row in rows),
        tasks_total=total("tasks_total"),
        tasks_done=total("tasks_done"),
        tasks_overdue=total("tasks_overdue"),
        incidents_escalated_open=total("incidents_escalated_open"),
    )
