import { useState } from "react";
import { errorMessage } from "../../api/errors";
import { formatDateTime } from "../../i18n/format";
import { useT } from "../../i18n/i18n";
import { ConfirmDialog } from "../../ui/ConfirmDialog";
import { Icon } from "../../ui/icons";
import { QueryView } from "../../ui/states";
import { useCalendarToken, useMakeCalendarToken, useRevokeCalendarToken } from "./queries";

type Asking = "rotate" | "revoke" | null;

/** The address of one's calendar feed: made, copied, rotated, revoked. The address itself is
 * shown once, right after it is made: the server keeps only its hash. */
export function CalendarSection() {
  const t = useT();
  const status = useCalendarToken();
  const make = useMakeCalendarToken();
  const revoke = useRevokeCalendarToken();
  const [asking, setAsking] = useState<Asking>(null);
  const [copied, setCopied] = useState(false);
  const shown = make.data?.url;

  const makeAddress = () => {
    setCopied(false);
    revoke.reset();
    make.mutate(undefined, { onSuccess: () => setAsking(null) });
  };
  const copy = async () => {
    if (!shown) return;
    try {
      await navigator.clipboard.writeText(shown);
      setCopied(true);
    } catch {
      setCopied(false);
    }
  };

  return (
    <section className="card" aria-labelledby="profile-calendar">
      <h2 id="profile-calendar">
        <Icon name="calendar" /> {t("calendar.title")}
      </h2>
      <p>{t("calendar.explain")}</p>
      <QueryView query={status}>
        {(data) => (
          <>
            {shown ? (
              <div className="calendar-address">
                <label htmlFor="calendar-url">{t("calendar.address")}</label>
                <input
                  id="calendar-url"
                  readOnly
                  value={shown}
                  onFocus={(event) => event.target.select()}
                  aria-describedby="calendar-once"
                />
                <p id="calendar-once" className="hint">
                  {t("calendar.shownOnce")}
                </p>
                <div className="button-row">
                  <button type="button" className="button button-primary" onClick={copy}>
                    <Icon name="copy" />
                    {t("calendar.copy")}
                  </button>
                  {copied ? <span role="status">{t("calendar.copied")}</span> : null}
                </div>
              </div>
            ) : null}
            {data.exists ? (
              <>
                <dl className="facts">
                  <div>
                    <dt>{t("calendar.createdAt")}</dt>
                    <dd>{formatDateTime(data.created_at)}</dd>
                  </div>
                  <div>
                    <dt>{t("calendar.lastUsedAt")}</dt>
                    <dd>
                      {data.last_used_at
                        ? formatDateTime(data.last_used_at)
                        : t("calendar.neverUsed")}
                    </dd>
                  </div>
                </dl>
                <div className="button-row">
                  <button type="button" className="button" onClick={() => setAsking("rotate")}>
                    {t("calendar.rotate")}
                  </button>
                  <button
                    type="button"
                    className="button button-danger"
                    onClick={() => setAsking("revoke")}
                  >
                    {t("calendar.revoke")}
                  </button>
                </div>
              </>
            ) : (
              <>
                {revoke.isSuccess ? <p role="status">{t("calendar.revoked")}</p> : null}
                <div className="button-row">
                  <button
                    type="button"
                    className="button button-primary"
                    onClick={makeAddress}
                    disabled={make.isPending}
                  >
                    {make.isPending ? t("action.saving") : t("calendar.create")}
                  </button>
                </div>
              </>
            )}
            {make.error && asking === null ? (
              <p className="alert alert-error" role="alert">
                {errorMessage(make.error, t)}
              </p>
            ) : null}
            {asking === "rotate" ? (
              <ConfirmDialog
                title={t("calendar.rotateTitle")}
                confirmLabel={t("calendar.rotate")}
                busy={make.isPending}
                error={make.error}
                onConfirm={makeAddress}
                onCancel={() => setAsking(null)}
              >
                <p>{t("calendar.rotateExplain")}</p>
              </ConfirmDialog>
            ) : null}
            {asking === "revoke" && data.version != null ? (
              <ConfirmDialog
                title={t("calendar.revokeTitle")}
                confirmLabel={t("calendar.revoke")}
                busy={revoke.isPending}
                error={revoke.error}
                danger
                onConfirm={() =>
                  revoke.mutate(data.version as number, {
                    onSuccess: () => {
                      make.reset();
                      setAsking(null);
                    },
                  })
                }
                onCancel={() => setAsking(null)}
              >
                <p>{t("calendar.revokeExplain")}</p>
              </ConfirmDialog>
            ) : null}
          </>
        )}
      </QueryView>
    </section>
  );
}
