"""Demo data: the Cao Xá 2023 plan of foreign-information activities (DESIGN §6).

Pure data, standard library only. The text is a cleaned copy of the source plan
(``tests/fixtures/ke-hoach-ttdn-cao-xa-2023.txt``, extracted from a PDF): broken lines are
joined, stray spaces removed, the obvious typos fixed ("liên qua" → "liên quan",
"xn" → "xã", "lien quan" → "liên quan", "để xuất" → "đề xuất") and every sentence ends
with a full stop; the wording is otherwise the document's own. All strings are NFC.
"""

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class DemoUnit:
    key: str
    code: str
    name: str
    short_name: str
    # province, district, commune, office, officer_post, radio, police, mass_organisation,
    # residential_area, enterprise or external
    kind: str
    parent_key: str | None
    functions: tuple[str, ...] = ()  # coordination, press, security, budget (DESIGN §4)


@dataclass(frozen=True)
class DemoLegalReference:
    key: str
    kind: str  # decree, circular, decision, plan, programme, convention, resolution, scheme
    kind_label: str  # the Vietnamese name of the kind: "Nghị định", "Đề án" …
    number: str | None
    issued_on: date | None
    issuer: str  # "" where the text names none
    title: str  # the subject as the text gives it, "" where it gives none


@dataclass(frozen=True)
class DemoSection:
    code: str  # as printed, without the trailing dot: "I", "1", "4.1"
    title: str
    body: str  # paragraphs separated by "\n"; bullets keep their leading "- "
    children: tuple["DemoSection", ...] = ()
    legal_reference_keys: tuple[str, ...] = ()


@dataclass(frozen=True)
class DemoTask:
    key: str
    section_code: str  # the part III item: "III.1" … "III.9"
    lead_unit_keys: tuple[str, ...]  # one unit, or each unit of the group of item 9
    title: str  # short summary for a task list, at most 120 characters
    description: str  # the whole clean sentence(s) of the text
    schedule: str  # once, recurring or continuous
    due_on: date | None = None  # for "once"
    frequency: str | None = None  # for "recurring": monthly, quarterly, semiannual, yearly
    cooperating_unit_keys: tuple[str, ...] = ()
    topics: tuple[str, ...] = ()


@dataclass(frozen=True)
class DemoSigner:
    authority: str
    body: str
    position: str
    full_name: str


# --------------------------------------------------------------------------------------
# Units
# --------------------------------------------------------------------------------------

# Parents come before children. Every responsible unit of part III is here, plus the
# Tổ Khuyến nông that item 4 names as a cooperating unit. Item 9 also addresses "các đơn
# vị kinh tế, hành chính sự nghiệp", which the text does not name: the demo invents no
# enterprises, so for the demo the group of item 9 is the six residential areas.
UNITS: tuple[DemoUnit, ...] = (
    DemoUnit(
        key="huyen_lam_thao",
        code="UBND-LAMTHAO",
        name="Ủy ban nhân dân huyện Lâm Thao",
        short_name="UBND huyện Lâm Thao",
        kind="district",
        parent_key=None,
    ),
    DemoUnit(
        key="phong_vhtt",
        code="VHTT-LAMTHAO",
        name="Phòng Văn hóa và Thông tin huyện",
        short_name="Phòng VH&TT huyện",
        kind="office",
        parent_key="huyen_lam_thao",
    ),
    DemoUnit(
        key="ubnd_cao_xa",
        code="UBND-CAOXA",
        name="Ủy ban nhân dân xã Cao Xá",
        short_name="UBND xã Cao Xá",
        kind="commune",
        parent_key="huyen_lam_thao",
    ),
    DemoUnit(
        key="vhxh",
        code="VHXH",
        name="Công chức Văn hóa - Xã hội",
        short_name="VH-XH",
        kind="officer_post",
        parent_key="ubnd_cao_xa",
        functions=("coordination",),
    ),
    DemoUnit(
        key="van_phong",
        code="VP-HDND-UBND",
        name="Văn phòng HĐND & UBND",
        short_name="Văn phòng",
        kind="office",
        parent_key="ubnd_cao_xa",
        functions=("press",),
    ),
    DemoUnit(
        key="tai_chinh",
        code="TCKT",
        name="Công chức Tài chính - Kế toán",
        short_name="TC-KT",
        kind="officer_post",
        parent_key="ubnd_cao_xa",
        functions=("budget",),
    ),
    DemoUnit(
        key="dia_chinh",
        code="DCNNXD",
        name="Công chức Địa chính - NN & XD",
        short_name="ĐC-NN&XD",
        kind="officer_post",
        parent_key="ubnd_cao_xa",
    ),
    DemoUnit(
        key="dai_truyen_thanh",
        code="DTT-CAOXA",
        name="Đài truyền thanh xã",
        short_name="Đài TT xã",
        kind="radio",
        parent_key="ubnd_cao_xa",
    ),
    DemoUnit(
        key="doan_the",
        code="DU-MTTQ-DT",
        name="Đảng ủy, MTTQ và các đoàn thể",
        short_name="ĐU, MTTQ, đoàn thể",
        kind="mass_organisation",
        parent_key="ubnd_cao_xa",
    ),
    DemoUnit(
        key="cong_an",
        code="CA-CAOXA",
        name="Công an xã",
        short_name="Công an xã",
        kind="police",
        parent_key="ubnd_cao_xa",
        functions=("security",),
    ),
    DemoUnit(
        key="to_khuyen_nong",
        code="TKN-CAOXA",
        name="Tổ Khuyến nông xã",
        short_name="Tổ Khuyến nông",
        kind="office",
        parent_key="ubnd_cao_xa",
    ),
    DemoUnit(
        key="khu_1",
        code="KDC-01",
        name="Khu dân cư số 1",
        short_name="Khu 1",
        kind="residential_area",
        parent_key="ubnd_cao_xa",
    ),
    DemoUnit(
        key="khu_2",
        code="KDC-02",
        name="Khu dân cư số 2",
        short_name="Khu 2",
        kind="residential_area",
        parent_key="ubnd_cao_xa",
    ),
    DemoUnit(
        key="khu_3",
        code="KDC-03",
        name="Khu dân cư số 3",
        short_name="Khu 3",
        kind="residential_area",
        parent_key="ubnd_cao_xa",
    ),
    DemoUnit(
        key="khu_4",
        code="KDC-04",
        name="Khu dân cư số 4",
        short_name="Khu 4",
        kind="residential_area",
        parent_key="ubnd_cao_xa",
    ),
    DemoUnit(
        key="khu_5",
        code="KDC-05",
        name="Khu dân cư số 5",
        short_name="Khu 5",
        kind="residential_area",
        parent_key="ubnd_cao_xa",
    ),
    DemoUnit(
        key="khu_6",
        code="KDC-06",
        name="Khu dân cư số 6",
        short_name="Khu 6",
        kind="residential_area",
        parent_key="ubnd_cao_xa",
    ),
)

