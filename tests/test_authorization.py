"""The authorization table: every route × every role × a target in and out of the caller's reach.

Each row names what the route answers. Lists answer 200 either way: for them, the row says
that the caller's own target is listed and the outside one is not. A route without rows fails
`test_every_route_has_rows`.

"Own" is something within the role's reach in Cao Xá (or huyện Lâm Thao); "other" lies in
Hiền Quan, a commune of another district, outside everyone's reach here.
"""

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

import pytest
from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from ttdn.accounts.models import User
from ttdn.audit.service import record
from ttdn.calendar.models import CalendarToken
from ttdn.core.db import utcnow
from ttdn.demo.cao_xa_2023 import DEMO_PASSWORD
from ttdn.documents.pdf import converter
from ttdn.incidents.models import Incident, IncidentEvidence, IncidentPerson, IncidentReporter
from ttdn.media.documents import file_store
from ttdn.media.models import MediaContact, MediaDocument, MediaInteraction, MediaOutlet
from ttdn.plans.models import LegalReference, Plan, PlanSection
from ttdn.reminders.models import Notification
from ttdn.reports.models import CommuneReport, ReportingPeriod, UnitReport
from ttdn.tasks.models import Task, TaskOccurrence
from ttdn.units.models import Unit

# The demo account that plays each role; None is an anonymous caller.
ACTORS: dict[str, str | None] = {
    "anonymous": None,
    "admin": "admin",
    "leader": "chutich",
    "coordinator": "vhxh",
    "member": "congan",
    "area_leader": "khu1",
    "superior": "huyen",
}
ROLES = [role for role in ACTORS if role != "anonymous"]
OWN, OTHER = "own", "other"

PUBLIC_ROUTES = {
    "GET /api/v1/health",
    "POST /api/v1/auth/login",
    "POST /api/v1/auth/refresh",
    "POST /api/v1/auth/logout",
    # By its secret address, for a phone's calendar (tests/calendar: a bad one answers 404).
    "GET /api/v1/calendar/{token}.ics",
}


@dataclass(frozen=True)
class Case:
    """What a row's request is about: the world, the target side and the acting role."""

    world: Any
    session: AsyncSession
    target: str
    role: str

    @property
    def own(self) -> bool:
        return self.target == OWN

    def unit(self, own_key: str, other_key: str) -> int:
        return int(self.world.unit_id(own_key if self.own else other_key))

    def task(self) -> int:
        """A task the role follows in Cao Xá (an area leader follows only its area's)."""
        if not self.own:
            return int(self.world.tasks["hien_quan_bao_cao_quy"])
        key = "khu_bao_cao" if self.role == "area_leader" else "congan_bao_mat"
        return int(self.world.tasks[key])


@dataclass(frozen=True)
class Request:
    path: str
    json: dict[str, Any] | None = None
    version_of: tuple[Any, int] | None = None  # (model, id) whose version goes in If-Match
    files: dict[str, tuple[str, bytes, str]] | None = None  # a multipart upload
    listed_id: int | None = None  # for lists: listed for own, not for other


Prepare = Callable[[Case], Awaitable[Request]]
Expectation = tuple[int, int]  # (own, other)


# --- units ----------------------------------------------------------------------------------


async def unit_list(case: Case) -> Request:
    return Request(
        "/api/v1/units?limit=200", listed_id=case.unit("dai_truyen_thanh", "hien_quan_khu_2")
    )


async def unit_tree(case: Case) -> Request:
    return Request("/api/v1/units/tree", listed_id=case.unit("dai_truyen_thanh", "hien_quan_khu_2"))


async def one_unit(case: Case) -> Request:
    return Request(f"/api/v1/units/{case.unit('dai_truyen_thanh', 'hien_quan_khu_2')}")


async def new_unit(case: Case) -> Request:
    return Request(
        "/api/v1/units",
        json={
            "parent_id": case.unit("ubnd_cao_xa", "hien_quan"),
            "kind": "residential_area",
            "code": "KDC-MOI",
            "name": "Khu dân cư mới",
        },
    )


async def unit_change(case: Case) -> Request:
    unit_id = case.unit("dai_truyen_thanh", "hien_quan_khu_2")
    return Request(f"/api/v1/units/{unit_id}", json={"name": "Tên mới"}, version_of=(Unit, unit_id))


async def unit_removal(case: Case) -> Request:
    unit_id = case.unit("cao_xa_unused", "hien_quan_khu_2")
    return Request(f"/api/v1/units/{unit_id}", version_of=(Unit, unit_id))


async def unit_restoration(case: Case) -> Request:
    unit_id = case.unit("cao_xa_unused", "hien_quan_khu_2")
    await case.session.execute(update(Unit).where(Unit.id == unit_id).values(deleted_at=utcnow()))
    return Request(f"/api/v1/units/{unit_id}/restore")


# --- users ----------------------------------------------------------------------------------


def _user(case: Case) -> int:
    return int(case.world.users["daitruyenthanh" if case.own else "hienquan_khu"])


async def user_list(case: Case) -> Request:
    return Request("/api/v1/users?limit=200", listed_id=_user(case))


async def one_user(case: Case) -> Request:
    return Request(f"/api/v1/users/{_user(case)}")


async def new_user(case: Case) -> Request:
    return Request(
        "/api/v1/users",
        json={
            "username": "nguoimoi",
            "full_name": "Người Mới",
            "password": "mat-khau-du-dai",
            "memberships": [
                {"unit_id": case.unit("cao_xa_unused", "hien_quan_khu_2"), "role": "member"}
            ],
        },
    )


async def user_change(case: Case) -> Request:
    return Request(
        f"/api/v1/users/{_user(case)}",
        json={"full_name": "Tên Mới"},
        version_of=(User, _user(case)),
    )


async def user_removal(case: Case) -> Request:
    return Request(f"/api/v1/users/{_user(case)}", version_of=(User, _user(case)))


async def user_restoration(case: Case) -> Request:
    await case.session.execute(
        update(User).where(User.id == _user(case)).values(deleted_at=utcnow())
    )
    return Request(f"/api/v1/users/{_user(case)}/restore")


# --- audit and me ---------------------------------------------------------------------------


async def audit_list(case: Case) -> Request:
    unit = case.world.units["dai_truyen_thanh" if case.own else "hien_quan_khu_2"]
    event = await record(case.session, "test.marker", unit_path=unit.path)
    return Request("/api/v1/audit?limit=200&action=test.marker", listed_id=event.id)


async def me(case: Case) -> Request:
    return Request("/api/v1/me")


async def password_change(case: Case) -> Request:
    return Request(
        "/api/v1/me/password",
        json={"current_password": DEMO_PASSWORD, "new_password": "mat-khau-moi-du-dai"},
    )


# --- tasks ----------------------------------------------------------------------------------


async def task_list(case: Case) -> Request:
    return Request("/api/v1/tasks?limit=200", listed_id=case.task())


async def task_export(case: Case) -> Request:
    return Request(f"/api/v1/tasks/export?format=csv&plan_id={_plan_of(case)}")


async def task_notices(case: Case) -> Request:
    return Request("/api/v1/tasks/notices")


async def notices_read(case: Case) -> Request:
    return Request("/api/v1/tasks/notices/read")  # one's own notices only (tests/tasks)


async def task_read(case: Case) -> Request:
    return Request(f"/api/v1/tasks/{case.task()}/read")


async def task_summary(case: Case) -> Request:
    return Request("/api/v1/tasks/summary")


async def one_task(case: Case) -> Request:
    return Request(f"/api/v1/tasks/{case.task()}")


