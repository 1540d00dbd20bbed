from datetime import datetime

from pydantic import BaseModel


class CalendarTokenStatus(BaseModel):
    """Whether the caller has a calendar address, since when, and when it was last fetched
    (never the address itself: it is shown once, when made)."""

    exists: bool
    created_at: datetime | None = None
    last_used_at: datetime | None = None
    version: int | None = None  # for If-Match when revoking (also the ETag)


class CalendarTokenCreated(BaseModel):
    """The new address of the caller's calendar feed: shown this once, stored only hashed."""

    url: str
    created_at: datetime
