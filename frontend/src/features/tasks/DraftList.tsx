import { Link } from "wouter";
import { formatDateTime } from "../../i18n/format";
import { useT } from "../../i18n/i18n";
import { type Draft, discardDraft, isProgressDraft, type ProgressDraft } from "./drafts";

function draftText(draft: Draft): string {
  try {
    const body = JSON.parse(draft.body) as { text?: unknown; summary?: unknown };
    return String((isProgressDraft(draft) ? body.text : body.summary) ?? "");
  } catch {
    return "";
  }
}

/** What a draft is about: its task, or the report of false information it is. */
function DraftSubject({ draft }: { draft: Draft }) {
  const t = useT();
  if (isProgressDraft(draft)) {
    return (
      <p>
        <Link href={`/tasks/${draft.taskId}`}>{draft.taskTitle}</Link>
      </p>
    );
  }
  return (
    <p>
      <strong>{t("drafts.incident", { title: draft.title })}</strong>
      {draft.photo ? <span className="muted"> · {t("drafts.withPhoto")}</span> : null}
      {draft.sent ? (
        <span className="block">
          <Link href={`/incidents/${draft.sent.incidentId}`}>
            {t("drafts.photoWaiting", { code: draft.sent.code })}
          </Link>
        </span>
      ) : null}
    </p>
  );
}

/** Reports kept on this device: waiting to be sent, or refused by the server. */
export function DraftList({
  items,
  showTask = false,
  onEdit,
}: {
  items: Draft[];
  showTask?: boolean;
  onEdit?: (draft: ProgressDraft) => void;
}) {
  const t = useT();
  if (items.length === 0) return null;
  return (
    <ul className="draft-list" aria-live="polite">
      {items.map((draft) => (
        <li key={draft.key} className={draft.error ? "draft draft-refused" : "draft draft-pending"}>
          <p className="draft-state">
            <strong>{draft.error ? t("drafts.refused") : t("drafts.pending")}</strong>
            <span className="muted">
              {" · "}
              {t("drafts.savedAt", { time: formatDateTime(draft.createdAt) })}
            </span>
          </p>
          {showTask || !isProgressDraft(draft) ? <DraftSubject draft={draft} /> : null}
          <p className="draft-text">{draftText(draft)}</p>
          {draft.error ? <p className="field-error">{draft.error}</p> : null}
          {draft.error ? (
            <div className="button-row">
              {onEdit && isProgressDraft(draft) ? (
                <button type="button" className="button" onClick={() => onEdit(draft)}>
                  {t("drafts.edit")}
                </button>
              ) : null}
              {isProgressDraft(draft) ? null : (
                // Sent again from the report page's queue, with the same Idempotency-Key.
                <Link href="/incidents/new" className="button">
                  {t("drafts.resendIncident")}
                </Link>
              )}
              <button type="button" className="button" onClick={() => discardDraft(draft)}>
                {t("drafts.discard")}
              </button>
            </div>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
