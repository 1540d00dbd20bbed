"""An interaction linked to a task of the plan counts as progress on it: a progress report of
the unit that carried it out (or of the caller's unit among the task's), naming what was done
and counted among the task's figures as one press interaction."""

from sqlalchemy.ext.asyncio import AsyncSession

from ttdn.core.authz import Principal
from ttdn.core.errors import Forbidden, Invalid, NotFound
from ttdn.media.models import InteractionKind, MediaInteraction
from ttdn.media.words import INTERACTION_KINDS
from ttdn.tasks.progress import report_progress
from ttdn.tasks.reading import get_task
from ttdn.tasks.schemas import Figure, TaskUpdateCreate
from ttdn.units.models import Unit

# The figure a task's progress report counts press interactions under.
PRESS_FIGURE = "Hoạt động báo chí"


async def count_on_task(
    session: AsyncSession,
    principal: Principal,
    task_id: int,
    interaction: MediaInteraction,
    unit: Unit,
) -> int:
    """Report the interaction as progress on task `task_id` and return the report's id; 422
    when the task is not one the caller's unit (or the interaction's) reports on."""
    try:
        task = await get_task(session, principal, task_id)
    except NotFound as error:
        raise Invalid("Không tìm thấy nhiệm vụ.", loc=["body", "task_id"]) from error
    assigned = {assignee.unit_id for assignee in task.assignees}
    words = INTERACTION_KINDS[InteractionKind(interaction.kind)]
    report = TaskUpdateCreate(
        text=f"{words} ngày {interaction.occurred_on:%d/%m/%Y}: {interaction.topic}",
        figures=[Figure(name=PRESS_FIGURE, value=1)],
        unit_id=unit.id if unit.id in assigned else None,
    )
    try:
        update = await report_progress(session, principal, task.id, report)
    except (Invalid, Forbidden) as error:
        raise Invalid(
            "Đơn vị của bạn (hoặc đơn vị thực hiện) không được giao nhiệm vụ này.",
            loc=["body", "task_id"],
        ) from error
    return update.id
