"""Plans: the numbered plan document, its căn cứ, its sections, and the legal references it
cites.

A plan is read by whoever reaches its issuing unit with `plans:read`; it is written while a
draft with `plans:write`, issued and closed with `plans:issue`. Legal references are shared
reference data: every signed-in principal reads them, `plans:write` edits them.
"""

from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, Select, func, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import contains_eager, selectinload
from sqlalchemy.orm.attributes import flag_modified

from ttdn.audit.service import record
from ttdn.core.authz import Principal, ensure_reaches, visible
from ttdn.core.clock import today_in_vietnam
from ttdn.core.counters import raise_to, take_next
from ttdn.core.db import utcnow
from ttdn.core.errors import Conflict, Forbidden, Invalid, NotFound
from ttdn.core.pagination import Fetched, Listing, ListParams, fetch_page
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
    SectionRole,
    SignerAuthority,
)
from ttdn.plans.schemas import (
    LegalReferenceRead,
    PlanCreate,
    PlanDetail,
    PlanIssue,
    PlanRead,
    PlanRef,
    PlanUpdate,
    ReportingDeadlineIn,
    ReportingDeadlineRead,
    SectionCreate,
    SectionNode,
    SectionRead,
    SectionUpdate,
    Signer,
    SignerRead,
)
from ttdn.units.models import Unit

# Parents of parents: far more than any real chain of plans or of superseding texts.
MAX_CHAIN = 50

PLAN_LISTING = Listing(
    sortable={
        "year": Plan.year,
        "issued_on": Plan.issued_on,
        "title": Plan.title,
        "updated_at": Plan.updated_at,
    },
    default_sort=["-year", "title"],
    tiebreaker=Plan.id,
    search_column=Plan.search_text,
    updated_column=Plan.updated_at,
)


@dataclass(frozen=True)
class PlanFilters:
    year: int | None = None
    status: str | None = None
    unit_id: int | None = None
    deleted: bool = False


# --------------------------------------------------------------------------------------
# Plans: reading
# --------------------------------------------------------------------------------------


def _visible_plans(principal: Principal, *, deleted: bool = False) -> Select[Any]:
    """Plans whose issuing unit is within the caller's `plans:read` reach, with that unit."""
    statement = (
        select(Plan)
        .join(Plan.unit)
        .options(contains_eager(Plan.unit))
        .where(visible(principal, "plans:read", Unit.path))
    )
    if deleted:
        return statement.where(Plan.deleted_at.is_not(None))
    return statement.where(Plan.deleted_at.is_(None))


async def list_plans(
    session: AsyncSession, principal: Principal, params: ListParams, filters: PlanFilters
) -> Fetched:
    """Plans the caller may read (with their issuing unit), newest year first by default, in one
    statement. Deleted ones are listed only for those who may restore them."""
    if filters.deleted and not principal.can("records:restore"):
        raise Forbidden("Chỉ quản trị viên xem được các kế hoạch đã xóa.")
    statement = _visible_plans(principal, deleted=filters.deleted)
    if filters.year is not None:
        statement = statement.where(Plan.year == filters.year)
    if filters.status is not None:
        statement = statement.where(Plan.status == filters.status)
    if filters.unit_id is not None:
        statement = statement.where(Plan.unit_id == filters.unit_id)
    return await fetch_page(session, statement, params, PLAN_LISTING)


async def get_plan(session: AsyncSession, principal: Principal, plan_id: int) -> Plan:
    """The plan, with its issuing unit, if the caller may read it and it is not deleted;
    `NotFound` otherwise (whether or not it exists)."""
    plan = await session.scalar(_visible_plans(principal).where(Plan.id == plan_id))
    if plan is None:
        raise NotFound("Không tìm thấy kế hoạch.")
    return plan


async def _plan_with_content(
    session: AsyncSession, principal: Principal, plan_id: int, *, deleted: bool = False
) -> Plan:
    """`get_plan`, with the căn cứ and the deadlines loaded."""
    plan = await session.scalar(
        _visible_plans(principal, deleted=deleted)
        .where(Plan.id == plan_id)
        .options(selectinload(Plan.legal_bases), selectinload(Plan.reporting_deadlines))
    )
    if plan is None:
        raise NotFound("Không tìm thấy kế hoạch.")
    return plan


async def read_plan(session: AsyncSession, principal: Principal, plan_id: int) -> PlanDetail:
    """The whole plan, as `plan_detail` tells it; `NotFound` as `get_plan`."""
    plan = await _plan_with_content(session, principal, plan_id)
    return await plan_detail(session, principal, plan)


