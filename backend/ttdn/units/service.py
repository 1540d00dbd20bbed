"""Units: the tree every right and every task hangs from."""

from dataclasses import dataclass
from datetime import date
from typing import Any
from uuid import uuid4

from sqlalchemy import Select, String, func, literal, or_, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm.attributes import set_committed_value

from ttdn.audit.service import record
from ttdn.core.authz import Grant, GrantsLoader, Principal, ensure_reaches, visible, widened_grants
from ttdn.core.db import count_referencing_rows, json_list_contains, utcnow
from ttdn.core.errors import Conflict, Forbidden, Invalid, NotFound
from ttdn.core.pagination import Fetched, Listing, ListParams, fetch_page
from ttdn.core.text import search_text, vietnamese_sort_key
from ttdn.core.versioning import check_version
from ttdn.units.models import GOVERNING_KINDS, Unit, UnitKind
from ttdn.units.schemas import UnitCreate, UnitNode, UnitRead, UnitUpdate

UNIT_LISTING = Listing(
    sortable={
        "name": Unit.name_sort_key,
        "code": Unit.code,
        "kind": Unit.kind,
        "path": Unit.path,
        "updated_at": Unit.updated_at,
    },
    default_sort=["path"],
    tiebreaker=Unit.id,
    search_column=Unit.search_text,
    updated_column=Unit.updated_at,
)


@dataclass(frozen=True)
class UnitFilters:
    parent_id: int | None = None
    kind: str | None = None
    function: str | None = None
    valid_on: date | None = None
    deleted: bool = False


def unit_id_of_path(path: str) -> int:
    """The id of the unit a tree path ends at: `/1/3/` → 3."""
    return int(path.rstrip("/").rpartition("/")[2])


def _snapshot(unit: Unit) -> dict[str, Any]:
    return UnitRead.model_validate(unit).model_dump(mode="json")


def _visible_units(principal: Principal, *, deleted: bool = False) -> Select[Any]:
    statement = select(Unit).where(visible(principal, "units:read", Unit.path))
    if deleted:
        return statement.where(Unit.deleted_at.is_not(None))
    return statement.where(Unit.deleted_at.is_(None))


async def list_units(
    session: AsyncSession, principal: Principal, params: ListParams, filters: UnitFilters
) -> Fetched:
    """Units the caller may see, ordered by tree path by default. Deleted ones are listed only
    for those who may restore them."""
    if filters.deleted and not principal.can("records:restore"):
        raise Forbidden("Chỉ quản trị viên xem được các đơn vị đã xóa.")
    statement = _visible_units(principal, deleted=filters.deleted)
    if filters.parent_id is not None:
        statement = statement.where(Unit.parent_id == filters.parent_id)
    if filters.kind is not None:
        statement = statement.where(Unit.kind == filters.kind)
    if filters.function is not None:
        statement = statement.where(json_list_contains(Unit.functions, filters.function))
    if filters.valid_on is not None:
        statement = statement.where(
            or_(Unit.valid_from.is_(None), Unit.valid_from <= filters.valid_on),
            or_(Unit.valid_to.is_(None), Unit.valid_to >= filters.valid_on),
        )
    return await fetch_page(session, statement, params, UNIT_LISTING)


async def unit_tree(session: AsyncSession, principal: Principal) -> list[UnitNode]:
    """The visible units as a forest: a unit whose parent the caller cannot see is a root."""
    units = (await session.scalars(_visible_units(principal).order_by(Unit.path))).all()
    nodes = {unit.id: UnitNode.model_validate(unit) for unit in units}
    roots: list[UnitNode] = []
    for node in nodes.values():
        parent = nodes.get(node.parent_id) if node.parent_id is not None else None
        (parent.children if parent else roots).append(node)
    return roots


async def get_unit(
    session: AsyncSession, principal: Principal, unit_id: int, *, deleted: bool = False
) -> Unit:
    """The unit if the caller may see it; `NotFound` otherwise (whether or not it exists)."""
    unit = await session.scalar(
        _visible_units(principal, deleted=deleted).where(Unit.id == unit_id)
    )
    if unit is None:
        raise NotFound("Không tìm thấy đơn vị.")
    return unit


