from typing import Annotated

from fastapi import APIRouter, Body, Depends, Query, Response, status

from ttdn.core.authz import Principal, require
from ttdn.core.db import SessionDep
from ttdn.core.exports import XLSX
from ttdn.core.files import attachment
from ttdn.core.ids import IdInPath, IdInQuery
from ttdn.core.pagination import ListParamsDep, Page, page_of
from ttdn.core.versioning import IfMatchDep, set_etag
from ttdn.reports import commune, commune_exports, commune_workflow
from ttdn.reports.commune_schemas import (
    CommuneReportDetail,
    CommuneReportNote,
    CommuneReportRead,
    CommuneReportReturn,
    CommuneReportUpdate,
)
from ttdn.reports.models import CommuneReportStatus

router = APIRouter(prefix="/commune-reports", tags=["reports"])
compile_router = APIRouter(prefix="/reporting-periods", tags=["reports"])
ReportId = IdInPath
PeriodId = IdInPath
Reader = Annotated[Principal, require("reports:read")]
Manager = Annotated[Principal, require("reports:manage")]
Approver = Annotated[Principal, require("reports:approve")]
Sender = Annotated[Principal, require("reports:manage", "reports:approve")]
Reviewer = Annotated[Principal, require("reports:review")]
Note = Annotated[CommuneReportNote | None, Body()]


def commune_report_filters(
    period_id: IdInQuery = None,
    plan_id: IdInQuery = None,
    report_status: Annotated[CommuneReportStatus | None, Query(alias="status")] = None,
) -> commune.CommuneReportFilters:
    return commune.CommuneReportFilters(period_id, plan_id, report_status)


async def _answer(
    session: SessionDep, response: Response, row: commune.CommuneReportRow
) -> CommuneReportDetail:
    detail = await commune.commune_report_detail(session, row)
    set_etag(response, detail.version)
    return detail


@router.get("", response_model=Page[CommuneReportRead], summary="Báo cáo của các xã")
async def list_commune_reports(
    session: SessionDep,
    principal: Reader,
    params: ListParamsDep,
    filters: Annotated[commune.CommuneReportFilters, Depends(commune_report_filters)],
) -> Page[CommuneReportRead]:
    items, fetched = await commune.list_commune_reports(session, principal, params, filters)
    return page_of(items, fetched, params)


@router.get("/{report_id:int}", response_model=CommuneReportDetail, summary="Báo cáo của xã")
async def get_commune_report(
    report_id: ReportId, session: SessionDep, principal: Reader, response: Response
) -> CommuneReportDetail:
    row = await commune.get_commune_report(session, principal, report_id)
    return await _answer(session, response, row)


@router.get(
    "/{report_id:int}/figures.xlsx",
    summary="Số liệu của báo cáo của xã (XLSX): từng đơn vị, tổng cộng và nhiệm vụ theo đơn vị",
    response_class=Response,
    responses={200: {"content": {XLSX: {}}, "description": "Tệp XLSX"}},
)
async def commune_report_figures(
    report_id: ReportId, session: SessionDep, principal: Reader
) -> Response:
    data, filename = await commune_exports.figures_workbook(session, principal, report_id)
    return attachment(data, filename, XLSX)


@compile_router.post(
    "/{period_id:int}/commune-report",
    response_model=CommuneReportDetail,
    status_code=status.HTTP_201_CREATED,
    summary="Tổng hợp báo cáo của xã từ báo cáo đã tiếp nhận của các đơn vị",
    responses={200: {"description": "Tổng hợp lại báo cáo đã có"}},
)
async def compile_commune_report(
    period_id: PeriodId, session: SessionDep, principal: Manager, response: Response
) -> CommuneReportDetail:
    row, made = await commune.compile_commune_report(session, principal, period_id)
    if made:
        response.headers["Location"] = f"/api/v1/commune-reports/{row.report.id}"
    else:
        response.status_code = status.HTTP_200_OK
    return await _answer(session, response, row)


@router.patch("/{report_id:int}", response_model=CommuneReportDetail, summary="Sửa báo cáo của xã")
async def update_commune_report(
    report_id: ReportId,
    data: CommuneReportUpdate,
    session: SessionDep,
    principal: Manager,
    version: IfMatchDep,
    response: Response,
) -> CommuneReportDetail:
    row = await commune.update_commune_report(session, principal, report_id, data, version)
    return await _answer(session, response, row)


@router.post(
    "/{report_id:int}/approve", response_model=CommuneReportDetail, summary="Duyệt báo cáo"
)
async def approve_commune_report(
    report_id: ReportId,
    session: SessionDep,
    principal: Approver,
    version: IfMatchDep,
    response: Response,
    data: Note = None,
) -> CommuneReportDetail:
    comment = data.comment if data is not None else ""
    row = await commune_workflow.approve(session, principal, report_id, version, comment)
    return await _answer(session, response, row)


@router.post(
    "/{report_id:int}/send", response_model=CommuneReportDetail, summary="Gửi báo cáo lên cấp trên"
)
async def send_commune_report(
    report_id: ReportId,
    session: SessionDep,
    principal: Sender,
    version: IfMatchDep,
    response: Response,
) -> CommuneReportDetail:
    row = await commune_workflow.send(session, principal, report_id, version)
    return await _answer(session, response, row)


@router.post(
    "/{report_id:int}/accept",
    response_model=CommuneReportDetail,
    summary="Cấp trên tiếp nhận báo cáo của xã",
)
async def accept_commune_report(
    report_id: ReportId,
    session: SessionDep,
    principal: Reviewer,
    version: IfMatchDep,
    response: Response,
    data: Note = None,
) -> CommuneReportDetail:
    comment = data.comment if data is not None else ""
    row = await commune_workflow.accept(session, principal, report_id, version, comment)
    return await _answer(session, response, row)


@router.post(
    "/{report_id:int}/return",
    response_model=CommuneReportDetail,
    summary="Cấp trên trả lại báo cáo của xã, kèm ý kiến",
)
async def return_commune_report(
    report_id: ReportId,
    data: CommuneReportReturn,
    session: SessionDep,
    principal: Reviewer,
    version: IfMatchDep,
    response: Response,
) -> CommuneReportDetail:
    row = await commune_workflow.return_to_commune(
        session, principal, report_id, version, data.comment
    )
    return await _answer(session, response, row)
