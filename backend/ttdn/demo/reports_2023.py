"""The reporting cycle of 2023 as the demo's accounts went through it (seed plan III.9: 6-month
results before 01/6, yearly results before 01/11, the police every quarter).

The plan's two periods are made from its deadlines when its tasks are assigned; the police's
four quarters are made by hand, Công an xã alone reporting in them. Then, for the 6-month
period (the units' parts due 27/5/2023), most units fill in and submit their part, Địa chính a
day late; the coordinator accepts most of them and returns Khu dân cư số 3's part with a
comment, which the area has not yet sent again; Khu 6 has not submitted. The commune's report
is still to be compiled. Of the police's quarters, the first three are submitted (the third a
day late) and the first two accepted.
"""

from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from ttdn.core.authz import Principal
from ttdn.demo.progress_2023 import day, moment
from ttdn.demo.timeline import TimedAction
from ttdn.reports.generation import generate_periods
from ttdn.reports.models import PeriodKind, ReportingPeriod, UnitReport
from ttdn.reports.periods import create_period
from ttdn.reports.schemas import ReportingPeriodCreate, UnitReportUpdate
from ttdn.reports.unit_reports import update_report
from ttdn.reports.workflow import accept_report, return_report, submit_report

Acting = Callable[[str], Awaitable[Principal]]
COORDINATOR = "vhxh"
FIRST_HALF_DUE = date(2023, 6, 1)
QUARTER_NAMES = ("I", "II", "III", "IV")
QUARTER_ENDS = ("31/03/2023", "30/06/2023", "30/09/2023", "31/12/2023")


async def seed_reporting_periods(
    session: AsyncSession, coordinator: Principal, plan_id: int, police_unit_id: int
) -> list[ReportingPeriod]:
    """The plan's periods from its deadlines, and the police's four quarters."""
    periods = await generate_periods(session, coordinator, plan_id)
    for name, end in zip(QUARTER_NAMES, QUARTER_ENDS, strict=True):
        ends_on = day(end)
        quarter_start = date(ends_on.year, ends_on.month - 2, 1)
        periods.append(
            await create_period(
                session,
                coordinator,
                ReportingPeriodCreate(
                    plan_id=plan_id,
                    kind=PeriodKind.quarterly,
                    label=f"Báo cáo quý {name} năm 2023 về xử lý thông tin sai sự thật",
                    starts_on=quarter_start,
                    ends_on=ends_on,
                    internal_due_on=date.fromordinal(ends_on.toordinal() + 5),
                    due_on=date.fromordinal(ends_on.toordinal() + 10),
                    reporting_unit_id=police_unit_id,
                ),
            )
        )
    return periods


@dataclass(frozen=True)
class DemoPart:
    """One unit's part: entered by `username` and submitted at `submitted_at`; then accepted,
    or returned with `returned` (when, comment), by the coordinator at `reviewed_at`."""

    unit_key: str
    username: str
    submitted_at: str
    figures: tuple[int, int, int, int, int]  # news aired, web posts, events, trained, đồng
    difficulties: str = ""
    reviewed_at: str | None = None
    returned: str | None = None  # the return's comment; accepted when None


