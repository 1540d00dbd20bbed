from typing import Annotated

from fastapi import APIRouter, Depends, Query, Response, status

from ttdn.core.authz import Principal, require
from ttdn.core.dates import Day
from ttdn.core.db import SessionDep
from ttdn.core.exports import (
    SPREADSHEET_RESPONSES,
    ExportFormat,
    ExportFormatQuery,
    ExportParamsDep,
)
from ttdn.core.ids import IdInPath, IdInQuery
from ttdn.core.pagination import ListParamsDep, Page, make_page
from ttdn.core.versioning import IfMatchDep, set_etag
from ttdn.tasks import exports, notices, progress, reading, service
from ttdn.tasks.models import AssigneeRole, Priority, TaskStatus
from ttdn.tasks.schemas import (
    ClaimReturn,
    CompletionConfirmation,
    OccurrencePatch,
    OccurrenceRead,
    TaskCreate,
    TaskListItem,
    TaskNoticeRead,
    TaskPatch,
    TaskRead,
    TaskUpdateCreate,
    TaskUpdateRead,
    UnitStatusCounts,
)

router = APIRouter(prefix="/tasks", tags=["tasks"])
TaskId = IdInPath
OccurrenceId = IdInPath
Reader = Annotated[Principal, require("tasks:read")]
Assigner = Annotated[Principal, require("tasks:assign")]


def task_filters(
    plan_id: IdInQuery = None,
    section_id: IdInQuery = None,
    unit_id: Annotated[IdInQuery, Query(description="Đơn vị chủ trì hoặc phối hợp")] = None,
    role: Annotated[AssigneeRole | None, Query(description="Vai trò của unit_id / mine")] = None,
    status: TaskStatus | None = None,
    overdue: bool | None = None,
    due_before: Day | None = None,
    due_after: Day | None = None,
    mine: Annotated[bool, Query(description="Nhiệm vụ của các đơn vị của tôi")] = False,
    topic: Annotated[str | None, Query(max_length=40)] = None,
    priority: Priority | None = None,
) -> reading.TaskFilters:
    return reading.TaskFilters(
        plan_id,
        section_id,
        unit_id,
        role,
        status,
        overdue,
        due_before,
        due_after,
        mine,
        topic,
        priority,
    )


TaskFiltersDep = Annotated[reading.TaskFilters, Depends(task_filters)]


@router.get("", response_model=Page[TaskListItem], summary="Danh sách nhiệm vụ")
async def list_tasks(
    session: SessionDep, principal: Reader, params: ListParamsDep, filters: TaskFiltersDep
) -> Page[TaskListItem]:
    fetched = await reading.list_tasks(session, principal, params, filters)
    return make_page(TaskListItem, fetched, params)


@router.get(
    "/export",
    summary="Bảng nhiệm vụ (XLSX, CSV) theo cùng bộ lọc, những nhiệm vụ bạn được xem",
    response_class=Response,
    responses=SPREADSHEET_RESPONSES,
)
async def export_tasks(
    session: SessionDep,
    principal: Reader,
    params: ExportParamsDep,
    filters: TaskFiltersDep,
    export_format: ExportFormatQuery = ExportFormat.xlsx,
) -> Response:
    return await exports.export_tasks(session, principal, params, filters, export_format)


@router.get(
    "/notices",
    response_model=list[TaskNoticeRead],
    summary="Nhiệm vụ mới giao cho đơn vị của tôi mà tôi chưa xem",
)
async def task_notices(session: SessionDep, principal: Reader) -> list[TaskNoticeRead]:
    return await notices.unread(session, principal)


@router.post(
    "/notices/read",
    status_code=status.HTTP_204_NO_CONTENT,
    summary="Đánh dấu đã xem mọi nhiệm vụ mới của tôi",
)
async def mark_all_notices_read(session: SessionDep, principal: Reader) -> None:
    await notices.mark_read(session, principal)


@router.get(
    "/summary",
    response_model=list[UnitStatusCounts],
    summary="Số kỳ thực hiện theo trạng thái của từng đơn vị",
)
async def task_summary(
    session: SessionDep, principal: Reader, plan_id: IdInQuery = None
) -> list[UnitStatusCounts]:
    return await reading.status_counts(session, principal, plan_id)


@router.get("/{task_id:int}", response_model=TaskRead, summary="Một nhiệm vụ")
async def get_task(
    task_id: TaskId, session: SessionDep, principal: Reader, response: Response
) -> TaskRead:
    task = await reading.read_task(session, principal, task_id)
    set_etag(response, task.version)
    return task


