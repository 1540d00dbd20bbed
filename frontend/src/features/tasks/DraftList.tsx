import { Link } from "wouter";
import { formatDateTime } from "../../i18n/format";
import { useT } from "../../i18n/i18n";
import { drafts, type ProgressDraft } from "./drafts";

function draftText(draft: ProgressDraft): string {
  try {
    return String((JSON.parse(draft.body) as { text?: unknown }).text ?? "");
  } catch {
    return "";
  }
}

/** Reports kept on this device: waiting to be sent, or refused by the server. */
export function DraftList({
  items,
  showTask = false,
  onEdit,
}: {
  items: ProgressDraft[];
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
          {showTask ? (
            <p>
              <Link href={`/tasks/${draft.taskId}`}>{draft.taskTitle}</Link>
            </p>
          ) : null}
          <p className="draft-text">{draftText(draft)}</p>
          {draft.error ? <p className="field-error">{draft.error}</p> : null}
          {draft.error ? (
            <div className="button-row">
              {onEdit ? (
                <button type="button" className="button" onClick={() => onEdit(draft)}>
                  {t("drafts.edit")}
                </button>
              ) : null}
              <button type="button" className="button" onClick={() => drafts.remove(draft.key)}>
                {t("drafts.discard")}
              </button>
            </div>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
