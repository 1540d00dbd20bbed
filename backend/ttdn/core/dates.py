"""Dates and moments as the API takes them: written out in ISO 8601, as the OpenAPI document
says (`format: date`, `format: date-time`), and nothing else.

Pydantic on its own reads a number as a Unix time (`?due_before=0` would be 1 January 1970,
`"issued_on": 0.5` too): refused with 422 like any other value that is not a date.
"""

import re
from datetime import date, datetime
from typing import Annotated, Any

from pydantic import BeforeValidator
from pydantic_core import PydanticCustomError

_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
# A date, then `T` (or a space) and a time; pydantic reads the rest (seconds, fraction, offset).
_ISO_MOMENT = re.compile(r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}.*", re.IGNORECASE | re.DOTALL)


def _written_as_date(value: Any) -> Any:
    if isinstance(value, date) or (isinstance(value, str) and _ISO_DATE.fullmatch(value)):
        return value
    raise PydanticCustomError("date_parsing", "Phải là ngày dạng YYYY-MM-DD")


def _written_as_moment(value: Any) -> Any:
    if isinstance(value, datetime) or (isinstance(value, str) and _ISO_MOMENT.fullmatch(value)):
        return value
    raise PydanticCustomError("datetime_parsing", "Phải là thời điểm ISO 8601")


Day = Annotated[date, BeforeValidator(_written_as_date)]
Moment = Annotated[datetime, BeforeValidator(_written_as_moment)]