@router.post(
    "", response_model=TaskRead, status_code=status.HTTP_201_CREATED, summary="Giao nhiệm vụ"
)
async def create_task(
    data: TaskCreate, session: SessionDep, principal: Assigner, response: Response
) -> TaskRead:
    task = await service.create_task(session, principal, data)
    response.headers["Location"] = f"/api/v1/tasks/{task.id}"
    return await get_task(task.id, session, principal, response)


@router.post(
    "/{task_id:int}/read",
    status_code=status.HTTP_204_NO_CONTENT,
    summary="Đánh dấu đã xem nhiệm vụ mới được giao",
)
async def mark_task_read(task_id: TaskId, session: SessionDep, principal: Reader) -> None:
    await reading.get_task(session, principal, task_id)
    await notices.mark_read(session, principal, task_id)


@router.patch("/{task_id:int}", response_model=TaskRead, summary="Sửa nhiệm vụ")
async def update_task(
    task_id: TaskId,
    data: TaskPatch,
    session: SessionDep,
    principal: Assigner,
    version: IfMatchDep,
    response: Response,
) -> TaskRead:
    await service.update_task(session, principal, task_id, data, version)
    return await get_task(task_id, session, principal, response)


@router.delete("/{task_id:int}", status_code=status.HTTP_204_NO_CONTENT, summary="Xóa nhiệm vụ")
async def delete_task(
    task_id: TaskId, session: SessionDep, principal: Assigner, version: IfMatchDep
) -> None:
    await service.delete_task(session, principal, task_id, version)


@router.post("/{task_id:int}/restore", response_model=TaskRead, summary="Khôi phục nhiệm vụ")
async def restore_task(
    task_id: TaskId,
    session: SessionDep,
    principal: Annotated[Principal, require("records:restore")],
    response: Response,
) -> TaskRead:
    await service.restore_task(session, principal, task_id)
    return await get_task(task_id, session, principal, response)


@router.get(
    "/{task_id:int}/updates",
    response_model=Page[TaskUpdateRead],
    summary="Lịch sử cập nhật tiến độ",
)
async def list_updates(
    task_id: TaskId, session: SessionDep, principal: Reader, params: ListParamsDep
) -> Page[TaskUpdateRead]:
    fetched = await progress.list_updates(session, principal, task_id, params)
    return make_page(TaskUpdateRead, fetched, params)


@router.post(
    "/{task_id:int}/updates",
    response_model=TaskUpdateRead,
    status_code=status.HTTP_201_CREATED,
    summary="Cập nhật tiến độ",
)
async def report_progress(
    task_id: TaskId,
    data: TaskUpdateCreate,
    session: SessionDep,
    principal: Annotated[Principal, require("tasks:report")],
) -> TaskUpdateRead:
    update = await progress.report_progress(session, principal, task_id, data)
    return TaskUpdateRead.model_validate(update)


@router.patch(
    "/{task_id:int}/occurrences/{occurrence_id:int}",
    response_model=OccurrenceRead,
    summary="Gia hạn một kỳ thực hiện",
)
async def extend_occurrence(
    task_id: TaskId,
    occurrence_id: OccurrenceId,
    data: OccurrencePatch,
    session: SessionDep,
    principal: Assigner,
    version: IfMatchDep,
    response: Response,
) -> OccurrenceRead:
    occurrence = await progress.extend_occurrence(
        session, principal, task_id, occurrence_id, data, version
    )
    set_etag(response, occurrence.version)
    return occurrence


@router.post(
    "/{task_id:int}/occurrences/{occurrence_id:int}/confirm",
    response_model=OccurrenceRead,
    summary="Xác nhận hoàn thành một kỳ",
)
async def confirm_completion(
    task_id: TaskId,
    occurrence_id: OccurrenceId,
    data: CompletionConfirmation,
    session: SessionDep,
    principal: Annotated[Principal, require("tasks:confirm")],
    version: IfMatchDep,
    response: Response,
) -> OccurrenceRead:
    occurrence = await progress.confirm_completion(
        session, principal, task_id, occurrence_id, data, version
    )
    set_etag(response, occurrence.version)
    return occurrence


@router.post(
    "/{task_id:int}/occurrences/{occurrence_id:int}/return",
    response_model=OccurrenceRead,
    summary="Trả lại báo cáo hoàn thành một kỳ",
)
async def return_claim(
    task_id: TaskId,
    occurrence_id: OccurrenceId,
    data: ClaimReturn,
    session: SessionDep,
    principal: Annotated[Principal, require("tasks:confirm")],
    version: IfMatchDep,
    response: Response,
) -> OccurrenceRead:
    occurrence = await progress.return_claim(
        session, principal, task_id, occurrence_id, data, version
    )
    set_etag(response, occurrence.version)
    return occurrence
