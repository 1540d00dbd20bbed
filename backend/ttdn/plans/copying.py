"""A new year's draft from last year's plan, as a coordinator starts one every December: the
header, căn cứ, recipients, signer, reporting deadlines, the sections tree and every task with
its lead and cooperating units, carried over through the same services that write them by hand
(so each step is checked and audited), with its dates moved into the new year and `năm 2023`
in the text read `năm 2024`. The old plan is not touched.

The superior's plan the old one implemented is not carried over: the new year's comes from the
superior's new plan, which the coordinator then names.
"""

import re
from datetime import date

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from ttdn.core.authz import Principal, ensure_reaches
from ttdn.core.errors import Invalid
from ttdn.plans.models import Plan
from ttdn.plans.reading import get_plan, read_plan
from ttdn.plans.schemas import (
    LAST_PLAN_YEAR,
    PlanCopy,
    PlanCreate,
    ReportingDeadlineIn,
    SectionCreate,
    SectionNode,
    Signer,
)
from ttdn.plans.sections import create_section, section_tree
from ttdn.plans.service import create_plan
from ttdn.tasks.models import Task, TaskAssignee
from ttdn.tasks.schemas import TaskCreate
from ttdn.tasks.service import create_task


def move_date(day: date, years: int) -> date:
    """The same day `years` later (29 February becomes the 28th in a common year)."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


def retell(text: str, old_year: int, new_year: int) -> str:
    """`năm 2023` → `năm 2024` (only years named as such: a document number's `/2023/` or a
    term `2020 - 2025` stays)."""
    return re.sub(rf"\b(năm|Năm|NĂM)\s+{old_year}\b", rf"\g<1> {new_year}", text)


async def copy_plan(
    session: AsyncSession, principal: Principal, plan_id: int, data: PlanCopy
) -> Plan:
    """A draft of `data.year` (by default the year after) copied from plan `plan_id`; 404 out
    of sight, 403 for who may not write the issuing unit's plans, 422 for a year not after it
    or past the last year a plan may be of (the year after a plan of that last year)."""
    source = await get_plan(session, principal, plan_id)
    ensure_reaches(principal, "plans:write", [source.unit.path])
    new_year = data.year or source.year + 1
    if new_year <= source.year:
        raise Invalid("Năm của kế hoạch mới phải sau năm của kế hoạch gốc.", loc=["body", "year"])
    if new_year > LAST_PLAN_YEAR:
        raise Invalid(
            f"Không sao chép được sang năm {new_year}: "
            f"năm của kế hoạch không được quá {LAST_PLAN_YEAR}.",
            loc=["body", "year"],
        )
    shift = new_year - source.year
    old = await read_plan(session, principal, plan_id)
    draft = await create_plan(
        session,
        principal,
        PlanCreate(
            unit_id=old.unit.id,
            title=retell(old.title, old.year, new_year),
            year=new_year,
            symbol=old.symbol,
            place=old.place or None,
            introduction=retell(old.introduction, old.year, new_year),
            closing=retell(old.closing, old.year, new_year),
            recipients=old.recipients,
            signer=Signer(**old.signer.model_dump()) if old.signer else None,
            legal_basis_ids=[reference.id for reference in old.legal_bases],
            cited_reference_ids=[reference.id for reference in old.cited_references],
            reporting_deadlines=[
                ReportingDeadlineIn(
                    kind=deadline.kind,
                    due_on=move_date(deadline.due_on, shift),
                    label=retell(deadline.label, old.year, new_year),
                )
                for deadline in old.reporting_deadlines
            ],
        ),
    )
    sections: dict[int, int] = {}
    tree = await section_tree(session, principal, plan_id)
    await _copy_sections(session, principal, tree, source.year, draft, None, sections)
    await _copy_tasks(session, principal, source, draft, sections, shift)
    return draft


async def _copy_sections(
    session: AsyncSession,
    principal: Principal,
    nodes: list[SectionNode],
    old_year: int,
    draft: Plan,
    parent_id: int | None,
    copies: dict[int, int],
) -> None:
    """The sections tree in order; `copies` maps each old section to its copy."""
    for node in nodes:
        section = await create_section(
            session,
            principal,
            draft.id,
            SectionCreate(
                parent_id=parent_id,
                code=node.code,
                title=retell(node.title, old_year, draft.year),
                body=retell(node.body, old_year, draft.year),
                role=node.role,
            ),
        )
        copies[node.id] = section.id
        await _copy_sections(session, principal, node.children, old_year, draft, section.id, copies)


async def _copy_tasks(
    session: AsyncSession,
    principal: Principal,
    source: Plan,
    draft: Plan,
    sections: dict[int, int],
    shift: int,
) -> None:
    """Every task of the old plan not deleted, in its order, with its units and schedule."""
    tasks = await session.scalars(
        select(Task).where(Task.plan_id == source.id, Task.deleted_at.is_(None)).order_by(Task.id)
    )
    assignees: dict[int, list[TaskAssignee]] = {}
    for assignee in await session.scalars(
        select(TaskAssignee)
        .join(Task, Task.id == TaskAssignee.task_id)
        .where(Task.plan_id == source.id)
        .order_by(TaskAssignee.id)
    ):
        assignees.setdefault(assignee.task_id, []).append(assignee)
    for task in list(tasks):
        units = assignees.get(task.id, [])
        await create_task(
            session,
            principal,
            TaskCreate(
                plan_id=draft.id,
                section_id=sections.get(task.section_id or 0),
                title=retell(task.title, source.year, draft.year),
                description=retell(task.description, source.year, draft.year),
                priority=task.priority,
                topics=task.topics,
                schedule=task.schedule,
                frequency=task.frequency,
                due_on=move_date(task.due_on, shift) if task.due_on else None,
                group_label=task.group_label,
                lead_unit_ids=[a.unit_id for a in units if a.role == "lead"],
                cooperating_unit_ids=[a.unit_id for a in units if a.role == "cooperating"],
            ),
        )