def _signer(plan: Plan) -> SignerRead | None:
    if plan.signer_authority is None:
        return None
    return SignerRead(
        authority=SignerAuthority(plan.signer_authority),
        body=plan.signer_body or "",
        position=plan.signer_position or "",
        full_name=plan.signer_name or "",
    )


async def plan_detail(session: AsyncSession, principal: Principal, plan: Plan) -> PlanDetail:
    """`plan` (its unit, căn cứ and deadlines loaded) with what it refers to: the parent plan
    when the caller may read it, the parent reference, the căn cứ in order, and the purposes
    and requirements read from the sections with those roles."""
    reference_ids = [basis.legal_reference_id for basis in plan.legal_bases]
    if plan.parent_reference_id is not None:
        reference_ids.append(plan.parent_reference_id)
    references = {
        reference.id: LegalReferenceRead.model_validate(reference)
        for reference in await session.scalars(
            select(LegalReference).where(LegalReference.id.in_(reference_ids))
        )
    }
    parent_plan = None
    if plan.parent_plan_id is not None:
        parent = await session.scalar(
            _visible_plans(principal).where(Plan.id == plan.parent_plan_id)
        )
        parent_plan = PlanRef.model_validate(parent) if parent is not None else None
    bodies: dict[str, list[str]] = {SectionRole.purposes: [], SectionRole.requirements: []}
    rows = await session.execute(
        select(PlanSection.role, PlanSection.body)
        .where(PlanSection.plan_id == plan.id, PlanSection.role.in_(list(bodies)))
        .order_by(PlanSection.position, PlanSection.id)
    )
    for role, body in rows:
        bodies[str(role)].append(body)
    bases = sorted(plan.legal_bases, key=lambda basis: basis.position)
    deadlines = sorted(plan.reporting_deadlines, key=lambda deadline: deadline.due_on)
    return PlanDetail(
        **PlanRead.model_validate(plan).model_dump(),
        parent_plan=parent_plan,
        parent_reference=references.get(plan.parent_reference_id or 0),
        legal_bases=[references[b.legal_reference_id] for b in bases if not b.cited],
        cited_references=[references[b.legal_reference_id] for b in bases if b.cited],
        reporting_deadlines=[ReportingDeadlineRead.model_validate(d) for d in deadlines],
        introduction=plan.introduction,
        closing=plan.closing,
        recipients=list(plan.recipients),
        signer=_signer(plan),
        purposes="\n".join(bodies[SectionRole.purposes]) or None,
        requirements="\n".join(bodies[SectionRole.requirements]) or None,
    )


# --------------------------------------------------------------------------------------
# Plans: writing
# --------------------------------------------------------------------------------------


def _snapshot(plan: Plan) -> dict[str, Any]:
    """The plan's own fields, căn cứ and deadlines (its content and loaded collections)."""
    snapshot = PlanRead.model_validate(plan).model_dump(mode="json")
    signer = _signer(plan)
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


def _ensure_draft(plan: Plan) -> None:
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
    plan = await _plan_with_content(session, principal, plan_id, deleted=deleted)
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
    session: AsyncSession, principal: Principal, parent_id: int, plan_id: int | None
) -> None:
    """The parent plan is one the caller reads, and not the plan itself or below it."""
    loc = ["body", "parent_plan_id"]
    parent = await session.scalar(_visible_plans(principal).where(Plan.id == parent_id))
    if parent is None:
        raise Invalid("Không tìm thấy kế hoạch cấp trên.", loc=loc)
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
    plan_id: int | None,
) -> None:
    """What the body refers to exists and may be referred to (422 naming the field)."""
    if data.parent_plan_id is not None:
        await _check_parent_plan(session, principal, data.parent_plan_id, plan_id)
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
    await _check_content(session, principal, data, None)
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
    _ensure_draft(plan)
    await _check_content(session, principal, data, plan.id)
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


# --------------------------------------------------------------------------------------
# Sections
# --------------------------------------------------------------------------------------


def _section_snapshot(section: PlanSection) -> dict[str, Any]:
    return SectionRead.model_validate(section).model_dump(mode="json")


def _under(plan_id: int, parent_id: int | None) -> list[ColumnElement[bool]]:
    """The sections directly under `parent_id` (the top level when None) of a plan."""
    parent = (
        PlanSection.parent_id.is_(None) if parent_id is None else PlanSection.parent_id == parent_id
    )
    return [PlanSection.plan_id == plan_id, parent]


