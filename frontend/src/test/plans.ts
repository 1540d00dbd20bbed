// Plans, sections and legal references as the API answers them (a 2024 draft copied from the
// Cao Xá 2023 plan), for the plan screens' tests.
import type { Schemas } from "../api/client";
import { makeMe, makeTaskListItem } from "./render";

type Plan = Schemas["PlanDetail"];
type Section = Schemas["SectionNode"];
type Reference = Schemas["LegalReferenceRead"];
type Unit = Schemas["UnitRead"];

export const coordinator = makeMe({
  id: 3,
  username: "vhxh",
  full_name: "Nguyễn Thị Thu Hà",
  roles: ["coordinator"],
  capabilities: ["plans:read", "plans:write", "tasks:read", "tasks:assign", "units:read"],
  units: [
    {
      id: 4,
      code: "VHXH",
      name: "Công chức Văn hóa - Xã hội",
      kind: "officer_post",
      functions: ["coordination"],
      role: "coordinator",
    },
  ],
});

export const leader = makeMe({
  id: 2,
  username: "chutich",
  roles: ["leader"],
  capabilities: ["plans:read", "plans:write", "plans:issue", "tasks:read", "tasks:assign"],
  units: [
    {
      id: 3,
      code: "UBND-CX",
      name: "Ủy ban nhân dân xã Cao Xá",
      kind: "commune",
      functions: [],
      role: "leader",
    },
  ],
});

export function makeReference(overrides: Partial<Reference> = {}): Reference {
  return {
    id: 4,
    kind: "decree",
    number: "72/2015/NĐ-CP",
    issued_on: "2015-09-07",
    issuer: "Chính phủ",
    title: "",
    citation: "Nghị định số 72/2015/NĐ-CP ngày 07/9/2015 của Chính phủ",
    in_force: true,
    superseded_by_id: null,
    unit_id: 3,
    version: 1,
    created_at: "2023-03-06T01:00:00Z",
    updated_at: "2023-03-06T01:00:00Z",
    ...overrides,
  };
}

export const districtPlan = makeReference({
  id: 1,
  kind: "plan",
  number: "38/KH-UBND",
  issued_on: "2023-03-08",
  issuer: "Ủy ban nhân dân huyện Lâm Thao",
  citation: "Kế hoạch số 38/KH-UBND ngày 08/3/2023 của Ủy ban nhân dân huyện Lâm Thao",
});

export function makePlan(overrides: Partial<Plan> = {}): Plan {
  return {
    id: 2,
    unit: { id: 3, name: "Ủy ban nhân dân xã Cao Xá" },
    number: null,
    symbol: "KH-UBND",
    number_symbol: null,
    title: "Kế hoạch hoạt động thông tin đối ngoại xã Cao Xá năm 2024",
    year: 2024,
    place: "Cao Xá",
    status: "draft",
    issued_on: null,
    parent_plan_id: null,
    parent_reference_id: null,
    version: 3,
    created_at: "2023-12-01T01:00:00Z",
    updated_at: "2023-12-01T01:00:00Z",
    deleted_at: null,
    parent_plan: null,
    parent_reference: null,
    legal_bases: [districtPlan],
    cited_references: [],
    reporting_deadlines: [
      { id: 1, kind: "semiannual", due_on: "2024-06-01", label: "Báo cáo sơ kết 6 tháng" },
    ],
    introduction: "UBND xã Cao Xá xây dựng kế hoạch năm 2024, nội dung cụ thể như sau:",
    closing: "Trên đây là Kế hoạch năm 2024./.",
    recipients: ["UBND huyện", "Lưu: VT, VHXH."],
    signer: {
      authority: "TM.",
      body: "ỦY BAN NHÂN DÂN",
      position: "CHỦ TỊCH",
      full_name: "Quách Văn Chí",
    },
    purposes: null,
    requirements: null,
    ...overrides,
  };
}

export function makeSection(overrides: Partial<Section> = {}): Section {
  return {
    id: 14,
    plan_id: 2,
    parent_id: null,
    position: 1,
    code: "III",
    title: "TỔ CHỨC THỰC HIỆN",
    body: "",
    role: "implementation",
    version: 1,
    created_at: "2023-12-01T01:00:00Z",
    updated_at: "2023-12-01T01:00:00Z",
    children: [],
    ...overrides,
  };
}

/** I (with 1 and 2), III (with 5 Đài truyền thanh xã, holding one task, and 8 Công an xã). */
export function makeTree(): Section[] {
  return [
    makeSection({
      id: 1,
      code: "I",
      title: "MỤC ĐÍCH, YÊU CẦU",
      role: null,
      children: [
        makeSection({
          id: 2,
          parent_id: 1,
          position: 1,
          code: "1",
          title: "Mục đích",
          role: "purposes",
          body: "Tiếp tục nâng cao chất lượng công tác thông tin đối ngoại.",
        }),
        makeSection({
          id: 3,
          parent_id: 1,
          position: 2,
          code: "2",
          title: "Yêu cầu",
          role: "requirements",
          version: 4,
        }),
      ],
    }),
    makeSection({
      id: 14,
      position: 2,
      children: [
        makeSection({
          id: 19,
          parent_id: 14,
          position: 1,
          code: "5",
          title: "Đài truyền thanh xã",
          role: null,
          version: 2,
        }),
        makeSection({
          id: 21,
          parent_id: 14,
          position: 2,
          code: "8",
          title: "Công an xã",
          role: null,
        }),
      ],
    }),
  ];
}

export const radioTask = makeTaskListItem({
  id: 33,
  plan_id: 2,
  section_id: 19,
  title: "Tăng cường nội dung tuyên truyền đối ngoại",
  schedule: "continuous",
  next_due_on: null,
  assignees: [{ unit_id: 8, unit_name: "Đài truyền thanh xã", role: "lead" }],
  version: 2,
});

function makeUnit(id: number, name: string, kind: Unit["kind"]): Unit {
  return {
    id,
    parent_id: 3,
    path: `/1/3/${id}/`,
    kind,
    code: `U${id}`,
    name,
    short_name: null,
    functions: [],
    valid_from: null,
    valid_to: null,
    version: 1,
    created_at: "2023-01-01T00:00:00Z",
    updated_at: "2023-01-01T00:00:00Z",
    deleted_at: null,
  };
}

export const units = [
  makeUnit(3, "Ủy ban nhân dân xã Cao Xá", "commune"),
  makeUnit(8, "Đài truyền thanh xã", "radio"),
  makeUnit(10, "Công an xã", "police"),
  makeUnit(4, "Công chức Văn hóa - Xã hội", "officer_post"),
  makeUnit(12, "Khu dân cư số 1", "residential_area"),
  makeUnit(13, "Khu dân cư số 2", "residential_area"),
];