async def new_task(case: Case) -> Request:
    plan_id = case.world.plan_id if case.own else case.world.outside_plan_id
    return Request(
        "/api/v1/tasks",
        json={
            "plan_id": plan_id,
            "title": "Nhiệm vụ mới",
            "schedule": "once",
            "due_on": "2023-12-31",
            "lead_unit_ids": [case.unit("khu_2", "hien_quan_khu_2")],
        },
    )


async def task_change(case: Case) -> Request:
    return Request(
        f"/api/v1/tasks/{case.task()}", json={"priority": "high"}, version_of=(Task, case.task())
    )


async def task_removal(case: Case) -> Request:
    return Request(f"/api/v1/tasks/{case.task()}", version_of=(Task, case.task()))


async def task_restoration(case: Case) -> Request:
    await case.session.execute(
        update(Task).where(Task.id == case.task()).values(deleted_at=utcnow())
    )
    return Request(f"/api/v1/tasks/{case.task()}/restore")


async def update_list(case: Case) -> Request:
    return Request(f"/api/v1/tasks/{case.task()}/updates")


async def new_update(case: Case) -> Request:
    return Request(
        f"/api/v1/tasks/{case.task()}/updates",
        json={"text": "Đã triển khai trong tháng.", "percent": 30},
    )


async def _occurrence_id(case: Case) -> int:
    """An occurrence of the role's task that the role follows."""
    statement = select(TaskOccurrence.id).where(TaskOccurrence.task_id == case.task())
    if case.own and case.role == "area_leader":
        statement = statement.where(TaskOccurrence.unit_id == case.world.unit_id("khu_1"))
    return int(await case.session.scalar(statement.order_by(TaskOccurrence.id).limit(1)))


async def occurrence_extension(case: Case) -> Request:
    occurrence_id = await _occurrence_id(case)
    return Request(
        f"/api/v1/tasks/{case.task()}/occurrences/{occurrence_id}",
        json={"due_on": "2024-01-31"},
        version_of=(TaskOccurrence, occurrence_id),
    )


async def completion(case: Case) -> Request:
    occurrence_id = await _occurrence_id(case)
    return Request(
        f"/api/v1/tasks/{case.task()}/occurrences/{occurrence_id}/confirm",
        json={"completed_on": "2023-05-30"},
        version_of=(TaskOccurrence, occurrence_id),
    )


async def claim_return(case: Case) -> Request:
    occurrence_id = await _occurrence_id(case)
    await case.session.execute(
        update(TaskOccurrence)
        .where(TaskOccurrence.id == occurrence_id)
        .values(claimed_on=date(2023, 5, 30))
    )
    return Request(
        f"/api/v1/tasks/{case.task()}/occurrences/{occurrence_id}/return",
        json={"comment": "Thiếu số liệu."},
        version_of=(TaskOccurrence, occurrence_id),
    )


# --- plans and legal references -------------------------------------------------------------


def _draft(case: Case) -> tuple[int, int]:
    """A draft plan (and its one section) in reach: Cao Xá's 2024 draft, or Hiền Quan's."""
    return tuple(case.world.drafts["cao_xa" if case.own else "hien_quan"])  # type: ignore[return-value]


async def plan_list(case: Case) -> Request:
    plan_id = case.world.plan_id if case.own else case.world.outside_plan_id
    return Request("/api/v1/plans?limit=200", listed_id=plan_id)


async def one_plan(case: Case) -> Request:
    return Request(f"/api/v1/plans/{case.world.plan_id if case.own else _draft(case)[0]}")


async def new_plan(case: Case) -> Request:
    return Request(
        "/api/v1/plans",
        json={
            "unit_id": case.unit("ubnd_cao_xa", "hien_quan"),
            "title": "Kế hoạch mới",
            "year": 2025,
        },
    )


async def plan_change(case: Case) -> Request:
    plan_id = _draft(case)[0]
    return Request(
        f"/api/v1/plans/{plan_id}",
        json={"title": "Kế hoạch TTĐN năm 2024 (sửa)"},
        version_of=(Plan, plan_id),
    )


async def plan_removal(case: Case) -> Request:
    plan_id = _draft(case)[0]
    return Request(f"/api/v1/plans/{plan_id}", version_of=(Plan, plan_id))


async def plan_restoration(case: Case) -> Request:
    plan_id = _draft(case)[0]
    await case.session.execute(update(Plan).where(Plan.id == plan_id).values(deleted_at=utcnow()))
    return Request(f"/api/v1/plans/{plan_id}/restore")


async def plan_issue(case: Case) -> Request:
    plan_id = _draft(case)[0]
    return Request(f"/api/v1/plans/{plan_id}/issue", json={}, version_of=(Plan, plan_id))


async def plan_closing(case: Case) -> Request:
    plan_id = case.world.plan_id if case.own else _draft(case)[0]
    return Request(f"/api/v1/plans/{plan_id}/close", version_of=(Plan, plan_id))


async def section_tree(case: Case) -> Request:
    return Request(f"/api/v1/plans/{case.world.plan_id if case.own else _draft(case)[0]}/sections")


async def new_section(case: Case) -> Request:
    return Request(
        f"/api/v1/plans/{_draft(case)[0]}/sections",
        json={"code": "II", "title": "NỘI DUNG THỰC HIỆN"},
    )


async def section_change(case: Case) -> Request:
    plan_id, section_id = _draft(case)
    return Request(
        f"/api/v1/plans/{plan_id}/sections/{section_id}",
        json={"body": "Nội dung mới."},
        version_of=(PlanSection, section_id),
    )


async def section_removal(case: Case) -> Request:
    plan_id, section_id = _draft(case)
    return Request(
        f"/api/v1/plans/{plan_id}/sections/{section_id}", version_of=(PlanSection, section_id)
    )


# Legal references are shared reference data, read by every commune: "other" is one that
# Hiền Quan entered, which Cao Xá reads but may not change.
def _reference(case: Case) -> int:
    references = sorted(case.world.legal_references.values())
    return int(references[0] if case.own else references[-1])


async def _foreign_reference(case: Case) -> int:
    if case.own:
        return _reference(case)
    reference = LegalReference(
        kind="decision",
        number="7/QĐ-UBND",
        issuer="Ủy ban nhân dân xã Hiền Quan",
        unit_id=case.world.unit_id("hien_quan"),
    )
    case.session.add(reference)
    await case.session.flush()
    return reference.id


async def reference_list(case: Case) -> Request:
    return Request("/api/v1/legal-references?limit=200")


async def one_reference(case: Case) -> Request:
    return Request(f"/api/v1/legal-references/{_reference(case)}")


async def new_reference(case: Case) -> Request:
    return Request(
        "/api/v1/legal-references",
        json={
            "kind": "decision",
            "number": f"{100 if case.own else 200}/QĐ-UBND",
            "issued_on": "2023-02-01",
            "issuer": "Ủy ban nhân dân huyện Lâm Thao",
        },
    )


async def reference_change(case: Case) -> Request:
    reference_id = await _foreign_reference(case)
    return Request(
        f"/api/v1/legal-references/{reference_id}",
        json={"in_force": False},
        version_of=(LegalReference, reference_id),
    )


# --- media: outlets (shared, like legal references) and contacts (a commune's) --------------


async def _outlet(case: Case) -> int:
    """A Cao Xá outlet, or one Hiền Quan entered (which Cao Xá reads but may not change)."""
    if case.own:
        return int(case.world.outlets["bao_phu_tho"])
    outlet = MediaOutlet(
        name="Báo Hiền Quan", kind="print", level="local", unit_id=case.world.unit_id("hien_quan")
    )
    case.session.add(outlet)
    await case.session.flush()
    return outlet.id


async def _contact(case: Case, key: str = "tran_thi_hoa") -> int:
    """A Cao Xá contact, or one of Hiền Quan (out of everyone's reach here)."""
    if case.own:
        return int(case.world.contacts[key])
    contact = MediaContact(
        full_name="Phóng viên Hiền Quan",
        unit_id=case.world.unit_id("hien_quan"),
        phones=["0900000199"],
        personal_data_basis="Đồng ý.",
    )
    case.session.add(contact)
    await case.session.flush()
    return contact.id


