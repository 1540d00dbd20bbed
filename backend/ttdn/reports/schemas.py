from datetime import date, datetime
from typing import Annotated, Self

from pydantic import BaseModel, ConfigDict, Field, model_validator

from ttdn.core.dates import Day
from ttdn.core.ids import RowId
from ttdn.core.text import Line, RequiredText, Text
from ttdn.reports.models import PeriodKind, UnitReportStatus

Label = Annotated[Line, Field(max_length=200)]
# A period's dates lie within the years a plan may have.
PeriodDay = Annotated[Day, Field(ge=date(1945, 1, 1), le=date(2100, 12, 31))]
# Entered figures: whole numbers from zero, never a text or a fraction ("12" or 1.5: 422).
Count = Annotated[int, Field(strict=True, ge=0, le=10_000_000)]
Amount = Annotated[int, Field(strict=True, ge=0, le=10**15, description="Đồng")]


def check_period_dates(
    starts_on: date, ends_on: date, internal_due_on: date | None, due_on: date
) -> None:
    """The period's dates in their order: it starts before its cut-off, and the units' parts
    are due no later than the commune's report. Raises `ValueError`."""
    if ends_on < starts_on:
        raise ValueError("Ngày chốt số liệu (ends_on) phải sau ngày bắt đầu kỳ (starts_on)")
    if internal_due_on is not None and internal_due_on > due_on:
        raise ValueError("Hạn nộp của các đơn vị không được sau hạn báo cáo cấp trên")


class ReportingPeriodCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    plan_id: RowId
    kind: PeriodKind
    label: Label
    starts_on: PeriodDay
    ends_on: PeriodDay = Field(description="Ngày chốt số liệu")
    due_on: PeriodDay = Field(description="Hạn gửi báo cáo lên cấp trên")
    internal_due_on: PeriodDay | None = Field(
        default=None,
        description="Hạn các đơn vị nộp phần của mình; mặc định: trước hạn cấp trên "
        "TTDN_REPORT_UNIT_LEAD_DAYS ngày",
    )
    reporting_unit_id: RowId | None = Field(
        default=None, description="Chỉ đơn vị này báo cáo (ví dụ Công an, hằng quý)"
    )

    @model_validator(mode="after")
    def _dates_in_order(self) -> Self:
        check_period_dates(self.starts_on, self.ends_on, self.internal_due_on, self.due_on)
        return self


class ReportingPeriodUpdate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    label: Label | None = None
    starts_on: PeriodDay | None = None
    ends_on: PeriodDay | None = None
    due_on: PeriodDay | None = None
    internal_due_on: PeriodDay | None = None


class ReportingPeriodRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    plan_id: int
    deadline_id: int | None = Field(description="Hạn báo cáo của kế hoạch mà kỳ được lập từ đó")
    reporting_unit_id: int | None
    kind: PeriodKind
    label: str
    starts_on: date
    ends_on: date
    internal_due_on: date
    due_on: date
    version: int
    created_at: datetime
    updated_at: datetime


class EnteredFigures(BaseModel):
    """The figures a unit enters; null: not entered."""

    news_items_aired: int | None = Field(description="Số tin, bài phát thanh")
    website_posts: int | None = Field(description="Số tin, bài đăng trang thông tin điện tử")
    events_held: int | None = Field(description="Số sự kiện, hội nghị tổ chức")
    people_trained: int | None = Field(description="Số người được tập huấn, bồi dưỡng")
    budget_spent: int | None = Field(description="Kinh phí đã chi (đồng)")


class CountedFigures(BaseModel):
    """Counted from the records, never entered: live while the part can change, as counted at
    its submission afterwards."""

    press_interactions: int = Field(description="Hoạt động báo chí của đơn vị trong kỳ")
    incidents_handled: int = Field(
        description="Vụ việc thông tin sai lệch đơn vị đã xử lý (có biện pháp) trong kỳ"
    )


class UnitReportRead(BaseModel):
    id: int
    period_id: int
    plan_id: int
    period_label: str
    unit_id: int
    unit_name: str
    status: UnitReportStatus
    internal_due_on: date
    first_submitted_on: date | None
    submitted_at: datetime | None
    on_time: bool | None = Field(
        description="Nộp lần đầu không muộn hơn hạn nộp của đơn vị; null khi chưa nộp"
    )
    entered: EnteredFigures
    counted: CountedFigures
    may_fill: bool = Field(
        description="Bạn điền và nộp được phần này (của đơn vị bạn, đang nháp hoặc bị trả lại)"
    )
    may_review: bool = Field(description="Bạn tiếp nhận hoặc trả lại được phần này (đã nộp)")
    version: int
    updated_at: datetime


class NarrativeRead(BaseModel):
    task_id: int
    task_title: str
    text: str
    prefilled: bool = Field(
        description="Chưa viết: nội dung lấy từ các cập nhật tiến độ của đơn vị trong kỳ"
    )


class UnitReportEventRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    from_status: UnitReportStatus
    to_status: UnitReportStatus
    comment: str
    actor_user_id: int | None
    actor_name: str
    created_at: datetime


class UnitReportDetail(UnitReportRead):
    difficulties: str
    proposals: str
    narratives: list[NarrativeRead]
    history: list[UnitReportEventRead]


class NarrativeIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    task_id: RowId
    text: Text = Field(description="Để trống: dùng lại nội dung từ cập nhật tiến độ")


class UnitReportUpdate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    news_items_aired: Count | None = None
    website_posts: Count | None = None
    events_held: Count | None = None
    people_trained: Count | None = None
    budget_spent: Amount | None = None
    difficulties: Text | None = None
    proposals: Text | None = None
    narratives: list[NarrativeIn] | None = Field(default=None, max_length=200)

    @model_validator(mode="after")
    def _one_narrative_per_task(self) -> Self:
        tasks = [narrative.task_id for narrative in self.narratives or ()]
        if len(tasks) != len(set(tasks)):
            raise ValueError("Mỗi nhiệm vụ chỉ một nội dung")
        return self


class UnitReportReturn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    comment: RequiredText = Field(description="Lý do trả lại, điều cần sửa")


class UnitReportAccept(BaseModel):
    model_config = ConfigDict(extra="forbid")

    comment: Text = ""


class UnitTimeliness(BaseModel):
    """How punctual a unit is on a plan (`reports/timeliness.py`)."""

    unit_id: int
    unit_name: str
    tasks_judged: int = Field(default=0, description="Kỳ thực hiện đã đến hạn hoặc đã xong")
    tasks_on_time: int = 0
    parts_judged: int = Field(default=0, description="Báo cáo đã nộp hoặc đã quá hạn nộp")
    parts_on_time: int = 0
    score: float | None = Field(default=None, description="Tỷ lệ đúng hạn (0–1)")
