"""Legal references (văn bản căn cứ): shared reference data, read by every signed-in
principal across communes, changed only by the unit that entered them.

A reference is filed under the commune (or district, province) of whoever entered it; those
who write plans there, or in a level above it, may correct it. Once an issued plan cites it, its
wording (kind, number, date, issuer, title) no longer changes: the plan said it.
"""

from dataclasses import dataclass
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from ttdn.audit.service import record
from ttdn.core.authz import Principal
from ttdn.core.errors import Conflict, Forbidden, Invalid, NotFound
from ttdn.core.pagination import Fetched, Listing, ListParams, fetch_page
from ttdn.core.text import search_text
from ttdn.core.versioning import check_version
from ttdn.plans.models import LegalReference, Plan, PlanLegalBasis, PlanStatus
from ttdn.plans.schemas import LegalReferenceCreate, LegalReferenceRead, LegalReferenceUpdate
from ttdn.units.models import Unit
from ttdn.units.service import unit_id_of_path

# Parents of parents: far more than any real chain of superseding texts.
MAX_CHAIN = 50
# What a plan's text prints of a reference it cites.
WORDING = ("kind", "number", "issued_on", "issuer", "title")

LEGAL_REFERENCE_LISTING = Listing(
    sortable={
        "kind": LegalReference.kind,
        "number": LegalReference.number,
        "issued_on": LegalReference.issued_on,
        "issuer": LegalReference.issuer,
        "title": LegalReference.title,
        "updated_at": LegalReference.updated_at,
    },
    default_sort=["kind", "issuer"],
    tiebreaker=LegalReference.id,
    search_column=LegalReference.search_text,
    updated_column=LegalReference.updated_at,
)


@dataclass(frozen=True)
class LegalReferenceFilters:
    kind: str | None = None
    in_force: bool | None = None


def _reference_snapshot(reference: LegalReference) -> dict[str, Any]:
    return LegalReferenceRead.model_validate(reference).model_dump(mode="json")


def reference_search_text(reference: LegalReference) -> str:
    """The citation, and kind and number as one phrase (`nghi dinh 72 2015 nd cp`, as people
    say it), then the title; cut to the column's length."""
    kind_and_number = f"{reference.kind_label} {reference.number or ''}"
    text = search_text(kind_and_number, reference.citation, reference.title)
    return text[: LegalReference.search_text.type.length]


async def list_legal_references(
    session: AsyncSession,
    principal: Principal,
    params: ListParams,
    filters: LegalReferenceFilters,
) -> Fetched:
    """Every legal reference (shared reference data: no unit scope), filtered and paged."""
    statement = select(LegalReference)
    if filters.kind is not None:
        statement = statement.where(LegalReference.kind == filters.kind)
    if filters.in_force is not None:
        statement = statement.where(LegalReference.in_force == filters.in_force)
    return await fetch_page(session, statement, params, LEGAL_REFERENCE_LISTING)


async def get_legal_reference(
    session: AsyncSession, principal: Principal, reference_id: int
) -> LegalReference:
    """The legal reference; `NotFound` when there is none."""
    reference = await session.get(LegalReference, reference_id)
    if reference is None:
        raise NotFound("Không tìm thấy văn bản căn cứ.")
    return reference


def _entering_unit_id(principal: Principal) -> int:
    """The unit a new reference is filed under: the jurisdiction (commune, district, province)
    of the caller's first grant that may write plans, so that its colleagues may correct it."""
    for grant in principal.grants:
        if "plans:write" in grant.capabilities:
            return unit_id_of_path(grant.jurisdiction_path)
    raise Forbidden("Vai trò của bạn không được phép thêm văn bản căn cứ.")


async def _ensure_may_change(
    session: AsyncSession, principal: Principal, reference: LegalReference
) -> None:
    """Only those who write plans in the unit that entered a reference (or in a level above
    it) change it; 403 for everyone else, who still read it."""
    owner_path = await session.scalar(select(Unit.path).where(Unit.id == reference.unit_id))
    if owner_path is None or not principal.reaches("plans:write", owner_path):
        raise Forbidden("Chỉ đơn vị đã nhập văn bản căn cứ này (hoặc cấp trên) được sửa văn bản.")


async def _ensure_wording_free(
    session: AsyncSession, reference: LegalReference, changes: dict[str, Any]
) -> None:
    """409 when a change would alter what an issued plan says: the words of its căn cứ, its
    cited documents or its parent document. Whether the text is still in force may change."""
    if not any(
        changes.get(name, getattr(reference, name)) != getattr(reference, name) for name in WORDING
    ):
        return
    cites = select(PlanLegalBasis.plan_id).where(PlanLegalBasis.legal_reference_id == reference.id)
    issued = await session.scalar(
        select(Plan.id)
        .where(
            Plan.status != PlanStatus.draft,
            or_(Plan.id.in_(cites), Plan.parent_reference_id == reference.id),
        )
        .limit(1)
    )
    if issued is not None:
        raise Conflict(
            "Văn bản này được một kế hoạch đã ban hành trích dẫn: không thể sửa loại, số hiệu, "
            "ngày, cơ quan ban hành hay trích yếu; hãy thêm văn bản mới nếu cần."
        )


