"""Interactions with the press (hoạt động cung cấp thông tin cho báo chí): press conferences,
releases, interviews, information given on request, field visits, and press reports about the
commune received, which are followed up until answered (`follow_up.py`). This file reads them;
`interaction_edits.py` logs and corrects them.

An interaction belongs to the unit that carried it out (`unit_id`). Commune members read every
interaction of their commune (`media:interactions:read`, commune-wide); area leaders read their
own area's and the superior level those of its communes (`media:read`, by the role's reach).
Whoever keeps press records (`media:write`) logs and corrects them. The reporters involved are
named only to those who read the commune's contacts.
"""

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any, cast

from sqlalchemy import (
    ColumnElement,
    Select,
    and_,
    func,
    literal,
    or_,
    select,
    union_all,
)
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import aliased

from ttdn.audit.service import record
from ttdn.core.authz import Principal, visible
from ttdn.core.clock import today_in_vietnam
from ttdn.core.errors import NotFound
from ttdn.core.pagination import Fetched, Listing, ListParams, fetch_matching, fetch_page
from ttdn.core.text import fold
from ttdn.media.models import (
    FollowUpStatus,
    InteractionKind,
    MediaContact,
    MediaDocument,
    MediaFollowUpStep,
    MediaInteraction,
    MediaInteractionContact,
    MediaInteractionOutlet,
    MediaOutlet,
)
from ttdn.media.schemas import (
    DocumentRead,
    FollowUpRead,
    FollowUpStepRead,
    InteractionRead,
    NamedRef,
)
from ttdn.units.models import Unit

# By the role's reach: an area leader its own area, the superior level its communes.
READ_BY_ROLE = "media:read"
# Across one's commune: every member, coordinator, leader and admin of it.
READ_ACROSS_COMMUNE = "media:interactions:read"
READ_CONTACTS = "media:contacts:read"
WRITE = "media:write"

INTERACTION_LISTING = Listing(
    sortable={
        "occurred_on": MediaInteraction.occurred_on,
        "due_on": MediaInteraction.due_on,
        "created_at": MediaInteraction.created_at,
        "updated_at": MediaInteraction.updated_at,
    },
    default_sort=["-occurred_on"],
    tiebreaker=MediaInteraction.id,
    search_column=MediaInteraction.search_text,
    updated_column=MediaInteraction.updated_at,
)

# Fields that may not be cleared by sending null.


@dataclass(frozen=True)
class InteractionFilters:
    kind: str | None = None
    unit_id: int | None = None
    outlet_id: int | None = None
    contact_id: int | None = None
    occurred_from: date | None = None
    occurred_to: date | None = None
    topic: str | None = None
    follow_up_status: str | None = None
    open: bool | None = None
    overdue: bool | None = None
    task_id: int | None = None
    incident_id: int | None = None


def seen(principal: Principal, unit_path: Any) -> ColumnElement[bool]:
    """Interactions of units the caller reads press work of."""
    return or_(
        visible(principal, READ_BY_ROLE, unit_path),
        visible(principal, READ_ACROSS_COMMUNE, unit_path),
    )


def is_open() -> ColumnElement[bool]:
    """A press report not yet answered."""
    return and_(
        MediaInteraction.follow_up_status.is_not(None),
        MediaInteraction.follow_up_status != FollowUpStatus.answered.value,
    )


def is_overdue(today: date) -> ColumnElement[bool]:
    """A press report not yet answered whose answer is past due."""
    return and_(is_open(), MediaInteraction.due_on < today)


def interactions(principal: Principal, *, deleted: bool = False) -> Select[Any]:
    """Rows of (interaction, unit path, unit name) the caller may read: those of the units in
    reach (found first through the path index, so that each unit's interactions are then found
    through theirs instead of reading every commune's)."""
    gone = (
        MediaInteraction.deleted_at.is_not(None)
        if deleted
        else MediaInteraction.deleted_at.is_(None)
    )
    in_reach = aliased(Unit)
    statement = (
        select(MediaInteraction, Unit.path, Unit.name)
        .join(Unit, Unit.id == MediaInteraction.unit_id)
        .where(
            MediaInteraction.unit_id.in_(select(in_reach.id).where(seen(principal, in_reach.path))),
            gone,
        )
    )
    return cast("Select[Any]", statement)


