"""Press contacts (phóng viên): the reporters one commune deals with.

A contact belongs to a commune (its `unit_id`) and is read across that commune through
`visible(…, "media:contacts:read", …)`; the superior level reads none. Phones, e-mails and the
press card are personal data: whoever lacks `media:personal_data` over the contact's commune
reads them redacted, and every read that hands them out unredacted leaves one audit event.
Merging duplicates is `merge.py`.
"""

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any, cast

from sqlalchemy import ColumnElement, Select, and_, delete, exists, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import aliased

from ttdn.audit.service import record
from ttdn.core.authz import Principal, ensure_reaches, visible
from ttdn.core.db import json_list_contains, utcnow
from ttdn.core.errors import Invalid, NotFound
from ttdn.core.pagination import Fetched, Listing, ListParams, fetch_matching, fetch_page
from ttdn.core.text import search_text, vietnamese_sort_key
from ttdn.core.versioning import check_version
from ttdn.media.interactions import LAST_CONTACTED
from ttdn.media.models import IdentifierKind, MediaContact, MediaContactIdentifier, MediaOutlet
from ttdn.media.outlets import entering_unit_id
from ttdn.media.personal_data import (
    normalise_email,
    normalise_phone,
    redact_card,
    redact_email,
    redact_phone,
)
from ttdn.media.schemas import ContactCreate, ContactRead, ContactUpdate
from ttdn.units.models import GOVERNING_KINDS, Unit

READ = "media:contacts:read"
PERSONAL = "media:personal_data"
WRITE = "media:write"

CONTACT_LISTING = Listing(
    sortable={
        "full_name": MediaContact.name_sort_key,
        "review_by": MediaContact.review_by,
        "created_at": MediaContact.created_at,
        "updated_at": MediaContact.updated_at,
    },
    default_sort=["full_name"],
    tiebreaker=MediaContact.id,
    search_column=MediaContact.search_text,
    updated_column=MediaContact.updated_at,
)

# Fields that may not be cleared by sending null.
REQUIRED = ("full_name", "phones", "emails", "beats", "personal_data_basis")

_mine = aliased(MediaContactIdentifier)
_theirs = aliased(MediaContactIdentifier)
_other = aliased(MediaContact)
# Another live contact of the same commune sharing a phone or e-mail with `_mine.contact_id`.
_SHARED = and_(
    _theirs.unit_id == _mine.unit_id,
    _theirs.value == _mine.value,
    _theirs.contact_id != _mine.contact_id,
)


@dataclass(frozen=True)
class ContactFilters:
    outlet_id: int | None = None
    beat: str | None = None
    duplicates: bool | None = None


# A contact as it is read: the contact, its commune's path, the day it was last contacted.
ContactRow = tuple[MediaContact, str, date | None]


def _contacts(principal: Principal, *, deleted: bool = False) -> Select[Any]:
    """Contacts the caller may read, deleted or not, as `ContactRow`s."""
    gone = MediaContact.deleted_at.is_not(None) if deleted else MediaContact.deleted_at.is_(None)
    statement = (
        select(MediaContact, Unit.path, LAST_CONTACTED)
        .join(Unit, Unit.id == MediaContact.unit_id)
        .where(visible(principal, READ, Unit.path), gone)
    )
    return cast("Select[Any]", statement)


def _has_duplicates() -> ColumnElement[bool]:
    return exists(
        select(_mine.id)
        .join(_theirs, _SHARED)
        .join(_other, _other.id == _theirs.contact_id)
        .where(_mine.contact_id == MediaContact.id, _other.deleted_at.is_(None))
    )


async def duplicates_of(session: AsyncSession, contact_ids: Sequence[int]) -> dict[int, list[int]]:
    """For each of `contact_ids`, the other live contacts of its commune that share one of its
    phones or e-mails (one statement, none for no ids)."""
    if not contact_ids:
        return {}
    rows = await session.execute(
        select(_mine.contact_id, _theirs.contact_id)
        .distinct()
        .join(_theirs, _SHARED)
        .join(_other, _other.id == _theirs.contact_id)
        .where(_mine.contact_id.in_(contact_ids), _other.deleted_at.is_(None))
    )
    found: dict[int, list[int]] = {}
    for mine, theirs in rows:
        found.setdefault(mine, []).append(theirs)
    return {contact_id: sorted(ids) for contact_id, ids in found.items()}


