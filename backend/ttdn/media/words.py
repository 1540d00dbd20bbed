"""The Vietnamese words for the press records' kinds and steps, where a person reads them
outside the app (a task's progress report, an exported spreadsheet, an error message)."""

from ttdn.media.models import FollowUpStatus, InteractionKind, OutletKind, OutletLevel

INTERACTION_KINDS = {
    InteractionKind.press_conference: "Họp báo",
    InteractionKind.press_release: "Thông cáo báo chí",
    InteractionKind.interview: "Trả lời phỏng vấn",
    InteractionKind.information_on_request: "Cung cấp thông tin theo yêu cầu",
    InteractionKind.press_report: "Tiếp nhận phản ánh của báo chí",
    InteractionKind.field_visit_support: "Hỗ trợ phóng viên tác nghiệp",
}
FOLLOW_UP_STEPS = {
    FollowUpStatus.received: "tiếp nhận",
    FollowUpStatus.verifying: "đang xác minh",
    FollowUpStatus.handled: "đã xử lý",
    FollowUpStatus.answered: "đã trả lời",
}
OUTLET_KINDS = {
    OutletKind.print: "Báo in",
    OutletKind.online: "Báo điện tử",
    OutletKind.television: "Truyền hình",
    OutletKind.radio: "Phát thanh",
    OutletKind.news_agency: "Thông tấn",
    OutletKind.magazine: "Tạp chí",
}
OUTLET_LEVELS = {
    OutletLevel.central: "Trung ương",
    OutletLevel.provincial: "Tỉnh",
    OutletLevel.local: "Địa phương",
    OutletLevel.foreign: "Nước ngoài",
}
