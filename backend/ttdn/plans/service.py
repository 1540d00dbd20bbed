"""Writing plans: the numbered plan document and its căn cứ, written while a draft with
`plans:write`, issued and closed with `plans:issue`. Reading them is `reading.py`; their
sections are `sections.py`; the legal references they cite, `legal_references.py`.
"""

from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from ttdn.audit.service import record
from ttdn.core.authz import Principal, ensure_reaches
from ttdn.core.clock import today_in_vietnam
from ttdn.core.counters import raise_to, take_next
from ttdn.core.db import utcnow
from ttdn.core.errors import Conflict, Invalid
from ttdn.core.text import search_text
from ttdn.core.versioning import check_version
from ttdn.plans.models import (
    LegalReference,
    Plan,
    PlanLegalBasis,
    PlanNumberCounter,
    PlanSection,
    PlanStatus,
    ReportingDeadline,
)
from ttdn.plans.reading import plan_with_content, signer_of, visible_plans
from ttdn.plans.schemas import (
    PlanCreate,
    PlanIssue,
    PlanRead,
    PlanUpdate,
    ReportingDeadlineIn,
    Signer,
)
from ttdn.units.models import Unit

# Parents of parents: far more than any real chain of plans or of superseding texts.
MAX_CHAIN = 50

# --------------------------------------------------------------------------------------
# Plans: writing
# --------------------------------------------------------------------------------------


def _snapshot(plan: Plan) -> dict[str, Any]:
    """The plan's own fields, căn cứ and deadlines (its content and loaded collections)."""
    snapshot = PlanRead.model_validate(plan).model_dump(mode="json")
    signer = signer_of(plan)
    snapshot.update(
        introduction=plan.introduction,
        closing=plan.closing,
        recipients=list(plan.recipients),
        signer=signer.model_dump(mode="json") if signer else None,
        legal_basis_ids=_reference_ids(plan, cited=False),
        cited_reference_ids=_reference_ids(plan, cited=True),
        reporting_deadlines=[
            {"kind": d.kind, "due_on": d.due_on.isoformat(), "label": d.label}
            for d in sorted(plan.reporting_deadlines, key=lambda d: d.due_on)
        ],
    )
    return snapshot


def _reference_ids(plan: Plan, *, cited: bool) -> list[int]:
    bases = sorted(plan.legal_bases, key=lambda basis: basis.position)
    return [basis.legal_reference_id for basis in bases if basis.cited is cited]


def _search_text(plan: Plan) -> str:
    return search_text(plan.number_symbol, plan.title)


def ensure_draft(plan: Plan) -> None:
    if plan.status != PlanStatus.draft:
        raise Conflict("Kế hoạch đã ban hành; chỉ sửa được nội dung kế hoạch khi còn là dự thảo.")


async def _plan_for_change(
    session: AsyncSession,
    principal: Principal,
    plan_id: int,
    capability: str,
    expected_version: int | None,
    *,
    deleted: bool = False,
) -> Plan:
    """The plan with its content, if the caller reads it (else 404) and holds `capability` over
    its issuing unit (else 403), at the version the caller saw (else 412)."""
    plan = await plan_with_content(session, principal, plan_id, deleted=deleted)
    ensure_reaches(principal, capability, [plan.unit.path])
    if expected_version is not None:
        check_version(plan.version, expected_version)
    return plan


async def _issuing_unit(session: AsyncSession, principal: Principal, unit_id: int) -> Unit:
    unit = await session.scalar(select(Unit).where(Unit.id == unit_id, Unit.deleted_at.is_(None)))
    if unit is None or not principal.reaches("plans:write", unit.path):
        raise Invalid(
            "Không tìm thấy đơn vị ban hành trong phạm vi bạn được lập kế hoạch.",
            loc=["body", "unit_id"],
        )
    return unit


