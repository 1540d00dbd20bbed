import { type FormEvent, useId, useState } from "react";
import { errorMessage, problemAt } from "../../api/errors";
import { formatDate, formatDateTime, todayInVietnam } from "../../i18n/format";
import { useT } from "../../i18n/i18n";
import { DateField } from "../../ui/DateField";
import { Field } from "../../ui/Field";
import { FollowUpBadge } from "./InteractionCard";
import { type FollowUpStatus, followUpStatusKey, nextStatus } from "./kinds";
import { type Interaction, useAdvanceFollowUp } from "./queries";

type FollowUp = NonNullable<Interaction["follow_up"]>;

/** A press report's follow-up: where it stands, the steps taken, and (for writers) the next. */
export function FollowUpSection({
  interaction,
  followUp,
  mayWrite,
}: {
  interaction: Interaction;
  followUp: FollowUp;
  mayWrite: boolean;
}) {
  const t = useT();
  const next = nextStatus(followUp.status);
  return (
    <section className="card" aria-labelledby="follow-up-title">
      <h2 id="follow-up-title">{t("followUp.title")}</h2>
      <p className="media-card-tags">
        <FollowUpBadge followUp={followUp} />
        {followUp.due_on ? (
          <span className={followUp.overdue ? "due due-overdue" : "due"}>
            {t("followUp.dueOn", { date: formatDate(followUp.due_on) })}
          </span>
        ) : null}
      </p>
      <ol className="timeline">
        {followUp.steps.some((step) => step.status === "received") ? null : (
          // Received when it happened, even where the step itself was not recorded.
          <li className="timeline-step">
            <p className="timeline-head">
              <strong>{t("followUpStatus.received")}</strong>
              <span className="muted">
                {" · "}
                <time dateTime={interaction.occurred_on}>
                  {formatDate(interaction.occurred_on)}
                </time>
              </span>
            </p>
          </li>
        )}
        {followUp.steps.map((step) => (
          <li key={`${step.status}-${step.created_at}`} className="timeline-step">
            <p className="timeline-head">
              <strong>{t(followUpStatusKey(step.status))}</strong>
              <span className="muted">
                {" · "}
                {step.author_name}
                {" · "}
                <time dateTime={step.created_at}>{formatDateTime(step.created_at)}</time>
              </span>
            </p>
            {step.note ? <p className="prose">{step.note}</p> : null}
            {step.status === "answered" && followUp.answer ? (
              <div className="answer">
                <p className="answer-label">
                  {t("followUp.answerOn", { date: formatDate(followUp.answered_on) })}
                </p>
                <p className="prose">{followUp.answer}</p>
              </div>
            ) : null}
          </li>
        ))}
        {next ? (
          <li className="timeline-step timeline-next">
            <p className="timeline-head muted">
              {t("followUp.nextStep", { status: t(followUpStatusKey(next)) })}
            </p>
          </li>
        ) : null}
      </ol>
      {mayWrite && next ? (
        <NextStepForm key={interaction.version} interaction={interaction} next={next} />
      ) : null}
    </section>
  );
}

function NextStepForm({ interaction, next }: { interaction: Interaction; next: FollowUpStatus }) {
  const t = useT();
  const id = useId();
  const advance = useAdvanceFollowUp(interaction);
  const answering = next === "answered";
  const [note, setNote] = useState("");
  const [answer, setAnswer] = useState("");
  const [answeredOn, setAnsweredOn] = useState(todayInVietnam());
  const [missing, setMissing] = useState(false);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (answering && !answer.trim()) {
      setMissing(true);
      return;
    }
    setMissing(false);
    advance.mutate(
      answering
        ? { status: next, note: note.trim(), answer: answer.trim(), answered_on: answeredOn }
        : { status: next, note: note.trim() },
    );
  }

  const label = t("followUp.moveTo", { status: t(followUpStatusKey(next)) });
  return (
    <form className="next-step form" onSubmit={submit} noValidate aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{label}</h3>
      {advance.error && !problemAt(advance.error, "answer") ? (
        <p className="alert alert-error" role="alert">
          {errorMessage(advance.error, t)}
        </p>
      ) : null}
      {answering ? (
        <>
          <Field
            label={t("followUp.answer")}
            hint={t("followUp.answerHint")}
            error={missing ? t("followUp.answerRequired") : problemAt(advance.error, "answer")}
          >
            {(control) => (
              <textarea
                {...control}
                required
                rows={4}
                value={answer}
                onChange={(event) => setAnswer(event.target.value)}
              />
            )}
          </Field>
          <DateField
            label={t("followUp.answeredOn")}
            className="field-narrow"
            error={problemAt(advance.error, "answered_on")}
            min={interaction.occurred_on}
            max={todayInVietnam()}
            value={answeredOn}
            onChange={setAnsweredOn}
          />
        </>
      ) : null}
      <Field label={t("followUp.note")} error={problemAt(advance.error, "note")}>
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
        <button type="submit" className="button button-primary" disabled={advance.isPending}>
          {advance.isPending ? t("action.saving") : label}
        </button>
      </div>
    </form>
  );
}
