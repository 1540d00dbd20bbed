// The draft's own fields, each part saved on its own (If-Match of the version on screen): the
// heading, the reporting deadlines, and the recipients with the signature block.
import { type FormEvent, useState } from "react";
import { problemAt } from "../../api/errors";
import { useT } from "../../i18n/i18n";
import { DateField } from "../../ui/DateField";
import { isIsoDate } from "../../ui/dateText";
import { Field } from "../../ui/Field";
import { Icon } from "../../ui/icons";
import { EditorPart, focusFirstProblem, Restartable, SaveRow } from "./EditorPart";
import {
  authorityKey,
  REPORTING_KINDS,
  type ReportingKind,
  reportingKindKey,
  SIGNER_AUTHORITIES,
  type SignerAuthority,
} from "./kinds";
import { type Plan, type PlanChanges, useReloadPlan, useSavePlan } from "./queries";

const nowIso = () => new Date().toISOString();

/** A part's form: the plan as now read (its version, what counts as saved) and the plan its
 * fields start from. */
interface FormProps {
  plan: Plan;
  start: Plan;
  restart: (fresh: Plan | undefined) => void;
}

/** Saving a part: the mutation, when it last worked, and starting over after a conflict. */
function usePartSave(plan: Plan, restart: (fresh: Plan | undefined) => void) {
  const save = useSavePlan(plan.id);
  const reload = useReloadPlan(plan.id);
  const [savedAt, setSavedAt] = useState<string | null>(null);
  return {
    save,
    savedAt,
    submit: (changes: PlanChanges) =>
      save.mutate({ version: plan.version, changes }, { onSuccess: () => setSavedAt(nowIso()) }),
    reload: () => void reload().then(restart),
  };
}

// --- heading -------------------------------------------------------------------------------

export function HeadingPart({ plan }: { plan: Plan }) {
  const t = useT();
  return (
    <EditorPart id="part-heading" title={t("planEditor.heading")}>
      <Restartable
        value={plan}
        render={(start, restart) => <HeadingForm plan={plan} start={start} restart={restart} />}
      />
    </EditorPart>
  );
}

function HeadingForm({ plan, start, restart }: FormProps) {
  const t = useT();
  const [title, setTitle] = useState(start.title);
  const [year, setYear] = useState(String(start.year));
  const [symbol, setSymbol] = useState(start.symbol);
  const [place, setPlace] = useState(start.place);
  const [introduction, setIntroduction] = useState(start.introduction);
  const [closing, setClosing] = useState(start.closing);
  const [missing, setMissing] = useState<Set<string>>(new Set());
  const part = usePartSave(plan, restart);
  const error = (field: string, required?: string) =>
    missing.has(field) ? required : problemAt(part.save.error, field);
  const dirty =
    title.trim() !== plan.title ||
    year.trim() !== String(plan.year) ||
    symbol.trim() !== plan.symbol ||
    place.trim() !== plan.place ||
    introduction.trim() !== plan.introduction ||
    closing.trim() !== plan.closing;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const absent = new Set<string>();
    const yearNumber = Number(year);
    if (!title.trim()) absent.add("title");
    if (!Number.isInteger(yearNumber) || yearNumber < 1945 || yearNumber > 2100) absent.add("year");
    if (!symbol.trim()) absent.add("symbol");
    if (!place.trim()) absent.add("place");
    setMissing(absent);
    if (absent.size > 0) {
      focusFirstProblem(event.currentTarget);
      return;
    }
    part.submit({
      title: title.trim(),
      year: yearNumber,
      symbol: symbol.trim(),
      place: place.trim(),
      introduction: introduction.trim(),
      closing: closing.trim(),
    });
  }

  return (
    <form className="form" onSubmit={submit} noValidate>
      <Field label={t("planEditor.title")} error={error("title", t("planEditor.titleRequired"))}>
        {(control) => (
          <input
            {...control}
            required
            value={title}
            onChange={(event) => setTitle(event.target.value)}
          />
        )}
      </Field>
      <div className="form-grid form-grid-3">
        <Field label={t("planEditor.year")} error={error("year", t("planEditor.yearRange"))}>
          {(control) => (
            <input
              {...control}
              required
              inputMode="numeric"
              value={year}
              onChange={(event) => setYear(event.target.value)}
            />
          )}
        </Field>
        <Field
          label={t("planEditor.symbol")}
          hint={t("planEditor.symbolHint")}
          error={error("symbol", t("planEditor.symbolRequired"))}
        >
          {(control) => (
            <input
              {...control}
              required
              value={symbol}
              onChange={(event) => setSymbol(event.target.value)}
            />
          )}
        </Field>
        <Field
          label={t("planEditor.place")}
          hint={t("planEditor.placeHint")}
          error={error("place", t("planEditor.placeRequired"))}
        >
          {(control) => (
            <input
              {...control}
              required
              value={place}
              onChange={(event) => setPlace(event.target.value)}
            />
          )}
        </Field>
      </div>
      <Field
        label={t("planEditor.introduction")}
        hint={t("planEditor.introductionHint")}
        error={error("introduction")}
      >
        {(control) => (
          <textarea
            {...control}
            rows={4}
            value={introduction}
            onChange={(event) => setIntroduction(event.target.value)}
          />
        )}
      </Field>
      <Field
        label={t("planEditor.closing")}
        hint={t("planEditor.closingHint")}
        error={error("closing")}
      >
        {(control) => (
          <textarea
            {...control}
            rows={3}
            value={closing}
            onChange={(event) => setClosing(event.target.value)}
          />
        )}
      </Field>
      <SaveRow save={part.save} dirty={dirty} savedAt={part.savedAt} onReload={part.reload} />
    </form>
  );
}

