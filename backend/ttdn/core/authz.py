"""Who may see and do what: roles → capabilities, and the one scoping rule every read uses.

The caller is a `Principal`, built from the token by `accounts` (registered on the app as
`state.principal_loader`). Everything here decides on that object alone.

- A capability the principal has under no role → 403 (`require`).
- A row outside the reach of the grants carrying the capability → not visible → 404.
"""

from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Annotated, Any

from fastapi import Depends, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from sqlalchemy import ColumnElement, String, and_, bindparam, false, or_
from sqlalchemy.ext.asyncio import AsyncSession

from ttdn.core.db import SessionDep
from ttdn.core.errors import Forbidden, Unauthorized
from ttdn.core.tokens import InvalidToken, read_access_token


class Role(StrEnum):
    admin = "admin"
    leader = "leader"
    coordinator = "coordinator"
    member = "member"
    area_leader = "area_leader"
    superior = "superior"


class UnitFunction(StrEnum):
    coordination = "coordination"
    press = "press"
    security = "security"
    budget = "budget"


class Reach(StrEnum):
    unit = "unit"  # the grant's own unit only
    subtree = "subtree"  # the grant's unit and everything below it
    jurisdiction = "jurisdiction"  # the commune (or district, province) the unit belongs to


ROLE_REACH: dict[Role, Reach] = {
    Role.admin: Reach.subtree,
    Role.leader: Reach.jurisdiction,
    Role.coordinator: Reach.jurisdiction,
    Role.member: Reach.unit,
    Role.area_leader: Reach.unit,
    Role.superior: Reach.subtree,
}

# The capability table of DESIGN §4. Keep it the only place a role is mapped to a right.
READING = frozenset({"units:read", "plans:read", "tasks:read", "media:read"})
# Press interactions of one's whole commune (`media:read` reaches as far as the role does: an
# area leader its area, the superior its communes).
INTERACTION_READING = frozenset({"media:interactions:read"})
# Press contacts of one's commune (with their personal data redacted unless `media:personal_data`).
CONTACT_READING = frozenset({"media:contacts:read"})
# Writing press records (outlets, contacts) and reading contacts' personal data unredacted.
PRESS_WORK = frozenset({"media:write", "media:personal_data"})
# False-information incidents: reported by whoever works in a commune, read by classification
# (public: the commune; internal: those who deal with them; confidential: the leader and the
# security unit), dealt with by coordinators, leaders and the security unit; the people
# involved and their sanctions are the security unit's alone. A reporter always follows its
# own reports; the superior reads what was escalated to it. A report comes from a unit within
# the reporter's reach (a member's own office, an area leader's area) and is filed under that
# unit's commune.
INCIDENT_REPORTING = frozenset({"incidents:report"})
INCIDENT_READING = frozenset({"incidents:read"})
INCIDENT_HANDLING = frozenset({"incidents:handle", "incidents:read_internal"})
INCIDENT_DECIDING = frozenset({"incidents:close", "incidents:read_confidential"})
SECURITY_WORK = INCIDENT_HANDLING | INCIDENT_DECIDING | {"incidents:security"}
# The reporting cycle: everyone reads the reports within its reach (a member, an area leader:
# its own unit's part); each responsible unit fills and submits its own part (`reports:fill`
# reaches one's own unit whatever the role, so a coordinator fills its office's part, not the
# others'); the coordinator manages the periods and accepts or returns the parts; the leader
# approves the commune's report; the superior reviews the commune reports sent to it.
REPORT_READING = frozenset({"reports:read"})
# The commune's report before it is sent (the superior reads it once sent).
REPORT_DRAFT_READING = frozenset({"reports:drafts"})
REPORT_FILLING = frozenset({"reports:fill"})
REPORT_MANAGING = frozenset({"reports:manage"})
ROLE_CAPABILITIES: dict[Role, frozenset[str]] = {
    # Units, users, keys and settings of its subtree, and undoing deletions; never the plan's
    # content or its tasks (those are the coordinator's and the leader's).
    # Admins keep the press directory (merge duplicates, undo deletions) but read it redacted.
    Role.admin: READING
    | INTERACTION_READING
    | CONTACT_READING
    | INCIDENT_READING
    | REPORT_READING
    | REPORT_DRAFT_READING
    | {"units:write", "users:read", "users:write", "audit:read", "records:restore", "media:merge"},
    Role.leader: READING
    | INTERACTION_READING
    | CONTACT_READING
    | PRESS_WORK
    | INCIDENT_REPORTING
    | INCIDENT_READING
    | INCIDENT_HANDLING
    | INCIDENT_DECIDING
    | REPORT_READING
    | REPORT_DRAFT_READING
    | {"users:read", "audit:read", "plans:write", "plans:issue", "tasks:assign", "tasks:confirm"}
    | {"reports:approve"},
    Role.coordinator: READING
    | INTERACTION_READING
    | CONTACT_READING
    | PRESS_WORK
    | INCIDENT_REPORTING
    | INCIDENT_READING
    | INCIDENT_HANDLING
    | REPORT_READING
    | REPORT_DRAFT_READING
    | REPORT_FILLING
    | REPORT_MANAGING
    | {"users:read", "plans:write", "tasks:assign", "tasks:report", "tasks:confirm"},
    Role.member: READING
    | INTERACTION_READING
    | CONTACT_READING
    | INCIDENT_REPORTING
    | INCIDENT_READING
    | REPORT_READING
    | REPORT_FILLING
    | {"tasks:report"},
    Role.area_leader: READING
    | CONTACT_READING
    | INCIDENT_REPORTING
    | REPORT_READING
    | REPORT_FILLING
    | {"tasks:report"},
    # Reads the outlets every commune shares, never a commune's contacts; of the incidents,
    # those escalated to it, which it acknowledges.
    Role.superior: READING
    | REPORT_READING
    | {"incidents:escalated", "incidents:acknowledge", "reports:review"},
}

