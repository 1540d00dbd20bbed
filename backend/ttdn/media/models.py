"""The press directory: outlets (cơ quan báo chí) shared by every commune, and the reporters
(phóng viên) one commune deals with, whose phones and e-mails are personal data."""

from datetime import date
from enum import StrEnum

from sqlalchemy import JSON, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from ttdn.core.db import Base, SoftDeleted, Timestamped, Versioned


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
