"""Demo data: how the units of Cao Xá reported on the 2023 plan through the year.

Pure data. Each `Period` is one occurrence of a task for one lead unit (the task, the unit and
the occurrence's original due date), with the reports its unit's account sent, in order. A
report that claims completion says the work was done on the report's date; the coordinator
(the chairman, for the coordinator's own tasks) confirms it at 09:00 on the next working day,
unless the period says it waits. Times are Vietnam time. The picture at the end of 2023:

- most occurrences done on time;
- six done late (one of them after an extension, which postpones overdue, not lateness);
- the police's fourth quarterly report claimed on 27/12/2023 and still awaiting confirmation;
- four left open, so overdue today: Tài chính's second half on investment information,
  the mass organisations' second half on rebutting distortions, and Khu 1 (half done) and
  Khu 6 (nothing reported) on public opinion in the second half.
"""

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

VIETNAM = ZoneInfo("Asia/Ho_Chi_Minh")

# The occurrences' original due dates (the plan's reporting deadlines and the police's quarters).
FIRST_HALF = "01/06/2023"  # Báo cáo sơ kết 6 tháng
SECOND_HALF = "01/11/2023"  # Báo cáo tổng kết năm
QUARTERS = ("31/03/2023", "30/06/2023", "30/09/2023", "31/12/2023")


def moment(text: str) -> datetime:
    """ "25/05/2023 15:30", Vietnam time, as an aware datetime."""
    return datetime.strptime(text, "%d/%m/%Y %H:%M").replace(tzinfo=VIETNAM)


def day(text: str) -> date:
    """ "01/06/2023" as a date."""
    return datetime.strptime(text, "%d/%m/%Y").date()


@dataclass(frozen=True)
class Report:
    at: str  # "dd/mm/yyyy hh:mm", Vietnam time
    text: str
    percent: int | None = None
    figures: tuple[tuple[str, float], ...] = ()
    done: bool = False  # claims completion, done on the report's date
    unit_key: str | None = None  # a cooperating unit reporting; the period's lead unit if None

    @property
    def moment(self) -> datetime:
        return moment(self.at)


@dataclass(frozen=True)
class Period:
    task_key: str
    unit_key: str  # the lead unit
    due: str  # the occurrence's original due date, "dd/mm/yyyy"
    reports: tuple[Report, ...]
    confirmed: bool = True  # False: a completion claim left awaiting confirmation
    extended: tuple[str, str] | None = None  # (when, new due date) the coordinator extends

    @property
    def claim(self) -> Report | None:
        return next((report for report in self.reports if report.done), None)

    @property
    def confirmed_at(self) -> datetime | None:
        """09:00 on the working day after the claim, if it is confirmed."""
        claim = self.claim
        if claim is None or not self.confirmed:
            return None
        next_day = claim.moment.date() + timedelta(days=1)
        while next_day.weekday() >= 5:
            next_day += timedelta(days=1)
        return datetime(next_day.year, next_day.month, next_day.day, 9, 0, tzinfo=VIETNAM)


# --------------------------------------------------------------------------------------
# Tasks given to one unit
# --------------------------------------------------------------------------------------

