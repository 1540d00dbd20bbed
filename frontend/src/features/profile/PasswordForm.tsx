import { type FormEvent, useState } from "react";
import { ApiError, errorMessage } from "../../api/errors";
import { useT } from "../../i18n/i18n";
import { Field } from "../../ui/Field";
import { MIN_PASSWORD_LENGTH } from "../auth/password";
import { useChangePassword } from "./queries";

type Problems = Partial<Record<"current" | "next" | "repeat", string>>;

/** One required password input in its labelled field. */
function PasswordField({
  label,
  hint,
  error,
  autoComplete,
  minLength,
  value,
  onChange,
}: {
  label: string;
  hint?: string;
  error?: string | null;
  autoComplete: "current-password" | "new-password";
  minLength?: number;
  value: string;
  onChange: (value: string) => void;
}) {
  return (
    <Field label={label} hint={hint} error={error}>
      {(control) => (
        <input
          {...control}
          type="password"
          autoComplete={autoComplete}
          required
          minLength={minLength}
          value={value}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </Field>
  );
}

/** Changes one's own password; the other sessions of the account end, this one goes on. */
export function PasswordForm({ username }: { username: string }) {
  const t = useT();
  const [current, setCurrent] = useState("");
  const [next, setNext] = useState("");
  const [repeat, setRepeat] = useState("");
  const [problems, setProblems] = useState<Problems>({});
  const change = useChangePassword();
  const refused = change.error instanceof ApiError ? change.error : null;
  const wrongCurrent = refused?.fieldMessage("current_password");
  const badNew = refused?.fieldMessage("new_password");

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const found: Problems = {};
    if (!current) found.current = t("password.currentRequired");
    if (next.length < MIN_PASSWORD_LENGTH)
      found.next = t("password.tooShort", { count: MIN_PASSWORD_LENGTH });
    else if (next === current) found.next = t("password.same");
    if (repeat !== next) found.repeat = t("password.mismatch");
    setProblems(found);
    if (Object.keys(found).length > 0) return;
    change.mutate(
      { current_password: current, new_password: next },
      {
        onSuccess: () => {
          setCurrent("");
          setNext("");
          setRepeat("");
        },
      },
    );
  }

  return (
    <form
      className="card form"
      onSubmit={submit}
      noValidate
      aria-labelledby="profile-password"
      onInput={() => change.isSuccess && change.reset()}
    >
      <h2 id="profile-password">{t("password.title")}</h2>
      {/* Lets password managers file the new password under the right account. */}
      <input type="text" name="username" autoComplete="username" value={username} readOnly hidden />
      {change.error && !wrongCurrent && !badNew ? (
        <p className="alert alert-error" role="alert">
          {errorMessage(change.error, t)}
        </p>
      ) : null}
      <PasswordField
        label={t("password.current")}
        error={problems.current ?? wrongCurrent}
        autoComplete="current-password"
        value={current}
        onChange={setCurrent}
      />
      <PasswordField
        label={t("password.new")}
        hint={t("password.minLength", { count: MIN_PASSWORD_LENGTH })}
        error={problems.next ?? badNew}
        autoComplete="new-password"
        minLength={MIN_PASSWORD_LENGTH}
        value={next}
        onChange={setNext}
      />
      <PasswordField
        label={t("password.repeat")}
        error={problems.repeat}
        autoComplete="new-password"
        value={repeat}
        onChange={setRepeat}
      />
      <p className="hint">{t("password.othersEnd")}</p>
      <div className="button-row">
        <button type="submit" className="button button-primary" disabled={change.isPending}>
          {change.isPending ? t("action.saving") : t("password.submit")}
        </button>
      </div>
      {/* Said where the eye is after pressing the button. */}
      <div aria-live="polite">
        {change.isSuccess ? <p className="alert alert-success">{t("password.changed")}</p> : null}
      </div>
    </form>
  );
}
