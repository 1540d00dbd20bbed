"""What the commune did against an incident: a rebuttal, a broadcast, a meeting, a request to
the platform… by whoever deals with it, on the timeline; one linked to a task of the plan
counts as progress on it."""

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from ttdn.audit.service import record
from ttdn.core.authz import Principal
from ttdn.core.clock import today_in_vietnam
from ttdn.core.errors import Invalid
from ttdn.incidents.models import ActionKind, EventKind, IncidentAction, IncidentEvidence
from ttdn.incidents.reading import find_incident
from ttdn.incidents.reporting import add_event
from ttdn.incidents.rules import ensure_deals_with
from ttdn.incidents.schemas import ActionCreate, ActionRead
from ttdn.tasks.linked import count_as_progress
from ttdn.units.models import Unit

HANDLE = "incidents:handle"
# The figure a task's progress report counts actions against false information under.
ACTION_FIGURE = "Biện pháp xử lý thông tin sai lệch"
ACTION_WORDS = {
    ActionKind.rebuttal_post: "Đăng bài phản bác",
    ActionKind.radio_broadcast: "Phát trên đài truyền thanh",
    ActionKind.meeting: "Gặp gỡ, vận động, thuyết phục",
    ActionKind.takedown_request: "Đề nghị nền tảng gỡ bỏ",
    ActionKind.police_report: "Chuyển cơ quan công an",
    ActionKind.superior_report: "Báo cáo cấp trên",
    ActionKind.sanction_proposal: "Đề nghị xử phạt hành chính",
    ActionKind.monitoring: "Theo dõi",
}


async def _acting_unit(
    session: AsyncSession, principal: Principal, unit_id: int | None, path: str
) -> Unit:
    """The unit that took the action: the one named, within the incident's commune and the
    caller's reach; by default the caller's own."""
    if unit_id is None:
        unit_id = next(g.unit_id for g in principal.grants if HANDLE in g.capabilities)
    unit = await session.scalar(select(Unit).where(Unit.id == unit_id, Unit.deleted_at.is_(None)))
    if unit is None or not unit.path.startswith(path) or not principal.reaches(HANDLE, unit.path):
        raise Invalid("Hãy chọn một đơn vị của xã có vụ việc.", loc=["body", "unit_id"])
    return unit


async def add_action(
    session: AsyncSession, principal: Principal, incident_id: int, data: ActionCreate
) -> IncidentAction:
    """Record an action on an incident: 403 for those who do not deal with it, 422 for a date
    in the future, a unit outside the commune, evidence of another incident or a task the unit
    does not report on."""
    incident, path, _ = await find_incident(session, principal, incident_id)
    ensure_deals_with(principal, HANDLE, incident.classification, path)
    if data.taken_on > today_in_vietnam():
        raise Invalid("Ngày thực hiện không thể sau hôm nay.", loc=["body", "taken_on"])
    unit = await _acting_unit(session, principal, data.unit_id, path)
    if data.evidence_id is not None:
        found = await session.scalar(
            select(IncidentEvidence.id).where(
                IncidentEvidence.id == data.evidence_id,
                IncidentEvidence.incident_id == incident.id,
                IncidentEvidence.removed_at.is_(None),
            )
        )
        if found is None:
            raise Invalid("Không tìm thấy tài liệu này của vụ việc.", loc=["body", "evidence_id"])
    action = IncidentAction(
        incident_id=incident.id,
        unit_id=unit.id,
        author_user_id=principal.user_id,
        author_name=principal.full_name or principal.username,
        **data.model_dump(exclude={"unit_id"}),
    )
    session.add(action)
    await session.flush()
    words = ACTION_WORDS[data.kind]
    if data.task_id is not None:
        done = f"{words} ngày {data.taken_on:%d/%m/%Y} (vụ việc {incident.code})"
        text = f"{done}: {data.result}" if data.result else done
        action.task_update_id = await count_as_progress(
            session, principal, data.task_id, unit.id, text, ACTION_FIGURE
        )
    add_event(
        session,
        principal,
        incident,
        EventKind.action,
        reason=data.result,
        details={"action_id": action.id, "kind": data.kind.value, "words": words},
    )
    await session.flush()
    await record(
        session,
        "incidents.actions.create",
        actor=principal,
        unit_path=path,
        object_type="incident_action",
        object_id=action.id,
        after=ActionRead.model_validate(action).model_dump(mode="json"),
        details={"incident_id": incident.id},
    )
    return action


async def list_actions(
    session: AsyncSession, principal: Principal, incident_id: int
) -> list[ActionRead]:
    incident, _, _ = await find_incident(session, principal, incident_id)
    rows = await session.scalars(
        select(IncidentAction)
        .where(IncidentAction.incident_id == incident.id)
        .order_by(IncidentAction.taken_on, IncidentAction.id)
    )
    return [ActionRead.model_validate(action) for action in rows]
