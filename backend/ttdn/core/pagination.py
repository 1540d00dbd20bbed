"""List parameters and pages: `{items, total, limit, offset}` in one SQL statement."""

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Annotated, Any, Generic, TypeVar

from fastapi import Depends, Query
from pydantic import BaseModel
from sqlalchemy import ColumnElement, Select, func, or_, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import InstrumentedAttribute

from ttdn.core.errors import Invalid
from ttdn.core.text import fold

MAX_LIMIT = 200
ItemT = TypeVar("ItemT")


class Page(BaseModel, Generic[ItemT]):
    items: list[ItemT]
    total: int
    limit: int
    offset: int


@dataclass(frozen=True)
class ListParams:
    limit: int
    offset: int
    sort: str | None
    q: str | None
    updated_since: datetime | None


def list_params(
    limit: Annotated[int, Query(ge=1, le=MAX_LIMIT, description="Số dòng mỗi trang")] = 50,
    offset: Annotated[int, Query(ge=0, le=1_000_000)] = 0,
    sort: Annotated[
        str | None, Query(max_length=200, description="Ví dụ: `name,-updated_at`")
    ] = None,
    q: Annotated[str | None, Query(max_length=200, description="Tìm không dấu")] = None,
    updated_since: Annotated[
        str | None,
        Query(
            max_length=40,
            description="Thời điểm ISO 8601 có múi giờ, ví dụ `2023-03-08T00:00:00Z`",
            json_schema_extra={"format": "date-time"},
        ),
    ] = None,
) -> ListParams:
    since = _moment(updated_since) if updated_since is not None else None
    return ListParams(limit, offset, sort, q, since)


_ISO_MOMENT = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:\d{2})$")


def _moment(text: str) -> datetime:
    """A timestamp written out in ISO 8601 with its offset, as UTC; 422 for anything else (a
    bare number is not a time) and for moments that fall outside the calendar in UTC."""
    refused = Invalid(
        "updated_since cần là thời điểm ISO 8601 có múi giờ, ví dụ 2023-03-08T00:00:00Z",
        loc=["query", "updated_since"],
    )
    if not _ISO_MOMENT.match(text):
        raise refused
    try:
        return datetime.fromisoformat(text).astimezone(UTC)
    except (ValueError, OverflowError) as error:
        raise refused from error


ListParamsDep = Annotated[ListParams, Depends(list_params)]


@dataclass(frozen=True)
class Listing:
    """How one resource is listed: what may be sorted on, what `q` searches, what changes."""

    sortable: Mapping[str, InstrumentedAttribute[Any] | ColumnElement[Any]]
    default_sort: Sequence[str]
    tiebreaker: InstrumentedAttribute[Any]
    search_column: InstrumentedAttribute[str] | None
    updated_column: InstrumentedAttribute[datetime]
    # Rows found by `q` besides those whose own search text holds it (a task by the names of
    # its units): the folded phrase → a condition.
    also_found_by: Callable[[str], ColumnElement[bool]] | None = None

    def order_by(self, sort: str | None) -> list[ColumnElement[Any]]:
        keys = [key.strip() for key in sort.split(",")] if sort else list(self.default_sort)
        clauses: list[ColumnElement[Any]] = []
        for key in keys:
            name = key.removeprefix("-")
            column = self.sortable.get(name)
            if column is None:
                allowed = ", ".join(sorted(self.sortable))
                raise Invalid(
                    f"Không sắp xếp được theo '{name}'; được phép: {allowed}", loc=["query", "sort"]
                )
            clauses.append(column.desc() if key.startswith("-") else column.asc())
        clauses.append(self.tiebreaker.asc())
        return clauses

    def filters(self, params: ListParams) -> list[ColumnElement[bool]]:
        clauses: list[ColumnElement[bool]] = []
        phrase = fold(params.q) if params.q else ""
        if phrase and self.search_column is not None:
            found = self.search_column.contains(phrase, autoescape=True)
            if self.also_found_by is not None:
                found = or_(found, self.also_found_by(phrase))
            clauses.append(found)
        if params.updated_since is not None:
            clauses.append(self.updated_column >= params.updated_since)
        return clauses


async def fetch_page(
    session: AsyncSession,
    statement: Select[Any],
    params: ListParams,
    listing: Listing,
    bound: Mapping[str, Any] | None = None,
) -> tuple[list[Any], int]:
    """One page of `statement` and the total, in one statement (two when the page is empty).

    `statement` selects one entity (or an entity and derived columns: then each item is a
    tuple) already restricted by the caller's scope; this adds the search, `updated_since`,
    ordering and the page window. `bound` holds the values of the parameters a statement
    built once (per reach layout) leaves to execution.
    """
    conditions = listing.filters(params)
    filtered = statement.where(*conditions) if conditions else statement
    paged = (
        filtered.add_columns(func.count().over().label("total"))
        .order_by(*listing.order_by(params.sort))
        .limit(params.limit)
        .offset(params.offset)
    )
    rows = (await session.execute(paged, bound)).all()
    if rows:
        width = len(rows[0]) - 1  # the selected entity (and any extra columns), then the total
        items = [row[0] if width == 1 else tuple(row[:width]) for row in rows]
        return items, rows[0].total
    if params.offset == 0:
        return [], 0
    total = await session.scalar(select(func.count()).select_from(filtered.subquery()), bound)
    return [], total or 0


def make_page(
    read_model: type[BaseModel], items: Sequence[Any], total: int, params: ListParams
) -> Any:
    """The `Page[read_model]` answer of a list route."""
    return Page[read_model](  # type: ignore[valid-type]
        items=[read_model.model_validate(item, from_attributes=True) for item in items],
        total=total,
        limit=params.limit,
        offset=params.offset,
    )
