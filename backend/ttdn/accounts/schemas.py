from datetime import datetime
from typing import Annotated, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    EmailStr,
    Field,
    StrictBool,
    field_validator,
)

from ttdn.core.authz import Role, UnitFunction
from ttdn.core.ids import RowId
from ttdn.core.text import Line

Username = Annotated[
    str,
    Field(
        min_length=3,
        max_length=50,
        pattern=r"^[a-z0-9][a-z0-9._-]*$",
        description="Chữ thường không dấu, số, dấu chấm, gạch",
    ),
]
Password = Annotated[str, Field(min_length=10, max_length=200)]
Phone = Annotated[str, Field(pattern=r"^\+?[0-9][0-9 .-]{6,20}$")]


class MembershipIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    unit_id: RowId
    role: Role


class MembershipRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    unit_id: int
    role: Role


class UserCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    username: Username
    full_name: Line
    phone: Phone | None = None
    email: EmailStr | None = None
    password: Password
    memberships: list[MembershipIn] = Field(min_length=1, max_length=20)

    @field_validator("username", mode="before")
    @classmethod
    def _lowercase(cls, value: object) -> object:
        return value.strip().lower() if isinstance(value, str) else value


class UserUpdate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    full_name: Line | None = None
    phone: Phone | None = None
    email: EmailStr | None = None
    is_active: StrictBool | None = None
    password: Password | None = None
    memberships: list[MembershipIn] | None = Field(default=None, min_length=1, max_length=20)


class UserRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    username: str
    full_name: str
    phone: str | None
    email: str | None
    is_active: bool
    last_login_at: datetime | None
    memberships: list[MembershipRead]
    version: int
    created_at: datetime
    updated_at: datetime
    deleted_at: datetime | None


class MeUnit(BaseModel):
    id: int
    code: str
    name: str
    kind: str
    functions: list[UnitFunction]
    role: Role


class MeRead(BaseModel):
    id: int
    username: str
    full_name: str
    phone: str | None
    email: str | None
    units: list[MeUnit]
    roles: list[Role]
    capabilities: list[str]


class TokenPair(BaseModel):
    access_token: str
    token_type: Literal["bearer"] = "bearer"  # noqa: S105 (the OAuth2 scheme name)
    expires_in: int
    refresh_token: str


class PasswordChange(BaseModel):
    model_config = ConfigDict(extra="forbid")

    current_password: str = Field(min_length=1, max_length=200)
    new_password: Password


class RefreshRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    refresh_token: str | None = Field(default=None, max_length=200)