def to_read(
    contact: MediaContact,
    personal: bool,
    duplicate_ids: list[int],
    last_contacted_on: date | None = None,
) -> ContactRead:
    """The contact as the caller may read it: redacted unless `personal`."""
    phones, emails, card = contact.phones, contact.emails, contact.press_card_number
    if not personal:
        phones = [redact_phone(phone) for phone in phones]
        emails = [redact_email(email) for email in emails]
        card = redact_card(card) if card else card
    return ContactRead(
        id=contact.id,
        unit_id=contact.unit_id,
        outlet_id=contact.outlet_id,
        full_name=contact.full_name,
        position=contact.position,
        phones=phones,
        emails=emails,
        press_card_number=card,
        beats=contact.beats,
        personal_data_basis=contact.personal_data_basis,
        review_by=contact.review_by,
        last_contacted_on=last_contacted_on,
        redacted=not personal,
        duplicate_of_ids=duplicate_ids,
        merged_into_id=contact.merged_into_id,
        version=contact.version,
        created_at=contact.created_at,
        updated_at=contact.updated_at,
        deleted_at=contact.deleted_at,
    )


async def read_models(
    session: AsyncSession, principal: Principal, rows: Iterable[ContactRow]
) -> list[ContactRead]:
    """Read models of contact rows, with their likely duplicates (one statement); one audit
    event naming the contacts handed out unredacted, if any."""
    rows = list(rows)
    duplicates = await duplicates_of(session, [contact.id for contact, _, _ in rows])
    models = [
        to_read(contact, principal.reaches(PERSONAL, path), duplicates.get(contact.id, []), last)
        for contact, path, last in rows
    ]
    # Filed under each contact's commune, so that its admins and leaders read who looked.
    unredacted: dict[str, list[int]] = {}
    for model, (_contact, path, _last) in zip(models, rows, strict=True):
        if not model.redacted:
            unredacted.setdefault(path, []).append(model.id)
    for path, ids in unredacted.items():
        await record(
            session,
            "media.contacts.read_personal",
            actor=principal,
            unit_path=path,
            object_type="media_contact",
            object_id=ids[0] if len(ids) == 1 else None,
            details={"contact_ids": ids},
        )
    return models


def _filtered(principal: Principal, filters: ContactFilters) -> Select[Any]:
    statement = _contacts(principal)
    if filters.outlet_id is not None:
        statement = statement.where(MediaContact.outlet_id == filters.outlet_id)
    if filters.beat is not None:
        statement = statement.where(json_list_contains(MediaContact.beats, filters.beat))
    if filters.duplicates is not None:
        shared = _has_duplicates()
        statement = statement.where(shared if filters.duplicates else ~shared)
    return statement


async def list_contacts(
    session: AsyncSession, principal: Principal, params: ListParams, filters: ContactFilters
) -> tuple[list[ContactRead], Fetched]:
    """The contacts of the caller's communes, filtered and paged: one statement for the page,
    one for their duplicates (and the audit event of an unredacted read)."""
    fetched = await fetch_page(session, _filtered(principal, filters), params, CONTACT_LISTING)
    return await read_models(session, principal, fetched.items), fetched


async def matching_contacts(
    session: AsyncSession, principal: Principal, params: ListParams, filters: ContactFilters
) -> list[ContactRead]:
    """Every contact a list with these filters, search and sort would show (for exports), at
    most `params.limit`, as the caller may read them (an unredacted export is audited)."""
    rows = await fetch_matching(session, _filtered(principal, filters), params, CONTACT_LISTING)
    return await read_models(session, principal, rows)


async def _find_row(
    session: AsyncSession, principal: Principal, contact_id: int, *, deleted: bool = False
) -> ContactRow:
    row = (
        await session.execute(
            _contacts(principal, deleted=deleted).where(MediaContact.id == contact_id)
        )
    ).first()
    if row is None:
        raise NotFound("Không tìm thấy phóng viên.")
    return row[0], row[1], row[2]


async def find_contact(
    session: AsyncSession, principal: Principal, contact_id: int, *, deleted: bool = False
) -> tuple[MediaContact, str]:
    """The contact and its commune's path, if the caller may read it; else `NotFound`."""
    contact, path, _ = await _find_row(session, principal, contact_id, deleted=deleted)
    return contact, path


async def read_contact(session: AsyncSession, principal: Principal, contact_id: int) -> ContactRead:
    """One contact as the caller may read it (`read_models`)."""
    row = await _find_row(session, principal, contact_id)
    return (await read_models(session, principal, [row]))[0]


def snapshot(contact: MediaContact) -> dict[str, Any]:
    return to_read(contact, True, []).model_dump(mode="json")


def index(contact: MediaContact) -> None:
    """Fill the contact's search text and sort key from its name, position and beats."""
    contact.search_text = search_text(contact.full_name, contact.position, *contact.beats)
    contact.name_sort_key = vietnamese_sort_key(contact.full_name)[
        : MediaContact.name_sort_key.type.length
    ]


def identifiers(contact: MediaContact) -> list[tuple[IdentifierKind, str]]:
    """The contact's phones and e-mails in their normalised forms, each once, in the order
    their rows are written."""
    values = {(IdentifierKind.phone, normalise_phone(phone)) for phone in contact.phones}
    values |= {(IdentifierKind.email, normalise_email(email)) for email in contact.emails}
    return sorted(values)


