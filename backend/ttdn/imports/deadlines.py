"""Deadlines as plans word them, in the task API's schedule words.

- a date to meet (`trước ngày 01/6/2023`, `trước 01/11`, `chậm nhất ngày 15/12/2024`, a table's
  `Tháng 9/2024` or `Quý II/2024`) → `once` with the due date (a month or quarter: its last
  day);
- a rhythm (`hàng quý`, `hằng tháng`, `định kỳ 6 tháng`, `hàng năm`) → `recurring` with its
  frequency;
- `thường xuyên`, `cả năm`, several report dates in one sentence (sơ kết before 01/6 and
  tổng kết before 01/11: checked at the plan's reporting deadlines), or nothing said →
  `continuous`.

Report dates (`sơ kết`, `tổng kết`, `báo cáo` … `trước ngày …`) are also the plan's reporting
deadlines. A date that cannot be (31/02) is kept as written and flagged.
"""

import calendar
import re
from dataclasses import dataclass
from datetime import date

from ttdn.core.text import fold
from ttdn.imports.numbering import ROMAN_VALUES
from ttdn.imports.proposal import ProposedSchedule
from ttdn.plans.models import ReportingKind
from ttdn.tasks.models import Frequency, Schedule

# Words of a rhythm, on the lower-cased text: diacritics matter (`hàng quý` is a rhythm,
# `theo quy định` is not).
_EVERY = r"(?:định kỳ\s+|định kì\s+)?(?:hàng|hằng|mỗi)"
RHYTHMS: tuple[tuple[re.Pattern[str], Frequency], ...] = (
    (re.compile(r"(?:định kỳ|định kì|hàng|hằng|mỗi)\s+(?:6|sáu)\s+tháng"), Frequency.semiannual),
    (re.compile(r"(?:6|sáu)\s+tháng\s+(?:một|1)\s+lần"), Frequency.semiannual),
    (re.compile(rf"{_EVERY}\s+(?:quý|quí)(?!\w)"), Frequency.quarterly),
    (re.compile(r"(?:định kỳ|định kì)\s+(?:theo\s+)?(?:quý|quí)(?!\w)"), Frequency.quarterly),
    (re.compile(rf"{_EVERY}\s+tháng(?!\w)"), Frequency.monthly),
    (re.compile(rf"{_EVERY}\s+năm(?!\w)"), Frequency.yearly),
)
# Continuous work; a weekly or daily rhythm, which task schedules cannot state, is checked at
# the reporting deadlines too, its words kept in the phrase.
CONTINUOUS = re.compile(
    r"thường xuyên|liên tục|cả năm|quanh năm|suốt năm|(?:hàng|hằng|mỗi)\s+(?:tuần|ngày)"
)
# Words before a date that make it a deadline.
_BEFORE = r"(?:trước|chậm nhất|hạn chót|hoàn thành|xong)\s*(?:là\s*)?(?:ngày\s*)?"
_DAY_MONTH_YEAR = r"(?P<day>\d{1,2})\s*[/.-]\s*(?P<month>\d{1,2})(?:\s*[/.-]\s*(?P<year>\d{4}))?"
_LONG_DATE = r"ngày\s+(?P<lday>\d{1,2})\s+tháng\s+(?P<lmonth>\d{1,2})\s+năm\s+(?P<lyear>\d{4})"
DEADLINE = re.compile(
    rf"{_BEFORE}(?:{_DAY_MONTH_YEAR}|{_LONG_DATE})(?!\s*[/.-]?\s*\d)", re.IGNORECASE
)
ANY_DATE = re.compile(rf"\b{_DAY_MONTH_YEAR}\b")
MONTH = re.compile(r"\btháng\s+(?P<month>\d{1,2})\s*(?:/|năm)\s*(?P<year>\d{4})", re.IGNORECASE)
QUARTER = re.compile(
    r"\bquý\s+(?P<quarter>IV|I{1,3}|[1-4])\b(?:\s*(?:/|năm)\s*(?P<year>\d{4}))?", re.IGNORECASE
)
# A table's time cell is short: a bare date or month there is the due date.
SHORT_CELL = 40


@dataclass(frozen=True)
class DateFound:
    phrase: str
    due_on: date | None  # None: a date that cannot be
    start: int


