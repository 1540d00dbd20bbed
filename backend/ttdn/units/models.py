from datetime import date
from enum import StrEnum

from sqlalchemy import JSON, CheckConstraint, ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from ttdn.core.db import UNIT_PATH, Base, SoftDeleted, Timestamped, Versioned


class UnitKind(StrEnum):
    province = "province"
    district = "district"
    commune = "commune"
    office = "office"
    officer_post = "officer_post"
    radio = "radio"
    police = "police"
    mass_organisation = "mass_organisation"
    residential_area = "residential_area"
    enterprise = "enterprise"
    external = "external"


# Levels of government: the nearest one above a unit is its jurisdiction (its commune, or the
# district or province itself). Nothing assumes how many levels there are.
GOVERNING_KINDS = frozenset({UnitKind.province, UnitKind.district, UnitKind.commune})
# Where a superior level sits: above the communes it watches.
LEVELS_ABOVE_COMMUNES = frozenset({UnitKind.province, UnitKind.district})


class Unit(Timestamped, Versioned, SoftDeleted, Base):
    """A node of the unit tree. `path` lists the ids from the root (`/1/4/9/`) so that a subtree
    is one prefix test; it is kept by the service whenever a unit is created or moved."""

    __tablename__ = "units"
    __table_args__ = (
        CheckConstraint(
            "valid_to IS NULL OR valid_from IS NULL OR valid_to >= valid_from",
            name="validity_order",
        ),
        Index("ix_units_path", "path", unique=True),
        {"info": {"label": "đơn vị trực thuộc"}},
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    parent_id: Mapped[int | None] = mapped_column(
        ForeignKey("units.id", ondelete="RESTRICT"), index=True
    )
    path: Mapped[str] = mapped_column(UNIT_PATH)
    kind: Mapped[str] = mapped_column(String(30))
    code: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(300))
    short_name: Mapped[str | None] = mapped_column(String(60))
    functions: Mapped[list[str]] = mapped_column(JSON, default=list)
    valid_from: Mapped[date | None]
    valid_to: Mapped[date | None]
    search_text: Mapped[str] = mapped_column(String(800), default="")
    # `sort=name` orders by this: Vietnamese alphabetical order in any database collation.
    name_sort_key: Mapped[str] = mapped_column(String(1000), default="")
