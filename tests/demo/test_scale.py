"""`ttdn seed-scale`: a province of generated communes, built by the model's rules, the same for
the same seed, its audit chain whole, and read through the same authorization as any data.

The module loads three communes once (a small audit trail); the `world` fixture of the other
tests empties the database again before each of theirs."""

import hashlib
import os
import re
import subprocess
import sys
from collections import Counter

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from ttdn.accounts.login import password_hasher
from ttdn.accounts.models import Membership, User
from ttdn.audit.models import AuditEvent
from ttdn.audit.service import verify_chain
from ttdn.core.clock import clock_set_to
from ttdn.core.tokens import issue_access_token
from ttdn.demo.cao_xa_2023 import DEMO_PASSWORD
from ttdn.demo.scale import ScaleOptions, seed_scale
from ttdn.demo.scale_incidents import INCIDENTS_PER_COMMUNE
from ttdn.demo.scale_media import (
    CONTACTS_PER_COMMUNE,
    DUPLICATES,
    INTERACTIONS_PER_COMMUNE,
    OUTLETS,
)
from ttdn.demo.scale_province import COMMUNE_ACCOUNTS, COMMUNE_UNITS, PROVINCE_SUPERIORS, moment
from ttdn.demo.scale_tasks import AS_OF, TASKS_PER_PLAN
from ttdn.incidents.models import Incident, IncidentCodeCounter, IncidentEvent, IncidentPerson
from ttdn.media.models import (
    MediaContact,
    MediaContactIdentifier,
    MediaFollowUpStep,
    MediaInteraction,
    MediaOutlet,
    OutletKind,
    OutletLevel,
)
from ttdn.media.personal_data import normalise_email, normalise_phone
from ttdn.plans.models import Plan, PlanStatus
from ttdn.reports.figures import count_now
from ttdn.reports.models import SENT_STATUSES, CommuneReport, ReportingPeriod, UnitReport
from ttdn.tasks.models import (
    AssigneeRole,
    Frequency,
    Schedule,
    Task,
    TaskAssignee,
    TaskOccurrence,
    TaskStatus,
    TaskUpdate,
)
from ttdn.units.models import Unit

COMMUNES = 3
OPTIONS = ScaleOptions(communes=COMMUNES, seed=7, audit_events=15_000)


@pytest.fixture(scope="module")
def password_hash() -> str:
    return password_hasher.hash(DEMO_PASSWORD)


async def _seed(
    sessionmaker: async_sessionmaker[AsyncSession], password_hash: str, options: ScaleOptions
) -> None:
    async with sessionmaker() as session, session.begin():
        await seed_scale(session, options, password_hash, replace=True)


@pytest.fixture(scope="module")
async def province(sessionmaker, password_hash):
    await _seed(sessionmaker, password_hash, OPTIONS)
    async with sessionmaker() as session:
        return dict((await session.execute(select(User.username, User.id))).all())


def _auth(user_id: int) -> dict[str, str]:
    return {"Authorization": f"Bearer {issue_access_token(user_id)[0]}"}


async def _digest(session: AsyncSession) -> str:
    """A digest of every row of the users, tasks, occurrences, progress reports and the press
    directory."""
    digest = hashlib.sha256()
    models = (User, Task, TaskOccurrence, TaskUpdate)
    press = (MediaOutlet, MediaContact, MediaContactIdentifier, MediaInteraction, MediaFollowUpStep)
    false_information = (Incident, IncidentEvent, IncidentPerson)
    reporting = (ReportingPeriod, UnitReport, CommuneReport)
    for model in (*models, *press, *false_information, *reporting):
        rows = await session.execute(select(model.__table__).order_by(model.__table__.c.id))
        for row in rows:
            digest.update(repr(tuple(row)).encode())
    return digest.hexdigest()


