import { useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useEffect, useId, useRef, useState } from "react";
import { Link } from "wouter";
import { dateTimeInVietnam, vietnamDateTimeToIso } from "../../i18n/format";
import { useT } from "../../i18n/i18n";
import { Icon } from "../../ui/icons";
import NotFoundPage from "../../ui/NotFoundPage";
import { PageHeader } from "../../ui/Page";
import { useOnline } from "../../ui/useOnline";
import type { Me } from "../auth/auth";
import { can } from "../auth/capabilities";
import { useMe } from "../auth/me";
import { discardDraft, drafts, type SentNotice } from "../tasks/drafts";
import { ChoiceField, TextField } from "./FormFields";
import { IncidentDetailFields, IncidentEssentialFields } from "./IncidentFields";
import { IncidentsNav } from "./IncidentsNav";
import {
  blankIncidentFields,
  DETAIL_FIELDS,
  type IncidentFieldValues,
  incidentFieldProblems,
  reportedIncident,
} from "./incidentForm";
import { PhotoField } from "./PhotoField";
import { type IncidentInput, incidentKeys } from "./queries";
import { ReportQueue } from "./ReportQueue";
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
      <ReportQueue userId={me.data.id} />
    </>
  );
}

type Notice =
  | { kind: "sent"; notice: SentNotice }
  | { kind: "queued" }
  | { kind: "refused"; message: string }
  | null;

function ReportForm({ me }: { me: Me }) {
  const t = useT();
  const id = useId();
  const online = useOnline();
  const queryClient = useQueryClient();
  const [values, setValues] = useState(blankIncidentFields);
  const [detectedAt, setDetectedAt] = useState(() => dateTimeInVietnam());
  const [photo, setPhoto] = useState<File | null>(null);
  const [more, setMore] = useState(false);
  const [unitId, setUnitId] = useState<number>(me.units[0]?.id ?? 0);
  const [problems, setProblems] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<Notice>(null);
  const noticeRef = useRef<HTMLDivElement>(null);

  // The outcome of a submission is where the eye is, even on a small screen.
  useEffect(() => {
    if (notice) noticeRef.current?.scrollIntoView?.({ block: "center" });
  }, [notice]);

  const moreOpen = more || [...DETAIL_FIELDS, "reporting_unit_id"].some((field) => problems[field]);

  function validate(): Record<string, string> {
    const found = incidentFieldProblems(values, t);
    if (!detectedAt) found.detected_at = t("report.detectedRequired");
    else if (detectedAt > dateTimeInVietnam()) found.detected_at = t("report.detectedFuture");
    return found;
  }

  function body(): IncidentInput {
    const result: IncidentInput = {
      ...reportedIncident(values),
      detected_at: vietnamDateTimeToIso(detectedAt),
    };
    if (me.units.length > 1) result.reporting_unit_id = unitId;
    return result;
  }

  function reset() {
    // What the person chose of scope, severity and classification stays for the next report.
    setValues((typed) => ({
      ...blankIncidentFields(),
      scope: typed.scope,
      severity: typed.severity,
      classification: typed.classification,
    }));
    setDetectedAt(dateTimeInVietnam());
    setPhoto(null);
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
  const change = (changes: Partial<IncidentFieldValues>) =>
    setValues((typed) => ({ ...typed, ...changes }));

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

        <IncidentEssentialFields values={values} onChange={change} problem={problem} />
        <TextField
          label={t("report.detectedAt")}
          error={problem("detected_at")}
          type="datetime-local"
          required
          max={dateTimeInVietnam()}
          value={detectedAt}
          onChange={setDetectedAt}
        />
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
          <IncidentDetailFields values={values} onChange={change} problem={problem} />
          {me.units.length > 1 ? (
            <ChoiceField
              label={t("report.unit")}
              error={problem("reporting_unit_id")}
              values={me.units.map((unit) => String(unit.id))}
              optionLabel={(value) =>
                me.units.find((unit) => String(unit.id) === value)?.name ?? value
              }
              value={String(unitId)}
              onChange={(value) => setUnitId(Number(value))}
            />
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
