// What the dashboards' tests share: a commune as the superior's dashboard answers it.
import type { CommuneStanding } from "../features/dashboard/CommuneCard";

/** Cao Xá, its yearly report of 2023 sent on 30/10/2023, 31 of its 40 tasks done. */
export function makeCommune(overrides: Partial<CommuneStanding> = {}): CommuneStanding {
  return {
    commune_id: 2,
    commune_name: "Cao Xá",
    plan_id: 1,
    plan_title: "Kế hoạch hoạt động thông tin đối ngoại xã Cao Xá năm 2023",
    period_id: 9,
    label: "Báo cáo tổng kết năm 2023",
    due_on: "2023-11-01",
    report_id: 5,
    report_status: "sent",
    sent_at: "2023-10-30T02:00:00Z",
    late: false,
    tasks_total: 40,
    tasks_done: 31,
    tasks_overdue: 2,
    incidents_escalated_open: 1,
    ...overrides,
  };
}
