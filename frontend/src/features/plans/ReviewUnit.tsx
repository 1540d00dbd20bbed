// One responsible unit as named in the text, with its task sentences: the unit (or units) of the
// tree that lead them, or its sentences left out. A name matched to nothing asks for a decision.
import { useState } from "react";
import { useT } from "../../i18n/i18n";
import { Field } from "../../ui/Field";
import { Icon } from "../../ui/icons";
import type { UnitChoice } from "../tasks/queries";
import { fieldKey, type Problems } from "./importDraft";
import type { TaskReview, UnitReview } from "./importReview";
import { ReviewTask, type SectionOption } from "./ReviewTask";
import { LineButton, Sourced } from "./sourceLine";
import { UnitPicker } from "./UnitPicker";

export function ReviewUnit({
  unit,
  units,
  unitNames,
  sections,
  problems,
  onChange,
  onTaskChange,
}: {
  unit: UnitReview;
  units: readonly UnitChoice[];
  unitNames: ReadonlyMap<number, string>;
  sections: readonly SectionOption[];
  problems: Problems;
  onChange: (changes: Partial<UnitReview>) => void;
  onTaskChange: (key: string, changes: Partial<TaskReview>) => void;
}) {
  const t = useT();
  const undecided = unit.leadUnitIds.length === 0;
  const [picking, setPicking] = useState(undecided);
  const kept = unit.tasks.filter((task) => task.kept).length;
  const leads = unit.leadUnitIds.map((unitId) => unitNames.get(unitId) ?? `#${unitId}`);
  const problem = problems[unit.key];
  const className = [
    "review-unit",
    undecided && !unit.leftOut ? "needs-decision" : "",
    unit.leftOut ? "is-removed" : "",
    problem ? "has-problem" : "",
  ]
    .filter(Boolean)
    .join(" ");
  return (
    <Sourced as="section" line={unit.line} className={className}>
      <div className="review-item-head">
        <h3 lang="vi">{unit.name}</h3>
        <LineButton line={unit.line} />
      </div>
      {unit.leftOut ? (
        <div className="review-unit-state">
          <p className="review-removed-note">
            {t("planImport.unitLeftOut", { count: unit.tasks.length })}
          </p>
          <button
            type="button"
            className="button"
            aria-label={t("planImport.keepNamed", { name: unit.name })}
            onClick={() => onChange({ leftOut: false })}
          >
            {t("planImport.keep")}
          </button>
        </div>
      ) : (
        <>
          {undecided ? (
            <p className="alert alert-warning">
              <Icon name="alert" size={18} /> {t("planImport.unitUnmatched")}
            </p>
          ) : (
            <p className="review-unit-match">
              <Icon name="check" size={18} />{" "}
              {unit.match === "group" && leads.length > 1
                ? t("planImport.unitGroup", { count: leads.length, names: leads.join(", ") })
                : t("planImport.unitMatched", { names: leads.join(", ") })}
            </p>
          )}
          {problem ? (
            <p className="field-error" role="alert">
              {problem}
            </p>
          ) : null}
          {picking || undecided ? (
            <UnitPicker
              legend={t("planImport.unitLeads", { name: unit.name })}
              hint={t("planImport.unitLeadsHint")}
              units={units}
              chosen={unit.leadUnitIds}
              onChange={(chosen) => onChange({ leadUnitIds: chosen })}
            />
          ) : null}
          {unit.leadUnitIds.length > 1 ? (
            <Field
              label={t("planEditor.groupLabel")}
              hint={t("planEditor.groupLabelHint")}
              error={problems[fieldKey(unit.key, "group_label")]}
            >
              {(control) => (
                <input
                  {...control}
                  value={unit.groupLabel}
                  onChange={(event) => onChange({ groupLabel: event.target.value })}
                />
              )}
            </Field>
          ) : null}
          <div className="review-item-actions">
            {undecided ? null : (
              <button
                type="button"
                className="button"
                aria-expanded={picking}
                onClick={() => setPicking((shown) => !shown)}
              >
                {picking ? t("planImport.unitPickDone") : t("planImport.unitPick")}
              </button>
            )}
            <button
              type="button"
              className={undecided ? "button" : "button button-quiet"}
              aria-label={t("planImport.unitLeaveOutNamed", { name: unit.name })}
              onClick={() => onChange({ leftOut: true })}
            >
              {t("planImport.unitLeaveOut")}
            </button>
          </div>
          <h4 className="review-unit-tasks-title">
            {t("planImport.unitTasks", { kept, total: unit.tasks.length })}
          </h4>
          <ol className="review-list">
            {unit.tasks.map((task) => (
              <ReviewTask
                key={task.key}
                task={task}
                sections={sections}
                unitNames={unitNames}
                problems={problems}
                onChange={(changes) => onTaskChange(task.key, changes)}
              />
            ))}
          </ol>
        </>
      )}
    </Sourced>
  );
}
