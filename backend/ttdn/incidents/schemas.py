from datetime import date, datetime
from typing import Annotated

from pydantic import AfterValidator, BaseModel, ConfigDict, Field

from ttdn.core.dates import Day, Moment
from ttdn.core.ids import RowId
from ttdn.core.text import Line, RequiredText, Text
from ttdn.core.urls import check_url
from ttdn.incidents.models import (
    ActionKind,
    Category,
    Classification,
    Decision,
    EventKind,
    IncidentStatus,
    PersonRole,
    Platform,
    Scope,
    Severity,
    Verdict,
)

Url = Annotated[str, Field(min_length=8, max_length=2000), AfterValidator(check_url)]
Reach = Annotated[int, Field(ge=0, le=10_000_000_000)]


class IncidentCreate(BaseModel):
    """A report of false or distorted information. A report whose address matches an open
    incident of the same commune joins it as another sighting."""

    model_config = ConfigDict(extra="forbid")

    title: Line
    detected_at: Moment = Field(description="Thời điểm phát hiện (không sau bây giờ)")
    platform: Platform
    urls: list[Url] = Field(default_factory=list, max_length=20)
    account_name: Line | None = Field(default=None, description="Tài khoản, trang đăng tin")
    summary: Text = ""
    category: Category
    scope: Scope = Scope.commune
    views: Reach | None = None
    shares: Reach | None = None
    comments: Reach | None = None
    severity: Severity = Severity.medium
    classification: Classification = Classification.internal
    reporting_unit_id: RowId | None = Field(
        default=None, description="Đơn vị báo tin; mặc định: đơn vị của bạn"
    )


class IncidentPatch(BaseModel):
    model_config = ConfigDict(extra="forbid")

    title: Line | None = None
    platform: Platform | None = None
    urls: list[Url] | None = Field(default=None, max_length=20)
    account_name: Line | None = None
    summary: Text | None = None
    category: Category | None = None
    scope: Scope | None = None
    views: Reach | None = None
    shares: Reach | None = None
    comments: Reach | None = None
    severity: Severity | None = None
    classification: Classification | None = None
    verdict: Verdict | None = Field(
        default=None, description="Kết luận (chỉ sau khi đã bắt đầu xác minh)"
    )


class Transition(BaseModel):
    model_config = ConfigDict(extra="forbid")

    to: IncidentStatus
    reason: RequiredText = Field(description="Lý do (ghi vào diễn biến vụ việc)")


class Escalation(BaseModel):
    model_config = ConfigDict(extra="forbid")

    reason: RequiredText


class Acknowledgement(BaseModel):
    model_config = ConfigDict(extra="forbid")

    note: Text = ""


class EventRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    kind: EventKind
    from_status: IncidentStatus | None
    to_status: IncidentStatus | None
    reason: str
    details: dict[str, object]
    author_name: str
    created_at: datetime


class IncidentRead(BaseModel):
    """An incident as the caller may read it, with what the caller may do next."""

    id: int
    code: str
    unit_id: int = Field(description="Xã (phường) của vụ việc")
    unit_name: str
    title: str
    detected_at: datetime
    reported_by_name: str
    reporting_unit_id: int
    platform: Platform
    urls: list[str]
    account_name: str | None
    summary: str
    category: Category
    scope: Scope
    views: int | None
    shares: int | None
    comments: int | None
    severity: Severity
    classification: Classification
    status: IncidentStatus
    verdict: Verdict | None
    sightings: int = Field(description="Số lần được báo tin (lần đầu và các lần báo trùng)")
    people_count: int = Field(description="Số người liên quan (chi tiết chỉ Công an xã xem)")
    escalated_at: datetime | None
    acknowledged_at: datetime | None
    next_statuses: list[IncidentStatus] = Field(description="Trạng thái bạn có thể chuyển sang")
    reported_by_me: bool = Field(description="Bạn đã báo tin vụ việc này (lần đầu hoặc báo trùng)")
    may_edit: bool
    may_add_evidence: bool
    may_escalate: bool
    may_acknowledge: bool
    may_delete: bool
    timeline: list[EventRead] = Field(description="Diễn biến (chỉ khi đọc một vụ việc)")
    version: int
    created_at: datetime
    updated_at: datetime
    deleted_at: datetime | None


class MonthlyCount(BaseModel):
    month: str = Field(description="YYYY-MM")
    category: Category
    count: int


class IncidentSummary(BaseModel):
    by_status: dict[IncidentStatus, int]
    by_month: list[MonthlyCount]
    escalated_open: int
    total: int


class ActionCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    kind: ActionKind
    taken_on: Day = Field(description="Ngày thực hiện (không sau hôm nay)")
    unit_id: RowId | None = Field(default=None, description="Đơn vị thực hiện; mặc định: của bạn")
    link: Url | None = Field(default=None, description="Đường dẫn bài phản bác, văn bản…")
    evidence_id: RowId | None = Field(default=None, description="Tài liệu đã tải lên của vụ việc")
    result: Text = ""
    task_id: RowId | None = Field(
        default=None, description="Nhiệm vụ của kế hoạch mà biện pháp này là tiến độ"
    )


class ActionRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    kind: ActionKind
    taken_on: date
    unit_id: int
    link: str | None
    evidence_id: int | None
    result: str
    task_id: int | None
    task_update_id: int | None
    author_name: str
    created_at: datetime


class EvidenceRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    filename: str
    content_type: str
    size_bytes: int
    sha256: str
    has_preview: bool
    may_download: bool = Field(description="Bạn được tải bản gốc (người xử lý, người tải lên)")
    captured_at: datetime | None
    uploaded_by_name: str
    created_at: datetime
    removed_at: datetime | None
    removal_reason: str | None


class EvidenceRemoval(BaseModel):
    model_config = ConfigDict(extra="forbid")

    reason: RequiredText


class PersonFields(BaseModel):
    full_name: Line | None = None
    birth_year: int | None = Field(default=None, ge=1900, le=2100)
    address: Line | None = None
    account_name: Line | None = None
    role: PersonRole | None = None
    decision: Decision | None = None
    decision_number: Line | None = None
    decided_on: Day | None = None
    fine_vnd: int | None = Field(default=None, ge=0, le=2_000_000_000)
    notes: Text | None = None


class PersonCreate(PersonFields):
    model_config = ConfigDict(extra="forbid")

    full_name: Line
    role: PersonRole


class PersonPatch(PersonFields):
    model_config = ConfigDict(extra="forbid")


class PersonRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    incident_id: int
    full_name: str
    birth_year: int | None
    address: str | None
    account_name: str | None
    role: PersonRole
    decision: Decision
    decision_number: str | None
    decided_on: date | None
    fine_vnd: int | None
    notes: str
    version: int
    created_at: datetime
    updated_at: datetime


class PoliceFigures(BaseModel):
    """A quarter's figures of Công an xã (seed plan III.8): counted from the incidents and the
    people dealt with, without naming anyone."""

    year: int
    quarter: int
    incidents_detected: int
    incidents_handled: int = Field(description="Đã xử lý xong hoặc kết thúc trong quý")
    people_dealt_with: int
    decisions: dict[Decision, int]
    fines_vnd: int