async def test_each_commune_has_the_demo_units_and_accounts_of_every_role(province, sessionmaker):
    async with sessionmaker() as session:
        kinds = Counter((await session.scalars(select(Unit.kind))).all())
        roles = Counter((await session.scalars(select(Membership.role))).all())
        users = (await session.scalars(select(User))).all()
    per_commune = Counter(unit.kind for unit in COMMUNE_UNITS)
    assert kinds["commune"] == COMMUNES and kinds["province"] == 1
    assert kinds["residential_area"] == 6 * COMMUNES == per_commune["residential_area"] * COMMUNES
    assert kinds["police"] == kinds["radio"] == kinds["mass_organisation"] == COMMUNES
    per_role = Counter(role for _stem, _unit, role in COMMUNE_ACCOUNTS)
    assert roles == {
        "admin": per_role["admin"] * COMMUNES + 1,  # and the province's
        "leader": per_role["leader"] * COMMUNES,
        "coordinator": COMMUNES,
        "member": per_role["member"] * COMMUNES,
        "area_leader": 6 * COMMUNES,
        "superior": len(PROVINCE_SUPERIORS),
    }
    assert len(users) == 20 * COMMUNES + 1 + len(PROVINCE_SUPERIORS)
    # Demo accounts, sharing one hash of the demo password: production refuses them.
    assert all(user.is_demo for user in users)
    assert len({user.password_hash for user in users}) == 1
    assert password_hasher.verify(DEMO_PASSWORD, users[0].password_hash)
    # Commune 1 keeps the demo's usernames; the others carry their number.
    assert {"vhxh", "khu1", "daitruyenthanh", "tinh", "vhxh.x002", "khu6.x003"} <= {
        user.username for user in users
    }


async def test_each_plan_is_issued_with_tasks_of_every_schedule_and_their_occurrences(
    province, sessionmaker
):
    async with sessionmaker() as session:
        plans = (await session.scalars(select(Plan))).all()
        schedules = Counter((await session.execute(select(Task.schedule, Task.frequency))).all())
        leads = (
            await session.execute(
                select(TaskAssignee.task_id, func.count())
                .where(TaskAssignee.role == AssigneeRole.lead)
                .group_by(TaskAssignee.task_id)
            )
        ).all()
        cooperating = await session.scalar(
            select(func.count()).where(TaskAssignee.role == AssigneeRole.cooperating)
        )
        occurrences = await session.scalar(select(func.count()).select_from(TaskOccurrence))
    assert len(plans) == COMMUNES
    assert {(plan.status, plan.number_symbol) for plan in plans} == {
        (PlanStatus.issued, "1/KH-UBND")
    }
    assert schedules.total() == TASKS_PER_PLAN * COMMUNES
    assert set(schedules) == {
        (Schedule.once, None),
        (Schedule.continuous, None),
        *((Schedule.recurring, frequency) for frequency in Frequency),
    }
    assert {count for _task, count in leads} == {1, 6}  # one lead, or the six areas
    assert cooperating and occurrences > 4 * TASKS_PER_PLAN * COMMUNES


async def test_every_status_appears_in_the_province_superiors_summary(province, client):
    with clock_set_to(moment(AS_OF, 12)):
        response = await client.get("/api/v1/tasks/summary", headers=_auth(province["tinh"]))
    assert response.status_code == 200
    seen = {status for unit in response.json() for status in unit["counts"]}
    assert seen == {status.value for status in TaskStatus}


async def test_the_superior_sees_every_commune_and_a_coordinator_only_its_own(
    province, client, sessionmaker
):
    async with sessionmaker() as session:
        own_plan = await session.scalar(
            select(Plan.id).join(Unit, Unit.id == Plan.unit_id).where(Unit.code == "UBND-X001")
        )
    superior = await client.get("/api/v1/tasks?limit=50", headers=_auth(province["tinh"]))
    coordinator = await client.get("/api/v1/tasks?limit=50", headers=_auth(province["vhxh"]))
    assert superior.json()["total"] == TASKS_PER_PLAN * COMMUNES
    assert coordinator.json()["total"] == TASKS_PER_PLAN
    assert {task["plan_id"] for task in coordinator.json()["items"]} == {own_plan}
    other = await client.get(
        "/api/v1/tasks?limit=1", headers=_auth(province["vhxh.x002"])
    )  # another commune's coordinator: its own 200, none of commune 1's
    other_task = other.json()["items"][0]["id"]
    assert other.json()["total"] == TASKS_PER_PLAN
    refused = await client.get(f"/api/v1/tasks/{other_task}", headers=_auth(province["vhxh"]))
    assert refused.status_code == 404
    area = await client.get("/api/v1/tasks?limit=50", headers=_auth(province["khu1"]))
    assert 0 < area.json()["total"] < TASKS_PER_PLAN


