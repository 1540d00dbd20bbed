"""Reporting an incident, or another sighting of one being dealt with, and correcting what is
known of it. Whoever works in a commune reports (an area leader from its phone); a report
whose address matches an open incident of the same commune joins it instead of opening a
second one, and its reporter then follows that incident."""

from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.ext.asyncio import AsyncSession

from ttdn.audit.service import record
from ttdn.core.authz import Principal
from ttdn.core.clock import VIETNAM
from ttdn.core.counters import take_next
from ttdn.core.db import utcnow
from ttdn.core.errors import Forbidden, Invalid
from ttdn.core.text import search_text
from ttdn.core.urls import normalise_url
from ttdn.core.versioning import check_version
from ttdn.incidents.models import (
    OPEN_STATUSES,
    Classification,
    EventKind,
    Incident,
    IncidentCodeCounter,
    IncidentEvent,
    IncidentReporter,
    IncidentStatus,
    IncidentUrl,
)
from ttdn.incidents.reading import find_incident
from ttdn.incidents.rules import ensure_deals_with
from ttdn.incidents.schemas import IncidentCreate, IncidentPatch
from ttdn.units.models import Unit
from ttdn.units.service import jurisdiction_of

REPORT, HANDLE = "incidents:report", "incidents:handle"
# Clocks of phones run a little ahead: a detection this far in the future is still accepted.
CLOCK_SKEW = timedelta(minutes=5)
# Fields whose change is recorded on the timeline as an edit (the verdict has its own entry).
EDITABLE = (
    "title",
    "platform",
    "urls",
    "account_name",
    "summary",
    "category",
    "scope",
    "views",
    "shares",
    "comments",
    "severity",
    "classification",
)


def snapshot(incident: Incident) -> dict[str, Any]:
    return {
        "code": incident.code,
        "status": incident.status,
        "verdict": incident.verdict,
        "escalated_at": incident.escalated_at.isoformat() if incident.escalated_at else None,
        **{name: getattr(incident, name) for name in EDITABLE},
    }


def index(incident: Incident) -> None:
    incident.search_text = search_text(
        incident.code, incident.title, incident.summary, incident.account_name, *incident.urls
    )


def add_event(
    session: AsyncSession,
    principal: Principal,
    incident: Incident,
    kind: EventKind,
    *,
    reason: str = "",
    from_status: str | None = None,
    to_status: str | None = None,
    details: dict[str, Any] | None = None,
) -> None:
    """One entry on the incident's timeline, by the caller."""
    session.add(
        IncidentEvent(
            incident_id=incident.id,
            kind=kind.value,
            from_status=from_status,
            to_status=to_status,
            reason=reason,
            details=details or {},
            author_user_id=principal.user_id,
            author_name=principal.full_name or principal.username,
            author_unit_id=principal.grants[0].unit_id if principal.grants else None,
        )
    )


async def record_incident(
    session: AsyncSession,
    principal: Principal,
    action: str,
    incident: Incident,
    path: str,
    before: dict[str, Any] | None = None,
) -> None:
    await record(
        session,
        action,
        actor=principal,
        unit_path=path,
        object_type="incident",
        object_id=incident.id,
        before=before,
        after=snapshot(incident),
    )


async def _reporting_unit(session: AsyncSession, principal: Principal, unit_id: int | None) -> Unit:
    """The unit the report comes from: the one named, if the caller reports for it; by
    default the caller's own unit that reports."""
    if unit_id is None:
        unit_id = next(g.unit_id for g in principal.grants if REPORT in g.capabilities)
    unit = await session.scalar(select(Unit).where(Unit.id == unit_id, Unit.deleted_at.is_(None)))
    if unit is None or not principal.reaches(REPORT, unit.path):
        raise Invalid("Hãy chọn đơn vị báo tin của xã bạn.", loc=["body", "reporting_unit_id"])
    return unit


def _detected_at(moment: datetime) -> datetime:
    """The moment in UTC (a time typed without its zone is Vietnam's), not in the future."""
    aware = moment if moment.tzinfo is not None else moment.replace(tzinfo=VIETNAM)
    if aware > utcnow() + CLOCK_SKEW:
        raise Invalid("Thời điểm phát hiện không thể sau bây giờ.", loc=["body", "detected_at"])
    return aware.astimezone(UTC)


def _normalised(urls: list[str]) -> list[str]:
    return list(dict.fromkeys(normalise_url(url) for url in urls))


async def _open_incident_with(
    session: AsyncSession, commune_id: int, urls: list[str]
) -> Incident | None:
    """The commune's open incident one of `urls` (normalised) already names, if any."""
    if not urls:
        return None
    return await session.scalar(
        select(Incident)
        .where(
            Incident.unit_id == commune_id,
            Incident.status.in_([status.value for status in OPEN_STATUSES]),
            Incident.deleted_at.is_(None),
            Incident.id.in_(
                select(IncidentUrl.incident_id).where(
                    IncidentUrl.unit_id == commune_id, IncidentUrl.url.in_(urls)
                )
            ),
        )
        .order_by(Incident.id)
        .limit(1)
    )


async def _set_urls(session: AsyncSession, incident: Incident) -> None:
    await session.execute(delete(IncidentUrl).where(IncidentUrl.incident_id == incident.id))
    session.add_all(
        IncidentUrl(incident_id=incident.id, unit_id=incident.unit_id, url=url)
        for url in _normalised(incident.urls)
    )


