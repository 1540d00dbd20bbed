from typing import Annotated

from fastapi import APIRouter, Depends, Query, Response, status

from ttdn.core.authz import Principal, require
from ttdn.core.db import SessionDep
from ttdn.core.exports import (
    SPREADSHEET_RESPONSES,
    ExportFormat,
    ExportFormatQuery,
    ExportParamsDep,
)
from ttdn.core.ids import IdInPath, IdInQuery
from ttdn.core.pagination import ListParamsDep, Page, make_page, page_of
from ttdn.core.versioning import IfMatchDep, set_etag
from ttdn.media import contacts, exports, merge, outlets
from ttdn.media.models import OutletKind, OutletLevel
from ttdn.media.schemas import (
    ContactCreate,
    ContactMerge,
    ContactRead,
    ContactUpdate,
    OutletCreate,
    OutletRead,
    OutletUpdate,
)

router = APIRouter(prefix="/media", tags=["media"])
OutletId = IdInPath
ContactId = IdInPath
Reader = Annotated[Principal, require("media:read")]
Writer = Annotated[Principal, require("media:write")]

# --- outlets --------------------------------------------------------------------------------


def outlet_filters(
    kind: OutletKind | None = None, level: OutletLevel | None = None
) -> outlets.OutletFilters:
    return outlets.OutletFilters(kind, level)


OutletFiltersDep = Annotated[outlets.OutletFilters, Depends(outlet_filters)]


@router.get(
    "/outlets", response_model=Page[OutletRead], summary="Danh sách cơ quan báo chí", tags=["media"]
)
async def list_outlets(
    session: SessionDep, principal: Reader, params: ListParamsDep, filters: OutletFiltersDep
) -> Page[OutletRead]:
    fetched = await outlets.list_outlets(session, principal, params, filters)
    return make_page(OutletRead, fetched, params)


@router.get(
    "/outlets/export",
    summary="Xuất danh sách cơ quan báo chí (XLSX, CSV) theo cùng bộ lọc",
    response_class=Response,
    responses=SPREADSHEET_RESPONSES,
)
async def export_outlets(
    session: SessionDep,
    principal: Reader,
    params: ExportParamsDep,
    filters: OutletFiltersDep,
    export_format: ExportFormatQuery = ExportFormat.xlsx,
) -> Response:
    return await exports.export_outlets(session, params, filters, export_format)


@router.get(
    "/outlets/{outlet_id:int}",
    response_model=OutletRead,
    summary="Một cơ quan báo chí",
    tags=["media"],
)
async def get_outlet(
    outlet_id: OutletId, session: SessionDep, principal: Reader, response: Response
) -> OutletRead:
    outlet = await outlets.get_outlet(session, principal, outlet_id)
    set_etag(response, outlet.version)
    return OutletRead.model_validate(outlet)


@router.post(
    "/outlets",
    response_model=OutletRead,
    status_code=status.HTTP_201_CREATED,
    summary="Thêm cơ quan báo chí",
)
async def create_outlet(
    data: OutletCreate, session: SessionDep, principal: Writer, response: Response
) -> OutletRead:
    outlet = await outlets.create_outlet(session, principal, data)
    response.headers["Location"] = f"/api/v1/media/outlets/{outlet.id}"
    set_etag(response, outlet.version)
    return OutletRead.model_validate(outlet)


@router.patch(
    "/outlets/{outlet_id:int}",
    response_model=OutletRead,
    summary="Sửa cơ quan báo chí",
    tags=["media"],
)
async def update_outlet(
    outlet_id: OutletId,
    data: OutletUpdate,
    session: SessionDep,
    principal: Writer,
    version: IfMatchDep,
    response: Response,
) -> OutletRead:
    outlet = await outlets.update_outlet(session, principal, outlet_id, data, version)
    set_etag(response, outlet.version)
    return OutletRead.model_validate(outlet)


@router.delete(
    "/outlets/{outlet_id:int}",
    status_code=status.HTTP_204_NO_CONTENT,
    summary="Xóa cơ quan báo chí",
)
async def delete_outlet(
    outlet_id: OutletId, session: SessionDep, principal: Writer, version: IfMatchDep
) -> None:
    await outlets.delete_outlet(session, principal, outlet_id, version)


