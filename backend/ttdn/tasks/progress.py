"""Progress on tasks: units report, coordinators extend, confirm or send back a claim.

The lead unit's report moves its current occurrence; a completion claim waits for a
coordinator, who confirms it (done on time or late then follows from the dates) or returns it
with a comment that stays in the task's history.
"""

from datetime import date
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import aliased

from ttdn.audit.service import record
from ttdn.core.authz import Principal, ensure_reaches, visible
from ttdn.core.clock import today_in_vietnam
from ttdn.core.errors import Conflict, Forbidden, Invalid, NotFound
from ttdn.core.pagination import Fetched, Listing, ListParams, fetch_page
from ttdn.core.versioning import check_version
from ttdn.tasks.models import (
    AssigneeRole,
    Task,
    TaskAssignee,
    TaskOccurrence,
    TaskState,
    TaskStatus,
    TaskUpdate,
)
from ttdn.tasks.notices import mark_read
from ttdn.tasks.reading import get_task, occurrence_read
from ttdn.tasks.schemas import (
    ClaimReturn,
    CompletionConfirmation,
    OccurrencePatch,
    OccurrenceRead,
    TaskUpdateCreate,
)
from ttdn.tasks.status import occurrence_status, task_view_for
from ttdn.units.models import Unit


async def _reporting_unit(
    session: AsyncSession, principal: Principal, task: Task, unit_id: int | None
) -> TaskAssignee:
    """The assignee the caller reports for: the one named, or the caller's own unit among the
    task's units, or the single lead for a coordinator."""
    units = {a.unit_id: a for a in task.assignees}
    if unit_id is not None:
        assignee = units.get(unit_id)
        if assignee is None:
            raise Invalid("Đơn vị này không được giao nhiệm vụ.", loc=["body", "unit_id"])
    else:
        own = [units[g.unit_id] for g in principal.grants if g.unit_id in units]
        leads = [a for a in task.assignees if a.role == AssigneeRole.lead]
        if own:
            assignee = own[0]
        elif len(leads) == 1:
            assignee = leads[0]
        else:
            raise Invalid("Hãy chọn đơn vị báo cáo (unit_id).", loc=["body", "unit_id"])
    ensure_reaches(principal, "tasks:report", [assignee.unit.path])
    return assignee


async def _current_occurrence(
    session: AsyncSession, task: Task, unit_id: int, occurrence_id: int | None
) -> TaskOccurrence | None:
    """The occurrence named, or the lead unit's earliest one still open."""
    conditions = [TaskOccurrence.task_id == task.id, TaskOccurrence.unit_id == unit_id]
    if occurrence_id is not None:
        found = await session.scalar(
            select(TaskOccurrence).where(*conditions, TaskOccurrence.id == occurrence_id)
        )
        if found is None:
            raise Invalid(
                "Không tìm thấy kỳ thực hiện này của đơn vị.", loc=["body", "occurrence_id"]
            )
        return found
    return await session.scalar(
        select(TaskOccurrence)
        .where(*conditions, TaskOccurrence.completed_on.is_(None))
        .order_by(TaskOccurrence.due_on)
        .limit(1)
    )


async def report_progress(
    session: AsyncSession, principal: Principal, task_id: int, data: TaskUpdateCreate
) -> TaskUpdate:
    """A progress report by a lead or cooperating unit (or a coordinator for one). The lead's
    report moves its current occurrence's percent; a completion claim awaits confirmation."""
    task = await get_task(session, principal, task_id)
    if task.state != TaskState.active:
        raise Conflict("Nhiệm vụ đang tạm dừng hoặc đã hủy.")
    assignee = await _reporting_unit(session, principal, task, data.unit_id)
    is_lead = assignee.role == AssigneeRole.lead
    if data.claims_completion and not is_lead:
        raise Forbidden("Chỉ đơn vị chủ trì mới báo cáo hoàn thành nhiệm vụ.")
    lead_unit_id = assignee.unit_id if is_lead else _single_lead(task)
    occurrence = (
        await _current_occurrence(session, task, lead_unit_id, data.occurrence_id)
        if lead_unit_id is not None
        else None
    )
    if occurrence is not None and occurrence.completed_on is not None:
        raise Conflict("Kỳ này đã được xác nhận hoàn thành.")
    today = today_in_vietnam()
    if data.completed_on is not None and data.completed_on > today:
        raise Invalid("Ngày hoàn thành không thể sau hôm nay.", loc=["body", "completed_on"])
    if is_lead and occurrence is not None:
        claimed_on = (data.completed_on or today) if data.claims_completion else None
        await _move_occurrence(session, occurrence.id, data.percent, claimed_on)
    update = TaskUpdate(
        task_id=task.id,
        occurrence_id=occurrence.id if occurrence else None,
        unit_id=assignee.unit_id,
        author_user_id=principal.user_id,
        author_name=principal.full_name or principal.username,
        text=data.text,
        percent=data.percent,
        figures={figure.name: figure.value for figure in data.figures},
        claims_completion=data.claims_completion,
    )
    session.add(update)
    await session.flush()
    await mark_read(session, principal, task.id)  # reporting on it, one has read it
    await record(
        session,
        "tasks.updates.create",
        actor=principal,
        unit_path=assignee.unit.path,
        object_type="task_update",
        object_id=update.id,
        after={
            "task_id": task.id,
            "text": update.text,
            "percent": update.percent,
            "claims_completion": update.claims_completion,
        },
    )
    return update