async def _follow(session: AsyncSession, incident_id: int, user_id: int) -> None:
    known = await session.scalar(
        select(IncidentReporter.id).where(
            IncidentReporter.incident_id == incident_id, IncidentReporter.user_id == user_id
        )
    )
    if known is None:
        session.add(IncidentReporter(incident_id=incident_id, user_id=user_id))


async def _one_report_at_a_time(session: AsyncSession, commune_id: int) -> None:
    """Reports to one commune wait for each other (the commune's row locked until commit), so
    that two reports of one address at once make one incident seen twice, not two incidents,
    and neither is refused as stale. `FOR NO KEY UPDATE` leaves rows that merely refer to the
    commune free to be written meanwhile; SQLite has one writer at a time anyway."""
    await session.execute(
        select(Unit.id).where(Unit.id == commune_id).with_for_update(key_share=True)
    )


async def report_incident(
    session: AsyncSession, principal: Principal, data: IncidentCreate
) -> tuple[Incident, bool]:
    """A new incident of the reporting unit's commune, coded `TTSL-<year>-<number>`; or, when
    an address of the report is one of an open incident of that commune, another sighting of
    it. Returns the incident and whether it is new."""
    unit = await _reporting_unit(session, principal, data.reporting_unit_id)
    commune = await jurisdiction_of(session, unit)
    detected_at = _detected_at(data.detected_at)
    urls = _normalised(data.urls)
    await _one_report_at_a_time(session, commune.id)
    existing = await _open_incident_with(session, commune.id, urls)
    if existing is not None:
        await _add_sighting(session, principal, existing, commune.path, data)
        return existing, False
    year = detected_at.astimezone(VIETNAM).year
    number = await take_next(session, IncidentCodeCounter, commune.id, year)
    values = data.model_dump(exclude={"reporting_unit_id", "detected_at"})
    incident = Incident(
        unit_id=commune.id,
        year=year,
        number=number,
        code=f"TTSL-{year}-{number:04d}",
        detected_at=detected_at,
        reported_by_user_id=principal.user_id,
        reported_by_name=principal.full_name or principal.username,
        reporting_unit_id=unit.id,
        status=IncidentStatus.new.value,
        sightings=1,
        **values,
    )
    index(incident)
    session.add(incident)
    await session.flush()
    await _set_urls(session, incident)
    session.add(IncidentReporter(incident_id=incident.id, user_id=principal.user_id))
    add_event(session, principal, incident, EventKind.reported, to_status=incident.status)
    await session.flush()
    await record_incident(session, principal, "incidents.report", incident, commune.path)
    return incident, True


async def _add_sighting(
    session: AsyncSession,
    principal: Principal,
    incident: Incident,
    path: str,
    data: IncidentCreate,
) -> None:
    """Another report of an open incident: its new addresses join the incident's, the
    reporter follows it, and the timeline says who saw it where."""
    before = snapshot(incident)
    known = set(_normalised(incident.urls))
    incident.urls = incident.urls + [url for url in data.urls if normalise_url(url) not in known]
    incident.sightings += 1
    index(incident)
    await _set_urls(session, incident)
    await _follow(session, incident.id, principal.user_id)
    add_event(
        session,
        principal,
        incident,
        EventKind.sighting,
        details={
            "urls": data.urls,
            "title": data.title,
            "detected_at": _detected_at(data.detected_at).isoformat(),
            "views": data.views,
            "shares": data.shares,
            "comments": data.comments,
        },
    )
    await session.flush()
    await record_incident(session, principal, "incidents.sighting", incident, path, before)


async def edit_incident(
    session: AsyncSession,
    principal: Principal,
    incident_id: int,
    data: IncidentPatch,
    expected_version: int,
) -> None:
    """Correct what is known of an incident, or give its verdict: 404 out of sight, 403 for
    those who do not deal with it (and for a classification the caller could not read), 412
    when stale, 422 for a verdict before verification began."""
    incident, path, _ = await find_incident(session, principal, incident_id)
    ensure_deals_with(principal, HANDLE, incident.classification, path)
    check_version(incident.version, expected_version)
    changes = {
        name: value
        for name, value in data.model_dump(exclude_unset=True).items()
        if value is not None or name in {"account_name", "views", "shares", "comments"}
    }
    if changes.get("classification") == Classification.confidential and not principal.reaches(
        "incidents:read_confidential", path
    ):
        raise Forbidden("Chỉ lãnh đạo và Công an xã được xếp vụ việc vào mức mật.")
    verdict = changes.pop("verdict", None)
    if verdict is not None and incident.status == IncidentStatus.new:
        raise Invalid("Chưa xác minh thì chưa có kết luận.", loc=["body", "verdict"])
    before = snapshot(incident)
    edited = [name for name, value in changes.items() if getattr(incident, name) != value]
    for name in edited:
        setattr(incident, name, changes[name])
    if "urls" in edited:
        await _set_urls(session, incident)
    if edited:
        add_event(session, principal, incident, EventKind.edited, details={"fields": edited})
    if verdict is not None and verdict != incident.verdict:
        add_event(
            session,
            principal,
            incident,
            EventKind.verdict,
            details={"from": incident.verdict, "to": verdict.value},
        )
        incident.verdict = verdict.value
    index(incident)
    incident.updated_at = utcnow()
    await session.flush()
    await record_incident(session, principal, "incidents.update", incident, path, before)
