"""The authorization table: every route × every role × a target in and out of the caller's reach.

Each row names what the route answers. Lists answer 200 either way: for them, the row says
that the caller's own target is listed and the outside one is not. A route without rows fails
`test_every_route_has_rows`.
"""

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

import pytest
from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from ttdn.accounts.models import User
from ttdn.audit.service import record
from ttdn.core.db import utcnow
from ttdn.units.models import Unit

# The demo account that plays each role; None is an anonymous caller.
ACTORS: dict[str, str | None] = {
    "anonymous": None,
    "admin": "admin",
    "leader": "chutich",
    "coordinator": "vhxh",
    "member": "congan",
    "area_leader": "khu1",
    "superior": "huyen",
}
ROLES = [role for role in ACTORS if role != "anonymous"]

# Targets: inside Cao Xá (and so inside huyện Lâm Thao), and in Hiền Quan of another district,
# outside everyone's reach here.
OWN, OTHER = "own", "other"
UNIT_TARGET = {OWN: "dai_truyen_thanh", OTHER: "hien_quan_khu_2"}
UNUSED_UNIT_TARGET = {OWN: "khu_6", OTHER: "hien_quan_khu_2"}
PARENT_TARGET = {OWN: "ubnd_cao_xa", OTHER: "hien_quan"}
USER_TARGET = {OWN: "daitruyenthanh", OTHER: "hienquan_khu"}

PUBLIC_ROUTES = {
    "GET /api/v1/health",
    "POST /api/v1/auth/login",
    "POST /api/v1/auth/refresh",
    "POST /api/v1/auth/logout",
}

Expectation = tuple[int, int]  # (own, other)


@dataclass(frozen=True)
class Request:
    path: str
    json: dict[str, Any] | None = None
    if_match: bool = False
    # For lists: (the listed id that must appear for own, and must not for other).
    listed_id: int | None = None


Prepare = Callable[[Any, AsyncSession, str], Awaitable[Request]]


async def _version(session: AsyncSession, model: Any, row_id: int) -> int:
    return int(await session.scalar(select(model.version).where(model.id == row_id)))


async def unit_list(world: Any, session: AsyncSession, target: str) -> Request:
    return Request("/api/v1/units?limit=200", listed_id=world.unit_id(UNIT_TARGET[target]))


async def unit_tree(world: Any, session: AsyncSession, target: str) -> Request:
    return Request("/api/v1/units/tree", listed_id=world.unit_id(UNIT_TARGET[target]))


async def one_unit(world: Any, session: AsyncSession, target: str) -> Request:
    return Request(f"/api/v1/units/{world.unit_id(UNIT_TARGET[target])}")


async def new_unit(world: Any, session: AsyncSession, target: str) -> Request:
    body = {
        "parent_id": world.unit_id(PARENT_TARGET[target]),
        "kind": "residential_area",
        "code": "KDC-MOI",
        "name": "Khu dân cư mới",
    }
    return Request("/api/v1/units", json=body)


async def unit_change(world: Any, session: AsyncSession, target: str) -> Request:
    unit_id = world.unit_id(UNIT_TARGET[target])
    return Request(f"/api/v1/units/{unit_id}", json={"name": "Tên mới"}, if_match=True)


async def unit_removal(world: Any, session: AsyncSession, target: str) -> Request:
    return Request(f"/api/v1/units/{world.unit_id(UNUSED_UNIT_TARGET[target])}", if_match=True)


async def unit_restoration(world: Any, session: AsyncSession, target: str) -> Request:
    unit_id = world.unit_id(UNUSED_UNIT_TARGET[target])
    await session.execute(update(Unit).where(Unit.id == unit_id).values(deleted_at=utcnow()))
    return Request(f"/api/v1/units/{unit_id}/restore")


async def user_list(world: Any, session: AsyncSession, target: str) -> Request:
    return Request("/api/v1/users?limit=200", listed_id=world.users[USER_TARGET[target]])


async def one_user(world: Any, session: AsyncSession, target: str) -> Request:
    return Request(f"/api/v1/users/{world.users[USER_TARGET[target]]}")


async def new_user(world: Any, session: AsyncSession, target: str) -> Request:
    body = {
        "username": "nguoimoi",
        "full_name": "Người Mới",
        "password": "mat-khau-du-dai",
        "memberships": [{"unit_id": world.unit_id(UNUSED_UNIT_TARGET[target]), "role": "member"}],
    }
    return Request("/api/v1/users", json=body)


async def user_change(world: Any, session: AsyncSession, target: str) -> Request:
    user_id = world.users[USER_TARGET[target]]
    return Request(f"/api/v1/users/{user_id}", json={"full_name": "Tên Mới"}, if_match=True)


async def user_removal(world: Any, session: AsyncSession, target: str) -> Request:
    return Request(f"/api/v1/users/{world.users[USER_TARGET[target]]}", if_match=True)


