"""The press directory: outlets (cơ quan báo chí) shared by every commune, the reporters
(phóng viên) one commune deals with, whose phones and e-mails are personal data, and every
dealing with the press (hoạt động cung cấp thông tin), with the follow-up of press reports
about the commune and the documents handed over."""

from datetime import date, datetime
from enum import StrEnum

from sqlalchemy import JSON, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from ttdn.core.db import Base, SoftDeleted, Timestamped, Versioned, utcnow


class OutletKind(StrEnum):
    print = "print"
    online = "online"
    television = "television"
    radio = "radio"
    news_agency = "news_agency"
    magazine = "magazine"


class OutletLevel(StrEnum):
    central = "central"
    provincial = "provincial"
    local = "local"
    foreign = "foreign"


class InteractionKind(StrEnum):
    press_conference = "press_conference"  # họp báo
    press_release = "press_release"  # thông cáo báo chí
    interview = "interview"  # trả lời phỏng vấn
    information_on_request = "information_on_request"  # cung cấp thông tin theo yêu cầu
    press_report = "press_report"  # báo chí phản ánh về xã: followed up until answered
    field_visit_support = "field_visit_support"  # hỗ trợ phóng viên tác nghiệp tại địa phương


class FollowUpStatus(StrEnum):
    """The steps of a press report's follow-up, taken one after another."""

    received = "received"  # tiếp nhận
    verifying = "verifying"  # đang xác minh
    handled = "handled"  # đã xử lý
    answered = "answered"  # đã trả lời báo chí


class IdentifierKind(StrEnum):
    phone = "phone"
    email = "email"


class MediaOutlet(Timestamped, Versioned, SoftDeleted, Base):
    """A newspaper, station or agency: shared reference data, filed under the commune (or
    level) that entered it, whose press workers, coordinators and leaders correct it."""

    __tablename__ = "media_outlets"
    __table_args__ = ({"info": {"label": "cơ quan báo chí"}},)

    id: Mapped[int] = mapped_column(primary_key=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("units.id", ondelete="RESTRICT"), index=True)
    name: Mapped[str] = mapped_column(String(300))
    kind: Mapped[str] = mapped_column(String(20))
    level: Mapped[str] = mapped_column(String(20))
    website: Mapped[str | None] = mapped_column(String(300))
    phone: Mapped[str | None] = mapped_column(String(40))
    email: Mapped[str | None] = mapped_column(String(254))
    address: Mapped[str | None] = mapped_column(String(300))
    notes: Mapped[str] = mapped_column(Text, default="")
    search_text: Mapped[str] = mapped_column(Text, default="")
    name_sort_key: Mapped[str] = mapped_column(String(1000), default="")


class MediaContact(Timestamped, Versioned, SoftDeleted, Base):
    """A reporter one commune deals with. Phones and e-mails are kept as typed; their
    normalised forms (`MediaContactIdentifier`) tell likely duplicates apart."""

    __tablename__ = "media_contacts"
    __table_args__ = ({"info": {"label": "phóng viên"}},)

    id: Mapped[int] = mapped_column(primary_key=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("units.id", ondelete="RESTRICT"), index=True)
    outlet_id: Mapped[int | None] = mapped_column(
        ForeignKey("media_outlets.id", ondelete="RESTRICT"), index=True
    )
    full_name: Mapped[str] = mapped_column(String(300))
    position: Mapped[str | None] = mapped_column(String(300))
    phones: Mapped[list[str]] = mapped_column(JSON, default=list)
    emails: Mapped[list[str]] = mapped_column(JSON, default=list)
    press_card_number: Mapped[str | None] = mapped_column(String(60))
    beats: Mapped[list[str]] = mapped_column(JSON, default=list)
    # The legal basis or the consent note for keeping the personal data (Luật 91/2025/QH15).
    personal_data_basis: Mapped[str] = mapped_column(Text)
    review_by: Mapped[date | None]
    # Set when an admin merged this contact into another (and soft-deleted it).
    merged_into_id: Mapped[int | None] = mapped_column(
        ForeignKey("media_contacts.id", ondelete="SET NULL")
    )
    search_text: Mapped[str] = mapped_column(Text, default="")
    name_sort_key: Mapped[str] = mapped_column(String(1000), default="")


