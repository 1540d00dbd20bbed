"""The press work of the demo (seed plan, sections II.4.4 and III.2: Văn phòng HĐND&UBND gives
information to the press and answers what it reports): outlets that cover Phú Thọ, a few
reporters Cao Xá deals with, and the year's interactions with them.

The reporters are fictional, and so are their numbers: all from 0900 000 1xx, which no
subscriber holds. One of them was entered twice, his phone written two ways: a likely
duplicate for an admin to merge.
"""

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from sqlalchemy.ext.asyncio import AsyncSession

from ttdn.core.authz import Principal
from ttdn.core.clock import clock_set_to
from ttdn.demo.progress_2023 import day, moment
from ttdn.demo.timeline import TimedAction, run_in_order
from ttdn.media.contacts import create_contact
from ttdn.media.follow_up import take_step
from ttdn.media.interaction_edits import create_interaction
from ttdn.media.models import (
    FollowUpStatus,
    InteractionKind,
    MediaContact,
    MediaInteraction,
    MediaOutlet,
    OutletKind,
    OutletLevel,
)
from ttdn.media.outlets import create_outlet
from ttdn.media.schemas import ContactCreate, FollowUpStep, InteractionCreate, OutletCreate

# After the tasks were assigned, before the first progress report (the audit trail is in order).
ENTERED_AT = moment("09/03/2023 10:00")
BASIS = (
    "Phóng viên đồng ý cho Văn phòng HĐND&UBND xã lưu thông tin liên hệ để cung cấp thông tin "
    "báo chí (Luật Bảo vệ dữ liệu cá nhân số 91/2025/QH15)."
)
REVIEW_BY = date(2024, 3, 10)
SPOKESPERSON = "Quách Văn Chí, Chủ tịch UBND xã"


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


@dataclass(frozen=True)
class DemoFollowUp:
    at: str  # when the step was taken (Vietnam time)
    status: FollowUpStatus
    note: str = ""
    answer: str | None = None


@dataclass(frozen=True)
class DemoInteraction:
    key: str
    at: str  # when it was logged (Vietnam time); it took place that day
    kind: InteractionKind
    unit_key: str
    topic: str
    summary: str
    outlet_keys: tuple[str, ...]
    contact_keys: tuple[str, ...] = ()
    spokesperson: str | None = SPOKESPERSON
    published_links: tuple[str, ...] = ()
    follow_up: tuple[DemoFollowUp, ...] = ()


