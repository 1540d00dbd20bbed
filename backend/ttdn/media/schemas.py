from datetime import date, datetime
from typing import Annotated

from pydantic import AfterValidator, BaseModel, ConfigDict, Field

from ttdn.core.ids import RowId
from ttdn.core.text import Line, RequiredText, ShortLine, Text
from ttdn.media.models import OutletKind, OutletLevel
from ttdn.media.personal_data import check_email, check_phone

Phone = Annotated[ShortLine, Field(max_length=40), AfterValidator(check_phone)]
Email = Annotated[Line, Field(max_length=254), AfterValidator(check_email)]
Website = Annotated[Line, Field(max_length=300, pattern=r"^https?://\S+$")]
Beat = Annotated[ShortLine, Field(max_length=60)]


class OutletCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: Line
    kind: OutletKind
    level: OutletLevel
    website: Website | None = None
    phone: Phone | None = None
    email: Email | None = None
    address: Line | None = None
    notes: Text = ""


class OutletUpdate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: Line | None = None
    kind: OutletKind | None = None
    level: OutletLevel | None = None
    website: Website | None = None
    phone: Phone | None = None
    email: Email | None = None
    address: Line | None = None
    notes: Text | None = None


class OutletRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    unit_id: int = Field(description="Đơn vị đã nhập (và được sửa) cơ quan báo chí này")
    name: str
    kind: OutletKind
    level: OutletLevel
    website: str | None
    phone: str | None
    email: str | None
    address: str | None
    notes: str
    version: int
    created_at: datetime
    updated_at: datetime
    deleted_at: datetime | None


class ContactCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    unit_id: RowId | None = Field(
        default=None, description="Xã (phường) lưu phóng viên này; mặc định: xã của bạn"
    )
    full_name: Line
    outlet_id: RowId | None = None
    position: Line | None = None
    phones: list[Phone] = Field(default_factory=list, max_length=10)
    emails: list[Email] = Field(default_factory=list, max_length=10)
    press_card_number: ShortLine | None = None
    beats: list[Beat] = Field(default_factory=list, max_length=20)
    personal_data_basis: RequiredText = Field(
        description="Căn cứ pháp lý hoặc ghi chú đồng ý lưu dữ liệu cá nhân (Luật 91/2025/QH15)"
    )
    review_by: date | None = Field(default=None, description="Ngày rà soát lại hoặc xóa")


class ContactUpdate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    full_name: Line | None = None
    outlet_id: RowId | None = None
    position: Line | None = None
    phones: list[Phone] | None = Field(default=None, max_length=10)
    emails: list[Email] | None = Field(default=None, max_length=10)
    press_card_number: ShortLine | None = None
    beats: list[Beat] | None = Field(default=None, max_length=20)
    personal_data_basis: RequiredText | None = None
    review_by: date | None = None


class ContactMerge(BaseModel):
    model_config = ConfigDict(extra="forbid")

    into_id: RowId = Field(description="Phóng viên được giữ lại")


class ContactRead(BaseModel):
    """A contact as the caller may read it: phones, e-mails and the press card come back
    redacted (`redacted: true`) for whoever may not read personal data."""

    id: int
    unit_id: int
    outlet_id: int | None
    full_name: str
    position: str | None
    phones: list[str]
    emails: list[str]
    press_card_number: str | None
    beats: list[str]
    personal_data_basis: str
    review_by: date | None
    redacted: bool
    duplicate_of_ids: list[int] = Field(
        description="Phóng viên khác của cùng xã có chung số điện thoại hoặc thư điện tử"
    )
    merged_into_id: int | None
    version: int
    created_at: datetime
    updated_at: datetime
    deleted_at: datetime | None
