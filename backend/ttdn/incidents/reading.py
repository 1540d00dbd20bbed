"""Reading incidents: who sees which (by classification, by having reported it, by escalation),
lists with their filters, one incident with its timeline, and the counts a dashboard shows."""

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any, cast

from sqlalchemy import ColumnElement, Select, case, exists, func, or_, select, union
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import aliased

from ttdn.core.authz import Principal, visible
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
from ttdn.incidents.rules import deals_with, next_statuses
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


# What each reading capability shows of the incidents of the communes it reaches.
CLASSIFICATIONS_READ = {
    "incidents:read": (Classification.public,),
    "incidents:read_internal": (Classification.public, Classification.internal),
    "incidents:read_confidential": tuple(Classification),
}


def seen(principal: Principal) -> ColumnElement[bool]:
    """Incidents the caller reads: by classification within the communes it reaches, those
    it reported (first or again), and those escalated to it. Each way is a set of ids found
    through its own index (a commune's incidents, a reporter's, the escalated ones), so that
    no caller's list reads the incidents of every commune."""
    ways: list[Select[Any]] = []
    for capability, classifications in CLASSIFICATIONS_READ.items():
        if principal.can(capability):
            ways.append(
                select(Incident.id).where(
                    Incident.unit_id.in_(units_reached(principal, capability)),
                    Incident.classification.in_([c.value for c in classifications]),
                )
            )
    if principal.can("incidents:escalated"):
        ways.append(
            select(Incident.id).where(
                Incident.unit_id.in_(units_reached(principal, "incidents:escalated")),
                Incident.escalated_at.is_not(None),
            )
        )
    ways.append(
        select(IncidentReporter.incident_id).where(IncidentReporter.user_id == principal.user_id)
    )
    return Incident.id.in_(union(*ways) if len(ways) > 1 else ways[0])


def units_reached(principal: Principal, capability: str) -> Select[Any]:
    """The communes (and levels above) under which `capability` reaches: incidents are filed
    under governing units only, so the offices and areas in reach need not be searched."""
    reached = aliased(Unit)
    return select(reached.id).where(
        visible(principal, capability, reached.path), reached.kind.in_(GOVERNING_KINDS)
    )


# How many people the security unit recorded: what everyone else may know of them.
PEOPLE_COUNT = (
    select(func.count(IncidentPerson.id))
    .where(IncidentPerson.incident_id == Incident.id, IncidentPerson.deleted_at.is_(None))
    .correlate(Incident)
    .scalar_subquery()
)


def _reported_by(principal: Principal) -> ColumnElement[bool]:
    return exists().where(
        IncidentReporter.incident_id == Incident.id,
        IncidentReporter.user_id == principal.user_id,
    )


def incidents(principal: Principal, *, deleted: bool = False) -> Select[Any]:
    """Rows of (incident, commune path, commune name) the caller reads."""
    gone = Incident.deleted_at.is_not(None) if deleted else Incident.deleted_at.is_(None)
    statement = (
        select(Incident, Unit.path, Unit.name)
        .join(Unit, Unit.id == Incident.unit_id)
        .where(seen(principal), gone)
    )
    return cast("Select[Any]", statement)


def _day_start(day: date) -> datetime:
    return datetime.combine(day, time.min, VIETNAM)


async def _filtered(
    session: AsyncSession, principal: Principal, filters: IncidentFilters
) -> Select[Any]:
    statement = incidents(principal, deleted=filters.deleted)
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
        statement = statement.where(
            exists().where(
                IncidentReporter.incident_id == Incident.id,
                IncidentReporter.user_id == principal.user_id,
            )
        )
    return statement


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
    statement = await _filtered(session, principal, filters)
    fetched = await fetch_page(session, statement, params, INCIDENT_LISTING)
    extras = await _extras(session, principal, [row[0].id for row in fetched.items])
    items = [
        to_read(principal, incident, path, name, *extras[incident.id])
        for incident, path, name in fetched.items
    ]
    return items, fetched


async def _extras(
    session: AsyncSession, principal: Principal, incident_ids: list[int]
) -> dict[int, tuple[int, bool]]:
    """For each incident: how many people the security unit recorded, and whether the caller
    reported it (one statement, none for no ids)."""
    if not incident_ids:
        return {}
    rows = await session.execute(
        select(Incident.id, PEOPLE_COUNT, _reported_by(principal)).where(
            Incident.id.in_(incident_ids)
        )
    )
    return {incident_id: (people, bool(reported)) for incident_id, people, reported in rows}


async def find_incident(
    session: AsyncSession, principal: Principal, incident_id: int, *, deleted: bool = False
) -> tuple[Incident, str, str]:
    """The incident, its commune's path and name, if the caller reads it; else `NotFound`."""
    row = (
        await session.execute(
            incidents(principal, deleted=deleted).where(Incident.id == incident_id)
        )
    ).first()
    if row is None:
        raise NotFound("Không tìm thấy vụ việc.")
    return row[0], row[1], row[2]


async def read_incident(
    session: AsyncSession, principal: Principal, incident_id: int, *, deleted: bool = False
) -> IncidentRead:
    """One incident with its timeline (two statements)."""
    row = (
        await session.execute(
            incidents(principal, deleted=deleted)
            .add_columns(PEOPLE_COUNT, _reported_by(principal))
            .where(Incident.id == incident_id)
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
    return to_read(principal, incident, path, name, people, reported, timeline)


def to_read(
    principal: Principal,
    incident: Incident,
    path: str,
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
        next_statuses=next_statuses(principal, status, incident.classification, path),
        reported_by_me=reported_by_me,
        may_edit=deals_with(principal, "incidents:handle", incident.classification, path),
        may_add_evidence=reported_by_me or principal.reaches("incidents:handle", path),
        may_delete=deals_with(principal, "incidents:close", incident.classification, path),
        may_escalate=escalable
        and deals_with(principal, "incidents:close", incident.classification, path),
        may_acknowledge=(
            incident.escalated_at is not None
            and incident.acknowledged_at is None
            and principal.reaches("incidents:acknowledge", path)
        ),
        timeline=list(timeline),
        version=incident.version,
        created_at=incident.created_at,
        updated_at=incident.updated_at,
        deleted_at=incident.deleted_at,
    )


async def summarise(
    session: AsyncSession, principal: Principal, year: int | None = None
) -> IncidentSummary:
    """Counts of the incidents the caller reads: by status, by month of detection (in
    Vietnam) and category, and those escalated still open. One statement; the months are
    counted here, where the time zone is known (a commune logs a few hundred a year)."""
    statement = incidents(principal).with_only_columns(
        Incident.status, Incident.category, Incident.detected_at, Incident.escalated_at
    )
    if year is not None:
        statement = statement.where(
            Incident.detected_at >= _day_start(date(year, 1, 1)),
            Incident.detected_at < _day_start(date(year + 1, 1, 1)),
        )
    by_status = dict.fromkeys(IncidentStatus, 0)
    by_month: dict[tuple[str, str], int] = {}
    escalated_open = 0
    rows = (await session.execute(statement)).all()
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