async def _check_legal_bases(session: AsyncSession, ids: list[int], field: str) -> None:
    found = set(await session.scalars(select(LegalReference.id).where(LegalReference.id.in_(ids))))
    missing = [index for index, reference_id in enumerate(ids) if reference_id not in found]
    if missing:
        raise Invalid(
            f"Không tìm thấy văn bản số {ids[missing[0]]}.",
            loc=["body", field, str(missing[0])],
        )


async def _check_parent_reference(session: AsyncSession, reference_id: int) -> None:
    if await session.get(LegalReference, reference_id) is None:
        raise Invalid("Không tìm thấy văn bản cấp trên.", loc=["body", "parent_reference_id"])


async def _check_parent_plan(
    session: AsyncSession, principal: Principal, parent_id: int, plan: Plan | None, unit: Unit
) -> None:
    """The parent plan is one the caller reads, of the plan's own unit or a level above it (a
    commune's framework plan, the district's), never of a unit beside or below it, and not the
    plan itself or below it."""
    loc = ["body", "parent_plan_id"]
    parent = await session.scalar(visible_plans(principal).where(Plan.id == parent_id))
    if parent is None:
        raise Invalid("Không tìm thấy kế hoạch cấp trên.", loc=loc)
    if not unit.path.startswith(parent.unit.path):
        raise Invalid(
            f"Kế hoạch cấp trên phải của {unit.name} hoặc của cấp trên; "
            f"{parent.unit.name} không phải cấp trên của {unit.name}.",
            loc=loc,
        )
    plan_id = plan.id if plan is not None else None
    current: int | None = parent_id
    for _ in range(MAX_CHAIN):
        if current is None:
            return
        if current == plan_id:
            raise Invalid(
                "Kế hoạch cấp trên không thể là chính kế hoạch này hoặc kế hoạch cấp dưới của nó.",
                loc=loc,
            )
        current = await session.scalar(select(Plan.parent_plan_id).where(Plan.id == current))


async def _check_content(
    session: AsyncSession,
    principal: Principal,
    data: PlanCreate | PlanUpdate,
    plan: Plan | None,
    unit: Unit,
) -> None:
    """What the body of a plan of `unit` refers to exists and may be referred to (422 naming the
    field)."""
    if data.parent_plan_id is not None:
        await _check_parent_plan(session, principal, data.parent_plan_id, plan, unit)
    if data.parent_reference_id is not None:
        await _check_parent_reference(session, data.parent_reference_id)
    if data.legal_basis_ids:
        await _check_legal_bases(session, data.legal_basis_ids, "legal_basis_ids")
    if data.cited_reference_ids:
        await _check_legal_bases(session, data.cited_reference_ids, "cited_reference_ids")


def _set_signer(plan: Plan, signer: Signer | None) -> None:
    plan.signer_authority = signer.authority.value if signer else None
    plan.signer_body = signer.body if signer else None
    plan.signer_position = signer.position if signer else None
    plan.signer_name = signer.full_name if signer else None


def _set_legal_bases(plan: Plan, basis_ids: list[int] | None, cited_ids: list[int] | None) -> None:
    """The căn cứ, then the documents cited, each in the given order (a list not given stays as
    it is); rows of references kept stay (the pair is unique)."""
    if basis_ids is None:
        basis_ids = _reference_ids(plan, cited=False)
    if cited_ids is None:
        cited_ids = _reference_ids(plan, cited=True)
    if set(basis_ids) & set(cited_ids):
        raise Invalid(
            "Một văn bản không thể vừa là căn cứ vừa là văn bản được dẫn.",
            loc=["body", "cited_reference_ids"],
        )
    kept = {basis.legal_reference_id: basis for basis in plan.legal_bases}
    ordered = [(i, False) for i in basis_ids] + [(i, True) for i in cited_ids]
    bases = []
    for position, (reference_id, cited) in enumerate(ordered, start=1):
        basis = kept.get(reference_id) or PlanLegalBasis(legal_reference_id=reference_id)
        basis.position, basis.cited = position, cited
        bases.append(basis)
    plan.legal_bases = bases


