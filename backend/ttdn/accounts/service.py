"""Users, their memberships, and the principal every request acts as."""

from typing import Any

from sqlalchemy import Select, String, and_, bindparam, exists, func, literal, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import aliased, selectinload

from ttdn.accounts.login import hash_password, revoke_sessions
from ttdn.accounts.models import Membership, User
from ttdn.accounts.schemas import MembershipIn, MeRead, MeUnit, UserCreate, UserRead, UserUpdate
from ttdn.audit.service import record
from ttdn.core.authz import (
    ROLES_ABOVE_COMMUNES,
    Grant,
    Principal,
    Role,
    UnitFunction,
    ensure_grant_within,
    ensure_reaches,
    visible,
)
from ttdn.core.db import utcnow
from ttdn.core.errors import Conflict, Forbidden, Invalid, NotFound
from ttdn.core.pagination import Fetched, Listing, ListParams, fetch_page
from ttdn.core.text import search_text
from ttdn.core.versioning import check_version
from ttdn.units.models import GOVERNING_KINDS, LEVELS_ABOVE_COMMUNES, Unit

USER_LISTING = Listing(
    sortable={
        "username": User.username,
        "full_name": User.full_name,
        "updated_at": User.updated_at,
        "last_login_at": User.last_login_at,
    },
    default_sort=["username"],
    tiebreaker=User.id,
    search_column=User.search_text,
    updated_column=User.updated_at,
)


def _nearest_governing_path() -> Any:
    """The path of the nearest governing unit (commune, district, province) at or above `Unit`:
    its jurisdiction; the unit's own path when there is none."""
    governing = aliased(Unit)
    nearest = (
        select(governing.path)
        .where(governing.kind.in_(GOVERNING_KINDS), Unit.path.startswith(governing.path))
        .order_by(func.length(governing.path).desc())
        .limit(1)
        .correlate(Unit)
        .scalar_subquery()
    )
    return func.coalesce(nearest, Unit.path)


JURISDICTION_PATH = _nearest_governing_path()

# Built once: the user (bound at execution as `user_id`) with a row per membership.
_PRINCIPAL_ROWS = (
    select(
        User.username,
        User.full_name,
        Membership.role,
        Unit.id,
        Unit.path,
        Unit.functions,
        JURISDICTION_PATH,
    )
    .select_from(User)
    .outerjoin(Membership, Membership.user_id == User.id)
    .outerjoin(Unit, and_(Unit.id == Membership.unit_id, Unit.deleted_at.is_(None)))
    .where(User.id == bindparam("user_id"), User.is_active, User.deleted_at.is_(None))
    .order_by(Membership.id)
)


def _grant(role: str, unit_id: int, path: str, functions: Any, jurisdiction: str) -> Grant:
    return Grant(
        unit_id=unit_id,
        unit_path=path,
        jurisdiction_path=jurisdiction,
        role=Role(role),
        unit_functions=frozenset(UnitFunction(f) for f in functions or ()),
    )


async def load_principal(session: AsyncSession, user_id: int) -> Principal | None:
    """The active user `user_id` with its grants, in one statement; None if it cannot act.

    Each grant carries its unit's path and its jurisdiction's."""
    rows = (await session.execute(_PRINCIPAL_ROWS, {"user_id": user_id})).all()
    if not rows:
        return None
    grants = tuple(_grant(*row[2:]) for row in rows if row.id is not None)
    return Principal(
        user_id=user_id, username=rows[0].username, full_name=rows[0].full_name, grants=grants
    )


async def grants_under(session: AsyncSession, path: str) -> dict[int, Grant]:
    """Every membership in the units under `path`, as grants keyed by membership id: what a
    change of those units' kind, place or functions would change the reach of."""
    rows = await session.execute(
        select(
            Membership.id,
            Membership.role,
            Unit.id,
            Unit.path,
            Unit.functions,
            JURISDICTION_PATH,
        )
        .join(Unit, Unit.id == Membership.unit_id)
        .where(Unit.path.startswith(path, autoescape=True), Unit.deleted_at.is_(None))
    )
    return {row[0]: _grant(*row[1:]) for row in rows}


def _visible_users(principal: Principal) -> Select[Any]:
    member_unit = aliased(Unit)
    in_reach = exists(
        select(literal(1, String))
        .select_from(Membership)
        .join(member_unit, member_unit.id == Membership.unit_id)
        .where(
            Membership.user_id == User.id,
            visible(principal, "users:read", member_unit.path),
        )
    )
    return select(User).where(in_reach).options(selectinload(User.memberships))