# The group of units item 9 of part III is given to (see the comment on UNITS).
ITEM_9_UNIT_KEYS: tuple[str, ...] = ("khu_1", "khu_2", "khu_3", "khu_4", "khu_5", "khu_6")

# --------------------------------------------------------------------------------------
# Legal references: every document the text cites, in order of first citation
# --------------------------------------------------------------------------------------

PARENT_PLAN_KEY = "kh_38_huyen"

LEGAL_REFERENCES: tuple[DemoLegalReference, ...] = (
    # The căn cứ of the opening paragraph; the text gives no subject.
    DemoLegalReference(
        key=PARENT_PLAN_KEY,
        kind="plan",
        kind_label="Kế hoạch",
        number="38/KH-UBND",
        issued_on=date(2023, 3, 8),
        issuer="Ủy ban nhân dân huyện Lâm Thao",
        title="",
    ),
    # I.1 cites the Party resolutions the plan serves; the text gives no number or date.
    DemoLegalReference(
        key="nq_dai_hoi_xiii",
        kind="resolution",
        kind_label="Nghị quyết",
        number=None,
        issued_on=None,
        issuer="Đại hội XIII của Đảng",
        title="",
    ),
    # One entry for the resolutions of the Party congresses at every level (2020 - 2025),
    # cited together in I.1.
    DemoLegalReference(
        key="nq_dai_hoi_dang_bo_cac_cap",
        kind="resolution",
        kind_label="Nghị quyết",
        number=None,
        issued_on=None,
        issuer="Đại hội Đảng bộ các cấp",
        title="Nghị quyết Đại hội Đảng bộ các cấp nhiệm kỳ 2020 - 2025",
    ),
    DemoLegalReference(
        key="nd_72_2015",
        kind="decree",
        kind_label="Nghị định",
        number="72/2015/NĐ-CP",
        issued_on=date(2015, 9, 7),
        issuer="Chính phủ",
        title="",
    ),
    DemoLegalReference(
        key="tt_22_2016",
        kind="circular",
        kind_label="Thông tư",
        number="22/2016/TT-BTTTT",
        issued_on=date(2016, 10, 19),
        issuer="Bộ Thông tin và Truyền thông",
        title=(
            "Hướng dẫn quản lý hoạt động thông tin đối ngoại (TTĐN) của các tỉnh, "
            "thành phố trực thuộc Trung ương"
        ),
    ),
    DemoLegalReference(
        key="qd_01_2020_ubnd_tinh",
        kind="decision",
        kind_label="Quyết định",
        number="01/2020/QĐ-UBND",
        issued_on=date(2020, 1, 6),
        issuer="Ủy ban nhân dân tỉnh Phú Thọ",
        title="Ban hành Quy chế quản lý hoạt động thông tin đối ngoại trên địa bàn tỉnh Phú Thọ",
    ),
    # II.3. The text names no issuer for either đề án; issuer is left empty.
    DemoLegalReference(
        key="de_an_hat_xoan",
        kind="scheme",
        kind_label="Đề án",
        number=None,
        issued_on=None,
        issuer="",
        title=(
            "Gìn giữ, phát huy giá trị di sản văn hóa phi vật thể đại diện của nhân loại "
            "Hát Xoan Phú Thọ, giai đoạn 2020 - 2025"
        ),
    ),
    # II.4.1. The text gives only the year (1982), so no date; the title keeps the text's
    # "Liên hiệp quốc", the issuer uses today's usual name of the body.
    DemoLegalReference(
        key="cong_uoc_luat_bien_1982",
        kind="convention",
        kind_label="Công ước",
        number=None,
        issued_on=None,
        issuer="Liên hợp quốc",
        title="Công ước Liên hiệp quốc về Luật Biển năm 1982",
    ),
    DemoLegalReference(
        key="de_an_cua_khau_viet_lao",
        kind="scheme",
        kind_label="Đề án",
        number=None,
        issued_on=None,
        issuer="",
        title=(
            "Quy hoạch phát triển cửa khẩu biên giới Việt Nam - Lào giai đoạn 2020 - 2030, "
            "tầm nhìn đến năm 2050"
        ),
    ),
    DemoLegalReference(
        key="nd_09_2017",
        kind="decree",
        kind_label="Nghị định",
        number="09/2017/NĐ-CP",
        issued_on=date(2017, 2, 9),
        issuer="Chính phủ",
        title="",
    ),
    DemoLegalReference(
        key="nd_42_2022",
        kind="decree",
        kind_label="Nghị định",
        number="42/2022/NĐ-CP",
        issued_on=date(2022, 6, 24),
        issuer="Chính phủ",
        title="",
    ),
    DemoLegalReference(
        key="qd_1079_ttg",
        kind="decision",
        kind_label="Quyết định",
        number="1079/QĐ-TTg",
        issued_on=date(2022, 9, 14),
        issuer="Thủ tướng Chính phủ",
        title="Phê duyệt Đề án truyền thông về quyền con người",
    ),
    # The source prints the number with stray spaces ("33/CT- TUPT& ĐUQCHQ").
    DemoLegalReference(
        key="ctph_33",
        kind="programme",
        kind_label="Chương trình phối hợp",
        number="33/CT-TUPT&ĐUQCHQ",
        issued_on=date(2013, 2, 28),
        issuer="Tỉnh Phú Thọ và Đảng ủy Quân chủng Hải quân",
        title="",
    ),
    DemoLegalReference(
        key="kh_3404_ubnd_tinh",
        kind="plan",
        kind_label="Kế hoạch",
        number="3404/KH-UBND",
        issued_on=date(2021, 8, 5),
        issuer="Ủy ban nhân dân tỉnh Phú Thọ",
        title=(
            "Tuyên truyền về biển, đảo Việt Nam giai đoạn 2021 - 2025 trên địa bàn tỉnh Phú Thọ"
        ),
    ),
    DemoLegalReference(
        key="kh_phoi_hop_btg_chhq_2023",
        kind="plan",
        kind_label="Kế hoạch",
        number=None,
        issued_on=None,
        issuer="Ban Tuyên giáo Tỉnh ủy và Cục Hậu cần Hải quân",
        title="Phối hợp tuyên truyền biển, đảo năm 2023",
    ),
)

