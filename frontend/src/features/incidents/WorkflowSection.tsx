import { type FormEvent, useId, useState } from "react";
import { errorMessage } from "../../api/errors";
import { useT } from "../../i18n/i18n";
import { Field } from "../../ui/Field";
import {
  type IncidentStatus,
  STATUS_SYMBOL,
  statusKey,
  VERDICTS,
  VERDICTS_FOR,
  type Verdict,
  verdictKey,
} from "./kinds";
import { type Incident, useAcknowledge, useEscalate, useSetVerdict, useTakeStep } from "./queries";

/**
 * What the person may do with the incident now: the next steps of its workflow (each with its
 * reason, and the verdict where one goes with it), the verdict, reporting it to the superior
 * level and, for the superior, acknowledging it. Absent for those who may do none of these.
 */
export function WorkflowSection({ incident }: { incident: Incident }) {
  const t = useT();
  const [step, setStep] = useState<IncidentStatus | null>(null);
  const [escalating, setEscalating] = useState(false);
  const mayVerdict = incident.may_edit && incident.status !== "new";
  if (
    incident.next_statuses.length === 0 &&
    !mayVerdict &&
    !incident.may_escalate &&
    !incident.may_acknowledge
  ) {
    return null;
  }
  return (
    <section className="card workflow" aria-labelledby="incident-workflow">
      <h2 id="incident-workflow">{t("workflow.title")}</h2>
      {incident.next_statuses.length > 0 ? (
        <>
          <p className="muted">{t("workflow.next")}</p>
          <div className="button-row workflow-steps">
            {incident.next_statuses.map((status) => (
              <button
                key={status}
                type="button"
                className={step === status ? "button button-primary" : "button"}
                aria-expanded={step === status}
                onClick={() => setStep(step === status ? null : status)}
              >
                <span aria-hidden="true">{STATUS_SYMBOL[status]}</span>
                {t("workflow.moveTo", { status: t(statusKey(status)) })}
              </button>
            ))}
          </div>
          {step && incident.next_statuses.includes(step) ? (
            <StepForm key={step} incident={incident} to={step} onDone={() => setStep(null)} />
          ) : null}
        </>
      ) : null}
      {mayVerdict ? <VerdictForm key={incident.version} incident={incident} /> : null}
      {incident.may_escalate ? (
        escalating ? (
          <EscalateForm incident={incident} onDone={() => setEscalating(false)} />
        ) : (
          <div className="button-row">
            <button type="button" className="button" onClick={() => setEscalating(true)}>
              {t("workflow.escalate")}
            </button>
          </div>
        )
      ) : null}
      {incident.may_acknowledge ? <AcknowledgeForm incident={incident} /> : null}
    </section>
  );
}

function StepForm({
  incident,
  to,
  onDone,
}: {
  incident: Incident;
  to: IncidentStatus;
  onDone: () => void;
}) {
  const t = useT();
  const id = useId();
  const take = useTakeStep(incident);
  const verdicts = VERDICTS_FOR[to];
  const [reason, setReason] = useState("");
  const [verdict, setVerdict] = useState<Verdict | "">(
    incident.verdict && verdicts?.includes(incident.verdict) ? incident.verdict : "",
  );
  const [missing, setMissing] = useState(false);
  const label = t("workflow.moveTo", { status: t(statusKey(to)) });

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!reason.trim()) {
      setMissing(true);
      return;
    }
    setMissing(false);
    take.mutate(
      { to, reason: reason.trim(), verdict: verdict || undefined },
      { onSuccess: onDone },
    );
  }

  return (
    <form className="next-step form" onSubmit={submit} noValidate aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{label}</h3>
      {take.error ? (
        <p className="alert alert-error" role="alert">
          {errorMessage(take.error, t)}
        </p>
      ) : null}
      <Field
        label={t("workflow.reason")}
        hint={t("workflow.reasonHint")}
        error={missing ? t("workflow.reasonRequired") : null}
      >
        {(control) => (
          <textarea
            {...control}
            required
            rows={3}
            value={reason}
            onChange={(event) => setReason(event.target.value)}
          />
        )}
      </Field>
      {verdicts ? (
        <Field label={t("workflow.verdict")} hint={t("workflow.verdictHint")}>
          {(control) => (
            <select
              {...control}
              value={verdict}
              onChange={(event) => setVerdict(event.target.value as Verdict | "")}
            >
              <option value="">{t("workflow.verdictLater")}</option>
              {verdicts.map((value) => (
                <option key={value} value={value}>
                  {t(verdictKey(value))}
                </option>
              ))}
            </select>
          )}
        </Field>
      ) : null}
      <div className="button-row">
        <button type="submit" className="button button-primary" disabled={take.isPending}>
          {take.isPending ? t("action.saving") : t("workflow.submit")}
        </button>
        <button type="button" className="button" onClick={onDone}>
          {t("action.cancel")}
        </button>
      </div>
    </form>
  );
}

