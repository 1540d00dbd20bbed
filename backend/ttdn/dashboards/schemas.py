"""What the dashboards answer: the numbers behind the charts, for a commune and for its
superior across every commune below it."""

from datetime import date, datetime
from enum import StrEnum

from pydantic import BaseModel, Field

from ttdn.incidents.schemas import MonthlyCount
from ttdn.media.schemas import MonthlyInteractionCount
from ttdn.reports.models import CommuneReportStatus, PeriodKind
from ttdn.reports.schemas import UnitTimeliness
from ttdn.tasks.schemas import UnitStatusCounts

# The parts' count of units that report in a period but have no part yet.
MISSING = "missing"


class ReportDue(BaseModel):
    """A period of the plan whose commune report the superior has not yet accepted."""

    period_id: int
    label: str
    kind: PeriodKind
    due_on: date = Field(description="Hạn gửi báo cáo lên cấp trên")
    internal_due_on: date = Field(description="Hạn các đơn vị nộp phần của mình")
    parts: dict[str, int] = Field(
        description="Số phần báo cáo của các đơn vị theo trạng thái (draft, submitted, "
        "accepted, returned), và missing: đơn vị phải báo cáo mà chưa có phần"
    )
    commune_report_id: int | None
    commune_report_status: CommuneReportStatus | None = Field(
        description="null: chưa tổng hợp (hoặc bạn không xem được báo cáo của xã)"
    )
    late: bool = Field(description="Đã quá hạn mà báo cáo của xã chưa gửi")


class CommuneDashboard(BaseModel):
    plan_id: int
    plan_title: str
    commune_id: int = Field(description="Đơn vị ban hành kế hoạch")
    commune_name: str
    task_statuses: list[UnitStatusCounts] = Field(
        description="Số kỳ thực hiện theo trạng thái của từng đơn vị chủ trì"
    )
    timeliness: list[UnitTimeliness]
    incidents_by_month: list[MonthlyCount] = Field(
        description="Vụ việc thông tin sai lệch của xã trong năm của kế hoạch"
    )
    press_by_month: list[MonthlyInteractionCount] = Field(
        description="Hoạt động báo chí của xã trong năm của kế hoạch"
    )
    reports_due: list[ReportDue] = Field(description="Kỳ báo cáo chưa được cấp trên tiếp nhận")


class SuperiorReportStatus(StrEnum):
    """A commune report as the superior sees it: what was sent to it, or nothing yet."""

    sent = CommuneReportStatus.sent.value
    accepted = CommuneReportStatus.accepted.value
    returned = CommuneReportStatus.returned.value
    not_sent = "not_sent"


class CommuneRow(BaseModel):
    """One commune under the superior, for the period of the chosen kind and year."""

    commune_id: int
    commune_name: str
    plan_id: int | None = Field(description="Kế hoạch của xã trong năm; null: chưa có")
    plan_title: str | None
    period_id: int | None = Field(
        description="Kỳ báo cáo của loại và năm đã chọn (loại có nhiều kỳ trong năm, như "
        "hằng quý: kỳ đến hạn gần nhất, hoặc kỳ sắp đến hạn khi chưa kỳ nào đến hạn)"
    )
    label: str | None
    due_on: date | None
    report_id: int | None
    report_status: SuperiorReportStatus
    sent_at: datetime | None
    late: bool = Field(description="Quá hạn mà chưa gửi (hoặc bị trả lại), hoặc gửi sau hạn")
    tasks_total: int = Field(description="Nhiệm vụ của kế hoạch (trừ nhiệm vụ đã hủy)")
    tasks_done: int
    tasks_overdue: int
    incidents_escalated_open: int = Field(description="Vụ việc báo cáo lên cấp trên chưa xong")


class SuperiorTotals(BaseModel):
    communes: int
    sent: int
    accepted: int
    returned: int
    not_sent: int
    late: int
    tasks_total: int
    tasks_done: int
    tasks_overdue: int
    incidents_escalated_open: int


class SuperiorDashboard(BaseModel):
    year: int
    kind: PeriodKind
    years: list[int] = Field(description="Các năm có kỳ báo cáo, để chọn")
    kinds: list[PeriodKind] = Field(description="Các loại kỳ báo cáo, để chọn")
    communes: list[CommuneRow]
    totals: SuperiorTotals