def _set_deadlines(plan: Plan, deadlines: list[ReportingDeadlineIn]) -> None:
    """The deadlines given; rows of dates kept stay (a plan has one deadline a day)."""
    kept = {deadline.due_on: deadline for deadline in plan.reporting_deadlines}
    rows = []
    for given in deadlines:
        row = kept.get(given.due_on) or ReportingDeadline(due_on=given.due_on)
        row.kind = given.kind.value
        row.label = given.label
        rows.append(row)
    plan.reporting_deadlines = rows


async def create_plan(session: AsyncSession, principal: Principal, data: PlanCreate) -> Plan:
    """A draft plan (no number yet) of a unit within the caller's `plans:write` reach; 422 when
    the unit or anything the body refers to is out of reach or missing."""
    unit = await _issuing_unit(session, principal, data.unit_id)
    await _check_content(session, principal, data, None, unit)
    plan = Plan(
        unit=unit,
        title=data.title,
        year=data.year,
        symbol=data.symbol,
        place=data.place or "",
        status=PlanStatus.draft.value,
        introduction=data.introduction,
        closing=data.closing,
        recipients=list(data.recipients),
        parent_plan_id=data.parent_plan_id,
        parent_reference_id=data.parent_reference_id,
        legal_bases=[],
        reporting_deadlines=[],
    )
    _set_signer(plan, data.signer)
    _set_legal_bases(plan, data.legal_basis_ids or [], data.cited_reference_ids or [])
    _set_deadlines(plan, data.reporting_deadlines or [])
    plan.search_text = _search_text(plan)
    session.add(plan)
    await session.flush()
    await record(
        session,
        "plans.create",
        actor=principal,
        unit_path=unit.path,
        object_type="plan",
        object_id=plan.id,
        after=_snapshot(plan),
    )
    return plan


SCALAR_FIELDS = ("title", "year", "symbol", "place", "introduction", "closing", "recipients")


async def update_plan(
    session: AsyncSession,
    principal: Principal,
    plan_id: int,
    data: PlanUpdate,
    expected_version: int,
) -> Plan:
    """Change a draft plan (409 once issued). Lists given replace the old ones; a parent plan
    given replaces a parent reference and the other way round."""
    plan = await _plan_for_change(session, principal, plan_id, "plans:write", expected_version)
    ensure_draft(plan)
    await _check_content(session, principal, data, plan, plan.unit)
    before = _snapshot(plan)
    given = data.model_fields_set
    for name in SCALAR_FIELDS:
        if name in given:
            setattr(plan, name, getattr(data, name))
    if "signer" in given:
        _set_signer(plan, data.signer)
    if "parent_plan_id" in given:
        plan.parent_plan_id = data.parent_plan_id
        if data.parent_plan_id is not None:
            plan.parent_reference_id = None
    if "parent_reference_id" in given:
        plan.parent_reference_id = data.parent_reference_id
        if data.parent_reference_id is not None:
            plan.parent_plan_id = None
    if data.legal_basis_ids is not None or data.cited_reference_ids is not None:
        _set_legal_bases(plan, data.legal_basis_ids, data.cited_reference_ids)
    if data.reporting_deadlines is not None:
        _set_deadlines(plan, data.reporting_deadlines)
    if given:
        plan.search_text = _search_text(plan)
        plan.updated_at = utcnow()  # a new version even when only its lists changed
    await session.flush()
    await _record_plan(session, principal, "plans.update", plan, before)
    return plan


async def _refuse_used_number(session: AsyncSession, plan: Plan, number: int) -> None:
    used = await session.scalar(
        select(Plan.id)
        .where(
            Plan.unit_id == plan.unit_id,
            Plan.year == plan.year,
            Plan.symbol == plan.symbol,
            Plan.number == number,
            Plan.id != plan.id,
        )
        .limit(1)
    )
    if used is not None:
        raise Conflict(
            f"Số {number}/{plan.symbol} năm {plan.year} đã được dùng cho một kế hoạch khác "
            "của đơn vị."
        )


