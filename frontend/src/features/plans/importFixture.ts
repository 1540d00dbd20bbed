// A proposal as POST /plans/import answers it, for the import review's tests: a short Cao Xá plan
// of 2025 with two căn cứ, sections I–III, Công an xã and Đài truyền thanh xã matched, the
// residential areas as a group, and "Hội Người cao tuổi xã" matched to no unit.
import type { Proposal } from "./queries";

const SOURCE = [
  "ỦY BAN NHÂN DÂN XÃ CAO XÁ",
  "Số: 12/KH-UBND",
  "Cao Xá, ngày 10 tháng 01 năm 2025",
  "KẾ HOẠCH",
  "Hoạt động thông tin đối ngoại xã Cao Xá năm 2025",
  "Căn cứ Nghị định số 72/2015/NĐ-CP ngày 07/9/2015 của Chính phủ về quản lý hoạt động thông tin đối ngoại;",
  "Căn cứ Kế hoạch số 45/KH-UBND ngày 05/01/2025 của UBND huyện Lâm Thao;",
  "UBND xã Cao Xá xây dựng kế hoạch như sau:",
  "I. MỤC ĐÍCH, YÊU CẦU",
  "Nâng cao chất lượng công tác thông tin đối ngoại trên địa bàn xã.",
  "II. NỘI DUNG THỰC HIỆN",
  "Tuyên truyền về biển đảo và quyền con người.",
  "III. TỔ CHỨC THỰC HIỆN",
  "1. Công an xã",
  "- Theo dõi, phát hiện và xử lý thông tin sai lệch trên mạng xã hội, báo cáo hằng quý.",
  "2. Đài truyền thanh xã",
  "- Phát sóng chuyên mục thông tin đối ngoại trước ngày 30/6/2025.",
  "3. Hội Người cao tuổi xã",
  "- Tuyên truyền tới hội viên về thông tin đối ngoại.",
  "4. Các khu dân cư",
  "- Tuyên truyền tới Nhân dân về thông tin đối ngoại.",
];

const section = (path: string, title: string, line: number, body = "") => ({
  code: path.split(".").at(-1) ?? path,
  path,
  title,
  body,
  role: null,
  line,
  children: [],
});

