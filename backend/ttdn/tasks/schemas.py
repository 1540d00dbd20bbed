from datetime import date, datetime
from typing import Annotated, Self

from pydantic import BaseModel, ConfigDict, Field, StrictBool, StrictFloat, model_validator

from ttdn.core.dates import Day
from ttdn.core.ids import RowId
from ttdn.core.text import Line, RequiredText, Text
from ttdn.tasks.models import AssigneeRole, Frequency, Priority, Schedule, TaskState, TaskStatus

Topic = Annotated[str, Field(pattern=r"^[a-z][a-z0-9_]{0,39}$")]
UnitIds = Annotated[list[RowId], Field(max_length=200)]
FigureName = Annotated[Line, Field(max_length=100)]


class ScheduleFields(BaseModel):
    schedule: Schedule
    due_on: Day | None = None
    frequency: Frequency | None = None

    @model_validator(mode="after")
    def _schedule_is_complete(self) -> Self:
        if self.schedule is Schedule.once and self.due_on is None:
            raise ValueError("Nhiệm vụ thực hiện một lần cần có hạn (due_on)")
        if self.schedule is Schedule.recurring and self.frequency is None:
            raise ValueError("Nhiệm vụ định kỳ cần có tần suất (frequency)")
        if self.schedule is not Schedule.once and self.due_on is not None:
            raise ValueError("Chỉ nhiệm vụ thực hiện một lần mới có hạn riêng (due_on)")
        if self.schedule is not Schedule.recurring and self.frequency is not None:
            raise ValueError("Chỉ nhiệm vụ định kỳ mới có tần suất (frequency)")
        return self


class TaskContent(ScheduleFields):
    """What a new task is, wherever it is placed (a plan's section, or a reviewed import's)."""

    model_config = ConfigDict(extra="forbid")

    title: Line
    description: Text = ""
    priority: Priority = Priority.normal
    topics: list[Topic] = Field(default_factory=list, max_length=10)
    lead_unit_ids: UnitIds = Field(min_length=1)
    group_label: Line | None = Field(
        default=None, description="Tên nhóm đơn vị khi giao cho nhiều đơn vị chủ trì"
    )
    cooperating_unit_ids: UnitIds = Field(default_factory=list)

    @model_validator(mode="after")
    def _assignees_are_consistent(self) -> Self:
        check_assignees(self.lead_unit_ids, self.cooperating_unit_ids, self.group_label)
        return self


class TaskCreate(TaskContent):
    plan_id: RowId
    section_id: RowId | None = None


def check_assignees(leads: list[int], cooperating: list[int], group_label: str | None) -> None:
    if len(set(leads)) != len(leads) or len(set(cooperating)) != len(cooperating):
        raise ValueError("Một đơn vị được nêu hai lần")
    if set(leads) & set(cooperating):
        raise ValueError("Một đơn vị không thể vừa chủ trì vừa phối hợp")
    if len(leads) > 1 and not group_label:
        raise ValueError("Giao cho nhiều đơn vị chủ trì thì cần tên nhóm (group_label)")


class TaskPatch(BaseModel):
    """Changes to a task. Its schedule and lead units change only while nothing is reported."""

    model_config = ConfigDict(extra="forbid")

    section_id: RowId | None = None
    title: Line | None = None
    description: Text | None = None
    priority: Priority | None = None
    topics: list[Topic] | None = Field(default=None, max_length=10)
    state: TaskState | None = None
    schedule: Schedule | None = None
    due_on: Day | None = None
    frequency: Frequency | None = None
    lead_unit_ids: UnitIds | None = Field(default=None, min_length=1)
    group_label: Line | None = None
    cooperating_unit_ids: UnitIds | None = None


class AssigneeRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    unit_id: int
    unit_name: str
    role: AssigneeRole


class OccurrenceRead(BaseModel):
    id: int
    unit_id: int
    label: str
    due_on: date
    original_due_on: date
    percent: int
    claimed_on: date | None
    completed_on: date | None
    status: TaskStatus
    version: int


class TaskListItem(BaseModel):
    id: int
    plan_id: int
    section_id: int | None
    title: str
    priority: Priority
    topics: list[str]
    schedule: Schedule
    frequency: Frequency | None
    due_on: date | None
    group_label: str | None
    state: TaskState
    status: TaskStatus
    next_due_on: date | None
    assignees: list[AssigneeRead]
    commune_id: int = Field(description="Xã (đơn vị ban hành kế hoạch) của nhiệm vụ")
    commune_name: str
    version: int
    updated_at: datetime


class TaskRead(TaskListItem):
    description: str
    occurrences: list[OccurrenceRead]
    created_at: datetime
    deleted_at: datetime | None


class Figure(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: FigureName
    value: StrictFloat = Field(ge=0, le=1e12)


class TaskUpdateCreate(BaseModel):
    """A progress report. Only the lead unit (or a coordinator for it) may claim completion."""

    model_config = ConfigDict(extra="forbid")

    text: RequiredText
    percent: int | None = Field(default=None, ge=0, le=100)
    figures: list[Figure] = Field(default_factory=list, max_length=30)
    claims_completion: StrictBool = False
    completed_on: Day | None = Field(default=None, description="Ngày hoàn thành, nếu báo xong")
    unit_id: RowId | None = Field(default=None, description="Đơn vị báo cáo")
    occurrence_id: RowId | None = None

    @model_validator(mode="after")
    def _consistent(self) -> Self:
        if self.completed_on is not None and not self.claims_completion:
            raise ValueError("Chỉ ghi ngày hoàn thành khi báo cáo hoàn thành")
        if len({figure.name for figure in self.figures}) != len(self.figures):
            raise ValueError("Mỗi chỉ số chỉ ghi một lần")
        return self


class TaskUpdateRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    task_id: int
    occurrence_id: int | None
    unit_id: int
    author_user_id: int | None
    author_name: str
    text: str
    percent: int | None
    figures: dict[str, float]
    claims_completion: bool
    returns_claim: bool = Field(description="Ghi chú trả lại báo cáo hoàn thành của điều phối")
    created_at: datetime


class OccurrencePatch(BaseModel):
    """An extension: the new due date; the original stays for judging lateness."""

    model_config = ConfigDict(extra="forbid")

    due_on: Day


class CompletionConfirmation(BaseModel):
    model_config = ConfigDict(extra="forbid")

    completed_on: Day | None = Field(
        default=None, description="Mặc định: ngày đơn vị báo hoàn thành"
    )


class ClaimReturn(BaseModel):
    """Why a completion claim goes back to the lead unit."""

    model_config = ConfigDict(extra="forbid")

    comment: RequiredText


class UnitStatusCounts(BaseModel):
    unit_id: int
    unit_name: str
    counts: dict[TaskStatus, int]
    total: int


class TaskNoticeRead(BaseModel):
    """A task newly given to one of the caller's units, not yet opened."""

    task_id: int
    task_title: str
    plan_id: int
    plan_title: str
    unit_id: int
    unit_name: str
    created_at: datetime
