"""Reading incidents: who sees which (by classification, by having reported it, by escalation),
lists with their filters, one incident with its timeline, and the counts a dashboard shows."""

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from functools import lru_cache
from typing import Any, cast

from sqlalchemy import (
    ColumnElement,
    Integer,
    Select,
    bindparam,
    case,
    exists,
    func,
    or_,
    select,
    union,
)
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import aliased

from ttdn.core.authz import (
    Principal,
    ReachLayout,
    reach_roots,
    roots_parameters,
    visible,
    visible_in,
)
from ttdn.core.clock import VIETNAM
from ttdn.core.errors import Forbidden, NotFound
from ttdn.core.pagination import Fetched, Listing, ListParams, fetch_page
from ttdn.incidents.models import (
    OPEN_STATUSES,
    Category,
    Classification,
    Incident,
    IncidentEvent,
    IncidentPerson,
    IncidentReporter,
    IncidentStatus,
    Severity,
)
from ttdn.incidents.rules import Rights, rights
from ttdn.incidents.schemas import EventRead, IncidentRead, IncidentSummary, MonthlyCount
from ttdn.units.models import GOVERNING_KINDS, Unit

# Severity in its order (low → critical), not the alphabet's.
SEVERITY_RANK = case(
    {level.value: rank for rank, level in enumerate(Severity)}, value=Incident.severity
)
INCIDENT_LISTING = Listing(
    sortable={
        "detected_at": Incident.detected_at,
        "code": Incident.number,
        "severity": SEVERITY_RANK,
        "updated_at": Incident.updated_at,
        "created_at": Incident.created_at,
    },
    default_sort=["-detected_at"],
    tiebreaker=Incident.id,
    search_column=Incident.search_text,
    updated_column=Incident.updated_at,
)


@dataclass(frozen=True)
class IncidentFilters:
    status: str | None = None
    verdict: str | None = None
    category: str | None = None
    platform: str | None = None
    severity: str | None = None
    unit_id: int | None = None
    detected_from: date | None = None
    detected_to: date | None = None
    escalated: bool | None = None
    still_open: bool | None = None
    mine: bool = False
    deleted: bool = False


# What each reading capability shows of the incidents of the communes it reaches, widest first:
# a root a wider capability reaches needs no narrower way to it.
CLASSIFICATIONS_READ = {
    "incidents:read_confidential": tuple(Classification),
    "incidents:read_internal": (Classification.public, Classification.internal),
    "incidents:read": (Classification.public,),
}
ESCALATED = "incidents:escalated"
# The caller's ways to incidents: each reading capability with the layout of the roots it adds.
IncidentReach = tuple[tuple[str, ReachLayout], ...]


def _parameter_name(capability: str) -> str:
    return "reach_" + capability.replace(":", "_")


def incident_reach(principal: Principal) -> tuple[IncidentReach, dict[str, Any]]:
    """The layout of the caller's ways to incidents and the parameters of the statements built
    for it. A root that a wider capability reaches too is left to that one: a security member
    reads every classification of its commune through one way, not three."""
    ways: list[tuple[str, ReachLayout]] = []
    bound: dict[str, Any] = {"reporter_id": principal.user_id}
    covered: set[tuple[bool, str]] = set()
    for capability in (*CLASSIFICATIONS_READ, ESCALATED):
        roots = [root for root in reach_roots(principal, capability) if root not in covered]
        if capability in CLASSIFICATIONS_READ:
            covered.update(roots)
        if roots:
            layout, values = roots_parameters(roots, _parameter_name(capability))
            ways.append((capability, layout))
            bound.update(values)
    return tuple(ways), bound


@lru_cache(maxsize=128)
def _seen(reach: IncidentReach) -> ColumnElement[bool]:
    """Incidents read by a caller of `reach`: by classification within the communes it reaches,
    those it reported (first or again), and those escalated to it. Each way is a set of ids
    found through its own index (a commune's incidents, a reporter's, the escalated ones), so
    that no caller's list reads the incidents of every commune. Built once per layout."""
    ways = [_way(capability, layout) for capability, layout in reach]
    ways.append(select(IncidentReporter.incident_id).where(IncidentReporter.user_id == CALLER))
    return Incident.id.in_(union(*ways) if len(ways) > 1 else ways[0])