async def user_restoration(world: Any, session: AsyncSession, target: str) -> Request:
    user_id = world.users[USER_TARGET[target]]
    await session.execute(update(User).where(User.id == user_id).values(deleted_at=utcnow()))
    return Request(f"/api/v1/users/{user_id}/restore")


async def audit_list(world: Any, session: AsyncSession, target: str) -> Request:
    unit = world.units[UNIT_TARGET[target]]
    event = await record(session, "test.marker", unit_path=unit.path)
    return Request("/api/v1/audit?limit=200&action=test.marker", listed_id=event.id)


async def me(world: Any, session: AsyncSession, target: str) -> Request:
    return Request("/api/v1/me")


def every(own: int, other: int) -> dict[str, Expectation]:
    return {role: (own, other) for role in ROLES}


def only(roles: set[str], allowed: Expectation, refused: Expectation) -> dict[str, Expectation]:
    return {role: allowed if role in roles else refused for role in ROLES}


FORBIDDEN = (403, 403)
ADMIN = {"admin"}
USER_READERS = {"admin", "leader", "coordinator"}

MATRIX: dict[str, tuple[Prepare, dict[str, Expectation]]] = {
    "GET /api/v1/me": (me, every(200, 200)),
    "GET /api/v1/units": (unit_list, every(200, 200)),
    "GET /api/v1/units/tree": (unit_tree, every(200, 200)),
    "GET /api/v1/units/{unit_id}": (one_unit, every(200, 404)),
    "POST /api/v1/units": (new_unit, only(ADMIN, (201, 422), FORBIDDEN)),
    "PATCH /api/v1/units/{unit_id}": (unit_change, only(ADMIN, (200, 404), FORBIDDEN)),
    "DELETE /api/v1/units/{unit_id}": (unit_removal, only(ADMIN, (204, 404), FORBIDDEN)),
    "POST /api/v1/units/{unit_id}/restore": (unit_restoration, only(ADMIN, (200, 404), FORBIDDEN)),
    "GET /api/v1/users": (user_list, only(USER_READERS, (200, 200), FORBIDDEN)),
    "GET /api/v1/users/{user_id}": (one_user, only(USER_READERS, (200, 404), FORBIDDEN)),
    "POST /api/v1/users": (new_user, only(ADMIN, (201, 422), FORBIDDEN)),
    "PATCH /api/v1/users/{user_id}": (user_change, only(ADMIN, (200, 404), FORBIDDEN)),
    "DELETE /api/v1/users/{user_id}": (user_removal, only(ADMIN, (204, 404), FORBIDDEN)),
    "POST /api/v1/users/{user_id}/restore": (user_restoration, only(ADMIN, (200, 404), FORBIDDEN)),
    "GET /api/v1/audit": (audit_list, only({"admin", "leader"}, (200, 200), FORBIDDEN)),
}

ROWS = [
    (route, role, target, expected[role][0 if target == OWN else 1] if role in expected else 401)
    for route, (_, expected) in MATRIX.items()
    for role in ACTORS
    for target in (OWN, OTHER)
]


def test_every_route_has_rows(app: Any) -> None:
    routes = {
        f"{method.upper()} {path}"
        for path, operations in app.openapi()["paths"].items()
        for method in operations
    }
    assert routes - PUBLIC_ROUTES == set(MATRIX), "every API route needs rows in MATRIX"


def test_the_table_covers_every_role_and_both_targets() -> None:
    assert len(ROWS) == len(MATRIX) * len(ACTORS) * 2


@pytest.mark.parametrize(("route", "role", "target", "expected"), ROWS)
async def test_route_answers_per_role_and_reach(
    route: str,
    role: str,
    target: str,
    expected: int,
    client: Any,
    world: Any,
    sessionmaker: async_sessionmaker[AsyncSession],
) -> None:
    method, _, template = route.partition(" ")
    prepare, _ = MATRIX[route]
    async with sessionmaker() as session, session.begin():
        request = await prepare(world, session, target)
    headers = world.auth(ACTORS[role]) if ACTORS[role] else {}
    if request.if_match:
        model = Unit if "/units/" in template else User
        row_id = int(request.path.rstrip("/").split("/")[-1])
        async with sessionmaker() as session:
            headers["If-Match"] = f'"{await _version(session, model, row_id)}"'
    response = await client.request(method, request.path, json=request.json, headers=headers)

    assert response.status_code == expected, response.text
    if response.status_code >= 400:
        assert response.headers["content-type"].startswith("application/problem+json")
    if request.listed_id is not None and response.status_code == 200:
        listed = _ids(response.json())
        assert (request.listed_id in listed) is (target == OWN)


def _ids(body: Any) -> set[int]:
    """Ids in a page (`items`) or a tree (`children`, recursively)."""
    nodes = body["items"] if isinstance(body, dict) else body
    found: set[int] = set()
    for node in nodes:
        found.add(node["id"])
        found |= _ids(node.get("children", []))
    return found
