from datetime import date
from enum import StrEnum

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    ForeignKey,
    Integer,
    String,
    Text,
    UniqueConstraint,
    false,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ttdn.core.counters import number_symbol
from ttdn.core.db import Base, SoftDeleted, Timestamped, Versioned
from ttdn.units.models import Unit


class LegalReferenceKind(StrEnum):
    law = "law"
    decree = "decree"
    circular = "circular"
    decision = "decision"
    directive = "directive"
    plan = "plan"
    programme = "programme"
    resolution = "resolution"
    scheme = "scheme"
    convention = "convention"
    official_letter = "official_letter"
    other = "other"


# How legal texts name each kind of document when they cite it.
KIND_LABELS: dict[str, str] = {
    LegalReferenceKind.law: "Luật",
    LegalReferenceKind.decree: "Nghị định",
    LegalReferenceKind.circular: "Thông tư",
    LegalReferenceKind.decision: "Quyết định",
    LegalReferenceKind.directive: "Chỉ thị",
    LegalReferenceKind.plan: "Kế hoạch",
    LegalReferenceKind.programme: "Chương trình",
    LegalReferenceKind.resolution: "Nghị quyết",
    LegalReferenceKind.scheme: "Đề án",
    LegalReferenceKind.convention: "Công ước",
    LegalReferenceKind.official_letter: "Công văn",
    LegalReferenceKind.other: "Văn bản",
}


def legal_date(day: date) -> str:
    """A date as administrative texts print it (Nghị định 30/2020/NĐ-CP): days below 10 and the
    months 1 and 2 with a leading zero, other months without: `07/9/2015`, `06/01/2020`."""
    month = f"{day.month:02d}" if day.month < 3 else str(day.month)
    return f"{day.day:02d}/{month}/{day.year}"


class PlanStatus(StrEnum):
    draft = "draft"
    issued = "issued"
    closed = "closed"


class SignerAuthority(StrEnum):
    """How the signer signs: on behalf of the collective body, as deputy, acting, and so on."""

    on_behalf = "TM."  # thay mặt
    deputy = "KT."  # ký thay
    acting = "Q."  # quyền
    by_order = "TL."  # thừa lệnh
    by_authorisation = "TUQ."  # thừa ủy quyền


class SectionRole(StrEnum):
    """Sections the system reads meaning from; all others are plain text."""

    purposes = "purposes"
    requirements = "requirements"
    implementation = "implementation"  # Tổ chức thực hiện: where the tasks come from


class ReportingKind(StrEnum):
    quarterly = "quarterly"
    semiannual = "semiannual"
    yearly = "yearly"
    other = "other"


class LegalReference(Timestamped, Versioned, Base):
    """A document a plan rests on or cites: `Nghị định số 72/2015/NĐ-CP ngày 07/9/2015 của
    Chính phủ`. Shared by every plan that cites it."""

    __tablename__ = "legal_references"
    __table_args__ = (
        UniqueConstraint("kind", "number", "issuer"),
        {"info": {"label": "văn bản căn cứ"}},
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(30))
    number: Mapped[str | None] = mapped_column(String(80))
    issued_on: Mapped[date | None]
    issuer: Mapped[str] = mapped_column(String(300), default="")
    title: Mapped[str] = mapped_column(Text, default="")
    in_force: Mapped[bool] = mapped_column(Boolean, default=True)
    superseded_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("legal_references.id", ondelete="SET NULL")
    )
    # The commune (or district, province) that entered it: who may correct it.
    unit_id: Mapped[int | None] = mapped_column(
        ForeignKey("units.id", ondelete="RESTRICT"), index=True
    )
    search_text: Mapped[str] = mapped_column(String(1000), default="")

    @property
    def kind_label(self) -> str:
        return KIND_LABELS.get(self.kind, KIND_LABELS[LegalReferenceKind.other])

    @property
    def citation(self) -> str:
        """How a plan cites it: `Nghị định số 72/2015/NĐ-CP ngày 07/9/2015 của Chính phủ`; each
        part only when known."""
        parts = [self.kind_label]
        if self.number:
            parts.append(f"số {self.number}")
        if self.issued_on:
            parts.append(f"ngày {legal_date(self.issued_on)}")
        if self.issuer:
            parts.append(f"của {self.issuer}")
        return " ".join(parts)