def _way(capability: str, layout: ReachLayout) -> Select[Any]:
    """The ids of the incidents one reading capability shows, within the roots of `layout`."""
    name = _parameter_name(capability)
    conditions = [
        Incident.unit_id.in_(_governing_units(lambda path: visible_in(layout, name, path)))
    ]
    if capability == ESCALATED:
        conditions.append(Incident.escalated_at.is_not(None))
    elif len(CLASSIFICATIONS_READ[capability]) < len(Classification):
        conditions.append(Incident.classification.in_(CLASSIFICATIONS_READ[capability]))
    return select(Incident.id).where(*conditions)


def _governing_units(visible_at: Callable[[Any], ColumnElement[bool]]) -> Select[Any]:
    """The communes (and levels above) whose path is `visible_at`: incidents are filed under
    governing units only, so the offices and areas in reach need not be searched."""
    reached = aliased(Unit)
    return select(reached.id).where(visible_at(reached.path), reached.kind.in_(GOVERNING_KINDS))


def units_reached(principal: Principal, capability: str) -> Select[Any]:
    """The communes (and levels above) under which `capability` reaches."""
    return _governing_units(lambda path: visible(principal, capability, path))


# How many people the security unit recorded: what everyone else may know of them.
PEOPLE_COUNT = (
    select(func.count(IncidentPerson.id))
    .where(IncidentPerson.incident_id == Incident.id, IncidentPerson.deleted_at.is_(None))
    .correlate(Incident)
    .scalar_subquery()
)


# The caller, in statements built once: executed with `reporter_id` (see `incident_reach`).
CALLER = bindparam("reporter_id", type_=Integer)
REPORTED_BY_CALLER = exists().where(
    IncidentReporter.incident_id == Incident.id, IncidentReporter.user_id == CALLER
)


def incidents(principal: Principal, *, deleted: bool = False) -> tuple[Select[Any], dict[str, Any]]:
    """Rows of (incident, commune path, commune name) the caller reads, and the parameters to
    execute the statement with."""
    reach, bound = incident_reach(principal)
    return _incidents(reach, deleted), bound


@lru_cache(maxsize=256)
def _incidents(reach: IncidentReach, deleted: bool) -> Select[Any]:
    gone = Incident.deleted_at.is_not(None) if deleted else Incident.deleted_at.is_(None)
    statement = (
        select(Incident, Unit.path, Unit.name)
        .join(Unit, Unit.id == Incident.unit_id)
        .where(_seen(reach), gone)
    )
    return cast("Select[Any]", statement)


def _day_start(day: date) -> datetime:
    return datetime.combine(day, time.min, VIETNAM)


async def _filtered(
    session: AsyncSession, principal: Principal, filters: IncidentFilters
) -> tuple[Select[Any], dict[str, Any]]:
    statement, bound = incidents(principal, deleted=filters.deleted)
    for name in ("status", "verdict", "category", "platform", "severity"):
        value = getattr(filters, name)
        if value is not None:
            statement = statement.where(getattr(Incident, name) == value)
    if filters.unit_id is not None:
        path = await session.scalar(select(Unit.path).where(Unit.id == filters.unit_id))
        reporting = select(Unit.id).where(Unit.path.startswith(path or "\x00", autoescape=True))
        statement = statement.where(
            or_(
                Unit.path.startswith(path or "\x00", autoescape=True),
                Incident.reporting_unit_id.in_(reporting),
            )
        )
    if filters.detected_from is not None:
        statement = statement.where(Incident.detected_at >= _day_start(filters.detected_from))
    if filters.detected_to is not None:
        end = _day_start(filters.detected_to + timedelta(days=1))
        statement = statement.where(Incident.detected_at < end)
    if filters.escalated is not None:
        escalated = Incident.escalated_at.is_not(None)
        statement = statement.where(escalated if filters.escalated else ~escalated)
    if filters.still_open is not None:
        being_dealt_with = Incident.status.in_([status.value for status in OPEN_STATUSES])
        statement = statement.where(being_dealt_with if filters.still_open else ~being_dealt_with)
    if filters.mine:
        statement = statement.where(REPORTED_BY_CALLER)
    return statement, bound


