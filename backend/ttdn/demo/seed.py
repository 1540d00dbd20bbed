"""`ttdn seed-demo`: the Cao Xá 2023 plan as live data, and the demo accounts."""

from dataclasses import dataclass

from sqlalchemy import exists, select
from sqlalchemy.ext.asyncio import AsyncSession

from ttdn.accounts.login import password_hasher
from ttdn.accounts.models import Membership, User
from ttdn.accounts.service import load_principal
from ttdn.core.authz import Principal
from ttdn.core.text import search_text
from ttdn.demo import cao_xa_2023 as demo
from ttdn.plans.models import (
    LegalReference,
    LegalReferenceKind,
    Plan,
    PlanSection,
    ReportingKind,
    SectionRole,
    SignerAuthority,
)
from ttdn.plans.schemas import (
    LegalReferenceCreate,
    PlanCreate,
    PlanIssue,
    ReportingDeadlineIn,
    SectionCreate,
    Signer,
)
from ttdn.plans.service import create_legal_reference, create_plan, create_section, issue_plan
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

    # Entered as the commune would: the coordinator drafts, the chairman issues.
    coordinator = await _principal(session, users["vhxh"])
    chairman = await _principal(session, users["chutich"])
    references = {
        ref.key: await create_legal_reference(
            session,
            coordinator,
            LegalReferenceCreate(
                kind=LegalReferenceKind(ref.kind),
                number=ref.number,
                issued_on=ref.issued_on,
                issuer=ref.issuer or None,
                title=ref.title,
            ),
        )
        for ref in demo.LEGAL_REFERENCES
    }
    plan = await _plan(session, coordinator, units["ubnd_cao_xa"], references)
    sections: dict[str, PlanSection] = {}
    for demo_section in demo.SECTIONS:
        await _section(session, coordinator, plan, demo_section, None, "", sections)
    plan = await issue_plan(
        session, chairman, plan.id, PlanIssue(issued_on=demo.PLAN_ISSUED_ON), plan.version
    )
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


async def _principal(session: AsyncSession, user: User) -> Principal:
    principal = await load_principal(session, user.id)
    if principal is None:
        raise RuntimeError(f"the demo account {user.username} cannot act")
    return principal


async def _plan(
    session: AsyncSession,
    coordinator: Principal,
    commune: Unit,
    references: dict[str, LegalReference],
) -> Plan:
    """The plan as drafted. Its căn cứ is the district plan it implements; the other documents
    are those its text cites, in order. The text gives the district plan's number and date only:
    issuing takes the commune's first number of 2023, on that date."""
    cited = [ref.key for ref in demo.LEGAL_REFERENCES if ref.key != demo.PARENT_PLAN_KEY]
    return await create_plan(
        session,
        coordinator,
        PlanCreate(
            unit_id=commune.id,
            parent_reference_id=references[demo.PARENT_PLAN_KEY].id,
            title=demo.PLAN_TITLE,
            year=demo.PLAN_YEAR,
            place=demo.PLAN_PLACE,
            introduction=demo.PLAN_INTRODUCTION,
            closing=demo.PLAN_CLOSING,
            recipients=list(demo.RECIPIENTS),
            signer=Signer(
                authority=SignerAuthority(demo.SIGNER.authority),
                body=demo.SIGNER.body,
                position=demo.SIGNER.position,
                full_name=demo.SIGNER.full_name,
            ),
            legal_basis_ids=[references[demo.PARENT_PLAN_KEY].id],
            cited_reference_ids=[references[key].id for key in cited],
            reporting_deadlines=[
                ReportingDeadlineIn(kind=ReportingKind(kind), due_on=due_on, label=label)
                for kind, due_on, label in demo.REPORTING_DEADLINES
            ],
        ),
    )


async def _section(
    session: AsyncSession,
    coordinator: Principal,
    plan: Plan,
    demo_section: demo.DemoSection,
    parent: PlanSection | None,
    parent_path: str,
    sections: dict[str, PlanSection],
) -> None:
    path = f"{parent_path}.{demo_section.code}" if parent_path else demo_section.code
    section = await create_section(
        session,
        coordinator,
        plan.id,
        SectionCreate(
            parent_id=parent.id if parent else None,
            code=demo_section.code,
            title=demo_section.title,
            body=demo_section.body,
            role=SECTION_ROLES.get(path),
        ),
    )
    sections[path] = section
    for child in demo_section.children:
        await _section(session, coordinator, plan, child, section, path, sections)
