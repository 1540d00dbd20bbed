// The coordinator edits a period's label and dates (If-Match of the version shown).
import { type FormEvent, useState } from "react";
import { ApiError, errorMessage } from "../../api/errors";
import { type MessageKey, useT } from "../../i18n/i18n";
import { DateField } from "../../ui/DateField";
import { Field } from "../../ui/Field";
import { type Period, type PeriodPatch, useUpdatePeriod } from "./queries";

const DATES = ["starts_on", "ends_on", "internal_due_on", "due_on"] as const;

export function PeriodEditor({ period, onDone }: { period: Period; onDone: () => void }) {
  const t = useT();
  const update = useUpdatePeriod(period);
  const [label, setLabel] = useState(period.label);
  const [dates, setDates] = useState<Record<(typeof DATES)[number], string>>({
    starts_on: period.starts_on,
    ends_on: period.ends_on,
    internal_due_on: period.internal_due_on,
    due_on: period.due_on,
  });
  const fieldError = (name: string) =>
    update.error instanceof ApiError ? update.error.fieldMessage(name) : undefined;

  function save(event: FormEvent) {
    event.preventDefault();
    const changes: PeriodPatch = {};
    if (label !== period.label) changes.label = label;
    for (const name of DATES) if (dates[name] !== period[name]) changes[name] = dates[name];
    update.mutate(changes, { onSuccess: onDone });
  }

  return (
    <form className="period-editor" onSubmit={save}>
      <Field label={t("reports.label")} error={fieldError("label")}>
        {(control) => (
          <input {...control} value={label} onChange={(event) => setLabel(event.target.value)} />
        )}
      </Field>
      {DATES.map((name) => (
        <DateField
          key={name}
          label={t(`reports.field.${name}` as MessageKey)}
          error={fieldError(name)}
          required
          value={dates[name]}
          onChange={(value) => setDates({ ...dates, [name]: value })}
        />
      ))}
      {update.error ? <p role="alert">{errorMessage(update.error, t)}</p> : null}
      <div className="form-actions">
        <button type="submit" className="button" disabled={update.isPending}>
          {t("reports.save")}
        </button>
        <button type="button" className="button secondary" onClick={onDone}>
          {t("reports.cancel")}
        </button>
      </div>
    </form>
  );
}
