import { useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useEffect, useId, useRef, useState } from "react";
import { newIdempotencyKey } from "../../api/client";
import { formatDate, todayInVietnam } from "../../i18n/format";
import { useT } from "../../i18n/i18n";
import { DateField } from "../../ui/DateField";
import { isIsoDate } from "../../ui/dateText";
import { Icon } from "../../ui/icons";
import { useOnline } from "../../ui/useOnline";
import type { Me } from "../auth/auth";
import { drafts, type ProgressDraft } from "./drafts";
import {
  openOccurrences,
  type ProgressBody,
  reportingUnits,
  sendDraft,
  tasksKey,
} from "./progress";
import type { Task } from "./queries";

interface FigureRow {
  id: number;
  name: string;
  value: string;
}

type Notice = { kind: "sent" } | { kind: "queued" } | { kind: "refused"; message: string } | null;

function initialState(draft: ProgressDraft | undefined) {
  const body: Partial<ProgressBody> = draft ? JSON.parse(draft.body) : {};
  return {
    text: body.text ?? "",
    percent: body.percent == null ? "" : String(body.percent),
    figures: (body.figures ?? []).map((figure, index) => ({
      id: index,
      name: figure.name,
      value: String(figure.value),
    })),
    claims: body.claims_completion ?? false,
    completedOn: body.completed_on ?? "",
    unitId: body.unit_id ?? null,
    occurrenceId: body.occurrence_id ?? null,
  };
}