def _index(unit: Unit) -> None:
    """Keep what `q` searches and what `sort=name` orders by in step with the unit's names."""
    unit.search_text = search_text(unit.code, unit.name, unit.short_name)
    unit.name_sort_key = vietnamese_sort_key(unit.name)


async def _parent_for(session: AsyncSession, principal: Principal, parent_id: int) -> Unit:
    parent = await session.scalar(_visible_units(principal).where(Unit.id == parent_id))
    if parent is None:
        raise Invalid("Không tìm thấy đơn vị cấp trên.", loc=["body", "parent_id"])
    ensure_reaches(principal, "units:write", [parent.path])
    return parent


async def _flush_unique(session: AsyncSession) -> None:
    try:
        await session.flush()
    except IntegrityError as error:
        raise Conflict("Mã đơn vị đã được dùng cho một đơn vị khác.") from error


async def create_unit(session: AsyncSession, principal: Principal, data: UnitCreate) -> Unit:
    """A new unit under a parent the caller administers; 409 on a code already in use."""
    parent = await _parent_for(session, principal, data.parent_id)
    unit = await insert_unit(session, parent, **data.model_dump(exclude={"parent_id"}))
    await record(
        session,
        "units.create",
        actor=principal,
        unit_path=unit.path,
        object_type="unit",
        object_id=unit.id,
        after=_snapshot(unit),
    )
    return unit


async def insert_unit(session: AsyncSession, parent: Unit | None, **fields: Any) -> Unit:
    """A unit placed under `parent` (a root when None) with its path set. Checks no rights:
    `create_unit` does, and the command line and the demo seed are trusted."""
    prefix = parent.path if parent else "/"
    unit = Unit(**fields, parent_id=parent.id if parent else None, path=f"{prefix}~{uuid4().hex}/")
    _index(unit)
    session.add(unit)
    await _flush_unique(session)
    # The path needs the new id. Set it beside the ORM, so that a new unit stays at version 1.
    path = f"{prefix}{unit.id}/"
    await session.execute(update(Unit).where(Unit.id == unit.id).values(path=path))
    set_committed_value(unit, "path", path)
    return unit


async def _move(session: AsyncSession, unit: Unit, new_parent: Unit) -> None:
    if new_parent.path.startswith(unit.path):
        raise Invalid(
            "Không thể chuyển một đơn vị vào dưới chính nó hoặc đơn vị cấp dưới của nó.",
            loc=["body", "parent_id"],
        )
    old_path, new_path = unit.path, f"{new_parent.path}{unit.id}/"
    await session.execute(
        update(Unit)
        .where(Unit.path.startswith(old_path, autoescape=True), Unit.id != unit.id)
        .values(
            path=literal(new_path, String) + func.substr(Unit.path, len(old_path) + 1),
            version=Unit.version + 1,
            updated_at=utcnow(),
        )
        .execution_options(synchronize_session=False)
    )
    unit.parent_id = new_parent.id
    unit.path = new_path


async def update_unit(
    session: AsyncSession,
    principal: Principal,
    unit_id: int,
    data: UnitUpdate,
    expected_version: int,
    load_grants: GrantsLoader,
) -> Unit:
    """Change a unit the caller administers; moving it re-roots its whole subtree. A change of
    kind, place or functions that would let anyone reach beyond the caller's own part of the
    tree is refused with 409 (`widened_grants`)."""
    unit = await get_unit(session, principal, unit_id)
    ensure_reaches(principal, "units:write", [unit.path])
    check_version(unit.version, expected_version)
    before = _snapshot(unit)
    changes = data.model_dump(exclude_unset=True)
    reshapes = changes.keys() & {"parent_id", "kind", "functions"}
    grants_before = await load_grants(session, unit.path) if reshapes else {}
    if changes.get("parent_id") is not None and changes["parent_id"] != unit.parent_id:
        await _move(session, unit, await _parent_for(session, principal, changes["parent_id"]))
    changes.pop("parent_id", None)
    for field, value in changes.items():
        setattr(unit, field, value)
    if unit.valid_from and unit.valid_to and unit.valid_to < unit.valid_from:
        raise Invalid("Ngày hết hiệu lực phải sau ngày bắt đầu hiệu lực", loc=["body", "valid_to"])
    _index(unit)
    await _flush_unique(session)
    if reshapes:
        await _ensure_no_widening(session, principal, unit, grants_before, load_grants)
    await record(
        session,
        "units.update",
        actor=principal,
        unit_path=unit.path,
        object_type="unit",
        object_id=unit.id,
        before=before,
        after=_snapshot(unit),
    )
    return unit


