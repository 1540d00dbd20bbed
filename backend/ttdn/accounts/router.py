from typing import Annotated

from fastapi import APIRouter, Body, Cookie, Depends, Query, Response, status
from fastapi.security import OAuth2PasswordRequestForm

from ttdn.accounts import login, service
from ttdn.accounts.schemas import (
    MeRead,
    PasswordChange,
    RefreshRequest,
    TokenPair,
    UserCreate,
    UserRead,
    UserUpdate,
)
from ttdn.core.authz import Principal, PrincipalDep, require
from ttdn.core.config import get_settings
from ttdn.core.db import SessionDep
from ttdn.core.ids import IdInPath, IdInQuery
from ttdn.core.pagination import ListParamsDep, Page, make_page
from ttdn.core.versioning import IfMatchDep, set_etag

REFRESH_COOKIE = "ttdn_refresh"
REFRESH_COOKIE_PATH = "/api/v1/auth"

auth_router = APIRouter(prefix="/auth", tags=["auth"])
me_router = APIRouter(tags=["auth"])
users_router = APIRouter(prefix="/users", tags=["users"])
UserId = IdInPath
Writer = Annotated[Principal, require("users:write")]


def _set_refresh_cookie(response: Response, token: str) -> None:
    settings = get_settings()
    response.set_cookie(
        REFRESH_COOKIE,
        token,
        max_age=settings.refresh_token_days * 86400,
        path=REFRESH_COOKIE_PATH,
        httponly=True,
        secure=settings.is_production,
        samesite="strict",
    )


@auth_router.post("/login", response_model=TokenPair, summary="Đăng nhập")
async def log_in(
    form: Annotated[OAuth2PasswordRequestForm, Depends()],
    session: SessionDep,
    response: Response,
) -> TokenPair:
    tokens = await login.log_in(session, form.username, form.password)
    _set_refresh_cookie(response, tokens.refresh_token)
    return tokens


@auth_router.post("/refresh", response_model=TokenPair, summary="Gia hạn phiên đăng nhập")
async def refresh(
    session: SessionDep,
    response: Response,
    body: Annotated[RefreshRequest | None, Body()] = None,
    cookie: Annotated[str | None, Cookie(alias=REFRESH_COOKIE)] = None,
) -> TokenPair:
    token = (body.refresh_token if body else None) or cookie
    tokens = await login.refresh(session, token)
    _set_refresh_cookie(response, tokens.refresh_token)
    return tokens


@auth_router.post("/logout", status_code=status.HTTP_204_NO_CONTENT, summary="Đăng xuất")
async def log_out(
    session: SessionDep,
    response: Response,
    body: Annotated[RefreshRequest | None, Body()] = None,
    cookie: Annotated[str | None, Cookie(alias=REFRESH_COOKIE)] = None,
) -> None:
    await login.log_out(session, (body.refresh_token if body else None) or cookie)
    response.delete_cookie(REFRESH_COOKIE, path=REFRESH_COOKIE_PATH)


@me_router.get("/me", response_model=MeRead, summary="Tài khoản đang đăng nhập")
async def me(session: SessionDep, principal: PrincipalDep) -> MeRead:
    return await service.describe_me(session, principal)


@me_router.post("/me/password", response_model=TokenPair, summary="Đổi mật khẩu của mình")
async def change_password(
    data: PasswordChange, session: SessionDep, principal: PrincipalDep, response: Response
) -> TokenPair:
    tokens = await login.change_password(
        session, principal.user_id, data.current_password, data.new_password
    )
    _set_refresh_cookie(response, tokens.refresh_token)
    return tokens


@users_router.get("", response_model=Page[UserRead], summary="Danh sách người dùng")
async def list_users(
    session: SessionDep,
    params: ListParamsDep,
    principal: Annotated[Principal, require("users:read")],
    unit_id: IdInQuery = None,
    deleted: Annotated[bool, Query(description="Chỉ người dùng đã xóa (quản trị)")] = False,
) -> Page[UserRead]:
    fetched = await service.list_users(session, principal, params, unit_id=unit_id, deleted=deleted)
    return make_page(UserRead, fetched, params)


@users_router.get("/{user_id:int}", response_model=UserRead, summary="Một người dùng")
async def get_user(
    user_id: UserId,
    session: SessionDep,
    principal: Annotated[Principal, require("users:read")],
    response: Response,
) -> UserRead:
    user = await service.get_user(session, principal, user_id)
    set_etag(response, user.version)
    return UserRead.model_validate(user)


@users_router.post(
    "", response_model=UserRead, status_code=status.HTTP_201_CREATED, summary="Thêm người dùng"
)
async def create_user(
    data: UserCreate, session: SessionDep, principal: Writer, response: Response
) -> UserRead:
    user = await service.create_user(session, principal, data)
    set_etag(response, user.version)
    response.headers["Location"] = f"/api/v1/users/{user.id}"
    return UserRead.model_validate(user)


@users_router.patch("/{user_id:int}", response_model=UserRead, summary="Sửa người dùng")
async def update_user(
    user_id: UserId,
    data: UserUpdate,
    session: SessionDep,
    principal: Writer,
    version: IfMatchDep,
    response: Response,
) -> UserRead:
    user = await service.update_user(session, principal, user_id, data, version)
    set_etag(response, user.version)
    return UserRead.model_validate(user)


@users_router.delete(
    "/{user_id:int}", status_code=status.HTTP_204_NO_CONTENT, summary="Xóa (khóa) người dùng"
)
async def delete_user(
    user_id: UserId, session: SessionDep, principal: Writer, version: IfMatchDep
) -> None:
    await service.delete_user(session, principal, user_id, version)


@users_router.post(
    "/{user_id:int}/restore", response_model=UserRead, summary="Khôi phục người dùng đã xóa"
)
async def restore_user(
    user_id: UserId,
    session: SessionDep,
    principal: Annotated[Principal, require("records:restore")],
    response: Response,
) -> UserRead:
    user = await service.restore_user(session, principal, user_id)
    set_etag(response, user.version)
    return UserRead.model_validate(user)
