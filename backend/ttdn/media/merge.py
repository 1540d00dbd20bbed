"""Merging a likely duplicate into the contact that is kept: an admin's work, within one
commune. Nothing is lost: phones, e-mails and beats are united on the kept contact, so are the
interactions, the merged one is soft-deleted and points to it, and both changes are audited."""

from collections.abc import Callable, Iterable

from sqlalchemy import delete, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from ttdn.core.authz import Principal, ensure_reaches
from ttdn.core.db import utcnow
from ttdn.core.errors import Invalid, NotFound
from ttdn.media.contacts import find_contact, index, record_contact, set_identifiers, snapshot
from ttdn.media.models import MediaContact, MediaInteractionContact
from ttdn.media.personal_data import normalise_email, normalise_phone

# Single values the kept contact takes from the merged one when it has none.
GAPS = ("outlet_id", "position", "press_card_number", "review_by")


def _united(kept: Iterable[str], merged: Iterable[str], key: Callable[[str], str]) -> list[str]:
    """The kept values, then the merged ones not already there (compared by `key`)."""
    seen: set[str] = set()
    united = []
    for value in [*kept, *merged]:
        if key(value) not in seen:
            seen.add(key(value))
            united.append(value)
    return united


async def _move_interactions(session: AsyncSession, merged_id: int, kept_id: int) -> None:
    """The merged contact's interactions become the kept one's (once each)."""
    already = select(MediaInteractionContact.interaction_id).where(
        MediaInteractionContact.contact_id == kept_id
    )
    await session.execute(
        delete(MediaInteractionContact).where(
            MediaInteractionContact.contact_id == merged_id,
            MediaInteractionContact.interaction_id.in_(already),
        )
    )
    await session.execute(
        update(MediaInteractionContact)
        .where(MediaInteractionContact.contact_id == merged_id)
        .values(contact_id=kept_id)
    )


async def merge_contact(
    session: AsyncSession, principal: Principal, contact_id: int, into_id: int
) -> MediaContact:
    """Merge contact `contact_id` into `into_id` and return the kept one. 422 for a contact
    merged into itself; 404 when either is out of reach or they belong to two communes; 403
    without `media:merge` over the commune."""
    if contact_id == into_id:
        raise Invalid("Không thể gộp một phóng viên vào chính nó.", loc=["body", "into_id"])
    merged, path = await find_contact(session, principal, contact_id)
    kept, kept_path = await find_contact(session, principal, into_id)
    if kept.unit_id != merged.unit_id:
        raise NotFound("Không tìm thấy phóng viên cần giữ lại trong cùng xã.")
    ensure_reaches(principal, "media:merge", [path])
    kept_before, merged_before = snapshot(kept), snapshot(merged)
    kept.phones = _united(kept.phones, merged.phones, normalise_phone)
    kept.emails = _united(kept.emails, merged.emails, normalise_email)
    kept.beats = _united(kept.beats, merged.beats, str.casefold)
    for name in GAPS:
        if getattr(kept, name) is None:
            setattr(kept, name, getattr(merged, name))
    index(kept)
    await _move_interactions(session, merged.id, kept.id)
    merged.deleted_at = utcnow()
    merged.merged_into_id = kept.id
    await session.flush()
    await set_identifiers(session, kept)
    await record_contact(
        session,
        principal,
        "media.contacts.merge",
        kept,
        kept_path,
        kept_before,
        details={"merged_id": merged.id},
    )
    await record_contact(
        session,
        principal,
        "media.contacts.merged",
        merged,
        path,
        merged_before,
        details={"into_id": kept.id},
    )
    return kept
