"""False or distorted information about the commune (thông tin sai lệch): each incident as it
was reported, its processing status and verdict, the timeline of everything done on it, and the
web addresses that tell a new report of the same thing from a new incident."""

from datetime import date, datetime
from enum import StrEnum

from sqlalchemy import JSON, ForeignKey, Index, Integer, String, Text, UniqueConstraint, text
from sqlalchemy.orm import Mapped, mapped_column

from ttdn.core.db import Base, SoftDeleted, Timestamped, Versioned, utcnow


class IncidentStatus(StrEnum):
    new = "new"  # mới tiếp nhận
    verifying = "verifying"  # đang xác minh
    confirmed = "confirmed"  # xác định là thông tin sai lệch
    dismissed = "dismissed"  # không phải thông tin sai lệch
    responding = "responding"  # đang xử lý, phản bác
    resolved = "resolved"  # đã xử lý xong
    closed = "closed"  # đã kết thúc


# Still being dealt with: may be escalated, and a new report of its addresses joins it.
OPEN_STATUSES = frozenset(
    {
        IncidentStatus.new,
        IncidentStatus.verifying,
        IncidentStatus.confirmed,
        IncidentStatus.responding,
    }
)


class Verdict(StrEnum):
    """What the information was found to be, apart from how far its processing got."""

    false = "false"
    misleading = "misleading"
    partly_false = "partly_false"
    unverified = "unverified"
    true = "true"


class Platform(StrEnum):
    facebook = "facebook"
    tiktok = "tiktok"
    youtube = "youtube"
    zalo = "zalo"
    website = "website"
    press = "press"
    word_of_mouth = "word_of_mouth"
    other = "other"


class Category(StrEnum):
    party_state_policy = "party_state_policy"  # xuyên tạc chủ trương của Đảng, Nhà nước
    sovereignty = "sovereignty"  # chủ quyền biển, đảo, biên giới
    democracy_rights_religion = "democracy_rights_religion"  # dân chủ, nhân quyền, tôn giáo
    local_government = "local_government"  # chính quyền, cán bộ địa phương
    local_socio_economic = "local_socio_economic"  # tình hình kinh tế - xã hội địa phương
    disasters_health = "disasters_health"  # thiên tai, dịch bệnh, y tế
    fraud = "fraud"  # lừa đảo
    other = "other"


class Scope(StrEnum):
    commune = "commune"
    district_province = "district_province"
    national = "national"


class Severity(StrEnum):
    low = "low"
    medium = "medium"
    high = "high"
    critical = "critical"


class Classification(StrEnum):
    public = "public"  # every member of the commune
    internal = "internal"  # those who deal with it: coordinators, leaders, the security unit
    confidential = "confidential"  # the leader and the security unit


class EventKind(StrEnum):
    reported = "reported"
    sighting = "sighting"  # the same thing reported again
    transition = "transition"
    verdict = "verdict"
    edited = "edited"
    escalated = "escalated"
    acknowledged = "acknowledged"
    action = "action"
    evidence_added = "evidence_added"
    evidence_removed = "evidence_removed"