def _day(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _month_end(year: int, month: int) -> date | None:
    if not 1 <= month <= 12:
        return None
    return date(year, month, calendar.monthrange(year, month)[1])


def deadlines_in(text: str, year: int | None) -> list[DateFound]:
    """The `trước ngày …` dates of `text`; a date without its year takes `year`."""
    found = []
    for hit in DEADLINE.finditer(text):
        if hit["lday"]:
            due = _day(int(hit["lyear"]), int(hit["lmonth"]), int(hit["lday"]))
        else:
            given_year = int(hit["year"]) if hit["year"] else year
            due = _day(given_year, int(hit["month"]), int(hit["day"])) if given_year else None
        found.append(DateFound(hit.group(0), due, hit.start()))
    return found


def _period_end(text: str, year: int | None) -> DateFound | None:
    """`Tháng 9/2024` → 30/9/2024; `Quý II/2024` → 30/6/2024."""
    month = MONTH.search(text)
    if month:
        return DateFound(
            month.group(0),
            _month_end(int(month["year"]), int(month["month"])),
            month.start(),
        )
    quarter = QUARTER.search(text)
    quarter_year = int(quarter["year"]) if quarter and quarter["year"] else year
    if quarter and quarter_year:
        code = quarter["quarter"].upper()
        number = int(code) if code.isdigit() else ROMAN_VALUES[code]
        return DateFound(quarter.group(0), _month_end(quarter_year, number * 3), quarter.start())
    return None


def schedule_of(text: str, year: int | None, short: bool = False) -> ProposedSchedule:
    """The schedule a task sentence (or, `short`, a table's time cell) states."""
    dates = deadlines_in(text, year)
    readable = [found for found in dates if found.due_on is not None]
    if len(readable) == 1:
        return ProposedSchedule(
            schedule=Schedule.once, due_on=readable[0].due_on, phrase=readable[0].phrase
        )
    if len(dates) > 1:
        return ProposedSchedule(
            schedule=Schedule.continuous, phrase="; ".join(found.phrase for found in dates)
        )
    lower = text.lower()
    for pattern, frequency in RHYTHMS:
        rhythm = pattern.search(lower)
        if rhythm:
            phrase = text[rhythm.start() : rhythm.end()]
            return ProposedSchedule(schedule=Schedule.recurring, frequency=frequency, phrase=phrase)
    continuous = CONTINUOUS.search(lower)
    if continuous:
        phrase = text[continuous.start() : continuous.end()]
        return ProposedSchedule(schedule=Schedule.continuous, phrase=phrase)
    if short or "hoàn thành" in text.lower() or "trong" in text.lower():
        period = _period_end(text, year)
        if period is not None and period.due_on is not None:
            return ProposedSchedule(
                schedule=Schedule.once, due_on=period.due_on, phrase=period.phrase
            )
    if short and len(text) <= SHORT_CELL:
        bare = ANY_DATE.search(text)
        given_year = int(bare["year"]) if bare and bare["year"] else year
        if bare and given_year:
            due = _day(given_year, int(bare["month"]), int(bare["day"]))
            if due is not None:
                return ProposedSchedule(schedule=Schedule.once, due_on=due, phrase=bare.group(0))
    return ProposedSchedule(schedule=Schedule.continuous)


# Words of a report and the reporting kind each announces.
REPORT_KINDS: tuple[tuple[str, ReportingKind, str], ...] = (
    ("so ket", ReportingKind.semiannual, "Báo cáo sơ kết 6 tháng"),
    ("6 thang", ReportingKind.semiannual, "Báo cáo sơ kết 6 tháng"),
    ("tong ket", ReportingKind.yearly, "Báo cáo tổng kết năm"),
    ("ca nam", ReportingKind.yearly, "Báo cáo tổng kết năm"),
    ("quy", ReportingKind.quarterly, "Báo cáo quý"),
)


@dataclass(frozen=True)
class ReportDate:
    kind: ReportingKind
    due_on: date
    label: str


def report_dates(text: str, year: int | None) -> list[ReportDate]:
    """The report deadlines a sentence about reporting gives: the words just before each date
    say which report (`sơ kết năm trước ngày 01/6/2023` → semiannual, 01/6/2023); a date of no
    known report (a task's own deadline) is not one."""
    if "bao cao" not in fold(text) and "ket" not in fold(text):
        return []
    found = []
    previous_end = 0
    for deadline in deadlines_in(text, year):
        if deadline.due_on is None:
            continue
        before = fold(text[previous_end : deadline.start])
        previous_end = deadline.start + len(deadline.phrase)
        for words, kind, label in REPORT_KINDS:
            if re.search(rf"\b{words}\b", before):
                found.append(ReportDate(kind, deadline.due_on, label))
                break
    return found
