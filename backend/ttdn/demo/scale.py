"""`ttdn seed-scale`: a province-scale dataset, to measure the hot paths at the size one
deployment may serve since the 2025 reform (issue 8).

One province with `communes` communes (150 by default), each with the demo's unit structure, 20
accounts of every role, one issued plan of 200 tasks with their occurrences and the year's
progress (`scale_province`, `scale_tasks`), 20 press contacts among 500 outlets the province
shares and 100 interactions with the press (`scale_media`), 500 false-information incidents
with their timelines, actions and people (`scale_incidents`), a year of reporting periods with
the units' parts and the commune's 6-month report at every step (`scale_reports`), and an
audit trail of at least `audit_events` events: the events of all that, then the accounts'
sign-ins over the year to make up the number. The trail is chained here exactly as
`audit.service.record` chains it, one event after another, so that `ttdn audit verify` holds
afterwards.

Rows are written in bulk (Core `INSERT` of a few thousand rows at a time) with the ids they were
built with; PostgreSQL's sequences are moved past them at the end. Everything follows from the
seed: two runs with the same options write the same rows (the trail's hashes also depend on the
secret key). All accounts share the demo password, hashed once, and are demo accounts: a
production server refuses to start with them.
"""

import heapq
import math
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any, TextIO, cast

from sqlalchemy import bindparam, exists, insert, select, text, update
from sqlalchemy.ext.asyncio import AsyncSession

from ttdn.accounts.models import User
from ttdn.audit.models import AuditChainHead, AuditEvent
from ttdn.audit.service import GENESIS_HASH, HEAD_ID, KEY_PURPOSE, event_hash, head_seal
from ttdn.core.db import Base
from ttdn.core.tokens import derived_key
from ttdn.demo.scale_incidents import INCIDENTS_PER_COMMUNE, commune_incidents
from ttdn.demo.scale_media import (
    CONTACTS_PER_COMMUNE,
    INTERACTIONS_PER_COMMUNE,
    OUTLETS,
    press_contacts,
    press_interactions,
    province_outlets,
)
from ttdn.demo.scale_province import (
    YEAR,
    AuditEntry,
    Builder,
    build_commune,
    moment,
    province_level,
)
from ttdn.demo.scale_reports import commune_reporting
from ttdn.demo.scale_tasks import AS_OF, assign_and_progress

BATCH = 5_000  # rows per INSERT
# About: the progress bar's weight of building and writing one (its press contacts with their
# phones and e-mails included).
ROWS_PER_COMMUNE = (
    3_000 + 3 * CONTACTS_PER_COMMUNE + 3 * INTERACTIONS_PER_COMMUNE + 10 * INCIDENTS_PER_COMMUNE
)


@dataclass(frozen=True)
class ScaleOptions:
    communes: int = 150
    seed: int = 2025
    audit_events: int = 1_000_000  # at least this many: sign-ins make up what the rest lacks


@dataclass
class ScaleSummary:
    rows: dict[str, int] = field(default_factory=dict)  # per table
    seconds: float = 0.0

    def __str__(self) -> str:
        count = self.rows.get
        return (
            f"province loaded in {self.seconds:.1f} s: {count('units', 0)} units in "
            f"{count('plans', 0)} communes, {count('users', 0)} accounts, {count('plans', 0)} "
            f"plans with {count('tasks', 0)} tasks and {count('task_occurrences', 0)} "
            f"occurrences, {count('task_updates', 0)} progress reports (as of "
            f"{AS_OF:%d/%m/%Y}), {count('media_outlets', 0)} press outlets, "
            f"{count('media_contacts', 0)} press contacts and {count('media_interactions', 0)} "
            f"interactions, {count('incidents', 0)} false-information incidents, "
            f"{count('reporting_periods', 0)} reporting periods with "
            f"{count('unit_reports', 0)} unit parts and {count('commune_reports', 0)} commune "
            f"reports, "
            f"{count('audit_events', 0)} audit "
            f"events; "
            f"{sum(self.rows.values())} rows in all"
        )


