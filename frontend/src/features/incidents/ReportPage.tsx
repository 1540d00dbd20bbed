import { useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useEffect, useId, useRef, useState } from "react";
import { Link } from "wouter";
import { dateTimeInVietnam, vietnamDateTimeToIso } from "../../i18n/format";
import { useT } from "../../i18n/i18n";
import { Field } from "../../ui/Field";
import { Icon } from "../../ui/icons";
import NotFoundPage from "../../ui/NotFoundPage";
import { PageHeader } from "../../ui/Page";
import { useOnline } from "../../ui/useOnline";
import type { Me } from "../auth/auth";
import { can } from "../auth/capabilities";
import { useMe } from "../auth/me";
import { discardDraft, drafts, type SentNotice } from "../tasks/drafts";
import { IncidentsNav } from "./IncidentsNav";
import {
  CATEGORIES,
  type Category,
  CLASSIFICATIONS,
  type Classification,
  categoryKey,
  classificationKey,
  PLATFORMS,
  type Platform,
  platformKey,
  SCOPES,
  type Scope,
  SEVERITIES,
  type Severity,
  scopeKey,
  severityKey,
} from "./kinds";
import { PhotoField } from "./PhotoField";
import { type IncidentInput, incidentKeys } from "./queries";
import { keepReport, sendIncidentDraft } from "./sending";
import "./incidents.css";

/** Reporting false information, made for a phone on a weak network. */
export default function ReportPage() {
  const me = useMe();
  if (!me.data || !can(me.data, "incidents:report")) return <NotFoundPage />;
  return (
    <>
      <IncidentsNav />
      <ReportForm me={me.data} />
    </>
  );
}

type Notice =
  | { kind: "sent"; notice: SentNotice }
  | { kind: "queued" }
  | { kind: "refused"; message: string }
  | null;

const URL_START = /^https?:\/\/\S+$/i;
/** The API's bound on views, shares and comments. */
const MAX_REACH = 10_000_000_000;

/** The lines of `text` that are addresses, each once. */
function addresses(text: string): string[] {
  return [
    ...new Set(
      text
        .split(/\s+/)
        .map((line) => line.trim())
        .filter(Boolean),
    ),
  ];
}