async def section_tree(
    session: AsyncSession, principal: Principal, plan_id: int
) -> list[SectionNode]:
    """The plan's sections as a tree, siblings in order; `NotFound` as `get_plan`."""
    await get_plan(session, principal, plan_id)
    sections = await session.scalars(
        select(PlanSection)
        .where(PlanSection.plan_id == plan_id)
        .order_by(PlanSection.position, PlanSection.id)
    )
    nodes = {section.id: SectionNode.model_validate(section) for section in sections}
    roots: list[SectionNode] = []
    for node in nodes.values():
        parent = nodes.get(node.parent_id) if node.parent_id is not None else None
        (parent.children if parent else roots).append(node)
    return roots


async def _draft_for_sections(session: AsyncSession, principal: Principal, plan_id: int) -> Plan:
    """The draft plan whose sections the caller changes, held until the request ends: the
    section writes of one plan take turns, so that positions among siblings stay a sequence."""
    plan = await get_plan(session, principal, plan_id)
    ensure_reaches(principal, "plans:write", [plan.unit.path])
    # A write that changes nothing: it takes the plan row's lock on PostgreSQL, and on SQLite
    # (whose reads take no lock) the database's write lock, before any position is read.
    await session.execute(
        update(Plan)
        .where(Plan.id == plan.id)
        .values(version=Plan.version, updated_at=Plan.updated_at)
        .execution_options(synchronize_session=False)
    )
    _ensure_draft(plan)
    return plan


async def _section(session: AsyncSession, plan: Plan, section_id: int) -> PlanSection:
    section = await session.scalar(
        select(PlanSection).where(PlanSection.id == section_id, PlanSection.plan_id == plan.id)
    )
    if section is None:
        raise NotFound("Không tìm thấy mục trong kế hoạch này.")
    return section


async def _check_parent_section(session: AsyncSession, plan: Plan, parent_id: int) -> None:
    found = await session.scalar(
        select(PlanSection.id).where(PlanSection.id == parent_id, PlanSection.plan_id == plan.id)
    )
    if found is None:
        raise Invalid("Mục cha không thuộc kế hoạch này.", loc=["body", "parent_id"])


async def _last_position(session: AsyncSession, plan_id: int, parent_id: int | None) -> int:
    last = await session.scalar(
        select(func.max(PlanSection.position)).where(*_under(plan_id, parent_id))
    )
    return last or 0


async def _shift(
    session: AsyncSession, plan_id: int, parent_id: int | None, *, start: int, by: int
) -> None:
    """Move the siblings at `start` and after by `by` places (+1 opens room, -1 closes a gap).

    Through negative positions, in two statements: PostgreSQL checks the unique (plan, parent,
    position) row by row, so shifting in place could meet a sibling not yet moved."""
    await session.execute(
        update(PlanSection)
        .where(*_under(plan_id, parent_id), PlanSection.position >= start)
        .values(
            position=-(PlanSection.position + by),
            version=PlanSection.version + 1,
            updated_at=utcnow(),
        )
        .execution_options(synchronize_session=False)
    )
    await session.execute(
        update(PlanSection)
        .where(*_under(plan_id, parent_id), PlanSection.position < 0)
        .values(position=-PlanSection.position)
        .execution_options(synchronize_session=False)
    )


async def create_section(
    session: AsyncSession, principal: Principal, plan_id: int, data: SectionCreate
) -> PlanSection:
    """A section of a draft plan, at `position` among its siblings (those from there on move
    down one place) or last."""
    plan = await _draft_for_sections(session, principal, plan_id)
    if data.parent_id is not None:
        await _check_parent_section(session, plan, data.parent_id)
    last = await _last_position(session, plan.id, data.parent_id)
    position = min(data.position or last + 1, last + 1)
    if position <= last:
        await _shift(session, plan.id, data.parent_id, start=position, by=1)
    section = PlanSection(
        plan_id=plan.id,
        parent_id=data.parent_id,
        position=position,
        code=data.code,
        title=data.title,
        body=data.body,
        role=data.role.value if data.role else None,
    )
    session.add(section)
    await session.flush()
    await record(
        session,
        "plans.sections.create",
        actor=principal,
        unit_path=plan.unit.path,
        object_type="plan_section",
        object_id=section.id,
        after=_section_snapshot(section),
        details={"plan_id": plan.id},
    )
    return section


