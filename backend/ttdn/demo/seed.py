"""`ttdn seed-demo`: the Cao Xá 2023 plan as live data, the demo accounts, and the year's
progress as the units reported it.

Everything is entered through the services, on the clock of 2023 (`clock_set_to`): the
accounts and the draft in early March, the plan issued on 08/3/2023, its tasks assigned the
next day, then each report, extension and confirmation on its own date (`progress_2023`). So
the audit trail, each unit's history and the dashboard read as the year went."""

from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import exists, select
from sqlalchemy.ext.asyncio import AsyncSession

from ttdn.accounts.login import password_hasher
from ttdn.accounts.models import Membership, User
from ttdn.accounts.service import load_principal
from ttdn.core.authz import Principal
from ttdn.core.clock import clock_set_to
from ttdn.core.text import search_text
from ttdn.demo import cao_xa_2023 as demo
from ttdn.demo import progress_2023 as progress
from ttdn.demo.incidents_2023 import incident_actions
from ttdn.demo.media_2023 import interaction_actions, seed_media
from ttdn.demo.progress_2023 import day, moment
from ttdn.demo.reports_2023 import report_actions, seed_reporting_periods
from ttdn.demo.timeline import TimedAction, run_in_order
from ttdn.incidents.models import Incident
from ttdn.media.models import MediaContact, MediaInteraction, MediaOutlet
from ttdn.plans.legal_references import create_legal_reference
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
from ttdn.plans.sections import create_section
from ttdn.plans.service import create_plan, issue_plan
from ttdn.tasks.models import Frequency, Schedule, Task, TaskOccurrence
from ttdn.tasks.progress import confirm_completion, extend_occurrence, report_progress
from ttdn.tasks.schemas import (
    CompletionConfirmation,
    Figure,
    OccurrencePatch,
    TaskCreate,
    TaskUpdateCreate,
)
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
    outlets: dict[str, MediaOutlet]  # by the demo's keys (`media_2023`)
    contacts: dict[str, MediaContact]
    interactions: dict[str, MediaInteraction]  # the year's press work, with its progress
    incidents: dict[str, Incident]  # the year's false information, likewise


async def database_is_empty(session: AsyncSession) -> bool:
    return not await session.scalar(select(exists().where(Unit.id.is_not(None))))


# When the commune entered each step of the plan (Vietnam time).
SET_UP_AT = moment("06/03/2023 08:00")  # units, accounts, legal references, the draft
ISSUED_AT = moment("08/03/2023 10:00")  # demo.PLAN_ISSUED_ON
ASSIGNED_AT = moment("09/03/2023 08:30")  # the tasks of part III


async def seed_demo(
    session: AsyncSession, *, password_hash: str | None = None, progress: bool = True
) -> SeededDemo:
    """Load the demo into an empty database (the caller commits). `password_hash`, the demo
    password already hashed, saves the tests an Argon2 run per seeding; `progress=False`
    leaves every task as assigned, with nothing reported."""
    with clock_set_to(SET_UP_AT):
        units, users = await _units_and_accounts(session, password_hash)
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
    with clock_set_to(ISSUED_AT):
        plan = await issue_plan(
            session, chairman, plan.id, PlanIssue(issued_on=demo.PLAN_ISSUED_ON), plan.version
        )
    with clock_set_to(ASSIGNED_AT):
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
        # The reporting periods of its deadlines, each unit's part, and the police's quarters.
        await seed_reporting_periods(session, coordinator, plan.id, units["cong_an"].id)
    # The press directory Văn phòng keeps (seed plan III.2).
    outlets, contacts = await seed_media(session, await _principal(session, users["vanphong"]))
    interactions: dict[str, MediaInteraction] = {}
    incidents: dict[str, Incident] = {}
    if progress:
        interactions, incidents = await seed_progress(
            session,
            unit_ids={key: unit.id for key, unit in units.items()},
            user_ids={username: user.id for username, user in users.items()},
            task_ids={key: task.id for key, task in tasks.items()},
            outlet_ids={key: outlet.id for key, outlet in outlets.items()},
            contact_ids={key: contact.id for key, contact in contacts.items()},
            plan_id=plan.id,
        )
    return SeededDemo(
        units=units,
        users=users,
        plan=plan,
        legal_references=references,
        sections=sections,
        tasks=tasks,
        outlets=outlets,
        contacts=contacts,
        interactions=interactions,
        incidents=incidents,
    )


async def _units_and_accounts(
    session: AsyncSession, password_hash: str | None
) -> tuple[dict[str, Unit], dict[str, User]]:
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
    return units, users


