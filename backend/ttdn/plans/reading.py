"""Reading plans: the list, one plan, and a plan whole with its căn cứ, deadlines and signer.

A plan is read by whoever reaches its issuing unit with `plans:read`.
"""

from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import contains_eager, selectinload

from ttdn.core.authz import Principal, visible
from ttdn.core.errors import Forbidden, NotFound
from ttdn.core.pagination import Fetched, Listing, ListParams, fetch_page
from ttdn.plans.models import (
    LegalReference,
    Plan,
    PlanSection,
    PlanStatus,
    SectionRole,
    SignerAuthority,
)
from ttdn.plans.schemas import (
    LegalReferenceRead,
    PlanDetail,
    PlanRead,
    PlanRef,
    ReportingDeadlineRead,
    SignerRead,
)
from ttdn.units.models import Unit
from ttdn.units.service import ancestor_paths

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


def visible_plans(principal: Principal, *, deleted: bool = False) -> Select[Any]:
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
    statement = visible_plans(principal, deleted=filters.deleted)
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
    plan = await session.scalar(visible_plans(principal).where(Plan.id == plan_id))
    if plan is None:
        raise NotFound("Không tìm thấy kế hoạch.")
    return plan


async def plan_in_force(session: AsyncSession, principal: Principal) -> Plan | None:
    """The plan (with its issuing unit) the caller's own commune works to: of the plans it
    reads issued by one of its units or a unit above them, the latest issued one (the latest
    closed one when none is issued); None when there is none (a superior issues none)."""
    issuers = {path for grant in principal.grants for path in ancestor_paths(grant.unit_path)}
    if not issuers:
        return None
    statement = (
        visible_plans(principal)
        .where(Unit.path.in_(sorted(issuers)), Plan.status != PlanStatus.draft.value)
        .order_by(
            (Plan.status == PlanStatus.issued.value).desc(),
            Plan.year.desc(),
            Plan.issued_on.desc(),
            Plan.id.desc(),
        )
        .limit(1)
    )
    return await session.scalar(statement)


async def plans_of_year(
    session: AsyncSession, principal: Principal, year: int
) -> dict[int, tuple[int, str]]:
    """For a superior's dashboard: the plans of `year` the caller reads, not drafts, as
    (plan id, title) by issuing unit (the latest one, should a unit have two); one statement."""
    statement = (
        select(Plan.unit_id, Plan.id, Plan.title)
        .join(Unit, Unit.id == Plan.unit_id)
        .where(
            visible(principal, "plans:read", Unit.path),
            Plan.deleted_at.is_(None),
            Plan.year == year,
            Plan.status != PlanStatus.draft.value,
        )
        .order_by(Plan.id)
    )
    return {
        unit_id: (plan_id, title) for unit_id, plan_id, title in await session.execute(statement)
    }


async def plan_with_content(
    session: AsyncSession, principal: Principal, plan_id: int, *, deleted: bool = False
) -> Plan:
    """`get_plan`, with the căn cứ and the deadlines loaded."""
    plan = await session.scalar(
        visible_plans(principal, deleted=deleted)
        .where(Plan.id == plan_id)
        .options(selectinload(Plan.legal_bases), selectinload(Plan.reporting_deadlines))
    )
    if plan is None:
        raise NotFound("Không tìm thấy kế hoạch.")
    return plan


async def read_plan(session: AsyncSession, principal: Principal, plan_id: int) -> PlanDetail:
    """The whole plan, as `plan_detail` tells it; `NotFound` as `get_plan`."""
    plan = await plan_with_content(session, principal, plan_id)
    return await plan_detail(session, principal, plan)


def signer_of(plan: Plan) -> SignerRead | None:
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
            visible_plans(principal).where(Plan.id == plan.parent_plan_id)
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
        signer=signer_of(plan),
        purposes="\n".join(bodies[SectionRole.purposes]) or None,
        requirements="\n".join(bodies[SectionRole.requirements]) or None,
    )