async def list_incidents(
    session: AsyncSession, principal: Principal, params: ListParams, filters: IncidentFilters
) -> tuple[list[IncidentRead], Fetched]:
    """The incidents the caller reads, filtered and paged: one statement for the page, one for
    what its rows add (how many people, reported by the caller), read for the page's rows only
    rather than for every row the page's count walks. Deleted ones are listed only for those who
    may restore them (`restore_incident`), and of those only the ones they read."""
    may_restore = principal.can("records:restore") or principal.can("incidents:close")
    if filters.deleted and not may_restore:
        raise Forbidden("Chỉ quản trị viên, lãnh đạo hoặc đơn vị an ninh xem được vụ việc đã xóa.")
    statement, bound = await _filtered(session, principal, filters)
    fetched = await fetch_page(session, statement, params, INCIDENT_LISTING, bound)
    extras = await _extras(session, bound, [row[0].id for row in fetched.items])
    rights_by_kind: dict[tuple[str, str], Rights] = {}  # a page holds few communes and classes
    items = []
    for incident, path, name in fetched.items:
        kind = (incident.classification, path)
        if kind not in rights_by_kind:
            rights_by_kind[kind] = rights(principal, *kind)
        items.append(to_read(rights_by_kind[kind], incident, name, *extras[incident.id]))
    return items, fetched


async def _extras(
    session: AsyncSession, bound: dict[str, Any], incident_ids: list[int]
) -> dict[int, tuple[int, bool]]:
    """For each incident: how many people the security unit recorded, and whether the caller
    reported it (one statement, none for no ids)."""
    if not incident_ids:
        return {}
    rows = await session.execute(
        select(Incident.id, PEOPLE_COUNT, REPORTED_BY_CALLER).where(Incident.id.in_(incident_ids)),
        {"reporter_id": bound["reporter_id"]},
    )
    return {incident_id: (people, bool(reported)) for incident_id, people, reported in rows}


async def find_incident(
    session: AsyncSession, principal: Principal, incident_id: int, *, deleted: bool = False
) -> tuple[Incident, str, str]:
    """The incident, its commune's path and name, if the caller reads it; else `NotFound`."""
    statement, bound = incidents(principal, deleted=deleted)
    row = (await session.execute(statement.where(Incident.id == incident_id), bound)).first()
    if row is None:
        raise NotFound("Không tìm thấy vụ việc.")
    return row[0], row[1], row[2]


async def read_incident(
    session: AsyncSession, principal: Principal, incident_id: int, *, deleted: bool = False
) -> IncidentRead:
    """One incident with its timeline (two statements)."""
    statement, bound = incidents(principal, deleted=deleted)
    row = (
        await session.execute(
            statement.add_columns(PEOPLE_COUNT, REPORTED_BY_CALLER).where(
                Incident.id == incident_id
            ),
            bound,
        )
    ).first()
    if row is None:
        raise NotFound("Không tìm thấy vụ việc.")
    events = await session.scalars(
        select(IncidentEvent)
        .where(IncidentEvent.incident_id == incident_id)
        .order_by(IncidentEvent.created_at, IncidentEvent.id)
    )
    incident, path, name, people, reported = row
    timeline = [EventRead.model_validate(event) for event in events]
    caller_rights = rights(principal, incident.classification, path)
    return to_read(caller_rights, incident, name, people, reported, timeline)


