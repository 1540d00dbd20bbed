"""The commune's report on its way up: `draft → approved → sent → accepted | returned`, and a
returned report edited, approved and sent again. The leader approves (`reports:approve`), the
coordinator or the leader sends, the superior accepts or returns it with a comment
(`reports:review` over the commune). Each step in the report's history and the audit trail.
The first sending gives the report the commune's next report number of the year (`12/BC-UBND`);
a returned report sent again keeps it."""

from collections.abc import Collection

from sqlalchemy.ext.asyncio import AsyncSession

from ttdn.core.authz import Principal
from ttdn.core.clock import today_in_vietnam
from ttdn.core.counters import take_next
from ttdn.core.db import utcnow
from ttdn.core.errors import Conflict, Forbidden
from ttdn.core.versioning import check_version
from ttdn.reports.commune import CommuneReportRow, get_commune_report, record_step, snapshot
from ttdn.reports.models import COMPILABLE_STATUSES, CommuneReportCounter, CommuneReportStatus

S = CommuneReportStatus


async def _step(
    session: AsyncSession,
    principal: Principal,
    report_id: int,
    expected_version: int,
    *,
    capabilities: Collection[str],
    from_statuses: Collection[str],
    to_status: CommuneReportStatus,
    comment: str = "",
) -> CommuneReportRow:
    """Move the report: 404 unseen, 403 without one of `capabilities` over its commune, 412
    stale, 409 from a status the step does not start from."""
    row = await get_commune_report(session, principal, report_id)
    report = row.report
    if not any(principal.reaches(capability, row.commune_path) for capability in capabilities):
        raise Forbidden("Bạn không có quyền thực hiện thao tác này với báo cáo của xã.")
    check_version(report.version, expected_version)
    if report.status not in from_statuses:
        raise Conflict(f"Báo cáo của xã đang ở trạng thái {report.status}, không thể chuyển.")
    before, from_status = snapshot(report), report.status
    report.status = to_status
    if to_status is S.sent:
        report.sent_at = utcnow()
        if report.number is None:
            year = today_in_vietnam().year
            report.number = await take_next(session, CommuneReportCounter, row.commune_id, year)
    await session.flush()
    action = f"reports.commune.{to_status}"
    await record_step(session, principal, row, action, before, from_status, comment)
    return row


async def approve(
    session: AsyncSession, principal: Principal, report_id: int, version: int, comment: str = ""
) -> CommuneReportRow:
    """The leader approves a compiled (or returned and corrected) report."""
    return await _step(
        session,
        principal,
        report_id,
        version,
        capabilities=["reports:approve"],
        from_statuses=COMPILABLE_STATUSES,
        to_status=S.approved,
        comment=comment,
    )


async def send(
    session: AsyncSession, principal: Principal, report_id: int, version: int
) -> CommuneReportRow:
    """The approved report goes to the superior."""
    return await _step(
        session,
        principal,
        report_id,
        version,
        capabilities=["reports:manage", "reports:approve"],
        from_statuses=[S.approved],
        to_status=S.sent,
    )


async def accept(
    session: AsyncSession, principal: Principal, report_id: int, version: int, comment: str = ""
) -> CommuneReportRow:
    """The superior accepts the report sent to it."""
    return await _step(
        session,
        principal,
        report_id,
        version,
        capabilities=["reports:review"],
        from_statuses=[S.sent],
        to_status=S.accepted,
        comment=comment,
    )


async def return_to_commune(
    session: AsyncSession, principal: Principal, report_id: int, version: int, comment: str
) -> CommuneReportRow:
    """The superior returns the report sent to it, saying what to correct."""
    return await _step(
        session,
        principal,
        report_id,
        version,
        capabilities=["reports:review"],
        from_statuses=[S.sent],
        to_status=S.returned,
        comment=comment,
    )
