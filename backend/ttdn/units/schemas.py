from datetime import date, datetime
from typing import Annotated, Self

from pydantic import BaseModel, ConfigDict, Field, model_validator

from ttdn.core.authz import UnitFunction
from ttdn.core.dates import Day
from ttdn.core.ids import RowId
from ttdn.core.text import Line, ShortLine
from ttdn.units.models import UnitKind

UnitCode = Annotated[ShortLine, Field(pattern=r"^[A-Za-z0-9][A-Za-z0-9_.-]*$", max_length=40)]


class _Validity(BaseModel):
    valid_from: Day | None = None
    valid_to: Day | None = None

    @model_validator(mode="after")
    def _validity_in_order(self) -> Self:
        if self.valid_from and self.valid_to and self.valid_to < self.valid_from:
            raise ValueError("Ngày hết hiệu lực phải sau ngày bắt đầu hiệu lực")
        return self


class UnitCreate(_Validity):
    model_config = ConfigDict(extra="forbid")

    parent_id: RowId = Field(description="Đơn vị cấp trên")
    kind: UnitKind
    code: UnitCode
    name: Line
    short_name: ShortLine | None = None
    functions: list[UnitFunction] = Field(default_factory=list, max_length=4)


class UnitUpdate(_Validity):
    model_config = ConfigDict(extra="forbid")

    parent_id: RowId | None = None
    kind: UnitKind | None = None
    code: UnitCode | None = None
    name: Line | None = None
    short_name: ShortLine | None = None
    functions: list[UnitFunction] | None = Field(default=None, max_length=4)


class UnitRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    parent_id: int | None
    path: str
    kind: UnitKind
    code: str
    name: str
    short_name: str | None
    functions: list[UnitFunction]
    valid_from: date | None
    valid_to: date | None
    version: int
    created_at: datetime
    updated_at: datetime
    deleted_at: datetime | None


class UnitNode(UnitRead):
    children: list["UnitNode"] = Field(default_factory=list)
