"""Work recorded elsewhere that counts as progress on a task of the plan (a press interaction,
an action against false information): a progress report of the unit that did it, or of the
caller's unit among the task's, naming what was done and counting it under one figure."""

from sqlalchemy.ext.asyncio import AsyncSession

from ttdn.core.authz import Principal
from ttdn.core.errors import Forbidden, Invalid, NotFound
from ttdn.tasks.progress import report_progress
from ttdn.tasks.reading import get_task
from ttdn.tasks.schemas import Figure, TaskUpdateCreate


async def count_as_progress(
    session: AsyncSession,
    principal: Principal,
    task_id: int,
    unit_id: int,
    text: str,
    figure: str,
) -> int:
    """Report `text` as progress on task `task_id`, counted as 1 under `figure`, and return
    the report's id; 422 (on `task_id`) when the task is not one the caller's unit (or unit
    `unit_id`, which did the work) reports on."""
    try:
        task = await get_task(session, principal, task_id)
    except NotFound as error:
        raise Invalid("Không tìm thấy nhiệm vụ.", loc=["body", "task_id"]) from error
    assigned = {assignee.unit_id for assignee in task.assignees}
    report = TaskUpdateCreate(
        text=text,
        figures=[Figure(name=figure, value=1)],
        unit_id=unit_id if unit_id in assigned else None,
    )
    try:
        update = await report_progress(session, principal, task.id, report)
    except (Invalid, Forbidden) as error:
        raise Invalid(
            "Đơn vị của bạn (hoặc đơn vị thực hiện) không được giao nhiệm vụ này.",
            loc=["body", "task_id"],
        ) from error
    return update.id
