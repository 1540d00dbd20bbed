"""A plan's sections: the numbered tree of its parts (I., 1., 4.1. …), written while the plan
is a draft by those who may write it, read by whoever reads the plan.
"""

from typing import Any

from sqlalchemy import ColumnElement, Text, bindparam, cast, func, select, update
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import aliased
from sqlalchemy.orm.attributes import flag_modified

from ttdn.audit.service import record
from ttdn.core.authz import Principal, ensure_reaches
from ttdn.core.db import utcnow
from ttdn.core.errors import Invalid, NotFound
from ttdn.core.versioning import check_version
from ttdn.plans.models import Plan, PlanSection
from ttdn.plans.reading import get_plan
from ttdn.plans.schemas import SectionCreate, SectionNode, SectionRead, SectionUpdate
from ttdn.plans.service import ensure_draft


def section_heading(code: str, title: str) -> str:
    """A section's heading line, its code printed with its dot: `1. Công chức Văn hóa xã hội`."""
    number = code if code.endswith((".", ")")) else f"{code}."
    return f"{number} {title}"


def _outline_step(position: Any) -> Any:
    """A sibling's place as text of one width, so that texts sort as the numbers do."""
    return cast(position + 1_000_000, Text)


# Built once: each section of the plan bound as `outline_plan_id` with `outline_key`, a text
# whose order is the order of the plan's text (a section, then its subsections, then the next).
_Child = aliased(PlanSection, name="outline_child")
_outline_top = (
    select(PlanSection.id, _outline_step(PlanSection.position).label("outline_key"))
    .where(PlanSection.plan_id == bindparam("outline_plan_id"), PlanSection.parent_id.is_(None))
    .cte("section_outline", recursive=True)
)
SECTION_OUTLINE = _outline_top.union_all(
    select(
        _Child.id, cast(_outline_top.c.outline_key + "." + _outline_step(_Child.position), Text)
    ).where(_Child.parent_id == _outline_top.c.id)
)


def _section_snapshot(section: PlanSection) -> dict[str, Any]:
    return SectionRead.model_validate(section).model_dump(mode="json")


def _under(plan_id: int, parent_id: int | None) -> list[ColumnElement[bool]]:
    """The sections directly under `parent_id` (the top level when None) of a plan."""
    parent = (
        PlanSection.parent_id.is_(None) if parent_id is None else PlanSection.parent_id == parent_id
    )
    return [PlanSection.plan_id == plan_id, parent]


async def section_tree(
    session: AsyncSession, principal: Principal, plan_id: int
) -> list[SectionNode]:
    """The plan's sections as a tree, siblings in order; `NotFound` as `get_plan`."""
    await get_plan(session, principal, plan_id)
    sections = await session.scalars(
        select(PlanSection)
        .where(PlanSection.plan_id == plan_id)
        .order_by(PlanSection.position, PlanSection.id)
    )
    nodes = {section.id: SectionNode.model_validate(section) for section in sections}
    roots: list[SectionNode] = []
    for node in nodes.values():
        parent = nodes.get(node.parent_id) if node.parent_id is not None else None
        (parent.children if parent else roots).append(node)
    return roots


async def _draft_for_sections(session: AsyncSession, principal: Principal, plan_id: int) -> Plan:
    """The draft plan whose sections the caller changes, held until the request ends: the
    section writes of one plan take turns, so that positions among siblings stay a sequence."""
    plan = await get_plan(session, principal, plan_id)
    ensure_reaches(principal, "plans:write", [plan.unit.path])
    # A write that changes nothing: it takes the plan row's lock on PostgreSQL, and on SQLite
    # (whose reads take no lock) the database's write lock, before any position is read.
    await session.execute(
        update(Plan)
        .where(Plan.id == plan.id)
        .values(version=Plan.version, updated_at=Plan.updated_at)
        .execution_options(synchronize_session=False)
    )
    ensure_draft(plan)
    return plan


async def _section(session: AsyncSession, plan: Plan, section_id: int) -> PlanSection:
    section = await session.scalar(
        select(PlanSection).where(PlanSection.id == section_id, PlanSection.plan_id == plan.id)
    )
    if section is None:
        raise NotFound("Không tìm thấy mục trong kế hoạch này.")
    return section


async def _check_parent_section(session: AsyncSession, plan: Plan, parent_id: int) -> None:
    found = await session.scalar(
        select(PlanSection.id).where(PlanSection.id == parent_id, PlanSection.plan_id == plan.id)
    )
    if found is None:
        raise Invalid("Mục cha không thuộc kế hoạch này.", loc=["body", "parent_id"])


async def _last_position(session: AsyncSession, plan_id: int, parent_id: int | None) -> int:
    last = await session.scalar(
        select(func.max(PlanSection.position)).where(*_under(plan_id, parent_id))
    )
    return last or 0


async def _shift(
    session: AsyncSession, plan_id: int, parent_id: int | None, *, start: int, by: int
) -> None:
    """Move the siblings at `start` and after by `by` places (+1 opens room, -1 closes a gap).

    Through negative positions, in two statements: PostgreSQL checks the unique (plan, parent,
    position) row by row, so shifting in place could meet a sibling not yet moved."""
    await session.execute(
        update(PlanSection)
        .where(*_under(plan_id, parent_id), PlanSection.position >= start)
        .values(
            position=-(PlanSection.position + by),
            version=PlanSection.version + 1,
            updated_at=utcnow(),
        )
        .execution_options(synchronize_session=False)
    )
    await session.execute(
        update(PlanSection)
        .where(*_under(plan_id, parent_id), PlanSection.position < 0)
        .values(position=-PlanSection.position)
        .execution_options(synchronize_session=False)
    )