class MediaContactIdentifier(Base):
    """A contact's phone (`+84912345678`) or e-mail (lowercased) in the one form two spellings
    share: the commune's contacts that share one are likely duplicates."""

    __tablename__ = "media_contact_identifiers"
    __table_args__ = (
        Index("ix_media_contact_identifiers_unit_id_value", "unit_id", "value"),
        {"info": {"label": "số điện thoại, thư điện tử của phóng viên"}},
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    contact_id: Mapped[int] = mapped_column(
        ForeignKey("media_contacts.id", ondelete="CASCADE"), index=True
    )
    unit_id: Mapped[int] = mapped_column(ForeignKey("units.id", ondelete="RESTRICT"))
    kind: Mapped[str] = mapped_column(String(10))
    value: Mapped[str] = mapped_column(String(254))


class MediaInteraction(Timestamped, Versioned, SoftDeleted, Base):
    """One dealing with the press by a unit of a commune (`unit_id`: the office that gave the
    information, or the area a reporter visited). A press report about the commune carries its
    follow-up: the current step, the due date of the answer, and the answer sent."""

    __tablename__ = "media_interactions"
    __table_args__ = (
        Index("ix_media_interactions_unit_id_occurred_on", "unit_id", "occurred_on"),
        {"info": {"label": "hoạt động báo chí"}},
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("units.id", ondelete="RESTRICT"))
    kind: Mapped[str] = mapped_column(String(30))
    occurred_on: Mapped[date] = mapped_column(index=True)
    topic: Mapped[str] = mapped_column(String(300))
    spokesperson: Mapped[str | None] = mapped_column(String(300))
    summary: Mapped[str] = mapped_column(Text, default="")
    published_links: Mapped[list[str]] = mapped_column(JSON, default=list)
    # The plan's task this counts as progress on, and the progress report it made there.
    task_id: Mapped[int | None] = mapped_column(
        ForeignKey("tasks.id", ondelete="RESTRICT"), index=True
    )
    task_update_id: Mapped[int | None] = mapped_column(
        ForeignKey("task_updates.id", ondelete="SET NULL")
    )
    # The false-information incident this dealing with the press was about, if any.
    incident_id: Mapped[int | None] = mapped_column(
        ForeignKey("incidents.id", ondelete="SET NULL"), index=True
    )
    follow_up_status: Mapped[str | None] = mapped_column(String(20), index=True)
    due_on: Mapped[date | None]
    answer: Mapped[str | None] = mapped_column(Text)
    answered_on: Mapped[date | None]
    search_text: Mapped[str] = mapped_column(Text, default="")
    topic_key: Mapped[str] = mapped_column(String(300), default="")


class MediaInteractionOutlet(Base):
    __tablename__ = "media_interaction_outlets"
    __table_args__ = (
        UniqueConstraint("interaction_id", "outlet_id"),
        {"info": {"label": "cơ quan báo chí của hoạt động"}},
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    interaction_id: Mapped[int] = mapped_column(
        ForeignKey("media_interactions.id", ondelete="CASCADE")
    )
    outlet_id: Mapped[int] = mapped_column(
        ForeignKey("media_outlets.id", ondelete="RESTRICT"), index=True
    )


class MediaInteractionContact(Base):
    __tablename__ = "media_interaction_contacts"
    __table_args__ = (
        UniqueConstraint("interaction_id", "contact_id"),
        {"info": {"label": "phóng viên của hoạt động"}},
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    interaction_id: Mapped[int] = mapped_column(
        ForeignKey("media_interactions.id", ondelete="CASCADE")
    )
    contact_id: Mapped[int] = mapped_column(
        ForeignKey("media_contacts.id", ondelete="RESTRICT"), index=True
    )


class MediaFollowUpStep(Base):
    """One step of a press report's follow-up, as it was taken: who, when, with what note."""

    __tablename__ = "media_follow_up_steps"
    __table_args__ = ({"info": {"label": "bước xử lý phản ánh của báo chí"}},)

    id: Mapped[int] = mapped_column(primary_key=True)
    interaction_id: Mapped[int] = mapped_column(
        ForeignKey("media_interactions.id", ondelete="CASCADE"), index=True
    )
    status: Mapped[str] = mapped_column(String(20))
    note: Mapped[str] = mapped_column(Text, default="")
    author_user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    author_name: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class MediaDocument(Base):
    """A document handed over (or received) in an interaction. The file itself lies in the
    file store (`core.files`) under its SHA-256; a removal is soft and audited."""

    __tablename__ = "media_documents"
    __table_args__ = ({"info": {"label": "tài liệu của hoạt động báo chí"}},)

    id: Mapped[int] = mapped_column(primary_key=True)
    interaction_id: Mapped[int] = mapped_column(
        ForeignKey("media_interactions.id", ondelete="CASCADE"), index=True
    )
    filename: Mapped[str] = mapped_column(String(255))
    content_type: Mapped[str] = mapped_column(String(120))
    size_bytes: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64))
    uploaded_by_user_id: Mapped[int | None] = mapped_column(
        ForeignKey("users.id", ondelete="SET NULL")
    )
    uploaded_by_name: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    deleted_at: Mapped[datetime | None] = mapped_column(default=None)