async def _subtree_parents(session: AsyncSession, plan_id: int) -> dict[int, int | None]:
    rows = await session.execute(
        select(PlanSection.id, PlanSection.parent_id).where(PlanSection.plan_id == plan_id)
    )
    return {section_id: parent_id for section_id, parent_id in rows}


async def _refuse_cycle(
    session: AsyncSession, section: PlanSection, new_parent_id: int | None
) -> None:
    parents = await _subtree_parents(session, section.plan_id)
    current, seen = new_parent_id, set()
    while current is not None and current not in seen:
        if current == section.id:
            raise Invalid(
                "Không thể chuyển một mục vào dưới chính nó hoặc mục con của nó.",
                loc=["body", "parent_id"],
            )
        seen.add(current)
        current = parents.get(current)


async def _move(
    session: AsyncSession, section: PlanSection, parent_id: int | None, position: int | None
) -> None:
    """Take the section out of its place (closing the gap), then put it at `position` under
    `parent_id` (opening room), or last there."""
    # Out of the way first, at 0, which no sibling ever holds.
    await session.execute(
        update(PlanSection)
        .where(PlanSection.id == section.id)
        .values(position=0)
        .execution_options(synchronize_session=False)
    )
    await _shift(session, section.plan_id, section.parent_id, start=section.position + 1, by=-1)
    last = await _last_position(session, section.plan_id, parent_id)
    new_position = min(position or last + 1, last + 1)
    if new_position <= last:
        await _shift(session, section.plan_id, parent_id, start=new_position, by=1)
    # Only now: changed earlier, the section would be flushed before the room is made.
    section.parent_id = parent_id
    section.position = new_position
    flag_modified(section, "position")  # the row holds 0 now, whatever the object remembers


async def update_section(
    session: AsyncSession,
    principal: Principal,
    plan_id: int,
    section_id: int,
    data: SectionUpdate,
    expected_version: int,
) -> PlanSection:
    """Change a section of a draft plan; a new parent or position moves it (with its subtree)
    within the plan, never under itself or its own descendants (422)."""
    plan = await _draft_for_sections(session, principal, plan_id)
    section = await _section(session, plan, section_id)
    check_version(section.version, expected_version)
    before = _section_snapshot(section)
    given = data.model_fields_set
    parent_id = data.parent_id if "parent_id" in given else section.parent_id
    if parent_id != section.parent_id:
        if parent_id is not None:
            await _check_parent_section(session, plan, parent_id)
        await _refuse_cycle(session, section, parent_id)
    if parent_id != section.parent_id or (
        data.position is not None and data.position != section.position
    ):
        await _move(session, section, parent_id, data.position)
    for name in ("code", "title", "body"):
        if name in given:
            setattr(section, name, getattr(data, name))
    if "role" in given:
        section.role = data.role.value if data.role else None
    await session.flush()
    await record(
        session,
        "plans.sections.update",
        actor=principal,
        unit_path=plan.unit.path,
        object_type="plan_section",
        object_id=section.id,
        before=before,
        after=_section_snapshot(section),
        details={"plan_id": plan.id},
    )
    return section


async def delete_section(
    session: AsyncSession,
    principal: Principal,
    plan_id: int,
    section_id: int,
    expected_version: int,
) -> None:
    """Delete a section of a draft plan with everything under it; later siblings move up."""
    plan = await _draft_for_sections(session, principal, plan_id)
    section = await _section(session, plan, section_id)
    check_version(section.version, expected_version)
    before = _section_snapshot(section)
    parents = await _subtree_parents(session, plan.id)
    below = [
        other
        for other in parents
        if other != section.id and _descends_from(other, section.id, parents)
    ]
    parent_id, position = section.parent_id, section.position
    await session.delete(section)  # the database deletes the subtree (ON DELETE CASCADE)
    await session.flush()
    await _shift(session, plan.id, parent_id, start=position + 1, by=-1)
    await record(
        session,
        "plans.sections.delete",
        actor=principal,
        unit_path=plan.unit.path,
        object_type="plan_section",
        object_id=section_id,
        before=before,
        details={"plan_id": plan.id, "deleted_below": sorted(below)},
    )


def _descends_from(section_id: int, ancestor_id: int, parents: dict[int, int | None]) -> bool:
    current = parents.get(section_id)
    for _ in range(len(parents)):
        if current is None:
            return False
        if current == ancestor_id:
            return True
        current = parents.get(current)
    return False
