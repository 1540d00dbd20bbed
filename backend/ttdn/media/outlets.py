"""Press outlets (cơ quan báo chí): shared reference data, read by every signed-in principal
across communes, changed only by the commune (or level) that entered them.

An outlet is filed under the jurisdiction of whoever entered it; those who keep press records
there (the `press` office, coordinators, leaders), or in a level above it, may correct it.
"""

from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, select
from sqlalchemy.ext.asyncio import AsyncSession

from ttdn.audit.service import record
from ttdn.core.authz import Principal
from ttdn.core.db import utcnow
from ttdn.core.errors import Forbidden, NotFound
from ttdn.core.pagination import Fetched, Listing, ListParams, fetch_matching, fetch_page
from ttdn.core.text import search_text, vietnamese_sort_key
from ttdn.core.versioning import check_version
from ttdn.media.models import MediaOutlet
from ttdn.media.schemas import OutletCreate, OutletRead, OutletUpdate
from ttdn.units.models import Unit
from ttdn.units.service import unit_id_of_path

OUTLET_LISTING = Listing(
    sortable={
        "name": MediaOutlet.name_sort_key,
        "kind": MediaOutlet.kind,
        "level": MediaOutlet.level,
        "updated_at": MediaOutlet.updated_at,
    },
    default_sort=["name"],
    tiebreaker=MediaOutlet.id,
    search_column=MediaOutlet.search_text,
    updated_column=MediaOutlet.updated_at,
)


@dataclass(frozen=True)
class OutletFilters:
    kind: str | None = None
    level: str | None = None


def _snapshot(outlet: MediaOutlet) -> dict[str, Any]:
    return OutletRead.model_validate(outlet).model_dump(mode="json")


def index(outlet: MediaOutlet) -> None:
    """Fill the outlet's search text and sort key from its name, website and address."""
    outlet.search_text = search_text(outlet.name, outlet.website, outlet.address)
    outlet.name_sort_key = vietnamese_sort_key(outlet.name)[: MediaOutlet.name_sort_key.type.length]


async def list_outlets(
    session: AsyncSession, principal: Principal, params: ListParams, filters: OutletFilters
) -> Fetched:
    """Every outlet not deleted (shared reference data: no unit scope), filtered and paged in
    one statement."""
    return await fetch_page(session, _filtered(filters), params, OUTLET_LISTING)


async def matching_outlets(
    session: AsyncSession, params: ListParams, filters: OutletFilters
) -> list[MediaOutlet]:
    """Every outlet a list with these filters, search and sort would show (for exports)."""
    return await fetch_matching(session, _filtered(filters), params, OUTLET_LISTING)


def _filtered(filters: OutletFilters) -> Select[Any]:
    statement = select(MediaOutlet).where(MediaOutlet.deleted_at.is_(None))
    if filters.kind is not None:
        statement = statement.where(MediaOutlet.kind == filters.kind)
    if filters.level is not None:
        statement = statement.where(MediaOutlet.level == filters.level)
    return statement


async def get_outlet(session: AsyncSession, principal: Principal, outlet_id: int) -> MediaOutlet:
    """The outlet; `NotFound` when there is none or it was deleted."""
    outlet = await session.get(MediaOutlet, outlet_id)
    if outlet is None or outlet.deleted_at is not None:
        raise NotFound("Không tìm thấy cơ quan báo chí.")
    return outlet


def entering_unit_id(principal: Principal) -> int:
    """The unit press records are filed under by default: the jurisdiction (commune, district,
    province) of the caller's first grant that keeps press records."""
    for grant in principal.grants:
        if "media:write" in grant.capabilities:
            return unit_id_of_path(grant.jurisdiction_path)
    raise Forbidden("Vai trò của bạn không được phép thêm hồ sơ báo chí.")


async def _owner_path(session: AsyncSession, outlet: MediaOutlet) -> str | None:
    """The path of the unit that entered the outlet."""
    return await session.scalar(select(Unit.path).where(Unit.id == outlet.unit_id))


async def _ensure_may_change(
    session: AsyncSession, principal: Principal, outlet: MediaOutlet
) -> None:
    """Only those who keep press records in the unit that entered an outlet (or in a level
    above it) change it; 403 for everyone else, who still read it."""
    owner_path = await _owner_path(session, outlet)
    if owner_path is None or not principal.reaches("media:write", owner_path):
        raise Forbidden("Chỉ đơn vị đã nhập cơ quan báo chí này (hoặc cấp trên) được sửa.")


async def _record(
    session: AsyncSession,
    principal: Principal,
    action: str,
    outlet: MediaOutlet,
    before: dict[str, Any] | None = None,
) -> None:
    """One audit event about an outlet, filed under the unit that entered it."""
    await record(
        session,
        action,
        actor=principal,
        unit_path=await _owner_path(session, outlet),
        object_type="media_outlet",
        object_id=outlet.id,
        before=before,
        after=_snapshot(outlet),
    )


async def create_outlet(
    session: AsyncSession, principal: Principal, data: OutletCreate
) -> MediaOutlet:
    """A new outlet, filed under the caller's commune (or district, province)."""
    outlet = MediaOutlet(**data.model_dump(), unit_id=entering_unit_id(principal))
    index(outlet)
    session.add(outlet)
    await session.flush()
    await _record(session, principal, "media.outlets.create", outlet)
    return outlet


async def update_outlet(
    session: AsyncSession,
    principal: Principal,
    outlet_id: int,
    data: OutletUpdate,
    expected_version: int,
) -> MediaOutlet:
    """Change an outlet (only its entering unit, `_ensure_may_change`); 412 when stale."""
    outlet = await get_outlet(session, principal, outlet_id)
    await _ensure_may_change(session, principal, outlet)
    check_version(outlet.version, expected_version)
    before = _snapshot(outlet)
    changes = data.model_dump(exclude_unset=True)
    for required in ("name", "kind", "level", "notes"):
        if changes.get(required, "") is None:
            changes.pop(required)
    for name, value in changes.items():
        setattr(outlet, name, value)
    index(outlet)
    await session.flush()
    await _record(session, principal, "media.outlets.update", outlet, before)
    return outlet


async def delete_outlet(
    session: AsyncSession, principal: Principal, outlet_id: int, expected_version: int
) -> None:
    """Soft-delete an outlet: contacts keep pointing at it; an admin can undo it."""
    outlet = await get_outlet(session, principal, outlet_id)
    await _ensure_may_change(session, principal, outlet)
    check_version(outlet.version, expected_version)
    before = _snapshot(outlet)
    outlet.deleted_at = utcnow()
    await session.flush()
    await _record(session, principal, "media.outlets.delete", outlet, before)


async def restore_outlet(
    session: AsyncSession, principal: Principal, outlet_id: int
) -> MediaOutlet:
    """Undo a deletion (admins over the unit that entered the outlet); 404 for a deleted outlet
    outside the caller's reach, as for one that does not exist."""
    outlet = await session.get(MediaOutlet, outlet_id)
    owner_path = await _owner_path(session, outlet) if outlet is not None else None
    if (
        outlet is None
        or outlet.deleted_at is None
        or owner_path is None
        or not principal.reaches("records:restore", owner_path)
    ):
        raise NotFound("Không tìm thấy cơ quan báo chí đã xóa.")
    before = _snapshot(outlet)
    outlet.deleted_at = None
    await session.flush()
    await _record(session, principal, "media.outlets.restore", outlet, before)
    return outlet
