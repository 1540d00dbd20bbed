"""Reporting periods of a plan: read by whoever reads the plan, managed by the commune's
coordinator (`reports:manage` over the plan's issuing unit).

A period is deleted only while none of its units' parts was ever submitted; its parts go
with it."""

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import Select, exists, select
from sqlalchemy.ext.asyncio import AsyncSession

from ttdn.audit.service import record
from ttdn.core.authz import Principal, ensure_reaches, visible
from ttdn.core.config import get_settings
from ttdn.core.errors import Conflict, Invalid, NotFound
from ttdn.core.pagination import Fetched, Listing, ListParams, fetch_page
from ttdn.core.versioning import check_version
from ttdn.plans.models import Plan
from ttdn.plans.reading import get_plan
from ttdn.reports.models import PeriodKind, ReportingPeriod, UnitReport, UnitReportStatus
from ttdn.reports.parts import add_unit_reports
from ttdn.reports.schemas import (
    ReportingPeriodCreate,
    ReportingPeriodRead,
    ReportingPeriodUpdate,
    check_period_dates,
)
from ttdn.units.models import Unit

PERIOD_LISTING = Listing(
    sortable={
        "due_on": ReportingPeriod.due_on,
        "internal_due_on": ReportingPeriod.internal_due_on,
        "starts_on": ReportingPeriod.starts_on,
        "kind": ReportingPeriod.kind,
        "updated_at": ReportingPeriod.updated_at,
    },
    default_sort=["due_on"],
    tiebreaker=ReportingPeriod.id,
    search_column=None,
    updated_column=ReportingPeriod.updated_at,
)


@dataclass(frozen=True)
class PeriodFilters:
    plan_id: int | None = None
    kind: PeriodKind | None = None
    year: int | None = None  # the plan's year


def unit_lead_days() -> timedelta:
    return timedelta(days=get_settings().report_unit_lead_days)


def days_before(day: date, days: timedelta) -> date:
    """`days` before `day`, or the first day there is (a plan's deadline may be any date)."""
    return day - days if day.toordinal() > days.days else date.min


def internal_due_for(due_on: date) -> date:
    """The units' due date for a report due to the superior on `due_on`."""
    return days_before(due_on, unit_lead_days())


def visible_periods(principal: Principal) -> Select[Any]:
    """Periods of plans (not deleted) the caller reads, by the plan's issuing unit."""
    return (
        select(ReportingPeriod)
        .join(Plan, Plan.id == ReportingPeriod.plan_id)
        .join(Unit, Unit.id == Plan.unit_id)
        .where(Plan.deleted_at.is_(None), visible(principal, "plans:read", Unit.path))
    )


async def list_periods(
    session: AsyncSession, principal: Principal, params: ListParams, filters: PeriodFilters
) -> Fetched:
    """Visible periods, earliest due first by default, filtered and paged in one statement."""
    statement = visible_periods(principal)
    if filters.plan_id is not None:
        statement = statement.where(ReportingPeriod.plan_id == filters.plan_id)
    if filters.kind is not None:
        statement = statement.where(ReportingPeriod.kind == filters.kind)
    if filters.year is not None:
        statement = statement.where(Plan.year == filters.year)
    return await fetch_page(session, statement, params, PERIOD_LISTING)


async def get_period(
    session: AsyncSession, principal: Principal, period_id: int
) -> ReportingPeriod:
    """The period if the caller reads its plan; `NotFound` otherwise."""
    period = await session.scalar(visible_periods(principal).where(ReportingPeriod.id == period_id))
    if period is None:
        raise NotFound("Không tìm thấy kỳ báo cáo.")
    return period


async def managed_plan(session: AsyncSession, principal: Principal, plan_id: int) -> Plan:
    """The plan (404 when unseen) whose periods the caller manages (403 otherwise)."""
    plan = await get_plan(session, principal, plan_id)
    ensure_reaches(principal, "reports:manage", [plan.unit.path])
    return plan