_SINGLE: tuple[Period, ...] = (
    # III.1 Công chức Văn hóa - Xã hội (its claims are confirmed by the chairman)
    Period(
        "vhxh_xay_dung_ke_hoach",
        "vhxh",
        "31/03/2023",
        (
            Report(
                "09/03/2023 16:00",
                "Đã tham mưu UBND xã xây dựng Kế hoạch hoạt động thông tin đối ngoại năm 2023 "
                "trên cơ sở Kế hoạch số 38/KH-UBND của UBND huyện; Kế hoạch đã được ban hành "
                "ngày 08/3/2023 và gửi các cơ quan, đơn vị, các khu dân cư.",
                done=True,
            ),
        ),
    ),
    Period(
        "vhxh_phoi_hop_tap_huan",
        "vhxh",
        FIRST_HALF,
        (
            Report(
                "14/04/2023 16:30",
                "Phối hợp Văn phòng, Đài truyền thanh xã tuyên truyền thông tin đối ngoại dịp "
                "Giỗ Tổ Hùng Vương năm 2023; cử 02 cán bộ dự lớp tập huấn nghiệp vụ thông tin "
                "đối ngoại do huyện tổ chức.",
                percent=50,
                figures=(("Số lớp tập huấn tham gia", 1), ("Số lượt cán bộ tham gia", 2)),
            ),
            Report(
                "26/05/2023 15:00",
                "Hoàn thành các nội dung phối hợp 6 tháng đầu năm: ký chương trình phối hợp "
                "tuyên truyền với MTTQ và các đoàn thể; dự hội nghị tập huấn công tác thông "
                "tin cơ sở của tỉnh (trực tuyến).",
                figures=(("Số lớp tập huấn tham gia", 2), ("Số lượt cán bộ tham gia", 5)),
                done=True,
            ),
        ),
    ),
    Period(
        "vhxh_phoi_hop_tap_huan",
        "vhxh",
        SECOND_HALF,
        (
            Report(
                "27/10/2023 15:00",
                "6 tháng cuối năm phối hợp tuyên truyền kỷ niệm 50 năm thiết lập quan hệ ngoại "
                "giao Việt Nam - Nhật Bản; cử cán bộ dự lớp bồi dưỡng kỹ năng phản bác thông "
                "tin sai lệch trên mạng xã hội của huyện.",
                figures=(("Số lớp tập huấn tham gia", 1), ("Số lượt cán bộ tham gia", 3)),
                done=True,
            ),
        ),
    ),
    Period(
        "vhxh_cap_nhat_trang_tin",
        "vhxh",
        FIRST_HALF,
        (
            Report(
                "31/03/2023 16:00",
                "Quý I đăng 12 tin, bài trên Trang thông tin điện tử của xã, trong đó 03 bài "
                "giới thiệu tiềm năng sản xuất nông nghiệp và làng nghề của xã.",
                percent=40,
                figures=(("Số tin bài đăng trên Trang thông tin điện tử", 12),),
            ),
            Report(
                "20/04/2023 10:00",
                "Đài truyền thanh xã cung cấp 06 tin, ảnh về các hoạt động dịp Giỗ Tổ Hùng "
                "Vương để đăng trên Trang thông tin điện tử của xã.",
                figures=(("Số tin ảnh cung cấp", 6),),
                unit_key="dai_truyen_thanh",
            ),
            Report(
                "29/05/2023 15:30",
                "6 tháng đầu năm đăng tải 27 tin, bài; cập nhật chuyên mục giới thiệu tiềm "
                "năng, thế mạnh hợp tác phát triển kinh tế - xã hội của xã.",
                figures=(("Số tin bài đăng trên Trang thông tin điện tử", 27),),
                done=True,
            ),
        ),
    ),
    Period(
        "vhxh_cap_nhat_trang_tin",
        "vhxh",
        SECOND_HALF,
        (
            Report(
                "24/10/2023 16:00",
                "Trang thông tin điện tử của xã đang được chuyển sang nền tảng mới theo hướng "
                "dẫn của huyện; đề nghị gia hạn đến 15/11/2023 để hoàn thành chuyên mục tiềm "
                "năng, thế mạnh.",
                percent=70,
            ),
            Report(
                "10/11/2023 15:00",
                "Hoàn thành chuyển dữ liệu sang Trang thông tin điện tử mới; 6 tháng cuối năm "
                "đăng tải 31 tin, bài, trong đó 05 bài quảng bá di sản Hát Xoan Phú Thọ.",
                figures=(("Số tin bài đăng trên Trang thông tin điện tử", 31),),
                done=True,
            ),
        ),
        extended=("25/10/2023 09:00", "15/11/2023"),
    ),
    Period(
        "vhxh_bao_cao",
        "vhxh",
        FIRST_HALF,
        (
            Report(
                "30/05/2023 16:00",
                "Tham mưu UBND xã báo cáo sơ kết 6 tháng đầu năm hoạt động thông tin đối ngoại, "
                "tổng hợp từ báo cáo của các cơ quan, đơn vị và 5/6 khu dân cư (Khu 4 chưa gửi); "
                "đã gửi Phòng Văn hóa và Thông tin huyện.",
                done=True,
            ),
        ),
    ),
    Period(
        "vhxh_bao_cao",
        "vhxh",
        SECOND_HALF,
        (
            Report(
                "31/10/2023 16:00",
                "Tham mưu UBND xã báo cáo tổng kết năm 2023 hoạt động thông tin đối ngoại và "
                "thông tin cơ sở; đã gửi Phòng Văn hóa và Thông tin huyện đúng hạn.",
                done=True,
            ),
        ),
    ),
    # III.2 Văn phòng HĐND & UBND
    Period(
        "vanphong_doan_cong_tac",
        "van_phong",
        FIRST_HALF,
        (
            Report(
                "21/04/2023 15:00",
                "Lồng ghép giới thiệu tiềm năng, thế mạnh của xã khi đón đoàn công tác của huyện "
                "và đoàn doanh nghiệp đến khảo sát địa điểm đầu tư.",
                percent=50,
                figures=(("Số đoàn khách đến làm việc", 2),),
            ),
            Report(
                "25/05/2023 16:00",
                "6 tháng đầu năm đón 03 đoàn khách, cử 01 đoàn đi học tập kinh nghiệm; các đoàn "
                "đều được cung cấp tài liệu giới thiệu về xã Cao Xá.",
                figures=(("Số đoàn khách đến làm việc", 3), ("Số đoàn đi công tác", 1)),
                done=True,
            ),
        ),
    ),
    Period(
        "vanphong_doan_cong_tac",
        "van_phong",
        SECOND_HALF,
        (
            Report(
                "26/10/2023 16:00",
                "6 tháng cuối năm đón 04 đoàn khách, cử 02 đoàn đi công tác trong tỉnh; nội dung "
                "thông tin đối ngoại được lồng ghép trong chương trình làm việc của các đoàn.",
                figures=(("Số đoàn khách đến làm việc", 4), ("Số đoàn đi công tác", 2)),
                done=True,
            ),
        ),
    ),
    Period(
        "vanphong_bao_chi",
        "van_phong",
        FIRST_HALF,
        (
            Report(
                "28/04/2023 15:00",
                "Cung cấp thông tin cho phóng viên Báo Phú Thọ về sản xuất vụ Xuân của xã; theo "
                "dõi tin, bài báo chí viết về xã: chưa có vấn đề tiêu cực được phản ánh.",
                percent=50,
                figures=(("Số lần cung cấp thông tin cho báo chí", 2),),
            ),
            Report(
                "30/05/2023 16:00",
                "6 tháng đầu năm cung cấp thông tin cho báo chí 04 lần, tiếp 02 phóng viên đến "
                "làm việc; không có vấn đề báo chí phản ánh cần xử lý.",
                figures=(
                    ("Số lần cung cấp thông tin cho báo chí", 4),
                    ("Số phóng viên đến làm việc", 2),
                    ("Số vấn đề báo chí phản ánh", 0),
                ),
                done=True,
            ),
        ),
    ),
    Period(
        "vanphong_bao_chi",
        "van_phong",
        SECOND_HALF,
        (
            Report(
                "20/09/2023 10:00",
                "Đài Phát thanh và Truyền hình Phú Thọ phản ánh rác thải tồn đọng ven đường liên "
                "xã; đã tham mưu Chủ tịch chỉ đạo thu gom, xử lý và cung cấp thông tin kết quả "
                "cho phóng viên.",
                percent=60,
                figures=(("Số vấn đề báo chí phản ánh", 1),),
            ),
            Report(
                "30/10/2023 15:30",
                "6 tháng cuối năm cung cấp thông tin cho báo chí 07 lần, tiếp 03 phóng viên; 01 "
                "vấn đề báo chí phản ánh đã được khắc phục và trả lời.",
                figures=(
                    ("Số lần cung cấp thông tin cho báo chí", 7),
                    ("Số phóng viên đến làm việc", 3),
                    ("Số vấn đề báo chí phản ánh", 1),
                ),
                done=True,
            ),
        ),
    ),
    # III.3 Công chức Tài chính - Kế toán
    Period(
        "taichinh_thong_tin_dau_tu",
        "tai_chinh",
        FIRST_HALF,
        (
            Report(
                "31/05/2023 10:00",
                "Cập nhật số liệu 02 dự án đang triển khai trên địa bàn và danh mục quỹ đất kêu "
                "gọi đầu tư; đã cung cấp cho Văn phòng và đăng trên Trang thông tin điện tử.",
                figures=(("Số dự án đầu tư đang triển khai", 2),),
                done=True,
            ),
        ),
    ),
    Period(
        "taichinh_thong_tin_dau_tu",
        "tai_chinh",
        SECOND_HALF,
        (
            Report(
                "16/10/2023 15:00",
                "Đang tổng hợp số liệu thu hút đầu tư 9 tháng; còn chờ số liệu các chính sách "
                "khuyến khích đầu tư mới của huyện để cập nhật.",
                percent=60,
            ),
        ),
    ),
    Period(
        "taichinh_ngan_sach",
        "tai_chinh",
        FIRST_HALF,
        (
            Report(
                "15/03/2023 14:00",
                "Tham mưu bố trí 15 triệu đồng từ ngân sách xã cho hoạt động thông tin đối "
                "ngoại năm 2023.",
                percent=50,
                figures=(("Kinh phí bố trí (triệu đồng)", 15),),
            ),
            Report(
                "24/05/2023 16:00",
                "Thẩm định dự toán in tờ gấp quảng bá di sản Hát Xoan và Tín ngưỡng thờ cúng "
                "Hùng Vương, trình UBND xã phê duyệt.",
                figures=(("Số dự toán đã thẩm định", 1),),
                done=True,
            ),
        ),
    ),
    Period(
        "taichinh_ngan_sach",
        "tai_chinh",
        SECOND_HALF,
        (
            Report(
                "25/10/2023 16:00",
                "Thẩm định dự toán kinh phí tuyên truyền kỷ niệm 50 năm quan hệ ngoại giao Việt "
                "Nam - Nhật Bản; đến nay đã chi 12/15 triệu đồng.",
                figures=(("Số dự toán đã thẩm định", 1), ("Kinh phí đã chi (triệu đồng)", 12)),
                done=True,
            ),
        ),
    ),
    # III.4 Công chức Địa chính - NN & XD
    Period(
        "diachinh_xuc_tien_thuong_mai",
        "dia_chinh",
        FIRST_HALF,
        (
            Report(
                "18/05/2023 16:00",
                "Phối hợp Tổ Khuyến nông xã chuẩn bị gian hàng giới thiệu sản phẩm nông nghiệp "
                "của xã tại hội chợ của huyện (hội chợ lùi sang tháng 6).",
                percent=70,
            ),
            Report(
                "15/06/2023 16:00",
                "Tham gia hội chợ nông sản của huyện Lâm Thao với 01 gian hàng giới thiệu 05 "
                "sản phẩm của xã; phát 300 tờ gấp giới thiệu tiềm năng của xã.",
                figures=(("Số hội chợ tham gia", 1), ("Số sản phẩm giới thiệu", 5)),
                done=True,
            ),
        ),
    ),
    Period(
        "diachinh_xuc_tien_thuong_mai",
        "dia_chinh",
        SECOND_HALF,
        (
            Report(
                "27/10/2023 15:00",
                "Tham gia Tuần hàng nông sản của tỉnh tại thành phố Việt Trì; giới thiệu 03 sản "
                "phẩm đạt chứng nhận an toàn của xã với các doanh nghiệp thu mua.",
                figures=(("Số hội chợ tham gia", 1), ("Số sản phẩm giới thiệu", 3)),
                done=True,
            ),
        ),
    ),
    # III.5 Đài truyền thanh xã
    Period(
        "daitruyenthanh_chuong_trinh",
        "dai_truyen_thanh",
        FIRST_HALF,
        (
            Report(
                "20/03/2023 15:00",
                "Xây dựng chương trình tuyên truyền thông tin đối ngoại năm 2023: chuyên mục "
                "“Thông tin đối ngoại” phát 02 kỳ mỗi tháng trên Đài truyền thanh xã.",
                done=True,
            ),
        ),
    ),
    Period(
        "daitruyenthanh_chuong_trinh",
        "dai_truyen_thanh",
        SECOND_HALF,
        (
            Report(
                "29/09/2023 15:00",
                "Điều chỉnh chương trình 6 tháng cuối năm: thêm kỳ phát sóng về biển, đảo và "
                "về 50 năm quan hệ ngoại giao Việt Nam - Nhật Bản.",
                done=True,
            ),
        ),
    ),
    Period(
        "daitruyenthanh_noi_dung",
        "dai_truyen_thanh",
        FIRST_HALF,
        (
            Report(
                "28/04/2023 16:00",
                "Tháng 3 và tháng 4 phát 36 tin, bài về đường lối đối ngoại, Giỗ Tổ Hùng Vương "
                "và di sản Hát Xoan trên Đài truyền thanh xã và loa các khu dân cư.",
                percent=45,
                figures=(("Số tin bài phát thanh", 36), ("Số giờ phát sóng", 60)),
            ),
            Report(
                "31/05/2023 15:00",
                "6 tháng đầu năm phát 84 tin, bài tuyên truyền đối ngoại và quảng bá hình ảnh xã "
                "Cao Xá.",
                figures=(("Số tin bài phát thanh", 84), ("Số giờ phát sóng", 130)),
                done=True,
            ),
        ),
    ),
    Period(
        "daitruyenthanh_noi_dung",
        "dai_truyen_thanh",
        SECOND_HALF,
        (
            Report(
                "30/10/2023 15:00",
                "6 tháng cuối năm phát 96 tin, bài, trong đó 12 tin, bài về chủ quyền biển, đảo "
                "và biên giới, lãnh thổ.",
                figures=(("Số tin bài phát thanh", 96), ("Số giờ phát sóng", 150)),
                done=True,
            ),
        ),
    ),
    Period(
        "daitruyenthanh_phan_bac",
        "dai_truyen_thanh",
        FIRST_HALF,
        (
            Report(
                "30/05/2023 16:00",
                "Phát 06 tin, bài phản bác thông tin sai lệch về chính sách tôn giáo và quyền "
                "con người ở Việt Nam.",
                figures=(("Số tin bài phản bác thông tin sai lệch", 6),),
                done=True,
            ),
        ),
    ),
    Period(
        "daitruyenthanh_phan_bac",
        "dai_truyen_thanh",
        SECOND_HALF,
        (
            Report(
                "31/10/2023 10:00",
                "Phát 08 tin, bài phản bác thông tin xuyên tạc về công tác phòng, chống tham "
                "nhũng và về huyện Lâm Thao trên mạng xã hội.",
                figures=(("Số tin bài phản bác thông tin sai lệch", 8),),
                done=True,
            ),
        ),
    ),
    # III.6 Đảng ủy, MTTQ và các đoàn thể
    Period(
        "doanthe_chi_dao_dau_tranh",
        "doan_the",
        FIRST_HALF,
        (
            Report(
                "26/05/2023 15:00",
                "Đảng ủy chỉ đạo các chi bộ sinh hoạt chuyên đề về nhận diện quan điểm sai "
                "trái, thù địch; MTTQ và các đoàn thể quán triệt tới hội viên.",
                figures=(("Số buổi sinh hoạt chuyên đề", 14), ("Số lượt người tham gia", 620)),
                done=True,
            ),
        ),
    ),
    Period(
        "doanthe_chi_dao_dau_tranh",
        "doan_the",
        SECOND_HALF,
        (
            Report(
                "27/10/2023 15:00",
                "Tiếp tục chỉ đạo đấu tranh phản bác quan điểm sai trái trên mạng xã hội; Đoàn "
                "Thanh niên lập nhóm 25 đoàn viên nòng cốt chia sẻ thông tin chính thống.",
                figures=(("Số buổi sinh hoạt chuyên đề", 12), ("Số lượt người tham gia", 540)),
                done=True,
            ),
        ),
    ),
    Period(
        "doanthe_nam_tinh_hinh",
        "doan_the",
        FIRST_HALF,
        (
            Report(
                "29/05/2023 16:00",
                "Tình hình tư tưởng cán bộ, đảng viên và Nhân dân ổn định; dư luận quan tâm "
                "giá vật tư nông nghiệp và việc làm của lao động đi làm việc ở nước ngoài.",
                figures=(("Số ý kiến, kiến nghị tổng hợp", 9),),
                done=True,
            ),
        ),
    ),
    Period(
        "doanthe_nam_tinh_hinh",
        "doan_the",
        SECOND_HALF,
        (
            Report(
                "30/10/2023 16:00",
                "Tổng hợp dư luận 6 tháng cuối năm gửi Đảng ủy; không phát sinh vấn đề phức "
                "tạp liên quan đến thông tin đối ngoại.",
                figures=(("Số ý kiến, kiến nghị tổng hợp", 7),),
                done=True,
            ),
        ),
    ),
    Period(
        "doanthe_phan_bac_luan_dieu",
        "doan_the",
        FIRST_HALF,
        (
            Report(
                "31/05/2023 10:00",
                "Chỉ đạo các đoàn thể phản bác luận điệu xuyên tạc dịp kỷ niệm ngày Giải phóng "
                "miền Nam, thống nhất đất nước 30/4.",
                figures=(("Số buổi sinh hoạt chuyên đề", 6),),
                done=True,
            ),
        ),
    ),
    Period(
        "doanthe_phan_bac_luan_dieu",
        "doan_the",
        SECOND_HALF,
        (
            Report(
                "12/10/2023 15:00",
                "Đã triển khai tới Hội Cựu chiến binh, Hội Phụ nữ và Đoàn Thanh niên; còn Hội "
                "Nông dân chưa tổ chức sinh hoạt chuyên đề.",
                percent=70,
                figures=(("Số buổi sinh hoạt chuyên đề", 4),),
            ),
        ),
    ),
    # III.8 Công an xã
    Period(
        "congan_bao_mat",
        "cong_an",
        FIRST_HALF,
        (
            Report(
                "30/05/2023 15:00",
                "Kiểm tra việc chấp hành chế độ bảo mật thông tin tại Văn phòng và bộ phận một "
                "cửa; không phát hiện vi phạm.",
                figures=(("Số cuộc kiểm tra", 2), ("Số vi phạm phát hiện", 0)),
                done=True,
            ),
        ),
    ),
    Period(
        "congan_bao_mat",
        "cong_an",
        SECOND_HALF,
        (
            Report(
                "31/10/2023 15:00",
                "Kiểm tra bảo mật thông tin khi đón đoàn khách; nhắc nhở 01 trường hợp để tài "
                "liệu mật trên bàn làm việc.",
                figures=(("Số cuộc kiểm tra", 2), ("Số vi phạm phát hiện", 1)),
                done=True,
            ),
        ),
    ),
    Period(
        "congan_xu_ly_thong_tin_xuyen_tac",
        "cong_an",
        FIRST_HALF,
        (
            Report(
                "29/05/2023 16:00",
                "Tổng hợp hoạt động thông tin đối ngoại của xã; đề xuất UBND xã chỉ đạo gỡ bỏ "
                "01 bài viết xuyên tạc trên nhóm mạng xã hội của địa phương.",
                figures=(("Số đề xuất biện pháp xử lý", 1),),
                done=True,
            ),
        ),
    ),
    Period(
        "congan_xu_ly_thong_tin_xuyen_tac",
        "cong_an",
        SECOND_HALF,
        (
            Report(
                "06/11/2023 16:00",
                "Báo cáo chậm do phối hợp Công an huyện xác minh vụ việc tháng 10; đã đề xuất "
                "biện pháp đấu tranh, xử lý 02 trường hợp chia sẻ thông tin xuyên tạc.",
                figures=(("Số đề xuất biện pháp xử lý", 2),),
                done=True,
            ),
        ),
    ),
    # The police's quarterly report: the fourth still awaits the coordinator.
    Period(
        "congan_bao_cao_quy",
        "cong_an",
        QUARTERS[0],
        (
            Report(
                "30/03/2023 15:00",
                "Quý I/2023: phát hiện 01 vụ việc đưa thông tin sai sự thật về hoạt động đối "
                "ngoại của huyện trên mạng xã hội; đã mời 01 đối tượng làm việc, yêu cầu gỡ bỏ "
                "và viết cam kết.",
                figures=(("Số vụ việc", 1), ("Số đối tượng", 1), ("Số đối tượng bị xử phạt", 0)),
                done=True,
            ),
        ),
    ),
    Period(
        "congan_bao_cao_quy",
        "cong_an",
        QUARTERS[1],
        (
            Report(
                "05/07/2023 10:00",
                "Quý II/2023: không phát hiện vụ việc đưa thông tin sai sự thật liên quan đến "
                "hoạt động đối ngoại. Báo cáo chậm 05 ngày do tổng hợp cùng số liệu 6 tháng.",
                figures=(("Số vụ việc", 0), ("Số đối tượng", 0), ("Số đối tượng bị xử phạt", 0)),
                done=True,
            ),
        ),
    ),
    Period(
        "congan_bao_cao_quy",
        "cong_an",
        QUARTERS[2],
        (
            Report(
                "28/09/2023 15:00",
                "Quý III/2023: 01 vụ việc, 02 đối tượng chia sẻ thông tin sai sự thật về công "
                "tác thông tin đối ngoại của tỉnh; xử phạt vi phạm hành chính 01 đối tượng, "
                "nhắc nhở 01 đối tượng.",
                figures=(("Số vụ việc", 1), ("Số đối tượng", 2), ("Số đối tượng bị xử phạt", 1)),
                done=True,
            ),
        ),
    ),
    Period(
        "congan_bao_cao_quy",
        "cong_an",
        QUARTERS[3],
        (
            Report(
                "27/12/2023 15:00",
                "Quý IV/2023: không phát hiện vụ việc đưa thông tin sai sự thật liên quan đến "
                "hoạt động đối ngoại; tiếp tục theo dõi các nhóm mạng xã hội của địa phương.",
                figures=(("Số vụ việc", 0), ("Số đối tượng", 0), ("Số đối tượng bị xử phạt", 0)),
                done=True,
            ),
        ),
        confirmed=False,
    ),
)

