// The responsible units and their task sentences. Names the reading matched to no unit come
// first, under a notice that counts them: each needs a unit of the tree or its sentences left out
// before the draft can be created.
import { useT } from "../../i18n/i18n";
import type { UnitChoice } from "../tasks/queries";
import type { Problems } from "./importDraft";
import type { SectionReview, TaskReview, UnitReview } from "./importReview";
import { sectionNumber } from "./queries";
import type { SectionOption } from "./ReviewTask";
import { ReviewUnit } from "./ReviewUnit";

/** The kept sections as choices for a task, by their full code: `III.1. Công an xã`. */
function sectionOptions(sections: readonly SectionReview[], parentPath = ""): SectionOption[] {
  return sections
    .filter((section) => section.kept)
    .flatMap((section) => {
      const path = parentPath ? `${parentPath}.${section.code.trim()}` : section.code.trim();
      return [
        { key: section.key, label: `${sectionNumber(path)} ${section.title}` },
        ...sectionOptions(section.children, path),
      ];
    });
}

export function ReviewUnits({
  units,
  sections,
  choices,
  problems,
  onChange,
  onTaskChange,
}: {
  units: readonly UnitReview[];
  sections: readonly SectionReview[];
  choices: readonly UnitChoice[];
  problems: Problems;
  onChange: (key: string, changes: Partial<UnitReview>) => void;
  onTaskChange: (key: string, changes: Partial<TaskReview>) => void;
}) {
  const t = useT();
  const unitNames = new Map(choices.map((unit) => [unit.id, unit.name]));
  const options = sectionOptions(sections);
  // Matched to nothing as read: asked about first, and stay first once decided.
  const unmatched = units.filter((unit) => unit.match === "none");
  const matched = units.filter((unit) => unit.match !== "none");
  const undecided = unmatched.filter(
    (unit) => !unit.leftOut && unit.leadUnitIds.length === 0,
  ).length;
  const taskCount = units.reduce((sum, unit) => sum + unit.tasks.length, 0);
  const render = (unit: UnitReview) => (
    <ReviewUnit
      key={unit.key}
      unit={unit}
      units={choices}
      unitNames={unitNames}
      sections={options}
      problems={problems}
      onChange={(changes) => onChange(unit.key, changes)}
      onTaskChange={onTaskChange}
    />
  );
  return (
    <section id="review-units" className="card review-part" aria-labelledby="review-units-title">
      <h2 id="review-units-title">{t("planImport.units")}</h2>
      <p className="hint">{t("planImport.unitsHint", { units: units.length, tasks: taskCount })}</p>
      {units.length === 0 ? <p className="muted">{t("planImport.noUnits")}</p> : null}
      {unmatched.length > 0 ? (
        <div className="review-undecided">
          <h3 id="review-undecided-title" className="review-undecided-title">
            {undecided > 0
              ? t("planImport.undecided", { count: undecided })
              : t("planImport.undecidedDone")}
          </h3>
          {unmatched.map(render)}
        </div>
      ) : null}
      {matched.map(render)}
    </section>
  );
}