async def list_users(
    session: AsyncSession,
    principal: Principal,
    params: ListParams,
    *,
    unit_id: int | None = None,
    deleted: bool = False,
) -> Fetched:
    """Users with a membership in a unit the caller may see users of; deleted ones only for
    those who may restore them."""
    if deleted and not principal.can("records:restore"):
        raise Forbidden("Chỉ quản trị viên xem được người dùng đã xóa.")
    statement = _visible_users(principal).where(
        User.deleted_at.is_not(None) if deleted else User.deleted_at.is_(None)
    )
    if unit_id is not None:
        statement = statement.where(
            exists().where(Membership.user_id == User.id, Membership.unit_id == unit_id)
        )
    return await fetch_page(session, statement, params, USER_LISTING)


async def get_user(
    session: AsyncSession, principal: Principal, user_id: int, *, deleted: bool = False
) -> User:
    """The user if within the caller's reach; `NotFound` otherwise."""
    user = await session.scalar(
        _visible_users(principal).where(
            User.id == user_id,
            User.deleted_at.is_not(None) if deleted else User.deleted_at.is_(None),
        )
    )
    if user is None:
        raise NotFound("Không tìm thấy người dùng.")
    return user


def _snapshot(user: User) -> dict[str, Any]:
    return UserRead.model_validate(user).model_dump(mode="json", exclude={"last_login_at"})


async def _unit_paths(
    session: AsyncSession, principal: Principal, unit_ids: list[int]
) -> dict[int, str]:
    """Paths of the given live units the caller can see; `Invalid` naming any it cannot."""
    rows = await session.execute(
        select(Unit.id, Unit.path).where(
            Unit.id.in_(unit_ids),
            Unit.deleted_at.is_(None),
            visible(principal, "units:read", Unit.path),
        )
    )
    paths = {unit_id: path for unit_id, path in rows}
    missing = sorted(set(unit_ids) - paths.keys())
    if missing:
        raise Invalid(f"Không tìm thấy đơn vị: {missing}.", loc=["body", "memberships"])
    return paths


async def _ensure_administers(
    session: AsyncSession, principal: Principal, unit_ids: list[int], capability: str
) -> str:
    """403 unless the caller holds `capability` over every unit; the topmost path, for audit."""
    paths = await _unit_paths(session, principal, unit_ids)
    ensure_reaches(principal, capability, paths.values())
    return min(paths.values(), key=len)


def _memberships_from(data: list[MembershipIn]) -> list[Membership]:
    if len({m.unit_id for m in data}) != len(data):
        raise Invalid("Mỗi đơn vị chỉ được gán một vai trò.", loc=["body", "memberships"])
    return [Membership(unit_id=m.unit_id, role=m.role) for m in data]


async def _ensure_grants_within(
    session: AsyncSession, principal: Principal, memberships: list[Membership]
) -> None:
    """Each new role may reach no further than its granter does (`ensure_grant_within`); a
    superior's role sits only on a district or province, above the communes it watches."""
    if not memberships:
        return
    rows = await session.execute(
        select(Unit.id, Unit.kind, Unit.path, Unit.functions, JURISDICTION_PATH).where(
            Unit.id.in_([m.unit_id for m in memberships])
        )
    )
    units = {row[0]: row for row in rows}
    for membership in memberships:
        unit_id, kind, path, functions, jurisdiction = units[membership.unit_id]
        if Role(membership.role) in ROLES_ABOVE_COMMUNES and kind not in LEVELS_ABOVE_COMMUNES:
            raise Invalid(
                "Vai trò cấp trên chỉ gán được ở đơn vị cấp huyện hoặc tỉnh.",
                loc=["body", "memberships"],
            )
        grant = _grant(membership.role, unit_id, path, functions, jurisdiction)
        ensure_grant_within(principal, grant, "users:write")


async def create_user(session: AsyncSession, principal: Principal, data: UserCreate) -> User:
    """A user with memberships only in units the caller administers; 409 on a taken username."""
    memberships = _memberships_from(data.memberships)
    unit_path = await _ensure_administers(
        session, principal, [m.unit_id for m in memberships], "users:write"
    )
    await _ensure_grants_within(session, principal, memberships)
    user = User(
        username=data.username,
        full_name=data.full_name,
        phone=data.phone,
        email=data.email,
        password_hash=await hash_password(data.password),
        search_text=search_text(data.username, data.full_name),
        memberships=memberships,
    )
    session.add(user)
    try:
        await session.flush()
    except IntegrityError as error:
        raise Conflict("Tên đăng nhập đã có người dùng.") from error
    await record(
        session,
        "users.create",
        actor=principal,
        unit_path=unit_path,
        object_type="user",
        object_id=user.id,
        after=_snapshot(user),
    )
    return user