async def _check_reporting_unit(session: AsyncSession, plan: Plan, unit_id: int | None) -> None:
    """The one reporting unit, when named, must be a unit of the plan's commune (422)."""
    if unit_id is None:
        return
    path = await session.scalar(
        select(Unit.path).where(Unit.id == unit_id, Unit.deleted_at.is_(None))
    )
    if path is None or not path.startswith(plan.unit.path):
        raise Invalid(
            "Đơn vị báo cáo phải là đơn vị của xã ban hành kế hoạch.",
            loc=["body", "reporting_unit_id"],
        )


def snapshot(period: ReportingPeriod) -> dict[str, Any]:
    return ReportingPeriodRead.model_validate(period).model_dump(mode="json")


async def record_period(
    session: AsyncSession,
    principal: Principal | None,
    action: str,
    period: ReportingPeriod,
    unit_path: str,
    before: dict[str, Any] | None = None,
    *,
    deleted: bool = False,
) -> None:
    """One audit event about a period, filed under the plan's issuing unit."""
    await record(
        session,
        action,
        actor=principal,
        unit_path=unit_path,
        object_type="reporting_period",
        object_id=period.id,
        before=before,
        after=None if deleted else snapshot(period),
    )


async def create_period(
    session: AsyncSession, principal: Principal, data: ReportingPeriodCreate
) -> ReportingPeriod:
    """A period made by hand (an ad hoc report, the police's quarters), with a draft part for
    each unit that reports in it. 422 when the plan is out of sight or the unit is not of the
    plan's commune; 403 without `reports:manage` over the plan's unit."""
    try:
        plan = await managed_plan(session, principal, data.plan_id)
    except NotFound as error:
        raise Invalid("Không tìm thấy kế hoạch.", loc=["body", "plan_id"]) from error
    await _check_reporting_unit(session, plan, data.reporting_unit_id)
    values = data.model_dump()
    if values["internal_due_on"] is None:
        values["internal_due_on"] = internal_due_for(data.due_on)
    period = ReportingPeriod(**values)
    session.add(period)
    await session.flush()
    await add_unit_reports(session, period)
    await record_period(session, principal, "reports.periods.create", period, plan.unit.path)
    return period


async def _period_for_change(
    session: AsyncSession, principal: Principal, period_id: int, expected_version: int
) -> tuple[ReportingPeriod, Plan]:
    period = await get_period(session, principal, period_id)
    plan = await managed_plan(session, principal, period.plan_id)
    check_version(period.version, expected_version)
    return period, plan


async def update_period(
    session: AsyncSession,
    principal: Principal,
    period_id: int,
    data: ReportingPeriodUpdate,
    expected_version: int,
) -> ReportingPeriod:
    """Change a period's label or dates (the dates stay in order: 422); 412 when stale."""
    period, plan = await _period_for_change(session, principal, period_id, expected_version)
    changes = data.model_dump(exclude_unset=True)
    for name, value in changes.items():
        if value is None:
            raise Invalid("Không được để trống.", loc=["body", name])
    dates = ("starts_on", "ends_on", "internal_due_on", "due_on")
    try:
        check_period_dates(*(changes.get(name, getattr(period, name)) for name in dates))
    except ValueError as error:
        raise Invalid(str(error), loc=["body"]) from error
    before = snapshot(period)
    for name, value in changes.items():
        setattr(period, name, value)
    await session.flush()
    await record_period(
        session, principal, "reports.periods.update", period, plan.unit.path, before
    )
    return period


async def delete_period(
    session: AsyncSession, principal: Principal, period_id: int, expected_version: int
) -> None:
    """Delete a period and its units' parts; 409 once any part was submitted."""
    period, plan = await _period_for_change(session, principal, period_id, expected_version)
    submitted = await session.scalar(
        select(
            exists().where(
                UnitReport.period_id == period.id,
                UnitReport.status != UnitReportStatus.draft,
            )
        )
    )
    if submitted:
        raise Conflict("Kỳ báo cáo đã có đơn vị nộp báo cáo, không xóa được.")
    before = snapshot(period)
    await session.delete(period)
    await session.flush()
    await record_period(
        session, principal, "reports.periods.delete", period, plan.unit.path, before
    )
