// One task sentence of a responsible unit: taken into the draft or not, its title (the sentence
// by default), when it is due, and the section it belongs to.
import { useId } from "react";
import { type MessageKey, useT } from "../../i18n/i18n";
import { DateField } from "../../ui/DateField";
import { Field } from "../../ui/Field";
import { fieldKey, type Problems } from "./importDraft";
import type { TaskReview } from "./importReview";
import { FREQUENCIES, type Frequency, SCHEDULES } from "./kinds";
import { LineButton, Sourced } from "./sourceLine";

export interface SectionOption {
  key: string;
  label: string;
}

export function ReviewTask({
  task,
  sections,
  unitNames,
  problems,
  onChange,
}: {
  task: TaskReview;
  sections: readonly SectionOption[];
  unitNames: ReadonlyMap<number, string>;
  problems: Problems;
  onChange: (changes: Partial<TaskReview>) => void;
}) {
  const t = useT();
  const id = useId();
  const problem = (field: string) => problems[fieldKey(task.key, field)];
  const placed = sections.some((section) => section.key === task.sectionKey);
  const cooperating = task.cooperatingUnitIds.map(
    (unitId) => unitNames.get(unitId) ?? `#${unitId}`,
  );
  return (
    <Sourced
      as="li"
      line={task.line}
      className={`review-task${task.kept ? "" : " is-removed"}${problems[task.key] ? " has-problem" : ""}`}
    >
      <div className="review-item-head">
        <label className="check">
          <input
            type="checkbox"
            checked={task.kept}
            aria-label={t("planImport.taskKeptNamed", { sentence: task.sentence })}
            onChange={(event) => onChange({ kept: event.target.checked })}
          />
          <span>{t("planImport.taskKept")}</span>
        </label>
        <LineButton line={task.line} />
      </div>
      <p className="review-sentence" lang="vi">
        {task.sentence}
      </p>
      {problems[task.key] ? <p className="field-error">{problems[task.key]}</p> : null}
      {task.kept ? (
        <div className="form review-task-fields">
          <Field
            label={t("planEditor.taskTitle")}
            hint={t("planImport.taskTitleHint")}
            error={problem("title")}
          >
            {(control) => (
              <textarea
                {...control}
                rows={2}
                className="review-task-title"
                value={task.title}
                onChange={(event) => onChange({ title: event.target.value.replace(/\n/g, " ") })}
              />
            )}
          </Field>
          <fieldset className="schedule">
            <legend>{t("planEditor.schedule")}</legend>
            {task.phrase ? (
              <p className="hint">{t("planImport.schedulePhrase", { phrase: task.phrase })}</p>
            ) : null}
            <div className="checks">
              {SCHEDULES.map((value) => (
                <label key={value} className="check">
                  <input
                    type="radio"
                    name={`${id}-schedule`}
                    value={value}
                    checked={task.schedule === value}
                    onChange={() => onChange({ schedule: value })}
                  />
                  {t(`schedule.${value}` as MessageKey)}
                </label>
              ))}
            </div>
            {task.schedule === "once" ? (
              <DateField
                label={t("planEditor.dueOn")}
                error={problem("due_on")}
                required
                value={task.dueOn}
                onChange={(value) => onChange({ dueOn: value })}
              />
            ) : null}
            {task.schedule === "recurring" ? (
              <Field label={t("planEditor.frequency")} error={problem("frequency")}>
                {(control) => (
                  <select
                    {...control}
                    required
                    value={task.frequency}
                    onChange={(event) =>
                      onChange({ frequency: event.target.value as Frequency | "" })
                    }
                  >
                    <option value="">{t("planEditor.chooseFrequency")}</option>
                    {FREQUENCIES.map((value) => (
                      <option key={value} value={value}>
                        {t(`frequency.${value}` as MessageKey)}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
            ) : null}
            {task.schedule === "continuous" ? (
              <p className="hint">{t("planEditor.continuousHint")}</p>
            ) : null}
            {problem("schedule") ? <p className="field-error">{problem("schedule")}</p> : null}
          </fieldset>
          <Field label={t("planEditor.taskSection")} error={problem("section_path")}>
            {(control) => (
              <select
                {...control}
                value={placed ? (task.sectionKey ?? "") : ""}
                onChange={(event) => onChange({ sectionKey: event.target.value || null })}
              >
                <option value="">{t("planEditor.noSection")}</option>
                {sections.map((section) => (
                  <option key={section.key} value={section.key}>
                    {section.label}
                  </option>
                ))}
              </select>
            )}
          </Field>
          {cooperating.length > 0 || task.unmatchedCooperating.length > 0 ? (
            <p className="hint">
              {cooperating.length > 0
                ? t("planImport.cooperating", { names: cooperating.join(", ") })
                : null}
              {task.unmatchedCooperating.length > 0
                ? ` ${t("planImport.cooperatingUnmatched", { names: task.unmatchedCooperating.join(", ") })}`
                : null}
            </p>
          ) : null}
        </div>
      ) : null}
    </Sourced>
  );
}
