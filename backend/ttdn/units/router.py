from typing import Annotated

from fastapi import APIRouter, Query, Request, Response, status

from ttdn.core.authz import Principal, PrincipalDep, UnitFunction, require
from ttdn.core.dates import Day
from ttdn.core.db import SessionDep
from ttdn.core.ids import IdInPath, IdInQuery
from ttdn.core.pagination import ListParamsDep, Page, make_page
from ttdn.core.versioning import IfMatchDep, set_etag
from ttdn.units import service
from ttdn.units.models import UnitKind
from ttdn.units.schemas import UnitCreate, UnitNode, UnitRead, UnitUpdate

router = APIRouter(prefix="/units", tags=["units"])
UnitId = IdInPath
Writer = Annotated[Principal, require("units:write")]


@router.get("", response_model=Page[UnitRead], summary="Danh sách đơn vị")
async def list_units(
    session: SessionDep,
    principal: PrincipalDep,
    params: ListParamsDep,
    parent_id: IdInQuery = None,
    kind: UnitKind | None = None,
    function: UnitFunction | None = None,
    valid_on: Annotated[Day | None, Query(description="Còn hiệu lực vào ngày")] = None,
    deleted: Annotated[bool, Query(description="Chỉ các đơn vị đã xóa (quản trị)")] = False,
) -> Page[UnitRead]:
    filters = service.UnitFilters(parent_id, kind, function, valid_on, deleted)
    fetched = await service.list_units(session, principal, params, filters)
    return make_page(UnitRead, fetched, params)


@router.get("/tree", response_model=list[UnitNode], summary="Cây đơn vị")
async def unit_tree(session: SessionDep, principal: PrincipalDep) -> list[UnitNode]:
    return await service.unit_tree(session, principal)


@router.get("/{unit_id:int}", response_model=UnitRead, summary="Một đơn vị")
async def get_unit(
    unit_id: UnitId, session: SessionDep, principal: PrincipalDep, response: Response
) -> UnitRead:
    unit = await service.get_unit(session, principal, unit_id)
    set_etag(response, unit.version)
    return UnitRead.model_validate(unit)


@router.post(
    "", response_model=UnitRead, status_code=status.HTTP_201_CREATED, summary="Thêm đơn vị"
)
async def create_unit(
    data: UnitCreate, session: SessionDep, principal: Writer, response: Response
) -> UnitRead:
    unit = await service.create_unit(session, principal, data)
    set_etag(response, unit.version)
    response.headers["Location"] = f"/api/v1/units/{unit.id}"
    return UnitRead.model_validate(unit)


@router.patch("/{unit_id:int}", response_model=UnitRead, summary="Sửa đơn vị")
async def update_unit(
    unit_id: UnitId,
    data: UnitUpdate,
    session: SessionDep,
    principal: Writer,
    version: IfMatchDep,
    request: Request,
    response: Response,
) -> UnitRead:
    unit = await service.update_unit(
        session, principal, unit_id, data, version, request.app.state.grants_loader
    )
    set_etag(response, unit.version)
    return UnitRead.model_validate(unit)


@router.delete("/{unit_id:int}", status_code=status.HTTP_204_NO_CONTENT, summary="Xóa đơn vị")
async def delete_unit(
    unit_id: UnitId, session: SessionDep, principal: Writer, version: IfMatchDep
) -> None:
    await service.delete_unit(session, principal, unit_id, version)


@router.post("/{unit_id:int}/restore", response_model=UnitRead, summary="Khôi phục đơn vị đã xóa")
async def restore_unit(
    unit_id: UnitId,
    session: SessionDep,
    principal: Annotated[Principal, require("records:restore")],
    response: Response,
) -> UnitRead:
    unit = await service.restore_unit(session, principal, unit_id)
    set_etag(response, unit.version)
    return UnitRead.model_validate(unit)
