"""The commune's report on its way up: `draft → approved → sent → accepted | returned`, and a
returned report edited, approved and sent again. The leader approves (`reports:approve`), the
coordinator or the leader sends, the superior accepts or returns it with a comment
(`reports:review` over the commune). Each step in the report's history and the audit trail.
The first sending gives the report the commune's next report number of the year (`12/BC-UBND`);
a returned report sent again keeps it."""

from dataclasses import dataclass

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


@dataclass(frozen=True)
class Step:
    """A step of the report: who takes it (any of `capabilities` over the commune), from which
    statuses, to which."""

    capabilities: tuple[str, ...]
    from_statuses: frozenset[str]
    to_status: CommuneReportStatus


# The leader approves a compiled (or returned and corrected) report; the approved report goes
# to the superior; the superior accepts it, or returns it saying what to correct.
APPROVE = Step(("reports:approve",), COMPILABLE_STATUSES, S.approved)
SEND = Step(("reports:manage", "reports:approve"), frozenset({S.approved}), S.sent)
ACCEPT = Step(("reports:review",), frozenset({S.sent}), S.accepted)
RETURN = Step(("reports:review",), frozenset({S.sent}), S.returned)
STATUS_WORDS = {
    S.draft: "dự thảo",
    S.approved: "đã duyệt",
    S.sent: "đã gửi cấp trên",
    S.accepted: "cấp trên đã tiếp nhận",
    S.returned: "cấp trên trả lại",
}


async def take(
    session: AsyncSession,
    principal: Principal,
    step: Step,
    report_id: int,
    expected_version: int,
    comment: str = "",
) -> CommuneReportRow:
    """Move the report: 404 unseen, 403 without one of the step's capabilities over its commune,
    412 stale, 409 from a status the step does not start from."""
    row = await get_commune_report(session, principal, report_id)
    report = row.report
    if not any(principal.reaches(capability, row.commune_path) for capability in step.capabilities):
        raise Forbidden("Bạn không có quyền thực hiện thao tác này với báo cáo của xã.")
    check_version(report.version, expected_version)
    if report.status not in step.from_statuses:
        raise Conflict(
            f"Báo cáo của xã đang ở trạng thái «{STATUS_WORDS[S(report.status)]}», "
            "không thể chuyển."
        )
    before, from_status = snapshot(report), report.status
    report.status = step.to_status
    if step.to_status is S.sent:
        report.sent_at = utcnow()
        if report.number is None:
            year = today_in_vietnam().year
            report.number = await take_next(session, CommuneReportCounter, row.commune_id, year)
    await session.flush()
    action = f"reports.commune.{step.to_status}"
    await record_step(session, principal, row, action, before, from_status, comment)
    return row