# --------------------------------------------------------------------------------------
# The plan
# --------------------------------------------------------------------------------------

PLAN_TITLE = "Kế hoạch hoạt động thông tin đối ngoại xã Cao Xá năm 2023"
PLAN_YEAR = 2023
PLAN_PLACE = "Cao Xá"
# The source gives no date of its own, only that of the district plan it implements
# (38/KH-UBND, 08/03/2023); the demo uses that date.
PLAN_ISSUED_ON = date(2023, 3, 8)

# The source opens with "Căn cứ kế hoạch số 38/KH-UBND, ngày 08/03/2023 của UBND huyện Lâm
# Thao." That căn cứ is the plan's legal basis (PARENT_PLAN_KEY), printed on its own line as
# Nghị định 30/2020/NĐ-CP lays out; the introduction is the rest of the sentence.
PLAN_INTRODUCTION = (
    "UBND xã Cao Xá xây dựng kế hoạch triển khai thực hiện hoạt động thông tin đối ngoại trên "
    "địa bàn năm 2023, nội dung cụ thể như sau:"
)

PLAN_CLOSING = (
    "Trên đây là Kế hoạch hoạt động thông tin đối ngoại xã Cao Xá năm 2023, yêu cầu các cơ "
    "quan, đơn vị triển khai, thực hiện./."
)

# --------------------------------------------------------------------------------------
# Part III sentences: each is a task description and a piece of its item's body
# --------------------------------------------------------------------------------------

# III.1 Công chức Văn hóa - Xã hội
_III_1_PLAN = (
    "Tham mưu UBND xã xây dựng kế hoạch, các nội dung liên quan về thông tin đối ngoại của "
    "địa phương."
)
_III_1_COORDINATION = (
    "Thực hiện các chương trình phối hợp các nội dung với các cơ quan, bộ phận liên quan và "
    "tham gia các lớp tập huấn nâng cao năng lực công tác thông tin tuyên truyền và TTĐN đầy "
    "đủ."
)
_III_1_WEBSITE = (
    "Phối hợp với đài truyền thanh xã kịp thời cập nhật thông tin, quảng bá, cung cấp thông "
    "tin về những tiềm năng, thế mạnh hợp tác phát triển kinh tế - xã hội của địa phương trên "
    "Trang thông tin điện tử của xã."
)
_III_1_REPORTING = (
    "Tham mưu UBND xã thực hiện công tác báo cáo hoạt động thông tin đối ngoại và thông tin "
    "cơ sở theo quy định."
)

# III.2 Văn phòng HĐND & UBND
_III_2_DELEGATIONS = (
    "Tham mưu UBND xã triển khai các hoạt động TTĐN lồng ghép trong nội dung hoạt động của "
    "các đoàn đi công tác trong, ngoài tỉnh và các đoàn khách vào thăm, làm việc tại địa "
    "phương."
)
_III_2_PRESS = (
    "Chủ trì, phối hợp với các bộ phận có liên quan cung cấp thông tin cho báo chí trên các "
    "lĩnh vực phát triển kinh tế - xã hội của xã; theo dõi, nắm bắt thông tin báo chí, tham "
    "mưu lãnh đạo UBND xã chỉ đạo khắc phục, xử lý những vấn đề tồn tại, hạn chế, tiêu cực "
    "trên địa bàn xã được báo chí phản ánh."
)

# III.3 Công chức Tài chính - Kế toán
_III_3_INVESTMENT = (
    "Chủ trì, phối hợp với các bộ phận có liên quan cập nhật và cung cấp thông tin, số liệu "
    "về tình hình thu hút đầu tư, các dự án và các chính sách khuyến khích đầu tư, cơ hội đầu "
    "tư của xã."
)
_III_3_BUDGET = (
    "Tham mưu UBND xã cân đối, bố trí ngân sách cho hoạt động TTĐN; thẩm định, tổng hợp dự "
    "toán kinh phí hoạt động thông tin đối ngoại đối với các nhiệm vụ đột xuất trình Ủy ban "
    "nhân dân xã xem xét, quyết định."
)

# III.4 Công chức Địa chính - NN & XD
_III_4_TRADE = (
    "Chủ trì, phối hợp với tổ Khuyến nông xã và các cơ quan, đơn vị liên quan tham gia các "
    "chương trình xúc tiến thương mại, triển lãm, hội chợ, hội thảo... về thương mại để giới "
    "thiệu, quảng bá tiềm năng, thế mạnh và thương hiệu các doanh nghiệp, sản phẩm của xã."
)

# III.5 Đài truyền thanh xã (first paragraph: two sentences)
_III_5_PROGRAMME = (
    "Chủ động xây dựng chương trình, kế hoạch thực hiện các hoạt động tuyên truyền thông tin "
    "đối ngoại."
)
_III_5_CONTENT = (
    "Tăng cường số lượng, nâng cao chất lượng các nội dung tuyên truyền đường lối chính sách "
    "của Đảng và Nhà nước về đối ngoại; vấn đề hợp tác, hội nhập, chủ quyền biên giới, lãnh "
    "thổ của đất nước; quảng bá hình ảnh vùng đất, con người, truyền thống văn hóa lịch sử, "
    "tiềm năng phát triển du lịch của xã Cao Xá... trên Trang thông tin điện tử của xã, Cổng "
    "thông tin điện tử huyện, Đài truyền thanh các khu dân cư."
)
_III_5_REBUTTAL = (
    "Tăng cường tin, bài đấu tranh phản bác các thông tin sai lệch, xuyên tạc về Việt Nam, về "
    "tỉnh, huyện; gắn kết chặt chẽ giữa thông tin đối ngoại với thông tin đối nội, đảm bảo "
    "tính chính xác, kịp thời, đúng định hướng."
)