class Incident(Timestamped, Versioned, SoftDeleted, Base):
    """One piece of false or distorted information about a commune (`unit_id`), as reported
    and dealt with. `code` reads `TTSL-<year>-<number>`, numbered per commune and year."""

    __tablename__ = "incidents"
    __table_args__ = (
        UniqueConstraint("unit_id", "year", "number"),
        Index("ix_incidents_unit_id_detected_at", "unit_id", "detected_at"),
        # The superior's way in: a province's few hundred escalated incidents, found commune by
        # commune without walking each commune's hundreds of others.
        Index(
            "ix_incidents_escalated_unit_id",
            "unit_id",
            sqlite_where=text("escalated_at IS NOT NULL"),
            postgresql_where=text("escalated_at IS NOT NULL"),
        ),
        {"info": {"label": "vụ việc thông tin sai lệch"}},
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("units.id", ondelete="RESTRICT"))
    year: Mapped[int] = mapped_column(Integer)
    number: Mapped[int] = mapped_column(Integer)
    code: Mapped[str] = mapped_column(String(20))
    title: Mapped[str] = mapped_column(String(300))
    detected_at: Mapped[datetime]
    reported_by_user_id: Mapped[int | None] = mapped_column(
        ForeignKey("users.id", ondelete="SET NULL"), index=True
    )
    reported_by_name: Mapped[str] = mapped_column(String(200))
    reporting_unit_id: Mapped[int] = mapped_column(ForeignKey("units.id", ondelete="RESTRICT"))
    platform: Mapped[str] = mapped_column(String(20))
    urls: Mapped[list[str]] = mapped_column(JSON, default=list)
    account_name: Mapped[str | None] = mapped_column(String(300))
    summary: Mapped[str] = mapped_column(Text, default="")
    category: Mapped[str] = mapped_column(String(40))
    scope: Mapped[str] = mapped_column(String(20))
    views: Mapped[int | None] = mapped_column(Integer)
    shares: Mapped[int | None] = mapped_column(Integer)
    comments: Mapped[int | None] = mapped_column(Integer)
    severity: Mapped[str] = mapped_column(String(10))
    classification: Mapped[str] = mapped_column(String(20))
    status: Mapped[str] = mapped_column(String(20), index=True)
    verdict: Mapped[str | None] = mapped_column(String(20))
    sightings: Mapped[int] = mapped_column(Integer, default=1)
    escalated_at: Mapped[datetime | None]
    acknowledged_at: Mapped[datetime | None]
    search_text: Mapped[str] = mapped_column(Text, default="")