FIRST_HALF_PARTS: tuple[DemoPart, ...] = (
    DemoPart("vhxh", "vhxh", "24/05/2023 16:00", (0, 6, 3, 120, 4_500_000), "", "29/05/2023 08:30"),
    DemoPart("van_phong", "vanphong", "25/05/2023 10:00", (0, 14, 1, 0, 0), "", "29/05/2023 08:40"),
    DemoPart("tai_chinh", "taichinh", "26/05/2023 09:15", (0, 2, 0, 0, 0), "", "29/05/2023 08:50"),
    DemoPart(
        "dia_chinh",
        "diachinh",
        "28/05/2023 14:00",  # a day after the units' due date: late
        (0, 1, 1, 35, 0),
        "Nhân lực mỏng, kiêm nhiệm nhiều việc.",
        "29/05/2023 09:00",
    ),
    DemoPart(
        "dai_truyen_thanh",
        "daitruyenthanh",
        "25/05/2023 15:30",
        (96, 18, 0, 0, 3_200_000),
        "Hệ thống loa ở khu 4, khu 5 xuống cấp.",
        "29/05/2023 09:10",
    ),
    DemoPart("doan_the", "doanthe", "26/05/2023 11:00", (0, 0, 4, 260, 2_000_000), "", None),
    DemoPart("cong_an", "congan", "27/05/2023 08:00", (0, 0, 2, 80, 0), "", "29/05/2023 09:20"),
    DemoPart("khu_1", "khu1", "26/05/2023 19:30", (0, 0, 2, 95, 0), "", "29/05/2023 09:30"),
    DemoPart("khu_2", "khu2", "27/05/2023 07:45", (0, 0, 1, 60, 0), "", "29/05/2023 09:35"),
    DemoPart(
        "khu_3",
        "khu3",
        "27/05/2023 20:10",
        (0, 0, 1, 0, 0),
        "",
        "29/05/2023 09:40",
        returned="Chưa ghi số người dự buổi tuyên truyền ngày 12/5; đề nghị bổ sung và nộp lại.",
    ),
    DemoPart("khu_4", "khu4", "25/05/2023 18:00", (0, 0, 1, 70, 0), "", None),
    DemoPart("khu_5", "khu5", "26/05/2023 17:20", (0, 0, 1, 55, 0), "", None),
    # Khu 6 has not submitted its part.
)
# The police's quarters: (quarter, submitted at, accepted at or None).
POLICE_QUARTERS: tuple[tuple[int, str, str | None], ...] = (
    (0, "04/04/2023 10:00", "06/04/2023 08:30"),
    (1, "04/07/2023 15:00", "07/07/2023 09:00"),
    (2, "06/10/2023 09:00", None),  # due 05/10: a day late, not yet accepted
)


async def _part(session: AsyncSession, period_id: int, unit_id: int) -> UnitReport:
    report = await session.scalar(
        select(UnitReport).where(UnitReport.period_id == period_id, UnitReport.unit_id == unit_id)
    )
    if report is None:
        raise RuntimeError(f"period {period_id} has no part of unit {unit_id}")
    return report


def report_actions(
    session: AsyncSession, acting: Acting, plan_id: int, unit_ids: Mapping[str, int]
) -> list[TimedAction]:
    """The year's reporting as timed actions for the demo's timeline."""

    async def period_id(kind: PeriodKind, quarter: int = 0) -> int:
        statement = select(ReportingPeriod.id).where(
            ReportingPeriod.plan_id == plan_id, ReportingPeriod.kind == kind
        )
        if kind is PeriodKind.semiannual:
            statement = statement.where(ReportingPeriod.due_on == FIRST_HALF_DUE)
        else:
            statement = statement.where(ReportingPeriod.ends_on == day(QUARTER_ENDS[quarter]))
        found = await session.scalar(statement)
        if found is None:
            raise RuntimeError(f"the demo plan has no {kind} period")
        return found

    def submitting(kind: PeriodKind, quarter: int, part: DemoPart) -> TimedAction:
        async def act() -> None:
            principal = await acting(part.username)
            report = await _part(session, await period_id(kind, quarter), unit_ids[part.unit_key])
            news, posts, events, trained, spent = part.figures
            filled = UnitReportUpdate(
                news_items_aired=news,
                website_posts=posts,
                events_held=events,
                people_trained=trained,
                budget_spent=spent,
                difficulties=part.difficulties,
            )
            await update_report(session, principal, report.id, filled, report.version)
            await submit_report(session, principal, report.id, report.version)

        return moment(part.submitted_at), act

    def reviewing(kind: PeriodKind, quarter: int, part: DemoPart, at: str) -> TimedAction:
        async def act() -> None:
            principal = await acting(COORDINATOR)
            report = await _part(session, await period_id(kind, quarter), unit_ids[part.unit_key])
            if part.returned is not None:
                await return_report(session, principal, report.id, report.version, part.returned)
            else:
                await accept_report(session, principal, report.id, report.version)

        return moment(at), act

    actions: list[TimedAction] = []
    for part in FIRST_HALF_PARTS:
        actions.append(submitting(PeriodKind.semiannual, 0, part))
        if part.reviewed_at is not None:
            actions.append(reviewing(PeriodKind.semiannual, 0, part, part.reviewed_at))
    for quarter, submitted_at, accepted_at in POLICE_QUARTERS:
        police = DemoPart("cong_an", "congan", submitted_at, (0, 0, 0, 0, 0), "", accepted_at)
        actions.append(submitting(PeriodKind.quarterly, quarter, police))
        if accepted_at is not None:
            actions.append(reviewing(PeriodKind.quarterly, quarter, police, accepted_at))
    return actions