async def _move_occurrence(
    session: AsyncSession, occurrence_id: int, percent: int | None, claimed_on: date | None
) -> None:
    """The lead's report moves its occurrence (percent, or a completion claim at 100 %) in one
    UPDATE that does not compare the version it read: two reports at once both land, the later
    percent staying, where a version check would refuse the second as stale (412), which a POST
    without If-Match could not have avoided. The version still goes up, so an extension sent
    with the older ETag is refused. A confirmation that came in between wins (409)."""
    values: dict[str, Any] = {"version": TaskOccurrence.version + 1}
    if percent is not None:
        values["percent"] = percent
    if claimed_on is not None:
        values.update(claimed_on=claimed_on, percent=100)
    if len(values) == 1:
        return
    moved = await session.execute(
        update(TaskOccurrence)
        .where(TaskOccurrence.id == occurrence_id, TaskOccurrence.completed_on.is_(None))
        .values(**values)
        .returning(TaskOccurrence.id)
        .execution_options(synchronize_session="fetch")
    )
    if moved.first() is None:
        raise Conflict("Kỳ này đã được xác nhận hoàn thành.")


def _single_lead(task: Task) -> int | None:
    leads = [a.unit_id for a in task.assignees if a.role == AssigneeRole.lead]
    return leads[0] if len(leads) == 1 else None


async def list_updates(
    session: AsyncSession, principal: Principal, task_id: int, params: ListParams
) -> Fetched:
    """The task's progress history the caller follows, newest first; of a group task, only
    the reports of units within the caller's reach."""
    view, bound = task_view_for(principal)
    task = (
        await session.execute(
            view.tasks.with_only_columns(Task.id, Task.group_label).where(Task.id == task_id),
            bound,
        )
    ).first()
    if task is None:
        raise NotFound("Không tìm thấy nhiệm vụ.")
    unit = aliased(Unit)
    statement = (
        select(TaskUpdate)
        .join(unit, unit.id == TaskUpdate.unit_id)
        .where(TaskUpdate.task_id == task.id)
    )
    if task.group_label is not None:
        statement = statement.where(visible(principal, "tasks:read", unit.path))
    listing = Listing(
        sortable={"created_at": TaskUpdate.created_at},
        default_sort=["-created_at"],
        tiebreaker=TaskUpdate.id,
        search_column=None,
        updated_column=TaskUpdate.created_at,
    )
    return await fetch_page(session, statement, params, listing)


async def _occurrence(
    session: AsyncSession,
    principal: Principal,
    task_id: int,
    occurrence_id: int,
    capability: str,
) -> tuple[Task, TaskOccurrence, str]:
    task = await get_task(session, principal, task_id)
    view, bound = task_view_for(principal)
    occurrence, unit = view.occurrence, view.unit
    row = (
        await session.execute(
            select(occurrence, unit.path)
            .join(Task, Task.id == occurrence.task_id)
            .join(unit, unit.id == occurrence.unit_id)
            .where(view.seen, Task.id == task.id, occurrence.id == occurrence_id),
            bound,
        )
    ).first()
    if row is None:
        raise NotFound("Không tìm thấy kỳ thực hiện.")
    ensure_reaches(principal, capability, [row[1]])
    return task, row[0], row[1]