async def set_identifiers(session: AsyncSession, contact: MediaContact) -> None:
    """Keep the normalised phones and e-mails beside what was typed."""
    await session.execute(
        delete(MediaContactIdentifier).where(MediaContactIdentifier.contact_id == contact.id)
    )
    session.add_all(
        MediaContactIdentifier(
            contact_id=contact.id, unit_id=contact.unit_id, kind=kind.value, value=value
        )
        for kind, value in identifiers(contact)
    )
    await session.flush()


async def _check_outlet(session: AsyncSession, outlet_id: int | None) -> None:
    if outlet_id is None:
        return
    found = await session.scalar(
        select(MediaOutlet.id).where(MediaOutlet.id == outlet_id, MediaOutlet.deleted_at.is_(None))
    )
    if found is None:
        raise Invalid("Không tìm thấy cơ quan báo chí.", loc=["body", "outlet_id"])


async def _owning_unit(session: AsyncSession, principal: Principal, unit_id: int | None) -> int:
    """The commune a new contact belongs to: the one named, if the caller keeps press records
    there; by default the caller's own."""
    if unit_id is None:
        return entering_unit_id(principal)
    unit = await session.scalar(select(Unit).where(Unit.id == unit_id, Unit.deleted_at.is_(None)))
    if unit is None or unit.kind not in GOVERNING_KINDS or not principal.reaches(WRITE, unit.path):
        raise Invalid(
            "Phóng viên được lưu ở một xã (phường) mà bạn quản lý hồ sơ báo chí.",
            loc=["body", "unit_id"],
        )
    return unit.id


async def record_contact(
    session: AsyncSession,
    principal: Principal,
    action: str,
    contact: MediaContact,
    path: str,
    before: dict[str, Any] | None = None,
    details: dict[str, Any] | None = None,
) -> None:
    await record(
        session,
        action,
        actor=principal,
        unit_path=path,
        object_type="media_contact",
        object_id=contact.id,
        before=before,
        after=snapshot(contact),
        details=details,
    )


async def create_contact(
    session: AsyncSession, principal: Principal, data: ContactCreate
) -> MediaContact:
    """A new contact of a commune the caller keeps press records of; 422 for an unknown outlet
    or a commune out of reach."""
    values = data.model_dump()
    values["unit_id"] = await _owning_unit(session, principal, values["unit_id"])
    await _check_outlet(session, values["outlet_id"])
    contact = MediaContact(**values)
    index(contact)
    session.add(contact)
    await session.flush()
    await set_identifiers(session, contact)
    path = await session.scalar(select(Unit.path).where(Unit.id == contact.unit_id))
    await record_contact(session, principal, "media.contacts.create", contact, path or "")
    return contact


async def update_contact(
    session: AsyncSession,
    principal: Principal,
    contact_id: int,
    data: ContactUpdate,
    expected_version: int,
) -> MediaContact:
    """Change a contact: 404 out of reach, 403 for a reader who may not keep press records,
    412 when stale."""
    contact, path = await find_contact(session, principal, contact_id)
    ensure_reaches(principal, WRITE, [path])
    check_version(contact.version, expected_version)
    changes = data.model_dump(exclude_unset=True)
    for name in REQUIRED:
        if name in changes and changes[name] is None:
            del changes[name]
    if "outlet_id" in changes:
        await _check_outlet(session, changes["outlet_id"])
    before = snapshot(contact)
    for name, value in changes.items():
        setattr(contact, name, value)
    index(contact)
    await session.flush()
    if "phones" in changes or "emails" in changes:
        await set_identifiers(session, contact)
    await record_contact(session, principal, "media.contacts.update", contact, path, before)
    return contact


async def delete_contact(
    session: AsyncSession, principal: Principal, contact_id: int, expected_version: int
) -> None:
    """Soft-delete a contact; an admin can undo it."""
    contact, path = await find_contact(session, principal, contact_id)
    ensure_reaches(principal, WRITE, [path])
    check_version(contact.version, expected_version)
    before = snapshot(contact)
    contact.deleted_at = utcnow()
    await session.flush()
    await record_contact(session, principal, "media.contacts.delete", contact, path, before)


async def restore_contact(session: AsyncSession, principal: Principal, contact_id: int) -> None:
    """Undo a deletion (admins over the contact's commune); a merged contact stands apart
    again."""
    contact, path = await find_contact(session, principal, contact_id, deleted=True)
    ensure_reaches(principal, "records:restore", [path])
    before = snapshot(contact)
    contact.deleted_at = None
    contact.merged_into_id = None
    await session.flush()
    await record_contact(session, principal, "media.contacts.restore", contact, path, before)