# Extra capabilities a unit's function gives to every member of that unit.
FUNCTION_CAPABILITIES: dict[UnitFunction, frozenset[str]] = {
    UnitFunction.coordination: frozenset(),
    UnitFunction.press: PRESS_WORK,
    UnitFunction.security: SECURITY_WORK,
    UnitFunction.budget: frozenset(),
}

# Read across one's own commune (or district, province), whatever the role's reach: a member
# must be able to name the units it cooperates with and to read the plan its tasks come from.
# Press contacts belong to the commune, not to the office that keeps them: whoever reads or
# keeps them does so across the commune.
COMMUNE_WIDE_READS = frozenset({"units:read", "plans:read"})
COMMUNE_WIDE = (
    COMMUNE_WIDE_READS
    | INTERACTION_READING
    | CONTACT_READING
    | PRESS_WORK
    | INCIDENT_READING
    | SECURITY_WORK
)

# Reach one's own unit only, whatever the role's reach: a unit's report part is that unit's.
OWN_UNIT_ONLY = REPORT_FILLING

# Roles that make sense only on a level of government above the communes they watch.
ROLES_ABOVE_COMMUNES = frozenset({Role.superior})


@dataclass(frozen=True)
class Grant:
    """One membership: a role in a unit, with where that unit stands in the tree."""

    unit_id: int
    unit_path: str
    jurisdiction_path: str
    role: Role
    unit_functions: frozenset[UnitFunction] = frozenset()

    @property
    def capabilities(self) -> frozenset[str]:
        extra = (FUNCTION_CAPABILITIES[function] for function in self.unit_functions)
        return ROLE_CAPABILITIES[self.role].union(*extra)

    def reach_for(self, capability: str) -> Reach:
        if capability in COMMUNE_WIDE:  # the jurisdiction holds every unit's subtree
            return Reach.jurisdiction
        if capability in OWN_UNIT_ONLY:
            return Reach.unit
        return ROLE_REACH[self.role]

    def reach_root(self, capability: str) -> str:
        """The path under which `capability` reaches (its own unit, for a unit-wide reach)."""
        if self.reach_for(capability) is Reach.jurisdiction:
            return self.jurisdiction_path
        return self.unit_path

    def reach_beyond(self, allowed: Callable[[str, str], bool]) -> str | None:
        """The first capability of this grant whose reach root `allowed(capability, root)`
        refuses, or None when every reach stays within what is allowed."""
        for capability in sorted(self.capabilities):
            if not allowed(capability, self.reach_root(capability)):
                return capability
        return None

    def reaches(self, capability: str, unit_path: str) -> bool:
        if capability not in self.capabilities:
            return False
        reach = self.reach_for(capability)
        if reach is Reach.unit:
            return unit_path == self.unit_path
        root = self.unit_path if reach is Reach.subtree else self.jurisdiction_path
        return unit_path.startswith(root)