async def outlet_list(case: Case) -> Request:
    return Request("/api/v1/media/outlets?limit=200")


async def one_outlet(case: Case) -> Request:
    return Request(f"/api/v1/media/outlets/{await _outlet(case)}")


async def new_outlet(case: Case) -> Request:
    return Request(
        "/api/v1/media/outlets",
        json={"name": "Tạp chí mới", "kind": "magazine", "level": "central"},
    )


async def outlet_change(case: Case) -> Request:
    outlet_id = await _outlet(case)
    return Request(
        f"/api/v1/media/outlets/{outlet_id}",
        json={"phone": "0210 3846 000"},
        version_of=(MediaOutlet, outlet_id),
    )


async def outlet_removal(case: Case) -> Request:
    outlet_id = await _outlet(case)
    return Request(f"/api/v1/media/outlets/{outlet_id}", version_of=(MediaOutlet, outlet_id))


async def outlet_restoration(case: Case) -> Request:
    outlet_id = await _outlet(case)
    await case.session.execute(
        update(MediaOutlet).where(MediaOutlet.id == outlet_id).values(deleted_at=utcnow())
    )
    return Request(f"/api/v1/media/outlets/{outlet_id}/restore")


async def contact_list(case: Case) -> Request:
    # The superior lists none (tests/media/test_contacts.py): its own target says nothing here.
    listed = None if case.role == "superior" else await _contact(case)
    return Request("/api/v1/media/contacts?limit=200", listed_id=listed)


async def one_contact(case: Case) -> Request:
    return Request(f"/api/v1/media/contacts/{await _contact(case)}")


async def new_contact(case: Case) -> Request:
    return Request(
        "/api/v1/media/contacts",
        json={
            "unit_id": case.unit("ubnd_cao_xa", "hien_quan"),
            "full_name": "Phóng viên mới",
            "phones": ["0900 000 150"],
            "personal_data_basis": "Đồng ý bằng văn bản ngày 01/4/2023.",
        },
    )


async def contact_change(case: Case) -> Request:
    contact_id = await _contact(case)
    return Request(
        f"/api/v1/media/contacts/{contact_id}",
        json={"position": "Trưởng ban"},
        version_of=(MediaContact, contact_id),
    )


async def contact_removal(case: Case) -> Request:
    contact_id = await _contact(case)
    return Request(f"/api/v1/media/contacts/{contact_id}", version_of=(MediaContact, contact_id))


async def contact_restoration(case: Case) -> Request:
    contact_id = await _contact(case)
    await case.session.execute(
        update(MediaContact).where(MediaContact.id == contact_id).values(deleted_at=utcnow())
    )
    return Request(f"/api/v1/media/contacts/{contact_id}/restore")


async def contact_merge(case: Case) -> Request:
    merged = await _contact(case, "le_van_binh_card")
    kept = await _contact(case, "le_van_binh")
    return Request(f"/api/v1/media/contacts/{merged}/merge", json={"into_id": kept})


# --- media: interactions (an area leader's own is its area's) -------------------------------

PDF = b"%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"


async def _interaction(case: Case, *, press_report: bool = False) -> int:
    """An interaction the role reads in Cao Xá (an area leader: of its area), or one of Hiền
    Quan; a press report just received when asked for."""
    own_unit = "khu_1" if case.role == "area_leader" else "van_phong"
    interaction = MediaInteraction(
        unit_id=case.unit(own_unit, "hien_quan"),
        kind="press_report" if press_report else "interview",
        occurred_on=date(2023, 9, 20),
        topic="Rác thải ven đường",
        follow_up_status="received" if press_report else None,
        due_on=date(2023, 10, 5) if press_report else None,
    )
    case.session.add(interaction)
    await case.session.flush()
    return interaction.id


async def _document(case: Case) -> tuple[int, int]:
    interaction_id = await _interaction(case)
    sha256 = file_store().keep(PDF)
    document = MediaDocument(
        interaction_id=interaction_id,
        filename="thong-cao.pdf",
        content_type="application/pdf",
        size_bytes=len(PDF),
        sha256=sha256,
        uploaded_by_name="Trần Thị Lan",
    )
    case.session.add(document)
    await case.session.flush()
    return interaction_id, document.id


async def interaction_list(case: Case) -> Request:
    return Request("/api/v1/media/interactions?limit=200", listed_id=await _interaction(case))


async def interaction_summary(case: Case) -> Request:
    return Request("/api/v1/media/interactions/summary")


async def one_interaction(case: Case) -> Request:
    return Request(f"/api/v1/media/interactions/{await _interaction(case)}")


async def new_interaction(case: Case) -> Request:
    return Request(
        "/api/v1/media/interactions",
        json={
            "unit_id": case.unit("van_phong", "hien_quan"),
            "kind": "information_on_request",
            "occurred_on": "2023-06-01",
            "topic": "Kết quả 6 tháng đầu năm",
        },
    )


async def interaction_change(case: Case) -> Request:
    interaction_id = await _interaction(case)
    return Request(
        f"/api/v1/media/interactions/{interaction_id}",
        json={"summary": "Bổ sung nội dung."},
        version_of=(MediaInteraction, interaction_id),
    )


async def interaction_removal(case: Case) -> Request:
    interaction_id = await _interaction(case)
    return Request(
        f"/api/v1/media/interactions/{interaction_id}",
        version_of=(MediaInteraction, interaction_id),
    )


async def interaction_restoration(case: Case) -> Request:
    interaction_id = await _interaction(case)
    await case.session.execute(
        update(MediaInteraction)
        .where(MediaInteraction.id == interaction_id)
        .values(deleted_at=utcnow())
    )
    return Request(f"/api/v1/media/interactions/{interaction_id}/restore")


async def follow_up_step(case: Case) -> Request:
    interaction_id = await _interaction(case, press_report=True)
    return Request(
        f"/api/v1/media/interactions/{interaction_id}/follow-up",
        json={"status": "verifying", "note": "Kiểm tra thực địa."},
        version_of=(MediaInteraction, interaction_id),
    )


async def outlet_export(case: Case) -> Request:
    return Request("/api/v1/media/outlets/export?format=csv")


async def contact_export(case: Case) -> Request:
    return Request("/api/v1/media/contacts/export?format=csv")


async def interaction_export(case: Case) -> Request:
    return Request("/api/v1/media/interactions/export?format=xlsx")


async def document_upload(case: Case) -> Request:
    interaction_id = await _interaction(case)
    return Request(
        f"/api/v1/media/interactions/{interaction_id}/documents",
        files={"file": ("thong-cao.pdf", PDF, "application/pdf")},
    )


async def document_download(case: Case) -> Request:
    interaction_id, document_id = await _document(case)
    return Request(f"/api/v1/media/interactions/{interaction_id}/documents/{document_id}")


async def document_removal(case: Case) -> Request:
    interaction_id, document_id = await _document(case)
    return Request(f"/api/v1/media/interactions/{interaction_id}/documents/{document_id}")


# --- incidents ------------------------------------------------------------------------------


