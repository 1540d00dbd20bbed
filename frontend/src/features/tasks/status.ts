import type { Schemas } from "../../api/client";
import type { MessageKey } from "../../i18n/i18n";

export type TaskStatus = Schemas["TaskStatus"];

/** In the order a reader follows work: open, done, then stopped. */
export const TASK_STATUSES: readonly TaskStatus[] = [
  "not_started",
  "in_progress",
  "overdue",
  "awaiting_confirmation",
  "done_on_time",
  "done_late",
  "paused",
  "cancelled",
];

export function statusLabelKey(status: TaskStatus): MessageKey {
  return `status.${status}` as MessageKey;
}

/** A symbol shown beside the label, so that colour is never the only signal. */
export const STATUS_SYMBOL: Record<TaskStatus, string> = {
  not_started: "○",
  in_progress: "◔",
  overdue: "!",
  awaiting_confirmation: "◕",
  done_on_time: "✓",
  done_late: "✓",
  paused: "‖",
  cancelled: "×",
};

export function isTaskStatus(value: string | null | undefined): value is TaskStatus {
  return TASK_STATUSES.includes(value as TaskStatus);
}

/** Per-status counts of one unit, in display order, zero counts left out. */
export function orderedCounts(
  counts: Partial<Record<string, number>>,
): { status: TaskStatus; count: number }[] {
  return TASK_STATUSES.map((status) => ({ status, count: counts[status] ?? 0 })).filter(
    (entry) => entry.count > 0,
  );
}
