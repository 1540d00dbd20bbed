from typing import Annotated

from fastapi import APIRouter, Depends, Query, Response, status

from ttdn.core.authz import Principal, require
from ttdn.core.db import SessionDep
from ttdn.core.ids import IdInPath, IdInQuery
from ttdn.core.pagination import ListParamsDep, Page, make_page
from ttdn.core.versioning import IfMatchDep, set_etag
from ttdn.reports import generation, periods
from ttdn.reports.models import PeriodKind
from ttdn.reports.schemas import ReportingPeriodCreate, ReportingPeriodRead, ReportingPeriodUpdate

router = APIRouter(prefix="/reporting-periods", tags=["reports"])
plan_periods_router = APIRouter(prefix="/plans", tags=["reports"])
PeriodId = IdInPath
PlanId = IdInPath
# Periods are read by whoever reads their plan.
Reader = Annotated[Principal, require("plans:read")]
Manager = Annotated[Principal, require("reports:manage")]


def period_filters(
    plan_id: IdInQuery = None,
    kind: PeriodKind | None = None,
    year: Annotated[int | None, Query(ge=1945, le=2100, description="Năm của kế hoạch")] = None,
) -> periods.PeriodFilters:
    return periods.PeriodFilters(plan_id, kind, year)


def _answer(response: Response, period: object) -> ReportingPeriodRead:
    read = ReportingPeriodRead.model_validate(period)
    set_etag(response, read.version)
    return read


@router.get("", response_model=Page[ReportingPeriodRead], summary="Danh sách kỳ báo cáo")
async def list_periods(
    session: SessionDep,
    principal: Reader,
    params: ListParamsDep,
    filters: Annotated[periods.PeriodFilters, Depends(period_filters)],
) -> Page[ReportingPeriodRead]:
    fetched = await periods.list_periods(session, principal, params, filters)
    return make_page(ReportingPeriodRead, fetched, params)


@router.get("/{period_id:int}", response_model=ReportingPeriodRead, summary="Một kỳ báo cáo")
async def get_period(
    period_id: PeriodId, session: SessionDep, principal: Reader, response: Response
) -> ReportingPeriodRead:
    return _answer(response, await periods.get_period(session, principal, period_id))


@router.post(
    "",
    response_model=ReportingPeriodRead,
    status_code=status.HTTP_201_CREATED,
    summary="Lập kỳ báo cáo (đột xuất, hằng quý của một đơn vị…)",
)
async def create_period(
    data: ReportingPeriodCreate, session: SessionDep, principal: Manager, response: Response
) -> ReportingPeriodRead:
    period = await periods.create_period(session, principal, data)
    response.headers["Location"] = f"/api/v1/reporting-periods/{period.id}"
    return _answer(response, period)


@router.patch("/{period_id:int}", response_model=ReportingPeriodRead, summary="Sửa kỳ báo cáo")
async def update_period(
    period_id: PeriodId,
    data: ReportingPeriodUpdate,
    session: SessionDep,
    principal: Manager,
    version: IfMatchDep,
    response: Response,
) -> ReportingPeriodRead:
    period = await periods.update_period(session, principal, period_id, data, version)
    return _answer(response, period)


@router.delete(
    "/{period_id:int}",
    status_code=status.HTTP_204_NO_CONTENT,
    summary="Xóa kỳ báo cáo (khi chưa đơn vị nào nộp)",
)
async def delete_period(
    period_id: PeriodId, session: SessionDep, principal: Manager, version: IfMatchDep
) -> None:
    await periods.delete_period(session, principal, period_id, version)


@plan_periods_router.post(
    "/{plan_id:int}/reporting-periods/generate",
    response_model=list[ReportingPeriodRead],
    summary="Lập các kỳ báo cáo theo hạn báo cáo của kế hoạch (không tạo trùng)",
)
async def generate_periods(
    plan_id: PlanId, session: SessionDep, principal: Manager
) -> list[ReportingPeriodRead]:
    made = await generation.generate_periods(session, principal, plan_id)
    return [ReportingPeriodRead.model_validate(period) for period in made]