async def _incident(case: Case, *, escalated: bool = True) -> int:
    """A public incident of Cao Xá reported by khu1 (so that every role reads it: an area
    leader as its reporter, the superior once escalated), or one of Hiền Quan."""
    reporter = case.world.users["khu1" if case.own else "hienquan_khu"]
    incident = Incident(
        unit_id=case.unit("ubnd_cao_xa", "hien_quan"),
        year=2023,
        number=1,
        code="TTSL-2023-0001",
        title="Tin sai về bồi thường",
        detected_at=utcnow(),
        reported_by_user_id=reporter,
        reported_by_name="Trưởng khu",
        reporting_unit_id=case.unit("khu_1", "hien_quan_khu_1"),
        platform="facebook",
        category="local_government",
        scope="commune",
        severity="medium",
        classification="public",
        status="new",
        escalated_at=utcnow() if escalated else None,
    )
    case.session.add(incident)
    await case.session.flush()
    case.session.add(IncidentReporter(incident_id=incident.id, user_id=reporter))
    return incident.id


async def incident_list(case: Case) -> Request:
    return Request("/api/v1/incidents?limit=200", listed_id=await _incident(case))


async def incident_summary(case: Case) -> Request:
    return Request("/api/v1/incidents/summary")


async def one_incident(case: Case) -> Request:
    return Request(f"/api/v1/incidents/{await _incident(case)}")


async def new_incident(case: Case) -> Request:
    return Request(
        "/api/v1/incidents",
        json={
            "title": "Tin sai mới",
            "detected_at": "2023-05-10T08:30:00+07:00",
            "platform": "zalo",
            "category": "fraud",
            "reporting_unit_id": case.unit("khu_1", "hien_quan_khu_1")
            if case.role == "area_leader"
            else case.unit("cong_an", "hien_quan_khu_1")
            if case.role == "member"
            else case.unit("ubnd_cao_xa", "hien_quan"),
        },
    )


async def incident_change(case: Case) -> Request:
    incident_id = await _incident(case)
    return Request(
        f"/api/v1/incidents/{incident_id}",
        json={"severity": "high"},
        version_of=(Incident, incident_id),
    )


async def incident_transition(case: Case) -> Request:
    incident_id = await _incident(case)
    return Request(
        f"/api/v1/incidents/{incident_id}/transitions",
        json={"to": "verifying", "reason": "Bắt đầu xác minh."},
        version_of=(Incident, incident_id),
    )


async def incident_escalation(case: Case) -> Request:
    incident_id = await _incident(case, escalated=False)
    return Request(
        f"/api/v1/incidents/{incident_id}/escalate",
        json={"reason": "Vượt thẩm quyền."},
        version_of=(Incident, incident_id),
    )


async def incident_acknowledgement(case: Case) -> Request:
    incident_id = await _incident(case)
    return Request(
        f"/api/v1/incidents/{incident_id}/acknowledge",
        json={"note": "Đã nắm."},
        version_of=(Incident, incident_id),
    )


async def incident_removal(case: Case) -> Request:
    incident_id = await _incident(case)
    return Request(f"/api/v1/incidents/{incident_id}", version_of=(Incident, incident_id))


async def incident_restoration(case: Case) -> Request:
    incident_id = await _incident(case)
    await case.session.execute(
        update(Incident).where(Incident.id == incident_id).values(deleted_at=utcnow())
    )
    return Request(f"/api/v1/incidents/{incident_id}/restore")


async def _evidence(case: Case) -> tuple[int, int]:
    """A photo of the incident, uploaded by its reporter, with its preview."""
    incident_id = await _incident(case)
    sha256 = file_store().keep(PDF)
    evidence = IncidentEvidence(
        incident_id=incident_id,
        filename="anh.jpg",
        content_type="image/jpeg",
        size_bytes=len(PDF),
        sha256=sha256,
        preview_sha256=sha256,
        uploaded_by_user_id=case.world.users["khu1" if case.own else "hienquan_khu"],
        uploaded_by_name="Trưởng khu",
    )
    case.session.add(evidence)
    await case.session.flush()
    return incident_id, evidence.id


async def _person(case: Case) -> tuple[int, int]:
    incident_id = await _incident(case)
    person = IncidentPerson(incident_id=incident_id, full_name="Người đăng tin", role="author")
    case.session.add(person)
    await case.session.flush()
    return incident_id, person.id


async def police_figures(case: Case) -> Request:
    return Request("/api/v1/incidents/police-figures?year=2023&quarter=3")


async def action_list(case: Case) -> Request:
    return Request(f"/api/v1/incidents/{await _incident(case)}/actions")


async def new_action(case: Case) -> Request:
    return Request(
        f"/api/v1/incidents/{await _incident(case)}/actions",
        json={"kind": "rebuttal_post", "taken_on": "2023-07-09", "result": "Đã đăng."},
    )


async def evidence_list(case: Case) -> Request:
    return Request(f"/api/v1/incidents/{await _incident(case)}/evidence")


async def evidence_upload(case: Case) -> Request:
    return Request(
        f"/api/v1/incidents/{await _incident(case)}/evidence",
        files={"file": ("bien-ban.pdf", PDF, "application/pdf")},
    )


async def evidence_download(case: Case) -> Request:
    incident_id, evidence_id = await _evidence(case)
    return Request(f"/api/v1/incidents/{incident_id}/evidence/{evidence_id}")


async def evidence_preview(case: Case) -> Request:
    incident_id, evidence_id = await _evidence(case)
    return Request(f"/api/v1/incidents/{incident_id}/evidence/{evidence_id}/preview")


async def evidence_removal(case: Case) -> Request:
    incident_id, evidence_id = await _evidence(case)
    return Request(
        f"/api/v1/incidents/{incident_id}/evidence/{evidence_id}/remove",
        json={"reason": "Tải nhầm."},
    )


async def people_list(case: Case) -> Request:
    return Request(f"/api/v1/incidents/{await _incident(case)}/people")


async def new_person(case: Case) -> Request:
    return Request(
        f"/api/v1/incidents/{await _incident(case)}/people",
        json={"full_name": "Người chia sẻ", "role": "sharer"},
    )


async def person_change(case: Case) -> Request:
    incident_id, person_id = await _person(case)
    return Request(
        f"/api/v1/incidents/{incident_id}/people/{person_id}",
        json={"decision": "reminder"},
        version_of=(IncidentPerson, person_id),
    )


async def person_removal(case: Case) -> Request:
    incident_id, person_id = await _person(case)
    return Request(
        f"/api/v1/incidents/{incident_id}/people/{person_id}",
        version_of=(IncidentPerson, person_id),
    )


# --- documents ------------------------------------------------------------------------------


def _plan_of(case: Case) -> int:
    return int(case.world.plan_id if case.own else case.world.outside_plan_id)


async def plan_copy(case: Case) -> Request:
    return Request(f"/api/v1/plans/{_plan_of(case)}/copy", json={"year": 2024})


async def plan_import(case: Case) -> Request:
    return Request(
        "/api/v1/plans/import",
        files={"file": ("ke-hoach.txt", "I. MỤC ĐÍCH\n1. Mục đích\n".encode(), "text/plain")},
    )


async def plan_from_import(case: Case) -> Request:
    """A reviewed import whose one task goes to a unit of Cao Xá, or of another commune."""
    return Request(
        "/api/v1/plans/import/draft",
        json={
            "plan": {
                "unit_id": case.world.unit_id("ubnd_cao_xa"),
                "title": "Kế hoạch",
                "year": 2026,
            },
            "sections": [{"code": "I", "title": "NHIỆM VỤ"}],
            "tasks": [
                {
                    "title": "Báo cáo quý",
                    "section_path": "I",
                    "schedule": "continuous",
                    "lead_unit_ids": [case.unit("cong_an", "hien_quan_khu_1")],
                }
            ],
        },
    )


async def document_formats(case: Case) -> Request:
    return Request("/api/v1/documents/formats")


async def plan_docx(case: Case) -> Request:
    return Request(f"/api/v1/plans/{_plan_of(case)}/document.docx")


async def plan_pdf(case: Case) -> Request:
    return Request(f"/api/v1/plans/{_plan_of(case)}/document.pdf")


# --- reporting periods and units' reports ---------------------------------------------------