async def _filtered(
    session: AsyncSession, principal: Principal, filters: InteractionFilters
) -> Select[Any]:
    statement = interactions(principal)
    if filters.kind is not None:
        statement = statement.where(MediaInteraction.kind == filters.kind)
    if filters.unit_id is not None:
        path = await session.scalar(select(Unit.path).where(Unit.id == filters.unit_id))
        # A unit's interactions and those of every unit under it (a commune's, an office's).
        statement = statement.where(Unit.path.startswith(path or "\x00", autoescape=True))
    if filters.outlet_id is not None:
        statement = statement.where(
            MediaInteraction.id.in_(
                select(MediaInteractionOutlet.interaction_id).where(
                    MediaInteractionOutlet.outlet_id == filters.outlet_id
                )
            )
        )
    if filters.contact_id is not None:
        statement = statement.where(
            MediaInteraction.id.in_(
                select(MediaInteractionContact.interaction_id).where(
                    MediaInteractionContact.contact_id == filters.contact_id
                )
            ),
            visible(principal, READ_CONTACTS, Unit.path),
        )
    if filters.occurred_from is not None:
        statement = statement.where(MediaInteraction.occurred_on >= filters.occurred_from)
    if filters.occurred_to is not None:
        statement = statement.where(MediaInteraction.occurred_on <= filters.occurred_to)
    if filters.topic:
        statement = statement.where(
            MediaInteraction.topic_key.contains(fold(filters.topic), autoescape=True)
        )
    if filters.follow_up_status is not None:
        statement = statement.where(MediaInteraction.follow_up_status == filters.follow_up_status)
    if filters.open is not None:
        statement = statement.where(is_open() if filters.open else ~is_open())
    if filters.overdue is not None:
        overdue = is_overdue(today_in_vietnam())
        statement = statement.where(overdue if filters.overdue else ~overdue)
    if filters.task_id is not None:
        statement = statement.where(MediaInteraction.task_id == filters.task_id)
    if filters.incident_id is not None:
        statement = statement.where(MediaInteraction.incident_id == filters.incident_id)
    return statement


async def list_interactions(
    session: AsyncSession, principal: Principal, params: ListParams, filters: InteractionFilters
) -> tuple[list[InteractionRead], Fetched]:
    """The interactions the caller reads, filtered and paged: one statement for the page, one
    for the outlets and reporters of its rows."""
    statement = await _filtered(session, principal, filters)
    fetched = await fetch_page(session, statement, params, INTERACTION_LISTING)
    return await read_models(session, principal, fetched.items), fetched


async def matching_interactions(
    session: AsyncSession, principal: Principal, params: ListParams, filters: InteractionFilters
) -> list[InteractionRead]:
    """Every interaction a list with these filters, search and sort would show (for exports),
    at most `params.limit`."""
    statement = await _filtered(session, principal, filters)
    rows = await fetch_matching(session, statement, params, INTERACTION_LISTING)
    return await read_models(session, principal, rows)


async def find_interaction(
    session: AsyncSession, principal: Principal, interaction_id: int, *, deleted: bool = False
) -> tuple[MediaInteraction, str, str]:
    """The interaction, its unit's path and name, if the caller may read it; else `NotFound`."""
    row = (
        await session.execute(
            interactions(principal, deleted=deleted).where(MediaInteraction.id == interaction_id)
        )
    ).first()
    if row is None:
        raise NotFound("Không tìm thấy hoạt động báo chí.")
    return row[0], row[1], row[2]


async def read_interaction(
    session: AsyncSession, principal: Principal, interaction_id: int, *, deleted: bool = False
) -> InteractionRead:
    """One interaction with its follow-up steps and documents (four statements)."""
    row = await find_interaction(session, principal, interaction_id, deleted=deleted)
    return (await read_models(session, principal, [row], detail=True))[0]


async def _references(
    session: AsyncSession, outlets_of: Sequence[int], contacts_of: Sequence[int]
) -> dict[tuple[int, str], list[NamedRef]]:
    """The outlets of interactions `outlets_of` and the reporters of `contacts_of`, keyed by
    (interaction, "outlet" | "contact"), in one statement."""
    if not outlets_of:
        return {}
    parts = [
        select(
            MediaInteractionOutlet.interaction_id,
            literal("outlet").label("ref"),
            MediaOutlet.id,
            MediaOutlet.name,
        )
        .join(MediaOutlet, MediaOutlet.id == MediaInteractionOutlet.outlet_id)
        .where(MediaInteractionOutlet.interaction_id.in_(outlets_of))
    ]
    if contacts_of:
        parts.append(
            select(
                MediaInteractionContact.interaction_id,
                literal("contact").label("ref"),
                MediaContact.id,
                MediaContact.full_name,
            )
            .join(MediaContact, MediaContact.id == MediaInteractionContact.contact_id)
            .where(MediaInteractionContact.interaction_id.in_(contacts_of))
        )
    found: dict[tuple[int, str], list[NamedRef]] = {}
    for interaction_id, ref, ref_id, name in await session.execute(union_all(*parts)):
        found.setdefault((interaction_id, ref), []).append(NamedRef(id=ref_id, name=name))
    for refs in found.values():
        refs.sort(key=lambda ref: ref.id)
    return found


async def _details(
    session: AsyncSession, interaction_id: int
) -> tuple[list[FollowUpStepRead], list[DocumentRead]]:
    steps = await session.scalars(
        select(MediaFollowUpStep)
        .where(MediaFollowUpStep.interaction_id == interaction_id)
        .order_by(MediaFollowUpStep.id)
    )
    documents = await session.scalars(
        select(MediaDocument)
        .where(MediaDocument.interaction_id == interaction_id, MediaDocument.deleted_at.is_(None))
        .order_by(MediaDocument.id)
    )
    return (
        [FollowUpStepRead.model_validate(step) for step in steps],
        [DocumentRead.model_validate(document) for document in documents],
    )