# --------------------------------------------------------------------------------------
# Tasks given to the group of item 9: each area reports with its own account
# --------------------------------------------------------------------------------------

AREA_NAMES = {f"khu_{n}": f"Khu {n}" for n in range(1, 7)}

# Per task and half: the report's wording ({area}, and the figures by their place), the
# figures' names, then per area the time it claimed completion and its figures.
_AreaRow = tuple[str, str, tuple[float, ...]]  # area key, claimed at, figures


def _area_periods(
    task_key: str, due: str, text: str, figure_names: tuple[str, ...], rows: tuple[_AreaRow, ...]
) -> tuple[Period, ...]:
    return tuple(
        Period(
            task_key,
            area,
            due,
            (
                Report(
                    at,
                    text.format(AREA_NAMES[area], *(f"{value:02.0f}" for value in values)),
                    figures=tuple(zip(figure_names, values, strict=True)),
                    done=True,
                ),
            ),
        )
        for area, at, values in rows
    )


_MEETINGS = ("Số buổi sinh hoạt khu dân cư", "Số lượt người tham dự")

_GROUP: tuple[Period, ...] = (
    *_area_periods(
        "khu_ke_hoach",
        FIRST_HALF,
        "{0} đã xây dựng kế hoạch hoạt động thông tin đối ngoại năm 2023 của khu, thông qua "
        "Chi bộ và Ban công tác Mặt trận; phổ biến tại {1} buổi sinh hoạt khu dân cư.",
        ("Số buổi sinh hoạt khu dân cư",),
        (
            ("khu_1", "24/03/2023 16:00", (1,)),
            ("khu_2", "28/03/2023 15:00", (1,)),
            ("khu_3", "31/03/2023 16:30", (2,)),
            ("khu_4", "06/04/2023 15:00", (1,)),
            ("khu_5", "05/06/2023 16:00", (1,)),  # late: the area's head was ill in May
            ("khu_6", "14/04/2023 15:00", (1,)),
        ),
    ),
    *_area_periods(
        "khu_ke_hoach",
        SECOND_HALF,
        "{0} tổ chức thực hiện kế hoạch: lồng ghép thông tin đối ngoại trong {1} buổi sinh "
        "hoạt khu dân cư, phát {2} lượt tin trên loa truyền thanh của khu.",
        ("Số buổi sinh hoạt khu dân cư", "Số lượt phát tin trên loa"),
        (
            ("khu_1", "25/10/2023 16:00", (3, 24)),
            ("khu_2", "26/10/2023 15:00", (2, 18)),
            ("khu_3", "27/10/2023 16:00", (3, 20)),
            ("khu_4", "30/10/2023 15:00", (2, 16)),
            ("khu_5", "31/10/2023 09:30", (2, 15)),
            ("khu_6", "27/10/2023 15:30", (3, 22)),
        ),
    ),
    *_area_periods(
        "khu_dinh_huong_tu_tuong",
        FIRST_HALF,
        "{0}: tình hình tư tưởng Nhân dân ổn định; tiếp nhận {1} ý kiến về giá vật tư nông "
        "nghiệp và dồn điền đổi thửa, đã giải thích tại buổi họp khu.",
        ("Số ý kiến, kiến nghị tiếp nhận",),
        (
            ("khu_1", "26/05/2023 16:00", (4,)),
            ("khu_2", "25/05/2023 15:00", (3,)),
            ("khu_3", "29/05/2023 16:00", (5,)),
            ("khu_4", "30/05/2023 15:00", (2,)),
            ("khu_5", "29/05/2023 09:30", (3,)),
            ("khu_6", "31/05/2023 16:00", (4,)),
        ),
    ),
    # Second half: Khu 1 halfway (below), Khu 6 never reported.
    *_area_periods(
        "khu_dinh_huong_tu_tuong",
        SECOND_HALF,
        "{0}: định hướng dư luận về thông tin sai lệch trên mạng xã hội liên quan đến dự án "
        "giao thông qua xã; tiếp nhận {1} ý kiến, đã chuyển UBND xã trả lời.",
        ("Số ý kiến, kiến nghị tiếp nhận",),
        (
            ("khu_2", "26/10/2023 16:00", (2,)),
            ("khu_3", "30/10/2023 15:00", (6,)),
            ("khu_4", "27/10/2023 16:00", (3,)),
            ("khu_5", "31/10/2023 10:00", (2,)),
        ),
    ),
    Period(
        "khu_dinh_huong_tu_tuong",
        "khu_1",
        SECOND_HALF,
        (
            Report(
                "20/09/2023 16:00",
                "Khu 1 đã họp dân giải thích thông tin sai lệch về dự án giao thông qua xã; còn "
                "tổng hợp ý kiến của các hộ chưa dự họp.",
                percent=50,
                figures=(("Số lượt người tham dự", 85),),
            ),
        ),
    ),
    *_area_periods(
        "khu_gan_voi_phat_trien",
        FIRST_HALF,
        "{0} lồng ghép thông tin đối ngoại trong tuyên truyền sản xuất vụ Xuân và xây dựng "
        "nông thôn mới kiểu mẫu tại {1} buổi họp, {2} lượt người tham dự.",
        _MEETINGS,
        (
            ("khu_1", "25/05/2023 16:00", (2, 95)),
            ("khu_2", "24/05/2023 15:00", (2, 80)),
            ("khu_3", "26/05/2023 16:00", (3, 110)),
            ("khu_4", "29/05/2023 15:00", (1, 60)),
            ("khu_5", "30/05/2023 15:30", (2, 72)),
            ("khu_6", "26/05/2023 09:30", (2, 88)),
        ),
    ),
    *_area_periods(
        "khu_gan_voi_phat_trien",
        SECOND_HALF,
        "{0} tuyên truyền kế hoạch phát triển kinh tế - xã hội 6 tháng cuối năm, giải quyết "
        "kiến nghị về thủy lợi nội đồng tại {1} buổi họp, {2} lượt người tham dự.",
        _MEETINGS,
        (
            ("khu_1", "24/10/2023 16:00", (2, 90)),
            ("khu_2", "25/10/2023 15:00", (2, 76)),
            ("khu_3", "27/10/2023 16:00", (2, 104)),
            ("khu_4", "26/10/2023 15:00", (2, 65)),
            ("khu_5", "30/10/2023 16:00", (1, 58)),
            ("khu_6", "31/10/2023 09:00", (2, 81)),
        ),
    ),
    *_area_periods(
        "khu_bao_cao",
        FIRST_HALF,
        "{0} đã gửi báo cáo sơ kết 6 tháng thực hiện hoạt động thông tin đối ngoại về UBND xã "
        "(qua công chức Văn hóa - Xã hội), tổng hợp {1} buổi sinh hoạt có nội dung đối ngoại.",
        ("Số buổi sinh hoạt khu dân cư",),
        (
            ("khu_1", "29/05/2023 16:00", (3,)),
            ("khu_2", "30/05/2023 15:00", (3,)),
            ("khu_3", "31/05/2023 09:00", (5,)),
            ("khu_4", "05/06/2023 15:00", (2,)),  # late: not in the commune's 6-month report
            ("khu_5", "31/05/2023 15:00", (3,)),
            ("khu_6", "30/05/2023 16:00", (3,)),
        ),
    ),
    *_area_periods(
        "khu_bao_cao",
        SECOND_HALF,
        "{0} đã gửi báo cáo tổng kết năm thực hiện hoạt động thông tin đối ngoại về UBND xã, "
        "tổng hợp {1} buổi sinh hoạt có nội dung đối ngoại.",
        ("Số buổi sinh hoạt khu dân cư",),
        (
            ("khu_1", "27/10/2023 16:00", (7,)),
            ("khu_2", "30/10/2023 15:00", (6,)),
            ("khu_3", "31/10/2023 09:00", (9,)),
            ("khu_4", "30/10/2023 16:00", (5,)),
            ("khu_5", "31/10/2023 14:00", (6,)),
            ("khu_6", "30/10/2023 15:00", (7,)),
        ),
    ),
)

PERIODS: tuple[Period, ...] = _SINGLE + _GROUP
