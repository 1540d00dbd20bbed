from typing import Annotated

from fastapi import APIRouter, Body, Depends, Query, Response

from ttdn.core.authz import Principal, require
from ttdn.core.db import SessionDep
from ttdn.core.ids import IdInPath, IdInQuery
from ttdn.core.pagination import ListParamsDep, Page, page_of
from ttdn.core.versioning import IfMatchDep, set_etag
from ttdn.reports import timeliness, unit_reports, workflow
from ttdn.reports.models import UnitReportStatus
from ttdn.reports.schemas import (
    UnitReportAccept,
    UnitReportDetail,
    UnitReportRead,
    UnitReportReturn,
    UnitReportUpdate,
    UnitTimeliness,
)
from ttdn.reports.unit_reports import ReportRow

router = APIRouter(prefix="/reports", tags=["reports"])
ReportId = IdInPath
Reader = Annotated[Principal, require("reports:read")]
Filler = Annotated[Principal, require("reports:fill")]
Manager = Annotated[Principal, require("reports:manage")]


def report_filters(
    period_id: IdInQuery = None,
    unit_id: IdInQuery = None,
    plan_id: IdInQuery = None,
    report_status: Annotated[UnitReportStatus | None, Query(alias="status")] = None,
) -> unit_reports.ReportFilters:
    return unit_reports.ReportFilters(period_id, unit_id, report_status, plan_id)


async def _answer(
    session: SessionDep, principal: Principal, response: Response, row: ReportRow
) -> UnitReportDetail:
    detail = await unit_reports.report_detail(session, principal, row)
    set_etag(response, detail.version)
    return detail


@router.get("", response_model=Page[UnitReportRead], summary="Báo cáo của các đơn vị")
async def list_reports(
    session: SessionDep,
    principal: Reader,
    params: ListParamsDep,
    filters: Annotated[unit_reports.ReportFilters, Depends(report_filters)],
) -> Page[UnitReportRead]:
    items, fetched = await unit_reports.list_reports(session, principal, params, filters)
    return page_of(items, fetched, params)


@router.get(
    "/timeliness",
    response_model=list[UnitTimeliness],
    summary="Tỷ lệ đúng hạn của từng đơn vị (nhiệm vụ và báo cáo) trong một kế hoạch",
)
async def unit_timeliness(
    session: SessionDep,
    principal: Reader,
    plan_id: Annotated[int, Query(ge=1, le=2_147_483_647)],
) -> list[UnitTimeliness]:
    return await timeliness.timeliness(session, principal, plan_id)


@router.get("/{report_id:int}", response_model=UnitReportDetail, summary="Báo cáo của một đơn vị")
async def get_report(
    report_id: ReportId, session: SessionDep, principal: Reader, response: Response
) -> UnitReportDetail:
    return await _answer(
        session,
        principal,
        response,
        await unit_reports.get_report_row(session, principal, report_id),
    )


@router.patch(
    "/{report_id:int}",
    response_model=UnitReportDetail,
    summary="Điền báo cáo của đơn vị (số liệu, nội dung theo nhiệm vụ)",
)
async def update_report(
    report_id: ReportId,
    data: UnitReportUpdate,
    session: SessionDep,
    principal: Filler,
    version: IfMatchDep,
    response: Response,
) -> UnitReportDetail:
    row = await unit_reports.update_report(session, principal, report_id, data, version)
    return await _answer(session, principal, response, row)


@router.post(
    "/{report_id:int}/submit", response_model=UnitReportDetail, summary="Nộp báo cáo của đơn vị"
)
async def submit_report(
    report_id: ReportId,
    session: SessionDep,
    principal: Filler,
    version: IfMatchDep,
    response: Response,
) -> UnitReportDetail:
    row = await workflow.submit_report(session, principal, report_id, version)
    return await _answer(session, principal, response, row)


@router.post(
    "/{report_id:int}/accept", response_model=UnitReportDetail, summary="Tiếp nhận báo cáo đã nộp"
)
async def accept_report(
    report_id: ReportId,
    session: SessionDep,
    principal: Manager,
    version: IfMatchDep,
    response: Response,
    data: Annotated[UnitReportAccept | None, Body()] = None,
) -> UnitReportDetail:
    comment = data.comment if data is not None else ""
    row = await workflow.accept_report(session, principal, report_id, version, comment)
    return await _answer(session, principal, response, row)


@router.post(
    "/{report_id:int}/return",
    response_model=UnitReportDetail,
    summary="Trả lại báo cáo đã nộp, kèm ý kiến",
)
async def return_report(
    report_id: ReportId,
    data: UnitReportReturn,
    session: SessionDep,
    principal: Manager,
    version: IfMatchDep,
    response: Response,
) -> UnitReportDetail:
    row = await workflow.return_report(session, principal, report_id, version, data.comment)
    return await _answer(session, principal, response, row)