function ReportForm({ me }: { me: Me }) {
  const t = useT();
  const id = useId();
  const online = useOnline();
  const queryClient = useQueryClient();
  const [title, setTitle] = useState("");
  const [platform, setPlatform] = useState<Platform | "">("");
  const [url, setUrl] = useState("");
  const [detectedAt, setDetectedAt] = useState(() => dateTimeInVietnam());
  const [category, setCategory] = useState<Category | "">("");
  const [photo, setPhoto] = useState<File | null>(null);
  const [more, setMore] = useState(false);
  const [otherUrls, setOtherUrls] = useState("");
  const [accountName, setAccountName] = useState("");
  const [summary, setSummary] = useState("");
  const [scope, setScope] = useState<Scope>("commune");
  const [views, setViews] = useState("");
  const [shares, setShares] = useState("");
  const [comments, setComments] = useState("");
  const [severity, setSeverity] = useState<Severity>("medium");
  const [classification, setClassification] = useState<Classification>("internal");
  const [unitId, setUnitId] = useState<number>(me.units[0]?.id ?? 0);
  const [problems, setProblems] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<Notice>(null);
  const noticeRef = useRef<HTMLDivElement>(null);

  // The outcome of a submission is where the eye is, even on a small screen.
  useEffect(() => {
    if (notice) noticeRef.current?.scrollIntoView?.({ block: "center" });
  }, [notice]);

  const reach = { views, shares, comments };
  const moreFields = [
    "urls",
    "account_name",
    "summary",
    "scope",
    "views",
    "shares",
    "comments",
    "severity",
    "classification",
    "reporting_unit_id",
  ];
  const moreOpen = more || moreFields.some((field) => problems[field]);

  function validate(): Record<string, string> {
    const found: Record<string, string> = {};
    if (!title.trim()) found.title = t("report.titleRequired");
    if (!platform) found.platform = t("report.platformRequired");
    if (!category) found.category = t("report.categoryRequired");
    if (!detectedAt) found.detected_at = t("report.detectedRequired");
    else if (detectedAt > dateTimeInVietnam()) found.detected_at = t("report.detectedFuture");
    if (url.trim() && !URL_START.test(url.trim())) found.url = t("report.urlInvalid");
    if (addresses(otherUrls).some((address) => !URL_START.test(address)))
      found.urls = t("report.urlInvalid");
    for (const [name, value] of Object.entries(reach)) {
      const number = Number(value);
      if (value !== "" && (!Number.isInteger(number) || number < 0 || number > MAX_REACH))
        found[name] = t("report.reachInvalid");
    }
    return found;
  }

  function body(): IncidentInput {
    const urls = [...new Set([url.trim(), ...addresses(otherUrls)].filter(Boolean))];
    const result: IncidentInput = {
      title: title.trim(),
      detected_at: vietnamDateTimeToIso(detectedAt),
      platform: platform as Platform,
      category: category as Category,
      urls,
      summary: summary.trim(),
      scope,
      severity,
      classification,
    };
    if (accountName.trim()) result.account_name = accountName.trim();
    for (const [name, value] of Object.entries(reach)) {
      if (value !== "") result[name as keyof typeof reach] = Number(value);
    }
    if (me.units.length > 1) result.reporting_unit_id = unitId;
    return result;
  }

  function reset() {
    setTitle("");
    setPlatform("");
    setUrl("");
    setDetectedAt(dateTimeInVietnam());
    setCategory("");
    setPhoto(null);
    setOtherUrls("");
    setAccountName("");
    setSummary("");
    setViews("");
    setShares("");
    setComments("");
    setProblems({});
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const found = validate();
    setProblems(found);
    if (Object.keys(found).length > 0) {
      setNotice(null);
      return;
    }
    setBusy(true);
    try {
      await send();
    } finally {
      setBusy(false);
    }
  }

  async function send() {
    // The draft (and its Idempotency-Key) exists before the first attempt: whatever happens
    // to this attempt, the report is either sent once or kept to be sent once.
    const draft = await keepReport(me.id, body(), photo);
    if (!navigator.onLine) {
      reset();
      setNotice({ kind: "queued" });
      return;
    }
    const outcome = await sendIncidentDraft(draft, t);
    if (outcome.kind === "refused") {
      discardDraft(draft);
      setNotice({ kind: "refused", message: outcome.message });
      return;
    }
    if (outcome.kind === "sent") {
      drafts.remove(draft.key);
      void queryClient.invalidateQueries({ queryKey: incidentKeys.all });
      setNotice({ kind: "sent", notice: outcome.notice ?? { text: t("report.sent") } });
    } else {
      setNotice({ kind: "queued" });
    }
    reset();
  }

  const problem = (field: string) => problems[field];

  return (
    <>
      <PageHeader title={t("report.title")} subtitle={t("report.subtitle")} />
      <form
        className="card form report-form"
        onSubmit={submit}
        noValidate
        aria-label={t("report.title")}
      >
        {!online ? (
          <p className="alert alert-info">
            <Icon name="offline" size={18} /> {t("report.offlineNote")}
          </p>
        ) : null}
        <div ref={noticeRef} className="notices">
          <div aria-live="polite">
            {notice?.kind === "sent" ? (
              <p className="alert alert-success">
                {notice.notice.text}{" "}
                {notice.notice.href ? (
                  <Link href={notice.notice.href}>{t("report.open")}</Link>
                ) : null}
              </p>
            ) : null}
            {notice?.kind === "queued" ? (
              <p className="alert alert-info">
                {t("report.queued")} <Link href="/drafts">{t("report.seeDrafts")}</Link>
              </p>
            ) : null}
          </div>
          {notice?.kind === "refused" ? (
            <p className="alert alert-error" role="alert">
              {notice.message}
            </p>
          ) : null}
        </div>

        <Field label={t("report.titleLabel")} hint={t("report.titleHint")} error={problem("title")}>
          {(control) => (
            <input
              {...control}
              required
              maxLength={300}
              value={title}
              onChange={(event) => setTitle(event.target.value)}
            />
          )}
        </Field>
        <div className="form-grid">
          <Field label={t("report.platform")} error={problem("platform")}>
            {(control) => (
              <select
                {...control}
                required
                value={platform}
                onChange={(event) => setPlatform(event.target.value as Platform | "")}
              >
                <option value="">{t("report.choosePlatform")}</option>
                {PLATFORMS.map((value) => (
                  <option key={value} value={value}>
                    {t(platformKey(value))}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label={t("report.category")} error={problem("category")}>
            {(control) => (
              <select
                {...control}
                required
                value={category}
                onChange={(event) => setCategory(event.target.value as Category | "")}
              >
                <option value="">{t("report.chooseCategory")}</option>
                {CATEGORIES.map((value) => (
                  <option key={value} value={value}>
                    {t(categoryKey(value))}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
        <Field label={t("report.url")} hint={t("report.urlHint")} error={problem("url")}>
          {(control) => (
            <input
              {...control}
              type="url"
              inputMode="url"
              autoComplete="off"
              placeholder="https://"
              value={url}
              onChange={(event) => setUrl(event.target.value)}
            />
          )}
        </Field>
        <Field label={t("report.detectedAt")} error={problem("detected_at")}>
          {(control) => (
            <input
              {...control}
              type="datetime-local"
              required
              max={dateTimeInVietnam()}
              value={detectedAt}
              onChange={(event) => setDetectedAt(event.target.value)}
            />
          )}
        </Field>
        <PhotoField photo={photo} onChange={setPhoto} />

        <button
          type="button"
          className="button button-quiet more-toggle"
          aria-expanded={moreOpen}
          aria-controls={`${id}-more`}
          onClick={() => setMore((open) => !open)}
        >
          <Icon name="chevron" size={18} />
          <span>
            {t("report.more")}
            <span className="more-toggle-detail">{t("report.moreDetail")}</span>
          </span>
        </button>
        <div id={`${id}-more`} className="form more-fields" hidden={!moreOpen}>
          <Field label={t("report.summary")} error={problem("summary")}>
            {(control) => (
              <textarea
                {...control}
                rows={4}
                value={summary}
                onChange={(event) => setSummary(event.target.value)}
              />
            )}
          </Field>
          <Field
            label={t("report.accountName")}
            hint={t("report.accountHint")}
            error={problem("account_name")}
          >
            {(control) => (
              <input
                {...control}
                maxLength={300}
                value={accountName}
                onChange={(event) => setAccountName(event.target.value)}
              />
            )}
          </Field>
          <Field
            label={t("report.otherUrls")}
            hint={t("report.otherUrlsHint")}
            error={problem("urls")}
          >
            {(control) => (
              <textarea
                {...control}
                rows={2}
                inputMode="url"
                value={otherUrls}
                onChange={(event) => setOtherUrls(event.target.value)}
              />
            )}
          </Field>
          <fieldset className="reach">
            <legend>{t("report.reach")}</legend>
            <div className="reach-grid">
              {(
                [
                  ["views", views, setViews],
                  ["shares", shares, setShares],
                  ["comments", comments, setComments],
                ] as const
              ).map(([name, value, setValue]) => (
                <Field key={name} label={t(`report.${name}`)} error={problem(name)}>
                  {(control) => (
                    <input
                      {...control}
                      type="number"
                      inputMode="numeric"
                      min={0}
                      step={1}
                      value={value}
                      onChange={(event) => setValue(event.target.value)}
                    />
                  )}
                </Field>
              ))}
            </div>
          </fieldset>
          <div className="form-grid">
            <Field label={t("report.scope")} error={problem("scope")}>
              {(control) => (
                <select
                  {...control}
                  value={scope}
                  onChange={(event) => setScope(event.target.value as Scope)}
                >
                  {SCOPES.map((value) => (
                    <option key={value} value={value}>
                      {t(scopeKey(value))}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Field label={t("report.severity")} error={problem("severity")}>
              {(control) => (
                <select
                  {...control}
                  value={severity}
                  onChange={(event) => setSeverity(event.target.value as Severity)}
                >
                  {SEVERITIES.map((value) => (
                    <option key={value} value={value}>
                      {t(severityKey(value))}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          </div>
          <Field
            label={t("report.classification")}
            hint={t("report.classificationHint")}
            error={problem("classification")}
          >
            {(control) => (
              <select
                {...control}
                value={classification}
                onChange={(event) => setClassification(event.target.value as Classification)}
              >
                {CLASSIFICATIONS.map((value) => (
                  <option key={value} value={value}>
                    {t(classificationKey(value))}
                  </option>
                ))}
              </select>
            )}
          </Field>
          {me.units.length > 1 ? (
            <Field label={t("report.unit")} error={problem("reporting_unit_id")}>
              {(control) => (
                <select
                  {...control}
                  value={unitId}
                  onChange={(event) => setUnitId(Number(event.target.value))}
                >
                  {me.units.map((unit) => (
                    <option key={unit.id} value={unit.id}>
                      {unit.name}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          ) : null}
        </div>

        <div className="button-row">
          <button type="submit" className="button button-primary" disabled={busy}>
            {busy ? t("report.sending") : online ? t("report.submit") : t("report.save")}
          </button>
        </div>
      </form>
    </>
  );
}