# III.6 Đảng ủy, MTTQ và các đoàn thể (second paragraph: two sentences)
_III_6_STRUGGLE = (
    "Chủ trì, phối hợp với các cơ quan chức năng tăng cường chỉ đạo đấu tranh phản bác các "
    "quan điểm sai trái, thù địch, chống “diễn biến hòa bình” trên lĩnh vực tư tưởng văn hóa, "
    "đặc biệt là các thông tin sai lệch, ảnh hưởng đến uy tín, hình ảnh của huyện."
)
_III_6_OPINION = (
    "Chủ động nắm bắt tình hình tư tưởng, dư luận xã hội, tham mưu các biện pháp xử lý kịp "
    "thời những vấn đề phức tạp nảy sinh liên quan đến công tác thông tin đối ngoại."
)
_III_6_REBUTTAL = (
    "Tăng cường chỉ đạo đấu tranh, phản bác các luận điệu xuyên tạc, kích động, chia rẽ của "
    "các thế lực thù địch, phản động, cơ hội chính trị."
)

# III.8 Công an xã
_III_8_CONFIDENTIALITY = (
    "Chủ trì, phối hợp với các bộ phận chuyên môn theo dõi việc chấp hành chế độ bảo mật "
    "thông tin trong hoạt động TTĐN."
)
# The source reads "để xuất", an evident typo of "đề xuất".
_III_8_COUNTERMEASURES = (
    "Theo dõi, tổng hợp các hoạt động TTĐN của xã đề xuất chủ trương, biện pháp đấu tranh, "
    "phản bác, xử lý các thông tin xuyên tạc, phản động, chống phá Đảng và Nhà nước."
)
_III_8_QUARTERLY_REPORT = (
    "Hàng quý báo cáo kết quả xử lý các tập thể, cá nhân bị xử lý vi phạm do phản ánh, đưa "
    "thông tin sai sự thật liên quan đến hoạt động đối ngoại của lãnh đạo Đảng, Nhà nước; "
    "công tác thông tin đối ngoại của tỉnh, huyện, địa phương."
)

# III.9 Các đơn vị kinh tế, hành chính sự nghiệp, các khu dân cư (second bullet: two
# sentences)
_III_9_PLAN = (
    "Xây dựng kế hoạch và tổ chức thực hiện các hoạt động thông tin đối ngoại phù hợp với "
    "chức năng, nhiệm vụ của đơn vị và tình hình thực tế ở cơ sở."
)
_III_9_OPINION = (
    "Thường xuyên nắm bắt diễn biến và định hướng tư tưởng, tâm trạng trong cán bộ, đảng "
    "viên, doanh nghiệp, Nhân dân trên các mặt của đời sống kinh tế - xã hội; kịp thời định "
    "hướng tư tưởng, dư luận xã hội trước các vấn đề phức tạp nảy sinh."
)
_III_9_DEVELOPMENT = (
    "Triển khai công tác thông tin đối ngoại gắn với tuyên truyền kế hoạch phát triển kinh "
    "tế - xã hội, giải quyết các vấn đề bức xúc của nhân dân."
)
_III_9_REPORT = (
    "Báo cáo kết quả thực hiện về UBND xã (qua phòng Văn hóa XH) kết quả thực hiện sơ kết "
    "năm trước ngày 01/6/2023; kết quả thực hiện tổng kết năm trước ngày 01/11/2023 để tổng "
    "hợp, báo cáo UBND huyện theo quy định."
)

# --------------------------------------------------------------------------------------
# Sections
# --------------------------------------------------------------------------------------