async def create_section(
    session: AsyncSession, principal: Principal, plan_id: int, data: SectionCreate
) -> PlanSection:
    """A section of a draft plan, at `position` among its siblings (those from there on move
    down one place) or last."""
    plan = await _draft_for_sections(session, principal, plan_id)
    if data.parent_id is not None:
        await _check_parent_section(session, plan, data.parent_id)
    last = await _last_position(session, plan.id, data.parent_id)
    position = min(data.position or last + 1, last + 1)
    if position <= last:
        await _shift(session, plan.id, data.parent_id, start=position, by=1)
    section = PlanSection(
        plan_id=plan.id,
        parent_id=data.parent_id,
        position=position,
        code=data.code,
        title=data.title,
        body=data.body,
        role=data.role.value if data.role else None,
    )
    session.add(section)
    await session.flush()
    await record(
        session,
        "plans.sections.create",
        actor=principal,
        unit_path=plan.unit.path,
        object_type="plan_section",
        object_id=section.id,
        after=_section_snapshot(section),
        details={"plan_id": plan.id},
    )
    return section


async def _subtree_parents(session: AsyncSession, plan_id: int) -> dict[int, int | None]:
    rows = await session.execute(
        select(PlanSection.id, PlanSection.parent_id).where(PlanSection.plan_id == plan_id)
    )
    return {section_id: parent_id for section_id, parent_id in rows}


async def _refuse_cycle(
    session: AsyncSession, section: PlanSection, new_parent_id: int | None
) -> None:
    parents = await _subtree_parents(session, section.plan_id)
    current, seen = new_parent_id, set()
    while current is not None and current not in seen:
        if current == section.id:
            raise Invalid(
                "Không thể chuyển một mục vào dưới chính nó hoặc mục con của nó.",
                loc=["body", "parent_id"],
            )
        seen.add(current)
        current = parents.get(current)


async def _move(
    session: AsyncSession, section: PlanSection, parent_id: int | None, position: int | None
) -> None:
    """Take the section out of its place (closing the gap), then put it at `position` under
    `parent_id` (opening room), or last there."""
    # Out of the way first, at 0, which no sibling ever holds.
    await session.execute(
        update(PlanSection)
        .where(PlanSection.id == section.id)
        .values(position=0)
        .execution_options(synchronize_session=False)
    )
    await _shift(session, section.plan_id, section.parent_id, start=section.position + 1, by=-1)
    last = await _last_position(session, section.plan_id, parent_id)
    new_position = min(position or last + 1, last + 1)
    if new_position <= last:
        await _shift(session, section.plan_id, parent_id, start=new_position, by=1)
    # Only now: changed earlier, the section would be flushed before the room is made.
    section.parent_id = parent_id
    section.position = new_position
    flag_modified(section, "position")  # the row holds 0 now, whatever the object remembers


async def update_section(
    session: AsyncSession,
    principal: Principal,
    plan_id: int,
    section_id: int,
    data: SectionUpdate,
    expected_version: int,
) -> PlanSection:
    """Change a section of a draft plan; a new parent or position moves it (with its subtree)
    within the plan, never under itself or its own descendants (422)."""
    plan = await _draft_for_sections(session, principal, plan_id)
    section = await _section(session, plan, section_id)
    check_version(section.version, expected_version)
    before = _section_snapshot(section)
    given = data.model_fields_set
    parent_id = data.parent_id if "parent_id" in given else section.parent_id
    if parent_id != section.parent_id:
        if parent_id is not None:
            await _check_parent_section(session, plan, parent_id)
        await _refuse_cycle(session, section, parent_id)
    if parent_id != section.parent_id or (
        data.position is not None and data.position != section.position
    ):
        await _move(session, section, parent_id, data.position)
    for name in ("code", "title", "body"):
        if name in given:
            setattr(section, name, getattr(data, name))
    if "role" in given:
        section.role = data.role.value if data.role else None
    await session.flush()
    await record(
        session,
        "plans.sections.update",
        actor=principal,
        unit_path=plan.unit.path,
        object_type="plan_section",
        object_id=section.id,
        before=before,
        after=_section_snapshot(section),
        details={"plan_id": plan.id},
    )
    return section


async def delete_section(
    session: AsyncSession,
    principal: Principal,
    plan_id: int,
    section_id: int,
    expected_version: int,
) -> None:
    """Delete a section of a draft plan with everything under it; later siblings move up."""
    plan = await _draft_for_sections(session, principal, plan_id)
    section = await _section(session, plan, section_id)
    check_version(section.version, expected_version)
    before = _section_snapshot(section)
    parents = await _subtree_parents(session, plan.id)
    below = [
        other
        for other in parents
        if other != section.id and _descends_from(other, section.id, parents)
    ]
    parent_id, position = section.parent_id, section.position
    await session.delete(section)  # the database deletes the subtree (ON DELETE CASCADE)
    await session.flush()
    await _shift(session, plan.id, parent_id, start=position + 1, by=-1)
    await record(
        session,
        "plans.sections.delete",
        actor=principal,
        unit_path=plan.unit.path,
        object_type="plan_section",
        object_id=section_id,
        before=before,
        details={"plan_id": plan.id, "deleted_below": sorted(below)},
    )


def _descends_from(section_id: int, ancestor_id: int, parents: dict[int, int | None]) -> bool:
    current = parents.get(section_id)
    for _ in range(len(parents)):
        if current is None:
            return False
        if current == ancestor_id:
            return True
        current = parents.get(current)
    return False