@router.post(
    "/outlets/{outlet_id:int}/restore",
    response_model=OutletRead,
    summary="Khôi phục cơ quan báo chí đã xóa",
)
async def restore_outlet(
    outlet_id: OutletId,
    session: SessionDep,
    principal: Annotated[Principal, require("records:restore")],
    response: Response,
) -> OutletRead:
    outlet = await outlets.restore_outlet(session, principal, outlet_id)
    set_etag(response, outlet.version)
    return OutletRead.model_validate(outlet)


# --- contacts -------------------------------------------------------------------------------


def contact_filters(
    outlet_id: IdInQuery = None,
    beat: Annotated[str | None, Query(max_length=60, description="Lĩnh vực phụ trách")] = None,
    duplicates: Annotated[
        bool | None, Query(description="Chỉ những phóng viên có thể bị trùng (hoặc không)")
    ] = None,
) -> contacts.ContactFilters:
    return contacts.ContactFilters(outlet_id, beat, duplicates)


ContactFiltersDep = Annotated[contacts.ContactFilters, Depends(contact_filters)]


@router.get(
    "/contacts", response_model=Page[ContactRead], summary="Danh sách phóng viên", tags=["media"]
)
async def list_contacts(
    session: SessionDep, principal: Reader, params: ListParamsDep, filters: ContactFiltersDep
) -> Page[ContactRead]:
    items, fetched = await contacts.list_contacts(session, principal, params, filters)
    return page_of(items, fetched, params)


@router.get(
    "/contacts/export",
    summary="Xuất danh sách phóng viên (XLSX, CSV) theo cùng bộ lọc, che như danh sách",
    response_class=Response,
    responses=SPREADSHEET_RESPONSES,
)
async def export_contacts(
    session: SessionDep,
    principal: Reader,
    params: ExportParamsDep,
    filters: ContactFiltersDep,
    export_format: ExportFormatQuery = ExportFormat.xlsx,
) -> Response:
    return await exports.export_contacts(session, principal, params, filters, export_format)


@router.get(
    "/contacts/{contact_id:int}",
    response_model=ContactRead,
    summary="Một phóng viên",
    tags=["media"],
)
async def get_contact(
    contact_id: ContactId, session: SessionDep, principal: Reader, response: Response
) -> ContactRead:
    contact = await contacts.read_contact(session, principal, contact_id)
    set_etag(response, contact.version)
    return contact


@router.post(
    "/contacts",
    response_model=ContactRead,
    status_code=status.HTTP_201_CREATED,
    summary="Thêm phóng viên",
)
async def create_contact(
    data: ContactCreate, session: SessionDep, principal: Writer, response: Response
) -> ContactRead:
    contact = await contacts.create_contact(session, principal, data)
    response.headers["Location"] = f"/api/v1/media/contacts/{contact.id}"
    return await get_contact(contact.id, session, principal, response)


@router.patch(
    "/contacts/{contact_id:int}",
    response_model=ContactRead,
    summary="Sửa phóng viên",
    tags=["media"],
)
async def update_contact(
    contact_id: ContactId,
    data: ContactUpdate,
    session: SessionDep,
    principal: Writer,
    version: IfMatchDep,
    response: Response,
) -> ContactRead:
    await contacts.update_contact(session, principal, contact_id, data, version)
    return await get_contact(contact_id, session, principal, response)


@router.delete(
    "/contacts/{contact_id:int}",
    status_code=status.HTTP_204_NO_CONTENT,
    summary="Xóa phóng viên",
)
async def delete_contact(
    contact_id: ContactId, session: SessionDep, principal: Writer, version: IfMatchDep
) -> None:
    await contacts.delete_contact(session, principal, contact_id, version)


@router.post(
    "/contacts/{contact_id:int}/restore",
    response_model=ContactRead,
    summary="Khôi phục phóng viên đã xóa",
)
async def restore_contact(
    contact_id: ContactId,
    session: SessionDep,
    principal: Annotated[Principal, require("records:restore")],
    response: Response,
) -> ContactRead:
    await contacts.restore_contact(session, principal, contact_id)
    return await get_contact(contact_id, session, principal, response)


@router.post(
    "/contacts/{contact_id:int}/merge",
    response_model=ContactRead,
    summary="Gộp phóng viên trùng vào phóng viên được giữ lại",
)
async def merge_contact(
    contact_id: ContactId,
    data: ContactMerge,
    session: SessionDep,
    principal: Annotated[Principal, require("media:merge")],
    response: Response,
) -> ContactRead:
    kept = await merge.merge_contact(session, principal, contact_id, data.into_id)
    return await get_contact(kept.id, session, principal, response)