SECTIONS: tuple[DemoSection, ...] = (
    DemoSection(
        code="I",
        title="MỤC ĐÍCH, YÊU CẦU",
        body="",
        children=(
            DemoSection(
                code="1",
                title="Mục đích",
                body=(
                    "- Tiếp tục nâng cao chất lượng công tác quản lý nhà nước về thông tin đối "
                    "ngoại; đảm bảo sự phối hợp thống nhất, đồng bộ với các cấp, các ngành, "
                    "địa phương trong triển khai các hoạt động thông tin đối ngoại góp phần "
                    "phục vụ thắng lợi Nghị quyết Đại hội XIII của Đảng, Nghị quyết Đại hội "
                    "Đảng bộ các cấp nhiệm kỳ 2020 - 2025 và nhiệm vụ phát triển kinh tế - xã "
                    "hội, quốc phòng - an ninh năm 2023 của địa phương.\n"
                    "- Tuyên truyền nâng cao uy tín, vị thế của Việt Nam trên trường quốc tế "
                    "nhằm thu hút tối đa các nguồn lực đầu tư từ nước ngoài phục vụ phát triển "
                    "đất nước, phát triển tỉnh Phú Thọ, huyện Lâm Thao. Tuyên truyền, nâng cao "
                    "năng lực cạnh tranh cấp tỉnh (PCI); nâng cao chất lượng, hiệu quả các hoạt "
                    "động thông tin, tuyên truyền về chủ trương, đường lối, chính sách phát "
                    "triển kinh tế - xã hội, pháp luật của Việt Nam về quyền con người.\n"
                    "- Đấu tranh nhằm hạn chế những tác động tiêu cực của những thông tin, luận "
                    "điệu sai trái, xuyên tạc của các thế lực cơ hội, thù địch, đặc biệt về các "
                    "vấn đề biển đảo, biên giới, lãnh thổ, dân chủ, nhân quyền, tôn giáo, góp "
                    "phần giữ vững ổn định chính trị - xã hội, tạo đồng thuận trong Nhân dân.\n"
                    "- Góp phần đưa quan điểm, chủ trương của Đảng, Nhà nước, tinh thần Nghị "
                    "quyết Đại hội XIII của Đảng, Nghị quyết Đại hội Đảng bộ các cấp nhiệm kỳ "
                    "2020 - 2025, nhất là liên quan đến công tác tư tưởng, công tác đối ngoại, "
                    "thông tin đối ngoại đi vào cuộc sống."
                ),
                legal_reference_keys=("nq_dai_hoi_xiii", "nq_dai_hoi_dang_bo_cac_cap"),
            ),
            DemoSection(
                code="2",
                title="Yêu cầu",
                body=(
                    "Hoạt động thông tin đối ngoại trên địa bàn phải bám sát các chủ trương, "
                    "đường lối của Đảng, chính sách, pháp luật của Nhà nước về đối ngoại nói "
                    "chung và thông tin đối ngoại nói riêng; phù hợp với tình hình phát triển "
                    "kinh tế - xã hội của địa phương; đồng thời, bảo đảm chấp hành nghiêm chế "
                    "độ phát ngôn, cung cấp thông tin, bảo mật thông tin, bảo vệ bí mật Nhà "
                    "nước theo quy định."
                ),
            ),
        ),
    ),
    DemoSection(
        code="II",
        title="NỘI DUNG THỰC HIỆN",
        body="",
        children=(
            DemoSection(
                code="1",
                title="Tăng cường công tác quản lý nhà nước về thông tin đối ngoại",
                body=(
                    "Tuyên truyền tới cán bộ và Đảng viên tiếp tục thực hiện Nghị định số "
                    "72/2015/NĐ-CP ngày 07/9/2015 của Chính phủ; Thông tư số 22/2016/TT-BTTTT "
                    "ngày 19/10/2016 của Bộ Thông tin và Truyền thông hướng dẫn quản lý hoạt "
                    "động thông tin đối ngoại (TTĐN) của các tỉnh, thành phố trực thuộc Trung "
                    "ương; Quyết định số 01/2020/QĐ-UBND ngày 06/01/2020 của Ủy ban nhân dân "
                    "tỉnh Phú Thọ ban hành Quy chế quản lý hoạt động thông tin đối ngoại trên "
                    "địa bàn tỉnh Phú Thọ.\n"
                    "Đề xuất khen thưởng các tổ chức, cá nhân có thành tích trong công tác "
                    "TTĐN."
                ),
                legal_reference_keys=("nd_72_2015", "tt_22_2016", "qd_01_2020_ubnd_tinh"),
            ),
            DemoSection(
                code="2",
                title="Nâng cao năng lực công tác thông tin tuyên truyền và TTĐN",
                body=(
                    "Tuyên truyền những hoạt động đối ngoại song phương và đa phương của Việt "
                    "Nam, bao gồm các chuyến thăm song phương, các hội nghị đa phương của Lãnh "
                    "đạo cấp cao Đảng và Nhà nước; các hoạt động kỷ niệm năm chẵn thiết lập "
                    "quan hệ ngoại giao với các nước trên cả 3 kênh đối ngoại Đảng, ngoại giao "
                    "Nhà nước và đối ngoại nhân dân, đặc biệt là với các nước lớn, bạn bè "
                    "truyền thống trong năm 2023.\n"
                    # The source breaks off after "… Trung Quốc và các nước" (the rest of the
                    # sentence is lost); the demo finishes it minimally with "khác.".
                    "Phối hợp với các đơn vị liên quan triển khai nhiệm vụ “Đổi mới và nâng cao "
                    "năng lực công tác thông tin tuyên truyền và thông tin đối ngoại góp phần "
                    "xây dựng biên giới hòa bình, hữu nghị, hợp tác và phát triển”; triển khai "
                    "các nhiệm vụ tăng cường hoạt động thông tin đối ngoại với Lào, Campuchia, "
                    "Trung Quốc và các nước khác."
                ),
            ),
            DemoSection(
                code="3",
                title="Tiếp tục xây dựng, hoàn thiện hệ thống cơ sở dữ liệu quảng bá hình ảnh",
                body=(
                    "Duy trì hệ thống thông tin quảng bá, phát huy giá trị 02 di sản văn hóa "
                    "phi vật thể đại diện của nhân loại Hát Xoan Phú Thọ, Tín ngưỡng thờ cúng "
                    "Hùng Vương ở Phú Thọ gắn với Đề án gìn giữ, phát huy giá trị di sản văn "
                    "hóa phi vật thể đại diện của nhân loại Hát Xoan Phú Thọ, giai đoạn 2020 - "
                    "2025."
                ),
                legal_reference_keys=("de_an_hat_xoan",),
            ),
            DemoSection(
                code="4",
                title="Quảng bá hình ảnh thông qua các hoạt động",
                body="",
                children=(
                    DemoSection(
                        code="4.1",
                        title=(
                            "Quảng bá thông qua các hoạt động kỷ niệm những sự kiện, ngày lễ "
                            "lớn, hoạt động đối ngoại trong năm 2023"
                        ),
                        body=(
                            "Tuyên truyền về các quyền và lợi ích hợp pháp, chính đáng của Việt "
                            "Nam trên biển theo luật pháp quốc tế; Công ước Liên hiệp quốc về "
                            "Luật Biển năm 1982; công tác phân giới, cắm mốc và quản lý biên "
                            "giới trên đất liền Việt Nam - Trung Quốc, Việt Nam - Lào, Việt Nam "
                            "- Campuchia; Đề án Quy hoạch phát triển cửa khẩu biên giới Việt "
                            "Nam - Lào giai đoạn 2020 - 2030, tầm nhìn đến năm 2050."
                        ),
                        legal_reference_keys=(
                            "cong_uoc_luat_bien_1982",
                            "de_an_cua_khau_viet_lao",
                        ),
                    ),
                    DemoSection(
                        code="4.2",
                        title=(
                            "Quảng bá thông qua các hoạt động đoàn ra, đoàn vào, hợp tác quốc tế"
                        ),
                        body=(
                            "- Quảng bá hình ảnh, tiềm năng, thế mạnh của đất nước, của tỉnh, "
                            "huyện, địa phương, đơn vị; thúc đẩy hiệu quả các hoạt động ngoại "
                            "giao phục vụ phát triển kinh tế và giao lưu giữa Việt Nam với các "
                            "nước có thiết lập quan hệ ngoại giao, đối tác chiến lược, đối tác "
                            "toàn diện; vận động người Việt Nam, đặc biệt là người Cao Xá, Lâm "
                            "Thao ở nước ngoài tích cực tham gia đóng góp cho sự nghiệp xây "
                            "dựng và bảo vệ Tổ quốc, xây dựng quê hương giàu mạnh, văn minh."
                        ),
                    ),
                    DemoSection(
                        code="4.3",
                        title=(
                            "Quảng bá thông qua các sự kiện, ngày hội giao lưu văn hóa, nghệ "
                            "thuật, thể thao, giới thiệu sản phẩm, hàng hóa"
                        ),
                        body=(
                            "- Đẩy mạnh thực hiện các hoạt động thông tin đối ngoại trong lĩnh "
                            "vực hợp tác, quảng bá dự án và kêu gọi đầu tư vào địa phương.\n"
                            "- Tranh thủ những trí thức, doanh nhân thành đạt đang sinh sống và "
                            "làm việc trên mọi miền đất nước và các nước bạn... để lan tỏa "
                            "thông tin đến đông đảo bạn bè quốc tế về hình ảnh Việt Nam đổi "
                            "mới, hội nhập và phát triển, đặc biệt là tuyên truyền, quảng bá "
                            "phát huy giá trị hai di sản văn hóa đã được UNESCO ghi danh là "
                            "“Tín ngưỡng thờ cúng Hùng Vương” và “Hát Xoan Phú Thọ”.\n"
                            "- Tham gia các sự kiện xúc tiến đầu tư, hội nghị, hội thảo, thương "
                            "mại, giới thiệu sản phẩm, hàng hóa, dịch vụ của địa phương, của "
                            "tỉnh, của huyện."
                        ),
                    ),
                    DemoSection(
                        code="4.4",
                        title=(
                            "Hỗ trợ, hợp tác với các cơ quan báo chí, truyền thông tuyên "
                            "truyền, quảng bá"
                        ),
                        body=(
                            "- Tạo điều kiện thuận lợi để các cơ quan báo chí và phóng viên thông "
                            "tin về địa phương trên mọi lĩnh vực.\n"
                            "- Thường xuyên cung cấp thông tin về tình hình phát triển kinh tế - "
                            "xã hội của địa phương; thông tin về các sự kiện thời sự chính trị "
                            "quan trọng, các vấn đề được dư luận quan tâm... theo quy định của "
                            "Nghị định 09/2017/NĐ-CP ngày 09/02/2017 của Chính phủ và Nghị định "
                            "42/2022/NĐ-CP ngày 24/6/2022 của Chính phủ."
                        ),
                        legal_reference_keys=("nd_09_2017", "nd_42_2022"),
                    ),
                ),
            ),
            DemoSection(
                code="5",
                title="Tuyên truyền về biển đảo, đảm bảo về quyền con người tại địa phương",
                body=(
                    "- Tuyên truyền phổ biến kiến thức, nâng cao nhận thức về đảm bảo quyền con "
                    "người của Việt Nam trong đó tập trung tuyên truyền: Quyết định số "
                    "1079/QĐ-TTg ngày 14/9/2022 của Thủ tướng Chính phủ phê duyệt Đề án truyền "
                    "thông về quyền con người; Chương trình phối hợp số 33/CT-TUPT&ĐUQCHQ ngày "
                    "28/2/2013 giữa tỉnh Phú Thọ và Đảng ủy Quân chủng Hải quân; Kế hoạch số "
                    "3404/KH-UBND ngày 05/8/2021 của UBND tỉnh về tuyên truyền về biển, đảo "
                    "Việt Nam giai đoạn 2021 - 2025 trên địa bàn tỉnh Phú Thọ; Kế hoạch phối "
                    "hợp giữa Ban Tuyên giáo Tỉnh ủy và Cục Hậu cần Hải quân về phối hợp tuyên "
                    "truyền biển, đảo năm 2023.\n"
                    "- Tăng cường công tác dự báo, tổ chức theo dõi và tổng hợp dư luận báo chí "
                    "trong và ngoài nước về tình hình huyện, về thành tựu quyền con người thuộc "
                    "phạm vi quản lý. Kịp thời đấu tranh, phản bác các thông tin sai lệch ảnh "
                    "hưởng đến uy tín, ảnh hưởng hình ảnh của xã."
                ),
                legal_reference_keys=(
                    "qd_1079_ttg",
                    "ctph_33",
                    "kh_3404_ubnd_tinh",
                    "kh_phoi_hop_btg_chhq_2023",
                ),
            ),
        ),
    ),
    # Part III skips item 7 (the source goes 6 → 8); the codes stay as printed.
    DemoSection(
        code="III",
        title="TỔ CHỨC THỰC HIỆN",
        body="",
        children=(
            DemoSection(
                code="1",
                title="Công chức Văn hóa xã hội",
                body=(
                    f"- {_III_1_PLAN}\n- {_III_1_COORDINATION}\n"
                    f"- {_III_1_WEBSITE}\n- {_III_1_REPORTING}"
                ),
            ),
            DemoSection(
                code="2",
                title="Văn phòng HĐND & UBND",
                body=f"- {_III_2_DELEGATIONS}\n- {_III_2_PRESS}",
            ),
            DemoSection(
                code="3",
                title="Công chức Tài chính - Kế toán",
                body=f"- {_III_3_INVESTMENT}\n- {_III_3_BUDGET}",
            ),
            DemoSection(
                code="4",
                title="Công chức Địa chính NN và XD",
                body=_III_4_TRADE,
            ),
            DemoSection(
                code="5",
                title="Đài truyền thanh xã",
                body=f"{_III_5_PROGRAMME} {_III_5_CONTENT}\n{_III_5_REBUTTAL}",
            ),
            DemoSection(
                code="6",
                title="Đề nghị Đảng ủy, MTTQ và các đoàn thể chính trị",
                body=f"{_III_6_STRUGGLE}\n{_III_6_OPINION} {_III_6_REBUTTAL}",
            ),
            DemoSection(
                code="8",
                title="Công an xã",
                body=(
                    f"- {_III_8_CONFIDENTIALITY}\n- {_III_8_COUNTERMEASURES}\n"
                    f"- {_III_8_QUARTERLY_REPORT}"
                ),
            ),
            DemoSection(
                code="9",
                title="Các đơn vị kinh tế, hành chính sự nghiệp, các khu dân cư",
                body=(
                    f"- {_III_9_PLAN}\n- {_III_9_OPINION} {_III_9_DEVELOPMENT}\n- {_III_9_REPORT}"
                ),
            ),
        ),
    ),
)

