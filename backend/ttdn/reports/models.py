"""The reporting cycle: a plan's reporting periods and each responsible unit's part of the
report for a period (figures, a narrative per task, and its review history)."""

from datetime import date, datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from ttdn.core.counters import number_symbol
from ttdn.core.db import Base, Timestamped, Versioned, utcnow
from ttdn.plans.models import ReportingKind


class PeriodKind(StrEnum):
    """The plan's reporting kinds (`plans.models.ReportingKind`), with `ad_hoc` for its
    `other`: a report the superior asks for outside the plan's calendar."""

    quarterly = ReportingKind.quarterly.value
    semiannual = ReportingKind.semiannual.value  # sơ kết 6 tháng
    yearly = ReportingKind.yearly.value  # tổng kết năm
    ad_hoc = "ad_hoc"  # đột xuất


def period_kind_of(kind: str) -> PeriodKind:
    """The period kind of a plan's reporting deadline (`other` → `ad_hoc`)."""
    return PeriodKind(kind) if kind in PeriodKind.__members__ else PeriodKind.ad_hoc


class UnitReportStatus(StrEnum):
    draft = "draft"  # the unit fills it
    submitted = "submitted"  # sent to the coordinator
    accepted = "accepted"  # taken into the commune's report
    returned = "returned"  # sent back with a comment, to be corrected and submitted again


# The parts their unit may still change.
EDITABLE_STATUSES = frozenset({UnitReportStatus.draft, UnitReportStatus.returned})


class ReportingPeriod(Timestamped, Versioned, Base):
    """One round of reporting on a plan: the work from `starts_on` to `ends_on` (the cut-off),
    reported by the units to the coordinator by `internal_due_on`, and by the commune to the
    superior by `due_on`. Made from one of the plan's reporting deadlines (`deadline_id`) or
    by hand; `reporting_unit_id` names the one unit that reports in it (the police's quarterly
    report), else every unit leading a task of the plan does."""

    __tablename__ = "reporting_periods"
    __table_args__ = (
        Index("ix_reporting_periods_plan_id_due_on", "plan_id", "due_on"),
        {"info": {"label": "kỳ báo cáo"}},
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("plans.id", ondelete="CASCADE"))
    deadline_id: Mapped[int | None] = mapped_column(
        ForeignKey("reporting_deadlines.id", ondelete="SET NULL")
    )
    reporting_unit_id: Mapped[int | None] = mapped_column(
        ForeignKey("units.id", ondelete="RESTRICT")
    )
    kind: Mapped[str] = mapped_column(String(20))
    label: Mapped[str] = mapped_column(String(200))
    starts_on: Mapped[date]
    ends_on: Mapped[date]
    internal_due_on: Mapped[date]
    due_on: Mapped[date]


