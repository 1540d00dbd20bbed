"""Periods made from a plan's reporting deadlines: when the plan is issued, and on demand.

Generating is idempotent: a deadline that already has its period (by the deadline, or a period
of the same kind due the same day for every unit) gets no second one; what it adds besides are
the draft parts of units given a task since a period was made.

A deadline `due_on` makes the period due to the superior that day, due from the units
`TTDN_REPORT_UNIT_LEAD_DAYS` days before (`internal_due_on`), covering the work from the start
of the plan's year (of the quarter, for a quarterly deadline) up to the day before the units'
due date (the cut-off, `ends_on`)."""

from collections.abc import Sequence
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import joinedload, selectinload

from ttdn.core.authz import Principal
from ttdn.plans.models import Plan, ReportingDeadline
from ttdn.reports.models import PeriodKind, ReportingPeriod, period_kind_of
from ttdn.reports.parts import add_unit_reports
from ttdn.reports.periods import days_before, internal_due_for, managed_plan, record_period


def period_dates(kind: PeriodKind, due_on: date, year: int) -> tuple[date, date, date]:
    """(starts_on, ends_on, internal_due_on) of a period of `kind` due to the superior on
    `due_on` in a plan of `year`."""
    internal_due_on = internal_due_for(due_on)
    ends_on = days_before(internal_due_on, timedelta(days=1))
    if kind is PeriodKind.quarterly:
        starts_on = date(ends_on.year, 3 * ((ends_on.month - 1) // 3) + 1, 1)
    else:
        starts_on = date(year, 1, 1)
    return starts_on, max(ends_on, starts_on), internal_due_on


def period_for_deadline(plan: Plan, deadline: ReportingDeadline) -> ReportingPeriod:
    """The period a reporting deadline of the plan stands for (not yet added)."""
    kind = period_kind_of(deadline.kind)
    starts_on, ends_on, internal_due_on = period_dates(kind, deadline.due_on, plan.year)
    return ReportingPeriod(
        plan_id=plan.id,
        deadline_id=deadline.id,
        kind=kind,
        label=deadline.label,
        starts_on=starts_on,
        ends_on=ends_on,
        internal_due_on=internal_due_on,
        due_on=deadline.due_on,
    )


def _already_made(deadline: ReportingDeadline, periods: Sequence[ReportingPeriod]) -> bool:
    kind = period_kind_of(deadline.kind)
    return any(
        period.deadline_id == deadline.id
        or (
            period.reporting_unit_id is None
            and period.kind == kind
            and period.due_on == deadline.due_on
        )
        for period in periods
    )


async def periods_of_plan(session: AsyncSession, plan_id: int) -> list[ReportingPeriod]:
    statement = (
        select(ReportingPeriod)
        .where(ReportingPeriod.plan_id == plan_id)
        .order_by(ReportingPeriod.due_on, ReportingPeriod.id)
    )
    return list((await session.scalars(statement)).all())


async def _one_generation_at_a_time(session: AsyncSession, plan_id: int) -> None:
    """Generations for one plan wait for each other (the plan's row locked until commit), so
    that two at once (the plan issued while the coordinator generates, two clicks) see each
    other's periods and make each period once. SQLite has one writer at a time anyway."""
    await session.execute(select(Plan.id).where(Plan.id == plan_id).with_for_update(key_share=True))


async def generate_for_plan(
    session: AsyncSession, actor: Principal | None, plan_id: int
) -> list[ReportingPeriod]:
    """Add the periods the plan's deadlines lack and the parts its periods lack; every period
    of the plan, earliest due first. The caller has decided that `actor` may (issuing the plan
    does, through `plans:issue`)."""
    await _one_generation_at_a_time(session, plan_id)
    plan = await session.scalar(
        select(Plan)
        .where(Plan.id == plan_id)
        .options(joinedload(Plan.unit), selectinload(Plan.reporting_deadlines))
    )
    if plan is None:
        return []
    periods = await periods_of_plan(session, plan.id)
    for deadline in plan.reporting_deadlines:
        if _already_made(deadline, periods):
            continue
        period = period_for_deadline(plan, deadline)
        session.add(period)
        await session.flush()
        await record_period(session, actor, "reports.periods.create", period, plan.unit.path)
        periods.append(period)
    for period in periods:
        await add_unit_reports(session, period)
    return sorted(periods, key=lambda period: (period.due_on, period.id))


async def generate_periods(
    session: AsyncSession, principal: Principal, plan_id: int
) -> list[ReportingPeriod]:
    """`generate_for_plan` on demand: 404 when the plan is unseen, 403 without
    `reports:manage` over its issuing unit."""
    await managed_plan(session, principal, plan_id)
    return await generate_for_plan(session, principal, plan_id)
