"""Logging and correcting interactions with the press: by whoever keeps press records over the
unit that carried the interaction out. A press report starts its follow-up as received; an
interaction linked to a task of the plan counts as progress on it (`tasks.linked`)."""

from datetime import date, timedelta

from sqlalchemy import delete, select
from sqlalchemy.ext.asyncio import AsyncSession

from ttdn.core.authz import Principal, ensure_reaches, visible
from ttdn.core.clock import today_in_vietnam
from ttdn.core.config import get_settings
from ttdn.core.db import utcnow
from ttdn.core.errors import Conflict, Invalid, NotFound
from ttdn.core.text import fold, search_text
from ttdn.core.versioning import check_version
from ttdn.incidents.reading import find_incident
from ttdn.media.interactions import (
    READ_CONTACTS,
    WRITE,
    find_interaction,
    links_of,
    record_interaction,
    snapshot,
)
from ttdn.media.models import (
    FollowUpStatus,
    InteractionKind,
    MediaContact,
    MediaFollowUpStep,
    MediaInteraction,
    MediaInteractionContact,
    MediaInteractionOutlet,
    MediaOutlet,
)
from ttdn.media.schemas import (
    InteractionCreate,
    InteractionUpdate,
)
from ttdn.media.words import INTERACTION_KINDS
from ttdn.tasks.linked import count_as_progress
from ttdn.units.models import Unit

# The figure a task's progress report counts press interactions under.
PRESS_FIGURE = "Hoạt động báo chí"
REQUIRED = ("kind", "occurred_on", "topic", "summary", "outlet_ids", "contact_ids")
LINK_TABLES = ((MediaInteractionOutlet, "outlet_id"), (MediaInteractionContact, "contact_id"))


def index(interaction: MediaInteraction) -> None:
    """Fill the search text from the topic, spokesperson, summary and links."""
    interaction.search_text = search_text(
        interaction.topic, interaction.spokesperson, interaction.summary
    )
    interaction.topic_key = fold(interaction.topic)[: MediaInteraction.topic_key.type.length]


async def _acting_unit(session: AsyncSession, principal: Principal, unit_id: int | None) -> Unit:
    """The unit an interaction is logged for: the one named, if the caller keeps press records
    there; by default the caller's own unit that keeps them."""
    if unit_id is None:
        unit_id = next(g.unit_id for g in principal.grants if WRITE in g.capabilities)
    unit = await session.scalar(select(Unit).where(Unit.id == unit_id, Unit.deleted_at.is_(None)))
    if unit is None or not principal.reaches(WRITE, unit.path):
        raise Invalid(
            "Hãy chọn một đơn vị của xã (phường) mà bạn quản lý hồ sơ báo chí.",
            loc=["body", "unit_id"],
        )
    return unit


async def _check_outlets(session: AsyncSession, outlet_ids: list[int]) -> None:
    found = set(
        await session.scalars(
            select(MediaOutlet.id).where(
                MediaOutlet.id.in_(outlet_ids), MediaOutlet.deleted_at.is_(None)
            )
        )
    )
    if missing := [i for i in outlet_ids if i not in found]:
        raise Invalid(
            f"Không tìm thấy cơ quan báo chí {', '.join(map(str, missing))}.",
            loc=["body", "outlet_ids"],
        )


async def _check_contacts(
    session: AsyncSession, principal: Principal, unit_path: str, contact_ids: list[int]
) -> None:
    """The reporters must be live contacts of the commune the interaction's unit belongs to."""
    rows = await session.execute(
        select(MediaContact.id, Unit.path)
        .join(Unit, Unit.id == MediaContact.unit_id)
        .where(
            MediaContact.id.in_(contact_ids),
            MediaContact.deleted_at.is_(None),
            visible(principal, READ_CONTACTS, Unit.path),
        )
    )
    found = {contact_id for contact_id, path in rows if unit_path.startswith(path)}
    if missing := [i for i in contact_ids if i not in found]:
        raise Invalid(
            f"Không tìm thấy phóng viên {', '.join(map(str, missing))} của xã này.",
            loc=["body", "contact_ids"],
        )


