from typing import Annotated

from fastapi import APIRouter, Query

from ttdn.audit import service
from ttdn.audit.schemas import AuditEventRead
from ttdn.core.authz import Principal, require
from ttdn.core.db import SessionDep
from ttdn.core.pagination import ListParamsDep, Page, make_page

router = APIRouter(prefix="/audit", tags=["audit"])


@router.get("", response_model=Page[AuditEventRead], summary="Nhật ký thao tác")
async def list_audit_events(
    session: SessionDep,
    params: ListParamsDep,
    principal: Annotated[Principal, require("audit:read")],
    action: Annotated[str | None, Query(max_length=60)] = None,
    object_type: Annotated[str | None, Query(max_length=40)] = None,
    object_id: Annotated[str | None, Query(max_length=60)] = None,
) -> Page[AuditEventRead]:
    fetched = await service.list_events(
        session, principal, params, action=action, object_type=object_type, object_id=object_id
    )
    return make_page(AuditEventRead, fetched, params)
