"""The incident workflow as a table: which status may follow which, and who may move it.

    new → verifying → confirmed → responding → resolved → closed
                    ↘ dismissed → closed          resolved → responding (reopened)

Those who deal with incidents (`incidents:handle`: coordinators, leaders, the security unit)
move them along; closing, reopening and escalating (`incidents:close`) are the leader's and the
security unit's.
"""

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


def next_statuses(
    principal: Principal, status: IncidentStatus, classification: str, path: str
) -> list[IncidentStatus]:
    """The statuses the principal may move an incident of commune `path` to from `status`."""
    return [
        to
        for (start, to), capability in TRANSITIONS.items()
        if start == status and deals_with(principal, capability, classification, path)
    ]
