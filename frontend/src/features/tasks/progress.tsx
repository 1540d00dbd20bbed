import { useQueryClient } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { api, type Schemas, unwrap } from "../../api/client";
import { ApiError, errorMessage, NetworkError } from "../../api/errors";
import type { Translate } from "../../i18n/i18n";
import { useT } from "../../i18n/i18n";
import { drafts, type ProgressDraft, type SendOutcome } from "./drafts";

export type ProgressBody = Schemas["TaskUpdateCreate"];

/** Sends one draft with its own Idempotency-Key and body bytes, and says what to do next. */
export async function sendDraft(draft: ProgressDraft, t: Translate): Promise<SendOutcome> {
  try {
    unwrap(
      await api.POST("/api/v1/tasks/{task_id}/updates", {
        params: { path: { task_id: draft.taskId } },
        body: JSON.parse(draft.body) as ProgressBody,
        bodySerializer: () => draft.body,
        headers: { "Idempotency-Key": draft.key },
      }),
    );
    return { kind: "sent" };
  } catch (error) {
    if (error instanceof NetworkError) return { kind: "retry-later" };
    if (error instanceof ApiError) {
      // Signed out, still being processed (409), throttled or a server fault: try again later.
      if ([401, 408, 409, 429].includes(error.status) || error.status >= 500) {
        return { kind: "retry-later" };
      }
      return { kind: "refused", message: errorMessage(error, t) };
    }
    return { kind: "retry-later" };
  }
}

export const tasksKey = ["tasks"] as const;

/** Sends waiting drafts at sign-in, whenever the connection returns, and every half minute. */
export function DraftSync({ userId }: { userId: number }) {
  const queryClient = useQueryClient();
  const t = useT();
  const [sentCount, setSentCount] = useState(0);
  useEffect(() => {
    let live = true;
    const flush = async () => {
      if (!navigator.onLine || drafts.forUser(userId).length === 0) return;
      const sent = await drafts.flush(userId, (draft) => sendDraft(draft, t));
      if (live && sent > 0) {
        setSentCount(sent);
        await queryClient.invalidateQueries({ queryKey: tasksKey });
      }
    };
    void flush();
    const onOnline = () => void flush();
    window.addEventListener("online", onOnline);
    const timer = window.setInterval(() => void flush(), 30_000);
    return () => {
      live = false;
      window.removeEventListener("online", onOnline);
      window.clearInterval(timer);
    };
  }, [userId, queryClient, t]);
  useEffect(() => {
    if (sentCount === 0) return;
    const timer = window.setTimeout(() => setSentCount(0), 10_000);
    return () => window.clearTimeout(timer);
  }, [sentCount]);
  return (
    <div className="toast-region" role="status" aria-live="polite">
      {sentCount > 0 ? (
        <p className="toast">{t("drafts.sentNotice", { count: sentCount })}</p>
      ) : null}
    </div>
  );
}

interface AssigneeLike {
  unit_id: number;
  unit_name: string;
  role: "lead" | "cooperating";
}

/**
 * For whom a progress report is made: the person's own unit among the task's units, else the
 * single lead (a coordinator reporting for it), else a choice among the task's units.
 */
export function reportingUnits<T extends AssigneeLike>(
  myUnitIds: readonly number[],
  assignees: readonly T[],
): { fixed: T } | { choose: T[] } {
  const own = assignees.find((assignee) => myUnitIds.includes(assignee.unit_id));
  if (own) return { fixed: own };
  const leads = assignees.filter((assignee) => assignee.role === "lead");
  if (leads.length === 1 && leads[0]) return { fixed: leads[0] };
  return { choose: [...assignees] };
}

/** A lead unit's occurrences still open, earliest first: the ones a report can be about. */
export function openOccurrences<
  T extends { unit_id: number; completed_on: string | null; due_on: string },
>(occurrences: readonly T[], unitId: number | null): T[] {
  return occurrences
    .filter((occurrence) => occurrence.unit_id === unitId && occurrence.completed_on === null)
    .sort((a, b) => a.due_on.localeCompare(b.due_on));
}
