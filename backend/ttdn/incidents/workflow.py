"""Moving an incident along its workflow (`rules.TRANSITIONS`), escalating it to the superior
level and the superior's acknowledgement, deleting and restoring: each on the timeline with its
reason, and in the audit trail."""

from sqlalchemy.ext.asyncio import AsyncSession

from ttdn.core.authz import Principal, ensure_reaches
from ttdn.core.db import utcnow
from ttdn.core.errors import Conflict, Invalid
from ttdn.core.versioning import check_version
from ttdn.incidents.models import OPEN_STATUSES, EventKind, IncidentStatus
from ttdn.incidents.reading import find_incident
from ttdn.incidents.reporting import add_event, record_incident, snapshot
from ttdn.incidents.rules import CLOSE, STATUS_WORDS, TRANSITIONS, ensure_deals_with
from ttdn.incidents.schemas import Acknowledgement, Escalation, Transition


async def move(
    session: AsyncSession,
    principal: Principal,
    incident_id: int,
    data: Transition,
    expected_version: int,
) -> None:
    """Move an incident to `data.to`: 422 for a step the workflow does not have from its
    status, 403 for one the caller may not take."""
    incident, path, _ = await find_incident(session, principal, incident_id)
    check_version(incident.version, expected_version)
    current = IncidentStatus(incident.status)
    capability = TRANSITIONS.get((current, data.to))
    if capability is None:
        raise Invalid(
            f"Vụ việc đang «{STATUS_WORDS[current]}»: không chuyển sang "
            f"«{STATUS_WORDS[data.to]}» được.",
            loc=["body", "to"],
        )
    ensure_deals_with(principal, capability, incident.classification, path)
    before = snapshot(incident)
    incident.status = data.to.value
    add_event(
        session,
        principal,
        incident,
        EventKind.transition,
        reason=data.reason,
        from_status=current.value,
        to_status=data.to.value,
    )
    incident.updated_at = utcnow()
    await session.flush()
    await record_incident(session, principal, "incidents.transition", incident, path, before)


async def escalate(
    session: AsyncSession,
    principal: Principal,
    incident_id: int,
    data: Escalation,
    expected_version: int,
) -> None:
    """Report an open incident to the superior level, which then reads it: 409 once closed,
    dismissed or resolved, or escalated already."""
    incident, path, _ = await find_incident(session, principal, incident_id)
    ensure_deals_with(principal, CLOSE, incident.classification, path)
    check_version(incident.version, expected_version)
    if IncidentStatus(incident.status) not in OPEN_STATUSES:
        raise Conflict("Chỉ vụ việc đang xử lý mới báo cáo lên cấp trên.")
    if incident.escalated_at is not None:
        raise Conflict("Vụ việc đã được báo cáo lên cấp trên.")
    before = snapshot(incident)
    incident.escalated_at = utcnow()
    add_event(session, principal, incident, EventKind.escalated, reason=data.reason)
    await session.flush()
    await record_incident(session, principal, "incidents.escalate", incident, path, before)


async def acknowledge(
    session: AsyncSession,
    principal: Principal,
    incident_id: int,
    data: Acknowledgement,
    expected_version: int,
) -> None:
    """The superior level acknowledges an escalated incident; the commune sees it on the
    timeline. 409 when acknowledged already."""
    incident, path, _ = await find_incident(session, principal, incident_id)
    ensure_reaches(principal, "incidents:acknowledge", [path])
    check_version(incident.version, expected_version)
    if incident.escalated_at is None:
        raise Conflict("Vụ việc chưa được báo cáo lên cấp trên.")
    if incident.acknowledged_at is not None:
        raise Conflict("Cấp trên đã ghi nhận vụ việc này.")
    before = snapshot(incident)
    incident.acknowledged_at = utcnow()
    add_event(session, principal, incident, EventKind.acknowledged, reason=data.note)
    await session.flush()
    await record_incident(session, principal, "incidents.acknowledge", incident, path, before)


async def delete_incident(
    session: AsyncSession, principal: Principal, incident_id: int, expected_version: int
) -> None:
    """Soft-delete an incident reported by mistake (the leader or the security unit); an
    admin can undo it."""
    incident, path, _ = await find_incident(session, principal, incident_id)
    ensure_deals_with(principal, CLOSE, incident.classification, path)
    check_version(incident.version, expected_version)
    before = snapshot(incident)
    incident.deleted_at = utcnow()
    await session.flush()
    await record_incident(session, principal, "incidents.delete", incident, path, before)


async def restore_incident(session: AsyncSession, principal: Principal, incident_id: int) -> None:
    """Undo a deletion: an admin of the commune, or whoever may delete it (the leader, the
    security unit), of an incident they read."""
    incident, path, _ = await find_incident(session, principal, incident_id, deleted=True)
    if not principal.reaches("records:restore", path):
        ensure_deals_with(principal, CLOSE, incident.classification, path)
    before = snapshot(incident)
    incident.deleted_at = None
    await session.flush()
    await record_incident(session, principal, "incidents.restore", incident, path, before)