async def _ensure_no_widening(
    session: AsyncSession,
    principal: Principal,
    unit: Unit,
    grants_before: dict[int, Grant],
    load_grants: GrantsLoader,
) -> None:
    grants_after = await load_grants(session, unit.path)
    widened = widened_grants(principal, grants_before, grants_after, "units:write")
    if widened:
        roles = ", ".join(sorted({grant.role.value for grant in widened}))
        raise Conflict(
            f"Thay đổi này làm {len(widened)} tài khoản ({roles}) có phạm vi vượt ra ngoài các "
            "đơn vị bạn quản trị (ví dụ: đổi loại của xã khiến lãnh đạo xã thấy cả cấp huyện). "
            "Hãy đổi vai trò của họ trước, hoặc nhờ quản trị viên cấp trên."
        )


async def delete_unit(
    session: AsyncSession, principal: Principal, unit_id: int, expected_version: int
) -> None:
    """Soft-delete a unit that nothing uses any more; 409 naming what still uses it."""
    unit = await get_unit(session, principal, unit_id)
    ensure_reaches(principal, "units:write", [unit.path])
    check_version(unit.version, expected_version)
    in_use = await count_referencing_rows(session, "units", unit.id)
    if in_use:
        listed = ", ".join(f"{count} {label}" for label, count in in_use.items())
        raise Conflict(f"Không thể xóa đơn vị đang được sử dụng: còn {listed}.")
    before = _snapshot(unit)
    unit.deleted_at = utcnow()
    await session.flush()
    await record(
        session,
        "units.delete",
        actor=principal,
        unit_path=unit.path,
        object_type="unit",
        object_id=unit.id,
        before=before,
    )


async def restore_unit(session: AsyncSession, principal: Principal, unit_id: int) -> Unit:
    """Undo a deletion (admins); the parent must not itself be deleted."""
    unit = await get_unit(session, principal, unit_id, deleted=True)
    ensure_reaches(principal, "records:restore", [unit.path])
    if unit.parent_id is not None:
        parent = await session.get(Unit, unit.parent_id)
        if parent is not None and parent.deleted_at is not None:
            raise Conflict("Hãy khôi phục đơn vị cấp trên trước.")
    unit.deleted_at = None
    await session.flush()
    await record(
        session,
        "units.restore",
        actor=principal,
        unit_path=unit.path,
        object_type="unit",
        object_id=unit.id,
        after=_snapshot(unit),
    )
    return unit


def ancestor_paths(path: str) -> list[str]:
    """`/1/3/8/` → `/1/`, `/1/3/`, `/1/3/8/`: the unit's own path and its ancestors'."""
    ids = path.strip("/").split("/")
    return ["/" + "/".join(ids[: depth + 1]) + "/" for depth in range(len(ids))]


async def jurisdiction_of(session: AsyncSession, unit: Unit) -> Unit:
    """The nearest governing unit (commune, district, province) at or above `unit`; the unit
    itself when there is none."""
    governing = await session.scalar(
        select(Unit)
        .where(Unit.path.in_(ancestor_paths(unit.path)), Unit.kind.in_(GOVERNING_KINDS))
        .order_by(func.length(Unit.path).desc())
        .limit(1)
    )
    return governing or unit


async def communes_reached(
    session: AsyncSession, principal: Principal, capability: str
) -> list[tuple[int, str, str]]:
    """The communes (live units of kind `commune`) within the caller's reach for `capability`,
    as (id, name, path) in Vietnamese name order: one statement."""
    statement = (
        select(Unit.id, Unit.name, Unit.path)
        .where(
            visible(principal, capability, Unit.path),
            Unit.kind == UnitKind.commune.value,
            Unit.deleted_at.is_(None),
        )
        .order_by(Unit.name_sort_key, Unit.id)
    )
    return [(unit_id, name, path) for unit_id, name, path in await session.execute(statement)]
