// The form of a unit's part: narratives per task, entered figures (whole numbers from zero, the
// API's 422 shown at the field), and the counted figures read-only.
import { type FormEvent, useState } from "react";
import { ApiError, errorMessage, problemAt } from "../../api/errors";
import { type MessageKey, useT } from "../../i18n/i18n";
import { Field } from "../../ui/Field";
import { type UnitReportDetail, type UnitReportPatch, useSavePart, useSubmitPart } from "./queries";

export const ENTERED = [
  "news_items_aired",
  "website_posts",
  "events_held",
  "people_trained",
  "budget_spent",
] as const;
type Entered = (typeof ENTERED)[number];

const WHOLE = /^\d+$/;

export function PartForm({ part }: { part: UnitReportDetail }) {
  const t = useT();
  const save = useSavePart(part);
  const submit = useSubmitPart(part);
  const [narratives, setNarratives] = useState(
    () => new Map(part.narratives.map((narrative) => [narrative.task_id, narrative.text])),
  );
  const [figures, setFigures] = useState<Record<Entered, string>>(() => {
    const start = {} as Record<Entered, string>;
    for (const name of ENTERED) start[name] = part.entered[name]?.toString() ?? "";
    return start;
  });
  const [difficulties, setDifficulties] = useState(part.difficulties);
  const [proposals, setProposals] = useState(part.proposals);
  const [local, setLocal] = useState<Partial<Record<Entered, string>>>({});
  const error = submit.error ?? save.error;
  const pending = save.isPending || submit.isPending;

  function changes(): UnitReportPatch | null {
    const wrong: Partial<Record<Entered, string>> = {};
    const patch: UnitReportPatch = {
      difficulties,
      proposals,
      narratives: part.narratives.map((narrative) => ({
        task_id: narrative.task_id,
        text: narratives.get(narrative.task_id) ?? "",
      })),
    };
    for (const name of ENTERED) {
      const text = figures[name].trim();
      if (text === "") patch[name] = null;
      else if (WHOLE.test(text)) patch[name] = Number(text);
      else wrong[name] = t("reports.wholeNumber");
    }
    setLocal(wrong);
    return Object.keys(wrong).length ? null : patch;
  }

  function send(event: FormEvent, finish: boolean) {
    event.preventDefault();
    const patch = changes();
    if (!patch) return;
    save.reset();
    submit.reset();
    if (finish) submit.mutate(patch);
    else save.mutate(patch);
  }

  const fieldError = (name: Entered) => local[name] ?? problemAt(error, name);
  const stale = error instanceof ApiError && [409, 412].includes(error.status);

  return (
    <form className="part-form" onSubmit={(event) => send(event, true)} noValidate>
      <section className="card" aria-labelledby="narratives-title">
        <h2 id="narratives-title">{t("reports.narratives")}</h2>
        {part.narratives.length === 0 ? <p className="hint">{t("reports.noTasks")}</p> : null}
        {part.narratives.map((narrative) => (
          <Field
            key={narrative.task_id}
            label={narrative.task_title}
            hint={narrative.prefilled ? t("reports.prefilled") : undefined}
          >
            {(control) => (
              <textarea
                {...control}
                rows={4}
                value={narratives.get(narrative.task_id) ?? ""}
                onChange={(event) =>
                  setNarratives(new Map(narratives).set(narrative.task_id, event.target.value))
                }
              />
            )}
          </Field>
        ))}
      </section>
      <section className="card" aria-labelledby="figures-title">
        <h2 id="figures-title">{t("reports.figures")}</h2>
        <div className="figure-grid">
          {ENTERED.map((name) => (
            <Field
              key={name}
              label={t(`reports.figure.${name}` as MessageKey)}
              error={fieldError(name)}
            >
              {(control) => (
                <input
                  {...control}
                  inputMode="numeric"
                  pattern="[0-9]*"
                  value={figures[name]}
                  onChange={(event) => setFigures({ ...figures, [name]: event.target.value })}
                />
              )}
            </Field>
          ))}
        </div>
        <CountedFigures part={part} />
      </section>
      <section className="card" aria-labelledby="remarks-title">
        <h2 id="remarks-title">{t("reports.remarks")}</h2>
        <Field label={t("reports.difficulties")} error={problemAt(error, "difficulties")}>
          {(control) => (
            <textarea
              {...control}
              rows={3}
              value={difficulties}
              onChange={(event) => setDifficulties(event.target.value)}
            />
          )}
        </Field>
        <Field label={t("reports.proposals")} error={problemAt(error, "proposals")}>
          {(control) => (
            <textarea
              {...control}
              rows={3}
              value={proposals}
              onChange={(event) => setProposals(event.target.value)}
            />
          )}
        </Field>
      </section>
      {error ? (
        <p role="alert" className="field-error">
          {stale ? t("reports.stale") : errorMessage(error, t)}
        </p>
      ) : null}
      {save.isSuccess && !submit.isPending ? <p role="status">{t("reports.saved")}</p> : null}
      <div className="form-actions">
        <button
          type="button"
          className="button secondary"
          disabled={pending}
          onClick={(event) => send(event, false)}
        >
          {t("reports.saveDraft")}
        </button>
        <button type="submit" className="button" disabled={pending}>
          {part.status === "returned" ? t("reports.resubmit") : t("reports.submit")}
        </button>
      </div>
    </form>
  );
}

/** The counted figures, read-only, with where they come from. */
function CountedFigures({ part }: { part: UnitReportDetail }) {
  const t = useT();
  return (
    <div className="counted">
      <dl className="figure-list">
        <div>
          <dt>{t("reports.figure.press_interactions")}</dt>
          <dd data-testid="counted-press">{part.counted.press_interactions}</dd>
        </div>
        <div>
          <dt>{t("reports.figure.incidents_handled")}</dt>
          <dd data-testid="counted-incidents">{part.counted.incidents_handled}</dd>
        </div>
      </dl>
      <p className="hint">{t("reports.countedNote")}</p>
    </div>
  );
}

/** All the figures of a part no longer being filled. */
export function PartFigures({ part }: { part: UnitReportDetail }) {
  const t = useT();
  return (
    <section className="card" aria-labelledby="figures-title">
      <h2 id="figures-title">{t("reports.figures")}</h2>
      <dl className="figure-list">
        {ENTERED.map((name) => (
          <div key={name}>
            <dt>{t(`reports.figure.${name}` as MessageKey)}</dt>
            <dd>
              {part.entered[name] === null ? "—" : part.entered[name].toLocaleString("vi-VN")}
            </dd>
          </div>
        ))}
      </dl>
      <CountedFigures part={part} />
    </section>
  );
}
