"""A person's calendar (ICS, RFC 5545) for a phone to subscribe to: an all-day event on the due
date of each occurrence of the tasks its units lead, and on each reporting deadline of the
issued plans of the units it belongs to (its commune's, its district's). Each event's UID is
stable (`task-occurrence-12@ttdn`), so an extended due date moves the event instead of adding
one.

The feed is read without a login, so it asks the same rules as the API: only tasks the person
lists (`tasks:read`, `tasks.status.task_view_for`) and plans it reads (`plans:read`) appear."""

from datetime import date, timedelta

from icalendar import Calendar, Event
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from ttdn.accounts.models import User
from ttdn.accounts.service import load_principal
from ttdn.core.authz import Principal, visible
from ttdn.core.db import utcnow
from ttdn.core.errors import NotFound
from ttdn.plans.models import Plan, PlanStatus, ReportingDeadline
from ttdn.tasks.models import Task, TaskOccurrence, TaskState
from ttdn.tasks.status import task_view_for
from ttdn.units.models import Unit
from ttdn.units.service import ancestor_paths

PRODUCT_ID = "-//TTĐN//Kế hoạch thông tin đối ngoại//VI"
UID_DOMAIN = "ttdn"
# How often a subscribing calendar should fetch the feed again.
REFRESH_INTERVAL = timedelta(hours=6)


def _event(uid: str, day: date, summary: str, description: str, url: str) -> Event:
    event = Event()
    event.add("uid", f"{uid}@{UID_DOMAIN}")
    event.add("dtstamp", utcnow())
    event.add("dtstart", day)
    event.add("dtend", day + timedelta(days=1))
    event.add("summary", summary)
    event.add("description", description)
    event.add("url", url)
    event.add("transp", "TRANSPARENT")  # a due date does not make the person busy
    return event


async def _occurrence_events(
    session: AsyncSession, principal: Principal, base_url: str
) -> list[Event]:
    """The occurrences its units lead, of the tasks it lists, of plans in force."""
    view, bound = task_view_for(principal)
    listed = view.tasks.with_only_columns(Task.id)
    unit_ids = {grant.unit_id for grant in principal.grants}
    rows = await session.execute(
        select(
            TaskOccurrence.id,
            TaskOccurrence.due_on,
            TaskOccurrence.label,
            TaskOccurrence.completed_on,
            Task.id,
            Task.title,
            Unit.name,
        )
        .join(Task, Task.id == TaskOccurrence.task_id)
        .join(Plan, Plan.id == Task.plan_id)
        .join(Unit, Unit.id == TaskOccurrence.unit_id)
        .where(
            TaskOccurrence.unit_id.in_(unit_ids),
            Task.id.in_(listed),
            Task.state != TaskState.cancelled.value,
            Plan.status == PlanStatus.issued.value,
            Plan.deleted_at.is_(None),
        )
        .order_by(TaskOccurrence.due_on, TaskOccurrence.id),
        bound,
    )
    events = []
    for occurrence_id, due_on, label, completed_on, task_id, title, unit_name in rows:
        done = f"Đã hoàn thành ngày {completed_on:%d/%m/%Y}. " if completed_on else ""
        events.append(
            _event(
                f"task-occurrence-{occurrence_id}",
                due_on,
                f"Hạn nhiệm vụ: {title}",
                f"{done}{label} — {unit_name} chủ trì.",
                f"{base_url}/tasks/{task_id}",
            )
        )
    return events


def _plan_name(plan: Plan) -> str:
    return f"{plan.number_symbol} «{plan.title}»" if plan.number_symbol else f"«{plan.title}»"


async def _deadline_events(
    session: AsyncSession, principal: Principal, base_url: str
) -> list[Event]:
    """The deadlines of the issued plans of its units and the units above them that it reads."""
    reaching = {path for grant in principal.grants for path in ancestor_paths(grant.unit_path)}
    rows = await session.execute(
        select(ReportingDeadline.id, ReportingDeadline.due_on, ReportingDeadline.label, Plan)
        .join(Plan, Plan.id == ReportingDeadline.plan_id)
        .join(Unit, Unit.id == Plan.unit_id)
        .where(
            Unit.path.in_(reaching),
            visible(principal, "plans:read", Unit.path),
            Plan.status == PlanStatus.issued.value,
            Plan.deleted_at.is_(None),
        )
        .order_by(ReportingDeadline.due_on, ReportingDeadline.id)
    )
    return [
        _event(
            f"reporting-deadline-{deadline_id}",
            due_on,
            f"Hạn báo cáo: {label}",
            f"{label} theo kế hoạch {_plan_name(plan)}.",
            f"{base_url}/plans/{plan.id}",
        )
        for deadline_id, due_on, label, plan in rows
    ]


async def calendar_of(session: AsyncSession, user: User, base_url: str) -> bytes:
    """The ICS text of `user`'s calendar; links point into the app at `base_url`. 404 for a
    person who can no longer act, like a revoked address."""
    principal = await load_principal(session, user.id)
    if principal is None:
        raise NotFound("Không có lịch ở địa chỉ này.")
    calendar = Calendar()
    calendar.add("prodid", PRODUCT_ID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", f"TTĐN — {user.full_name}")
    calendar.add("x-wr-timezone", "Asia/Ho_Chi_Minh")
    calendar.add("refresh-interval", REFRESH_INTERVAL, parameters={"VALUE": "DURATION"})
    calendar.add("x-published-ttl", "PT6H")
    for event in await _occurrence_events(session, principal, base_url):
        calendar.add_component(event)
    for event in await _deadline_events(session, principal, base_url):
        calendar.add_component(event)
    return bytes(calendar.to_ical())