async def _same_reference(
    session: AsyncSession, values: dict[str, Any], reference_id: int | None = None
) -> int | None:
    """Another reference with the same kind, number and issuer. Without a number, the title
    tells documents apart (two đề án of no named issuer are two documents)."""
    same = [
        LegalReference.kind == values["kind"],
        LegalReference.number.is_not_distinct_from(values["number"]),
        LegalReference.issuer == values["issuer"],
    ]
    if values["number"] is None:
        same.append(LegalReference.title == values["title"])
    if reference_id is not None:
        same.append(LegalReference.id != reference_id)
    return await session.scalar(select(LegalReference.id).where(*same).limit(1))


async def _refuse_duplicate_reference(
    session: AsyncSession, values: dict[str, Any], reference_id: int | None = None
) -> None:
    """409 when another reference is the same document (`_same_reference`)."""
    if await _same_reference(session, values, reference_id) is not None:
        raise Conflict("Văn bản này đã có (cùng loại, số hiệu và cơ quan ban hành).")


async def _flush_reference(session: AsyncSession) -> None:
    try:
        await session.flush()
    except IntegrityError as error:  # a concurrent request made the same one
        raise Conflict("Văn bản này đã có (cùng loại, số hiệu và cơ quan ban hành).") from error


async def create_legal_reference(
    session: AsyncSession, principal: Principal, data: LegalReferenceCreate
) -> LegalReference:
    """A new legal reference, filed under the caller's commune (or district, province); 409
    when it is already there."""
    values = data.model_dump()
    values["issuer"] = values["issuer"] or ""
    values["unit_id"] = _entering_unit_id(principal)
    await _refuse_duplicate_reference(session, values)
    reference = LegalReference(**values)
    reference.search_text = reference_search_text(reference)
    session.add(reference)
    await _flush_reference(session)
    await record(
        session,
        "legal_references.create",
        actor=principal,
        object_type="legal_reference",
        object_id=reference.id,
        after=_reference_snapshot(reference),
    )
    return reference


async def find_or_create_legal_reference(
    session: AsyncSession, principal: Principal, data: LegalReferenceCreate
) -> int:
    """The id of the document `data` describes: the one already entered (same kind, number and
    issuer), or a new one (as `create_legal_reference`)."""
    existing = await _same_reference(session, {**data.model_dump(), "issuer": data.issuer or ""})
    if existing is not None:
        return existing
    return (await create_legal_reference(session, principal, data)).id


async def _check_successor(session: AsyncSession, reference_id: int, successor_id: int) -> None:
    """The successor exists, and is neither the reference nor superseded (through any chain)
    by it."""
    loc = ["body", "superseded_by_id"]
    if successor_id == reference_id:
        raise Invalid("Một văn bản không thể thay thế chính nó.", loc=loc)
    current: int | None = successor_id
    for _ in range(MAX_CHAIN):
        if current is None:
            return
        row = (
            await session.execute(
                select(LegalReference.id, LegalReference.superseded_by_id).where(
                    LegalReference.id == current
                )
            )
        ).first()
        if row is None:
            raise Invalid("Không tìm thấy văn bản thay thế.", loc=loc)
        if row.superseded_by_id == reference_id:
            raise Invalid("Văn bản thay thế lại đang bị văn bản này thay thế.", loc=loc)
        current = row.superseded_by_id


async def update_legal_reference(
    session: AsyncSession,
    principal: Principal,
    reference_id: int,
    data: LegalReferenceUpdate,
    expected_version: int,
) -> LegalReference:
    """Change a legal reference. A superseded one is no longer in force: setting
    `superseded_by_id` clears `in_force`, and the two cannot be set against each other. Only
    the entering unit changes it (`_ensure_may_change`), and never the wording an issued plan
    cites (`_ensure_wording_free`)."""
    reference = await get_legal_reference(session, principal, reference_id)
    await _ensure_may_change(session, principal, reference)
    check_version(reference.version, expected_version)
    before = _reference_snapshot(reference)
    changes = data.model_dump(exclude_unset=True)
    if "issuer" in changes:
        changes["issuer"] = changes["issuer"] or ""
    await _ensure_wording_free(session, reference, changes)
    values = {
        name: changes.get(name, getattr(reference, name))
        for name in ("kind", "number", "issuer", "title")
    }
    await _refuse_duplicate_reference(session, values, reference.id)
    if changes.get("superseded_by_id") is not None:
        await _check_successor(session, reference.id, changes["superseded_by_id"])
    superseded = changes.get("superseded_by_id", reference.superseded_by_id) is not None
    if superseded:
        if changes.get("in_force") is True:
            raise Invalid(
                "Văn bản đã bị thay thế thì không còn hiệu lực.", loc=["body", "in_force"]
            )
        changes["in_force"] = False
    for name, value in changes.items():
        setattr(reference, name, value)
    reference.search_text = reference_search_text(reference)
    await _flush_reference(session)
    await record(
        session,
        "legal_references.update",
        actor=principal,
        object_type="legal_reference",
        object_id=reference.id,
        before=before,
        after=_reference_snapshot(reference),
    )
    return reference
