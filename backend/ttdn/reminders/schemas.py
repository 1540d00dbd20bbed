from datetime import date, datetime

from pydantic import BaseModel, ConfigDict

from ttdn.reminders.models import Occasion


class NotificationRead(BaseModel):
    """A reminder to the caller: what is due, when, and where to see it in the app."""

    model_config = ConfigDict(from_attributes=True)

    id: int
    kind: str  # `task_occurrence`, `press_follow_up`
    item_key: str
    occasion: Occasion
    title: str
    link: str
    due_on: date
    created_at: datetime
    read_at: datetime | None


class UnreadCount(BaseModel):
    unread: int
