"""The calendar feed (by its secret address, no login: a phone's calendar fetches it) and the
routes of the profile page that make, show and revoke that address."""

from fastapi import APIRouter, Request, Response, status

from ttdn.calendar import feed, tokens
from ttdn.calendar.schemas import CalendarTokenCreated, CalendarTokenStatus
from ttdn.core.authz import PrincipalDep
from ttdn.core.config import get_settings
from ttdn.core.db import SessionDep
from ttdn.core.versioning import IfMatchDep, set_etag

router = APIRouter(tags=["calendar"])
ICS_MEDIA_TYPE = "text/calendar; charset=utf-8"


def _base_url(request: Request) -> str:
    """Where people open the app: `TTDN_PUBLIC_URL`, else the address this request came to."""
    return (get_settings().public_url or str(request.base_url)).rstrip("/")


@router.get(
    "/calendar/{token}.ics",
    response_class=Response,
    summary="Lịch nhắc hạn của một người (ICS), theo địa chỉ bí mật",
    responses={200: {"content": {"text/calendar": {}}}},
)
async def calendar_feed(token: str, session: SessionDep, request: Request) -> Response:
    user = await tokens.owner_of(session, token)
    body = await feed.calendar_of(session, user, _base_url(request))
    return Response(
        body,
        media_type=ICS_MEDIA_TYPE,
        headers={"Cache-Control": "private, no-store", "Referrer-Policy": "no-referrer"},
    )


@router.get(
    "/me/calendar-token", response_model=CalendarTokenStatus, summary="Địa chỉ lịch của tôi"
)
async def calendar_token_status(
    session: SessionDep, principal: PrincipalDep, response: Response
) -> CalendarTokenStatus:
    token = await tokens.token_of(session, principal)
    if token is None:
        return CalendarTokenStatus(exists=False)
    set_etag(response, token.version)
    return CalendarTokenStatus(
        exists=True,
        created_at=token.created_at,
        last_used_at=token.last_used_at,
        version=token.version,
    )


@router.post(
    "/me/calendar-token",
    response_model=CalendarTokenCreated,
    status_code=status.HTTP_201_CREATED,
    summary="Tạo (hoặc đổi) địa chỉ lịch của tôi; địa chỉ chỉ hiện một lần",
)
async def make_calendar_token(
    session: SessionDep, principal: PrincipalDep, request: Request, response: Response
) -> CalendarTokenCreated:
    secret, token = await tokens.make_token(session, principal)
    set_etag(response, token.version)
    return CalendarTokenCreated(
        url=f"{_base_url(request)}/api/v1/calendar/{secret}.ics", created_at=token.created_at
    )


@router.delete(
    "/me/calendar-token",
    status_code=status.HTTP_204_NO_CONTENT,
    summary="Thu hồi địa chỉ lịch của tôi",
)
async def revoke_calendar_token(
    session: SessionDep, principal: PrincipalDep, version: IfMatchDep
) -> None:
    await tokens.revoke_token(session, principal, version)