function VerdictForm({ incident }: { incident: Incident }) {
  const t = useT();
  const id = useId();
  const save = useSetVerdict(incident);
  const [verdict, setVerdict] = useState<Verdict | "">(incident.verdict ?? "");

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (verdict && verdict !== incident.verdict) save.mutate(verdict);
  }

  return (
    <form className="verdict-form" onSubmit={submit} noValidate aria-labelledby={`${id}-label`}>
      <div className="field">
        <label id={`${id}-label`} htmlFor={`${id}-verdict`}>
          {t("workflow.verdict")}
        </label>
        <div className="inline-control">
          <select
            id={`${id}-verdict`}
            value={verdict}
            onChange={(event) => setVerdict(event.target.value as Verdict | "")}
          >
            {incident.verdict ? null : <option value="">{t("workflow.noVerdict")}</option>}
            {VERDICTS.map((value) => (
              <option key={value} value={value}>
                {t(verdictKey(value))}
              </option>
            ))}
          </select>
          <button
            type="submit"
            className="button"
            disabled={save.isPending || !verdict || verdict === incident.verdict}
          >
            {save.isPending ? t("action.saving") : t("workflow.saveVerdict")}
          </button>
        </div>
      </div>
      {save.error ? (
        <p className="alert alert-error" role="alert">
          {errorMessage(save.error, t)}
        </p>
      ) : null}
    </form>
  );
}

function EscalateForm({ incident, onDone }: { incident: Incident; onDone: () => void }) {
  const t = useT();
  const id = useId();
  const escalate = useEscalate(incident);
  const [reason, setReason] = useState("");
  const [missing, setMissing] = useState(false);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!reason.trim()) {
      setMissing(true);
      return;
    }
    setMissing(false);
    escalate.mutate(reason.trim(), { onSuccess: onDone });
  }

  return (
    <form className="next-step form" onSubmit={submit} noValidate aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t("workflow.escalate")}</h3>
      <p className="hint">{t("workflow.escalateHint")}</p>
      {escalate.error ? (
        <p className="alert alert-error" role="alert">
          {errorMessage(escalate.error, t)}
        </p>
      ) : null}
      <Field label={t("workflow.reason")} error={missing ? t("workflow.reasonRequired") : null}>
        {(control) => (
          <textarea
            {...control}
            required
            rows={3}
            value={reason}
            onChange={(event) => setReason(event.target.value)}
          />
        )}
      </Field>
      <div className="button-row">
        <button type="submit" className="button button-primary" disabled={escalate.isPending}>
          {escalate.isPending ? t("action.saving") : t("workflow.escalateSubmit")}
        </button>
        <button type="button" className="button" onClick={onDone}>
          {t("action.cancel")}
        </button>
      </div>
    </form>
  );
}

function AcknowledgeForm({ incident }: { incident: Incident }) {
  const t = useT();
  const id = useId();
  const acknowledge = useAcknowledge(incident);
  const [note, setNote] = useState("");

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    acknowledge.mutate(note.trim());
  }

  return (
    <form className="next-step form" onSubmit={submit} noValidate aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t("workflow.acknowledge")}</h3>
      <p className="hint">{t("workflow.acknowledgeHint")}</p>
      {acknowledge.error ? (
        <p className="alert alert-error" role="alert">
          {errorMessage(acknowledge.error, t)}
        </p>
      ) : null}
      <Field label={t("workflow.note")}>
        {(control) => (
          <textarea
            {...control}
            rows={2}
            value={note}
            onChange={(event) => setNote(event.target.value)}
          />
        )}
      </Field>
      <div className="button-row">
        <button type="submit" className="button button-primary" disabled={acknowledge.isPending}>
          {acknowledge.isPending ? t("action.saving") : t("workflow.acknowledgeSubmit")}
        </button>
      </div>
    </form>
  );
}
