from typing import Annotated

from fastapi import APIRouter, Depends, Query, Response, status

from ttdn.core.authz import Principal, PrincipalDep, require
from ttdn.core.dates import Day
from ttdn.core.db import SessionDep
from ttdn.core.errors import Forbidden, Invalid
from ttdn.core.ids import IdInPath, IdInQuery
from ttdn.core.pagination import ListParamsDep, Page, page_of
from ttdn.core.versioning import IfMatchDep, set_etag
from ttdn.incidents import reading, reporting, workflow
from ttdn.incidents.models import Category, IncidentStatus, Platform, Severity, Verdict
from ttdn.incidents.schemas import (
    Acknowledgement,
    Escalation,
    IncidentCreate,
    IncidentPatch,
    IncidentRead,
    IncidentSummary,
    Transition,
)

router = APIRouter(prefix="/incidents", tags=["incidents"])
IncidentId = IdInPath
Reporter = Annotated[Principal, require("incidents:report")]
Handler = Annotated[Principal, require("incidents:handle")]
Decider = Annotated[Principal, require("incidents:close")]
# Who undoes a deletion: the commune's admin, or those who may delete.
Restorer = Annotated[Principal, require("records:restore", "incidents:close")]


async def reader(principal: PrincipalDep) -> Principal:
    """Whoever reads some incidents: commune members by classification, reporters their own
    reports, the superior what was escalated to it."""
    if not principal.capabilities & {"incidents:read", "incidents:report", "incidents:escalated"}:
        raise Forbidden("Vai trò của bạn không được xem vụ việc thông tin sai lệch.")
    return principal


Reader = Annotated[Principal, Depends(reader)]


def incident_filters(
    status: IncidentStatus | None = None,
    verdict: Verdict | None = None,
    category: Category | None = None,
    platform: Platform | None = None,
    severity: Severity | None = None,
    unit_id: Annotated[IdInQuery, Query(description="Xã, hoặc đơn vị báo tin")] = None,
    detected_from: Annotated[Day | None, Query(description="Phát hiện từ ngày")] = None,
    detected_to: Annotated[Day | None, Query(description="Phát hiện đến ngày")] = None,
    escalated: Annotated[bool | None, Query(description="Đã báo cáo cấp trên (hoặc chưa)")] = None,
    still_open: Annotated[
        bool | None,
        Query(alias="open", description="Đang xử lý: mới, xác minh, xác định, xử lý (hoặc không)"),
    ] = None,
    mine: Annotated[bool, Query(description="Chỉ vụ việc tôi đã báo tin")] = False,
    deleted: Annotated[
        bool, Query(description="Chỉ vụ việc đã xóa (cho người được khôi phục)")
    ] = False,
) -> reading.IncidentFilters:
    if detected_from and detected_to and detected_from > detected_to:
        raise Invalid("Từ ngày phải trước đến ngày.", loc=["query", "detected_from"])
    return reading.IncidentFilters(
        status=status,
        verdict=verdict,
        category=category,
        platform=platform,
        severity=severity,
        unit_id=unit_id,
        detected_from=detected_from,
        detected_to=detected_to,
        escalated=escalated,
        still_open=still_open,
        mine=mine,
        deleted=deleted,
    )


@router.get("", response_model=Page[IncidentRead], summary="Danh sách vụ việc thông tin sai lệch")
async def list_incidents(
    session: SessionDep,
    principal: Reader,
    params: ListParamsDep,
    filters: Annotated[reading.IncidentFilters, Depends(incident_filters)],
) -> Page[IncidentRead]:
    items, fetched = await reading.list_incidents(session, principal, params, filters)
    return page_of(items, fetched, params)


@router.get(
    "/summary",
    response_model=IncidentSummary,
    summary="Số vụ việc theo trạng thái, theo tháng và lĩnh vực",
)
async def summarise_incidents(
    session: SessionDep,
    principal: Reader,
    year: Annotated[int | None, Query(ge=2000, le=2100, description="Năm phát hiện")] = None,
) -> IncidentSummary:
    return await reading.summarise(session, principal, year)


