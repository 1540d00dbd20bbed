import { type FormEvent, useId, useState } from "react";
import { ApiError, errorMessage } from "../../api/errors";
import { useI18n } from "../../i18n/i18n";
import { useAuth } from "./auth";

export function LoginPage() {
  const { t, lang, setLang } = useI18n();
  const { logIn } = useAuth();
  const [username, setUsername] = useState("");
  const [password, setPassword] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<{ message: string; locked: boolean } | null>(null);
  const errorId = useId();

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await logIn(username.trim(), password);
    } catch (caught) {
      const locked = caught instanceof ApiError && caught.status === 429;
      setError({ message: errorMessage(caught, t), locked });
      setBusy(false);
    }
  }

  return (
    <main className="login">
      <div className="login-panel">
        <div className="login-brand">
          <img src="/icons/icon.svg" alt="" width={56} height={56} />
          <div>
            <p className="login-kicker">{t("app.short")}</p>
            <h1>{t("app.name")}</h1>
          </div>
        </div>
        <form className="card form" onSubmit={submit} noValidate={false}>
          <h2>{t("auth.title")}</h2>
          {error ? (
            <div
              id={errorId}
              className={error.locked ? "alert alert-warning" : "alert alert-error"}
              role="alert"
            >
              {error.locked ? <strong>{t("auth.lockedTitle")} </strong> : null}
              {error.message}
            </div>
          ) : null}
          <div className="field">
            <label htmlFor="username">{t("auth.username")}</label>
            <input
              id="username"
              name="username"
              autoComplete="username"
              autoCapitalize="none"
              spellCheck={false}
              required
              value={username}
              onChange={(event) => setUsername(event.target.value)}
              aria-describedby={error ? errorId : undefined}
            />
          </div>
          <div className="field">
            <label htmlFor="password">{t("auth.password")}</label>
            <input
              id="password"
              name="password"
              type="password"
              autoComplete="current-password"
              required
              value={password}
              onChange={(event) => setPassword(event.target.value)}
              aria-describedby={error ? errorId : undefined}
            />
          </div>
          <button type="submit" className="button button-primary button-block" disabled={busy}>
            {busy ? t("auth.submitting") : t("auth.submit")}
          </button>
        </form>
        <button
          type="button"
          className="button button-quiet login-lang"
          onClick={() => setLang(lang === "vi" ? "en" : "vi")}
          lang={lang === "vi" ? "en" : "vi"}
        >
          {t("lang.switch")}
        </button>
      </div>
    </main>
  );
}