# --------------------------------------------------------------------------------------
# Tasks: every task sentence of part III
# --------------------------------------------------------------------------------------

TASKS: tuple[DemoTask, ...] = (
    # III.1 Công chức Văn hóa - Xã hội
    DemoTask(
        key="vhxh_xay_dung_ke_hoach",
        section_code="III.1",
        lead_unit_keys=("vhxh",),
        title="Tham mưu xây dựng kế hoạch thông tin đối ngoại của xã",
        description=_III_1_PLAN,
        schedule="once",
        # The text gives no date; the demo's choice is the end of March 2023.
        due_on=date(2023, 3, 31),
        topics=("planning",),
    ),
    DemoTask(
        key="vhxh_phoi_hop_tap_huan",
        section_code="III.1",
        lead_unit_keys=("vhxh",),
        title="Thực hiện các chương trình phối hợp và tham gia tập huấn về TTĐN",
        description=_III_1_COORDINATION,
        schedule="continuous",
        topics=("coordination", "training"),
    ),
    DemoTask(
        key="vhxh_cap_nhat_trang_tin",
        section_code="III.1",
        lead_unit_keys=("vhxh",),
        title="Cập nhật, quảng bá tiềm năng, thế mạnh của xã trên Trang thông tin điện tử",
        description=_III_1_WEBSITE,
        schedule="continuous",
        cooperating_unit_keys=("dai_truyen_thanh",),
        topics=("promotion", "website"),
    ),
    DemoTask(
        key="vhxh_bao_cao",
        section_code="III.1",
        lead_unit_keys=("vhxh",),
        title="Tham mưu báo cáo hoạt động thông tin đối ngoại và thông tin cơ sở",
        description=_III_1_REPORTING,
        # Checked at the plan's reporting deadlines (REPORTING_DEADLINES).
        schedule="continuous",
        topics=("reporting",),
    ),
    # III.2 Văn phòng HĐND & UBND
    DemoTask(
        key="vanphong_doan_cong_tac",
        section_code="III.2",
        lead_unit_keys=("van_phong",),
        title="Lồng ghép hoạt động TTĐN trong các đoàn đi công tác và các đoàn khách đến xã",
        description=_III_2_DELEGATIONS,
        schedule="continuous",
        topics=("delegations",),
    ),
    DemoTask(
        key="vanphong_bao_chi",
        section_code="III.2",
        lead_unit_keys=("van_phong",),
        title="Cung cấp thông tin cho báo chí; theo dõi, xử lý vấn đề báo chí phản ánh",
        description=_III_2_PRESS,
        schedule="continuous",
        topics=("press",),
    ),
    # III.3 Công chức Tài chính - Kế toán
    DemoTask(
        key="taichinh_thong_tin_dau_tu",
        section_code="III.3",
        lead_unit_keys=("tai_chinh",),
        title="Cập nhật, cung cấp thông tin, số liệu về thu hút đầu tư và cơ hội đầu tư của xã",
        description=_III_3_INVESTMENT,
        schedule="continuous",
        topics=("investment",),
    ),
    DemoTask(
        key="taichinh_ngan_sach",
        section_code="III.3",
        lead_unit_keys=("tai_chinh",),
        title="Tham mưu bố trí ngân sách, thẩm định dự toán kinh phí hoạt động TTĐN",
        description=_III_3_BUDGET,
        schedule="continuous",
        topics=("budget",),
    ),
    # III.4 Công chức Địa chính - NN & XD
    DemoTask(
        key="diachinh_xuc_tien_thuong_mai",
        section_code="III.4",
        lead_unit_keys=("dia_chinh",),
        title="Tham gia xúc tiến thương mại, hội chợ để quảng bá doanh nghiệp, sản phẩm của xã",
        description=_III_4_TRADE,
        schedule="continuous",
        cooperating_unit_keys=("to_khuyen_nong",),
        topics=("trade_promotion", "investment"),
    ),
    # III.5 Đài truyền thanh xã
    DemoTask(
        key="daitruyenthanh_chuong_trinh",
        section_code="III.5",
        lead_unit_keys=("dai_truyen_thanh",),
        title="Xây dựng chương trình, kế hoạch tuyên truyền thông tin đối ngoại",
        description=_III_5_PROGRAMME,
        # No date in the text and broadcast programming is ongoing work.
        schedule="continuous",
        topics=("broadcasting", "planning"),
    ),
    DemoTask(
        key="daitruyenthanh_noi_dung",
        section_code="III.5",
        lead_unit_keys=("dai_truyen_thanh",),
        title="Tăng cường nội dung tuyên truyền đối ngoại, quảng bá hình ảnh xã Cao Xá",
        description=_III_5_CONTENT,
        schedule="continuous",
        topics=("broadcasting", "promotion"),
    ),
    DemoTask(
        key="daitruyenthanh_phan_bac",
        section_code="III.5",
        lead_unit_keys=("dai_truyen_thanh",),
        title="Tăng cường tin, bài phản bác thông tin sai lệch, xuyên tạc",
        description=_III_5_REBUTTAL,
        schedule="continuous",
        topics=("broadcasting", "false_information"),
    ),
    # III.6 Đảng ủy, MTTQ và các đoàn thể
    DemoTask(
        key="doanthe_chi_dao_dau_tranh",
        section_code="III.6",
        lead_unit_keys=("doan_the",),
        title="Chỉ đạo đấu tranh phản bác quan điểm sai trái, thù địch, chống “diễn biến hòa bình”",
        description=_III_6_STRUGGLE,
        schedule="continuous",
        topics=("false_information",),
    ),
    DemoTask(
        key="doanthe_nam_tinh_hinh",
        section_code="III.6",
        lead_unit_keys=("doan_the",),
        title="Nắm bắt tình hình tư tưởng, dư luận xã hội liên quan đến công tác TTĐN",
        description=_III_6_OPINION,
        schedule="continuous",
        topics=("public_opinion",),
    ),
    DemoTask(
        key="doanthe_phan_bac_luan_dieu",
        section_code="III.6",
        lead_unit_keys=("doan_the",),
        title="Chỉ đạo đấu tranh, phản bác luận điệu xuyên tạc, kích động, chia rẽ",
        description=_III_6_REBUTTAL,
        schedule="continuous",
        topics=("false_information",),
    ),
    # III.8 Công an xã
    DemoTask(
        key="congan_bao_mat",
        section_code="III.8",
        lead_unit_keys=("cong_an",),
        title="Theo dõi việc chấp hành chế độ bảo mật thông tin trong hoạt động TTĐN",
        description=_III_8_CONFIDENTIALITY,
        schedule="continuous",
        topics=("security",),
    ),
    DemoTask(
        key="congan_xu_ly_thong_tin_xuyen_tac",
        section_code="III.8",
        lead_unit_keys=("cong_an",),
        title="Đề xuất biện pháp đấu tranh, xử lý thông tin xuyên tạc, phản động",
        description=_III_8_COUNTERMEASURES,
        schedule="continuous",
        topics=("security", "false_information"),
    ),
    DemoTask(
        key="congan_bao_cao_quy",
        section_code="III.8",
        lead_unit_keys=("cong_an",),
        title="Báo cáo hàng quý kết quả xử lý vi phạm đưa thông tin sai sự thật",
        description=_III_8_QUARTERLY_REPORT,
        schedule="recurring",
        frequency="quarterly",
        topics=("reporting", "false_information", "security"),
    ),
    # III.9 the group of units (the six residential areas in the demo)
    DemoTask(
        key="khu_ke_hoach",
        section_code="III.9",
        lead_unit_keys=ITEM_9_UNIT_KEYS,
        title="Xây dựng kế hoạch và tổ chức thực hiện hoạt động TTĐN của đơn vị",
        description=_III_9_PLAN,
        schedule="continuous",
        topics=("planning",),
    ),
    DemoTask(
        key="khu_dinh_huong_tu_tuong",
        section_code="III.9",
        lead_unit_keys=ITEM_9_UNIT_KEYS,
        title="Nắm bắt, định hướng tư tưởng và dư luận xã hội ở cơ sở",
        description=_III_9_OPINION,
        schedule="continuous",
        topics=("public_opinion",),
    ),
    DemoTask(
        key="khu_gan_voi_phat_trien",
        section_code="III.9",
        lead_unit_keys=ITEM_9_UNIT_KEYS,
        title="Triển khai TTĐN gắn với tuyên truyền kế hoạch phát triển kinh tế - xã hội",
        description=_III_9_DEVELOPMENT,
        schedule="continuous",
        topics=("promotion",),
    ),
    DemoTask(
        key="khu_bao_cao",
        section_code="III.9",
        lead_unit_keys=ITEM_9_UNIT_KEYS,
        title="Báo cáo kết quả sơ kết, tổng kết thực hiện về UBND xã",
        description=_III_9_REPORT,
        # Checked at the plan's reporting deadlines (01/6/2023 and 01/11/2023).
        schedule="continuous",
        topics=("reporting",),
    ),
)

