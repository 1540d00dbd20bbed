"""Lists as files a person opens in Excel: XLSX (openpyxl), or CSV in UTF-8 with a byte order
mark, without which Excel reads Vietnamese as mojibake. Dates are written `dd/mm/yyyy` (real
dates in XLSX), lists joined by "; ", and no cell may start a formula (a reporter's name
typed as `=HYPERLINK(…)` stays text)."""

import csv
import io
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from typing import Annotated, Any, Generic, TypeVar

from fastapi import Depends, Query, Response
from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter

from ttdn.core.clock import VIETNAM, today_in_vietnam
from ttdn.core.errors import Invalid
from ttdn.core.files import attachment
from ttdn.core.pagination import ListParams

# More rows than this is not a list anyone reads in a spreadsheet: narrow the filters.
MAX_EXPORT_ROWS = 20_000
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
CSV = "text/csv; charset=utf-8"
RowT = TypeVar("RowT")


class ExportFormat(StrEnum):
    xlsx = "xlsx"
    csv = "csv"


ExportFormatQuery = Annotated[
    ExportFormat, Query(alias="format", description="xlsx (Excel) hoặc csv (UTF-8 có BOM)")
]


def export_params(
    q: Annotated[str | None, Query(max_length=200, description="Tìm không dấu")] = None,
    sort: Annotated[str | None, Query(max_length=200, description="Như danh sách")] = None,
) -> ListParams:
    """The list parameters an export honours: the search and the order, every row (one more
    than allowed, to tell a list too long)."""
    return ListParams(
        limit=MAX_EXPORT_ROWS + 1, offset=0, sort=sort, q=q, updated_since=None, after=None
    )


ExportParamsDep = Annotated[ListParams, Depends(export_params)]
# What the OpenAPI document says an export route answers.
SPREADSHEET_RESPONSES: dict[int | str, dict[str, Any]] = {
    200: {
        "content": {XLSX: {}, "text/csv": {}},
        "description": "Tệp XLSX, hoặc CSV UTF-8 có BOM",
    }
}


def ensure_not_too_long(rows: Sequence[Any]) -> None:
    if len(rows) > MAX_EXPORT_ROWS:
        raise Invalid(
            f"Danh sách có hơn {MAX_EXPORT_ROWS} dòng; hãy lọc bớt rồi xuất lại.",
            loc=["query"],
        )


@dataclass(frozen=True)
class Column(Generic[RowT]):
    header: str
    value: Callable[[RowT], Any]
    width: int = 20  # in characters, for XLSX


def _plain(value: Any) -> Any:
    """A cell's value: text that cannot start a formula, lists joined, dates kept."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "Có" if value else "Không"
    if isinstance(value, datetime):
        return value.astimezone(VIETNAM).replace(tzinfo=None)
    if isinstance(value, date | int | float):
        return value
    if isinstance(value, list | tuple):
        value = "; ".join(str(item) for item in value)
    text = str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def _as_csv(value: Any) -> str:
    if isinstance(value, datetime):
        return value.strftime("%d/%m/%Y %H:%M")
    if isinstance(value, date):
        return value.strftime("%d/%m/%Y")
    return str(value)


def _csv(columns: Sequence[Column[RowT]], rows: Iterable[RowT]) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(column.header for column in columns)
    for row in rows:
        writer.writerow(_as_csv(_plain(column.value(row))) for column in columns)
    return buffer.getvalue().encode("utf-8-sig")


@dataclass(frozen=True)
class Sheet(Generic[RowT]):
    """A sheet of a workbook: its title (31 characters at most), columns and rows; a `total`
    row, if given, comes last in bold."""

    title: str
    columns: Sequence[Column[RowT]]
    rows: Iterable[RowT]
    total: RowT | None = None


def _cells(sheet: Any, columns: Sequence[Column[RowT]], row: RowT, *, bold: bool) -> list[Any]:
    cells = []
    for column in columns:
        value = _plain(column.value(row))
        cell = WriteOnlyCell(sheet, value=value)
        if isinstance(value, datetime):
            cell.number_format = "DD/MM/YYYY HH:MM"
        elif isinstance(value, date):
            cell.number_format = "DD/MM/YYYY"
        if bold:
            cell.font = Font(bold=True)
        cells.append(cell)
    return cells


def workbook(*sheets: Sheet[Any]) -> bytes:
    """An XLSX of these sheets, each with its bold, frozen header row."""
    book = Workbook(write_only=True)
    for given in sheets:
        sheet = book.create_sheet(given.title[:31])
        for index, column in enumerate(given.columns):
            sheet.column_dimensions[get_column_letter(index + 1)].width = column.width
        sheet.freeze_panes = "A2"
        header = []
        for column in given.columns:
            cell = WriteOnlyCell(sheet, value=column.header)
            cell.font = Font(bold=True)
            cell.alignment = Alignment(wrap_text=True, vertical="top")
            header.append(cell)
        sheet.append(header)
        for row in given.rows:
            sheet.append(_cells(sheet, given.columns, row, bold=False))
        if given.total is not None:
            sheet.append(_cells(sheet, given.columns, given.total, bold=True))
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def export(
    export_format: ExportFormat,
    name: str,
    title: str,
    columns: Sequence[Column[RowT]],
    rows: Sequence[RowT],
) -> Response:
    """`rows` as a file to download, named `name-<today>.<format>`; the sheet is `title`."""
    filename = f"{name}-{today_in_vietnam().isoformat()}.{export_format.value}"
    if export_format is ExportFormat.csv:
        return attachment(_csv(columns, rows), filename, CSV)
    return attachment(workbook(Sheet(title, columns, rows)), filename, XLSX)
