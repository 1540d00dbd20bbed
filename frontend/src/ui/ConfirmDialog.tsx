import { type ReactNode, useEffect, useId, useRef } from "react";
import { errorMessage } from "../api/errors";
import { useT } from "../i18n/i18n";

/** Asks once before a change that cannot simply be typed back (a deletion, a merge). */
export function ConfirmDialog({
  title,
  children,
  confirmLabel,
  busy,
  error,
  danger = false,
  onConfirm,
  onCancel,
}: {
  title: string;
  children: ReactNode;
  confirmLabel: string;
  busy: boolean;
  error: unknown;
  danger?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const t = useT();
  const id = useId();
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog || dialog.open) return;
    // A modal where the browser has one; an open box otherwise (older browsers, jsdom).
    if (typeof dialog.showModal === "function") dialog.showModal();
    else dialog.setAttribute("open", "");
  }, []);
  return (
    <dialog
      ref={ref}
      className="card confirm-dialog"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-text`}
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
    >
      <h2 id={`${id}-title`}>{title}</h2>
      <div id={`${id}-text`}>{children}</div>
      {error ? (
        <p className="alert alert-error" role="alert">
          {errorMessage(error, t)}
        </p>
      ) : null}
      <div className="button-row">
        <button
          type="button"
          className={danger ? "button button-danger-strong" : "button button-primary"}
          disabled={busy}
          onClick={onConfirm}
        >
          {busy ? t("action.saving") : confirmLabel}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t("action.cancel")}
        </button>
      </div>
    </dialog>
  );
}