def to_read(
    caller_rights: Rights,
    incident: Incident,
    unit_name: str,
    people_count: int,
    reported_by_me: bool,
    timeline: Iterable[EventRead] = (),
) -> IncidentRead:
    status = IncidentStatus(incident.status)
    escalable = status in OPEN_STATUSES and incident.escalated_at is None
    return IncidentRead(
        id=incident.id,
        code=incident.code,
        unit_id=incident.unit_id,
        unit_name=unit_name,
        title=incident.title,
        detected_at=incident.detected_at,
        reported_by_name=incident.reported_by_name,
        reporting_unit_id=incident.reporting_unit_id,
        platform=incident.platform,
        urls=incident.urls,
        account_name=incident.account_name,
        summary=incident.summary,
        category=incident.category,
        scope=incident.scope,
        views=incident.views,
        shares=incident.shares,
        comments=incident.comments,
        severity=incident.severity,
        classification=incident.classification,
        status=status,
        verdict=incident.verdict,
        sightings=incident.sightings,
        people_count=people_count,
        escalated_at=incident.escalated_at,
        acknowledged_at=incident.acknowledged_at,
        next_statuses=caller_rights.next_statuses(status),
        reported_by_me=reported_by_me,
        may_edit=caller_rights.handle,
        may_add_evidence=reported_by_me or caller_rights.add_evidence,
        may_delete=caller_rights.close,
        may_escalate=escalable and caller_rights.close,
        may_acknowledge=(
            incident.escalated_at is not None
            and incident.acknowledged_at is None
            and caller_rights.acknowledge
        ),
        timeline=list(timeline),
        version=incident.version,
        created_at=incident.created_at,
        updated_at=incident.updated_at,
        deleted_at=incident.deleted_at,
    )


async def summarise(
    session: AsyncSession,
    principal: Principal,
    year: int | None = None,
    commune_id: int | None = None,
) -> IncidentSummary:
    """Counts of the incidents the caller reads (of one commune, if given): by status, by month
    of detection (in Vietnam) and category, and those escalated still open. One statement; the
    months are counted here, where the time zone is known (a commune logs a few hundred a
    year)."""
    rows_read, bound = incidents(principal)
    statement = rows_read.with_only_columns(
        Incident.status, Incident.category, Incident.detected_at, Incident.escalated_at
    )
    if commune_id is not None:
        statement = statement.where(Incident.unit_id == commune_id)
    if year is not None:
        statement = statement.where(
            Incident.detected_at >= _day_start(date(year, 1, 1)),
            Incident.detected_at < _day_start(date(year + 1, 1, 1)),
        )
    by_status = dict.fromkeys(IncidentStatus, 0)
    by_month: dict[tuple[str, str], int] = {}
    escalated_open = 0
    rows = (await session.execute(statement, bound)).all()
    for status, category, detected_at, escalated_at in rows:
        by_status[IncidentStatus(status)] += 1
        key = (f"{detected_at.astimezone(VIETNAM):%Y-%m}", category)
        by_month[key] = by_month.get(key, 0) + 1
        if escalated_at is not None and IncidentStatus(status) in OPEN_STATUSES:
            escalated_open += 1
    return IncidentSummary(
        by_status=by_status,
        by_month=[
            MonthlyCount(month=month_key, category=Category(category), count=count)
            for (month_key, category), count in sorted(by_month.items())
        ],
        escalated_open=escalated_open,
        total=len(rows),
    )


async def escalated_open_by_commune(session: AsyncSession, principal: Principal) -> dict[int, int]:
    """The incidents the caller reads that were escalated and are still open, counted by the
    commune they are filed under (its unit id), in one statement."""
    rows_read, bound = incidents(principal)
    statement = (
        rows_read.with_only_columns(Incident.unit_id, func.count())
        .where(Incident.escalated_at.is_not(None), Incident.status.in_(list(OPEN_STATUSES)))
        .group_by(Incident.unit_id)
    )
    return {unit_id: count for unit_id, count in await session.execute(statement, bound)}
