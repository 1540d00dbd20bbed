"""The figures of a commune's report as a spreadsheet: the sheet "Số liệu" with a row per unit's
part the report took in (the parts accepted when it was compiled, as `unit_reports` holds them)
and the report's totals; the sheet "Nhiệm vụ" with the task status table by unit, as compiled.
Read as the caller may read the report and the parts."""

from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from ttdn.core.authz import Principal
from ttdn.core.exports import Column, Sheet, workbook
from ttdn.reports.commune import (
    FIGURE_LABELS,
    FIGURES,
    TOTAL,
    file_stem,
    get_commune_report,
    task_statuses_of,
)
from ttdn.reports.commune_schemas import UnitTaskStatuses
from ttdn.reports.models import UnitReport, UnitReportStatus
from ttdn.reports.unit_reports import ENTERED, ReportRow, visible_reports
from ttdn.tasks.exports import STATUS_WORDS
from ttdn.tasks.models import TaskStatus
from ttdn.units.models import Unit

FigureRow = dict[str, Any]  # "unit" and each figure


def _figure(name: str) -> Column[FigureRow]:
    return Column(FIGURE_LABELS[name], lambda row: row.get(name), 18)


def _status(status: TaskStatus) -> Column[UnitTaskStatuses]:
    return Column(STATUS_WORDS[status], lambda row: row.counts.get(status, 0), 14)


FIGURE_COLUMNS: list[Column[FigureRow]] = [
    Column("Đơn vị", lambda row: row["unit"], 36),
    *(_figure(name) for name in FIGURES),
]
STATUS_COLUMNS: list[Column[UnitTaskStatuses]] = [
    Column("Đơn vị", lambda row: row.unit_name, 36),
    Column("Tổng", lambda row: row.total, 10),
    *(_status(status) for status in TaskStatus),
]


def _part_figures(row: ReportRow) -> FigureRow:
    entered = {name: getattr(row.report, name) for name in ENTERED}
    counted = {
        "press_interactions": row.press_interactions,
        "incidents_handled": row.incidents_handled,
    }
    return {"unit": row.unit_name, **entered, **counted}


async def figures_workbook(
    session: AsyncSession, principal: Principal, report_id: int
) -> tuple[bytes, str]:
    """The XLSX of a commune report the caller reads, and its file name
    (`so-lieu-bao-cao-12-BC-UBND.xlsx`); `NotFound` as reading the report."""
    report = (await get_commune_report(session, principal, report_id)).report
    accepted = UnitReportStatus.accepted
    taken = [part["unit_id"] for part in report.parts if part["status"] == accepted]
    parts = await session.execute(
        visible_reports(principal)
        .where(UnitReport.period_id == report.period_id, UnitReport.unit_id.in_(taken))
        .order_by(Unit.name_sort_key, Unit.id)
    )
    table, total = task_statuses_of(report)
    data = workbook(
        Sheet(
            "Số liệu",
            FIGURE_COLUMNS,
            [_part_figures(ReportRow(*part)) for part in parts],
            total={"unit": TOTAL, **report.figures},
        ),
        Sheet("Nhiệm vụ", STATUS_COLUMNS, table, total=total),
    )
    return data, f"so-lieu-{file_stem(report)}.xlsx"