async def _record_occurrence_event(
    session: AsyncSession,
    principal: Principal,
    action: str,
    unit_path: str,
    occurrence: TaskOccurrence,
    *,
    after: dict[str, Any],
    before: dict[str, Any] | None = None,
) -> None:
    """Files one audit event on an occurrence."""
    await record(
        session,
        f"tasks.occurrences.{action}",
        actor=principal,
        unit_path=unit_path,
        object_type="task_occurrence",
        object_id=occurrence.id,
        before=before,
        after=after,
    )


async def extend_occurrence(
    session: AsyncSession,
    principal: Principal,
    task_id: int,
    occurrence_id: int,
    data: OccurrencePatch,
    expected_version: int,
) -> OccurrenceRead:
    """Move an occurrence's due date; its original date stays to judge lateness."""
    task, occurrence, unit_path = await _occurrence(
        session, principal, task_id, occurrence_id, "tasks:assign"
    )
    check_version(occurrence.version, expected_version)
    if occurrence.completed_on is not None:
        raise Conflict("Kỳ này đã hoàn thành; không gia hạn được.")
    before = {"due_on": occurrence.due_on.isoformat()}
    occurrence.due_on = data.due_on
    await session.flush()
    after = {"due_on": data.due_on.isoformat()}
    await _record_occurrence_event(
        session, principal, "extend", unit_path, occurrence, before=before, after=after
    )
    return await _read_occurrence(session, task, occurrence)


async def confirm_completion(
    session: AsyncSession,
    principal: Principal,
    task_id: int,
    occurrence_id: int,
    data: CompletionConfirmation,
    expected_version: int,
) -> OccurrenceRead:
    """A coordinator confirms an occurrence done, on the date claimed unless another is given;
    done on time or late then follows from that date and the original due date."""
    task, occurrence, unit_path = await _occurrence(
        session, principal, task_id, occurrence_id, "tasks:confirm"
    )
    check_version(occurrence.version, expected_version)
    if occurrence.completed_on is not None:
        raise Conflict("Kỳ này đã được xác nhận hoàn thành.")
    completed_on = data.completed_on or occurrence.claimed_on
    if completed_on is None:
        raise Conflict("Đơn vị chưa báo cáo hoàn thành; hãy ghi ngày hoàn thành.")
    if completed_on > today_in_vietnam():
        raise Invalid("Ngày hoàn thành không thể sau hôm nay.", loc=["body", "completed_on"])
    occurrence.completed_on = completed_on
    occurrence.percent = 100
    occurrence.confirmed_by_user_id = principal.user_id
    await session.flush()
    after = {"completed_on": completed_on.isoformat()}
    await _record_occurrence_event(
        session, principal, "confirm", unit_path, occurrence, after=after
    )
    return await _read_occurrence(session, task, occurrence)


async def return_claim(
    session: AsyncSession,
    principal: Principal,
    task_id: int,
    occurrence_id: int,
    data: ClaimReturn,
    expected_version: int,
) -> OccurrenceRead:
    """A coordinator sends a completion claim back with a comment: the claim is cleared (the
    occurrence is open again, overdue if past due) and the comment joins the task's history
    as a note to the lead unit."""
    task, occurrence, unit_path = await _occurrence(
        session, principal, task_id, occurrence_id, "tasks:confirm"
    )
    check_version(occurrence.version, expected_version)
    if occurrence.completed_on is not None:
        raise Conflict("Kỳ này đã được xác nhận hoàn thành.")
    if occurrence.claimed_on is None:
        raise Conflict("Đơn vị chưa báo cáo hoàn thành kỳ này; không có gì để trả lại.")
    occurrence.claimed_on = None
    note = TaskUpdate(
        task_id=task.id,
        occurrence_id=occurrence.id,
        unit_id=occurrence.unit_id,
        author_user_id=principal.user_id,
        author_name=principal.full_name or principal.username,
        text=data.comment,
        returns_claim=True,
    )
    session.add(note)
    await session.flush()
    after = {"comment": data.comment}
    await _record_occurrence_event(session, principal, "return", unit_path, occurrence, after=after)
    return await _read_occurrence(session, task, occurrence)


async def _read_occurrence(
    session: AsyncSession, task: Task, occurrence: TaskOccurrence
) -> OccurrenceRead:
    status = await session.scalar(
        select(occurrence_status(TaskOccurrence))
        .select_from(TaskOccurrence)
        .join(Task, Task.id == TaskOccurrence.task_id)
        .where(TaskOccurrence.id == occurrence.id),
        {"today": today_in_vietnam()},
    )
    return occurrence_read(occurrence, status or TaskStatus.not_started.value)
