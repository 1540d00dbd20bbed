from datetime import date, datetime
from typing import Annotated

from pydantic import AfterValidator, BaseModel, ConfigDict, Field

from ttdn.core.dates import Day
from ttdn.core.ids import RowId
from ttdn.core.text import Line, RequiredText, ShortLine, Text
from ttdn.media.models import FollowUpStatus, InteractionKind, OutletKind, OutletLevel
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
    review_by: Day | None = Field(default=None, description="Ngày rà soát lại hoặc xóa")


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
    review_by: Day | None = None


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
    last_contacted_on: date | None = Field(description="Ngày của hoạt động gần nhất với phóng viên")
    redacted: bool
    duplicate_of_ids: list[int] = Field(
        description="Phóng viên khác của cùng xã có chung số điện thoại hoặc thư điện tử"
    )
    merged_into_id: int | None
    version: int
    created_at: datetime
    updated_at: datetime
    deleted_at: datetime | None


PublishedLink = Annotated[Line, Field(max_length=300, pattern=r"^https?://\S+$")]
InteractionIds = Annotated[list[RowId], Field(max_length=50)]


class InteractionCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    unit_id: RowId | None = Field(
        default=None,
        description="Đơn vị thực hiện (văn phòng, khu dân cư…); mặc định: đơn vị của bạn",
    )
    kind: InteractionKind
    occurred_on: Day = Field(description="Ngày diễn ra (không sau hôm nay)")
    topic: Line
    spokesperson: Line | None = Field(
        default=None, description="Người phát ngôn: Chủ tịch UBND xã hoặc người được ủy quyền"
    )
    summary: Text = ""
    outlet_ids: InteractionIds = Field(default_factory=list)
    contact_ids: InteractionIds = Field(default_factory=list)
    published_links: list[PublishedLink] = Field(default_factory=list, max_length=20)
    task_id: RowId | None = Field(
        default=None, description="Nhiệm vụ của kế hoạch mà hoạt động này là tiến độ"
    )
    incident_id: RowId | None = Field(
        default=None, description="Vụ việc thông tin sai lệch mà hoạt động này liên quan"
    )
    due_on: Day | None = Field(
        default=None, description="Hạn trả lời (chỉ với phản ánh của báo chí)"
    )


class InteractionUpdate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    kind: InteractionKind | None = None
    occurred_on: Day | None = None
    topic: Line | None = None
    spokesperson: Line | None = None
    summary: Text | None = None
    outlet_ids: InteractionIds | None = None
    contact_ids: InteractionIds | None = None
    published_links: list[PublishedLink] | None = Field(default=None, max_length=20)
    incident_id: RowId | None = None
    due_on: Day | None = None


class FollowUpStep(BaseModel):
    model_config = ConfigDict(extra="forbid")

    status: FollowUpStatus = Field(description="Bước tiếp theo (không bỏ bước, không lùi)")
    note: Text = ""
    answer: Text | None = Field(
        default=None, description="Nội dung đã trả lời báo chí (bắt buộc khi trả lời)"
    )
    answered_on: Day | None = Field(default=None, description="Ngày trả lời; mặc định hôm nay")


class NamedRef(BaseModel):
    id: int
    name: str


class FollowUpStepRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    status: FollowUpStatus
    note: str
    author_name: str
    created_at: datetime


class FollowUpRead(BaseModel):
    status: FollowUpStatus
    due_on: date | None
    overdue: bool = Field(description="Chưa trả lời mà đã quá hạn")
    answer: str | None
    answered_on: date | None
    steps: list[FollowUpStepRead] = Field(
        description="Các bước đã qua (chỉ có khi đọc một hoạt động)"
    )


class DocumentRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    filename: str
    content_type: str
    size_bytes: int
    sha256: str
    uploaded_by_name: str
    created_at: datetime


class InteractionRead(BaseModel):
    """An interaction as the caller may read it. Its reporters are named only to those who
    read the commune's contacts (never to the superior level)."""

    id: int
    unit_id: int
    unit_name: str
    kind: InteractionKind
    occurred_on: date
    topic: str
    spokesperson: str | None
    summary: str
    published_links: list[str]
    outlets: list[NamedRef]
    contacts: list[NamedRef]
    task_id: int | None
    task_update_id: int | None
    incident_id: int | None
    follow_up: FollowUpRead | None
    documents: list[DocumentRead] = Field(description="Chỉ có khi đọc một hoạt động")
    version: int
    created_at: datetime
    updated_at: datetime
    deleted_at: datetime | None


class InteractionCount(BaseModel):
    unit_id: int = Field(description="Xã (phường)")
    unit_name: str
    total: int
    by_kind: dict[InteractionKind, int]
    follow_up_open: int = Field(description="Phản ánh của báo chí chưa trả lời")
    overdue: int = Field(description="Phản ánh của báo chí chưa trả lời đã quá hạn")


class InteractionSummary(BaseModel):
    communes: list[InteractionCount]
    total: int


class MonthlyInteractionCount(BaseModel):
    month: str = Field(description="YYYY-MM")
    kind: InteractionKind
    count: int
