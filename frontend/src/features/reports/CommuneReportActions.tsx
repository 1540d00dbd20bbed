// The steps of the commune's report the signed-in person may take now: the leader approves, the
// coordinator or the leader sends the approved report, the superior accepts it or returns it with
// a comment (refused empty here, and the API's 422 shown at the field).
import { type FormEvent, useState } from "react";
import { ApiError, errorMessage, problemAt } from "../../api/errors";
import { useT } from "../../i18n/i18n";
import { Field } from "../../ui/Field";
import { can } from "../auth/capabilities";
import { useMe } from "../auth/me";
import {
  type CommuneReportDetail,
  type CommuneStep,
  EDITABLE,
  useCommuneReportStep,
} from "./communeQueries";

type Simple = Exclude<CommuneStep["step"], "return">;

/** The steps open to `capabilities` from the report's status, in the order they are offered. */
export function stepsFor(
  report: Pick<CommuneReportDetail, "status">,
  me: { capabilities: readonly string[] } | undefined,
): CommuneStep["step"][] {
  const steps: CommuneStep["step"][] = [];
  if (EDITABLE.includes(report.status) && can(me, "reports:approve")) steps.push("approve");
  if (report.status === "approved" && (can(me, "reports:manage") || can(me, "reports:approve")))
    steps.push("send");
  if (report.status === "sent" && can(me, "reports:review")) steps.push("accept", "return");
  return steps;
}

const LABEL = {
  approve: "reports.commune.approve",
  send: "reports.commune.send",
  accept: "reports.commune.accept",
  return: "reports.commune.returnWithComment",
} as const;

export function CommuneReportActions({ report }: { report: CommuneReportDetail }) {
  const t = useT();
  const steps = stepsFor(report, useMe().data);
  const move = useCommuneReportStep(report);
  const [returning, setReturning] = useState(false);
  if (steps.length === 0) return null;
  const stale = move.error instanceof ApiError && [409, 412].includes(move.error.status);
  return (
    <section className="card commune-actions" aria-labelledby="commune-actions-title">
      <h2 id="commune-actions-title">{t("reports.commune.actions")}</h2>
      <p className="hint">{t(`reports.commune.next.${report.status}`)}</p>
      {move.error && !returning ? (
        <p role="alert" className="field-error">
          {stale ? t("reports.stale") : errorMessage(move.error, t)}
        </p>
      ) : null}
      {returning ? (
        <ReturnForm report={report} onDone={() => setReturning(false)} />
      ) : (
        <div className="button-row">
          {steps.map((step) => (
            <button
              key={step}
              type="button"
              className={step === "return" ? "button button-danger" : "button button-primary"}
              disabled={move.isPending}
              onClick={() =>
                step === "return" ? setReturning(true) : move.mutate({ step: step as Simple })
              }
            >
              {t(LABEL[step])}
            </button>
          ))}
        </div>
      )}
    </section>
  );
}

function ReturnForm({ report, onDone }: { report: CommuneReportDetail; onDone: () => void }) {
  const t = useT();
  const move = useCommuneReportStep(report);
  const [comment, setComment] = useState("");
  const [missing, setMissing] = useState(false);
  const stale = move.error instanceof ApiError && [409, 412].includes(move.error.status);
  const commentError =
    (missing ? t("reports.commentRequired") : undefined) ?? problemAt(move.error, "comment");

  function submit(event: FormEvent) {
    event.preventDefault();
    setMissing(!comment.trim());
    if (!comment.trim()) return;
    move.mutate({ step: "return", comment }, { onSuccess: onDone });
  }

  return (
    <form onSubmit={submit} noValidate aria-labelledby="commune-return-title">
      <h3 id="commune-return-title">{t("reports.commune.returnTitle")}</h3>
      <Field label={t("reports.comment")} error={commentError}>
        {(control) => (
          <textarea
            {...control}
            rows={4}
            value={comment}
            onChange={(event) => setComment(event.target.value)}
          />
        )}
      </Field>
      {move.error && !commentError ? (
        <p role="alert" className="field-error">
          {stale ? t("reports.stale") : errorMessage(move.error, t)}
        </p>
      ) : null}
      <div className="button-row">
        <button type="submit" className="button button-danger" disabled={move.isPending}>
          {t("reports.return")}
        </button>
        <button type="button" className="button" onClick={onDone}>
          {t("reports.cancel")}
        </button>
      </div>
    </form>
  );
}
