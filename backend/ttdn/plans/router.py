from typing import Annotated

from fastapi import APIRouter, Body, Query, Response, status

from ttdn.core.authz import Principal, PrincipalDep, require
from ttdn.core.db import SessionDep
from ttdn.core.ids import IdInPath, IdInQuery
from ttdn.core.pagination import ListParamsDep, Page, make_page
from ttdn.core.versioning import IfMatchDep, set_etag
from ttdn.plans import copying, legal_references, reading, sections, service
from ttdn.plans.models import LegalReferenceKind, PlanStatus
from ttdn.plans.schemas import (
    LegalReferenceCreate,
    LegalReferenceRead,
    LegalReferenceUpdate,
    PlanCopy,
    PlanCreate,
    PlanDetail,
    PlanIssue,
    PlanRead,
    PlanUpdate,
    SectionCreate,
    SectionNode,
    SectionRead,
    SectionUpdate,
)
from ttdn.reports.generation import generate_for_plan
from ttdn.tasks.notices import notify_plan_issued

router = APIRouter(prefix="/plans", tags=["plans"])
legal_references_router = APIRouter(prefix="/legal-references", tags=["legal references"])
PlanId = IdInPath
SectionId = IdInPath
ReferenceId = IdInPath
Reader = Annotated[Principal, require("plans:read")]
Writer = Annotated[Principal, require("plans:write")]
Issuer = Annotated[Principal, require("plans:issue")]


def _answer(response: Response, detail: PlanDetail) -> PlanDetail:
    set_etag(response, detail.version)
    return detail


# --------------------------------------------------------------------------------------
# Plans
# --------------------------------------------------------------------------------------


@router.get("", response_model=Page[PlanRead], summary="Danh sách kế hoạch")
async def list_plans(
    session: SessionDep,
    principal: Reader,
    params: ListParamsDep,
    year: Annotated[int | None, Query(ge=1945, le=2100)] = None,
    plan_status: Annotated[PlanStatus | None, Query(alias="status")] = None,
    unit_id: IdInQuery = None,
    deleted: Annotated[bool, Query(description="Chỉ các kế hoạch đã xóa (quản trị)")] = False,
) -> Page[PlanRead]:
    filters = reading.PlanFilters(year, plan_status, unit_id, deleted)
    fetched = await reading.list_plans(session, principal, params, filters)
    return make_page(PlanRead, fetched, params)


@router.get("/{plan_id:int}", response_model=PlanDetail, summary="Một kế hoạch")
async def get_plan(
    plan_id: PlanId, session: SessionDep, principal: Reader, response: Response
) -> PlanDetail:
    return _answer(response, await reading.read_plan(session, principal, plan_id))


@router.post(
    "",
    response_model=PlanDetail,
    status_code=status.HTTP_201_CREATED,
    summary="Lập kế hoạch (dự thảo)",
)
async def create_plan(
    data: PlanCreate, session: SessionDep, principal: Writer, response: Response
) -> PlanDetail:
    plan = await service.create_plan(session, principal, data)
    response.headers["Location"] = f"/api/v1/plans/{plan.id}"
    return _answer(response, await reading.plan_detail(session, principal, plan))


@router.patch("/{plan_id:int}", response_model=PlanDetail, summary="Sửa kế hoạch dự thảo")
async def update_plan(
    plan_id: PlanId,
    data: PlanUpdate,
    session: SessionDep,
    principal: Writer,
    version: IfMatchDep,
    response: Response,
) -> PlanDetail:
    plan = await service.update_plan(session, principal, plan_id, data, version)
    return _answer(response, await reading.plan_detail(session, principal, plan))


@router.delete("/{plan_id:int}", status_code=status.HTTP_204_NO_CONTENT, summary="Xóa kế hoạch")
async def delete_plan(
    plan_id: PlanId, session: SessionDep, principal: Writer, version: IfMatchDep
) -> None:
    await service.delete_plan(session, principal, plan_id, version)


@router.post(
    "/{plan_id:int}/copy",
    response_model=PlanDetail,
    status_code=status.HTTP_201_CREATED,
    summary="Dự thảo kế hoạch năm mới từ kế hoạch này (mục, nhiệm vụ, đơn vị, ngày tháng)",
)
async def copy_plan(
    plan_id: PlanId,
    data: PlanCopy,
    session: SessionDep,
    principal: Writer,
    response: Response,
) -> PlanDetail:
    draft = await copying.copy_plan(session, principal, plan_id, data)
    response.headers["Location"] = f"/api/v1/plans/{draft.id}"
    return await get_plan(draft.id, session, principal, response)


@router.post(
    "/{plan_id:int}/restore", response_model=PlanDetail, summary="Khôi phục kế hoạch đã xóa"
)
async def restore_plan(
    plan_id: PlanId,
    session: SessionDep,
    principal: Annotated[Principal, require("records:restore")],
    response: Response,
) -> PlanDetail:
    plan = await service.restore_plan(session, principal, plan_id)
    return _answer(response, await reading.plan_detail(session, principal, plan))