async def test_the_province_shares_outlets_of_every_kind_and_level(province, sessionmaker):
    async with sessionmaker() as session:
        outlets = (await session.execute(select(MediaOutlet.kind, MediaOutlet.level))).all()
        owners = set((await session.scalars(select(MediaOutlet.unit_id).distinct())).all())
        province_id = await session.scalar(select(Unit.id).where(Unit.kind == "province"))
    assert len(outlets) == OUTLETS
    assert {kind for kind, _ in outlets} == {kind.value for kind in OutletKind}
    assert {level for _, level in outlets} == {level.value for level in OutletLevel}
    assert owners == {province_id}


async def test_each_commune_keeps_its_contacts_with_their_identifiers_as_the_app_writes_them(
    province, sessionmaker
):
    async with sessionmaker() as session:
        contacts = (await session.scalars(select(MediaContact))).all()
        identifiers = Counter(
            (
                await session.execute(
                    select(
                        MediaContactIdentifier.contact_id,
                        MediaContactIdentifier.kind,
                        MediaContactIdentifier.value,
                    )
                )
            ).all()
        )
        communes = dict((await session.execute(select(Unit.id, Unit.kind))).all())
    assert Counter(communes[contact.unit_id] for contact in contacts) == {
        "commune": CONTACTS_PER_COMMUNE * COMMUNES
    }
    assert len({contact.unit_id for contact in contacts}) == COMMUNES
    expected: Counter[tuple[int, str, str]] = Counter()
    for contact in contacts:
        assert all(phone.startswith(("0900 ", "+84 900 ")) for phone in contact.phones)
        for phone in contact.phones:
            expected[(contact.id, "phone", normalise_phone(phone))] += 1
        for email in contact.emails:
            expected[(contact.id, "email", normalise_email(email))] += 1
        assert contact.search_text and contact.name_sort_key
    assert identifiers == expected


async def test_the_superior_reads_the_outlets_but_no_contact(province, client, sessionmaker):
    async with sessionmaker() as session:
        contact_id = await session.scalar(select(func.min(MediaContact.id)))
    headers = _auth(province["tinh"])
    outlets = await client.get("/api/v1/media/outlets?limit=1", headers=headers)
    contacts = await client.get("/api/v1/media/contacts", headers=headers)
    one = await client.get(f"/api/v1/media/contacts/{contact_id}", headers=headers)
    assert outlets.status_code == 200 and outlets.json()["total"] == OUTLETS
    assert contacts.status_code == 200 and contacts.json()["total"] == 0
    assert one.status_code == 404


async def test_a_coordinator_lists_its_communes_contacts_with_the_duplicates_flagged(
    province, client
):
    headers = _auth(province["vhxh"])
    listed = await client.get("/api/v1/media/contacts?limit=50", headers=headers)
    duplicates = await client.get("/api/v1/media/contacts?duplicates=true", headers=headers)
    assert listed.status_code == 200
    contacts = listed.json()["items"]
    assert listed.json()["total"] == len(contacts) == CONTACTS_PER_COMMUNE
    assert len({contact["unit_id"] for contact in contacts}) == 1
    assert not any(contact["redacted"] for contact in contacts)
    flagged = {contact["id"] for contact in contacts if contact["duplicate_of_ids"]}
    assert len(flagged) == 2 * DUPLICATES  # each re-entry and the contact it repeats
    assert {contact["id"] for contact in duplicates.json()["items"]} == flagged
    other = await client.get("/api/v1/media/contacts?limit=1", headers=_auth(province["vhxh.x002"]))
    assert other.json()["total"] == CONTACTS_PER_COMMUNE
    assert other.json()["items"][0]["id"] not in {contact["id"] for contact in contacts}


