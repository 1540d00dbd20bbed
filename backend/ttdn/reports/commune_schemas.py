from datetime import date, datetime

from pydantic import BaseModel, ConfigDict, Field

from ttdn.core.text import Line, RequiredText, Text
from ttdn.reports.models import CommuneReportStatus, PeriodKind, UnitReportStatus
from ttdn.tasks.models import TaskStatus


class CompiledPart(BaseModel):
    """A unit's part as it stood when the commune's report was compiled."""

    unit_id: int
    unit_name: str
    status: UnitReportStatus
    on_time: bool | None


class UnitTaskStatuses(BaseModel):
    unit_id: int
    unit_name: str
    counts: dict[TaskStatus, int]
    total: int


class CommuneReportEventRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    from_status: CommuneReportStatus | None
    to_status: CommuneReportStatus
    comment: str
    actor_user_id: int | None
    actor_name: str
    created_at: datetime


class CommuneReportRead(BaseModel):
    id: int
    period_id: int
    period_label: str = Field(description="Tên kỳ báo cáo, ví dụ Báo cáo sơ kết 6 tháng")
    period_kind: PeriodKind
    period_starts_on: date
    period_ends_on: date = Field(description="Ngày chốt số liệu của kỳ")
    period_due_on: date = Field(description="Hạn gửi báo cáo lên cấp trên")
    commune_id: int = Field(description="Xã báo cáo (đơn vị ban hành kế hoạch)")
    commune_name: str
    status: CommuneReportStatus
    number: str | None = Field(
        description="Số và ký hiệu, ví dụ 12/BC-UBND: lấy khi gửi lần đầu; null trước đó"
    )
    title: str
    results: str = Field(description="Kết quả thực hiện, tổng hợp từ báo cáo các đơn vị")
    difficulties: str
    proposals: str
    figures: dict[str, int] = Field(description="Tổng số liệu của các báo cáo đã tiếp nhận")
    task_statuses: list[UnitTaskStatuses]
    parts: list[CompiledPart]
    compiled_at: datetime
    sent_at: datetime | None
    version: int
    updated_at: datetime


class CommuneReportDetail(CommuneReportRead):
    history: list[CommuneReportEventRead]


class CommuneReportUpdate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    title: Line | None = None
    results: Text | None = None
    difficulties: Text | None = None
    proposals: Text | None = None


class CommuneReportReturn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    comment: RequiredText = Field(description="Lý do trả lại, điều cần sửa")


class CommuneReportNote(BaseModel):
    model_config = ConfigDict(extra="forbid")

    comment: Text = ""
