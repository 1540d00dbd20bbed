"""Documents handed over (or received) in an interaction: uploaded by whoever keeps press
records, downloaded by whoever reads the interaction, removed softly and on the record."""

from fastapi import UploadFile
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from ttdn.audit.service import record
from ttdn.core.authz import Principal, ensure_reaches
from ttdn.core.config import get_settings
from ttdn.core.db import utcnow
from ttdn.core.errors import NotFound
from ttdn.core.files import DOCUMENTS, IMAGES, FileStore
from ttdn.media.interactions import WRITE, find_interaction
from ttdn.media.models import MediaDocument
from ttdn.media.schemas import DocumentRead

ACCEPTED = DOCUMENTS | IMAGES


def file_store() -> FileStore:
    return FileStore(get_settings().files_dir)


async def _record(
    session: AsyncSession, principal: Principal, action: str, document: MediaDocument, path: str
) -> None:
    await record(
        session,
        action,
        actor=principal,
        unit_path=path,
        object_type="media_document",
        object_id=document.id,
        after=DocumentRead.model_validate(document).model_dump(mode="json"),
        details={"interaction_id": document.interaction_id},
    )


async def upload_document(
    session: AsyncSession, principal: Principal, interaction_id: int, upload: UploadFile
) -> MediaDocument:
    """Keep a document of an interaction: 413 over the size limit, 415 for a file that is not
    a document or an image by its content."""
    interaction, path, _ = await find_interaction(session, principal, interaction_id)
    ensure_reaches(principal, WRITE, [path])
    stored = await file_store().take(upload, ACCEPTED, get_settings().upload_max_bytes)
    document = MediaDocument(
        interaction_id=interaction.id,
        filename=stored.filename,
        content_type=stored.content_type,
        size_bytes=stored.size_bytes,
        sha256=stored.sha256,
        uploaded_by_user_id=principal.user_id,
        uploaded_by_name=principal.full_name or principal.username,
    )
    session.add(document)
    await session.flush()
    await _record(session, principal, "media.documents.upload", document, path)
    return document


async def find_document(
    session: AsyncSession, principal: Principal, interaction_id: int, document_id: int
) -> tuple[MediaDocument, str]:
    """A document not removed of an interaction the caller reads, with the interaction's unit
    path; else `NotFound`."""
    interaction, path, _ = await find_interaction(session, principal, interaction_id)
    document = await session.scalar(
        select(MediaDocument).where(
            MediaDocument.id == document_id,
            MediaDocument.interaction_id == interaction.id,
            MediaDocument.deleted_at.is_(None),
        )
    )
    if document is None:
        raise NotFound("Không tìm thấy tài liệu.")
    return document, path


async def remove_document(
    session: AsyncSession, principal: Principal, interaction_id: int, document_id: int
) -> None:
    """Remove a document from an interaction; its file and record stay for the audit."""
    document, path = await find_document(session, principal, interaction_id, document_id)
    ensure_reaches(principal, WRITE, [path])
    document.deleted_at = utcnow()
    await session.flush()
    await _record(session, principal, "media.documents.remove", document, path)
