from datetime import date, datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import JSON, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ttdn.core.db import Base, SoftDeleted, Timestamped, Versioned, utcnow
from ttdn.units.models import Unit


class Schedule(StrEnum):
    once = "once"  # one due date
    recurring = "recurring"  # every month, quarter, half-year or year of the plan's year
    continuous = "continuous"  # thường xuyên: checked at the plan's reporting deadlines


class Frequency(StrEnum):
    monthly = "monthly"
    quarterly = "quarterly"
    semiannual = "semiannual"
    yearly = "yearly"


class Priority(StrEnum):
    low = "low"
    normal = "normal"
    high = "high"


class TaskState(StrEnum):
    """What a coordinator sets by hand. Everything else about progress is derived."""

    active = "active"
    paused = "paused"
    cancelled = "cancelled"


class TaskStatus(StrEnum):
    """Derived, never stored: from the state, the dates, the progress and today's date."""

    not_started = "not_started"
    in_progress = "in_progress"
    awaiting_confirmation = "awaiting_confirmation"  # completion claimed, not yet confirmed
    done_on_time = "done_on_time"
    done_late = "done_late"
    overdue = "overdue"
    paused = "paused"
    cancelled = "cancelled"


class AssigneeRole(StrEnum):
    lead = "lead"  # chủ trì
    cooperating = "cooperating"  # phối hợp


class Task(Timestamped, Versioned, SoftDeleted, Base):
    """One assignment of the plan. A task given to a group of units (`group_label`) has one
    lead assignee per unit of the group, each with its own occurrences and progress."""

    __tablename__ = "tasks"
    __table_args__ = ({"info": {"label": "nhiệm vụ"}},)

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("plans.id", ondelete="RESTRICT"), index=True)
    section_id: Mapped[int | None] = mapped_column(
        ForeignKey("plan_sections.id", ondelete="SET NULL"), index=True
    )
    title: Mapped[str] = mapped_column(String(300))
    description: Mapped[str] = mapped_column(Text, default="")
    priority: Mapped[str] = mapped_column(String(10), default=Priority.normal)
    topics: Mapped[list[str]] = mapped_column(JSON, default=list)
    schedule: Mapped[str] = mapped_column(String(20))
    frequency: Mapped[str | None] = mapped_column(String(20))
    due_on: Mapped[date | None]
    group_label: Mapped[str | None] = mapped_column(String(300))
    state: Mapped[str] = mapped_column(String(20), default=TaskState.active)
    search_text: Mapped[str] = mapped_column(Text, default="")

    assignees: Mapped[list["TaskAssignee"]] = relationship(
        lazy="raise", cascade="all, delete-orphan", order_by="TaskAssignee.id"
    )
    occurrences: Mapped[list["TaskOccurrence"]] = relationship(
        lazy="raise",
        cascade="all, delete-orphan",
        order_by="(TaskOccurrence.due_on, TaskOccurrence.id)",
    )


class TaskAssignee(Base):
    __tablename__ = "task_assignees"
    __table_args__ = (
        UniqueConstraint("task_id", "unit_id"),
        {"info": {"label": "phân công"}},
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    task_id: Mapped[int] = mapped_column(ForeignKey("tasks.id", ondelete="CASCADE"), index=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("units.id", ondelete="RESTRICT"), index=True)
    role: Mapped[str] = mapped_column(String(20))

    unit: Mapped[Unit] = relationship(lazy="raise")


class TaskOccurrence(Timestamped, Versioned, Base):
    """One dated instance of a task for one lead unit: what is checked, extended and
    confirmed. `original_due_on` is kept when the due date is extended: lateness is judged
    against it."""

    __tablename__ = "task_occurrences"
    __table_args__ = (
        UniqueConstraint("task_id", "unit_id", "original_due_on"),
        # What a task's progress asks of its occurrences (open? claimed? past due? whose?),
        # answered from the index alone: the superior's totals over a province's tasks.
        Index(
            "ix_task_occurrences_task_id_progress",
            "task_id",
            "completed_on",
            "claimed_on",
            "due_on",
            "unit_id",
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    task_id: Mapped[int] = mapped_column(ForeignKey("tasks.id", ondelete="CASCADE"), index=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("units.id", ondelete="RESTRICT"), index=True)
    label: Mapped[str] = mapped_column(String(200))
    due_on: Mapped[date] = mapped_column(index=True)
    original_due_on: Mapped[date]
    percent: Mapped[int] = mapped_column(Integer, default=0)
    claimed_on: Mapped[date | None]  # the lead unit says it is done
    completed_on: Mapped[date | None]  # a coordinator confirmed it
    confirmed_by_user_id: Mapped[int | None] = mapped_column(
        ForeignKey("users.id", ondelete="SET NULL")
    )


class TaskUpdate(Base):
    """A unit's progress report on a task: text, percent, named figures, a completion claim."""

    __tablename__ = "task_updates"
    __table_args__ = ({"info": {"label": "cập nhật tiến độ"}},)

    id: Mapped[int] = mapped_column(primary_key=True)
    task_id: Mapped[int] = mapped_column(ForeignKey("tasks.id", ondelete="CASCADE"), index=True)
    occurrence_id: Mapped[int | None] = mapped_column(
        ForeignKey("task_occurrences.id", ondelete="SET NULL"), index=True
    )
    unit_id: Mapped[int] = mapped_column(ForeignKey("units.id", ondelete="RESTRICT"), index=True)
    author_user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    author_name: Mapped[str] = mapped_column(String(200))
    text: Mapped[str] = mapped_column(Text)
    percent: Mapped[int | None] = mapped_column(Integer)
    figures: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    claims_completion: Mapped[bool] = mapped_column(default=False)
    # A coordinator's note sending a completion claim back (its text is the comment).
    returns_claim: Mapped[bool] = mapped_column(default=False)
    created_at: Mapped[datetime] = mapped_column(default=utcnow, index=True)


class TaskNotice(Base):
    """A task newly given to a unit, for one of its members to see: made when the plan is
    issued (for every unit of its tasks) or when a unit is given a task of an issued plan;
    read when the member opens the task or reports on it."""

    __tablename__ = "task_notices"
    __table_args__ = (
        UniqueConstraint("task_id", "user_id"),
        Index("ix_task_notices_user_id_read_at", "user_id", "read_at"),
        {"info": {"label": "thông báo nhiệm vụ mới"}},
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    task_id: Mapped[int] = mapped_column(ForeignKey("tasks.id", ondelete="CASCADE"))
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    unit_id: Mapped[int] = mapped_column(ForeignKey("units.id", ondelete="CASCADE"))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    read_at: Mapped[datetime | None]
