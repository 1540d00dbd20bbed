"""Units' parts of a period's report: read within `reports:read` (a member, an area leader: its
own unit's part; another unit's part does not exist for it), filled by the unit itself
(`reports:fill`, one's own unit only) while a draft or returned."""

from dataclasses import dataclass
from typing import Any, NamedTuple, cast

from sqlalchemy import Select, delete, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import aliased

from ttdn.audit.service import record
from ttdn.core.authz import Principal, ensure_reaches, visible
from ttdn.core.db import utcnow
from ttdn.core.errors import Conflict, Invalid, NotFound
from ttdn.core.pagination import Fetched, Listing, ListParams, fetch_page
from ttdn.core.versioning import check_version
from ttdn.plans.models import Plan
from ttdn.reports.figures import INCIDENTS_HANDLED, PRESS_INTERACTIONS, narratives, unit_tasks
from ttdn.reports.models import (
    EDITABLE_STATUSES,
    ReportingPeriod,
    UnitReport,
    UnitReportEvent,
    UnitReportNarrative,
    UnitReportStatus,
)
from ttdn.reports.schemas import (
    CountedFigures,
    EnteredFigures,
    NarrativeRead,
    UnitReportDetail,
    UnitReportEventRead,
    UnitReportRead,
    UnitReportUpdate,
)
from ttdn.units.models import Unit

Commune = aliased(Unit, name="commune")
ENTERED = ("news_items_aired", "website_posts", "events_held", "people_trained", "budget_spent")

REPORT_LISTING = Listing(
    sortable={
        "internal_due_on": ReportingPeriod.internal_due_on,
        "due_on": ReportingPeriod.due_on,
        "unit": Unit.name_sort_key,
        "status": UnitReport.status,
        "submitted_at": UnitReport.submitted_at,
        "updated_at": UnitReport.updated_at,
    },
    default_sort=["internal_due_on", "unit"],
    tiebreaker=UnitReport.id,
    search_column=Unit.search_text,
    updated_column=UnitReport.updated_at,
)


@dataclass(frozen=True)
class ReportFilters:
    period_id: int | None = None
    unit_id: int | None = None
    status: UnitReportStatus | None = None
    plan_id: int | None = None


class ReportRow(NamedTuple):
    """A part with what its answers and checks need, read in one statement."""

    report: UnitReport
    period: ReportingPeriod
    unit_name: str
    unit_path: str
    commune_path: str
    press_interactions: int
    incidents_handled: int


def visible_reports(principal: Principal) -> Select[Any]:
    """Parts (of periods of plans not deleted) whose unit lies within the caller's
    `reports:read` reach, each as a `ReportRow`."""
    statement = (
        select(
            UnitReport,
            ReportingPeriod,
            Unit.name,
            Unit.path,
            Commune.path,
            PRESS_INTERACTIONS,
            INCIDENTS_HANDLED,
        )
        .join(ReportingPeriod, ReportingPeriod.id == UnitReport.period_id)
        .join(Plan, Plan.id == ReportingPeriod.plan_id)
        .join(Commune, Commune.id == Plan.unit_id)
        .join(Unit, Unit.id == UnitReport.unit_id)
        .where(Plan.deleted_at.is_(None), visible(principal, "reports:read", Unit.path))
    )
    return cast("Select[Any]", statement)


def report_read(principal: Principal, row: ReportRow) -> UnitReportRead:
    report, period = row.report, row.period
    first = report.first_submitted_on
    status = UnitReportStatus(report.status)
    return UnitReportRead(
        id=report.id,
        period_id=period.id,
        plan_id=period.plan_id,
        period_label=period.label,
        unit_id=report.unit_id,
        unit_name=row.unit_name,
        status=status,
        internal_due_on=period.internal_due_on,
        first_submitted_on=first,
        submitted_at=report.submitted_at,
        on_time=None if first is None else first <= period.internal_due_on,
        entered=EnteredFigures(**{name: getattr(report, name) for name in ENTERED}),
        counted=CountedFigures(
            press_interactions=row.press_interactions, incidents_handled=row.incidents_handled
        ),
        may_fill=status in EDITABLE_STATUSES and principal.reaches("reports:fill", row.unit_path),
        may_review=status is UnitReportStatus.submitted
        and principal.reaches("reports:manage", row.commune_path),
        version=report.version,
        updated_at=report.updated_at,
    )


async def list_reports(
    session: AsyncSession, principal: Principal, params: ListParams, filters: ReportFilters
) -> tuple[list[UnitReportRead], Fetched]:
    """Visible parts with their counted figures, earliest due first, in one statement."""
    statement = visible_reports(principal)
    if filters.period_id is not None:
        statement = statement.where(UnitReport.period_id == filters.period_id)
    if filters.unit_id is not None:
        statement = statement.where(UnitReport.unit_id == filters.unit_id)
    if filters.status is not None:
        statement = statement.where(UnitReport.status == filters.status)
    if filters.plan_id is not None:
        statement = statement.where(ReportingPeriod.plan_id == filters.plan_id)
    fetched = await fetch_page(session, statement, params, REPORT_LISTING)
    return [report_read(principal, ReportRow(*row)) for row in fetched.items], fetched