# Seed plan II.4.4 (information for the press on the commune's life) and III.2 (follow what the
# press reports about the commune, and answer it), as Văn phòng logged them through 2023.
INTERACTIONS = (
    DemoInteraction(
        "vu_xuan",
        "28/04/2023 09:00",
        InteractionKind.information_on_request,
        "van_phong",
        "Sản xuất vụ Xuân 2023",
        "Cung cấp số liệu diện tích, năng suất lúa vụ Xuân và mô hình cánh đồng lớn cho phóng "
        "viên Báo Phú Thọ.",
        ("bao_phu_tho",),
        ("le_van_binh",),
        published_links=("https://baophutho.vn/vu-xuan-cao-xa-2023",),
    ),
    DemoInteraction(
        "nong_thon_moi_khu_1",
        "16/05/2023 14:00",
        InteractionKind.field_visit_support,
        "khu_1",
        "Khu dân cư kiểu mẫu trong xây dựng nông thôn mới nâng cao",
        "Đưa phóng viên Đài Phát thanh và Truyền hình Phú Thọ ghi hình tại Khu 1; trưởng khu "
        "giới thiệu mô hình tự quản về vệ sinh môi trường.",
        ("ptv",),
        ("tran_thi_hoa",),
        spokesperson="Vũ Văn Hùng, Trưởng khu 1 (được Chủ tịch UBND xã giao)",
    ),
    DemoInteraction(
        "ocop",
        "10/08/2023 10:00",
        InteractionKind.interview,
        "van_phong",
        "Thu hút đầu tư và quảng bá sản phẩm OCOP của xã",
        "Chủ tịch UBND xã trả lời phỏng vấn Báo điện tử VietnamPlus về cơ hội đầu tư vào cụm "
        "công nghiệp và sản phẩm OCOP của xã.",
        ("vietnamplus",),
        ("pham_quoc_dung",),
        published_links=("https://www.vietnamplus.vn/cao-xa-ocop-2023",),
    ),
    DemoInteraction(
        "rac_thai",
        "20/09/2023 09:30",
        InteractionKind.press_report,
        "van_phong",
        "Rác thải tồn đọng ven đường liên xã",
        "Đài Phát thanh và Truyền hình Phú Thọ phản ánh rác thải tồn đọng ven đường liên xã "
        "đoạn qua Khu 2.",
        ("ptv",),
        ("tran_thi_hoa",),
        follow_up=(
            DemoFollowUp("21/09/2023 08:30", FollowUpStatus.verifying, "Kiểm tra thực địa Khu 2."),
            DemoFollowUp(
                "25/09/2023 16:00",
                FollowUpStatus.handled,
                "Chủ tịch chỉ đạo thu gom; Khu 2 tổ chức dọn vệ sinh ngày 24/9.",
            ),
            DemoFollowUp(
                "02/10/2023 10:00",
                FollowUpStatus.answered,
                answer="UBND xã đã chỉ đạo thu gom, xử lý toàn bộ rác tồn đọng; giao Khu 2 duy trì "
                "tổng vệ sinh hằng tuần. Kết quả đã gửi phóng viên Trần Thị Hoa.",
            ),
        ),
    ),
    DemoInteraction(
        "duong_noi_dong",
        "04/12/2023 15:00",
        InteractionKind.press_report,
        "van_phong",
        "Đường giao thông nội đồng Khu 3 xuống cấp",
        "Báo Phú Thọ phản ánh tuyến đường nội đồng Khu 3 xuống cấp, gây khó khăn cho việc vận "
        "chuyển nông sản.",
        ("bao_phu_tho",),
        ("le_van_binh",),
        follow_up=(
            DemoFollowUp(
                "05/12/2023 08:00",
                FollowUpStatus.verifying,
                "Giao công chức Địa chính - Nông nghiệp - Xây dựng kiểm tra hiện trạng.",
            ),
        ),
    ),
)


def interaction_actions(
    session: AsyncSession,
    press_officer: Principal,
    unit_ids: Mapping[str, int],
    outlet_ids: Mapping[str, int],
    contact_ids: Mapping[str, int],
    into: dict[str, MediaInteraction],
) -> list[TimedAction]:
    """The press work of 2023 as Văn phòng logged and followed it up, each on its own day,
    for the demo's timeline; the interactions land in `into` by key. The last press report
    still awaits its answer."""

    def logging(demo: DemoInteraction) -> TimedAction:
        async def log() -> None:
            into[demo.key] = await create_interaction(
                session,
                press_officer,
                InteractionCreate(
                    unit_id=unit_ids[demo.unit_key],
                    kind=demo.kind,
                    occurred_on=day(demo.at.split()[0]),
                    topic=demo.topic,
                    spokesperson=demo.spokesperson,
                    summary=demo.summary,
                    outlet_ids=[outlet_ids[key] for key in demo.outlet_keys],
                    contact_ids=[contact_ids[key] for key in demo.contact_keys],
                    published_links=list(demo.published_links),
                ),
            )

        return moment(demo.at), log

    def following_up(key: str, step: DemoFollowUp) -> TimedAction:
        async def take() -> None:
            interaction = into[key]
            data = FollowUpStep(status=step.status, note=step.note, answer=step.answer)
            await take_step(session, press_officer, interaction.id, data, interaction.version)

        return moment(step.at), take

    return [
        action
        for demo in INTERACTIONS
        for action in [
            logging(demo),
            *(following_up(demo.key, step) for step in demo.follow_up),
        ]
    ]


async def seed_interactions(
    session: AsyncSession,
    press_officer: Principal,
    unit_ids: Mapping[str, int],
    outlet_ids: Mapping[str, int],
    contact_ids: Mapping[str, int],
) -> dict[str, MediaInteraction]:
    """The press work of 2023 alone, in its order (the demo enters it within its timeline)."""
    interactions: dict[str, MediaInteraction] = {}
    actions = interaction_actions(
        session, press_officer, unit_ids, outlet_ids, contact_ids, interactions
    )
    await run_in_order(session, actions)
    return interactions