export function ProgressForm({
  task,
  me,
  from,
  onDone,
}: {
  task: Task;
  me: Me;
  /** A refused draft to correct and send again (with a new key). */
  from?: ProgressDraft;
  onDone?: () => void;
}) {
  const t = useT();
  const online = useOnline();
  const queryClient = useQueryClient();
  const start = initialState(from);
  const [text, setText] = useState(start.text);
  const [percent, setPercent] = useState(start.percent);
  const [figures, setFigures] = useState<FigureRow[]>(start.figures);
  const [claims, setClaims] = useState(start.claims);
  const [completedOn, setCompletedOn] = useState(start.completedOn);
  const [chosenUnit, setChosenUnit] = useState<number | null>(start.unitId);
  const [chosenOccurrence, setChosenOccurrence] = useState<number | null>(start.occurrenceId);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<Notice>(null);
  const [problems, setProblems] = useState<Record<string, string>>({});
  const id = useId();
  const today = todayInVietnam();
  const noticeRef = useRef<HTMLDivElement>(null);

  // The outcome of a submission is where the eye is, even on a small screen.
  useEffect(() => {
    if (notice) noticeRef.current?.scrollIntoView?.({ block: "center" });
  }, [notice]);

  const reporting = reportingUnits(
    me.units.map((unit) => unit.id),
    task.assignees,
  );
  const unit =
    "fixed" in reporting ? reporting.fixed : reporting.choose.find((a) => a.unit_id === chosenUnit);
  const isLead = unit?.role === "lead";
  const occurrences = isLead ? openOccurrences(task.occurrences, unit?.unit_id ?? null) : [];
  const occurrenceId =
    occurrences.find((occurrence) => occurrence.id === chosenOccurrence)?.id ?? occurrences[0]?.id;

  function validate(): Record<string, string> {
    const found: Record<string, string> = {};
    if (!text.trim()) found.text = t("progress.textRequired");
    if (percent !== "") {
      const value = Number(percent);
      if (!Number.isInteger(value) || value < 0 || value > 100)
        found.percent = t("progress.percentRange");
    }
    if ("choose" in reporting && !unit) found.unit = t("progress.unitRequired");
    if (claims && completedOn && !isIsoDate(completedOn)) found.completedOn = t("date.invalid");
    else if (claims && completedOn > today) found.completedOn = t("progress.futureDate");
    figures.forEach((figure) => {
      if (figure.name.trim() && (figure.value === "" || Number(figure.value) < 0)) {
        found[`figure-${figure.id}`] = t("progress.figureValue");
      }
    });
    return found;
  }

  function body(): ProgressBody {
    const result: ProgressBody = { text: text.trim(), claims_completion: false };
    if (percent !== "") result.percent = Number(percent);
    const filled = figures
      .filter((figure) => figure.name.trim() && figure.value !== "")
      .map((figure) => ({ name: figure.name.trim(), value: Number(figure.value) }));
    if (filled.length > 0) result.figures = filled;
    if (claims && isLead) {
      result.claims_completion = true;
      if (completedOn) result.completed_on = completedOn;
    }
    if ("choose" in reporting && unit) result.unit_id = unit.unit_id;
    if (occurrenceId !== undefined && occurrences.length > 1) result.occurrence_id = occurrenceId;
    return result;
  }

  function reset() {
    setText("");
    setPercent("");
    setFigures([]);
    setClaims(false);
    setCompletedOn("");
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
    // The draft (and its Idempotency-Key) exists before the first attempt: whatever happens
    // to this attempt, the report is either sent once or kept to be sent once.
    const draft: ProgressDraft = {
      key: newIdempotencyKey(),
      userId: me.id,
      taskId: task.id,
      taskTitle: task.title,
      body: JSON.stringify(body()),
      createdAt: new Date().toISOString(),
    };
    drafts.add(draft);
    if (from) drafts.remove(from.key);
    if (!navigator.onLine) {
      reset();
      setNotice({ kind: "queued" });
      onDone?.();
      return;
    }
    setBusy(true);
    const outcome = await sendDraft(draft, t);
    setBusy(false);
    if (outcome.kind === "refused") {
      drafts.remove(draft.key);
      setNotice({ kind: "refused", message: outcome.message });
      return;
    }
    if (outcome.kind === "sent") {
      drafts.remove(draft.key);
      setNotice({ kind: "sent" });
      await queryClient.invalidateQueries({ queryKey: tasksKey });
    } else {
      setNotice({ kind: "queued" });
    }
    reset();
    onDone?.();
  }

  const describedBy = (field: string) => (problems[field] ? `${id}-${field}-error` : undefined);
  const fieldError = (field: string) =>
    problems[field] ? (
      <p id={`${id}-${field}-error`} className="field-error">
        {problems[field]}
      </p>
    ) : null;

  return (
    <form
      id="progress-form"
      className="card form progress-form"
      onSubmit={submit}
      noValidate
      aria-labelledby={`${id}-title`}
    >
      <h2 id={`${id}-title`}>{t("progress.title")}</h2>
      {!online ? (
        <p className="alert alert-info">
          <Icon name="offline" size={18} /> {t("progress.offlineNote")}
        </p>
      ) : null}
      <div ref={noticeRef} className="notices">
        <div aria-live="polite">
          {notice?.kind === "sent" ? (
            <p className="alert alert-success">{t("progress.sent")}</p>
          ) : null}
          {notice?.kind === "queued" ? (
            <p className="alert alert-info">{t("progress.queued")}</p>
          ) : null}
        </div>
        {notice?.kind === "refused" ? (
          <p className="alert alert-error" role="alert">
            {notice.message}
          </p>
        ) : null}
      </div>

      {"fixed" in reporting ? (
        <p className="muted">{t("progress.for", { unit: reporting.fixed.unit_name })}</p>
      ) : (
        <div className="field">
          <label htmlFor={`${id}-unit`}>{t("progress.unit")}</label>
          <select
            id={`${id}-unit`}
            value={chosenUnit ?? ""}
            onChange={(event) =>
              setChosenUnit(event.target.value ? Number(event.target.value) : null)
            }
            aria-invalid={problems.unit ? true : undefined}
            aria-describedby={describedBy("unit")}
          >
            <option value="">{t("progress.chooseUnit")}</option>
            {reporting.choose.map((assignee) => (
              <option key={assignee.unit_id} value={assignee.unit_id}>
                {assignee.unit_name}
              </option>
            ))}
          </select>
          {fieldError("unit")}
        </div>
      )}

      {occurrences.length > 1 ? (
        <div className="field">
          <label htmlFor={`${id}-occurrence`}>{t("progress.occurrence")}</label>
          <select
            id={`${id}-occurrence`}
            value={occurrenceId ?? ""}
            onChange={(event) => setChosenOccurrence(Number(event.target.value))}
          >
            {occurrences.map((occurrence) => (
              <option key={occurrence.id} value={occurrence.id}>
                {t("progress.occurrenceOption", {
                  label: occurrence.label,
                  date: formatDate(occurrence.due_on),
                })}
              </option>
            ))}
          </select>
        </div>
      ) : occurrences[0] ? (
        <p className="muted">
          {t("progress.occurrenceOption", {
            label: occurrences[0].label,
            date: formatDate(occurrences[0].due_on),
          })}
        </p>
      ) : null}

      <div className="field">
        <label htmlFor={`${id}-text`}>{t("progress.text")}</label>
        <textarea
          id={`${id}-text`}
          rows={4}
          value={text}
          required
          aria-invalid={problems.text ? true : undefined}
          aria-describedby={describedBy("text")}
          onChange={(event) => setText(event.target.value)}
        />
        {fieldError("text")}
      </div>

      <div className="field field-narrow">
        <label htmlFor={`${id}-percent`}>{t("progress.percent")}</label>
        <input
          id={`${id}-percent`}
          type="number"
          inputMode="numeric"
          min={0}
          max={100}
          step={1}
          value={percent}
          aria-invalid={problems.percent ? true : undefined}
          aria-describedby={describedBy("percent") ?? `${id}-percent-hint`}
          onChange={(event) => setPercent(event.target.value)}
        />
        <p id={`${id}-percent-hint`} className="hint">
          {t("progress.percentHint")}
        </p>
        {fieldError("percent")}
      </div>

      <fieldset className="figures">
        <legend>{t("progress.figures")}</legend>
        <datalist id={`${id}-figure-names`}>
          <option value={t("progress.figureSuggestion1")} />
          <option value={t("progress.figureSuggestion2")} />
          <option value={t("progress.figureSuggestion3")} />
        </datalist>
        {figures.map((figure, index) => (
          <div key={figure.id} className="figure-row">
            <div className="field">
              <label htmlFor={`${id}-figure-name-${figure.id}`}>
                {t("progress.figureName", { n: index + 1 })}
              </label>
              <input
                id={`${id}-figure-name-${figure.id}`}
                list={`${id}-figure-names`}
                maxLength={100}
                value={figure.name}
                onChange={(event) =>
                  setFigures((rows) =>
                    rows.map((row) =>
                      row.id === figure.id ? { ...row, name: event.target.value } : row,
                    ),
                  )
                }
              />
            </div>
            <div className="field field-narrow">
              <label htmlFor={`${id}-figure-value-${figure.id}`}>
                {t("progress.figureValueLabel")}
              </label>
              <input
                id={`${id}-figure-value-${figure.id}`}
                type="number"
                inputMode="decimal"
                min={0}
                value={figure.value}
                aria-invalid={problems[`figure-${figure.id}`] ? true : undefined}
                aria-describedby={describedBy(`figure-${figure.id}`)}
                onChange={(event) =>
                  setFigures((rows) =>
                    rows.map((row) =>
                      row.id === figure.id ? { ...row, value: event.target.value } : row,
                    ),
                  )
                }
              />
              {fieldError(`figure-${figure.id}`)}
            </div>
            <button
              type="button"
              className="button button-quiet figure-remove"
              onClick={() => setFigures((rows) => rows.filter((row) => row.id !== figure.id))}
            >
              {t("progress.figureRemove", { n: index + 1 })}
            </button>
          </div>
        ))}
        <button
          type="button"
          className="button"
          onClick={() =>
            setFigures((rows) => [
              ...rows,
              { id: Math.max(0, ...rows.map((r) => r.id + 1)), name: "", value: "" },
            ])
          }
        >
          <Icon name="plus" />
          {t("progress.figureAdd")}
        </button>
      </fieldset>

      {isLead ? (
        <div className="claim">
          <label className="check">
            <input
              type="checkbox"
              checked={claims}
              onChange={(event) => {
                setClaims(event.target.checked);
                if (event.target.checked && !completedOn) setCompletedOn(today);
              }}
            />
            {t("progress.claims")}
          </label>
          {claims ? (
            <DateField
              label={t("progress.completedOn")}
              className="field-narrow"
              max={today}
              value={completedOn}
              error={problems.completedOn}
              onChange={setCompletedOn}
            />
          ) : null}
        </div>
      ) : null}

      <div className="button-row">
        <button type="submit" className="button button-primary" disabled={busy}>
          {busy ? t("progress.sending") : online ? t("progress.submit") : t("progress.save")}
        </button>
      </div>
    </form>
  );
}
