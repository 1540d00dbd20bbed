import { useQueryClient } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { Link } from "wouter";
import { api, type Schemas, unwrap } from "../../api/client";
import { ApiError, errorMessage, NetworkError } from "../../api/errors";
import type { Translate } from "../../i18n/i18n";
import { useT } from "../../i18n/i18n";
import {
  type Draft,
  drafts,
  type ProgressDraft,
  type SendOutcome,
  type SentNotice,
} from "./drafts";

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
    return failedSend(error, t);
  }
}

/** What to do with a draft whose send failed with `error`: try again later, or give up. */
export function failedSend(error: unknown, t: Translate): SendOutcome {
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

export const tasksKey = ["tasks"] as const;

/** Sends any draft: a progress report here, a report of false information by the incidents'
 * code (fetched only when one waits). */
export async function sendAnyDraft(draft: Draft, t: Translate): Promise<SendOutcome> {
  if (draft.kind !== "incident") return sendDraft(draft, t);
  try {
    const { sendIncidentDraft } = await import("../incidents/sending");
    return await sendIncidentDraft(draft, t);
  } catch {
    return { kind: "retry-later" };
  }
}

/** Sends waiting drafts at sign-in, whenever the connection returns, and every half minute. */
export function DraftSync({ userId }: { userId: number }) {
  const queryClient = useQueryClient();
  const t = useT();
  const [sent, setSent] = useState<{ count: number; notices: SentNotice[] }>({
    count: 0,
    notices: [],
  });
  const sentCount = sent.count;
  useEffect(() => {
    let live = true;
    const flush = async () => {
      if (!navigator.onLine || drafts.forUser(userId).length === 0) return;
      const notices: SentNotice[] = [];
      const count = await drafts.flush(userId, async (draft) => {
        const outcome = await sendAnyDraft(draft, t);
        if (outcome.kind === "sent" && outcome.notice) notices.push(outcome.notice);
        return outcome;
      });
      if (live && count > 0) {
        setSent({ count, notices });
        await Promise.all([
          queryClient.invalidateQueries({ queryKey: tasksKey }),
          queryClient.invalidateQueries({ queryKey: ["incidents"] }),
        ]);
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
    // Long enough to read what became of a report (a few lines) on a phone.
    const timer = window.setTimeout(() => setSent({ count: 0, notices: [] }), 15_000);
    return () => window.clearTimeout(timer);
  }, [sentCount]);
  return (
    <div className="toast-region" role="status" aria-live="polite">
      {sentCount > 0 ? (
        <div className="toast">
          <p>{t("drafts.sentNotice", { count: sentCount })}</p>
          {sent.notices.map((notice) => (
            <p key={notice.text}>
              {notice.href ? <Link href={notice.href}>{notice.text}</Link> : notice.text}
            </p>
          ))}
        </div>
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