class IncidentUrl(Base):
    """An incident's web address in the one form its spellings share (`core.urls`), filed under
    the commune: a new report of an open incident's address joins it."""

    __tablename__ = "incident_urls"
    __table_args__ = (
        Index("ix_incident_urls_unit_id_url", "unit_id", "url"),
        {"info": {"label": "đường dẫn của vụ việc"}},
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    incident_id: Mapped[int] = mapped_column(
        ForeignKey("incidents.id", ondelete="CASCADE"), index=True
    )
    unit_id: Mapped[int] = mapped_column(ForeignKey("units.id", ondelete="RESTRICT"))
    url: Mapped[str] = mapped_column(String(2000))


class IncidentReporter(Base):
    """Someone who reported the incident (first, or as another sighting): they follow it and
    its status whatever its classification."""

    __tablename__ = "incident_reporters"
    __table_args__ = (
        UniqueConstraint("incident_id", "user_id"),
        {"info": {"label": "người báo tin vụ việc"}},
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    incident_id: Mapped[int] = mapped_column(ForeignKey("incidents.id", ondelete="CASCADE"))
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)


class IncidentEvent(Base):
    """One entry of an incident's timeline: its report, another sighting, a change of status
    (with its reason), a verdict, an escalation and its acknowledgement."""

    __tablename__ = "incident_events"
    __table_args__ = ({"info": {"label": "diễn biến vụ việc"}},)

    id: Mapped[int] = mapped_column(primary_key=True)
    incident_id: Mapped[int] = mapped_column(
        ForeignKey("incidents.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[str] = mapped_column(String(20))
    from_status: Mapped[str | None] = mapped_column(String(20))
    to_status: Mapped[str | None] = mapped_column(String(20))
    reason: Mapped[str] = mapped_column(Text, default="")
    details: Mapped[dict[str, object]] = mapped_column(JSON, default=dict)
    author_user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    author_name: Mapped[str] = mapped_column(String(200))
    author_unit_id: Mapped[int | None] = mapped_column(ForeignKey("units.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class IncidentCodeCounter(Base):
    """The last number a commune gave its incidents in a year."""

    __tablename__ = "incident_code_counters"

    unit_id: Mapped[int] = mapped_column(
        ForeignKey("units.id", ondelete="CASCADE"), primary_key=True
    )
    year: Mapped[int] = mapped_column(Integer, primary_key=True)
    last_number: Mapped[int] = mapped_column(Integer, default=0)


class ActionKind(StrEnum):
    rebuttal_post = "rebuttal_post"  # bài phản bác trên trang của xã
    radio_broadcast = "radio_broadcast"  # phát trên đài truyền thanh
    meeting = "meeting"  # gặp gỡ, vận động, thuyết phục
    takedown_request = "takedown_request"  # đề nghị nền tảng gỡ bỏ
    police_report = "police_report"  # chuyển cơ quan công an
    superior_report = "superior_report"  # báo cáo cấp trên
    sanction_proposal = "sanction_proposal"  # đề nghị xử phạt hành chính
    monitoring = "monitoring"  # chỉ theo dõi


class IncidentAction(Timestamped, Base):
    """Something done against the incident by a unit of the commune; it may count as progress
    on a task of the plan (III.5, III.6, III.8)."""

    __tablename__ = "incident_actions"
    __table_args__ = ({"info": {"label": "biện pháp xử lý vụ việc"}},)

    id: Mapped[int] = mapped_column(primary_key=True)
    incident_id: Mapped[int] = mapped_column(
        ForeignKey("incidents.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[str] = mapped_column(String(30))
    taken_on: Mapped[date]
    unit_id: Mapped[int] = mapped_column(ForeignKey("units.id", ondelete="RESTRICT"))
    link: Mapped[str | None] = mapped_column(String(2000))
    evidence_id: Mapped[int | None] = mapped_column(
        ForeignKey("incident_evidence.id", ondelete="SET NULL")
    )
    result: Mapped[str] = mapped_column(Text, default="")
    task_id: Mapped[int | None] = mapped_column(ForeignKey("tasks.id", ondelete="RESTRICT"))
    task_update_id: Mapped[int | None] = mapped_column(
        ForeignKey("task_updates.id", ondelete="SET NULL")
    )
    author_user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    author_name: Mapped[str] = mapped_column(String(200))


class IncidentEvidence(Base):
    """A screenshot, PDF or short video of the incident, kept byte for byte in the file store
    under its SHA-256; an image also has a preview re-encoded without its metadata (a phone
    photo's position must not reach every viewer). Append-only: a removal is soft, by the
    security unit, and on the timeline."""

    __tablename__ = "incident_evidence"
    __table_args__ = ({"info": {"label": "chứng cứ vụ việc"}},)

    id: Mapped[int] = mapped_column(primary_key=True)
    incident_id: Mapped[int] = mapped_column(
        ForeignKey("incidents.id", ondelete="CASCADE"), index=True
    )
    filename: Mapped[str] = mapped_column(String(255))
    content_type: Mapped[str] = mapped_column(String(120))
    size_bytes: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64))
    preview_sha256: Mapped[str | None] = mapped_column(String(64))
    captured_at: Mapped[datetime | None]
    uploaded_by_user_id: Mapped[int | None] = mapped_column(
        ForeignKey("users.id", ondelete="SET NULL")
    )
    uploaded_by_name: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    removed_at: Mapped[datetime | None]
    removal_reason: Mapped[str | None] = mapped_column(Text)


class PersonRole(StrEnum):
    author = "author"  # người đăng tải
    sharer = "sharer"  # người chia sẻ
    commenter = "commenter"  # người bình luận, phát tán


class Decision(StrEnum):
    none = "none"  # chưa xử lý
    reminder = "reminder"  # nhắc nhở
    commitment = "commitment"  # làm cam kết
    warning = "warning"  # phạt cảnh cáo
    fine = "fine"  # phạt tiền
    criminal_referral = "criminal_referral"  # chuyển xử lý hình sự


class IncidentPerson(Timestamped, Versioned, SoftDeleted, Base):
    """Someone who spread the information, and what was decided about them: read and written
    by members of a `security` unit alone (everyone else sees how many)."""

    __tablename__ = "incident_people"
    __table_args__ = ({"info": {"label": "người liên quan vụ việc"}},)

    id: Mapped[int] = mapped_column(primary_key=True)
    incident_id: Mapped[int] = mapped_column(
        ForeignKey("incidents.id", ondelete="CASCADE"), index=True
    )
    full_name: Mapped[str] = mapped_column(String(200))
    birth_year: Mapped[int | None] = mapped_column(Integer)
    address: Mapped[str | None] = mapped_column(String(300))
    account_name: Mapped[str | None] = mapped_column(String(300))
    role: Mapped[str] = mapped_column(String(20))
    decision: Mapped[str] = mapped_column(String(30), default=Decision.none)
    decision_number: Mapped[str | None] = mapped_column(String(60))
    decided_on: Mapped[date | None]
    fine_vnd: Mapped[int | None] = mapped_column(Integer)
    notes: Mapped[str] = mapped_column(Text, default="")
