"""A unit's part through its review: `draft → submitted → accepted | returned`, and a returned
part submitted again. The unit submits its own part (`reports:fill`); the commune's coordinator
accepts it or returns it with a comment (`reports:manage` over the plan's issuing unit). Each
step is kept in the part's history (who, when, the comment) and in the audit trail."""

from sqlalchemy.ext.asyncio import AsyncSession

from ttdn.core.authz import Principal, ensure_reaches
from ttdn.core.clock import today_in_vietnam
from ttdn.core.db import utcnow
from ttdn.core.errors import Conflict
from ttdn.core.versioning import check_version
from ttdn.reports.figures import count_now, narratives
from ttdn.reports.models import UnitReportEvent, UnitReportNarrative, UnitReportStatus
from ttdn.reports.unit_reports import (
    ReportRow,
    filled_report,
    get_report_row,
    record_report,
    snapshot,
)


async def _step(
    session: AsyncSession,
    principal: Principal,
    row: ReportRow,
    to_status: UnitReportStatus,
    comment: str = "",
) -> ReportRow:
    """Move the part to `to_status`, with its history entry and its audit event."""
    report = row.report
    before = snapshot(report)
    session.add(
        UnitReportEvent(
            report_id=report.id,
            from_status=report.status,
            to_status=to_status,
            comment=comment,
            actor_user_id=principal.user_id,
            actor_name=principal.full_name or principal.username,
        )
    )
    report.status = to_status
    await session.flush()
    await record_report(
        session,
        principal,
        f"reports.units.{to_status}",
        row,
        before,
        details={"comment": comment} if comment else None,
    )
    return await get_report_row(session, principal, report.id)


async def submit_report(
    session: AsyncSession, principal: Principal, report_id: int, expected_version: int
) -> ReportRow:
    """The unit sends its part: the counted figures and the narratives drawn from progress are
    kept as they stand now. The first submission's date decides whether it came on time."""
    row = await filled_report(session, principal, report_id, expected_version)
    report = row.report
    report.press_interactions, report.incidents_handled = await count_now(session, report)
    for narrative in await narratives(session, report, row.period):
        if narrative.prefilled and narrative.text:
            session.add(
                UnitReportNarrative(
                    report_id=report.id, task_id=narrative.task_id, text=narrative.text
                )
            )
    report.first_submitted_on = report.first_submitted_on or today_in_vietnam()
    report.submitted_at = utcnow()
    return await _step(session, principal, row, UnitReportStatus.submitted)


async def _reviewed_report(
    session: AsyncSession, principal: Principal, report_id: int, expected_version: int
) -> ReportRow:
    """A submitted part for the commune's coordinator: 404 unseen, 403 without
    `reports:manage` over the commune, 412 stale, 409 unless submitted."""
    row = await get_report_row(session, principal, report_id)
    ensure_reaches(principal, "reports:manage", [row.commune_path])
    check_version(row.report.version, expected_version)
    if row.report.status != UnitReportStatus.submitted:
        raise Conflict("Chỉ duyệt hoặc trả lại được báo cáo đã nộp và chưa xử lý.")
    return row


async def accept_report(
    session: AsyncSession,
    principal: Principal,
    report_id: int,
    expected_version: int,
    comment: str = "",
) -> ReportRow:
    """The coordinator takes the submitted part into the commune's report."""
    row = await _reviewed_report(session, principal, report_id, expected_version)
    return await _step(session, principal, row, UnitReportStatus.accepted, comment)


async def return_report(
    session: AsyncSession,
    principal: Principal,
    report_id: int,
    expected_version: int,
    comment: str,
) -> ReportRow:
    """The coordinator sends the part back with what to correct; its counted figures follow
    the records again until it is submitted anew."""
    row = await _reviewed_report(session, principal, report_id, expected_version)
    row.report.press_interactions = row.report.incidents_handled = None
    return await _step(session, principal, row, UnitReportStatus.returned, comment)
