// What every part of the draft editor shares: its card, starting over from the plan as saved
// (after a conflict), and the save row that says what became of the last save.
import { type ReactNode, useState } from "react";
import { ApiError, errorMessage } from "../../api/errors";
import { formatDateTime } from "../../i18n/format";
import { useT } from "../../i18n/i18n";
import { Icon } from "../../ui/icons";

/** One card of the editor, reachable from the editor's table of contents by `id`. */
export function EditorPart({
  id,
  title,
  hint,
  children,
}: {
  id: string;
  title: string;
  hint?: ReactNode;
  children: ReactNode;
}) {
  return (
    <section id={id} className="card editor-part" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{title}</h2>
      {hint ? <p className="hint editor-part-hint">{hint}</p> : null}
      {children}
    </section>
  );
}

/**
 * Renders a form that can start over. `render` gets what the form starts from (the live `value`,
 * or what `restart` was given) and `restart`, which throws the form's state away and builds it
 * again from a fresh read (after someone else's change). The fresh read is passed in, not awaited
 * through the live value: the form must not start again from the copy it failed to save over.
 */
export function Restartable<T>({
  value,
  render,
}: {
  value: T;
  render: (start: T, restart: (fresh: T | undefined) => void) => ReactNode;
}) {
  const [state, setState] = useState<{ generation: number; start?: T }>({ generation: 0 });
  const restart = (fresh: T | undefined) =>
    setState((current) => ({ generation: current.generation + 1, start: fresh }));
  return <div key={state.generation}>{render(state.start ?? value, restart)}</div>;
}

/** Moves focus to the first field a form flagged (after the flags are drawn), so that a refused
 * submit shows why, even far up a long form. */
export function focusFirstProblem(form: HTMLFormElement | null): void {
  window.requestAnimationFrame(() => {
    const flagged = form?.querySelector<HTMLElement>('[aria-invalid="true"]');
    flagged?.focus();
  });
}

/** True when the API refused a write because the record changed since it was read. */
export function isConflict(error: unknown): boolean {
  return error instanceof ApiError && error.status === 412;
}

/** Says clearly that someone else changed the record, and offers to read it again. `text` says
 * what became of the step tried (by default: a part's changes were not saved). */
export function ConflictNotice({
  onReload,
  busy,
  text,
}: {
  onReload: () => void;
  busy?: boolean;
  text?: string;
}) {
  const t = useT();
  return (
    <div className="alert alert-warning conflict" role="alert">
      <p className="conflict-title">{t("planEditor.conflictTitle")}</p>
      <p>{text ?? t("planEditor.conflictText")}</p>
      <button type="button" className="button" disabled={busy} onClick={onReload}>
        <Icon name="retry" />
        {t("planEditor.reload")}
      </button>
    </div>
  );
}

interface SaveLike {
  error: unknown;
  isPending: boolean;
}

/**
 * The end of a part's form: the last save's problem (a conflict with a way out), the save button
 * and whether what is on screen is saved.
 */
export function SaveRow({
  save,
  dirty,
  savedAt,
  onReload,
  onSave,
  label,
}: {
  save: SaveLike;
  dirty: boolean;
  savedAt: string | null;
  onReload: () => void;
  /** Saves on click, for a part that is not one form; otherwise the button submits its form. */
  onSave?: () => void;
  label?: string;
}) {
  const t = useT();
  const [reloading, setReloading] = useState(false);
  return (
    <div className="save-row">
      {isConflict(save.error) ? (
        <ConflictNotice
          busy={reloading}
          onReload={() => {
            setReloading(true);
            onReload();
          }}
        />
      ) : save.error ? (
        <p className="alert alert-error" role="alert">
          {errorMessage(save.error, t)}
        </p>
      ) : null}
      <div className="save-row-actions">
        <button
          type={onSave ? "button" : "submit"}
          className="button button-primary"
          disabled={save.isPending}
          onClick={onSave}
        >
          {save.isPending ? t("action.saving") : (label ?? t("action.save"))}
        </button>
        <p className="save-state" role="status">
          {dirty ? (
            <span className="tag tag-warning">{t("planEditor.unsaved")}</span>
          ) : savedAt ? (
            <span className="muted">
              {t("planEditor.savedAt", { time: formatDateTime(savedAt) })}
            </span>
          ) : null}
        </p>
      </div>
    </div>
  );
}
