import { useState } from "react";
import { Link } from "wouter";
import { type MessageKey, useT } from "../../i18n/i18n";
import { ConfirmDialog } from "../../ui/ConfirmDialog";
import { Field } from "../../ui/Field";
import { type PlanListItem, useCopyPlan, usePlans } from "./queries";

/**
 * Starts next year's draft from a plan: sections, tasks with their units, căn cứ, recipients,
 * signer and deadlines, dates moved into the new year; the plan itself stays as it is. Warns
 * when a plan of that year is already there.
 */
export function CopyDialog({
  plan,
  onCopied,
  onCancel,
}: {
  plan: Pick<PlanListItem, "id" | "title" | "year" | "unit">;
  onCopied: (draftId: number) => void;
  onCancel: () => void;
}) {
  const t = useT();
  const [year, setYear] = useState(String(plan.year + 1));
  const [invalid, setInvalid] = useState(false);
  const copy = useCopyPlan(plan.id);
  const plans = usePlans();
  const yearNumber = Number(year);
  const existing = (plans.data?.items ?? []).filter(
    (other) => other.year === yearNumber && other.unit.id === plan.unit.id,
  );

  function confirm() {
    const valid = Number.isInteger(yearNumber) && yearNumber > plan.year && yearNumber <= 2100;
    setInvalid(!valid);
    if (!valid) return;
    copy.mutate({ year: yearNumber }, { onSuccess: (draft) => onCopied(draft.id) });
  }

  return (
    <ConfirmDialog
      title={t("plans.copyTitle")}
      confirmLabel={t("plans.copyConfirm")}
      busy={copy.isPending}
      error={copy.error}
      onConfirm={confirm}
      onCancel={onCancel}
    >
      <div className="form">
        <p>{t("plans.copyText", { title: plan.title })}</p>
        <Field
          label={t("plans.copyYear")}
          error={invalid ? t("plans.copyYearInvalid", { year: plan.year }) : undefined}
          className="field-narrow"
        >
          {(control) => (
            <input
              {...control}
              inputMode="numeric"
              value={year}
              onChange={(event) => setYear(event.target.value)}
            />
          )}
        </Field>
        {existing.length > 0 ? (
          <div className="alert alert-warning">
            <p>{t("plans.copyExisting", { year: yearNumber })}</p>
            <ul className="plain-list">
              {existing.map((other) => (
                <li key={other.id}>
                  <Link href={`/plans/${other.id}`}>{other.title}</Link> (
                  {t(`planStatus.${other.status}` as MessageKey)})
                </li>
              ))}
            </ul>
          </div>
        ) : null}
      </div>
    </ConfirmDialog>
  );
}
