"""`ttdn seed-demo`: the Cao Xá 2023 plan as live data, and the demo accounts."""

from dataclasses import dataclass

from sqlalchemy import exists, select
from sqlalchemy.ext.asyncio import AsyncSession

from ttdn.accounts.login import password_hasher
from ttdn.accounts.models import Membership, User
from ttdn.accounts.service import load_principal
from ttdn.core.text import search_text
from ttdn.demo import cao_xa_2023 as demo
from ttdn.plans.models import (
    LegalReference,
    Plan,
    PlanLegalBasis,
    PlanNumberCounter,
    PlanSection,
    PlanStatus,
    ReportingDeadline,
    SectionRole,
)
from ttdn.tasks.models import Frequency, Schedule, Task
from ttdn.tasks.schemas import TaskCreate
from ttdn.tasks.service import create_task
from ttdn.units.models import Unit
from ttdn.units.service import insert_unit


@dataclass(frozen=True)
class SeededDemo:
    units: dict[str, Unit]  # by the demo's unit keys
    users: dict[str, User]  # by username
    plan: Plan
    legal_references: dict[str, LegalReference]  # by the demo's keys
    sections: dict[str, PlanSection]  # by path of codes: "I", "I.1", "II.4.1", "III.9"
    tasks: dict[str, Task]  # by the demo's task keys


async def database_is_empty(session: AsyncSession) -> bool:
    return not await session.scalar(select(exists().where(Unit.id.is_not(None))))


async def seed_demo(session: AsyncSession, *, password_hash: str | None = None) -> SeededDemo:
    """Load the demo into an empty database (the caller commits). `password_hash`, the demo
    password already hashed, saves the tests an Argon2 run per seeding."""
    units: dict[str, Unit] = {}
    for demo_unit in demo.UNITS:
        parent = units[demo_unit.parent_key] if demo_unit.parent_key else None
        units[demo_unit.key] = await insert_unit(
            session,
            parent,
            kind=demo_unit.kind,
            code=demo_unit.code,
            name=demo_unit.name,
            short_name=demo_unit.short_name,
            functions=list(demo_unit.functions),
        )
    # One hash for the one shared demo password: seeding stays fast, and these accounts are
    # refused in production anyway.
    password_hash = password_hash or password_hasher.hash(demo.DEMO_PASSWORD)
    users = {
        username: User(
            username=username,
            full_name=full_name,
            password_hash=password_hash,
            is_demo=True,
            search_text=search_text(username, full_name),
            memberships=[Membership(unit_id=units[unit_key].id, role=role)],
        )
        for username, full_name, unit_key, role in demo.DEMO_ACCOUNTS
    }
    session.add_all(users.values())
    await session.flush()

    references = await _legal_references(session)
    plan = await _plan(session, units["ubnd_cao_xa"], references)
    sections: dict[str, PlanSection] = {}
    for position, demo_section in enumerate(demo.SECTIONS, start=1):
        await _section(session, plan, demo_section, None, position, "", sections)
    # The tasks are entered as the commune's coordinator would enter them.
    coordinator = await load_principal(session, users["vhxh"].id)
    if coordinator is None:
        raise RuntimeError("the demo coordinator cannot act")
    tasks = {}
    for demo_task in demo.TASKS:
        lead_ids = [units[key].id for key in demo_task.lead_unit_keys]
        tasks[demo_task.key] = await create_task(
            session,
            coordinator,
            TaskCreate(
                plan_id=plan.id,
                section_id=sections[demo_task.section_code].id,
                title=demo_task.title,
                description=demo_task.description,
                topics=list(demo_task.topics),
                schedule=Schedule(demo_task.schedule),
                due_on=demo_task.due_on,
                frequency=Frequency(demo_task.frequency) if demo_task.frequency else None,
                lead_unit_ids=lead_ids,
                group_label=ITEM_9_GROUP if len(lead_ids) > 1 else None,
                cooperating_unit_ids=[units[key].id for key in demo_task.cooperating_unit_keys],
            ),
        )
    return SeededDemo(
        units=units,
        users=users,
        plan=plan,
        legal_references=references,
        sections=sections,
        tasks=tasks,
    )


# How part III item 9 names the group its tasks are given to.
ITEM_9_GROUP = "Các đơn vị kinh tế, hành chính sự nghiệp, các khu dân cư"
SECTION_ROLES = {
    "I.1": SectionRole.purposes,
    "I.2": SectionRole.requirements,
    "III": SectionRole.implementation,
}


async def _legal_references(session: AsyncSession) -> dict[str, LegalReference]:
    references = {
        ref.key: LegalReference(
            kind=ref.kind,
            number=ref.number,
            issued_on=ref.issued_on,
            issuer=ref.issuer,
            title=ref.title,
            in_force=True,
            search_text=search_text(ref.kind_label, ref.number, ref.issuer, ref.title),
        )
        for ref in demo.LEGAL_REFERENCES
    }
    session.add_all(references.values())
    await session.flush()
    return references


async def _plan(
    session: AsyncSession, commune: Unit, references: dict[str, LegalReference]
) -> Plan:
    """The plan as issued. The text gives the district plan's number and date only: the demo
    takes the commune's first number of 2023 and that date."""
    session.add(PlanNumberCounter(unit_id=commune.id, year=demo.PLAN_YEAR, last_number=1))
    # The district plan it implements first, then every document the text cites, in order.
    cited = dict.fromkeys([demo.PARENT_PLAN_KEY, *(ref.key for ref in demo.LEGAL_REFERENCES)])
    plan = Plan(
        unit_id=commune.id,
        parent_reference_id=references[demo.PARENT_PLAN_KEY].id,
        number=1,
        symbol="KH-UBND",
        title=demo.PLAN_TITLE,
        year=demo.PLAN_YEAR,
        place=demo.PLAN_PLACE,
        issued_on=demo.PLAN_ISSUED_ON,
        status=PlanStatus.issued,
        introduction=demo.PLAN_INTRODUCTION,
        closing=demo.PLAN_CLOSING,
        recipients=list(demo.RECIPIENTS),
        signer_authority=demo.SIGNER.authority,
        signer_body=demo.SIGNER.body,
        signer_position=demo.SIGNER.position,
        signer_name=demo.SIGNER.full_name,
        search_text=search_text(demo.PLAN_TITLE, "1/KH-UBND"),
        legal_bases=[
            PlanLegalBasis(legal_reference_id=references[key].id, position=position)
            for position, key in enumerate(cited, start=1)
        ],
        reporting_deadlines=[
            ReportingDeadline(kind=kind, due_on=due_on, label=label)
            for kind, due_on, label in demo.REPORTING_DEADLINES
        ],
    )
    session.add(plan)
    await session.flush()
    return plan


async def _section(
    session: AsyncSession,
    plan: Plan,
    demo_section: demo.DemoSection,
    parent: PlanSection | None,
    position: int,
    parent_path: str,
    sections: dict[str, PlanSection],
) -> None:
    path = f"{parent_path}.{demo_section.code}" if parent_path else demo_section.code
    section = PlanSection(
        plan_id=plan.id,
        parent_id=parent.id if parent else None,
        position=position,
        code=demo_section.code,
        title=demo_section.title,
        body=demo_section.body,
        role=SECTION_ROLES.get(path),
    )
    session.add(section)
    await session.flush()
    sections[path] = section
    for child_position, child in enumerate(demo_section.children, start=1):
        await _section(session, plan, child, section, child_position, path, sections)