async def test_each_commune_logs_its_press_work_and_follows_up_press_reports(
    province, client, sessionmaker
):
    async with sessionmaker() as session:
        interactions = (await session.scalars(select(MediaInteraction))).all()
        steps = Counter((await session.scalars(select(MediaFollowUpStep.interaction_id))).all())
    assert len(interactions) == INTERACTIONS_PER_COMMUNE * COMMUNES
    order = ["received", "verifying", "handled", "answered"]
    reports = [i for i in interactions if i.kind == "press_report"]
    assert {i.follow_up_status for i in reports} >= {"received", "answered"}
    for report in reports:
        assert steps[report.id] == order.index(report.follow_up_status) + 1
        assert (report.answer is not None) is (report.follow_up_status == "answered")
        assert report.due_on is not None and report.search_text
    assert not any(steps[i.id] for i in interactions if i.kind != "press_report")
    superior = await client.get(
        "/api/v1/media/interactions/summary", headers=_auth(province["tinh"])
    )
    assert [c["total"] for c in superior.json()["communes"]] == [INTERACTIONS_PER_COMMUNE] * 3
    area = await client.get("/api/v1/media/interactions?limit=1", headers=_auth(province["khu1"]))
    listed = await client.get("/api/v1/media/interactions?limit=1", headers=_auth(province["vhxh"]))
    assert 0 < area.json()["total"] < listed.json()["total"] == INTERACTIONS_PER_COMMUNE


async def test_each_commune_deals_with_its_false_information(province, client, sessionmaker):
    async with sessionmaker() as session:
        incidents = (await session.scalars(select(Incident))).all()
        events = Counter((await session.scalars(select(IncidentEvent.incident_id))).all())
        counters = (await session.scalars(select(IncidentCodeCounter))).all()
    assert len(incidents) == INCIDENTS_PER_COMMUNE * COMMUNES
    assert len({(i.unit_id, i.code) for i in incidents}) == len(incidents)
    assert {c.last_number for c in counters} == {INCIDENTS_PER_COMMUNE}
    assert {i.status for i in incidents} >= {"closed", "responding", "dismissed"}
    escalated = [i for i in incidents if i.escalated_at is not None]
    assert escalated and all(events[i.id] >= 3 for i in escalated)
    police = await client.get("/api/v1/incidents?limit=1", headers=_auth(province["congan"]))
    assert police.json()["total"] == INCIDENTS_PER_COMMUNE  # every classification of its commune
    superior = await client.get("/api/v1/incidents?limit=200", headers=_auth(province["tinh"]))
    assert superior.json()["total"] == len(escalated)
    area = await client.get("/api/v1/incidents?limit=1", headers=_auth(province["khu1"]))
    assert 0 < area.json()["total"] < INCIDENTS_PER_COMMUNE  # its own reports
    figures = await client.get(
        f"/api/v1/incidents/police-figures?year={AS_OF.year}&quarter=2",
        headers=_auth(province["congan"]),
    )
    assert figures.json()["people_dealt_with"] > 0


async def test_the_audit_chain_verifies_and_holds_at_least_the_events_asked(province, sessionmaker):
    async with sessionmaker() as session:
        report = await verify_chain(session)
        actions = set((await session.scalars(select(AuditEvent.action).distinct())).all())
    assert report.intact, report.problem
    assert report.events >= OPTIONS.audit_events
    assert {
        "plans.create",
        "plans.issue",
        "tasks.create",
        "tasks.updates.create",
        "tasks.occurrences.confirm",
        "tasks.occurrences.extend",
        "auth.login",
    } <= actions


async def test_the_planners_have_statistics_once_it_is_loaded(province, sessionmaker):
    """Without them the first requests on a bulk-loaded database read whole tables."""
    async with sessionmaker() as session:
        if session.get_bind().dialect.name == "postgresql":
            query = "SELECT count(*) FROM pg_stats WHERE tablename = 'task_occurrences'"
        else:
            query = "SELECT count(*) FROM sqlite_stat1 WHERE tbl = 'task_occurrences'"
        assert (await session.execute(text(query))).scalar_one() > 0


async def test_the_same_seed_writes_the_same_rows(province, sessionmaker, password_hash):
    async with sessionmaker() as session:
        first = await _digest(session)
    await _seed(sessionmaker, password_hash, OPTIONS)
    async with sessionmaker() as session:
        again = await _digest(session)
    await _seed(
        sessionmaker,
        password_hash,
        ScaleOptions(communes=COMMUNES, seed=8, audit_events=OPTIONS.audit_events),
    )
    async with sessionmaker() as session:
        other = await _digest(session)
    await _seed(sessionmaker, password_hash, OPTIONS)  # as the other tests found it
    assert first == again != other


