"""In-app notifications of due items (reminders), and the days the daily run has been done."""

from datetime import date, datetime
from enum import StrEnum

from sqlalchemy import ForeignKey, Index, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from ttdn.core.db import Base, utcnow


class Occasion(StrEnum):
    before = "before"  # the due date is near
    overdue = "overdue"  # the due date has passed


class Notification(Base):
    """A reminder to one person about one due item. The unique key makes each reminder exist
    once per person, item and occasion, however many runs (or workers) try to make it."""

    __tablename__ = "notifications"
    __table_args__ = (
        UniqueConstraint("user_id", "item_key", "occasion"),
        Index("ix_notifications_user_id_created_at", "user_id", "created_at"),
        {"info": {"label": "thông báo"}},
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(30))  # the source: `task_occurrence`…
    item_key: Mapped[str] = mapped_column(String(100))  # `task_occurrence:12`
    occasion: Mapped[str] = mapped_column(String(10))
    title: Mapped[str] = mapped_column(String(500))
    link: Mapped[str] = mapped_column(String(300))  # a path in the web app
    due_on: Mapped[date]
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    read_at: Mapped[datetime | None]
    # When its e-mail left (null: not sent, or no SMTP server configured).
    emailed_at: Mapped[datetime | None]


class ReminderRun(Base):
    """One row per day the server's daily run has made the reminders: the row is the lock
    several workers take (the first inserts it, the others find it and skip the day)."""

    __tablename__ = "reminder_runs"

    run_on: Mapped[date] = mapped_column(primary_key=True)
    started_at: Mapped[datetime] = mapped_column(default=utcnow)
    created: Mapped[int] = mapped_column(default=0)