# --------------------------------------------------------------------------------------
# Deadlines, recipients, signer
# --------------------------------------------------------------------------------------

REPORTING_DEADLINES: tuple[tuple[str, date, str], ...] = (
    ("semiannual", date(2023, 6, 1), "Báo cáo sơ kết 6 tháng"),
    ("yearly", date(2023, 11, 1), "Báo cáo tổng kết năm"),
)

RECIPIENTS: tuple[str, ...] = (
    "UBND huyện",
    "Phòng VH&TT huyện",
    "TT: ĐU, HĐND xã",
    "Chủ tịch, các PCT UBND xã",
    "Các cơ quan, đơn vị liên quan",
    "Các khu dân cư",
    "Lưu: VT, VHXH.",
)

SIGNER = DemoSigner(
    authority="TM.",
    body="ỦY BAN NHÂN DÂN",
    position="CHỦ TỊCH",
    full_name="Quách Văn Chí",
)

# --------------------------------------------------------------------------------------
# Demo accounts (DESIGN §6): (username, full name, unit key, role)
# --------------------------------------------------------------------------------------

# Known to anyone who reads DESIGN §6; only the demo seed creates these accounts.
DEMO_PASSWORD = "ttdn-demo-2023"  # noqa: S105 (the published demo one)

DEMO_ACCOUNTS: tuple[tuple[str, str, str, str], ...] = (
    ("admin", "Nguyễn Văn Hải", "ubnd_cao_xa", "admin"),
    ("chutich", "Quách Văn Chí", "ubnd_cao_xa", "leader"),
    ("vhxh", "Nguyễn Thị Thu Hà", "vhxh", "coordinator"),
    ("vanphong", "Trần Thị Lan", "van_phong", "member"),
    ("taichinh", "Phạm Thị Hồng", "tai_chinh", "member"),
    ("diachinh", "Lê Văn Tuấn", "dia_chinh", "member"),
    ("daitruyenthanh", "Hoàng Văn Nam", "dai_truyen_thanh", "member"),
    ("doanthe", "Đỗ Thị Mai", "doan_the", "member"),
    ("congan", "Bùi Văn Dũng", "cong_an", "member"),
    ("khu1", "Vũ Văn Hùng", "khu_1", "area_leader"),
    # The heads of the other five areas: each reports its own area's progress.
    ("khu2", "Trần Văn Bình", "khu_2", "area_leader"),
    ("khu3", "Nguyễn Thị Hoa", "khu_3", "area_leader"),
    ("khu4", "Phan Văn Long", "khu_4", "area_leader"),
    ("khu5", "Đinh Văn Sơn", "khu_5", "area_leader"),
    ("khu6", "Lê Thị Thanh Hương", "khu_6", "area_leader"),
    ("huyen", "Nguyễn Đức Thắng", "huyen_lam_thao", "superior"),
)