@router.get("/{incident_id:int}", response_model=IncidentRead, summary="Một vụ việc và diễn biến")
async def get_incident(
    incident_id: IncidentId, session: SessionDep, principal: Reader, response: Response
) -> IncidentRead:
    incident = await reading.read_incident(session, principal, incident_id)
    set_etag(response, incident.version)
    return incident


@router.post(
    "",
    response_model=IncidentRead,
    status_code=status.HTTP_201_CREATED,
    summary="Báo tin thông tin sai lệch",
    responses={
        200: {
            "model": IncidentRead,
            "description": "Đường dẫn trùng một vụ việc đang xử lý: báo tin được ghi thêm vào đó",
        }
    },
)
async def report_incident(
    data: IncidentCreate, session: SessionDep, principal: Reporter, response: Response
) -> IncidentRead:
    incident, new = await reporting.report_incident(session, principal, data)
    if not new:
        response.status_code = status.HTTP_200_OK
    response.headers["Location"] = f"/api/v1/incidents/{incident.id}"
    return await get_incident(incident.id, session, principal, response)


@router.patch(
    "/{incident_id:int}", response_model=IncidentRead, summary="Sửa vụ việc, ghi kết luận"
)
async def edit_incident(
    incident_id: IncidentId,
    data: IncidentPatch,
    session: SessionDep,
    principal: Handler,
    version: IfMatchDep,
    response: Response,
) -> IncidentRead:
    await reporting.edit_incident(session, principal, incident_id, data, version)
    return await get_incident(incident_id, session, principal, response)


@router.post(
    "/{incident_id:int}/transitions",
    response_model=IncidentRead,
    summary="Chuyển trạng thái xử lý (kèm lý do)",
)
async def move_incident(
    incident_id: IncidentId,
    data: Transition,
    session: SessionDep,
    principal: Handler,
    version: IfMatchDep,
    response: Response,
) -> IncidentRead:
    await workflow.move(session, principal, incident_id, data, version)
    return await get_incident(incident_id, session, principal, response)


@router.post(
    "/{incident_id:int}/escalate",
    response_model=IncidentRead,
    summary="Báo cáo vụ việc lên cấp trên",
)
async def escalate_incident(
    incident_id: IncidentId,
    data: Escalation,
    session: SessionDep,
    principal: Decider,
    version: IfMatchDep,
    response: Response,
) -> IncidentRead:
    await workflow.escalate(session, principal, incident_id, data, version)
    return await get_incident(incident_id, session, principal, response)


@router.post(
    "/{incident_id:int}/acknowledge",
    response_model=IncidentRead,
    summary="Cấp trên ghi nhận vụ việc được báo cáo",
)
async def acknowledge_incident(
    incident_id: IncidentId,
    data: Acknowledgement,
    session: SessionDep,
    principal: Annotated[Principal, require("incidents:acknowledge")],
    version: IfMatchDep,
    response: Response,
) -> IncidentRead:
    await workflow.acknowledge(session, principal, incident_id, data, version)
    return await get_incident(incident_id, session, principal, response)


@router.delete(
    "/{incident_id:int}", status_code=status.HTTP_204_NO_CONTENT, summary="Xóa vụ việc báo nhầm"
)
async def delete_incident(
    incident_id: IncidentId, session: SessionDep, principal: Decider, version: IfMatchDep
) -> None:
    await workflow.delete_incident(session, principal, incident_id, version)


@router.post(
    "/{incident_id:int}/restore", response_model=IncidentRead, summary="Khôi phục vụ việc đã xóa"
)
async def restore_incident(
    incident_id: IncidentId,
    session: SessionDep,
    principal: Restorer,
    response: Response,
) -> IncidentRead:
    await workflow.restore_incident(session, principal, incident_id)
    return await get_incident(incident_id, session, principal, response)
