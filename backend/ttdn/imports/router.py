from typing import Annotated

from fastapi import APIRouter, File, Form, Response, UploadFile, status
from sqlalchemy import select

from ttdn.core.authz import Principal, require, visible
from ttdn.core.db import SessionDep
from ttdn.core.errors import Invalid, ProblemDetails
from ttdn.core.versioning import set_etag
from ttdn.imports.drafting import ReviewedDraft, create_draft
from ttdn.imports.proposal import Proposal
from ttdn.imports.service import propose
from ttdn.imports.units import UnitRef
from ttdn.plans.reading import plan_detail
from ttdn.plans.schemas import PlanDetail
from ttdn.units.models import Unit

router = APIRouter(prefix="/plans", tags=["plans"])
Writer = Annotated[Principal, require("plans:write")]


@router.post(
    "/import",
    response_model=Proposal,
    summary="Đọc văn bản kế hoạch (dán, DOCX, PDF) thành bản đề xuất để rà soát; chưa tạo gì",
    responses={415: {"model": ProblemDetails, "description": "Không phải văn bản, DOCX hay PDF"}},
)
async def import_plan(
    session: SessionDep,
    principal: Writer,
    file: Annotated[
        UploadFile | None, File(description="Tệp DOCX, PDF có lớp chữ, hoặc TXT")
    ] = None,
    text: Annotated[str | None, Form(description="Hoặc nội dung dán vào")] = None,
) -> Proposal:
    """The proposal is matched against the units the caller writes plans for (its commune's)."""
    if (file is None) == (text is None):
        raise Invalid("Hãy gửi một tệp hoặc dán nội dung (một trong hai).", loc=["body", "file"])
    if file is not None:
        data, filename = await file.read(), file.filename or "ke-hoach"
    else:
        data, filename = (text or "").encode("utf-8"), "ke-hoach.txt"
    rows = await session.execute(
        select(Unit.id, Unit.name, Unit.short_name, Unit.kind).where(
            visible(principal, "plans:write", Unit.path), Unit.deleted_at.is_(None)
        )
    )
    units = [UnitRef(id=i, name=n, short_name=s, kind=k) for i, n, s, k in rows]
    return propose(data, filename, units)


@router.post(
    "/import/draft",
    response_model=PlanDetail,
    status_code=status.HTTP_201_CREATED,
    summary="Tạo dự thảo kế hoạch từ bản đề xuất đã rà soát (mục, nhiệm vụ, căn cứ)",
)
async def create_draft_from_import(
    data: ReviewedDraft, session: SessionDep, principal: Writer, response: Response
) -> PlanDetail:
    """All of it or nothing: a wrong part (a unit out of reach, a task placed in a section the
    draft lacks) is a 422 naming it, and nothing is created."""
    plan = await create_draft(session, principal, data)
    response.headers["Location"] = f"/api/v1/plans/{plan.id}"
    detail = await plan_detail(session, principal, plan)
    set_etag(response, detail.version)
    return detail