@router.post("/{plan_id:int}/issue", response_model=PlanDetail, summary="Ban hành kế hoạch")
async def issue_plan(
    plan_id: PlanId,
    session: SessionDep,
    principal: Issuer,
    version: IfMatchDep,
    response: Response,
    data: Annotated[PlanIssue | None, Body()] = None,
) -> PlanDetail:
    plan = await service.issue_plan(session, principal, plan_id, data or PlanIssue(), version)
    await notify_plan_issued(session, plan.id)  # each unit's members learn of their tasks
    await generate_for_plan(session, principal, plan.id)  # its reporting periods, units' parts
    return _answer(response, await reading.plan_detail(session, principal, plan))


@router.post("/{plan_id:int}/close", response_model=PlanDetail, summary="Kết thúc kế hoạch")
async def close_plan(
    plan_id: PlanId,
    session: SessionDep,
    principal: Issuer,
    version: IfMatchDep,
    response: Response,
) -> PlanDetail:
    plan = await service.close_plan(session, principal, plan_id, version)
    return _answer(response, await reading.plan_detail(session, principal, plan))


# --------------------------------------------------------------------------------------
# Sections
# --------------------------------------------------------------------------------------


@router.get("/{plan_id:int}/sections", response_model=list[SectionNode], summary="Các mục (cây)")
async def section_tree(
    plan_id: PlanId, session: SessionDep, principal: Reader
) -> list[SectionNode]:
    return await sections.section_tree(session, principal, plan_id)


@router.post(
    "/{plan_id:int}/sections",
    response_model=SectionRead,
    status_code=status.HTTP_201_CREATED,
    summary="Thêm mục",
)
async def create_section(
    plan_id: PlanId,
    data: SectionCreate,
    session: SessionDep,
    principal: Writer,
    response: Response,
) -> SectionRead:
    section = await sections.create_section(session, principal, plan_id, data)
    set_etag(response, section.version)
    return SectionRead.model_validate(section)


@router.patch(
    "/{plan_id:int}/sections/{section_id:int}",
    response_model=SectionRead,
    summary="Sửa hoặc chuyển mục",
)
async def update_section(
    plan_id: PlanId,
    section_id: SectionId,
    data: SectionUpdate,
    session: SessionDep,
    principal: Writer,
    version: IfMatchDep,
    response: Response,
) -> SectionRead:
    section = await sections.update_section(session, principal, plan_id, section_id, data, version)
    set_etag(response, section.version)
    return SectionRead.model_validate(section)


@router.delete(
    "/{plan_id:int}/sections/{section_id:int}",
    status_code=status.HTTP_204_NO_CONTENT,
    summary="Xóa mục và các mục con",
)
async def delete_section(
    plan_id: PlanId,
    section_id: SectionId,
    session: SessionDep,
    principal: Writer,
    version: IfMatchDep,
) -> None:
    await sections.delete_section(session, principal, plan_id, section_id, version)


# --------------------------------------------------------------------------------------
# Legal references
# --------------------------------------------------------------------------------------


@legal_references_router.get(
    "", response_model=Page[LegalReferenceRead], summary="Danh sách văn bản căn cứ"
)
async def list_legal_references(
    session: SessionDep,
    principal: PrincipalDep,
    params: ListParamsDep,
    kind: LegalReferenceKind | None = None,
    in_force: Annotated[bool | None, Query(description="Còn hiệu lực")] = None,
) -> Page[LegalReferenceRead]:
    filters = legal_references.LegalReferenceFilters(kind, in_force)
    fetched = await legal_references.list_legal_references(session, principal, params, filters)
    return make_page(LegalReferenceRead, fetched, params)


@legal_references_router.get(
    "/{reference_id:int}", response_model=LegalReferenceRead, summary="Một văn bản căn cứ"
)
async def get_legal_reference(
    reference_id: ReferenceId, session: SessionDep, principal: PrincipalDep, response: Response
) -> LegalReferenceRead:
    reference = await legal_references.get_legal_reference(session, principal, reference_id)
    set_etag(response, reference.version)
    return LegalReferenceRead.model_validate(reference)


@legal_references_router.post(
    "",
    response_model=LegalReferenceRead,
    status_code=status.HTTP_201_CREATED,
    summary="Thêm văn bản căn cứ",
)
async def create_legal_reference(
    data: LegalReferenceCreate, session: SessionDep, principal: Writer, response: Response
) -> LegalReferenceRead:
    reference = await legal_references.create_legal_reference(session, principal, data)
    set_etag(response, reference.version)
    response.headers["Location"] = f"/api/v1/legal-references/{reference.id}"
    return LegalReferenceRead.model_validate(reference)


@legal_references_router.patch(
    "/{reference_id:int}", response_model=LegalReferenceRead, summary="Sửa văn bản căn cứ"
)
async def update_legal_reference(
    reference_id: ReferenceId,
    data: LegalReferenceUpdate,
    session: SessionDep,
    principal: Writer,
    version: IfMatchDep,
    response: Response,
) -> LegalReferenceRead:
    reference = await legal_references.update_legal_reference(
        session, principal, reference_id, data, version
    )
    set_etag(response, reference.version)
    return LegalReferenceRead.model_validate(reference)