FIRST_HALF_DUE = date(2023, 6, 1)
# The unit whose part each role fills in Cao Xá (the others read Công an's).
PART_OF = {"coordinator": "vhxh", "member": "cong_an", "area_leader": "khu_1"}


async def _period(case: Case) -> int:
    """Cao Xá's 6-month period (made from the demo plan's deadline), or a period of Hiền
    Quan's plan with the part of its area 1."""
    if case.own:
        return int(
            await case.session.scalar(
                select(ReportingPeriod.id).where(
                    ReportingPeriod.plan_id == case.world.plan_id,
                    ReportingPeriod.due_on == FIRST_HALF_DUE,
                )
            )
        )
    period = ReportingPeriod(
        plan_id=case.world.outside_plan_id,
        kind="semiannual",
        label="Báo cáo sơ kết 6 tháng",
        starts_on=date(2023, 1, 1),
        ends_on=date(2023, 5, 26),
        internal_due_on=date(2023, 5, 27),
        due_on=FIRST_HALF_DUE,
    )
    case.session.add(period)
    await case.session.flush()
    case.session.add(UnitReport(period_id=period.id, unit_id=case.world.unit_id("hien_quan_khu_1")))
    await case.session.flush()
    return period.id


async def _part(case: Case, status: str = "draft") -> int:
    """The role's own unit's part of the period (Công an's for roles without one), or Hiền
    Quan's area 1's; in `status`."""
    period_id = await _period(case)
    unit_id = case.unit(PART_OF.get(case.role, "cong_an"), "hien_quan_khu_1")
    report_id = int(
        await case.session.scalar(
            select(UnitReport.id).where(
                UnitReport.period_id == period_id, UnitReport.unit_id == unit_id
            )
        )
    )
    if status != "draft":
        await case.session.execute(
            update(UnitReport).where(UnitReport.id == report_id).values(status=status)
        )
    return report_id


async def period_list(case: Case) -> Request:
    return Request("/api/v1/reporting-periods?limit=200", listed_id=await _period(case))


async def one_period(case: Case) -> Request:
    return Request(f"/api/v1/reporting-periods/{await _period(case)}")


async def new_period(case: Case) -> Request:
    return Request(
        "/api/v1/reporting-periods",
        json={
            "plan_id": _plan_of(case),
            "kind": "ad_hoc",
            "label": "Báo cáo đột xuất về công tác TTĐN",
            "starts_on": "2023-01-01",
            "ends_on": "2023-08-31",
            "due_on": "2023-09-10",
        },
    )


async def period_change(case: Case) -> Request:
    period_id = await _period(case)
    return Request(
        f"/api/v1/reporting-periods/{period_id}",
        json={"label": "Báo cáo sơ kết 6 tháng đầu năm 2023"},
        version_of=(ReportingPeriod, period_id),
    )


async def period_removal(case: Case) -> Request:
    period_id = await _period(case)
    return Request(
        f"/api/v1/reporting-periods/{period_id}", version_of=(ReportingPeriod, period_id)
    )


async def period_generation(case: Case) -> Request:
    return Request(f"/api/v1/plans/{_plan_of(case)}/reporting-periods/generate")


async def part_list(case: Case) -> Request:
    return Request("/api/v1/reports?limit=200", listed_id=await _part(case))


async def unit_timeliness(case: Case) -> Request:
    return Request(f"/api/v1/reports/timeliness?plan_id={_plan_of(case)}")


async def one_part(case: Case) -> Request:
    return Request(f"/api/v1/reports/{await _part(case)}")


async def part_change(case: Case) -> Request:
    report_id = await _part(case)
    return Request(
        f"/api/v1/reports/{report_id}",
        json={"events_held": 2, "people_trained": 40},
        version_of=(UnitReport, report_id),
    )


async def part_submission(case: Case) -> Request:
    report_id = await _part(case)
    return Request(f"/api/v1/reports/{report_id}/submit", version_of=(UnitReport, report_id))


async def part_acceptance(case: Case) -> Request:
    report_id = await _part(case, "submitted")
    return Request(f"/api/v1/reports/{report_id}/accept", version_of=(UnitReport, report_id))


async def part_return(case: Case) -> Request:
    report_id = await _part(case, "submitted")
    return Request(
        f"/api/v1/reports/{report_id}/return",
        json={"comment": "Bổ sung số liệu."},
        version_of=(UnitReport, report_id),
    )


async def _commune_report(case: Case, status: str) -> int:
    """The commune's report of the period of `_period`, in `status`."""
    report = CommuneReport(
        period_id=await _period(case),
        status=status,
        title="Báo cáo sơ kết 6 tháng",
        compiled_at=utcnow(),
    )
    case.session.add(report)
    await case.session.flush()
    return report.id


async def commune_report_list(case: Case) -> Request:
    # A member, an area leader read no commune report: their own target says nothing here.
    listed = None if case.role in ("member", "area_leader") else await _commune_report(case, "sent")
    return Request("/api/v1/commune-reports?limit=200", listed_id=listed)


async def one_commune_report(case: Case) -> Request:
    return Request(f"/api/v1/commune-reports/{await _commune_report(case, 'sent')}")


async def commune_compilation(case: Case) -> Request:
    return Request(f"/api/v1/reporting-periods/{await _period(case)}/commune-report")


async def commune_report_docx(case: Case) -> Request:
    return Request(f"/api/v1/commune-reports/{await _commune_report(case, 'sent')}/document.docx")


async def commune_report_pdf(case: Case) -> Request:
    return Request(f"/api/v1/commune-reports/{await _commune_report(case, 'sent')}/document.pdf")


async def commune_report_figures(case: Case) -> Request:
    return Request(f"/api/v1/commune-reports/{await _commune_report(case, 'sent')}/figures.xlsx")


async def commune_report_change(case: Case) -> Request:
    report_id = await _commune_report(case, "draft")
    return Request(
        f"/api/v1/commune-reports/{report_id}",
        json={"proposals": "Đề nghị hỗ trợ kinh phí."},
        version_of=(CommuneReport, report_id),
    )


async def _commune_step(case: Case, status: str, step: str, json: Any = None) -> Request:
    report_id = await _commune_report(case, status)
    return Request(
        f"/api/v1/commune-reports/{report_id}/{step}",
        json=json,
        version_of=(CommuneReport, report_id),
    )


async def commune_approval(case: Case) -> Request:
    return await _commune_step(case, "draft", "approve")


async def commune_sending(case: Case) -> Request:
    return await _commune_step(case, "approved", "send")


async def commune_acceptance(case: Case) -> Request:
    return await _commune_step(case, "sent", "accept")


async def commune_return(case: Case) -> Request:
    return await _commune_step(case, "sent", "return", {"comment": "Thiếu số liệu quý II."})


# --- notifications --------------------------------------------------------------------------


async def _notification(case: Case) -> int:
    """A notification of the acting person (own; VH-XH's for an anonymous caller), or of someone
    of Hiền Quan (other)."""
    username = (ACTORS[case.role] or "vhxh") if case.own else "hienquan_vhxh"
    notification = Notification(
        user_id=case.world.users[username],
        kind="task_occurrence",
        item_key="task_occurrence:1",
        occasion="before",
        title="Sắp đến hạn 01/06/2023: Nhiệm vụ",
        link="/tasks/1",
        due_on=date(2023, 6, 1),
    )
    case.session.add(notification)
    await case.session.flush()
    return notification.id


async def notification_list(case: Case) -> Request:
    return Request("/api/v1/notifications", listed_id=await _notification(case))


async def notification_count(case: Case) -> Request:
    return Request("/api/v1/notifications/unread-count")


async def notification_read(case: Case) -> Request:
    return Request(f"/api/v1/notifications/{await _notification(case)}/read")


