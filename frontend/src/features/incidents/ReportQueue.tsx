import { useQueryClient } from "@tanstack/react-query";
import { useId, useState } from "react";
import { Link } from "wouter";
import { formatDateTime } from "../../i18n/format";
import { useT } from "../../i18n/i18n";
import { Icon } from "../../ui/icons";
import {
  discardDraft,
  type IncidentDraft,
  type SendOutcome,
  type SentNotice,
  useDrafts,
} from "../tasks/drafts";
import { incidentKeys } from "./queries";
import { resendIncidentDraft } from "./sending";

const isReport = (draft: { kind?: string }): draft is IncidentDraft => draft.kind === "incident";

/**
 * The person's reports kept on this device that have not gone through: waiting for the network,
 * or refused by the server. Each can be sent again now (with the Idempotency-Key it was made
 * with, so never as a second incident) and, once refused, discarded.
 */
export function ReportQueue({ userId }: { userId: number }) {
  const t = useT();
  const id = useId();
  const queryClient = useQueryClient();
  const reports = useDrafts(userId).filter(isReport);
  const [sendingKey, setSendingKey] = useState<string | null>(null);
  const [outcomes, setOutcomes] = useState<Record<string, SendOutcome["kind"]>>({});
  const [sent, setSent] = useState<SentNotice[]>([]);
  // Kept while a report goes, so that its notice replaces it in the same place.
  if (reports.length === 0 && sent.length === 0 && sendingKey === null) return null;

  async function resend(draft: IncidentDraft) {
    setSendingKey(draft.key);
    try {
      const outcome = await resendIncidentDraft(draft, t);
      setOutcomes((known) => ({ ...known, [draft.key]: outcome.kind }));
      if (outcome.kind === "sent") {
        setSent((notices) => [...notices, outcome.notice ?? { text: t("report.sent") }]);
        void queryClient.invalidateQueries({ queryKey: incidentKeys.all });
      }
    } finally {
      setSendingKey(null);
    }
  }

  return (
    <section className="card report-queue" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t("reportQueue.title")}</h2>
      <p className="hint">{t("reportQueue.explain")}</p>
      <div aria-live="polite">
        {sent.map((notice) => (
          <p key={notice.text} className="alert alert-success">
            {notice.text} {notice.href ? <Link href={notice.href}>{t("report.open")}</Link> : null}
          </p>
        ))}
      </div>
      {reports.length > 0 ? (
        <ul className="draft-list">
          {reports.map((draft) => (
            <li
              key={draft.key}
              className={draft.error ? "draft draft-refused" : "draft draft-pending"}
            >
              <p className="draft-state">
                <strong>{draft.error ? t("drafts.refused") : t("drafts.pending")}</strong>
                <span className="muted">
                  {" · "}
                  {t("drafts.savedAt", { time: formatDateTime(draft.createdAt) })}
                </span>
              </p>
              <p>
                <strong>{draft.title}</strong>
                {draft.photo ? <span className="muted"> · {t("drafts.withPhoto")}</span> : null}
              </p>
              {draft.error ? <p className="field-error">{draft.error}</p> : null}
              {outcomes[draft.key] === "retry-later" && !draft.error ? (
                <p className="hint" aria-live="polite">
                  {t("reportQueue.stillWaiting")}
                </p>
              ) : null}
              <div className="button-row">
                <button
                  type="button"
                  className="button"
                  disabled={sendingKey !== null}
                  onClick={() => void resend(draft)}
                >
                  <Icon name="retry" />
                  {sendingKey === draft.key ? t("report.sending") : t("reportQueue.resend")}
                  <span className="visually-hidden"> {draft.title}</span>
                </button>
                {draft.error ? (
                  <button
                    type="button"
                    className="button"
                    disabled={sendingKey === draft.key}
                    onClick={() => discardDraft(draft)}
                  >
                    {t("reportQueue.discard")}
                    <span className="visually-hidden"> {draft.title}</span>
                  </button>
                ) : null}
              </div>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