async def update_user(
    session: AsyncSession,
    principal: Principal,
    user_id: int,
    data: UserUpdate,
    expected_version: int,
) -> User:
    """Change a user whose every membership, old and new, the caller administers. A new or
    changed role reaches no further than the caller's own; deactivating ends the user's
    sessions. Nobody deactivates themselves or changes their own roles."""
    user = await get_user(session, principal, user_id)
    unit_path = await _ensure_administers(
        session, principal, [m.unit_id for m in user.memberships], "users:write"
    )
    check_version(user.version, expected_version)
    held = {(m.unit_id, m.role) for m in user.memberships}
    wanted = _memberships_from(data.memberships) if data.memberships is not None else None
    roles_change = wanted is not None and {(m.unit_id, m.role) for m in wanted} != held
    if user.id == principal.user_id and (data.is_active is False or roles_change):
        raise Conflict("Không thể tự khóa tài khoản hoặc đổi vai trò của chính mình.")
    before = _snapshot(user)
    changes = data.model_dump(exclude_unset=True, exclude={"password", "memberships"})
    for field, value in changes.items():
        setattr(user, field, value)
    if data.password is not None:
        user.password_hash = await hash_password(data.password)
    if data.password is not None or data.is_active is False:
        await revoke_sessions(session, user.id)
    if wanted is not None and roles_change:
        await _ensure_administers(session, principal, [m.unit_id for m in wanted], "users:write")
        await _ensure_grants_within(
            session, principal, [m for m in wanted if (m.unit_id, m.role) not in held]
        )
        kept = {m.unit_id: m for m in user.memberships}
        for membership in wanted:
            if membership.unit_id in kept:
                kept[membership.unit_id].role = membership.role
        user.memberships = [kept.get(m.unit_id, m) for m in wanted]
    user.search_text = search_text(user.username, user.full_name)
    user.updated_at = utcnow()
    await session.flush()
    await record(
        session,
        "users.update",
        actor=principal,
        unit_path=unit_path,
        object_type="user",
        object_id=user.id,
        before=before,
        after=_snapshot(user),
        details={"password_changed": data.password is not None},
    )
    return user


async def delete_user(
    session: AsyncSession, principal: Principal, user_id: int, expected_version: int
) -> None:
    """Soft-delete (and so shut out) a user; an admin can undo it. Nobody deletes themselves."""
    user = await get_user(session, principal, user_id)
    unit_path = await _ensure_administers(
        session, principal, [m.unit_id for m in user.memberships], "users:write"
    )
    check_version(user.version, expected_version)
    if user.id == principal.user_id:
        raise Conflict("Không thể tự xóa tài khoản của chính mình.")
    before = _snapshot(user)
    user.deleted_at = utcnow()
    await revoke_sessions(session, user.id)
    await session.flush()
    await record(
        session,
        "users.delete",
        actor=principal,
        unit_path=unit_path,
        object_type="user",
        object_id=user.id,
        before=before,
    )


async def restore_user(session: AsyncSession, principal: Principal, user_id: int) -> User:
    """Undo a deletion (admins over every unit of the user)."""
    user = await get_user(session, principal, user_id, deleted=True)
    unit_path = await _ensure_administers(
        session, principal, [m.unit_id for m in user.memberships], "records:restore"
    )
    user.deleted_at = None
    await session.flush()
    await record(
        session,
        "users.restore",
        actor=principal,
        unit_path=unit_path,
        object_type="user",
        object_id=user.id,
        after=_snapshot(user),
    )
    return user


# Built once: what `/me` shows beyond the principal, for the user bound as `user_id`: a row per
# live unit it belongs to (one row with no unit when it belongs to none).
_ME_ROWS = (
    select(User.phone, User.email, Unit.id, Unit.code, Unit.name, Unit.kind)
    .select_from(User)
    .outerjoin(Membership, Membership.user_id == User.id)
    .outerjoin(Unit, and_(Unit.id == Membership.unit_id, Unit.deleted_at.is_(None)))
    .where(User.id == bindparam("user_id"))
)


async def describe_me(session: AsyncSession, principal: Principal) -> MeRead:
    """The caller, its units and roles, and what it may do (one statement beside the
    principal's)."""
    rows = (await session.execute(_ME_ROWS, {"user_id": principal.user_id})).all()
    units = {row.id: row for row in rows if row.id is not None}
    return MeRead(
        id=principal.user_id,
        username=principal.username,
        full_name=principal.full_name,
        phone=rows[0].phone,
        email=rows[0].email,
        units=[
            MeUnit(
                id=grant.unit_id,
                code=units[grant.unit_id].code,
                name=units[grant.unit_id].name,
                kind=units[grant.unit_id].kind,
                functions=sorted(grant.unit_functions),
                role=grant.role,
            )
            for grant in principal.grants
        ],
        roles=sorted({grant.role for grant in principal.grants}),
        capabilities=sorted(principal.capabilities),
    )