class ProgressBar:
    """`[#####     ]  40% communes 60/150` on one line of stderr, rewritten as work goes."""

    WIDTH = 30

    def __init__(self, total: int, stream: TextIO | None = None) -> None:
        self.total, self.done = max(total, 1), 0
        self.stream = stream  # None: nothing shown
        self.shown = ""

    def advance(self, amount: int, label: str) -> None:
        self.done = min(self.done + amount, self.total)
        filled = self.WIDTH * self.done // self.total
        line = f"[{'#' * filled}{' ' * (self.WIDTH - filled)}] {100 * self.done // self.total:3d}%"
        line = f"{line} {label}"
        if self.stream is not None and line != self.shown:
            self.stream.write(f"\r{line:<70}")
            self.stream.flush()
            self.shown = line

    def finish(self) -> None:
        if self.stream is not None:
            self.stream.write("\n")
            self.stream.flush()


def total_work(options: ScaleOptions) -> int:
    """The progress bar's total for `options`."""
    return OUTLETS + options.communes * ROWS_PER_COMMUNE + options.audit_events


TABLES = {table.name: table for table in Base.metadata.sorted_tables}
ORDER = list(TABLES)  # parents before children


async def database_is_empty(session: AsyncSession) -> bool:
    """No row in any table of the schema (the audit chain's head of no events, which the
    migrations write, is no data)."""
    for table in TABLES.values():
        if table.name == AuditChainHead.__tablename__:
            continue
        if await session.scalar(select(exists().select_from(table))):
            return False
    return True


async def empty_database(session: AsyncSession) -> None:
    """Delete every row of every table (children first)."""
    if session.get_bind().dialect.name == "sqlite":
        await session.execute(text("PRAGMA defer_foreign_keys = ON"))  # units refer to units
    for name in reversed(ORDER):
        await session.execute(TABLES[name].delete())


async def _write(session: AsyncSession, rows: dict[str, list[dict[str, Any]]]) -> None:
    connection = await session.connection()
    for name in ORDER:
        pending = rows.get(name, [])
        for start in range(0, len(pending), BATCH):
            await connection.execute(insert(TABLES[name]), pending[start : start + BATCH])


async def seed_scale(
    session: AsyncSession,
    options: ScaleOptions,
    password_hash: str,
    *,
    replace: bool = False,
    progress: ProgressBar | None = None,
) -> ScaleSummary:
    """Load the province into the database (the caller commits). Refuses (`ValueError`) a
    database that holds any row, unless `replace`: then every row is deleted first."""
    started = time.perf_counter()
    if not await database_is_empty(session):
        if not replace:
            raise ValueError("the database is not empty")
        await empty_database(session)
    bar = progress or ProgressBar(total_work(options))
    summary = ScaleSummary()
    builder = Builder(options.seed, password_hash)
    province, references = province_level(builder, moment(date(YEAR, 1, 2)))
    outlets = province_outlets(builder, province)
    superior = next((uid, name) for uid, name, _ in builder.accounts if name == "tinh")
    bar.advance(OUTLETS, "press outlets")
    for number in range(1, options.communes + 1):
        commune = build_commune(builder, province, number, references)
        assign_and_progress(builder, commune)
        contacts = press_contacts(builder, commune, outlets)
        press_interactions(builder, commune, outlets, contacts)
        commune_incidents(builder, commune, superior)
        commune_reporting(builder, commune, superior)
        if number == options.communes or sum(map(len, builder.rows.values())) >= 4 * BATCH:
            rows = builder.take_rows()
            await _write(session, rows)
            for name, written in rows.items():
                summary.rows[name] = summary.rows.get(name, 0) + len(written)
        bar.advance(ROWS_PER_COMMUNE, f"communes {number}/{options.communes}")
    events = _with_sign_ins(builder, options.audit_events)
    summary.rows["audit_events"] = await _write_chain(session, events, bar)
    await _note_last_sign_ins(session, builder, options.audit_events)
    if session.get_bind().dialect.name == "postgresql":
        await _advance_sequences(session)
    # Statistics for the planners: a bulk-loaded database has none until autovacuum comes by
    # (PostgreSQL) or someone runs ANALYZE (SQLite), and plans made without them walk whole
    # tables (a member's task list took seconds instead of milliseconds).
    await session.execute(text("ANALYZE"))
    bar.finish()
    summary.seconds = time.perf_counter() - started
    return summary


# --- the audit trail ------------------------------------------------------------------------