class Plan(Timestamped, Versioned, SoftDeleted, Base):
    __tablename__ = "plans"
    __table_args__ = (
        UniqueConstraint("unit_id", "year", "symbol", "number"),
        CheckConstraint("status <> 'draft' OR number IS NULL", name="draft_has_no_number"),
        {"info": {"label": "kế hoạch"}},
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("units.id", ondelete="RESTRICT"), index=True)
    parent_plan_id: Mapped[int | None] = mapped_column(ForeignKey("plans.id", ondelete="SET NULL"))
    parent_reference_id: Mapped[int | None] = mapped_column(
        ForeignKey("legal_references.id", ondelete="SET NULL")
    )
    number: Mapped[int | None] = mapped_column(Integer)
    symbol: Mapped[str] = mapped_column(String(40), default="KH-UBND")
    title: Mapped[str] = mapped_column(String(500))
    year: Mapped[int] = mapped_column(Integer, index=True)
    place: Mapped[str] = mapped_column(String(100), default="")
    issued_on: Mapped[date | None]
    status: Mapped[str] = mapped_column(String(20), default=PlanStatus.draft)
    introduction: Mapped[str] = mapped_column(Text, default="")
    closing: Mapped[str] = mapped_column(Text, default="")
    recipients: Mapped[list[str]] = mapped_column(JSON, default=list)
    signer_authority: Mapped[str | None] = mapped_column(String(10))
    signer_body: Mapped[str | None] = mapped_column(String(200))
    signer_position: Mapped[str | None] = mapped_column(String(200))
    signer_name: Mapped[str | None] = mapped_column(String(200))
    search_text: Mapped[str] = mapped_column(String(1200), default="")

    unit: Mapped[Unit] = relationship(lazy="raise")
    legal_bases: Mapped[list["PlanLegalBasis"]] = relationship(
        lazy="raise", cascade="all, delete-orphan", order_by="PlanLegalBasis.position"
    )
    reporting_deadlines: Mapped[list["ReportingDeadline"]] = relationship(
        lazy="raise", cascade="all, delete-orphan", order_by="ReportingDeadline.due_on"
    )

    @property
    def number_symbol(self) -> str | None:
        """`38/KH-UBND` once issued; a draft has no number."""
        return number_symbol(self.number, self.symbol)


class PlanLegalBasis(Base):
    """A document a plan rests on (căn cứ, listed at its head) or, when `cited`, one its text
    cites; each kind in the plan's order."""

    __tablename__ = "plan_legal_bases"
    __table_args__ = (UniqueConstraint("plan_id", "legal_reference_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("plans.id", ondelete="CASCADE"), index=True)
    legal_reference_id: Mapped[int] = mapped_column(
        ForeignKey("legal_references.id", ondelete="RESTRICT"), index=True
    )
    position: Mapped[int] = mapped_column(Integer)
    cited: Mapped[bool] = mapped_column(default=False, server_default=false())


class ReportingDeadline(Base):
    """When the plan's units report (sơ kết 6 tháng before 01/6, tổng kết before 01/11…).
    Continuous tasks are checked at these dates."""

    __tablename__ = "reporting_deadlines"
    __table_args__ = (UniqueConstraint("plan_id", "due_on"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("plans.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(20))
    due_on: Mapped[date]
    label: Mapped[str] = mapped_column(String(200))


class PlanNumberCounter(Base):
    """The last number a unit gave its plans in a year: issuing takes the next one."""

    __tablename__ = "plan_number_counters"

    unit_id: Mapped[int] = mapped_column(
        ForeignKey("units.id", ondelete="CASCADE"), primary_key=True
    )
    year: Mapped[int] = mapped_column(Integer, primary_key=True)
    last_number: Mapped[int] = mapped_column(Integer, default=0)


class PlanSection(Timestamped, Versioned, Base):
    """A part of the plan's text (I., 1., 4.1. …): an ordered tree."""

    __tablename__ = "plan_sections"
    __table_args__ = (
        UniqueConstraint("plan_id", "parent_id", "position"),
        {"info": {"label": "mục của kế hoạch"}},
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("plans.id", ondelete="CASCADE"), index=True)
    parent_id: Mapped[int | None] = mapped_column(
        ForeignKey("plan_sections.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer)
    code: Mapped[str] = mapped_column(String(20))
    title: Mapped[str] = mapped_column(String(500))
    body: Mapped[str] = mapped_column(Text, default="")
    role: Mapped[str | None] = mapped_column(String(20))