async def test_a_database_with_data_is_refused_without_replace(province, sessionmaker):
    async with sessionmaker() as session, session.begin():
        with pytest.raises(ValueError, match="not empty"):
            await seed_scale(session, OPTIONS, "unused")


def _ttdn(database_url: str, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(  # noqa: S603 (our own command)
        [sys.executable, "-m", "ttdn.cli", *args],
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "TTDN_DATABASE_URL": database_url},
    )


def test_the_command_loads_a_province_with_a_progress_bar(tmp_path):
    url = f"sqlite+aiosqlite:///{tmp_path / 'scale.sqlite3'}"
    assert _ttdn(url, "migrate").returncode == 0
    loaded = _ttdn(url, "seed-scale", "--communes", "2", "--audit-events", "3000", "--seed", "3")
    assert loaded.returncode == 0, loaded.stderr
    assert "province loaded in" in loaded.stdout
    assert "2 communes" in loaded.stdout and "400 tasks" in loaded.stdout
    events = int(re.search(r"(\d+) audit events;", loaded.stdout).group(1))  # type: ignore[union-attr]
    assert events >= 3000
    assert "100% audit events" in loaded.stderr
    verified = _ttdn(url, "audit", "verify")
    assert verified.returncode == 0 and f"intact: {events} events" in verified.stdout
    refused = _ttdn(url, "seed-scale", "--communes", "1")
    assert refused.returncode != 0 and "--force" in refused.stderr


async def test_each_commune_reports_its_year_and_the_superior_sees_where_each_stands(
    province, client, sessionmaker
):
    async with sessionmaker() as session:
        periods = (await session.scalars(select(ReportingPeriod))).all()
        parts = (await session.scalars(select(UnitReport))).all()
        reports = (await session.scalars(select(CommuneReport))).all()
        police_units = set(
            (await session.scalars(select(Unit.id).where(Unit.kind == "police"))).all()
        )
        counted = {part.id: await count_now(session, part) for part in parts}
    assert Counter(period.kind for period in periods) == {
        "semiannual": COMMUNES, "yearly": COMMUNES, "quarterly": 4 * COMMUNES,
    }  # fmt: skip
    by_period = {period.id: period for period in periods}
    quarters = [part for part in parts if by_period[part.period_id].reporting_unit_id]
    assert len(quarters) == 4 * COMMUNES
    assert all(part.unit_id == by_period[part.period_id].reporting_unit_id for part in quarters)
    owed = [part for part in parts if by_period[part.period_id].internal_due_on <= AS_OF]
    assert {part.status for part in owed} == {"draft", "submitted", "accepted", "returned"}
    assert any(
        part.first_submitted_on > by_period[part.period_id].internal_due_on
        for part in owed
        if part.first_submitted_on
    )
    not_owed = [part for part in parts if part not in owed]
    assert not_owed and {part.status for part in not_owed} == {"draft"}
    for part in parts:
        if part.status in ("submitted", "accepted"):  # counted at submission, as the app does
            assert (part.press_interactions, part.incidents_handled) == counted[part.id]
        else:
            assert part.press_interactions is None and part.incidents_handled is None
    assert any(part.incidents_handled for part in parts if part.unit_id in police_units)
    for report in reports:
        accepted = [p for p in parts if p.period_id == report.period_id and p.status == "accepted"]
        assert report.figures["news_items_aired"] == sum(p.news_items_aired for p in accepted)
        assert sum(entry["total"] for entry in report.task_statuses) > 0
    response = await client.get(
        f"/api/v1/dashboards/superior?year={AS_OF.year}&kind=semiannual",
        headers=_auth(province["tinh"]),
    )
    assert response.status_code == 200
    rows = response.json()["communes"]
    assert len(rows) == COMMUNES
    shown = {row["report_id"]: row["report_status"] for row in rows if row["report_id"]}
    with_superior = {r.id: r.status for r in reports if r.status in SENT_STATUSES}
    assert shown == with_superior
    assert all(row["tasks_total"] > 0 for row in rows)