@dataclass(frozen=True)
class Principal:
    user_id: int
    username: str
    grants: tuple[Grant, ...]
    full_name: str = ""
    capabilities: frozenset[str] = field(init=False)

    def __post_init__(self) -> None:
        caps = frozenset().union(*(grant.capabilities for grant in self.grants))
        object.__setattr__(self, "capabilities", caps)

    def can(self, capability: str) -> bool:
        return capability in self.capabilities

    def reaches(self, capability: str, unit_path: str) -> bool:
        return any(grant.reaches(capability, unit_path) for grant in self.grants)

    @property
    def home_unit_path(self) -> str | None:
        return self.grants[0].unit_path if self.grants else None


# How a principal's reach for one capability is laid out: one flag per root, True for a
# subtree (a path prefix), False for one unit. Queries built for a layout are built once and
# take the roots as bound parameters (`visible_in`, `reach_parameters`).
ReachLayout = tuple[bool, ...]


def reach_roots(principal: Principal, capability: str) -> tuple[tuple[bool, str], ...]:
    """The roots the grants carrying `capability` reach: (is a subtree, path), without
    repeats, in a stable order."""
    roots = set()
    for grant in principal.grants:
        if capability in grant.capabilities:
            reach = grant.reach_for(capability)
            roots.add((reach is not Reach.unit, grant.reach_root(capability)))
    return tuple(sorted(roots))


def subtree_end(path: str) -> str:
    """The first path past every path under `path` in byte order: `/1/3/` → `/1/30`, since
    paths are digits and slashes and `0` follows `/`. A subtree is the range [path, end)."""
    return path[:-1] + chr(ord(path[-1]) + 1)


def reach_parameters(
    principal: Principal, capability: str, name: str
) -> tuple[ReachLayout, dict[str, str]]:
    """The layout of the principal's reach for `capability`, and the values of the bound
    parameters `visible_in(layout, name, …)` expects."""
    return roots_parameters(reach_roots(principal, capability), name)


def roots_parameters(
    roots: Iterable[tuple[bool, str]], name: str
) -> tuple[ReachLayout, dict[str, str]]:
    """The layout of `roots` ((is a subtree, path) pairs) and the values of the bound parameters
    `visible_in(layout, name, …)` expects."""
    roots = tuple(roots)
    layout = tuple(is_subtree for is_subtree, _ in roots)
    values = {}
    for index, (is_subtree, path) in enumerate(roots):
        values[f"{name}_{index}"] = path
        if is_subtree:
            values[f"{name}_{index}_end"] = subtree_end(path)
    return layout, values


def visible_in(
    layout: ReachLayout,
    name: str,
    unit_path: ColumnElement[str] | Any,
    values: dict[str, str] | None = None,
) -> ColumnElement[bool]:
    """The visibility clause for a reach of `layout`: the unit path equals a unit root or lies
    in the range of a subtree root (a range, not `LIKE 'root%'`, so that the path's index
    serves it on SQLite and PostgreSQL alike, bound parameters or not). The roots are bound
    parameters `name_0`, `name_1`… (and `name_0_end`… for subtrees), given here in `values` or
    at execution (for a query built once per layout)."""

    def parameter(key: str) -> Any:
        return bindparam(key, values[key], String) if values else bindparam(key, type_=String)

    clauses: list[ColumnElement[bool]] = []
    for index, is_subtree in enumerate(layout):
        key = f"{name}_{index}"
        if is_subtree:
            clauses.append(and_(unit_path >= parameter(key), unit_path < parameter(f"{key}_end")))
        else:
            clauses.append(unit_path == parameter(key))
    return or_(*clauses) if clauses else false()