async def _set_links(
    session: AsyncSession, interaction: MediaInteraction, values: dict[str, list[int]]
) -> None:
    """Replace the outlets and reporters named in `values` (`outlet_ids`, `contact_ids`)."""
    for table, name in LINK_TABLES:
        ids = values.get(f"{name}s")
        if ids is None:
            continue
        await session.execute(delete(table).where(table.interaction_id == interaction.id))
        session.add_all(
            table(interaction_id=interaction.id, **{name: i}) for i in dict.fromkeys(ids)
        )
    await session.flush()


async def _check_incident(
    session: AsyncSession, principal: Principal, unit_path: str, incident_id: int | None
) -> None:
    """The incident must be one the caller reads, of the interaction's commune."""
    if incident_id is None:
        return
    try:
        _, commune_path, _ = await find_incident(session, principal, incident_id)
    except NotFound as error:
        raise Invalid("Không tìm thấy vụ việc.", loc=["body", "incident_id"]) from error
    if not unit_path.startswith(commune_path):
        raise Invalid("Vụ việc thuộc xã khác.", loc=["body", "incident_id"])


def _check_dates(kind: str, occurred_on: date, due_on: date | None) -> None:
    if occurred_on > today_in_vietnam():
        raise Invalid("Ngày diễn ra không thể sau hôm nay.", loc=["body", "occurred_on"])
    if due_on is None:
        return
    if kind != InteractionKind.press_report:
        raise Invalid("Chỉ phản ánh của báo chí mới có hạn trả lời.", loc=["body", "due_on"])
    if due_on < occurred_on:
        raise Invalid("Hạn trả lời không thể trước ngày tiếp nhận.", loc=["body", "due_on"])


def _start_follow_up(
    interaction: MediaInteraction, principal: Principal, due_on: date | None
) -> MediaFollowUpStep:
    """A press report starts its follow-up as received, due in the configured days."""
    days = get_settings().press_report_answer_days
    interaction.follow_up_status = FollowUpStatus.received.value
    interaction.due_on = due_on or interaction.occurred_on + timedelta(days=days)
    return MediaFollowUpStep(
        interaction_id=interaction.id,
        status=FollowUpStatus.received.value,
        author_user_id=principal.user_id,
        author_name=principal.full_name or principal.username,
    )


async def create_interaction(
    session: AsyncSession, principal: Principal, data: InteractionCreate
) -> MediaInteraction:
    """Log an interaction; a press report starts its follow-up, and one linked to a task counts
    as progress on it (`tasks.linked.count_as_progress`)."""
    unit = await _acting_unit(session, principal, data.unit_id)
    _check_dates(data.kind, data.occurred_on, data.due_on)
    await _check_outlets(session, data.outlet_ids)
    await _check_contacts(session, principal, unit.path, data.contact_ids)
    await _check_incident(session, principal, unit.path, data.incident_id)
    values = data.model_dump(exclude={"unit_id", "outlet_ids", "contact_ids", "due_on"})
    interaction = MediaInteraction(unit_id=unit.id, **values)
    index(interaction)
    session.add(interaction)
    await session.flush()
    if data.kind == InteractionKind.press_report:
        session.add(_start_follow_up(interaction, principal, data.due_on))
    await _set_links(session, interaction, data.model_dump(include={"outlet_ids", "contact_ids"}))
    if data.task_id is not None:
        words = INTERACTION_KINDS[InteractionKind(interaction.kind)]
        interaction.task_update_id = await count_as_progress(
            session,
            principal,
            data.task_id,
            unit.id,
            f"{words} ngày {interaction.occurred_on:%d/%m/%Y}: {interaction.topic}",
            PRESS_FIGURE,
        )
        await session.flush()
    await record_interaction(
        session, principal, "media.interactions.create", interaction, unit.path
    )
    return interaction