// --- reporting deadlines -------------------------------------------------------------------

interface DeadlineRow {
  key: number;
  kind: ReportingKind;
  due_on: string;
  label: string;
}

export function DeadlinesPart({ plan }: { plan: Plan }) {
  const t = useT();
  return (
    <EditorPart
      id="part-deadlines"
      title={t("planEditor.deadlines")}
      hint={t("planEditor.deadlinesHint")}
    >
      <Restartable
        value={plan}
        render={(start, restart) => <DeadlinesForm plan={plan} start={start} restart={restart} />}
      />
    </EditorPart>
  );
}

const deadlineText = (rows: readonly Omit<DeadlineRow, "key">[]) =>
  JSON.stringify(rows.map((row) => [row.kind, row.due_on, row.label.trim()]));

/** Deadlines in the order the plan keeps them: by date. */
const byDate = <T extends { due_on: string }>(rows: readonly T[]): T[] =>
  [...rows].sort((a, b) => a.due_on.localeCompare(b.due_on));

function DeadlinesForm({ plan, start, restart }: FormProps) {
  const t = useT();
  const [rows, setRows] = useState<DeadlineRow[]>(() =>
    start.reporting_deadlines.map((deadline, key) => ({ key, ...deadline })),
  );
  const [checked, setChecked] = useState(false);
  const part = usePartSave(plan, restart);
  const dirty = deadlineText(byDate(rows)) !== deadlineText(plan.reporting_deadlines);
  const change = (key: number, values: Partial<DeadlineRow>) =>
    setRows((all) => all.map((row) => (row.key === key ? { ...row, ...values } : row)));
  const incomplete = (row: DeadlineRow) => !isIsoDate(row.due_on) || !row.label.trim();

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setChecked(true);
    if (rows.some(incomplete)) {
      focusFirstProblem(event.currentTarget);
      return;
    }
    // Shown in the order sent, so that a problem the API names by position is on its row.
    const sorted = byDate(rows);
    setRows(sorted);
    part.submit({
      reporting_deadlines: sorted.map((row) => ({
        kind: row.kind,
        due_on: row.due_on,
        label: row.label.trim(),
      })),
    });
  }

  return (
    <form className="form" onSubmit={submit} noValidate>
      {rows.length === 0 ? <p className="muted">{t("planEditor.noDeadlines")}</p> : null}
      <ol className="deadline-rows">
        {rows.map((row, index) => {
          const n = index + 1;
          const rowError =
            (checked && incomplete(row) ? t("planEditor.deadlineIncomplete") : undefined) ??
            problemAt(part.save.error, "reporting_deadlines", String(index), "due_on") ??
            problemAt(part.save.error, "reporting_deadlines", String(index), "label");
          return (
            <li key={row.key} className="deadline-row">
              <Field label={t("planEditor.deadlineKind", { n })}>
                {(control) => (
                  <select
                    {...control}
                    value={row.kind}
                    onChange={(event) => {
                      const kind = event.target.value as ReportingKind;
                      // A label still as the kind named it follows the new kind.
                      const named = row.label === t(reportingKindKey(row.kind)) || !row.label;
                      change(
                        row.key,
                        named ? { kind, label: t(reportingKindKey(kind)) } : { kind },
                      );
                    }}
                  >
                    {REPORTING_KINDS.map((kind) => (
                      <option key={kind} value={kind}>
                        {t(reportingKindKey(kind))}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
              <DateField
                label={t("planEditor.deadlineDue", { n })}
                required
                value={row.due_on}
                invalid={checked && !isIsoDate(row.due_on)}
                onChange={(value) => change(row.key, { due_on: value })}
              />
              <Field label={t("planEditor.deadlineLabel", { n })}>
                {(control) => (
                  <input
                    {...control}
                    required
                    value={row.label}
                    aria-invalid={checked && !row.label.trim() ? true : undefined}
                    onChange={(event) => change(row.key, { label: event.target.value })}
                  />
                )}
              </Field>
              <button
                type="button"
                className="button button-quiet icon-button"
                aria-label={t("planEditor.deadlineRemove", { n })}
                onClick={() => setRows((all) => all.filter((other) => other.key !== row.key))}
              >
                <Icon name="close" size={18} />
              </button>
              {rowError ? <p className="field-error deadline-error">{rowError}</p> : null}
            </li>
          );
        })}
      </ol>
      <div>
        <button
          type="button"
          className="button"
          onClick={() =>
            setRows((all) => [
              ...all,
              {
                key: Math.max(0, ...all.map((row) => row.key + 1)),
                kind: "other",
                due_on: "",
                label: "",
              },
            ])
          }
        >
          <Icon name="plus" />
          {t("planEditor.deadlineAdd")}
        </button>
      </div>
      {problemAt(part.save.error, "reporting_deadlines") ? (
        <p className="field-error">{problemAt(part.save.error, "reporting_deadlines")}</p>
      ) : null}
      <SaveRow save={part.save} dirty={dirty} savedAt={part.savedAt} onReload={part.reload} />
    </form>
  );
}

// --- recipients and signer -----------------------------------------------------------------

export function SigningPart({ plan }: { plan: Plan }) {
  const t = useT();
  return (
    <EditorPart id="part-signing" title={t("planEditor.signing")}>
      <Restartable
        value={plan}
        render={(start, restart) => <SigningForm plan={plan} start={start} restart={restart} />}
      />
    </EditorPart>
  );
}

/** The recipients typed one a line, as they are printed. */
export function recipientLines(text: string): string[] {
  return text
    .split("\n")
    .map((line) => line.trim().replace(/^[-–•]\s*/, ""))
    .filter(Boolean);
}

function SigningForm({ plan, start, restart }: FormProps) {
  const t = useT();
  const [recipients, setRecipients] = useState(start.recipients.join("\n"));
  const [authority, setAuthority] = useState<SignerAuthority>(start.signer?.authority ?? "TM.");
  const [body, setBody] = useState(start.signer?.body ?? "");
  const [position, setPosition] = useState(start.signer?.position ?? "");
  const [fullName, setFullName] = useState(start.signer?.full_name ?? "");
  const [checked, setChecked] = useState(false);
  const part = usePartSave(plan, restart);
  const lines = recipientLines(recipients);
  const signerGiven = [body, position, fullName].some((value) => value.trim());
  const signerIncomplete = signerGiven && [body, position, fullName].some((value) => !value.trim());
  const tooLong = lines.find((line) => line.length > 300);
  const dirty =
    JSON.stringify(lines) !== JSON.stringify(plan.recipients) ||
    JSON.stringify(
      signerGiven ? [authority, body.trim(), position.trim(), fullName.trim()] : null,
    ) !==
      JSON.stringify(
        plan.signer
          ? [plan.signer.authority, plan.signer.body, plan.signer.position, plan.signer.full_name]
          : null,
      );
  const signerProblem =
    (checked && signerIncomplete ? t("planEditor.signerIncomplete") : undefined) ??
    problemAt(part.save.error, "signer");

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setChecked(true);
    if (signerIncomplete || tooLong || lines.length > 40) {
      focusFirstProblem(event.currentTarget);
      return;
    }
    part.submit({
      recipients: lines,
      signer: signerGiven
        ? {
            authority,
            body: body.trim(),
            position: position.trim(),
            full_name: fullName.trim(),
          }
        : null,
    });
  }

  return (
    <form className="form" onSubmit={submit} noValidate>
      <Field
        label={t("planEditor.recipients")}
        hint={t("planEditor.recipientsHint")}
        error={
          (checked && tooLong ? t("planEditor.recipientTooLong") : undefined) ??
          (checked && lines.length > 40 ? t("planEditor.recipientsTooMany") : undefined) ??
          problemAt(part.save.error, "recipients")
        }
      >
        {(control) => (
          <textarea
            {...control}
            rows={Math.min(12, Math.max(4, lines.length + 1))}
            value={recipients}
            onChange={(event) => setRecipients(event.target.value)}
          />
        )}
      </Field>
      <fieldset className="signer">
        <legend>{t("planEditor.signer")}</legend>
        <p className="hint">{t("planEditor.signerHint")}</p>
        <div className="form-grid">
          <Field label={t("planEditor.authority")}>
            {(control) => (
              <select
                {...control}
                value={authority}
                onChange={(event) => setAuthority(event.target.value as SignerAuthority)}
              >
                {SIGNER_AUTHORITIES.map((value) => (
                  <option key={value} value={value}>
                    {t(authorityKey(value))}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label={t("planEditor.signerBody")} hint={t("planEditor.signerBodyHint")}>
            {(control) => (
              <input {...control} value={body} onChange={(event) => setBody(event.target.value)} />
            )}
          </Field>
          <Field label={t("planEditor.signerPosition")} hint={t("planEditor.signerPositionHint")}>
            {(control) => (
              <input
                {...control}
                value={position}
                onChange={(event) => setPosition(event.target.value)}
              />
            )}
          </Field>
          <Field label={t("planEditor.signerName")}>
            {(control) => (
              <input
                {...control}
                value={fullName}
                onChange={(event) => setFullName(event.target.value)}
              />
            )}
          </Field>
        </div>
        {signerProblem ? <p className="field-error">{signerProblem}</p> : null}
      </fieldset>
      <SaveRow save={part.save} dirty={dirty} savedAt={part.savedAt} onReload={part.reload} />
    </form>
  );
}
