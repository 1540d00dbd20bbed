"""A task's schedule expanded into dated occurrences within the plan's year."""

import calendar
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from ttdn.tasks.models import Frequency, Schedule

ROMAN_QUARTERS = ("I", "II", "III", "IV")


@dataclass(frozen=True)
class Due:
    due_on: date
    label: str


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _periods(frequency: Frequency, year: int) -> list[Due]:
    """Each period of the year, due on its last day."""
    if frequency is Frequency.monthly:
        return [Due(_month_end(year, m), f"Tháng {m}/{year}") for m in range(1, 13)]
    if frequency is Frequency.quarterly:
        return [
            Due(_month_end(year, 3 * q), f"Quý {ROMAN_QUARTERS[q - 1]}/{year}") for q in range(1, 5)
        ]
    if frequency is Frequency.semiannual:
        return [
            Due(date(year, 6, 30), f"6 tháng đầu năm {year}"),
            Due(date(year, 12, 31), f"6 tháng cuối năm {year}"),
        ]
    return [Due(date(year, 12, 31), f"Năm {year}")]


def expand(
    schedule: Schedule,
    *,
    year: int,
    due_on: date | None = None,
    frequency: Frequency | None = None,
    reporting_deadlines: Sequence[Due] = (),
) -> list[Due]:
    """The dates a task is checked at. A continuous task (thường xuyên) is checked at the plan's
    reporting deadlines, or at the end of the year when the plan sets none."""
    if schedule is Schedule.once:
        if due_on is None:
            raise ValueError("a task done once needs its due date")
        return [Due(due_on, f"Hạn {due_on:%d/%m/%Y}")]
    if schedule is Schedule.recurring:
        if frequency is None:
            raise ValueError("a recurring task needs its frequency")
        return _periods(frequency, year)
    return list(reporting_deadlines) or [Due(date(year, 12, 31), f"Năm {year}")]
