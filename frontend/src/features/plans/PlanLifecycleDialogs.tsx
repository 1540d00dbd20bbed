// The steps that end a plan's working life, each asked once: deleting a draft (an admin can undo
// it), closing an issued plan (it stays readable, and nothing of it changes any more).
import type { ReactNode } from "react";
import { useT } from "../../i18n/i18n";
import { ConfirmDialog } from "../../ui/ConfirmDialog";
import { ConflictNotice, isConflict } from "./EditorPart";
import { type Plan, useClosePlan, useDeleteDraft, useReloadPlan } from "./queries";

interface StepLike {
  isPending: boolean;
  error: unknown;
  reset: () => void;
}

/** Asks before a step taken at the plan's version; when someone changed the plan since, says so
 * and reads it again, so that the step can be tried on what is now saved. */
function PlanStepDialog({
  plan,
  step,
  title,
  confirmLabel,
  danger,
  onConfirm,
  onCancel,
  children,
}: {
  plan: Plan;
  step: StepLike;
  title: string;
  confirmLabel: string;
  danger?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
  children: ReactNode;
}) {
  const t = useT();
  const reload = useReloadPlan(plan.id);
  const conflict = isConflict(step.error);
  return (
    <ConfirmDialog
      title={title}
      confirmLabel={confirmLabel}
      danger={danger}
      busy={step.isPending}
      error={conflict ? null : step.error}
      onConfirm={onConfirm}
      onCancel={onCancel}
    >
      <p>{children}</p>
      {conflict ? (
        <ConflictNotice
          text={t("plans.stepConflict")}
          onReload={() => void reload().then(() => step.reset())}
        />
      ) : null}
    </ConfirmDialog>
  );
}

/** Deletes a draft, then `onDeleted` (the screen leaves the plan). */
export function DeleteDraftDialog({
  plan,
  onDeleted,
  onCancel,
}: {
  plan: Plan;
  onDeleted: () => void;
  onCancel: () => void;
}) {
  const t = useT();
  const remove = useDeleteDraft(plan.id);
  return (
    <PlanStepDialog
      plan={plan}
      step={remove}
      title={t("plans.deleteTitle")}
      confirmLabel={t("plans.deleteConfirm")}
      danger
      onConfirm={() => remove.mutate(plan.version, { onSuccess: onDeleted })}
      onCancel={onCancel}
    >
      {t("plans.deleteText", { title: plan.title })}
    </PlanStepDialog>
  );
}

/** Closes an issued plan, then `onClosed`. */
export function CloseDialog({
  plan,
  onClosed,
  onCancel,
}: {
  plan: Plan;
  onClosed: () => void;
  onCancel: () => void;
}) {
  const t = useT();
  const close = useClosePlan(plan.id);
  return (
    <PlanStepDialog
      plan={plan}
      step={close}
      title={t("plans.closeTitle")}
      confirmLabel={t("plans.close")}
      onConfirm={() => close.mutate(plan.version, { onSuccess: onClosed })}
      onCancel={onCancel}
    >
      {t("plans.closeText", { title: plan.title })}
    </PlanStepDialog>
  );
}
