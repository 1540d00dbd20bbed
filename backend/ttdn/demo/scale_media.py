"""The press work of `ttdn seed-scale`'s province (issue 9): outlets every commune shares,
entered once at the province, the reporters each commune's Văn phòng deals with, and its
dealings with them through the year (press reports among them, followed up).

Rows are made the way `media.outlets` and `media.contacts` make them: the same model objects
indexed by the same helpers (search text, sort key), each contact's phones and e-mails
normalised into identifier rows by `contacts.identifiers`, each creation with its audit event.
The reporters are fictional and so are their numbers, all from 0900 xxx xxx (no subscriber
holds one): the `k`-th reporter of commune `n` answers on `0900 nnn 0kk`. The last
`DUPLICATES` of each commune's reporters were entered again from a business card: one shares
an earlier reporter's phone written in the international form, the other its e-mail in
capitals, so each commune has likely duplicates to merge.
"""

from datetime import date, timedelta
from typing import Any, cast

from sqlalchemy import Table

from ttdn.core.text import fold
from ttdn.demo.media_2023 import BASIS
from ttdn.demo.scale_province import YEAR, Builder, Commune, made_up_name, moment
from ttdn.demo.scale_tasks import AS_OF
from ttdn.media.contacts import identifiers
from ttdn.media.contacts import index as index_contact
from ttdn.media.contacts import snapshot as contact_snapshot
from ttdn.media.interaction_edits import index as index_interaction
from ttdn.media.models import (
    FollowUpStatus,
    InteractionKind,
    MediaContact,
    MediaInteraction,
    MediaOutlet,
    OutletKind,
    OutletLevel,
)
from ttdn.media.outlets import index as index_outlet
from ttdn.media.schemas import OutletRead

OUTLETS = 500  # shared by the province
CONTACTS_PER_COMMUNE = 20
INTERACTIONS_PER_COMMUNE = 100
INTERACTIONS_FROM = date(YEAR, 1, 20)
ANSWER_DAYS = 15
DUPLICATES = 2  # of each commune's contacts: re-entries of earlier ones
OUTLETS_ENTERED_ON = date(YEAR, 1, 3)
CONTACTS_ENTERED_ON = date(YEAR, 2, 3)
REVIEW_BY = date(YEAR + 1, 2, 3)

_PREFIXES = {
    OutletKind.print: "Báo",
    OutletKind.online: "Báo điện tử",
    OutletKind.television: "Đài Truyền hình",
    OutletKind.radio: "Đài Phát thanh",
    OutletKind.news_agency: "Thông tấn",
    OutletKind.magazine: "Tạp chí",
}
_SUBJECTS = (
    "Nông nghiệp",
    "Kinh tế",
    "Văn hóa",
    "Đời sống",
    "Pháp luật",
    "Du lịch",
    "Thanh niên",
    "Phụ nữ",
    "Dân tộc",
    "Khoa học",
    "Giáo dục",
    "Sức khỏe",
)
_PLACES = (
    "Việt Trì",
    "Phú Thọ",
    "Lâm Thao",
    "Thanh Sơn",
    "Hạ Hòa",
    "Đoan Hùng",
    "Tam Nông",
    "Yên Lập",
    "Cẩm Khê",
    "Thanh Ba",
    "Vĩnh Phúc",
    "Hòa Bình",
    "Trung du",
    "Đất Tổ",
    "Sông Lô",
    "Sông Thao",
)
_POSITIONS = (
    "Phóng viên",
    "Phóng viên thường trú",
    "Biên tập viên",
    "Trưởng ban Thời sự",
    "Phó Tổng biên tập",
    "Quay phim",
)
_TOPICS = (
    "Sản xuất vụ Xuân",
    "Xây dựng nông thôn mới nâng cao",
    "Thu hút đầu tư vào cụm công nghiệp",
    "Sản phẩm OCOP của xã",
    "Lễ hội truyền thống",
    "Vệ sinh môi trường khu dân cư",
    "Chuyển đổi số cấp xã",
    "Phòng, chống thiên tai",
    "Giải phóng mặt bằng đường liên xã",
    "Chăm lo gia đình chính sách",
)
_BEATS = (
    "nông thôn mới",
    "văn hóa",
    "thời sự",
    "an ninh trật tự",
    "kinh tế",
    "đối ngoại",
    "du lịch",
    "môi trường",
    "giáo dục",
    "y tế",
)


