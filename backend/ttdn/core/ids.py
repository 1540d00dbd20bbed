"""Row ids as the API takes them: 32-bit integers in the database, so a larger one is a bad
request (422), not a server error."""

from typing import Annotated

from fastapi import Path, Query
from pydantic import Field

MAX_ROW_ID = 2_147_483_647

RowId = Annotated[int, Field(ge=1, le=MAX_ROW_ID)]  # in a body
IdInPath = Annotated[int, Path(ge=1, le=MAX_ROW_ID)]
IdInQuery = Annotated[int | None, Query(ge=1, le=MAX_ROW_ID)]
