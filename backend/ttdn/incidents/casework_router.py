"""The work on one incident: actions taken, evidence, the people involved (the security
unit's alone) and the quarter's police figures."""

from datetime import datetime
from typing import Annotated

from fastapi import APIRouter, File, Form, Query, Response, UploadFile, status

from ttdn.core.authz import Principal, require
from ttdn.core.db import SessionDep
from ttdn.core.errors import Forbidden, NotFound, ProblemDetails
from ttdn.core.files import attachment
from ttdn.core.ids import IdInPath
from ttdn.core.versioning import IfMatchDep, set_etag
from ttdn.incidents import actions, evidence, people
from ttdn.incidents.router import Handler, Reader
from ttdn.incidents.schemas import (
    ActionCreate,
    ActionRead,
    EvidenceRead,
    EvidenceRemoval,
    PersonCreate,
    PersonPatch,
    PersonRead,
    PoliceFigures,
)

router = APIRouter(prefix="/incidents", tags=["incidents"])
IncidentId = IdInPath
EvidenceId = IdInPath
PersonId = IdInPath
Security = Annotated[Principal, require("incidents:security")]
FILE_RESPONSES: dict[int | str, dict[str, object]] = {
    200: {"content": {"application/octet-stream": {}}, "description": "Tệp"}
}


@router.get(
    "/police-figures",
    response_model=PoliceFigures,
    summary="Số liệu quý của Công an xã: vụ việc, người, quyết định xử lý (không nêu tên)",
)
async def police_figures(
    session: SessionDep,
    principal: Handler,
    year: Annotated[int, Query(ge=2000, le=2100)],
    quarter: Annotated[int, Query(ge=1, le=4)],
) -> PoliceFigures:
    return await people.police_figures(session, principal, year, quarter)


@router.get(
    "/{incident_id:int}/actions", response_model=list[ActionRead], summary="Các biện pháp đã làm"
)
async def list_actions(
    incident_id: IncidentId, session: SessionDep, principal: Reader
) -> list[ActionRead]:
    return await actions.list_actions(session, principal, incident_id)


@router.post(
    "/{incident_id:int}/actions",
    response_model=ActionRead,
    status_code=status.HTTP_201_CREATED,
    summary="Ghi một biện pháp xử lý",
)
async def add_action(
    incident_id: IncidentId, data: ActionCreate, session: SessionDep, principal: Handler
) -> ActionRead:
    action = await actions.add_action(session, principal, incident_id, data)
    return ActionRead.model_validate(action)


@router.get(
    "/{incident_id:int}/evidence", response_model=list[EvidenceRead], summary="Chứng cứ của vụ việc"
)
async def list_evidence(
    incident_id: IncidentId, session: SessionDep, principal: Reader
) -> list[EvidenceRead]:
    return await evidence.list_evidence(session, principal, incident_id)


@router.post(
    "/{incident_id:int}/evidence",
    response_model=EvidenceRead,
    status_code=status.HTTP_201_CREATED,
    summary="Tải lên chứng cứ (ảnh, PDF, video ngắn; tối đa 20 MB)",
    responses={415: {"model": ProblemDetails, "description": "Không phải ảnh, PDF hay video"}},
)
async def add_evidence(
    incident_id: IncidentId,
    session: SessionDep,
    principal: Reader,
    file: Annotated[UploadFile, File(description="Ảnh chụp màn hình, ảnh, PDF, video ngắn")],
    captured_at: Annotated[
        datetime | None, Form(description="Thời điểm chụp, ISO 8601 có múi giờ")
    ] = None,
) -> EvidenceRead:
    added = await evidence.add_evidence(session, principal, incident_id, file, captured_at)
    return evidence.to_read(added, downloadable=True)


@router.get(
    "/{incident_id:int}/evidence/{evidence_id:int}",
    summary="Tải xuống bản gốc (người xử lý vụ việc và người tải lên)",
    response_class=Response,
    responses=FILE_RESPONSES,
)
async def download_evidence(
    incident_id: IncidentId, evidence_id: EvidenceId, session: SessionDep, principal: Reader
) -> Response:
    found, path = await evidence.find_evidence(session, principal, incident_id, evidence_id)
    if not evidence.may_download(principal, found, path):
        raise Forbidden("Bản gốc chỉ dành cho người xử lý vụ việc; hãy xem bản xem trước.")
    data = evidence.file_store().read(found.sha256)
    return attachment(data, found.filename, found.content_type)


@router.get(
    "/{incident_id:int}/evidence/{evidence_id:int}/preview",
    summary="Bản xem trước của ảnh (JPEG, không có siêu dữ liệu)",
    response_class=Response,
    responses={200: {"content": {"image/jpeg": {}}, "description": "Ảnh xem trước"}},
)
async def preview_evidence(
    incident_id: IncidentId, evidence_id: EvidenceId, session: SessionDep, principal: Reader
) -> Response:
    found, _ = await evidence.find_evidence(session, principal, incident_id, evidence_id)
    if found.preview_sha256 is None:
        raise NotFound("Chứng cứ này không có bản xem trước.")
    data = evidence.file_store().read(found.preview_sha256)
    return Response(
        content=data,
        media_type="image/jpeg",
        headers={"X-Content-Type-Options": "nosniff", "Cache-Control": "private, max-age=3600"},
    )


@router.post(
    "/{incident_id:int}/evidence/{evidence_id:int}/remove",
    status_code=status.HTTP_204_NO_CONTENT,
    summary="Gỡ chứng cứ (Công an xã; ghi vào diễn biến)",
)
async def remove_evidence(
    incident_id: IncidentId,
    evidence_id: EvidenceId,
    data: EvidenceRemoval,
    session: SessionDep,
    principal: Security,
) -> None:
    await evidence.remove_evidence(session, principal, incident_id, evidence_id, data.reason)


@router.get(
    "/{incident_id:int}/people",
    response_model=list[PersonRead],
    summary="Người liên quan và quyết định xử lý (chỉ Công an xã)",
)
async def list_people(
    incident_id: IncidentId, session: SessionDep, principal: Security
) -> list[PersonRead]:
    return await people.list_people(session, principal, incident_id)


@router.post(
    "/{incident_id:int}/people",
    response_model=PersonRead,
    status_code=status.HTTP_201_CREATED,
    summary="Ghi người liên quan (chỉ Công an xã)",
)
async def add_person(
    incident_id: IncidentId,
    data: PersonCreate,
    session: SessionDep,
    principal: Security,
    response: Response,
) -> PersonRead:
    person = await people.add_person(session, principal, incident_id, data)
    set_etag(response, person.version)
    return PersonRead.model_validate(person)


@router.patch(
    "/{incident_id:int}/people/{person_id:int}",
    response_model=PersonRead,
    summary="Sửa người liên quan, quyết định xử lý (chỉ Công an xã)",
)
async def change_person(
    incident_id: IncidentId,
    person_id: PersonId,
    data: PersonPatch,
    session: SessionDep,
    principal: Security,
    version: IfMatchDep,
    response: Response,
) -> PersonRead:
    person = await people.change_person(session, principal, incident_id, person_id, data, version)
    set_etag(response, person.version)
    return PersonRead.model_validate(person)


@router.delete(
    "/{incident_id:int}/people/{person_id:int}",
    status_code=status.HTTP_204_NO_CONTENT,
    summary="Xóa người liên quan ghi nhầm (chỉ Công an xã)",
)
async def remove_person(
    incident_id: IncidentId,
    person_id: PersonId,
    session: SessionDep,
    principal: Security,
    version: IfMatchDep,
) -> None:
    await people.remove_person(session, principal, incident_id, person_id, version)