def _sign_in(builder: Builder, i: int, count: int) -> AuditEntry:
    """The `i`-th of `count` sign-ins spread evenly over the year up to `AS_OF`, the accounts
    taking turns in a fixed shuffle."""
    accounts = builder.accounts
    stride = 7919
    while math.gcd(stride, len(accounts)) != 1:
        stride += 2
    user_id, username, home = accounts[(i * stride) % len(accounts)]
    start = moment(date(YEAR, 1, 6), 7)
    span = (moment(AS_OF, 17) - start).total_seconds()
    return AuditEntry(
        occurred_at=start + timedelta(seconds=int(i * span / count)),
        action="auth.login",
        actor_user_id=user_id,
        actor_username=username,
        unit_path=home,
        object_type="user",
        object_id=str(user_id),
    )


def _sign_ins(builder: Builder, target: int) -> int:
    return max(0, target - len(builder.events))


def _with_sign_ins(builder: Builder, target: int) -> Iterable[AuditEntry]:
    """The domain events and the sign-ins, merged in time order (domain first at a tie)."""
    count = _sign_ins(builder, target)
    sign_ins = (_sign_in(builder, i, count) for i in range(count))
    return heapq.merge(builder.events, sign_ins, key=lambda entry: entry.occurred_at)


async def _write_chain(
    session: AsyncSession, events: Iterable[AuditEntry], bar: ProgressBar
) -> int:
    """Each event chained to the one before it by `audit.service`'s own keyed hash, then the
    head row sealed over the last one: what `record` leaves after as many appends."""
    key = derived_key(KEY_PURPOSE)
    connection = await session.connection()
    previous, count, batch = GENESIS_HASH, 0, []
    for entry in events:
        count += 1
        digest = event_hash(key, previous, cast(AuditEvent, entry))
        batch.append(
            {
                "id": count,
                "occurred_at": entry.occurred_at,
                "actor_user_id": entry.actor_user_id,
                "actor_username": entry.actor_username,
                "unit_path": entry.unit_path,
                "action": entry.action,
                "object_type": entry.object_type,
                "object_id": entry.object_id,
                "request_id": entry.request_id,
                "before_digest": entry.before_digest,
                "after_digest": entry.after_digest,
                "details": entry.details,
                "previous_hash": previous,
                "hash": digest,
            }
        )
        previous = digest
        if len(batch) == BATCH:
            await connection.execute(insert(TABLES[AuditEvent.__tablename__]), batch)
            bar.advance(len(batch), f"audit events {count}")
            batch = []
    if batch:
        await connection.execute(insert(TABLES[AuditEvent.__tablename__]), batch)
        bar.advance(len(batch), f"audit events {count}")
    last_id = count or None
    await connection.execute(TABLES[AuditChainHead.__tablename__].delete())  # the empty head
    await connection.execute(
        insert(TABLES[AuditChainHead.__tablename__]),
        {
            "id": HEAD_ID,
            "last_event_id": last_id,
            "last_hash": previous,
            "events": count,
            "seal": head_seal(key, last_id, previous, count),
        },
    )
    return count


async def _note_last_sign_ins(session: AsyncSession, builder: Builder, target: int) -> None:
    """Each account's last sign-in time, as login leaves it (the row changed then too)."""
    count = _sign_ins(builder, target)
    last = {}
    for i in range(max(0, count - len(builder.accounts)), count):
        entry = _sign_in(builder, i, count)
        last[entry.actor_user_id] = entry.occurred_at
    if not last:
        return
    users = TABLES[User.__tablename__]
    await (await session.connection()).execute(
        update(users).where(users.c.id == bindparam("user_id")),
        [
            {"user_id": user_id, "last_login_at": at, "updated_at": at}
            for user_id, at in sorted(last.items())
        ],
    )


async def _advance_sequences(session: AsyncSession) -> None:
    """Rows written with their ids leave PostgreSQL's sequences behind: move them past."""
    for table in TABLES.values():
        if "id" in table.c and table.c.id.autoincrement in (True, "auto"):
            await session.execute(
                text(
                    f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "  # noqa: S608 (our tables' names)
                    f"COALESCE((SELECT MAX(id) FROM {table.name}), 0) + 1, false)"
                )
            )