async def _change_kind(
    session: AsyncSession, principal: Principal, interaction: MediaInteraction, kind: str
) -> None:
    """A press report may become another kind only while just received; another kind becoming
    a press report starts its follow-up."""
    if kind == interaction.kind:
        return
    if interaction.kind == InteractionKind.press_report:
        if interaction.follow_up_status != FollowUpStatus.received:
            raise Conflict("Phản ánh đã được xử lý; không đổi được loại hoạt động.")
        await session.execute(
            delete(MediaFollowUpStep).where(MediaFollowUpStep.interaction_id == interaction.id)
        )
        interaction.follow_up_status = None
        interaction.due_on = None
    elif kind == InteractionKind.press_report:
        session.add(_start_follow_up(interaction, principal, None))
    interaction.kind = kind


async def update_interaction(
    session: AsyncSession,
    principal: Principal,
    interaction_id: int,
    data: InteractionUpdate,
    expected_version: int,
) -> None:
    """Correct an interaction: 404 out of reach, 403 for a reader, 412 when stale."""
    interaction, path, _ = await find_interaction(session, principal, interaction_id)
    ensure_reaches(principal, WRITE, [path])
    check_version(interaction.version, expected_version)
    changes = data.model_dump(exclude_unset=True)
    for name in REQUIRED:
        if name in changes and changes[name] is None:
            del changes[name]
    before = snapshot(interaction, await links_of(session, interaction.id))
    if "outlet_ids" in changes:
        await _check_outlets(session, changes["outlet_ids"])
    if "contact_ids" in changes:
        await _check_contacts(session, principal, path, changes["contact_ids"])
    if "kind" in changes:
        await _change_kind(session, principal, interaction, changes.pop("kind"))
    due_on = changes.pop("due_on", interaction.due_on)
    occurred_on = changes.get("occurred_on", interaction.occurred_on)
    if "due_on" in data.model_fields_set or "occurred_on" in changes:
        _check_dates(interaction.kind, occurred_on, due_on)
        if interaction.follow_up_status is not None and due_on is not None:
            interaction.due_on = due_on
    if changes.get("incident_id") is not None:
        await _check_incident(session, principal, path, changes["incident_id"])
    for name in ("occurred_on", "topic", "spokesperson", "summary", "published_links"):
        if name in changes:
            setattr(interaction, name, changes[name])
    if "incident_id" in changes:
        interaction.incident_id = changes["incident_id"]
    index(interaction)
    interaction.updated_at = utcnow()
    await session.flush()
    await _set_links(session, interaction, changes)
    await record_interaction(
        session, principal, "media.interactions.update", interaction, path, before
    )


async def delete_interaction(
    session: AsyncSession, principal: Principal, interaction_id: int, expected_version: int
) -> None:
    """Soft-delete an interaction; an admin can undo it. The progress it made on a task stays
    in the task's history."""
    interaction, path, _ = await find_interaction(session, principal, interaction_id)
    ensure_reaches(principal, WRITE, [path])
    check_version(interaction.version, expected_version)
    before = snapshot(interaction, await links_of(session, interaction.id))
    interaction.deleted_at = utcnow()
    await session.flush()
    await record_interaction(
        session, principal, "media.interactions.delete", interaction, path, before
    )


async def restore_interaction(
    session: AsyncSession, principal: Principal, interaction_id: int
) -> None:
    """Undo a deletion (admins over the interaction's unit)."""
    interaction, path, _ = await find_interaction(session, principal, interaction_id, deleted=True)
    ensure_reaches(principal, "records:restore", [path])
    before = snapshot(interaction, await links_of(session, interaction.id))
    interaction.deleted_at = None
    await session.flush()
    await record_interaction(
        session, principal, "media.interactions.restore", interaction, path, before
    )
