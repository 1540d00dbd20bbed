// The report's words: the results compiled from the units' parts, the difficulties and the
// proposals. The coordinator edits them while the report is a draft or was returned (saved with
// If-Match, the API's 422 shown at the field); everyone else reads them.
import { type FormEvent, useState } from "react";
import { ApiError, errorMessage, problemAt } from "../../api/errors";
import { type MessageKey, useT } from "../../i18n/i18n";
import { Field } from "../../ui/Field";
import { type CommuneReportDetail, useSaveCommuneReport } from "./communeQueries";

const TEXTS = ["results", "difficulties", "proposals"] as const;
type TextName = (typeof TEXTS)[number];

export function CommuneReportText({ report }: { report: CommuneReportDetail }) {
  const t = useT();
  return (
    <section className="card" aria-labelledby="commune-text-title">
      <h2 id="commune-text-title">{t("reports.commune.content")}</h2>
      {TEXTS.map((name) => (
        <div key={name} className="commune-text">
          <h3>{t(`reports.commune.${name}` as MessageKey)}</h3>
          <p>{report[name] || t("reports.nothingWritten")}</p>
        </div>
      ))}
    </section>
  );
}

export function CommuneReportForm({ report }: { report: CommuneReportDetail }) {
  const t = useT();
  const save = useSaveCommuneReport(report);
  const [title, setTitle] = useState(report.title);
  const [texts, setTexts] = useState<Record<TextName, string>>({
    results: report.results,
    difficulties: report.difficulties,
    proposals: report.proposals,
  });
  const [missingTitle, setMissingTitle] = useState(false);
  const stale = save.error instanceof ApiError && [409, 412].includes(save.error.status);

  function submit(event: FormEvent) {
    event.preventDefault();
    setMissingTitle(!title.trim());
    if (!title.trim()) return;
    save.mutate({ title, ...texts });
  }

  return (
    <form className="card commune-form" onSubmit={submit} noValidate aria-labelledby="form-title">
      <h2 id="form-title">{t("reports.commune.content")}</h2>
      <Field
        label={t("reports.commune.reportTitle")}
        error={missingTitle ? t("reports.commune.titleRequired") : problemAt(save.error, "title")}
      >
        {(control) => (
          <input {...control} value={title} onChange={(event) => setTitle(event.target.value)} />
        )}
      </Field>
      {TEXTS.map((name) => (
        <Field
          key={name}
          label={t(`reports.commune.${name}` as MessageKey)}
          hint={name === "results" ? t("reports.commune.resultsHint") : undefined}
          error={problemAt(save.error, name)}
        >
          {(control) => (
            <textarea
              {...control}
              rows={name === "results" ? 10 : 4}
              value={texts[name]}
              onChange={(event) => setTexts({ ...texts, [name]: event.target.value })}
            />
          )}
        </Field>
      ))}
      {save.error ? (
        <p role="alert" className="field-error">
          {stale ? t("reports.stale") : errorMessage(save.error, t)}
        </p>
      ) : null}
      {save.isSuccess ? <p role="status">{t("reports.commune.saved")}</p> : null}
      <div className="button-row">
        <button type="submit" className="button button-primary" disabled={save.isPending}>
          {t("reports.save")}
        </button>
      </div>
    </form>
  );
}
