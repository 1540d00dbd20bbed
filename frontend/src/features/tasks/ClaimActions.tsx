import { type FormEvent, useEffect, useId, useRef, useState } from "react";
import { ApiError, errorMessage } from "../../api/errors";
import { formatDate } from "../../i18n/format";
import { useT } from "../../i18n/i18n";
import { Field } from "../../ui/Field";
import { type Occurrence, useConfirmClaim, useReturnClaim } from "./queries";

type Open = "none" | "confirm" | "return";

/**
 * What a coordinator or leader does with a completion claim: confirm it (asked once, in a
 * dialog) or send it back to the unit with a comment saying what is missing.
 */
export function ClaimActions({ taskId, occurrence }: { taskId: number; occurrence: Occurrence }) {
  const t = useT();
  const [open, setOpen] = useState<Open>("none");
  const confirm = useConfirmClaim(taskId, occurrence);
  const confirmButton = useRef<HTMLButtonElement>(null);
  // Back to where the person was when the dialog closes without a change.
  const cancel = () => {
    setOpen("none");
    confirmButton.current?.focus();
  };
  return (
    <div className="occurrence-actions">
      <div className="button-row">
        <button
          ref={confirmButton}
          type="button"
          className="button button-primary"
          aria-haspopup="dialog"
          onClick={() => {
            confirm.reset();
            setOpen("confirm");
          }}
        >
          {t("task.confirm", { label: occurrence.label })}
        </button>
        <button
          type="button"
          className="button"
          aria-expanded={open === "return"}
          onClick={() => setOpen(open === "return" ? "none" : "return")}
        >
          {t("claim.return")}
        </button>
      </div>
      {open === "confirm" ? (
        <ConfirmDialog
          occurrence={occurrence}
          busy={confirm.isPending}
          error={confirm.error}
          onConfirm={() => confirm.mutate(undefined, { onSuccess: () => setOpen("none") })}
          onCancel={cancel}
        />
      ) : null}
      {open === "return" ? (
        <ReturnForm taskId={taskId} occurrence={occurrence} onDone={() => setOpen("none")} />
      ) : null}
    </div>
  );
}

function ConfirmDialog({
  occurrence,
  busy,
  error,
  onConfirm,
  onCancel,
}: {
  occurrence: Occurrence;
  busy: boolean;
  error: unknown;
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
      <h2 id={`${id}-title`}>{t("claim.confirmTitle")}</h2>
      <p id={`${id}-text`}>
        {t("claim.confirmText", {
          label: occurrence.label,
          date: formatDate(occurrence.claimed_on),
        })}
      </p>
      {error ? (
        <p className="alert alert-error" role="alert">
          {errorMessage(error, t)}
        </p>
      ) : null}
      <div className="button-row">
        <button type="button" className="button button-primary" disabled={busy} onClick={onConfirm}>
          {busy ? t("action.saving") : t("claim.confirmYes")}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t("action.cancel")}
        </button>
      </div>
    </dialog>
  );
}

function ReturnForm({
  taskId,
  occurrence,
  onDone,
}: {
  taskId: number;
  occurrence: Occurrence;
  onDone: () => void;
}) {
  const t = useT();
  const id = useId();
  const [comment, setComment] = useState("");
  const [missing, setMissing] = useState(false);
  const sendBack = useReturnClaim(taskId, occurrence);
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    form.current?.querySelector("textarea")?.focus();
  }, []);
  const problem = sendBack.error instanceof ApiError ? sendBack.error : null;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const text = comment.trim();
    setMissing(!text);
    if (text) sendBack.mutate(text, { onSuccess: onDone });
  }

  return (
    <form
      ref={form}
      className="return-form"
      onSubmit={submit}
      noValidate
      aria-labelledby={`${id}-title`}
    >
      <h3 id={`${id}-title`}>{t("claim.returnTitle", { label: occurrence.label })}</h3>
      {sendBack.error && !problem?.fieldMessage("comment") ? (
        <p className="alert alert-error" role="alert">
          {errorMessage(sendBack.error, t)}
        </p>
      ) : null}
      <Field
        label={t("claim.comment")}
        hint={t("claim.commentHint")}
        error={missing ? t("claim.commentRequired") : problem?.fieldMessage("comment")}
      >
        {(control) => (
          <textarea
            {...control}
            rows={3}
            required
            value={comment}
            onChange={(event) => {
              setComment(event.target.value);
              if (event.target.value.trim()) setMissing(false);
            }}
          />
        )}
      </Field>
      <div className="button-row">
        <button type="submit" className="button button-primary" disabled={sendBack.isPending}>
          {sendBack.isPending ? t("action.saving") : t("claim.returnSubmit")}
        </button>
        <button type="button" className="button" onClick={onDone}>
          {t("action.cancel")}
        </button>
      </div>
    </form>
  );
}