def visible(
    principal: Principal, capability: str, unit_path: ColumnElement[str] | Any
) -> ColumnElement[bool]:
    """The one scoping rule for reads: rows whose unit lies within reach of a grant with
    `capability`. Every list and get applies it to the path of the row's unit (directly, or
    through `visible_in` in a query built once per layout)."""
    name = "reach_" + capability.replace(":", "_")
    layout, values = reach_parameters(principal, capability, name)
    return visible_in(layout, name, unit_path, values)


def ensure_grant_within(granter: Principal, grant: Grant, administering: str) -> None:
    """403 unless every reach `grant` gives stays within the granter's own: within what the
    granter reaches with the same capability, or within the part of the tree it administers.
    So an admin of an office cannot make a commune-wide coordinator."""
    beyond = grant.reach_beyond(
        lambda capability, root: (
            granter.reaches(capability, root) or granter.reaches(administering, root)
        )
    )
    if beyond is not None:
        raise Forbidden(
            f"Vai trò {grant.role} ở đơn vị này có phạm vi ({beyond}) rộng hơn phạm vi quản trị "
            "của bạn; hãy nhờ quản trị viên cấp trên."
        )


def widened_grants(
    actor: Principal, before: dict[int, Grant], after: dict[int, Grant], administering: str
) -> list[Grant]:
    """Grants (keyed alike, e.g. by membership) that a change of the tree made reach further
    than they did before and beyond the part of the tree the actor administers."""
    widened = []
    for key, grant in after.items():
        old = before.get(key)

        def allowed(capability: str, root: str, old: Grant | None = old) -> bool:
            reached_before = (
                old is not None
                and capability in old.capabilities
                and root.startswith(old.reach_root(capability))
            )
            return reached_before or actor.reaches(administering, root)

        if grant.reach_beyond(allowed) is not None:
            widened.append(grant)
    return widened


def ensure_reaches(principal: Principal, capability: str, unit_paths: Iterable[str]) -> None:
    """Raise 403 unless the principal holds `capability` over every one of `unit_paths`.

    Use it after the row was found through `visible` (so that it exists for the caller)."""
    if not all(principal.reaches(capability, path) for path in unit_paths):
        raise Forbidden("Bạn không có quyền thực hiện thao tác này ở đơn vị đó.")


PrincipalLoader = Callable[[AsyncSession, int], Awaitable[Principal | None]]
# Every membership in the units under a path, as grants keyed by membership id (`accounts`).
GrantsLoader = Callable[[AsyncSession, str], Awaitable[dict[int, Grant]]]
_bearer = HTTPBearer(auto_error=False)


async def current_principal(
    request: Request,
    session: SessionDep,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
) -> Principal:
    if credentials is None or credentials.scheme.lower() != "bearer":
        raise Unauthorized("Cần đăng nhập.")
    try:
        user_id = read_access_token(credentials.credentials)
    except InvalidToken as error:
        raise Unauthorized("Phiên đăng nhập không hợp lệ hoặc đã hết hạn.") from error
    loader: PrincipalLoader = request.app.state.principal_loader
    principal = await loader(session, user_id)
    if principal is None:
        raise Unauthorized("Tài khoản không còn hoạt động.")
    request.state.principal = principal
    return principal


PrincipalDep = Annotated[Principal, Depends(current_principal)]


def require(*capabilities: str) -> Any:
    """Route dependency: the principal, if some role of it may ever use one of `capabilities`;
    else 403."""

    async def dependency(principal: PrincipalDep) -> Principal:
        if not any(principal.can(capability) for capability in capabilities):
            needed = " hoặc ".join(capabilities)
            raise Forbidden(f"Vai trò của bạn không được phép dùng chức năng này ({needed}).")
        return principal

    return Depends(dependency)
