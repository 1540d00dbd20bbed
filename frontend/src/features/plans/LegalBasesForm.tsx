// The căn cứ of a draft: the legal references it is based on, in their order, picked from the
// shared list with a search, or added to it on the spot; and what the draft carries out (a
// superior's plan kept here, or a superior's document).
import { useState } from "react";
import { errorMessage, problemAt } from "../../api/errors";
import { useT } from "../../i18n/i18n";
import { SaveRow } from "./EditorPart";
import {
  type Plan,
  type PlanChanges,
  type PlanListItem,
  usePlans,
  useReloadPlan,
  useSavePlan,
} from "./queries";
import {
  idsOf,
  NewReference,
  PickedReferences,
  ReferenceSearch,
  sameReferences,
  usePickedReferences,
} from "./ReferencePicking";
import type { ReferencesFormProps } from "./ReferencesPart";

/** What the draft carries out: a plan kept here, a superior's document, or nothing. */
type Parent = "none" | `plan:${number}` | `reference:${number}`;

function parentOf(plan: Plan): Parent {
  if (plan.parent_reference_id !== null) return `reference:${plan.parent_reference_id}`;
  return plan.parent_plan_id !== null ? `plan:${plan.parent_plan_id}` : "none";
}

/** The fields of a change of parent: naming one clears the other; "none" clears both. */
function parentChanges(parent: Parent): PlanChanges {
  if (parent === "none") return { parent_plan_id: null, parent_reference_id: null };
  const [kind, id] = parent.split(":");
  return kind === "plan" ? { parent_plan_id: Number(id) } : { parent_reference_id: Number(id) };
}

/** Plans a draft may carry out: issued plans of other (superior) units that the caller reads. */
function superiorPlans(plan: Plan, plans: readonly PlanListItem[]) {
  return plans.filter(
    (other) => other.id !== plan.id && other.status !== "draft" && other.unit.id !== plan.unit.id,
  );
}

export function LegalBasesForm({ plan, start, restart }: ReferencesFormProps) {
  const t = useT();
  const bases = usePickedReferences(start.legal_bases);
  const [parent, setParent] = useState<Parent>(parentOf(start));
  const [savedAt, setSavedAt] = useState<string | null>(null);
  const save = useSavePlan(plan.id);
  const reload = useReloadPlan(plan.id);
  const plans = usePlans();
  const parentChanged = parent !== parentOf(plan);
  const dirty = !sameReferences(bases.picked, plan.legal_bases) || parentChanged;
  // The superior's document may be any căn cứ, or the one named before (kept while listed).
  const referenceChoices = [
    ...bases.picked,
    ...(start.parent_reference && !bases.picked.some((b) => b.id === start.parent_reference?.id)
      ? [start.parent_reference]
      : []),
  ];
  // The superior's plan: one listed, or the one named before (which the list may not hold).
  const listedPlans = superiorPlans(plan, plans.data?.items ?? []);
  const planChoices = [
    ...(start.parent_plan && !listedPlans.some((other) => other.id === start.parent_plan?.id)
      ? [start.parent_plan]
      : []),
    ...listedPlans,
  ];

  function onSave() {
    const ids = idsOf(bases.picked);
    const cited = idsOf(plan.cited_references);
    // A document cited in the text that becomes a căn cứ is no longer listed as cited.
    const stillCited = cited.filter((id) => !ids.includes(id));
    const changes: PlanChanges =
      stillCited.length === cited.length
        ? { legal_basis_ids: ids }
        : { legal_basis_ids: ids, cited_reference_ids: stillCited };
    if (parentChanged) Object.assign(changes, parentChanges(parent));
    save.mutate(
      { version: plan.version, changes },
      { onSuccess: () => setSavedAt(new Date().toISOString()) },
    );
  }

  const parentOption = (value: Parent, label: string) => (
    <label key={value} className="check">
      <input
        type="radio"
        name={`${plan.id}-parent`}
        checked={parent === value}
        onChange={() => setParent(value)}
      />
      <span lang="vi">{label}</span>
    </label>
  );

  return (
    <div className="form">
      <PickedReferences
        {...bases}
        empty={t("planEditor.noBases")}
        removeLabel={(name) => t("planEditor.removeNamed", { name })}
      />
      {problemAt(save.error, "legal_basis_ids") ? (
        <p className="field-error">{problemAt(save.error, "legal_basis_ids")}</p>
      ) : null}
      <ReferenceSearch chosen={bases.picked} onChoose={bases.add} />
      <NewReference onAdded={bases.add} createLabel={t("planEditor.basisCreate")} />
      <fieldset className="parent-choice">
        <legend>{t("planEditor.parent")}</legend>
        <p className="hint">{t("planEditor.parentHint")}</p>
        {parentOption("none", t("planEditor.parentNone"))}
        {referenceChoices.map((reference) =>
          parentOption(`reference:${reference.id}`, reference.citation),
        )}
        {planChoices.length > 0 ? <p className="hint">{t("planEditor.parentPlans")}</p> : null}
        {planChoices.map((other) =>
          parentOption(
            `plan:${other.id}`,
            other.number_symbol ? `${other.number_symbol} ${other.title}` : other.title,
          ),
        )}
        {plans.error ? <p className="field-error">{errorMessage(plans.error, t)}</p> : null}
        {problemAt(save.error, "parent_reference_id") ? (
          <p className="field-error">{problemAt(save.error, "parent_reference_id")}</p>
        ) : null}
        {problemAt(save.error, "parent_plan_id") ? (
          <p className="field-error">{problemAt(save.error, "parent_plan_id")}</p>
        ) : null}
      </fieldset>
      <SaveRow
        save={save}
        dirty={dirty}
        savedAt={savedAt}
        onSave={onSave}
        onReload={() => void reload().then(restart)}
      />
    </div>
  );
}
