"""Tables of tasks (STT | Nội dung | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian), as district
and province plans lay out their assignments: which column holds what, told from the header
row's words."""

from dataclasses import dataclass

from ttdn.core.text import fold

# Folded words of a header cell, per column; the first column whose header holds one wins.
CONTENT_WORDS = ("noi dung", "nhiem vu", "cong viec", "hoat dong")
LEAD_WORDS = ("chu tri", "don vi thuc hien", "co quan thuc hien", "thuc hien", "don vi")
COOPERATING_WORDS = ("phoi hop",)
TIME_WORDS = ("thoi gian", "thoi han", "tien do", "han hoan thanh")


@dataclass(frozen=True)
class TaskColumns:
    """Indexes of the columns of a task table; `cooperating` and `time` may be missing."""

    content: int
    lead: int
    cooperating: int | None
    time: int | None
    width: int


def _column(headers: list[str], words: tuple[str, ...], taken: set[int]) -> int | None:
    for word in words:
        for index, header in enumerate(headers):
            if index not in taken and word in header:
                return index
    return None


def task_columns(cells: tuple[str, ...]) -> TaskColumns | None:
    """The columns of a task table whose header row is `cells`, or None when the row is not
    such a header (a header laid out as a table, a signature block…)."""
    headers = [fold(cell) for cell in cells]
    taken: set[int] = set()
    content = _column(headers, CONTENT_WORDS, taken)
    if content is None:
        return None
    taken.add(content)
    cooperating = _column(headers, COOPERATING_WORDS, taken)
    if cooperating is not None:
        taken.add(cooperating)
    lead = _column(headers, LEAD_WORDS, taken)
    if lead is None:
        return None
    taken.add(lead)
    time = _column(headers, TIME_WORDS, taken)
    return TaskColumns(content, lead, cooperating, time, len(cells))
