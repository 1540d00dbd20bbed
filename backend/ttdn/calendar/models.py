"""The secret address of a person's calendar feed: the token in it is stored as its SHA-256
only, shown once when made; one per person, replaced when rotated, deleted when revoked."""

from datetime import datetime

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from ttdn.core.db import Base, utcnow


class CalendarToken(Base):
    __tablename__ = "calendar_tokens"
    __table_args__ = ({"info": {"label": "địa chỉ lịch"}},)

    user_id: Mapped[int] = mapped_column(
        ForeignKey("users.id", ondelete="CASCADE"), primary_key=True
    )
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    last_used_at: Mapped[datetime | None]
