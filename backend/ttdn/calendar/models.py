"""The secret address of a person's calendar feed: the token in it is stored as its SHA-256
only, shown once when made; one per person, replaced when rotated, deleted when revoked."""

from datetime import datetime

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from ttdn.core.db import Base, Versioned, utcnow


class CalendarToken(Versioned, Base):
    __tablename__ = "calendar_tokens"
    __table_args__ = ({"info": {"label": "địa chỉ lịch"}},)

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), unique=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    # Set by each fetch of the feed, outside the version (a fetch is not a change of the row).
    last_used_at: Mapped[datetime | None]
