import { useState } from "react";
import { todayInVietnam } from "../../i18n/format";
import { useT } from "../../i18n/i18n";
import { ConfirmDialog } from "../../ui/ConfirmDialog";
import { DateField } from "../../ui/DateField";
import { isIsoDate } from "../../ui/dateText";
import { Field } from "../../ui/Field";
import { ConflictNotice, isConflict } from "./EditorPart";
import { type Plan, useIssuePlan, useReloadPlan } from "./queries";

/**
 * Issues a draft: its number (empty takes the next of the year from the counter) and date. The
 * plan then reads as the issued document, and its units learn of their tasks.
 */
export function IssueDialog({
  plan,
  onIssued,
  onCancel,
}: {
  plan: Plan;
  onIssued: (issued: Plan) => void;
  onCancel: () => void;
}) {
  const t = useT();
  const [number, setNumber] = useState("");
  const [issuedOn, setIssuedOn] = useState(todayInVietnam());
  const [invalid, setInvalid] = useState<string | null>(null);
  const issue = useIssuePlan(plan.id);
  const reload = useReloadPlan(plan.id);
  const conflict = isConflict(issue.error);

  function confirm() {
    const typed = number.trim();
    const value = typed ? Number(typed) : null;
    if (value !== null && (!Number.isInteger(value) || value < 1 || value > 999_999)) {
      setInvalid(t("plans.issueNumberInvalid"));
      return;
    }
    if (!isIsoDate(issuedOn)) {
      setInvalid(t(issuedOn ? "date.invalid" : "plans.issueDateRequired"));
      return;
    }
    setInvalid(null);
    issue.mutate(
      { version: plan.version, number: value, issued_on: issuedOn },
      { onSuccess: onIssued },
    );
  }

  return (
    <ConfirmDialog
      title={t("plans.issueTitle")}
      confirmLabel={t("plans.issue")}
      busy={issue.isPending}
      error={conflict ? null : issue.error}
      onConfirm={confirm}
      onCancel={onCancel}
    >
      <div className="form issue-form">
        <p>{t("plans.issueText", { title: plan.title })}</p>
        <Field
          label={t("plans.issueNumber")}
          hint={t("plans.issueNumberHint", { year: plan.year, symbol: plan.symbol })}
        >
          {(control) => (
            <input
              {...control}
              inputMode="numeric"
              autoComplete="off"
              value={number}
              onChange={(event) => setNumber(event.target.value)}
            />
          )}
        </Field>
        <DateField label={t("plans.issueDate")} required value={issuedOn} onChange={setIssuedOn} />
        {invalid ? (
          <p className="field-error" role="alert">
            {invalid}
          </p>
        ) : null}
        {conflict ? (
          <ConflictNotice
            onReload={() =>
              void reload().then(() => {
                issue.reset();
              })
            }
          />
        ) : null}
      </div>
    </ConfirmDialog>
  );
}