async def issue_plan(
    session: AsyncSession,
    principal: Principal,
    plan_id: int,
    data: PlanIssue,
    expected_version: int,
) -> Plan:
    """Issue a draft (409 otherwise) with the number given, or the next one of its unit and year;
    409 when another plan of the unit, year and symbol has that number. `issued_on` defaults to
    today in Vietnam."""
    plan = await _plan_for_change(session, principal, plan_id, "plans:issue", expected_version)
    if plan.status != PlanStatus.draft:
        raise Conflict("Chỉ ban hành được kế hoạch đang là dự thảo.")
    has_sections = await session.scalar(
        select(PlanSection.id).where(PlanSection.plan_id == plan.id).limit(1)
    )
    if has_sections is None:
        raise Conflict("Kế hoạch chưa có nội dung (mục nào); chưa ban hành được.")
    before = _snapshot(plan)
    if data.number is not None:
        number = data.number
        await _refuse_used_number(session, plan, number)
        await raise_to(session, PlanNumberCounter, plan.unit_id, plan.year, number)
    else:
        number = await take_next(session, PlanNumberCounter, plan.unit_id, plan.year)
        await _refuse_used_number(session, plan, number)
    plan.number = number
    plan.status = PlanStatus.issued.value
    plan.issued_on = data.issued_on or today_in_vietnam()
    plan.search_text = _search_text(plan)
    try:
        await session.flush()
    except IntegrityError as error:  # a concurrent request gave the same number
        raise Conflict(f"Số {plan.number_symbol} vừa được dùng cho kế hoạch khác.") from error
    await _record_plan(session, principal, "plans.issue", plan, before)
    return plan


async def _record_plan(
    session: AsyncSession,
    principal: Principal,
    action: str,
    plan: Plan,
    before: dict[str, Any] | None,
) -> None:
    """One audit event about a plan, filed under its issuing unit."""
    await record(
        session,
        action,
        actor=principal,
        unit_path=plan.unit.path,
        object_type="plan",
        object_id=plan.id,
        before=before,
        after=_snapshot(plan),
    )


async def close_plan(
    session: AsyncSession, principal: Principal, plan_id: int, expected_version: int
) -> Plan:
    """Close an issued plan (409 otherwise): its year's work is over."""
    plan = await _plan_for_change(session, principal, plan_id, "plans:issue", expected_version)
    if plan.status != PlanStatus.issued:
        raise Conflict("Chỉ kết thúc được kế hoạch đã ban hành và chưa kết thúc.")
    before = _snapshot(plan)
    plan.status = PlanStatus.closed.value
    await session.flush()
    await _record_plan(session, principal, "plans.close", plan, before)
    return plan


async def delete_plan(
    session: AsyncSession, principal: Principal, plan_id: int, expected_version: int
) -> None:
    """Soft-delete a plan. A draft needs `plans:write`; an issued or closed plan is withdrawn
    only by who may issue it (`plans:issue`)."""
    plan = await _plan_for_change(session, principal, plan_id, "plans:write", expected_version)
    if plan.status != PlanStatus.draft:
        ensure_reaches(principal, "plans:issue", [plan.unit.path])
    before = _snapshot(plan)
    plan.deleted_at = utcnow()
    await session.flush()
    await record(
        session,
        "plans.delete",
        actor=principal,
        unit_path=plan.unit.path,
        object_type="plan",
        object_id=plan.id,
        before=before,
    )


async def restore_plan(session: AsyncSession, principal: Principal, plan_id: int) -> Plan:
    """Undo a deletion (admins, `records:restore` over the issuing unit)."""
    plan = await _plan_for_change(
        session, principal, plan_id, "records:restore", None, deleted=True
    )
    plan.deleted_at = None
    await session.flush()
    await _record_plan(session, principal, "plans.restore", plan, None)
    return plan
