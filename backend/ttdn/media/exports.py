"""The press records as spreadsheets: the same filters, search, order and redaction as their
lists (an export holds what the caller's list holds, across every page)."""

from fastapi import Response
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from ttdn.core.authz import Principal
from ttdn.core.exports import Column, ExportFormat, ensure_not_too_long, export
from ttdn.core.pagination import ListParams
from ttdn.media import contacts, interactions, outlets
from ttdn.media.models import FollowUpStatus, InteractionKind, MediaOutlet, OutletKind, OutletLevel
from ttdn.media.schemas import ContactRead, InteractionRead
from ttdn.media.words import FOLLOW_UP_STEPS, INTERACTION_KINDS, OUTLET_KINDS, OUTLET_LEVELS

OUTLET_COLUMNS: list[Column[MediaOutlet]] = [
    Column("Tên cơ quan báo chí", lambda o: o.name, 40),
    Column("Loại hình", lambda o: OUTLET_KINDS[OutletKind(o.kind)], 14),
    Column("Cấp", lambda o: OUTLET_LEVELS[OutletLevel(o.level)], 12),
    Column("Trang thông tin", lambda o: o.website, 30),
    Column("Điện thoại", lambda o: o.phone, 16),
    Column("Thư điện tử", lambda o: o.email, 28),
    Column("Địa chỉ", lambda o: o.address, 40),
    Column("Ghi chú", lambda o: o.notes, 40),
]


def _interaction_columns() -> list[Column[InteractionRead]]:
    def step(interaction: InteractionRead) -> str | None:
        follow_up = interaction.follow_up
        return FOLLOW_UP_STEPS[FollowUpStatus(follow_up.status)] if follow_up else None

    return [
        Column("Ngày", lambda i: i.occurred_on, 12),
        Column("Loại hoạt động", lambda i: INTERACTION_KINDS[InteractionKind(i.kind)], 24),
        Column("Đơn vị thực hiện", lambda i: i.unit_name, 24),
        Column("Chủ đề", lambda i: i.topic, 36),
        Column("Cơ quan báo chí", lambda i: [o.name for o in i.outlets], 30),
        Column("Phóng viên", lambda i: [c.name for c in i.contacts], 24),
        Column("Người phát ngôn", lambda i: i.spokesperson, 24),
        Column("Nội dung", lambda i: i.summary, 50),
        Column("Tin, bài đã đăng", lambda i: i.published_links, 36),
        Column("Xử lý phản ánh", step, 16),
        Column("Hạn trả lời", lambda i: i.follow_up.due_on if i.follow_up else None, 12),
        Column("Quá hạn", lambda i: i.follow_up.overdue if i.follow_up else None, 9),
        Column("Ngày trả lời", lambda i: i.follow_up.answered_on if i.follow_up else None, 12),
        Column("Nội dung trả lời", lambda i: i.follow_up.answer if i.follow_up else None, 50),
    ]


def _contact_columns(outlet_names: dict[int, str]) -> list[Column[ContactRead]]:
    return [
        Column("Họ và tên", lambda c: c.full_name, 28),
        Column("Cơ quan báo chí", lambda c: outlet_names.get(c.outlet_id or 0), 30),
        Column("Chức vụ", lambda c: c.position, 24),
        Column("Điện thoại", lambda c: c.phones, 18),
        Column("Thư điện tử", lambda c: c.emails, 28),
        Column("Số thẻ nhà báo", lambda c: c.press_card_number, 14),
        Column("Lĩnh vực phụ trách", lambda c: c.beats, 24),
        Column("Căn cứ lưu dữ liệu cá nhân", lambda c: c.personal_data_basis, 40),
        Column("Rà soát trước ngày", lambda c: c.review_by, 12),
        Column("Liên hệ gần nhất", lambda c: c.last_contacted_on, 12),
        Column("Có thể trùng với (mã)", lambda c: c.duplicate_of_ids, 14),
    ]


async def export_outlets(
    session: AsyncSession,
    params: ListParams,
    filters: outlets.OutletFilters,
    export_format: ExportFormat,
) -> Response:
    rows = await outlets.matching_outlets(session, params, filters)
    ensure_not_too_long(rows)
    return export(export_format, "co-quan-bao-chi", "Cơ quan báo chí", OUTLET_COLUMNS, rows)


async def export_contacts(
    session: AsyncSession,
    principal: Principal,
    params: ListParams,
    filters: contacts.ContactFilters,
    export_format: ExportFormat,
) -> Response:
    """The caller's contacts, redacted as its list is (an unredacted export is audited)."""
    rows = await contacts.matching_contacts(session, principal, params, filters)
    ensure_not_too_long(rows)
    outlet_ids = {row.outlet_id for row in rows if row.outlet_id is not None}
    names: dict[int, str] = {}
    if outlet_ids:
        found = await session.execute(
            select(MediaOutlet.id, MediaOutlet.name).where(MediaOutlet.id.in_(outlet_ids))
        )
        names = {outlet_id: name for outlet_id, name in found}
    return export(export_format, "phong-vien", "Phóng viên", _contact_columns(names), rows)


async def export_interactions(
    session: AsyncSession,
    principal: Principal,
    params: ListParams,
    filters: interactions.InteractionFilters,
    export_format: ExportFormat,
) -> Response:
    rows = await interactions.matching_interactions(session, principal, params, filters)
    ensure_not_too_long(rows)
    return export(
        export_format, "hoat-dong-bao-chi", "Hoạt động báo chí", _interaction_columns(), rows
    )
