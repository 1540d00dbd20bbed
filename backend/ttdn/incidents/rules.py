"""The incident workflow as a table: which status may follow which, and who may move it.

    new → verifying → confirmed → responding → resolved → closed
                    ↘ dismissed → closed          resolved → responding (reopened)

Those who deal with incidents (`incidents:handle`: coordinators, leaders, the security unit)
move them along; closing, reopening and escalating (`incidents:close`) are the leader's and the
security unit's.
"""

from dataclasses import dataclass

from ttdn.core.authz import Principal
from ttdn.core.errors import Forbidden
from ttdn.incidents.models import Classification, IncidentStatus

S = IncidentStatus
HANDLE, CLOSE = "incidents:handle", "incidents:close"
TRANSITIONS: dict[tuple[IncidentStatus, IncidentStatus], str] = {
    (S.new, S.verifying): HANDLE,
    (S.verifying, S.confirmed): HANDLE,
    (S.verifying, S.dismissed): HANDLE,
    (S.confirmed, S.responding): HANDLE,
    (S.responding, S.resolved): HANDLE,
    (S.resolved, S.closed): CLOSE,
    (S.dismissed, S.closed): CLOSE,
    (S.resolved, S.responding): CLOSE,  # reopened
}
STATUS_WORDS = {
    S.new: "mới tiếp nhận",
    S.verifying: "đang xác minh",
    S.confirmed: "xác định sai lệch",
    S.dismissed: "không sai lệch",
    S.responding: "đang xử lý",
    S.resolved: "đã xử lý",
    S.closed: "đã kết thúc",
}


def deals_with(principal: Principal, capability: str, classification: str, path: str) -> bool:
    """Whether the principal holds `capability` over the incident's commune, and, for a
    confidential incident, reads confidential ones there (having reported one is not enough
    to deal with it)."""
    confidential = classification == Classification.confidential
    return principal.reaches(capability, path) and (
        not confidential or principal.reaches("incidents:read_confidential", path)
    )


def ensure_deals_with(
    principal: Principal, capability: str, classification: str, path: str
) -> None:
    """403 unless `deals_with`."""
    if not deals_with(principal, capability, classification, path):
        raise Forbidden("Bạn không có quyền xử lý vụ việc này.")


@dataclass(frozen=True)
class Rights:
    """What the principal may do to the incidents of one commune and classification."""

    handle: bool  # move along, edit
    close: bool  # close, reopen, escalate, delete
    add_evidence: bool  # besides having reported it
    acknowledge: bool  # an escalation, as the superior

    def next_statuses(self, status: IncidentStatus) -> list[IncidentStatus]:
        """The statuses the principal may move such an incident to from `status`."""
        return [
            to
            for (start, to), capability in TRANSITIONS.items()
            if start == status and (self.handle if capability == HANDLE else self.close)
        ]


def rights(principal: Principal, classification: str, path: str) -> Rights:
    """What the principal may do to the incidents of commune `path` classified so."""
    return Rights(
        handle=deals_with(principal, HANDLE, classification, path),
        close=deals_with(principal, CLOSE, classification, path),
        add_evidence=principal.reaches(HANDLE, path),
        acknowledge=principal.reaches("incidents:acknowledge", path),
    )