async def notifications_all_read(case: Case) -> Request:
    return Request("/api/v1/notifications/read")  # one's own only (tests/reminders)


async def calendar_token_status(case: Case) -> Request:
    return Request("/api/v1/me/calendar-token")


async def calendar_token_creation(case: Case) -> Request:
    return Request("/api/v1/me/calendar-token")


async def calendar_token_revocation(case: Case) -> Request:
    """One's own address (the route has no other target)."""
    token = CalendarToken(
        user_id=case.world.users[ACTORS[case.role] or "vhxh"], token_hash=case.role.ljust(64, "0")
    )
    case.session.add(token)
    await case.session.flush()
    return Request("/api/v1/me/calendar-token", version_of=(CalendarToken, token.id))


# --- the table ------------------------------------------------------------------------------


def every(own: int, other: int) -> dict[str, Expectation]:
    return {role: (own, other) for role in ROLES}


def only(roles: set[str], allowed: Expectation, refused: Expectation) -> dict[str, Expectation]:
    return {role: allowed if role in roles else refused for role in ROLES}


FORBIDDEN = (403, 403)
ADMIN = {"admin"}
USER_READERS = {"admin", "leader", "coordinator"}
ASSIGNERS = {"leader", "coordinator"}
REPORTERS = {"coordinator", "member", "area_leader"}
CONFIRMERS = {"leader", "coordinator"}
PLAN_WRITERS = {"leader", "coordinator"}
ISSUERS = {"leader"}
# Keep press records: leaders, coordinators and `press` units (no member in ACTORS is one).
PRESS_WRITERS = {"leader", "coordinator"}
CONTACT_READERS = {"admin", "leader", "coordinator", "member", "area_leader"}
INCIDENT_REPORTERS = {"leader", "coordinator", "member", "area_leader"}
# Deal with incidents: coordinators, leaders and the security unit (the member here is Công an).
INCIDENT_HANDLERS = {"leader", "coordinator", "member"}
INCIDENT_DECIDERS = {"leader", "member"}
# The people involved, and removing evidence: the security unit alone (Công an is the member).
SECURITY_UNIT = {"member"}
# Periods and the review of units' parts: the coordinator; each unit fills its own part.
REPORT_MANAGERS = {"coordinator"}
REPORT_FILLERS = {"coordinator", "member", "area_leader"}
# The commune's report: read by those who compile and approve it, and once sent by the superior.
COMMUNE_REPORT_READERS = {"admin", "leader", "coordinator", "superior"}

