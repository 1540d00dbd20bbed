"""The people who spread false information and what was decided about them: the security
unit's alone (`incidents:security`): no other role, admin included, reads a name; everyone who
reads the incident sees how many (`IncidentRead.people_count`). The quarter's figures Công an xã
reports (seed plan III.8) are counted from here without naming anyone."""

from datetime import date, datetime, time
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from ttdn.audit.service import record
from ttdn.core.authz import Principal
from ttdn.core.clock import VIETNAM
from ttdn.core.db import utcnow
from ttdn.core.errors import NotFound
from ttdn.core.versioning import check_version
from ttdn.incidents.models import (
    Decision,
    Incident,
    IncidentEvent,
    IncidentPerson,
    IncidentStatus,
)
from ttdn.incidents.reading import find_incident, units_reached
from ttdn.incidents.schemas import PersonCreate, PersonPatch, PersonRead, PoliceFigures

SECURITY = "incidents:security"
# Not to be cleared by sending null.
REQUIRED = ("full_name", "role", "decision", "notes")


async def _incident_path(session: AsyncSession, principal: Principal, incident_id: int) -> str:
    """The commune path of an incident the caller reads, if the caller is of its security
    unit; 404 otherwise (the people of an incident are not known to exist to others)."""
    _, path, _ = await find_incident(session, principal, incident_id)
    if not principal.reaches(SECURITY, path):
        raise NotFound("Không tìm thấy vụ việc.")
    return path


async def _record(
    session: AsyncSession,
    principal: Principal,
    action: str,
    person: IncidentPerson,
    path: str,
    before: dict[str, Any] | None = None,
) -> None:
    await record(
        session,
        action,
        actor=principal,
        unit_path=path,
        object_type="incident_person",
        object_id=person.id,
        before=before,
        after=PersonRead.model_validate(person).model_dump(mode="json"),
        details={"incident_id": person.incident_id},
    )


async def list_people(
    session: AsyncSession, principal: Principal, incident_id: int
) -> list[PersonRead]:
    await _incident_path(session, principal, incident_id)
    rows = await session.scalars(
        select(IncidentPerson)
        .where(IncidentPerson.incident_id == incident_id, IncidentPerson.deleted_at.is_(None))
        .order_by(IncidentPerson.id)
    )
    return [PersonRead.model_validate(person) for person in rows]


async def add_person(
    session: AsyncSession, principal: Principal, incident_id: int, data: PersonCreate
) -> IncidentPerson:
    path = await _incident_path(session, principal, incident_id)
    values = {name: value for name, value in data.model_dump().items() if value is not None}
    person = IncidentPerson(incident_id=incident_id, **values)
    session.add(person)
    await session.flush()
    await _record(session, principal, "incidents.people.create", person, path)
    return person


async def _find_person(
    session: AsyncSession, principal: Principal, incident_id: int, person_id: int
) -> tuple[IncidentPerson, str]:
    path = await _incident_path(session, principal, incident_id)
    person = await session.scalar(
        select(IncidentPerson).where(
            IncidentPerson.id == person_id,
            IncidentPerson.incident_id == incident_id,
            IncidentPerson.deleted_at.is_(None),
        )
    )
    if person is None:
        raise NotFound("Không tìm thấy người liên quan.")
    return person, path


async def change_person(
    session: AsyncSession,
    principal: Principal,
    incident_id: int,
    person_id: int,
    data: PersonPatch,
    expected_version: int,
) -> IncidentPerson:
    person, path = await _find_person(session, principal, incident_id, person_id)
    check_version(person.version, expected_version)
    before = PersonRead.model_validate(person).model_dump(mode="json")
    for name, value in data.model_dump(exclude_unset=True).items():
        if value is None and name in REQUIRED:
            continue
        setattr(person, name, value)
    await session.flush()
    await _record(session, principal, "incidents.people.update", person, path, before)
    return person


async def remove_person(
    session: AsyncSession,
    principal: Principal,
    incident_id: int,
    person_id: int,
    expected_version: int,
) -> None:
    person, path = await _find_person(session, principal, incident_id, person_id)
    check_version(person.version, expected_version)
    before = PersonRead.model_validate(person).model_dump(mode="json")
    person.deleted_at = utcnow()
    await session.flush()
    await _record(session, principal, "incidents.people.delete", person, path, before)


def _quarter_bounds(year: int, quarter: int) -> tuple[date, date, datetime, datetime]:
    first = date(year, 3 * quarter - 2, 1)
    after = date(year + (quarter == 4), 1 if quarter == 4 else 3 * quarter + 1, 1)
    return (
        first,
        after,
        datetime.combine(first, time.min, VIETNAM),
        datetime.combine(after, time.min, VIETNAM),
    )


async def police_figures(
    session: AsyncSession, principal: Principal, year: int, quarter: int
) -> PoliceFigures:
    """A quarter's figures over the incidents of the communes where the caller deals with
    them: detected in the quarter, taken to resolved or closed in it, people with a decision
    taken in it, by decision, and the fines (four statements, no name read)."""
    first, after, start, end = _quarter_bounds(year, quarter)
    scope = [
        Incident.unit_id.in_(units_reached(principal, "incidents:handle")),
        Incident.deleted_at.is_(None),
    ]
    detected = await session.scalar(
        select(func.count(Incident.id)).where(
            *scope, Incident.detected_at >= start, Incident.detected_at < end
        )
    )
    handled = await session.scalar(
        select(func.count(func.distinct(IncidentEvent.incident_id)))
        .join(Incident, Incident.id == IncidentEvent.incident_id)
        .where(
            *scope,
            IncidentEvent.to_status.in_([IncidentStatus.resolved, IncidentStatus.closed]),
            IncidentEvent.created_at >= start,
            IncidentEvent.created_at < end,
        )
    )
    decided = (
        await session.execute(
            select(
                IncidentPerson.decision,
                func.count(),
                func.coalesce(func.sum(IncidentPerson.fine_vnd), 0),
            )
            .join(Incident, Incident.id == IncidentPerson.incident_id)
            .where(
                *scope,
                IncidentPerson.deleted_at.is_(None),
                IncidentPerson.decided_on >= first,
                IncidentPerson.decided_on < after,
            )
            .group_by(IncidentPerson.decision)
        )
    ).all()
    decisions = dict.fromkeys(Decision, 0)
    people = fines = 0
    for decision, count, fined in decided:
        decisions[Decision(decision)] = count
        people += count
        fines += int(fined or 0)
    return PoliceFigures(
        year=year,
        quarter=quarter,
        incidents_detected=detected or 0,
        incidents_handled=handled or 0,
        people_dealt_with=people,
        decisions=decisions,
        fines_vnd=fines,
    )
