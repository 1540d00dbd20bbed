from datetime import datetime

from sqlalchemy import ForeignKey, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ttdn.core.db import Base, SoftDeleted, Timestamped, Versioned, utcnow


class User(Timestamped, Versioned, SoftDeleted, Base):
    __tablename__ = "users"
    __table_args__ = ({"info": {"label": "người dùng"}},)

    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(50), unique=True)
    full_name: Mapped[str] = mapped_column(String(200))
    phone: Mapped[str | None] = mapped_column(String(30))
    email: Mapped[str | None] = mapped_column(String(254))
    is_active: Mapped[bool] = mapped_column(default=True)
    # Made by `ttdn seed-demo`: a production server refuses to start while any exists.
    is_demo: Mapped[bool] = mapped_column(default=False)
    password_hash: Mapped[str] = mapped_column(String(300))
    last_login_at: Mapped[datetime | None]
    search_text: Mapped[str] = mapped_column(String(600), default="")

    memberships: Mapped[list["Membership"]] = relationship(
        back_populates="user",
        lazy="raise",
        cascade="all, delete-orphan",
        order_by="Membership.id",
    )


class Membership(Base):
    """A user's role in one unit."""

    __tablename__ = "memberships"
    __table_args__ = (
        UniqueConstraint("user_id", "unit_id"),
        {"info": {"label": "thành viên"}},
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("units.id", ondelete="RESTRICT"), index=True)
    role: Mapped[str] = mapped_column(String(20))

    user: Mapped[User] = relationship(back_populates="memberships", lazy="raise")


class LoginThrottle(Base):
    """Failed logins in a row, per username typed (known or not, so both behave the same)."""

    __tablename__ = "login_throttles"

    username: Mapped[str] = mapped_column(String(300), primary_key=True)
    failures: Mapped[int] = mapped_column(Integer, default=0)
    last_failure_at: Mapped[datetime] = mapped_column(default=utcnow)
    locked_until: Mapped[datetime | None]


class RefreshToken(Base):
    """An opaque refresh token, stored as its SHA-256. Each use spends it and issues the next of
    the same family; presenting a spent one revokes the whole family (it was stolen)."""

    __tablename__ = "refresh_tokens"

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    family: Mapped[str] = mapped_column(String(32), index=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    issued_at: Mapped[datetime] = mapped_column(default=utcnow)
    expires_at: Mapped[datetime]
    spent_at: Mapped[datetime | None]
    revoked_at: Mapped[datetime | None]