MATRIX: dict[str, tuple[Prepare, dict[str, Expectation]]] = {
    "GET /api/v1/me": (me, every(200, 200)),
    "POST /api/v1/me/password": (password_change, every(200, 200)),
    "GET /api/v1/units": (unit_list, every(200, 200)),
    "GET /api/v1/units/tree": (unit_tree, every(200, 200)),
    "GET /api/v1/units/{unit_id}": (one_unit, every(200, 404)),
    "POST /api/v1/units": (new_unit, only(ADMIN, (201, 422), FORBIDDEN)),
    "PATCH /api/v1/units/{unit_id}": (unit_change, only(ADMIN, (200, 404), FORBIDDEN)),
    "DELETE /api/v1/units/{unit_id}": (unit_removal, only(ADMIN, (204, 404), FORBIDDEN)),
    "POST /api/v1/units/{unit_id}/restore": (unit_restoration, only(ADMIN, (200, 404), FORBIDDEN)),
    "GET /api/v1/users": (user_list, only(USER_READERS, (200, 200), FORBIDDEN)),
    "GET /api/v1/users/{user_id}": (one_user, only(USER_READERS, (200, 404), FORBIDDEN)),
    "POST /api/v1/users": (new_user, only(ADMIN, (201, 422), FORBIDDEN)),
    "PATCH /api/v1/users/{user_id}": (user_change, only(ADMIN, (200, 404), FORBIDDEN)),
    "DELETE /api/v1/users/{user_id}": (user_removal, only(ADMIN, (204, 404), FORBIDDEN)),
    "POST /api/v1/users/{user_id}/restore": (user_restoration, only(ADMIN, (200, 404), FORBIDDEN)),
    "GET /api/v1/audit": (audit_list, only({"admin", "leader"}, (200, 200), FORBIDDEN)),
    "GET /api/v1/tasks": (task_list, every(200, 200)),
    "GET /api/v1/tasks/summary": (task_summary, every(200, 200)),
    "GET /api/v1/tasks/export": (task_export, every(200, 200)),
    "GET /api/v1/notifications": (notification_list, every(200, 200)),
    "GET /api/v1/notifications/unread-count": (notification_count, every(200, 200)),
    "POST /api/v1/notifications/{notification_id}/read": (notification_read, every(204, 404)),
    "POST /api/v1/notifications/read": (notifications_all_read, every(204, 204)),
    "GET /api/v1/me/calendar-token": (calendar_token_status, every(200, 200)),
    "POST /api/v1/me/calendar-token": (calendar_token_creation, every(201, 201)),
    "DELETE /api/v1/me/calendar-token": (calendar_token_revocation, every(204, 204)),
    "GET /api/v1/tasks/notices": (task_notices, every(200, 200)),
    "POST /api/v1/tasks/notices/read": (notices_read, every(204, 204)),
    "POST /api/v1/tasks/{task_id}/read": (task_read, every(204, 404)),
    "GET /api/v1/tasks/{task_id}": (one_task, every(200, 404)),
    "POST /api/v1/tasks": (new_task, only(ASSIGNERS, (201, 422), FORBIDDEN)),
    "PATCH /api/v1/tasks/{task_id}": (task_change, only(ASSIGNERS, (200, 404), FORBIDDEN)),
    "DELETE /api/v1/tasks/{task_id}": (task_removal, only(ASSIGNERS, (204, 404), FORBIDDEN)),
    "POST /api/v1/tasks/{task_id}/restore": (task_restoration, only(ADMIN, (200, 404), FORBIDDEN)),
    "GET /api/v1/tasks/{task_id}/updates": (update_list, every(200, 404)),
    "POST /api/v1/tasks/{task_id}/updates": (new_update, only(REPORTERS, (201, 404), FORBIDDEN)),
    "PATCH /api/v1/tasks/{task_id}/occurrences/{occurrence_id}": (
        occurrence_extension,
        only(ASSIGNERS, (200, 404), FORBIDDEN),
    ),
    "POST /api/v1/tasks/{task_id}/occurrences/{occurrence_id}/confirm": (
        completion,
        only(CONFIRMERS, (200, 404), FORBIDDEN),
    ),
    "POST /api/v1/tasks/{task_id}/occurrences/{occurrence_id}/return": (
        claim_return,
        only(CONFIRMERS, (200, 404), FORBIDDEN),
    ),
    "GET /api/v1/plans": (plan_list, every(200, 200)),
    "GET /api/v1/plans/{plan_id}": (one_plan, every(200, 404)),
    "POST /api/v1/plans": (new_plan, only(PLAN_WRITERS, (201, 422), FORBIDDEN)),
    "PATCH /api/v1/plans/{plan_id}": (plan_change, only(PLAN_WRITERS, (200, 404), FORBIDDEN)),
    "DELETE /api/v1/plans/{plan_id}": (plan_removal, only(PLAN_WRITERS, (204, 404), FORBIDDEN)),
    "POST /api/v1/plans/{plan_id}/restore": (plan_restoration, only(ADMIN, (200, 404), FORBIDDEN)),
    "POST /api/v1/plans/{plan_id}/issue": (plan_issue, only(ISSUERS, (200, 404), FORBIDDEN)),
    "POST /api/v1/plans/{plan_id}/close": (plan_closing, only(ISSUERS, (200, 404), FORBIDDEN)),
    "GET /api/v1/plans/{plan_id}/sections": (section_tree, every(200, 404)),
    "POST /api/v1/plans/{plan_id}/sections": (
        new_section,
        only(PLAN_WRITERS, (201, 404), FORBIDDEN),
    ),
    "PATCH /api/v1/plans/{plan_id}/sections/{section_id}": (
        section_change,
        only(PLAN_WRITERS, (200, 404), FORBIDDEN),
    ),
    "DELETE /api/v1/plans/{plan_id}/sections/{section_id}": (
        section_removal,
        only(PLAN_WRITERS, (204, 404), FORBIDDEN),
    ),
    "GET /api/v1/legal-references": (reference_list, every(200, 200)),
    "GET /api/v1/legal-references/{reference_id}": (one_reference, every(200, 200)),
    "POST /api/v1/legal-references": (new_reference, only(PLAN_WRITERS, (201, 201), FORBIDDEN)),
    "PATCH /api/v1/legal-references/{reference_id}": (
        reference_change,
        only(PLAN_WRITERS, (200, 403), FORBIDDEN),
    ),
    "GET /api/v1/media/outlets": (outlet_list, every(200, 200)),
    "GET /api/v1/media/outlets/{outlet_id}": (one_outlet, every(200, 200)),
    "POST /api/v1/media/outlets": (new_outlet, only(PRESS_WRITERS, (201, 201), FORBIDDEN)),
    "PATCH /api/v1/media/outlets/{outlet_id}": (
        outlet_change,
        only(PRESS_WRITERS, (200, 403), FORBIDDEN),
    ),
    "DELETE /api/v1/media/outlets/{outlet_id}": (
        outlet_removal,
        only(PRESS_WRITERS, (204, 403), FORBIDDEN),
    ),
    "POST /api/v1/media/outlets/{outlet_id}/restore": (
        outlet_restoration,
        only(ADMIN, (200, 404), FORBIDDEN),
    ),
    # The superior may use the list (it lists nothing) but sees no contact.
    "GET /api/v1/media/contacts": (contact_list, every(200, 200)),
    "GET /api/v1/media/contacts/{contact_id}": (
        one_contact,
        only(CONTACT_READERS, (200, 404), (404, 404)),
    ),
    "POST /api/v1/media/contacts": (new_contact, only(PRESS_WRITERS, (201, 422), FORBIDDEN)),
    "PATCH /api/v1/media/contacts/{contact_id}": (
        contact_change,
        only(PRESS_WRITERS, (200, 404), FORBIDDEN),
    ),
    "DELETE /api/v1/media/contacts/{contact_id}": (
        contact_removal,
        only(PRESS_WRITERS, (204, 404), FORBIDDEN),
    ),
    "POST /api/v1/media/contacts/{contact_id}/restore": (
        contact_restoration,
        only(ADMIN, (200, 404), FORBIDDEN),
    ),
    "POST /api/v1/media/contacts/{contact_id}/merge": (
        contact_merge,
        only(ADMIN, (200, 404), FORBIDDEN),
    ),
    # Every role reads the interactions within its reach (the superior: of its communes).
    "GET /api/v1/media/interactions": (interaction_list, every(200, 200)),
    "GET /api/v1/media/interactions/summary": (interaction_summary, every(200, 200)),
    # Exports hold what the lists hold (tests/media/test_exports.py).
    "GET /api/v1/media/outlets/export": (outlet_export, every(200, 200)),
    "GET /api/v1/media/contacts/export": (contact_export, every(200, 200)),
    "GET /api/v1/media/interactions/export": (interaction_export, every(200, 200)),
    "GET /api/v1/media/interactions/{interaction_id}": (one_interaction, every(200, 404)),
    "POST /api/v1/media/interactions": (
        new_interaction,
        only(PRESS_WRITERS, (201, 422), FORBIDDEN),
    ),
    "PATCH /api/v1/media/interactions/{interaction_id}": (
        interaction_change,
        only(PRESS_WRITERS, (200, 404), FORBIDDEN),
    ),
    "DELETE /api/v1/media/interactions/{interaction_id}": (
        interaction_removal,
        only(PRESS_WRITERS, (204, 404), FORBIDDEN),
    ),
    "POST /api/v1/media/interactions/{interaction_id}/restore": (
        interaction_restoration,
        only(ADMIN, (200, 404), FORBIDDEN),
    ),
    "POST /api/v1/media/interactions/{interaction_id}/follow-up": (
        follow_up_step,
        only(PRESS_WRITERS, (200, 404), FORBIDDEN),
    ),
    "POST /api/v1/media/interactions/{interaction_id}/documents": (
        document_upload,
        only(PRESS_WRITERS, (201, 404), FORBIDDEN),
    ),
    "GET /api/v1/media/interactions/{interaction_id}/documents/{document_id}": (
        document_download,
        every(200, 404),
    ),
    "DELETE /api/v1/media/interactions/{interaction_id}/documents/{document_id}": (
        document_removal,
        only(PRESS_WRITERS, (204, 404), FORBIDDEN),
    ),
    "GET /api/v1/plans/{plan_id}/document.docx": (plan_docx, every(200, 404)),
    "GET /api/v1/documents/formats": (document_formats, every(200, 200)),
    "POST /api/v1/plans/{plan_id}/copy": (plan_copy, only(PLAN_WRITERS, (201, 404), FORBIDDEN)),
    # A proposal has no target: its units are the caller's commune's (tests/imports).
    "POST /api/v1/plans/import": (plan_import, only(PLAN_WRITERS, (200, 200), FORBIDDEN)),
    # Another commune's unit cannot be given a task, and nothing is created (tests/imports).
    "POST /api/v1/plans/import/draft": (
        plan_from_import,
        only(PLAN_WRITERS, (201, 422), FORBIDDEN),
    ),
    # 501 where LibreOffice is not installed (tests/documents/test_plan_document.py).
    "GET /api/v1/plans/{plan_id}/document.pdf": (
        plan_pdf,
        every(200 if converter() else 501, 404),
    ),
    "GET /api/v1/incidents": (incident_list, every(200, 200)),
    "GET /api/v1/incidents/summary": (incident_summary, every(200, 200)),
    "GET /api/v1/incidents/{incident_id}": (one_incident, every(200, 404)),
    "POST /api/v1/incidents": (new_incident, only(INCIDENT_REPORTERS, (201, 422), FORBIDDEN)),
    "PATCH /api/v1/incidents/{incident_id}": (
        incident_change,
        only(INCIDENT_HANDLERS, (200, 404), FORBIDDEN),
    ),
    "POST /api/v1/incidents/{incident_id}/transitions": (
        incident_transition,
        only(INCIDENT_HANDLERS, (200, 404), FORBIDDEN),
    ),
    "POST /api/v1/incidents/{incident_id}/escalate": (
        incident_escalation,
        only(INCIDENT_DECIDERS, (200, 404), FORBIDDEN),
    ),
    "POST /api/v1/incidents/{incident_id}/acknowledge": (
        incident_acknowledgement,
        only({"superior"}, (200, 404), FORBIDDEN),
    ),
    "DELETE /api/v1/incidents/{incident_id}": (
        incident_removal,
        only(INCIDENT_DECIDERS, (204, 404), FORBIDDEN),
    ),
    "POST /api/v1/incidents/{incident_id}/restore": (
        incident_restoration,
        only(ADMIN | INCIDENT_DECIDERS, (200, 404), FORBIDDEN),
    ),
    "GET /api/v1/incidents/police-figures": (
        police_figures,
        only(INCIDENT_HANDLERS, (200, 200), FORBIDDEN),
    ),
    "GET /api/v1/incidents/{incident_id}/actions": (action_list, every(200, 404)),
    "POST /api/v1/incidents/{incident_id}/actions": (
        new_action,
        only(INCIDENT_HANDLERS, (201, 404), FORBIDDEN),
    ),
    "GET /api/v1/incidents/{incident_id}/evidence": (evidence_list, every(200, 404)),
    # Its reporter (khu1) and those who deal with it add evidence; the others who read it, not.
    "POST /api/v1/incidents/{incident_id}/evidence": (
        evidence_upload,
        only(INCIDENT_HANDLERS | {"area_leader"}, (201, 404), (403, 404)),
    ),
    # The original: to those who deal with it and its uploader (khu1); others see the preview.
    "GET /api/v1/incidents/{incident_id}/evidence/{evidence_id}": (
        evidence_download,
        only(INCIDENT_HANDLERS | {"area_leader"}, (200, 404), (403, 404)),
    ),
    "GET /api/v1/incidents/{incident_id}/evidence/{evidence_id}/preview": (
        evidence_preview,
        every(200, 404),
    ),
    "POST /api/v1/incidents/{incident_id}/evidence/{evidence_id}/remove": (
        evidence_removal,
        only(SECURITY_UNIT, (204, 404), FORBIDDEN),
    ),
    "GET /api/v1/incidents/{incident_id}/people": (
        people_list,
        only(SECURITY_UNIT, (200, 404), FORBIDDEN),
    ),
    "POST /api/v1/incidents/{incident_id}/people": (
        new_person,
        only(SECURITY_UNIT, (201, 404), FORBIDDEN),
    ),
    "PATCH /api/v1/incidents/{incident_id}/people/{person_id}": (
        person_change,
        only(SECURITY_UNIT, (200, 404), FORBIDDEN),
    ),
    "DELETE /api/v1/incidents/{incident_id}/people/{person_id}": (
        person_removal,
        only(SECURITY_UNIT, (204, 404), FORBIDDEN),
    ),
    # Periods are read by whoever reads the plan; a body's plan out of reach is 422.
    "GET /api/v1/reporting-periods": (period_list, every(200, 200)),
    "GET /api/v1/reporting-periods/{period_id}": (one_period, every(200, 404)),
    "POST /api/v1/reporting-periods": (new_period, only(REPORT_MANAGERS, (201, 422), FORBIDDEN)),
    "PATCH /api/v1/reporting-periods/{period_id}": (
        period_change,
        only(REPORT_MANAGERS, (200, 404), FORBIDDEN),
    ),
    "DELETE /api/v1/reporting-periods/{period_id}": (
        period_removal,
        only(REPORT_MANAGERS, (204, 404), FORBIDDEN),
    ),
    "POST /api/v1/plans/{plan_id}/reporting-periods/generate": (
        period_generation,
        only(REPORT_MANAGERS, (200, 404), FORBIDDEN),
    ),
    # A member, an area leader read their own unit's part only (tests/reports).
    "GET /api/v1/reports": (part_list, every(200, 200)),
    "GET /api/v1/reports/{report_id}": (one_part, every(200, 404)),
    # Another commune's plan: its units are out of reach, the answer is empty (tests/reports).
    "GET /api/v1/reports/timeliness": (unit_timeliness, every(200, 200)),
    "PATCH /api/v1/reports/{report_id}": (part_change, only(REPORT_FILLERS, (200, 404), FORBIDDEN)),
    "POST /api/v1/reports/{report_id}/submit": (
        part_submission,
        only(REPORT_FILLERS, (200, 404), FORBIDDEN),
    ),
    "POST /api/v1/reports/{report_id}/accept": (
        part_acceptance,
        only(REPORT_MANAGERS, (200, 404), FORBIDDEN),
    ),
    "POST /api/v1/reports/{report_id}/return": (
        part_return,
        only(REPORT_MANAGERS, (200, 404), FORBIDDEN),
    ),
    "GET /api/v1/commune-reports": (commune_report_list, every(200, 200)),
    "GET /api/v1/commune-reports/{report_id}": (
        one_commune_report,
        only(COMMUNE_REPORT_READERS, (200, 404), (404, 404)),
    ),
    # Its documents: read as the report is (a draft stays in the commune: tests/reports).
    "GET /api/v1/commune-reports/{report_id}/document.docx": (
        commune_report_docx,
        only(COMMUNE_REPORT_READERS, (200, 404), (404, 404)),
    ),
    "GET /api/v1/commune-reports/{report_id}/document.pdf": (
        commune_report_pdf,
        only(COMMUNE_REPORT_READERS, (200 if converter() else 501, 404), (404, 404)),
    ),
    "GET /api/v1/commune-reports/{report_id}/figures.xlsx": (
        commune_report_figures,
        only(COMMUNE_REPORT_READERS, (200, 404), (404, 404)),
    ),
    "POST /api/v1/reporting-periods/{period_id}/commune-report": (
        commune_compilation,
        only(REPORT_MANAGERS, (201, 404), FORBIDDEN),
    ),
    "PATCH /api/v1/commune-reports/{report_id}": (
        commune_report_change,
        only(REPORT_MANAGERS, (200, 404), FORBIDDEN),
    ),
    "POST /api/v1/commune-reports/{report_id}/approve": (
        commune_approval,
        only({"leader"}, (200, 404), FORBIDDEN),
    ),
    "POST /api/v1/commune-reports/{report_id}/send": (
        commune_sending,
        only({"leader", "coordinator"}, (200, 404), FORBIDDEN),
    ),
    "POST /api/v1/commune-reports/{report_id}/accept": (
        commune_acceptance,
        only({"superior"}, (200, 404), FORBIDDEN),
    ),
    "POST /api/v1/commune-reports/{report_id}/return": (
        commune_return,
        only({"superior"}, (200, 404), FORBIDDEN),
    ),
}

