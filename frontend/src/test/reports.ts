// The reporting cycle as the API answers it, for the report screens' tests.
import type { Schemas } from "../api/client";
import { makeMe } from "./render";

type Part = Schemas["UnitReportDetail"];
type Period = Schemas["ReportingPeriodRead"];

export const areaLeader = makeMe({
  username: "khu1",
  full_name: "Vũ Văn Hùng",
  capabilities: ["reports:read", "reports:fill", "tasks:read"],
});

export const coordinator = makeMe({
  username: "vhxh",
  full_name: "Nguyễn Thị Lan",
  capabilities: ["reports:read", "reports:drafts", "reports:fill", "reports:manage", "plans:read"],
});

export function makePeriod(overrides: Partial<Period> = {}): Period {
  return {
    id: 4,
    plan_id: 1,
    deadline_id: 2,
    reporting_unit_id: null,
    kind: "semiannual",
    label: "Báo cáo 6 tháng đầu năm 2023",
    starts_on: "2023-01-01",
    ends_on: "2023-05-31",
    internal_due_on: "2023-05-25",
    due_on: "2023-06-01",
    version: 1,
    created_at: "2023-01-05T02:00:00Z",
    updated_at: "2023-01-05T02:00:00Z",
    ...overrides,
  };
}

export function makePart(overrides: Partial<Part> = {}): Part {
  return {
    id: 7,
    period_id: 4,
    plan_id: 1,
    period_label: "Báo cáo 6 tháng đầu năm 2023",
    unit_id: 12,
    unit_name: "Khu dân cư số 1",
    status: "draft",
    internal_due_on: "2023-05-25",
    first_submitted_on: null,
    submitted_at: null,
    on_time: null,
    entered: {
      news_items_aired: null,
      website_posts: null,
      events_held: 2,
      people_trained: null,
      budget_spent: null,
    },
    counted: { press_interactions: 1, incidents_handled: 3 },
    may_fill: true,
    may_review: false,
    version: 3,
    updated_at: "2023-05-20T02:00:00Z",
    difficulties: "",
    proposals: "",
    narratives: [
      {
        task_id: 21,
        task_title: "Tuyên truyền trên loa truyền thanh",
        text: "Đã phát 12 buổi trên loa của khu.",
        prefilled: true,
      },
    ],
    history: [],
    ...overrides,
  };
}

type CommuneReport = Schemas["CommuneReportDetail"];

export const leader = makeMe({
  username: "chutich",
  full_name: "Quách Văn Chí",
  roles: ["leader"],
  capabilities: ["reports:read", "reports:drafts", "reports:approve", "plans:read"],
});

export const superior = makeMe({
  username: "huyen",
  full_name: "Trần Minh Đức",
  roles: ["superior"],
  capabilities: ["reports:read", "reports:review", "plans:read"],
});

/** Cao Xá's 6-month report, compiled from one accepted part, still a draft. */
export function makeCommuneReport(overrides: Partial<CommuneReport> = {}): CommuneReport {
  return {
    id: 3,
    period_id: 4,
    period_label: "Báo cáo 6 tháng đầu năm 2023",
    period_kind: "semiannual",
    period_starts_on: "2023-01-01",
    period_ends_on: "2023-05-31",
    period_due_on: "2023-06-01",
    commune_id: 1,
    commune_name: "Ủy ban nhân dân xã Cao Xá",
    number: null,
    status: "draft",
    title: "Báo cáo 6 tháng đầu năm 2023 thực hiện Kế hoạch thông tin đối ngoại năm 2023",
    results: "Khu dân cư số 1:\n- Tuyên truyền trên loa truyền thanh: Đã phát 12 buổi.",
    difficulties: "Khu dân cư số 1: Loa hỏng một cụm.",
    proposals: "",
    figures: {
      news_items_aired: 12,
      website_posts: 0,
      events_held: 2,
      people_trained: 40,
      budget_spent: 1500000,
      press_interactions: 1,
      incidents_handled: 3,
    },
    task_statuses: [
      {
        unit_id: 12,
        unit_name: "Khu dân cư số 1",
        counts: { in_progress: 2, done_on_time: 1 },
        total: 3,
      },
    ],
    parts: [
      { unit_id: 12, unit_name: "Khu dân cư số 1", status: "accepted", on_time: true },
      { unit_id: 13, unit_name: "Công an xã", status: "submitted", on_time: false },
      { unit_id: 14, unit_name: "Đài truyền thanh xã", status: "draft", on_time: null },
    ],
    compiled_at: "2023-05-28T02:00:00Z",
    sent_at: null,
    version: 1,
    updated_at: "2023-05-28T02:00:00Z",
    history: [
      {
        from_status: null,
        to_status: "draft",
        comment: "",
        actor_user_id: 3,
        actor_name: "Nguyễn Thị Lan",
        created_at: "2023-05-28T02:00:00Z",
      },
    ],
    ...overrides,
  };
}
