// False-information incidents as the API answers them, and the people who deal with them, for the
// incident screens' tests.
import type { Schemas } from "../api/client";
import { makeMe } from "./render";

type Incident = Schemas["IncidentRead"];
type Evidence = Schemas["EvidenceRead"];
type Person = Schemas["PersonRead"];

/** The TikTok video of the demo: reported by khu1, verified by congan, being answered. */
export function makeIncident(overrides: Partial<Incident> = {}): Incident {
  return {
    id: 2,
    code: "TTSL-2023-0002",
    unit_id: 3,
    unit_name: "Ủy ban nhân dân xã Cao Xá",
    title: "Video nói Khu 1 có ổ dịch sốt xuất huyết bị giấu",
    detected_at: "2023-07-08T12:45:00Z",
    reported_by_name: "Vũ Văn Hùng",
    reporting_unit_id: 12,
    platform: "tiktok",
    urls: ["https://www.tiktok.com/@tin.lang.que/video/7251234567890"],
    account_name: "@tin.lang.que",
    summary: "Video quay cảnh phun thuốc muỗi, lời bình nói xã giấu ổ dịch.",
    category: "disasters_health",
    scope: "commune",
    views: 18000,
    shares: 420,
    comments: 230,
    severity: "medium",
    classification: "internal",
    status: "responding",
    verdict: "misleading",
    sightings: 1,
    people_count: 0,
    escalated_at: null,
    acknowledged_at: null,
    next_statuses: ["resolved"],
    reported_by_me: false,
    may_edit: true,
    may_add_evidence: true,
    may_escalate: true,
    may_acknowledge: false,
    may_delete: true,
    timeline: [
      {
        id: 1,
        kind: "reported",
        from_status: null,
        to_status: "new",
        reason: "",
        details: {},
        author_name: "Vũ Văn Hùng",
        created_at: "2023-07-08T13:10:00Z",
      },
      {
        id: 2,
        kind: "transition",
        from_status: "new",
        to_status: "verifying",
        reason: "Làm việc với Trạm Y tế xã.",
        details: {},
        author_name: "Bùi Văn Dũng",
        created_at: "2023-07-09T01:00:00Z",
      },
      {
        id: 3,
        kind: "verdict",
        from_status: null,
        to_status: null,
        reason: "",
        details: { from: null, to: "misleading" },
        author_name: "Bùi Văn Dũng",
        created_at: "2023-07-10T02:30:00Z",
      },
    ],
    version: 6,
    created_at: "2023-07-08T13:10:00Z",
    updated_at: "2023-07-10T03:00:00Z",
    deleted_at: null,
    ...overrides,
  };
}

export function makeEvidence(overrides: Partial<Evidence> = {}): Evidence {
  return {
    id: 7,
    filename: "chup-man-hinh.jpg",
    content_type: "image/jpeg",
    size_bytes: 84_000,
    sha256: "a".repeat(64),
    has_preview: true,
    may_download: true,
    captured_at: null,
    uploaded_by_name: "Vũ Văn Hùng",
    created_at: "2023-07-08T13:12:00Z",
    removed_at: null,
    removal_reason: null,
    ...overrides,
  };
}

export function makePerson(overrides: Partial<Person> = {}): Person {
  return {
    id: 1,
    incident_id: 1,
    full_name: "Đỗ Văn Toàn",
    birth_year: 1988,
    address: "Khu 5, xã Cao Xá",
    account_name: "Tin nóng Lâm Thao",
    role: "author",
    decision: "fine",
    decision_number: "12/QĐ-XPVPHC",
    decided_on: "2023-04-24",
    fine_vnd: 10_000_000,
    notes: "Tự gỡ bài, cam kết không tái phạm.",
    version: 2,
    created_at: "2023-04-24T08:00:00Z",
    updated_at: "2023-04-24T08:00:00Z",
    ...overrides,
  };
}

/** Công an xã: deals with incidents, closes them, and alone reads the people involved. */
export const police = makeMe({
  id: 9,
  username: "congan",
  full_name: "Bùi Văn Dũng",
  roles: ["member"],
  capabilities: [
    "incidents:close",
    "incidents:handle",
    "incidents:read",
    "incidents:read_confidential",
    "incidents:read_internal",
    "incidents:report",
    "incidents:security",
    "plans:read",
    "tasks:read",
    "tasks:report",
    "units:read",
  ],
  units: [
    {
      id: 11,
      code: "CA-XA",
      name: "Công an xã",
      kind: "police",
      functions: ["security"],
      role: "member",
    },
  ],
});

/** Văn phòng: reads public incidents and reports, never the people. */
export const member = makeMe({
  id: 4,
  username: "vanphong",
  full_name: "Trần Thị Lan",
  roles: ["member"],
  capabilities: ["incidents:read", "incidents:report", "plans:read", "tasks:read", "units:read"],
});

/** Khu dân cư số 1: reports from a phone and reads its own reports. */
export const areaLeader = makeMe({
  capabilities: ["incidents:report", "plans:read", "tasks:read", "tasks:report", "units:read"],
});

/** UBND huyện: reads what its communes escalated, and acknowledges it. */
export const superior = makeMe({
  id: 11,
  username: "huyen",
  full_name: "Nguyễn Đức Thắng",
  roles: ["superior"],
  capabilities: ["incidents:acknowledge", "incidents:escalated", "plans:read", "tasks:read"],
  units: [
    {
      id: 1,
      code: "UBND-LAMTHAO",
      name: "Ủy ban nhân dân huyện Lâm Thao",
      kind: "district",
      functions: [],
      role: "superior",
    },
  ],
});