ROWS = [
    (route, role, target, expected[role][0 if target == OWN else 1] if role in expected else 401)
    for route, (_, expected) in MATRIX.items()
    for role in ACTORS
    for target in (OWN, OTHER)
]


def test_every_route_has_rows(app: Any) -> None:
    routes = {
        f"{method.upper()} {path}"
        for path, operations in app.openapi()["paths"].items()
        for method in operations
    }
    assert routes - PUBLIC_ROUTES == set(MATRIX), "every API route needs rows in MATRIX"


def test_the_table_covers_every_role_and_both_targets() -> None:
    assert len(ROWS) == len(MATRIX) * len(ACTORS) * 2


@pytest.mark.parametrize(("route", "role", "target", "expected"), ROWS)
async def test_route_answers_per_role_and_reach(
    route: str,
    role: str,
    target: str,
    expected: int,
    client: Any,
    world: Any,
    sessionmaker: async_sessionmaker[AsyncSession],
) -> None:
    method = route.partition(" ")[0]
    prepare, _ = MATRIX[route]
    async with sessionmaker() as session, session.begin():
        request = await prepare(Case(world, session, target, role))
        headers = world.auth(ACTORS[role]) if ACTORS[role] else {}
        if request.version_of is not None:
            model, row_id = request.version_of
            version = await session.scalar(select(model.version).where(model.id == row_id))
            headers["If-Match"] = f'"{version}"'
    response = await client.request(
        method, request.path, json=request.json, files=request.files, headers=headers
    )

    assert response.status_code == expected, response.text
    if response.status_code >= 400:
        assert response.headers["content-type"].startswith("application/problem+json")
    if request.listed_id is not None and response.status_code == 200:
        listed = _ids(response.json())
        assert (request.listed_id in listed) is (target == OWN)


def _ids(body: Any) -> set[int]:
    """Ids in a page (`items`) or a tree (`children`, recursively)."""
    nodes = body["items"] if isinstance(body, dict) else body
    found: set[int] = set()
    for node in nodes:
        found.add(node["id"])
        found |= _ids(node.get("children", []))
    return found
