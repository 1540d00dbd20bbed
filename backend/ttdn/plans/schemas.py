from dataclasses import dataclass
from datetime import date, datetime
from typing import Annotated, Any, Self

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    GetCoreSchemaHandler,
    GetJsonSchemaHandler,
    StrictBool,
    field_validator,
    model_validator,
)
from pydantic.json_schema import JsonSchemaValue
from pydantic_core import core_schema

from ttdn.core.dates import Day
from ttdn.core.ids import RowId
from ttdn.core.text import Line, ShortLine, Text
from ttdn.plans.models import (
    LegalReferenceKind,
    PlanStatus,
    ReportingKind,
    SectionRole,
    SignerAuthority,
)


@dataclass(frozen=True)
class _AtMost:
    """A tighter length than the base type's, checked on the cleaned text, and said in the
    OpenAPI document (`maxLength`)."""

    limit: int

    def __get_pydantic_core_schema__(
        self, source: Any, handler: GetCoreSchemaHandler
    ) -> core_schema.CoreSchema:
        return core_schema.no_info_after_validator_function(self._check, handler(source))

    def __get_pydantic_json_schema__(
        self, schema: core_schema.CoreSchema, handler: GetJsonSchemaHandler
    ) -> JsonSchemaValue:
        return {**handler(schema), "maxLength": self.limit}

    def _check(self, value: str) -> str:
        if len(value) > self.limit:
            raise ValueError(f"Quá dài (tối đa {self.limit} ký tự)")
        return value


# The years a plan may be of: from the Republic's founding to the end of the century.
FIRST_PLAN_YEAR, LAST_PLAN_YEAR = 1945, 2100
PlanYear = Annotated[int, Field(ge=FIRST_PLAN_YEAR, le=LAST_PLAN_YEAR)]
Position = Annotated[int, Field(ge=1, le=10_000)]
SectionCode = Annotated[ShortLine, _AtMost(20), Field(description="Như in: I, 1, 4.1")]
Symbol = Annotated[ShortLine, _AtMost(40), Field(description="Ký hiệu, ví dụ KH-UBND")]
Line200 = Annotated[Line, _AtMost(200)]
ReferenceTitle = Annotated[Text, _AtMost(2000), Field(description="Trích yếu")]


def _no_repeats(values: list[int], what: str) -> None:
    if len(set(values)) != len(values):
        raise ValueError(f"{what} bị lặp lại")


def _present(value: object) -> object:
    """For update bodies: a field that has no empty state may be left out, not sent as null."""
    if value is None:
        raise ValueError("Không được để trống (null)")
    return value


# --------------------------------------------------------------------------------------
# Legal references
# --------------------------------------------------------------------------------------


class LegalReferenceCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    kind: LegalReferenceKind
    number: ShortLine | None = Field(default=None, description="Ví dụ 72/2015/NĐ-CP")
    issued_on: Day | None = None
    issuer: Line | None = Field(default=None, description="Cơ quan ban hành, ví dụ Chính phủ")
    title: ReferenceTitle = ""
    in_force: StrictBool = True


class LegalReferenceUpdate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    kind: LegalReferenceKind | None = None
    number: ShortLine | None = None
    issued_on: Day | None = None
    issuer: Line | None = None
    title: ReferenceTitle | None = None
    in_force: StrictBool | None = None
    superseded_by_id: RowId | None = Field(default=None, description="Văn bản thay thế")

    _not_null = field_validator("kind", "title", "in_force")(_present)


class LegalReferenceRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    kind: LegalReferenceKind
    number: str | None
    issued_on: date | None
    issuer: str
    title: str
    citation: str = Field(description="Ví dụ: Nghị định số 72/2015/NĐ-CP ngày 07/9/2015 của …")
    in_force: bool
    superseded_by_id: int | None
    unit_id: int | None = Field(description="Đơn vị đã nhập văn bản (được sửa văn bản này)")
    version: int
    created_at: datetime
    updated_at: datetime


# --------------------------------------------------------------------------------------
# Plans
# --------------------------------------------------------------------------------------


class Signer(BaseModel):
    """The signature block: `TM. ỦY BAN NHÂN DÂN` / `CHỦ TỊCH` / `Quách Văn Chí`."""

    model_config = ConfigDict(extra="forbid")

    authority: SignerAuthority
    body: Line200
    position: Line200
    full_name: Line200


class SignerRead(BaseModel):
    authority: SignerAuthority
    body: str
    position: str
    full_name: str


class ReportingDeadlineIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    kind: ReportingKind
    due_on: Day
    label: Line200


class ReportingDeadlineRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    kind: ReportingKind
    due_on: date
    label: str


Recipients = Annotated[list[Line], Field(max_length=40, description="Nơi nhận")]
LegalBasisIds = Annotated[list[RowId], Field(max_length=100, description="Căn cứ, theo thứ tự")]
Deadlines = Annotated[list[ReportingDeadlineIn], Field(max_length=24)]


