"""List parameters and pages: `{items, total, limit, offset, next_after}` in one SQL statement.

Two ways through a list: `offset` (with the `total`), or the keyset cursor `after` (the
`next_after` of the page before, or empty for the first page: the page starts after that row,
found through the sort's index instead of counting past `offset` rows, and skips the count:
`total` is null). The keyset way needs a sort on plain columns that are never null
(`updated_at`, `name`…); a portal syncing a province walks `?sort=updated_at&after=…`.
"""

import base64
import binascii
import json
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Annotated, Any, Generic, NamedTuple, TypeVar

from fastapi import Depends, Query
from pydantic import BaseModel
from sqlalchemy import ColumnElement, Select, and_, func, or_, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import InstrumentedAttribute

from ttdn.core.errors import Invalid
from ttdn.core.text import fold

MAX_LIMIT = 200
ItemT = TypeVar("ItemT")


class Page(BaseModel, Generic[ItemT]):
    items: list[ItemT]
    total: int | None  # null when the page was asked for by `after`
    limit: int
    offset: int
    # Pass as `after` for the page that follows; null on the last page and for sorts the keyset
    # way cannot follow (on derived or nullable fields).
    next_after: str | None = None


@dataclass(frozen=True)
class ListParams:
    limit: int
    offset: int
    sort: str | None
    q: str | None
    updated_since: datetime | None
    after: str | None = None


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
    after: Annotated[
        str | None,
        Query(
            max_length=1000,
            description="`next_after` của trang trước, hoặc để trống cho trang đầu (thay offset)",
        ),
    ] = None,
) -> ListParams:
    since = _moment(updated_since) if updated_since is not None else None
    if after is not None and offset:
        raise Invalid("Dùng after hoặc offset, không dùng cả hai.", loc=["query", "after"])
    return ListParams(limit, offset, sort, q, since, after)


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
    # Count in a statement of its own, and only when the page is full, instead of beside the
    # page: for a table of millions (audit events) of which a caller sees a slice, PostgreSQL
    # plans a windowed count as if the page could stop early and walks the whole table in the
    # sort's order, where a count of its own goes through the scope's index.
    count_apart: bool = False

    def sort_keys(self, sort: str | None) -> list[tuple[Any, bool]]:
        """The sort's (expression, descending) pairs, the tiebreaker last; 422 for an unknown
        field."""
        keys = [key.strip() for key in sort.split(",")] if sort else list(self.default_sort)
        pairs: list[tuple[Any, bool]] = []
        for key in keys:
            name = key.removeprefix("-")
            column = self.sortable.get(name)
            if column is None:
                allowed = ", ".join(sorted(self.sortable))
                raise Invalid(
                    f"Không sắp xếp được theo '{name}'; được phép: {allowed}", loc=["query", "sort"]
                )
            pairs.append((column, key.startswith("-")))
        pairs.append((self.tiebreaker, False))
        return pairs

    def order_by(self, sort: str | None) -> list[ColumnElement[Any]]:
        return [key.desc() if descending else key.asc() for key, descending in self.sort_keys(sort)]

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


class Fetched(NamedTuple):
    items: list[Any]
    total: int | None
    next_after: str | None


def _keyset_columns(keys: Sequence[tuple[Any, bool]]) -> list[Any] | None:
    """The sort's columns when the keyset way can follow it: plain columns, never null."""
    columns = []
    for key, _descending in keys:
        column = getattr(key, "expression", None)
        if not isinstance(key, InstrumentedAttribute) or getattr(column, "nullable", True):
            return None
        columns.append(key)
    return columns


def _encode_cursor(sort: str | None, values: Sequence[Any]) -> str:
    plain = [v.isoformat() if isinstance(v, date | datetime) else v for v in values]
    raw = json.dumps([sort or "", plain], separators=(",", ":"), ensure_ascii=False)
    return base64.urlsafe_b64encode(raw.encode()).decode().rstrip("=")


def _decode_cursor(cursor: str, sort: str | None, columns: Sequence[Any]) -> list[Any]:
    """The row values `cursor` carries, typed like `columns`; 422 for anything else (a cursor of
    another sort, tampered with, or cut short)."""
    refused = Invalid(
        "after không hợp lệ: dùng đúng next_after của trang trước, với cùng sort.",
        loc=["query", "after"],
    )
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        given_sort, values = json.loads(raw)
        if given_sort != (sort or "") or len(values) != len(columns):
            raise refused
        return [_typed(value, column) for value, column in zip(values, columns, strict=True)]
    except (binascii.Error, ValueError, TypeError, UnicodeDecodeError) as error:
        raise refused from error


