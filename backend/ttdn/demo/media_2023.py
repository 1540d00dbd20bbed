"""The press directory of the demo (seed plan, section III.2: Văn phòng HĐND&UBND gives
information to the press): outlets that cover Phú Thọ, and a few reporters Cao Xá deals with.

The reporters are fictional, and so are their numbers: all from 0900 000 1xx, which no
subscriber holds. One of them was entered twice, his phone written two ways: a likely
duplicate for an admin to merge.
"""

from dataclasses import dataclass
from datetime import date

from sqlalchemy.ext.asyncio import AsyncSession

from ttdn.core.authz import Principal
from ttdn.core.clock import clock_set_to
from ttdn.demo.progress_2023 import moment
from ttdn.media.contacts import create_contact
from ttdn.media.models import MediaContact, MediaOutlet, OutletKind, OutletLevel
from ttdn.media.outlets import create_outlet
from ttdn.media.schemas import ContactCreate, OutletCreate

# After the tasks were assigned, before the first progress report (the audit trail is in order).
ENTERED_AT = moment("09/03/2023 10:00")
BASIS = (
    "Phóng viên đồng ý cho Văn phòng HĐND&UBND xã lưu thông tin liên hệ để cung cấp thông tin "
    "báo chí (Luật Bảo vệ dữ liệu cá nhân số 91/2025/QH15)."
)
REVIEW_BY = date(2024, 3, 10)


@dataclass(frozen=True)
class DemoOutlet:
    key: str
    name: str
    kind: OutletKind
    level: OutletLevel
    website: str | None = None
    address: str | None = None


@dataclass(frozen=True)
class DemoContact:
    key: str
    full_name: str
    outlet_key: str
    position: str
    phones: tuple[str, ...]
    emails: tuple[str, ...]
    press_card_number: str | None
    beats: tuple[str, ...]


OUTLETS = (
    DemoOutlet(
        "bao_phu_tho",
        "Báo Phú Thọ",
        OutletKind.print,
        OutletLevel.provincial,
        "https://baophutho.vn",
        "Phường Tân Dân, thành phố Việt Trì, tỉnh Phú Thọ",
    ),
    DemoOutlet(
        "ptv",
        "Đài Phát thanh và Truyền hình Phú Thọ",
        OutletKind.television,
        OutletLevel.provincial,
        "https://ptv.vn",
        "Phường Tiên Cát, thành phố Việt Trì, tỉnh Phú Thọ",
    ),
    DemoOutlet(
        "vietnamplus",
        "Báo điện tử VietnamPlus (Thông tấn xã Việt Nam)",
        OutletKind.online,
        OutletLevel.central,
        "https://www.vietnamplus.vn",
        "79 Lý Thường Kiệt, Hoàn Kiếm, Hà Nội",
    ),
)

CONTACTS = (
    DemoContact(
        "le_van_binh",
        "Lê Văn Bình",
        "bao_phu_tho",
        "Phóng viên thường trú khu vực Lâm Thao",
        ("0900 000 101",),
        ("binh.lv@example.vn",),
        "PT-0101",
        ("nông thôn mới", "văn hóa"),
    ),
    DemoContact(
        "tran_thi_hoa",
        "Trần Thị Hoa",
        "ptv",
        "Biên tập viên thời sự",
        ("0900 000 102",),
        ("hoa.tt@example.vn",),
        "PT-0102",
        ("thời sự", "an ninh trật tự"),
    ),
    DemoContact(
        "pham_quoc_dung",
        "Phạm Quốc Dũng",
        "vietnamplus",
        "Phóng viên",
        ("0900 000 103",),
        ("dung.pq@example.vn",),
        "TTX-0103",
        ("kinh tế", "đối ngoại"),
    ),
    # Lê Văn Bình again, entered from his business card: the same phone, written another way.
    DemoContact(
        "le_van_binh_card",
        "Lê Văn Bình (Báo Phú Thọ)",
        "bao_phu_tho",
        "Phóng viên",
        ("+84 900 000 101",),
        (),
        None,
        ("xoan Phú Thọ",),
    ),
)


async def seed_media(
    session: AsyncSession, press_officer: Principal
) -> tuple[dict[str, MediaOutlet], dict[str, MediaContact]]:
    """The demo's outlets and reporters, entered by Văn phòng (its `press` officer), so that
    they belong to Cao Xá."""
    with clock_set_to(ENTERED_AT):
        outlets = {
            demo.key: await create_outlet(
                session,
                press_officer,
                OutletCreate(
                    name=demo.name,
                    kind=demo.kind,
                    level=demo.level,
                    website=demo.website,
                    address=demo.address,
                ),
            )
            for demo in OUTLETS
        }
        contacts = {
            demo.key: await create_contact(
                session,
                press_officer,
                ContactCreate(
                    full_name=demo.full_name,
                    outlet_id=outlets[demo.outlet_key].id,
                    position=demo.position,
                    phones=list(demo.phones),
                    emails=list(demo.emails),
                    press_card_number=demo.press_card_number,
                    beats=list(demo.beats),
                    personal_data_basis=BASIS,
                    review_by=REVIEW_BY,
                ),
            )
            for demo in CONTACTS
        }
    return outlets, contacts
