"""Evidence of an incident: screenshots, PDF and short videos, added by whoever deals with the
incident or reported it; kept byte for byte under their SHA-256, an image's preview re-encoded
without metadata; append-only, removed softly by the security unit alone."""

from datetime import UTC, datetime

from fastapi import UploadFile
from sqlalchemy import exists, select
from sqlalchemy.ext.asyncio import AsyncSession

from ttdn.audit.service import record
from ttdn.core.authz import Principal, ensure_reaches
from ttdn.core.config import get_settings
from ttdn.core.db import utcnow
from ttdn.core.errors import Forbidden, Invalid, NotFound
from ttdn.core.files import IMAGES, PDF, VIDEOS, Accepted, FileStore
from ttdn.core.images import check_image, preview
from ttdn.incidents.models import EventKind, IncidentEvidence, IncidentReporter
from ttdn.incidents.reading import find_incident
from ttdn.incidents.reporting import CLOCK_SKEW, add_event
from ttdn.incidents.schemas import EvidenceRead

# What was seen: screenshots and photos, short videos, PDF (office documents are not evidence).
ACCEPTED = IMAGES | VIDEOS | Accepted(frozenset({PDF}), "PDF")


def file_store() -> FileStore:
    return FileStore(get_settings().files_dir)


def may_download(principal: Principal, evidence: IncidentEvidence, path: str) -> bool:
    """The original is for those who deal with the incident and its uploader; the others see
    the preview (a photo's metadata tells where it was taken)."""
    uploader = evidence.uploaded_by_user_id == principal.user_id
    return uploader or principal.reaches("incidents:handle", path)


def to_read(evidence: IncidentEvidence, downloadable: bool) -> EvidenceRead:
    return EvidenceRead(
        id=evidence.id,
        filename=evidence.filename,
        content_type=evidence.content_type,
        size_bytes=evidence.size_bytes,
        sha256=evidence.sha256,
        has_preview=evidence.preview_sha256 is not None,
        may_download=downloadable,
        captured_at=evidence.captured_at,
        uploaded_by_name=evidence.uploaded_by_name,
        created_at=evidence.created_at,
        removed_at=evidence.removed_at,
        removal_reason=evidence.removal_reason,
    )


async def _may_add(
    session: AsyncSession, principal: Principal, incident_id: int, path: str
) -> None:
    if principal.reaches("incidents:handle", path):
        return
    reported = await session.scalar(
        select(
            exists().where(
                IncidentReporter.incident_id == incident_id,
                IncidentReporter.user_id == principal.user_id,
            )
        )
    )
    if not reported:
        raise Forbidden("Chỉ người báo tin và người xử lý vụ việc được bổ sung chứng cứ.")


async def add_evidence(
    session: AsyncSession,
    principal: Principal,
    incident_id: int,
    upload: UploadFile,
    captured_at: datetime | None,
) -> IncidentEvidence:
    """Keep a file of the incident: 413 over the limit, 415 for a type that is not an image, a
    PDF or a short video by its content, 422 for an empty or broken one; nothing is written
    for a refused file."""
    incident, path, _ = await find_incident(session, principal, incident_id)
    await _may_add(session, principal, incident.id, path)
    if captured_at is not None and captured_at.tzinfo is None:
        raise Invalid("Thời điểm chụp cần có múi giờ.", loc=["body", "captured_at"])
    if captured_at is not None and captured_at > utcnow() + CLOCK_SKEW:
        raise Invalid("Thời điểm chụp không thể sau bây giờ.", loc=["body", "captured_at"])
    if captured_at is not None:
        captured_at = captured_at.astimezone(UTC)
    store = file_store()
    stored = await store.take(upload, ACCEPTED, get_settings().upload_max_bytes, check_image)
    preview_sha256 = (
        store.keep(preview(store.read(stored.sha256)))
        if stored.content_type in IMAGES.types
        else None
    )
    evidence = IncidentEvidence(
        incident_id=incident.id,
        filename=stored.filename,
        content_type=stored.content_type,
        size_bytes=stored.size_bytes,
        sha256=stored.sha256,
        preview_sha256=preview_sha256,
        captured_at=captured_at,
        uploaded_by_user_id=principal.user_id,
        uploaded_by_name=principal.full_name or principal.username,
    )
    session.add(evidence)
    await session.flush()
    add_event(
        session,
        principal,
        incident,
        EventKind.evidence_added,
        details={"evidence_id": evidence.id, "filename": evidence.filename},
    )
    await _record(session, principal, "incidents.evidence.add", evidence, path)
    return evidence


async def _record(
    session: AsyncSession, principal: Principal, action: str, evidence: IncidentEvidence, path: str
) -> None:
    await record(
        session,
        action,
        actor=principal,
        unit_path=path,
        object_type="incident_evidence",
        object_id=evidence.id,
        after=to_read(evidence, downloadable=True).model_dump(mode="json"),
        details={"incident_id": evidence.incident_id},
    )


async def list_evidence(
    session: AsyncSession, principal: Principal, incident_id: int
) -> list[EvidenceRead]:
    """The incident's evidence, removed ones included (marked), oldest first."""
    incident, path, _ = await find_incident(session, principal, incident_id)
    rows = await session.scalars(
        select(IncidentEvidence)
        .where(IncidentEvidence.incident_id == incident.id)
        .order_by(IncidentEvidence.id)
    )
    return [to_read(evidence, may_download(principal, evidence, path)) for evidence in rows]


async def find_evidence(
    session: AsyncSession, principal: Principal, incident_id: int, evidence_id: int
) -> tuple[IncidentEvidence, str]:
    """A piece of evidence not removed of an incident the caller reads; else `NotFound`."""
    incident, path, _ = await find_incident(session, principal, incident_id)
    evidence = await session.scalar(
        select(IncidentEvidence).where(
            IncidentEvidence.id == evidence_id,
            IncidentEvidence.incident_id == incident.id,
            IncidentEvidence.removed_at.is_(None),
        )
    )
    if evidence is None:
        raise NotFound("Không tìm thấy chứng cứ.")
    return evidence, path


async def remove_evidence(
    session: AsyncSession, principal: Principal, incident_id: int, evidence_id: int, reason: str
) -> None:
    """The security unit removes a piece of evidence: marked removed with its reason, on the
    timeline; the file and its record stay."""
    evidence, path = await find_evidence(session, principal, incident_id, evidence_id)
    ensure_reaches(principal, "incidents:security", [path])
    evidence.removed_at = utcnow()
    evidence.removal_reason = reason
    incident, _, _ = await find_incident(session, principal, incident_id)
    add_event(
        session,
        principal,
        incident,
        EventKind.evidence_removed,
        reason=reason,
        details={"evidence_id": evidence.id, "filename": evidence.filename},
    )
    await session.flush()
    await _record(session, principal, "incidents.evidence.remove", evidence, path)
