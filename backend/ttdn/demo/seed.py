"""`ttdn seed-demo`: the Cao Xá 2023 plan as live data, and the demo accounts."""

from dataclasses import dataclass

from sqlalchemy import exists, select
from sqlalchemy.ext.asyncio import AsyncSession

from ttdn.accounts.login import password_hasher
from ttdn.accounts.models import Membership, User
from ttdn.core.text import search_text
from ttdn.demo import cao_xa_2023 as plan
from ttdn.units.models import Unit
from ttdn.units.service import insert_unit


@dataclass(frozen=True)
class SeededDemo:
    units: dict[str, Unit]  # by the demo's unit keys
    users: dict[str, User]  # by username


async def database_is_empty(session: AsyncSession) -> bool:
    return not await session.scalar(select(exists().where(Unit.id.is_not(None))))


async def seed_demo(session: AsyncSession, *, password_hash: str | None = None) -> SeededDemo:
    """Load the demo into an empty database (the caller commits). `password_hash`, the demo
    password already hashed, saves the tests an Argon2 run per seeding."""
    units: dict[str, Unit] = {}
    for demo_unit in plan.UNITS:
        parent = units[demo_unit.parent_key] if demo_unit.parent_key else None
        units[demo_unit.key] = await insert_unit(
            session,
            parent,
            kind=demo_unit.kind,
            code=demo_unit.code,
            name=demo_unit.name,
            short_name=demo_unit.short_name,
            functions=list(demo_unit.functions),
        )
    # One hash for the one shared demo password: seeding stays fast, and these accounts are
    # refused in production anyway.
    password_hash = password_hash or password_hasher.hash(plan.DEMO_PASSWORD)
    users = {
        username: User(
            username=username,
            full_name=full_name,
            password_hash=password_hash,
            is_demo=True,
            search_text=search_text(username, full_name),
            memberships=[Membership(unit_id=units[unit_key].id, role=role)],
        )
        for username, full_name, unit_key, role in plan.DEMO_ACCOUNTS
    }
    session.add_all(users.values())
    await session.flush()
    return SeededDemo(units=units, users=users)