def _typed(value: Any, column: Any) -> Any:
    """A cursor's value as the column's type (moments and days come as ISO text)."""
    kind = column.type.python_type
    if kind is datetime:
        return datetime.fromisoformat(value).astimezone(UTC)
    if kind is date:
        return date.fromisoformat(value)
    if kind not in (int, str) or not isinstance(value, kind) or isinstance(value, bool):
        raise TypeError(value)
    return value


def _after(keys: Sequence[tuple[Any, bool]], values: Sequence[Any]) -> ColumnElement[bool]:
    """Rows after `values` in the order of `keys`: beyond on the first key, or equal on it and
    after on the rest."""
    (key, descending), *rest = keys
    beyond = key < values[0] if descending else key > values[0]
    if not rest:
        return beyond
    return or_(beyond, and_(key == values[0], _after(rest, values[1:])))


async def fetch_page(
    session: AsyncSession,
    statement: Select[Any],
    params: ListParams,
    listing: Listing,
    bound: Mapping[str, Any] | None = None,
) -> Fetched:
    """One page of `statement`, the total and the cursor of the next page, in one statement
    (two when an `offset` page is empty, or full with `count_apart`).

    `statement` selects one entity (or an entity and derived columns: then each item is a
    tuple) already restricted by the caller's scope; this adds the search, `updated_since`,
    ordering and the page window. `bound` holds the values of the parameters a statement
    built once (per reach layout) leaves to execution.
    """
    conditions = listing.filters(params)
    filtered = statement.where(*conditions) if conditions else statement
    keys = listing.sort_keys(params.sort)
    keyset = _keyset_columns(keys)
    paged = filtered
    counted_beside = params.after is None and not listing.count_apart
    if params.after is not None:
        if keyset is None:
            raise Invalid(
                "after chỉ dùng được khi sắp xếp theo trường luôn có giá trị (sort=updated_at).",
                loc=["query", "after"],
            )
        if params.after:  # empty: the first page of a keyset walk
            paged = paged.where(_after(keys, _decode_cursor(params.after, params.sort, keyset)))
    elif counted_beside:
        paged = paged.add_columns(func.count().over().label("total"))
    paged = (
        paged.add_columns(*(keyset or ()))
        .order_by(*listing.order_by(params.sort))
        .limit(params.limit)
        .offset(params.offset)
    )
    rows = (await session.execute(paged, bound)).all()
    # Each row: the selected entity (and any extra columns), the total, the keyset values.
    width = len(rows[0]) - counted_beside - len(keyset or ()) if rows else 0
    items = [row[0] if width == 1 else tuple(row[:width]) for row in rows]
    next_after = None
    if keyset is not None and len(rows) == params.limit:
        next_after = _encode_cursor(params.sort, rows[-1][len(rows[-1]) - len(keyset) :])
    if params.after is not None:
        return Fetched(items, None, next_after)
    if rows and counted_beside:
        return Fetched(items, rows[0].total, next_after)
    if len(rows) < params.limit and (rows or params.offset == 0):
        return Fetched(items, params.offset + len(rows), next_after)  # nothing further
    total = await session.scalar(select(func.count()).select_from(filtered.subquery()), bound)
    return Fetched(items, total or 0, next_after)


async def fetch_matching(
    session: AsyncSession, statement: Select[Any], params: ListParams, listing: Listing
) -> list[Any]:
    """Every row the pages of a list with these parameters would show, in their order, at most
    `params.limit` (for exports): entities, or tuples when the statement selects more."""
    conditions = listing.filters(params)
    filtered = statement.where(*conditions) if conditions else statement
    rows = (
        await session.execute(filtered.order_by(*listing.order_by(params.sort)).limit(params.limit))
    ).all()
    return [row[0] if len(row) == 1 else tuple(row) for row in rows]


def make_page(read_model: type[BaseModel], fetched: Fetched, params: ListParams) -> Any:
    """The `Page[read_model]` answer of a list route."""
    items = [read_model.model_validate(item, from_attributes=True) for item in fetched.items]
    return page_of(items, fetched, params)


def page_of(items: list[ItemT], fetched: Fetched, params: ListParams) -> Page[ItemT]:
    """The answer of a list route whose items are already read models."""
    return Page[ItemT](
        items=items,
        total=fetched.total,
        limit=params.limit,
        offset=params.offset,
        next_after=fetched.next_after,
    )