def follow_up_read(
    interaction: MediaInteraction, today: date, steps: list[FollowUpStepRead]
) -> FollowUpRead | None:
    status = interaction.follow_up_status
    if status is None:
        return None
    due_on = interaction.due_on
    return FollowUpRead(
        status=FollowUpStatus(status),
        due_on=due_on,
        overdue=status != FollowUpStatus.answered and due_on is not None and due_on < today,
        answer=interaction.answer,
        answered_on=interaction.answered_on,
        steps=steps,
    )


async def read_models(
    session: AsyncSession,
    principal: Principal,
    rows: Iterable[tuple[MediaInteraction, str, str]],
    *,
    detail: bool = False,
) -> list[InteractionRead]:
    """Read models of (interaction, unit path, unit name) rows: their outlets, the reporters
    for those who read the commune's contacts, and (`detail`) follow-up steps and documents."""
    rows = list(rows)
    ids = [interaction.id for interaction, _, _ in rows]
    named = [i.id for i, path, _ in rows if principal.reaches(READ_CONTACTS, path)]
    references = await _references(session, ids, named)
    today = today_in_vietnam()
    models = []
    for interaction, _path, unit_name in rows:
        steps, documents = await _details(session, interaction.id) if detail else ([], [])
        models.append(
            InteractionRead(
                id=interaction.id,
                unit_id=interaction.unit_id,
                unit_name=unit_name,
                kind=InteractionKind(interaction.kind),
                occurred_on=interaction.occurred_on,
                topic=interaction.topic,
                spokesperson=interaction.spokesperson,
                summary=interaction.summary,
                published_links=interaction.published_links,
                outlets=references.get((interaction.id, "outlet"), []),
                contacts=references.get((interaction.id, "contact"), []),
                task_id=interaction.task_id,
                task_update_id=interaction.task_update_id,
                incident_id=interaction.incident_id,
                follow_up=follow_up_read(interaction, today, steps),
                documents=documents,
                version=interaction.version,
                created_at=interaction.created_at,
                updated_at=interaction.updated_at,
                deleted_at=interaction.deleted_at,
            )
        )
    return models


def snapshot(interaction: MediaInteraction, links: dict[str, list[int]]) -> dict[str, Any]:
    """What the audit trail keeps of an interaction."""
    return {
        "unit_id": interaction.unit_id,
        "kind": interaction.kind,
        "occurred_on": interaction.occurred_on.isoformat(),
        "topic": interaction.topic,
        "spokesperson": interaction.spokesperson,
        "summary": interaction.summary,
        "published_links": interaction.published_links,
        "task_id": interaction.task_id,
        "incident_id": interaction.incident_id,
        "follow_up_status": interaction.follow_up_status,
        "due_on": interaction.due_on.isoformat() if interaction.due_on else None,
        "answer": interaction.answer,
        "answered_on": interaction.answered_on.isoformat() if interaction.answered_on else None,
        **links,
    }


async def links_of(session: AsyncSession, interaction_id: int) -> dict[str, list[int]]:
    """The outlets and reporters of an interaction, as ids."""
    rows = await session.execute(
        union_all(
            select(literal("outlet_ids").label("name"), MediaInteractionOutlet.outlet_id).where(
                MediaInteractionOutlet.interaction_id == interaction_id
            ),
            select(literal("contact_ids").label("name"), MediaInteractionContact.contact_id).where(
                MediaInteractionContact.interaction_id == interaction_id
            ),
        )
    )
    links: dict[str, list[int]] = {"outlet_ids": [], "contact_ids": []}
    for name, ref_id in rows:
        links[name].append(ref_id)
    return {name: sorted(ids) for name, ids in links.items()}


async def record_interaction(
    session: AsyncSession,
    principal: Principal,
    action: str,
    interaction: MediaInteraction,
    path: str,
    before: dict[str, Any] | None = None,
    details: dict[str, Any] | None = None,
) -> None:
    await record(
        session,
        action,
        actor=principal,
        unit_path=path,
        object_type="media_interaction",
        object_id=interaction.id,
        before=before,
        after=snapshot(interaction, await links_of(session, interaction.id)),
        details=details,
    )


# The date of a contact's latest interaction not deleted: a column of a contact's row (per
# contact, its links by their index, each interaction by its key).
LAST_CONTACTED = (
    select(func.max(MediaInteraction.occurred_on))
    .join(MediaInteractionContact, MediaInteractionContact.interaction_id == MediaInteraction.id)
    .where(
        MediaInteractionContact.contact_id == MediaContact.id,
        MediaInteraction.deleted_at.is_(None),
    )
    .correlate(MediaContact)
    .scalar_subquery()
)
