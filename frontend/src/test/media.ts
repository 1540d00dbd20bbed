// Press records as the API answers them, for the press screens' tests.
import type { Schemas } from "../api/client";
import { makeMe } from "./render";

type Contact = Schemas["ContactRead"];
type Outlet = Schemas["OutletRead"];

export function makeOutlet(overrides: Partial<Outlet> = {}): Outlet {
  return {
    id: 1,
    unit_id: 3,
    name: "Báo Phú Thọ",
    kind: "print",
    level: "provincial",
    website: "https://baophutho.vn",
    phone: null,
    email: null,
    address: "Phường Tân Dân, thành phố Việt Trì, tỉnh Phú Thọ",
    notes: "",
    version: 1,
    created_at: "2023-03-09T03:00:00Z",
    updated_at: "2023-03-09T03:00:00Z",
    deleted_at: null,
    ...overrides,
  };
}

export function makeContact(overrides: Partial<Contact> = {}): Contact {
  return {
    id: 1,
    unit_id: 3,
    outlet_id: 1,
    full_name: "Lê Văn Bình",
    position: "Phóng viên thường trú khu vực Lâm Thao",
    phones: ["0900 000 101"],
    emails: ["binh.lv@example.vn"],
    press_card_number: "PT-0101",
    beats: ["nông thôn mới", "văn hóa"],
    personal_data_basis: "Phóng viên đồng ý cho Văn phòng lưu thông tin liên hệ.",
    review_by: "2099-03-10",
    redacted: false,
    duplicate_of_ids: [],
    last_contacted_on: null,
    merged_into_id: null,
    version: 1,
    created_at: "2023-03-09T03:00:00Z",
    updated_at: "2023-03-09T03:00:00Z",
    deleted_at: null,
    ...overrides,
  };
}

/** Văn phòng HĐND & UBND: a member of the press unit (writes, reads personal data). */
export const pressOfficer = makeMe({
  id: 4,
  username: "vanphong",
  full_name: "Trần Thị Lan",
  roles: ["member"],
  capabilities: [
    "media:contacts:read",
    "media:personal_data",
    "media:read",
    "media:write",
    "plans:read",
    "tasks:read",
    "tasks:report",
    "units:read",
  ],
  units: [
    {
      id: 5,
      code: "VP-HDND-UBND",
      name: "Văn phòng HĐND & UBND",
      kind: "office",
      functions: ["press"],
      role: "member",
    },
  ],
});

/** A residential-area leader: reads contacts, redacted. */
export const areaLeader = makeMe({
  capabilities: ["media:contacts:read", "media:read", "plans:read", "tasks:read", "units:read"],
});

/** The commune's administrator: reads contacts redacted, merges duplicates. */
export const admin = makeMe({
  id: 1,
  username: "admin",
  roles: ["admin"],
  capabilities: ["media:contacts:read", "media:merge", "media:read", "units:read", "users:write"],
});

/** The superior level: reads press work, never a commune's contacts. */
export const superior = makeMe({
  id: 11,
  username: "huyen",
  roles: ["superior"],
  capabilities: ["media:read", "plans:read", "tasks:read", "units:read"],
});

export const pathOf = (request: Request) => new URL(request.url).pathname;
export const paramsOf = (request: Request) => new URL(request.url).searchParams;

type Interaction = Schemas["InteractionRead"];
type FollowUp = Schemas["FollowUpRead"];

/** Being verified, due on 19/12/2023 and past it. */
export function makeFollowUp(overrides: Partial<FollowUp> = {}): FollowUp {
  return {
    status: "verifying",
    due_on: "2023-12-19",
    overdue: true,
    answer: null,
    answered_on: null,
    steps: [
      {
        status: "received",
        note: "",
        author_name: "Trần Thị Lan",
        created_at: "2023-12-04T08:00:00Z",
      },
      {
        status: "verifying",
        note: "Giao Địa chính - NN & XD kiểm tra hiện trạng.",
        author_name: "Trần Thị Lan",
        created_at: "2023-12-05T02:00:00Z",
      },
    ],
    ...overrides,
  };
}

/** A press report received by Văn phòng, being verified, due on 19/12/2023 (overdue). */
export function makeInteraction(overrides: Partial<Interaction> = {}): Interaction {
  return {
    id: 5,
    unit_id: 5,
    unit_name: "Văn phòng HĐND & UBND",
    kind: "press_report",
    occurred_on: "2023-12-04",
    topic: "Đường giao thông nội đồng Khu 3 xuống cấp",
    spokesperson: "Quách Văn Chí, Chủ tịch UBND xã",
    summary: "Báo Phú Thọ phản ánh tuyến đường nội đồng Khu 3 xuống cấp.",
    published_links: [],
    outlets: [{ id: 1, name: "Báo Phú Thọ" }],
    contacts: [{ id: 1, name: "Lê Văn Bình" }],
    task_id: null,
    task_update_id: null,
    incident_id: null,
    follow_up: makeFollowUp(),
    documents: [],
    version: 3,
    created_at: "2023-12-04T08:00:00Z",
    updated_at: "2023-12-05T02:00:00Z",
    deleted_at: null,
    ...overrides,
  };
}

/** An interview: no follow-up. */
export function makeInterview(overrides: Partial<Interaction> = {}): Interaction {
  return makeInteraction({
    id: 3,
    kind: "interview",
    occurred_on: "2023-08-10",
    topic: "Thu hút đầu tư và quảng bá sản phẩm OCOP của xã",
    follow_up: null,
    outlets: [{ id: 3, name: "Báo điện tử VietnamPlus" }],
    ...overrides,
  });
}