async def get_report_row(session: AsyncSession, principal: Principal, report_id: int) -> ReportRow:
    """The part if the caller reads it; `NotFound` otherwise (whether or not it exists)."""
    row = (
        await session.execute(visible_reports(principal).where(UnitReport.id == report_id))
    ).first()
    if row is None:
        raise NotFound("Không tìm thấy báo cáo của đơn vị.")
    return ReportRow(*row)


async def report_detail(
    session: AsyncSession, principal: Principal, row: ReportRow
) -> UnitReportDetail:
    """The part with its narratives (prefilled where unwritten) and its history."""
    history = await session.scalars(
        select(UnitReportEvent)
        .where(UnitReportEvent.report_id == row.report.id)
        .order_by(UnitReportEvent.created_at, UnitReportEvent.id)
    )
    texts = await narratives(session, row.report, row.period)
    return UnitReportDetail(
        **report_read(principal, row).model_dump(),
        difficulties=row.report.difficulties,
        proposals=row.report.proposals,
        narratives=[NarrativeRead(**vars(narrative)) for narrative in texts],
        history=[UnitReportEventRead.model_validate(event) for event in history],
    )


async def read_report(
    session: AsyncSession, principal: Principal, report_id: int
) -> UnitReportDetail:
    row = await get_report_row(session, principal, report_id)
    return await report_detail(session, principal, row)


def snapshot(report: UnitReport) -> dict[str, Any]:
    """What the audit trail keeps of a part."""
    kept = ("status", *ENTERED, "press_interactions", "incidents_handled", "version")
    return {name: getattr(report, name) for name in kept}


async def record_report(
    session: AsyncSession,
    principal: Principal,
    action: str,
    row: ReportRow,
    before: dict[str, Any],
    details: dict[str, Any] | None = None,
) -> None:
    """One audit event about a part, filed under its unit."""
    await record(
        session,
        action,
        actor=principal,
        unit_path=row.unit_path,
        object_type="unit_report",
        object_id=row.report.id,
        before=before,
        after=snapshot(row.report),
        details=details,
    )


async def filled_report(
    session: AsyncSession, principal: Principal, report_id: int, expected_version: int
) -> ReportRow:
    """The part for its own unit to change: 404 unseen, 403 another unit's, 412 stale, 409
    once submitted or accepted."""
    row = await get_report_row(session, principal, report_id)
    ensure_reaches(principal, "reports:fill", [row.unit_path])
    check_version(row.report.version, expected_version)
    if row.report.status not in EDITABLE_STATUSES:
        raise Conflict("Báo cáo đã nộp; chỉ sửa được khi còn là dự thảo hoặc bị trả lại.")
    return row


async def _set_narratives(session: AsyncSession, row: ReportRow, data: UnitReportUpdate) -> None:
    """Keep the texts given (an empty one: back to the progress reports); 422 for a task the
    unit does not lead in the plan."""
    if data.narratives is None:
        return
    own = {task.id for task in await unit_tasks(session, row.period.plan_id, row.report.unit_id)}
    for index, given in enumerate(data.narratives):
        if given.task_id not in own:
            raise Invalid(
                "Nhiệm vụ này không do đơn vị chủ trì trong kế hoạch.",
                loc=["body", "narratives", index, "task_id"],
            )
    given_ids = [given.task_id for given in data.narratives]
    await session.execute(
        delete(UnitReportNarrative).where(
            UnitReportNarrative.report_id == row.report.id,
            UnitReportNarrative.task_id.in_(given_ids),
        )
    )
    session.add_all(
        UnitReportNarrative(report_id=row.report.id, task_id=given.task_id, text=given.text)
        for given in data.narratives
        if given.text
    )


async def update_report(
    session: AsyncSession,
    principal: Principal,
    report_id: int,
    data: UnitReportUpdate,
    expected_version: int,
) -> ReportRow:
    """Fill in a part's figures, texts and narratives (`filled_report`'s refusals apply)."""
    row = await filled_report(session, principal, report_id, expected_version)
    report = row.report
    before = snapshot(report)
    changes = data.model_dump(exclude_unset=True, exclude={"narratives"})
    for name, value in changes.items():
        if name in ENTERED or value is not None:
            setattr(report, name, value)
    await _set_narratives(session, row, data)
    report.updated_at = utcnow()  # a change of narratives alone is a new version too
    await session.flush()
    await record_report(session, principal, "reports.units.update", row, before)
    return await get_report_row(session, principal, report_id)