# Who reports for a unit: its one demo account that may report (member, area leader, or the
# coordinator for its own post).
REPORTERS = {
    unit_key: username
    for username, _name, unit_key, role in demo.DEMO_ACCOUNTS
    if role in ("member", "area_leader", "coordinator")
}
# Who confirms and extends: the coordinator, and the chairman for the coordinator's own tasks.
CONFIRMER, CONFIRMER_OF_OWN = "vhxh", "chutich"


@dataclass(frozen=True)
class _Step:
    """One thing done on the plan's progress: a report, else an extension, else a
    confirmation."""

    at: datetime
    period: progress.Period
    report: progress.Report | None = None
    extend_to: date | None = None


def _steps() -> list[_Step]:
    """Every report, extension and confirmation of the year, in the order of their times (and
    of the table for equal times)."""
    steps: list[_Step] = []
    for period in progress.PERIODS:
        steps.extend(_Step(report.moment, period, report=report) for report in period.reports)
        if period.extended is not None:
            when, new_due = period.extended
            steps.append(_Step(moment(when), period, extend_to=day(new_due)))
        if period.confirmed_at is not None:
            steps.append(_Step(period.confirmed_at, period))
    return sorted(steps, key=lambda step: step.at)  # stable: the table's order within a time


async def seed_progress(
    session: AsyncSession,
    *,
    unit_ids: Mapping[str, int],
    user_ids: Mapping[str, int],
    task_ids: Mapping[str, int],
    outlet_ids: Mapping[str, int],
    contact_ids: Mapping[str, int],
    plan_id: int | None = None,
) -> tuple[dict[str, MediaInteraction], dict[str, Incident]]:
    """Enter the year's progress (`progress_2023.PERIODS`) on the demo's tasks, each step by
    the account that would have taken it, on its own date, and among them the press work
    Văn phòng logged (`media_2023.INTERACTIONS`) and the false information dealt with
    (`incidents_2023.INCIDENTS`), which are returned by key; with the plan's `plan_id`, its
    units' reports too (`reports_2023`)."""
    principals: dict[str, Principal] = {}

    async def acting(username: str) -> Principal:
        if username not in principals:
            user = await session.get_one(User, user_ids[username])
            principals[username] = await _principal(session, user)
        return principals[username]

    def taking(step: _Step) -> TimedAction:
        async def take() -> None:
            await _take_progress_step(session, step, acting, unit_ids, task_ids)

        return step.at, take

    interactions: dict[str, MediaInteraction] = {}
    press_work = interaction_actions(
        session, await acting("vanphong"), unit_ids, outlet_ids, contact_ids, interactions
    )
    incidents: dict[str, Incident] = {}
    false_information = incident_actions(session, acting, incidents)
    year_of_progress = (taking(step) for step in _steps())
    reporting = report_actions(session, acting, plan_id, unit_ids) if plan_id is not None else []
    await run_in_order(session, [*year_of_progress, *press_work, *false_information, *reporting])
    return interactions, incidents


async def _take_progress_step(
    session: AsyncSession,
    step: _Step,
    acting: Callable[[str], Awaitable[Principal]],
    unit_ids: Mapping[str, int],
    task_ids: Mapping[str, int],
) -> None:
    """One report, extension or confirmation of the year, on the clock already set."""
    period, report = step.period, step.report
    task_id = task_ids[period.task_key]
    occurrence = await _occurrence(session, task_id, unit_ids[period.unit_key], period.due)
    overseer = CONFIRMER_OF_OWN if REPORTERS[period.unit_key] == CONFIRMER else CONFIRMER
    if report is not None:
        unit_key = report.unit_key or period.unit_key
        await report_progress(
            session,
            await acting(REPORTERS[unit_key]),
            task_id,
            TaskUpdateCreate(
                text=report.text,
                percent=report.percent,
                figures=[Figure(name=name, value=value) for name, value in report.figures],
                claims_completion=report.done,
                completed_on=step.at.date() if report.done else None,
                unit_id=unit_ids[unit_key],
                occurrence_id=occurrence.id,
            ),
        )
    elif step.extend_to is not None:
        await extend_occurrence(
            session,
            await acting(overseer),
            task_id,
            occurrence.id,
            OccurrencePatch(due_on=step.extend_to),
            occurrence.version,
        )
    else:
        await confirm_completion(
            session,
            await acting(overseer),
            task_id,
            occurrence.id,
            CompletionConfirmation(),
            occurrence.version,
        )


async def _occurrence(
    session: AsyncSession, task_id: int, unit_id: int, original_due: str
) -> TaskOccurrence:
    occurrence = await session.scalar(
        select(TaskOccurrence).where(
            TaskOccurrence.task_id == task_id,
            TaskOccurrence.unit_id == unit_id,
            TaskOccurrence.original_due_on == day(original_due),
        )
    )
    if occurrence is None:
        raise RuntimeError(f"task {task_id} has no occurrence of unit {unit_id} due {original_due}")
    return occurrence


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