def _row(builder: Builder, instance: MediaOutlet | MediaContact | MediaInteraction) -> int:
    """The model object's columns as a row of its table, with the id it was made with."""
    table = cast(Table, type(instance).__table__)
    values = {column.name: getattr(instance, column.name) for column in table.columns}
    del values["id"]
    return builder.add(table.name, **values)


def province_outlets(builder: Builder, province: int) -> list[int]:
    """`OUTLETS` outlets of every kind and level, entered at the province: their ids."""
    rng, path = builder.random, builder.paths[province]
    kinds, levels = list(OutletKind), list(OutletLevel)
    names: set[str] = set()
    ids = []
    for i in range(OUTLETS):
        kind, level = kinds[i % len(kinds)], levels[i // len(kinds) % len(levels)]
        name = ""
        while not name or name in names:
            name = f"{_PREFIXES[kind]} {rng.choice(_SUBJECTS)} {rng.choice(_PLACES)}"
            if level == OutletLevel.foreign:
                name = f"{name} (văn phòng đại diện)"
        names.add(name)
        at = moment(OUTLETS_ENTERED_ON, 8, i // 60 % 60, i % 60)
        outlet = MediaOutlet(
            id=builder.next_id("media_outlets"),
            unit_id=province,
            name=name,
            kind=kind.value,
            level=level.value,
            website=f"https://tbt{i + 1:03d}.example.vn",
            phone=f"0900 999 {i + 1:03d}",
            email=f"toasoan{i + 1:03d}@example.vn",
            address=f"Số {i + 1}, {rng.choice(_PLACES)}, tỉnh Phú Thọ",
            notes="",
            version=1,
            created_at=at,
            updated_at=at,
            deleted_at=None,
        )
        index_outlet(outlet)
        ids.append(_row(builder, outlet))
        builder.event(
            at, "media.outlets.create", None, unit_path=path, object_type="media_outlet",
            object_id=outlet.id, after=OutletRead.model_validate(outlet).model_dump(mode="json"),
        )  # fmt: skip
    return ids


def _contact_values(
    builder: Builder, commune: Commune, k: int, outlets: list[int]
) -> dict[str, Any]:
    rng, n = builder.random, commune.number
    full_name = made_up_name(rng)
    given = fold(full_name).split()
    return {
        "full_name": full_name,
        "outlet_id": rng.choice(outlets),
        "position": rng.choice(_POSITIONS),
        "phones": [f"0900 {n:03d} {k:03d}"],
        "emails": [f"{given[-1]}.{given[0][0]}{n:03d}{k:02d}@example.vn"],
        "press_card_number": None if k % 7 == 0 else f"PV-{n:03d}-{k:02d}",
        "beats": rng.sample(_BEATS, 2),
    }


def press_contacts(builder: Builder, commune: Commune, outlets: list[int]) -> list[int]:
    """The commune's `CONTACTS_PER_COMMUNE` reporters, entered by its Văn phòng (its press
    office) in early February; the last `DUPLICATES` are re-entries of earlier ones. Their
    ids."""
    commune_id = commune.unit_ids["commune"]
    path, officer = builder.paths[commune_id], commune.users["vanphong"]
    entered = [
        _contact_values(builder, commune, k, outlets)
        for k in range(1, CONTACTS_PER_COMMUNE - DUPLICATES + 1)
    ]
    by_phone, by_email = builder.random.sample(entered, DUPLICATES)
    entered.append(
        {
            **by_phone,
            "beats": list(by_phone["beats"]),
            "position": "Phóng viên",
            "phones": ["+84 " + by_phone["phones"][0][1:]],
            "emails": [],
            "press_card_number": None,
        }
    )
    entered.append(
        {
            **by_email,
            "beats": list(by_email["beats"]),
            "full_name": f"{by_email['full_name']} (danh thiếp)",
            "phones": [f"0900 {commune.number:03d} {CONTACTS_PER_COMMUNE:03d}"],
            "emails": [by_email["emails"][0].upper()],
        }
    )
    ids = []
    for k, values in enumerate(entered, start=1):
        at = moment(CONTACTS_ENTERED_ON, 9, commune.number % 60, k)
        contact = MediaContact(
            id=builder.next_id("media_contacts"),
            unit_id=commune_id,
            personal_data_basis=BASIS,
            review_by=REVIEW_BY,
            merged_into_id=None,
            version=1,
            created_at=at,
            updated_at=at,
            deleted_at=None,
            **values,
        )
        index_contact(contact)
        ids.append(_row(builder, contact))
        for kind, value in identifiers(contact):
            builder.add(
                "media_contact_identifiers",
                contact_id=contact.id,
                unit_id=commune_id,
                kind=kind.value,
                value=value,
            )
        builder.event(
            at, "media.contacts.create", officer, unit_path=path,
            object_type="media_contact", object_id=contact.id, after=contact_snapshot(contact),
        )  # fmt: skip
    return ids


def _follow_up(
    builder: Builder, interaction: MediaInteraction, officer: tuple[int, str]
) -> list[dict[str, Any]]:
    """A press report's follow-up, as far as it got by `AS_OF`: the steps' rows (without
    the interaction's id), and the interaction's status, due date and answer filled in."""
    rng = builder.random
    received = interaction.occurred_on
    interaction.due_on = received + timedelta(days=ANSWER_DAYS)
    steps_taken = rng.choice((1, 2, 3, 4, 4, 4)) if received < AS_OF - timedelta(days=20) else 1
    statuses = list(FollowUpStatus)[:steps_taken]
    steps = []
    for number, status in enumerate(statuses):
        on = min(received + timedelta(days=3 * number), AS_OF)
        steps.append(
            {
                "status": status.value,
                "note": "",
                "author_user_id": officer[0],
                "author_name": builder.full_names.get(officer[0], officer[1]),
                "created_at": moment(on, 10, number),
            }
        )
    interaction.follow_up_status = statuses[-1].value
    if statuses[-1] == FollowUpStatus.answered:
        interaction.answered_on = min(received + timedelta(days=9), AS_OF)
        interaction.answer = "UBND xã đã kiểm tra, xử lý và trả lời cơ quan báo chí."
    return steps


def press_interactions(
    builder: Builder, commune: Commune, outlets: list[int], contacts: list[int]
) -> None:
    """The commune's `INTERACTIONS_PER_COMMUNE` dealings with the press through the year up
    to `AS_OF`, logged by its Văn phòng: mostly its own, some in a residential area; one in
    six a press report about the commune, followed up as far as it got."""
    rng = builder.random
    officer = commune.users["vanphong"]
    areas = [key for key in commune.unit_ids if key.startswith("khu_")]
    kinds = [kind for kind in InteractionKind if kind != InteractionKind.press_report]
    days = (AS_OF - INTERACTIONS_FROM).days
    for k in range(INTERACTIONS_PER_COMMUNE):
        unit_key = rng.choice(areas) if k % 10 == 9 and areas else "van_phong"
        on = INTERACTIONS_FROM + timedelta(days=days * k // INTERACTIONS_PER_COMMUNE)
        kind = InteractionKind.press_report if k % 6 == 5 else rng.choice(kinds)
        at = moment(on, 14, commune.number % 60, k % 60)
        interaction = MediaInteraction(
            id=builder.next_id("media_interactions"),
            unit_id=commune.unit_ids[unit_key],
            kind=kind.value,
            occurred_on=on,
            topic=f"{rng.choice(_TOPICS)} ({on:%m/%Y})",
            spokesperson="Chủ tịch UBND xã",
            summary=f"Cung cấp thông tin cho phóng viên về {rng.choice(_TOPICS).lower()}.",
            published_links=[],
            task_id=None,
            task_update_id=None,
            follow_up_status=None,
            due_on=None,
            answer=None,
            answered_on=None,
            version=1,
            created_at=at,
            updated_at=at,
            deleted_at=None,
        )
        steps = (
            _follow_up(builder, interaction, officer)
            if kind == InteractionKind.press_report
            else []
        )
        index_interaction(interaction)
        interaction_id = _row(builder, interaction)
        builder.add(
            "media_interaction_outlets",
            interaction_id=interaction_id,
            outlet_id=rng.choice(outlets),
        )
        for contact_id in rng.sample(contacts, rng.choice((0, 1, 1, 2))):
            builder.add(
                "media_interaction_contacts", interaction_id=interaction_id, contact_id=contact_id
            )
        for step in steps:
            builder.add("media_follow_up_steps", interaction_id=interaction_id, **step)
        builder.event(
            at, "media.interactions.create", officer,
            unit_path=builder.paths[interaction.unit_id], object_type="media_interaction",
            object_id=interaction_id,
        )  # fmt: skip