export function makeProposal(overrides: Partial<Proposal> = {}): Proposal {
  return {
    source: { filename: "ke-hoach.txt", media_type: "text/plain", line_count: SOURCE.length },
    source_lines: SOURCE,
    header: {
      issuing_body: "Ủy ban nhân dân xã Cao Xá",
      issuing_unit_id: 3,
      number: 12,
      symbol: "KH-UBND",
      place: "Cao Xá",
      issued_on: "2025-01-10",
      document_type: "KẾ HOẠCH",
      title: "Kế hoạch hoạt động thông tin đối ngoại xã Cao Xá năm 2025",
      year: 2025,
      introduction: "UBND xã Cao Xá xây dựng kế hoạch như sau:",
      closing: "",
      lines: { issuing_body: 1, number: 2, place: 3, issued_on: 3, title: 5 },
    },
    legal_bases: [
      {
        kind: "decree",
        number: "72/2015/NĐ-CP",
        issued_on: "2015-09-07",
        issuer: "Chính phủ",
        title: "Quản lý hoạt động thông tin đối ngoại",
        citation:
          "Nghị định số 72/2015/NĐ-CP ngày 07/9/2015 của Chính phủ về quản lý hoạt động thông tin đối ngoại",
        cited: false,
        section_path: null,
        line: 6,
      },
      {
        kind: "plan",
        number: "45/KH-UBND",
        issued_on: "2025-01-05",
        issuer: "Ủy ban nhân dân huyện Lâm Thao",
        title: "",
        citation: "Kế hoạch số 45/KH-UBND ngày 05/01/2025 của UBND huyện Lâm Thao",
        cited: false,
        section_path: null,
        line: 7,
      },
    ],
    cited_references: [],
    sections: [
      section("I", "MỤC ĐÍCH, YÊU CẦU", 9, SOURCE[9]),
      section("II", "NỘI DUNG THỰC HIỆN", 11, SOURCE[11]),
      {
        ...section("III", "TỔ CHỨC THỰC HIỆN", 13),
        role: "implementation",
        children: [
          section("III.1", "Công an xã", 14, SOURCE[14]),
          section("III.2", "Đài truyền thanh xã", 16, SOURCE[16]),
          section("III.3", "Hội Người cao tuổi xã", 18, SOURCE[18]),
          section("III.4", "Các khu dân cư", 20, SOURCE[20]),
        ],
      },
    ],
    units: [
      {
        name: "Công an xã",
        unit_id: 10,
        unit_name: "Công an xã",
        group_unit_ids: [],
        section_path: "III.1",
        line: 14,
        tasks: [
          {
            description:
              "Theo dõi, phát hiện và xử lý thông tin sai lệch trên mạng xã hội, báo cáo hằng quý.",
            section_path: "III.1",
            line: 15,
            schedule: {
              schedule: "recurring",
              due_on: null,
              frequency: "quarterly",
              phrase: "hằng quý",
            },
            cooperating_units: [
              { name: "Đài truyền thanh xã", unit_id: 8, unit_name: "Đài truyền thanh xã" },
              { name: "Ban Mặt trận", unit_id: null, unit_name: null },
            ],
          },
        ],
      },
      {
        name: "Đài truyền thanh xã",
        unit_id: 8,
        unit_name: "Đài truyền thanh xã",
        group_unit_ids: [],
        section_path: "III.2",
        line: 16,
        tasks: [
          {
            description: "Phát sóng chuyên mục thông tin đối ngoại trước ngày 30/6/2025.",
            section_path: "III.2",
            line: 17,
            schedule: {
              schedule: "once",
              due_on: "2025-06-30",
              frequency: null,
              phrase: "trước ngày 30/6/2025",
            },
            cooperating_units: [],
          },
        ],
      },
      {
        name: "Hội Người cao tuổi xã",
        unit_id: null,
        unit_name: null,
        group_unit_ids: [],
        section_path: "III.3",
        line: 18,
        tasks: [
          {
            description: "Tuyên truyền tới hội viên về thông tin đối ngoại.",
            section_path: "III.3",
            line: 19,
            schedule: { schedule: "continuous", due_on: null, frequency: null, phrase: null },
            cooperating_units: [],
          },
        ],
      },
      {
        name: "Các khu dân cư",
        unit_id: null,
        unit_name: null,
        group_unit_ids: [12, 13],
        section_path: "III.4",
        line: 20,
        tasks: [
          {
            description: "Tuyên truyền tới Nhân dân về thông tin đối ngoại.",
            section_path: "III.4",
            line: 21,
            schedule: { schedule: "continuous", due_on: null, frequency: null, phrase: null },
            cooperating_units: [],
          },
        ],
      },
    ],
    reporting_deadlines: [
      { kind: "semiannual", due_on: "2025-06-01", label: "Báo cáo sơ kết 6 tháng", line: 21 },
    ],
    recipients: ["UBND huyện", "Lưu: VT, VHXH"],
    signer: {
      authority: "TM.",
      body: "ỦY BAN NHÂN DÂN",
      position: "CHỦ TỊCH",
      full_name: "Quách Văn Chí",
      line: 21,
    },
    warnings: [
      {
        kind: "unmatched_unit",
        line: 18,
        text: "Hội Người cao tuổi xã",
        message:
          "Không tìm thấy “Hội Người cao tuổi xã” trong cây đơn vị; hãy chọn đơn vị hoặc tạo mới.",
      },
    ],
    ...overrides,
  };
}

/** What the API answers for a text it finds no plan in. */
export function makeEmptyProposal(): Proposal {
  return makeProposal({
    source_lines: ["Kính gửi các đồng chí,", "Xin mời dự họp."],
    header: {
      issuing_body: null,
      issuing_unit_id: null,
      number: null,
      symbol: null,
      place: null,
      issued_on: null,
      document_type: null,
      title: null,
      year: null,
      introduction: "",
      closing: "",
      lines: {},
    },
    legal_bases: [],
    sections: [],
    units: [],
    reporting_deadlines: [],
    recipients: [],
    signer: null,
    warnings: [
      {
        kind: "no_structure",
        line: null,
        text: "",
        message:
          "Không nhận ra cấu trúc kế hoạch (mục I., II., …) trong văn bản; không có gì để đề xuất.",
      },
    ],
  });
}