class _PlanContent(BaseModel):
    """What the create and update bodies share, with the rules that hold within one body."""

    model_config = ConfigDict(extra="forbid")

    parent_plan_id: RowId | None = Field(default=None, description="Kế hoạch cấp trên")
    parent_reference_id: RowId | None = Field(
        default=None, description="Văn bản cấp trên (khi kế hoạch đó không có ở đây)"
    )
    legal_basis_ids: LegalBasisIds | None = None
    cited_reference_ids: LegalBasisIds | None = Field(
        default=None, description="Văn bản được dẫn trong nội dung, theo thứ tự"
    )
    reporting_deadlines: Deadlines | None = None

    @model_validator(mode="after")
    def _consistent(self) -> Self:
        if self.parent_plan_id is not None and self.parent_reference_id is not None:
            raise ValueError("Chỉ chọn một trong parent_plan_id và parent_reference_id")
        if self.legal_basis_ids is not None:
            _no_repeats(self.legal_basis_ids, "Văn bản căn cứ")
        if self.cited_reference_ids is not None:
            _no_repeats(self.cited_reference_ids, "Văn bản được dẫn")
            if set(self.cited_reference_ids) & set(self.legal_basis_ids or ()):
                raise ValueError("Một văn bản không thể vừa là căn cứ vừa là văn bản được dẫn")
        if self.reporting_deadlines is not None:
            days = [deadline.due_on.toordinal() for deadline in self.reporting_deadlines]
            _no_repeats(days, "Hạn báo cáo")
        return self


class PlanCreate(_PlanContent):
    unit_id: RowId = Field(description="Đơn vị ban hành")
    title: Line
    year: PlanYear
    symbol: Symbol = "KH-UBND"
    place: ShortLine | None = Field(default=None, description="Địa danh, ví dụ Cao Xá")
    introduction: Text = ""
    closing: Text = ""
    recipients: Recipients = Field(default_factory=list)
    signer: Signer | None = None


class PlanCopy(BaseModel):
    model_config = ConfigDict(extra="forbid")

    year: PlanYear | None = Field(
        default=None, description="Năm của kế hoạch mới; mặc định năm sau"
    )


class PlanUpdate(_PlanContent):
    title: Line | None = None
    year: PlanYear | None = None
    symbol: Symbol | None = None
    place: ShortLine | None = None
    introduction: Text | None = None
    closing: Text | None = None
    recipients: Recipients | None = None
    signer: Signer | None = None

    _not_null = field_validator(
        "title",
        "year",
        "symbol",
        "place",
        "introduction",
        "closing",
        "recipients",
        "legal_basis_ids",
        "cited_reference_ids",
        "reporting_deadlines",
    )(_present)


class PlanIssue(BaseModel):
    model_config = ConfigDict(extra="forbid")

    number: int | None = Field(
        default=None, ge=1, le=999_999, description="Bỏ trống để lấy số tiếp theo của năm"
    )
    issued_on: Day | None = Field(default=None, description="Mặc định: hôm nay")


class UnitRef(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    name: str


class PlanRef(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    number_symbol: str | None
    title: str


class PlanRead(BaseModel):
    """A plan as lists show it."""

    model_config = ConfigDict(from_attributes=True)

    id: int
    unit: UnitRef
    number: int | None
    symbol: str
    number_symbol: str | None = Field(description="Ví dụ 38/KH-UBND; null khi còn dự thảo")
    title: str
    year: int
    place: str
    status: PlanStatus
    issued_on: date | None
    parent_plan_id: int | None
    parent_reference_id: int | None
    version: int
    created_at: datetime
    updated_at: datetime
    deleted_at: datetime | None


class PlanDetail(PlanRead):
    """A plan whole: its parent, căn cứ, deadlines, recipients, signer, purposes and
    requirements (the bodies of the sections with those roles)."""

    parent_plan: PlanRef | None
    parent_reference: LegalReferenceRead | None
    legal_bases: list[LegalReferenceRead] = Field(description="Căn cứ, theo thứ tự")
    cited_references: list[LegalReferenceRead] = Field(
        description="Văn bản được dẫn trong nội dung, theo thứ tự"
    )
    reporting_deadlines: list[ReportingDeadlineRead]
    introduction: str
    closing: str
    recipients: list[str]
    signer: SignerRead | None
    purposes: str | None
    requirements: str | None


# --------------------------------------------------------------------------------------
# Sections
# --------------------------------------------------------------------------------------


class SectionContent(BaseModel):
    """What a section says, wherever it is placed."""

    model_config = ConfigDict(extra="forbid")

    code: SectionCode
    title: Line
    body: Text = ""
    role: SectionRole | None = None


class SectionCreate(SectionContent):
    parent_id: RowId | None = Field(default=None, description="Mục cha; bỏ trống: mục gốc")
    position: Position | None = Field(default=None, description="Mặc định: cuối cùng")


class SectionUpdate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    parent_id: RowId | None = Field(default=None, description="null: chuyển lên mục gốc")
    position: Position | None = None
    code: SectionCode | None = None
    title: Line | None = None
    body: Text | None = None
    role: SectionRole | None = None

    _not_null = field_validator("position", "code", "title", "body")(_present)


class SectionRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    plan_id: int
    parent_id: int | None
    position: int
    code: str
    title: str
    body: str
    role: SectionRole | None
    version: int
    created_at: datetime
    updated_at: datetime


class SectionNode(SectionRead):
    children: list["SectionNode"] = Field(default_factory=list)