class UnitReport(Timestamped, Versioned, Base):
    """A responsible unit's part of the report for a period. The figures it enters are null
    until entered; the two it does not enter (press interactions, incidents handled) are
    counted from their records while the part can change and kept as counted when it is
    submitted (null again when it is returned)."""

    __tablename__ = "unit_reports"
    __table_args__ = (
        UniqueConstraint("period_id", "unit_id"),
        {"info": {"label": "báo cáo của đơn vị"}},
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    period_id: Mapped[int] = mapped_column(
        ForeignKey("reporting_periods.id", ondelete="CASCADE"), index=True
    )
    unit_id: Mapped[int] = mapped_column(ForeignKey("units.id", ondelete="RESTRICT"), index=True)
    status: Mapped[str] = mapped_column(String(20), default=UnitReportStatus.draft, index=True)
    news_items_aired: Mapped[int | None] = mapped_column(Integer)
    website_posts: Mapped[int | None] = mapped_column(Integer)
    events_held: Mapped[int | None] = mapped_column(Integer)
    people_trained: Mapped[int | None] = mapped_column(Integer)
    budget_spent: Mapped[int | None] = mapped_column(BigInteger)  # đồng
    press_interactions: Mapped[int | None] = mapped_column(Integer)  # as counted at submission
    incidents_handled: Mapped[int | None] = mapped_column(Integer)  # likewise
    difficulties: Mapped[str] = mapped_column(Text, default="")
    proposals: Mapped[str] = mapped_column(Text, default="")
    # The first submission decides whether the part came in on time; a return does not reset it.
    first_submitted_on: Mapped[date | None]
    submitted_at: Mapped[datetime | None]


class UnitReportNarrative(Base):
    """What the unit writes about one of its tasks for the period (where it wrote nothing,
    its progress reports of the period stand in for it until it submits)."""

    __tablename__ = "unit_report_narratives"
    __table_args__ = (
        UniqueConstraint("report_id", "task_id"),
        {"info": {"label": "nội dung báo cáo theo nhiệm vụ"}},
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    report_id: Mapped[int] = mapped_column(ForeignKey("unit_reports.id", ondelete="CASCADE"))
    task_id: Mapped[int] = mapped_column(ForeignKey("tasks.id", ondelete="CASCADE"), index=True)
    text: Mapped[str] = mapped_column(Text)


class UnitReportEvent(Base):
    """One step of a unit's part through its review: who, when, from and to which status, and
    the comment (a return's reason)."""

    __tablename__ = "unit_report_events"
    __table_args__ = ({"info": {"label": "lịch sử báo cáo của đơn vị"}},)

    id: Mapped[int] = mapped_column(primary_key=True)
    report_id: Mapped[int] = mapped_column(
        ForeignKey("unit_reports.id", ondelete="CASCADE"), index=True
    )
    from_status: Mapped[str] = mapped_column(String(20))
    to_status: Mapped[str] = mapped_column(String(20))
    comment: Mapped[str] = mapped_column(Text, default="")
    actor_user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    actor_name: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class CommuneReportStatus(StrEnum):
    draft = "draft"  # compiled, edited by the coordinator
    approved = "approved"  # approved by the leader, to be sent
    sent = "sent"  # with the superior
    accepted = "accepted"  # accepted by the superior
    returned = "returned"  # returned by the superior with a comment: edit, approve, send again


# The symbol of the commune's reports (Nghị định 30/2020/NĐ-CP, Phụ lục III): `12/BC-UBND`.
COMMUNE_REPORT_SYMBOL = "BC-UBND"
# What the superior sees of a commune's report: what was sent to it.
SENT_STATUSES = frozenset(
    {CommuneReportStatus.sent, CommuneReportStatus.accepted, CommuneReportStatus.returned}
)
# What the coordinator may still compile again and edit.
COMPILABLE_STATUSES = frozenset({CommuneReportStatus.draft, CommuneReportStatus.returned})


class CommuneReport(Timestamped, Versioned, Base):
    """The commune's report for a period, compiled from the accepted units' parts: the results
    (their narratives), the figures (their sums), the task status table and the units' parts
    as they stood, each kept as compiled (`compiled_at`) and then edited by the coordinator;
    approved by the leader, sent to the superior, which accepts it or returns it."""

    __tablename__ = "commune_reports"
    __table_args__ = (
        UniqueConstraint("period_id"),
        {"info": {"label": "báo cáo của xã"}},
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    period_id: Mapped[int] = mapped_column(ForeignKey("reporting_periods.id", ondelete="CASCADE"))
    status: Mapped[str] = mapped_column(String(20), default=CommuneReportStatus.draft, index=True)
    title: Mapped[str] = mapped_column(String(500))
    results: Mapped[str] = mapped_column(Text, default="")
    difficulties: Mapped[str] = mapped_column(Text, default="")
    proposals: Mapped[str] = mapped_column(Text, default="")
    # {figure name: total of the accepted parts}
    figures: Mapped[dict[str, int]] = mapped_column(JSON, default=dict)
    # [{unit_id, unit_name, counts: {task status: n}, total}] as the tasks stood when compiled
    task_statuses: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    # [{unit_id, unit_name, status, on_time}]: every unit's part when compiled
    parts: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    compiled_at: Mapped[datetime]
    sent_at: Mapped[datetime | None]
    # The commune's number for the report, taken the first time it is sent and kept after a
    # return (`commune_report_counters`): `12/BC-UBND`.
    number: Mapped[int | None] = mapped_column(Integer)

    @property
    def number_symbol(self) -> str | None:
        """`12/BC-UBND` once sent; null before."""
        return number_symbol(self.number, COMMUNE_REPORT_SYMBOL)


class CommuneReportCounter(Base):
    """The last number a commune gave its reports to the superior in a year: the first sending
    of a report takes the next one."""

    __tablename__ = "commune_report_counters"

    unit_id: Mapped[int] = mapped_column(
        ForeignKey("units.id", ondelete="CASCADE"), primary_key=True
    )
    year: Mapped[int] = mapped_column(Integer, primary_key=True)
    last_number: Mapped[int] = mapped_column(Integer, default=0)


class CommuneReportEvent(Base):
    """One step of the commune's report: compiled, approved, sent, accepted, returned."""

    __tablename__ = "commune_report_events"
    __table_args__ = ({"info": {"label": "lịch sử báo cáo của xã"}},)

    id: Mapped[int] = mapped_column(primary_key=True)
    report_id: Mapped[int] = mapped_column(
        ForeignKey("commune_reports.id", ondelete="CASCADE"), index=True
    )
    from_status: Mapped[str | None] = mapped_column(String(20))
    to_status: Mapped[str] = mapped_column(String(20))
    comment: Mapped[str] = mapped_column(Text, default="")
    actor_user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    actor_name: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
