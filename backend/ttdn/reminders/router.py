from typing import Annotated

from fastapi import APIRouter, Query, status

from ttdn.core.authz import PrincipalDep
from ttdn.core.db import SessionDep
from ttdn.core.ids import IdInPath
from ttdn.core.pagination import ListParamsDep, Page, make_page
from ttdn.reminders import service
from ttdn.reminders.schemas import NotificationRead, UnreadCount

router = APIRouter(prefix="/notifications", tags=["notifications"])


@router.get("", response_model=Page[NotificationRead], summary="Thông báo nhắc hạn của tôi")
async def list_notifications(
    session: SessionDep,
    principal: PrincipalDep,
    params: ListParamsDep,
    unread: Annotated[bool | None, Query(description="Chỉ thông báo chưa đọc (true)")] = None,
) -> Page[NotificationRead]:
    fetched = await service.list_notifications(session, principal, params, unread)
    return make_page(NotificationRead, fetched, params)


@router.get("/unread-count", response_model=UnreadCount, summary="Số thông báo chưa đọc")
async def unread_count(session: SessionDep, principal: PrincipalDep) -> UnreadCount:
    return UnreadCount(unread=await service.count_unread(session, principal))


@router.post(
    "/read", status_code=status.HTTP_204_NO_CONTENT, summary="Đánh dấu đã đọc mọi thông báo"
)
async def mark_all_read(session: SessionDep, principal: PrincipalDep) -> None:
    await service.mark_all_read(session, principal)


@router.post(
    "/{notification_id:int}/read",
    status_code=status.HTTP_204_NO_CONTENT,
    summary="Đánh dấu đã đọc một thông báo",
)
async def mark_read(
    notification_id: IdInPath, session: SessionDep, principal: PrincipalDep
) -> None:
    await service.mark_read(session, principal, notification_id)
