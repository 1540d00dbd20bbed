// The buttons that take a plan along its life (issue or delete a draft, close an issued plan),
// each opening its dialog: the same on the plan's page and in the draft editor.
import { useState } from "react";
import { useLocation } from "wouter";
import { useT } from "../../i18n/i18n";
import { can } from "../auth/capabilities";
import { useMe } from "../auth/me";
import { IssueDialog } from "./IssueDialog";
import { CloseDialog, DeleteDraftDialog } from "./PlanLifecycleDialogs";
import type { Plan } from "./queries";

/**
 * The steps the caller may take on `plan` now. `issuePrimary` makes issuing the screen's main
 * action; `onIssued` follows an issue (by default the dialog just closes). Deleting leaves for the
 * list of plans.
 */
export function PlanLifecycleButtons({
  plan,
  issuePrimary,
  onIssued,
}: {
  plan: Plan;
  issuePrimary: boolean;
  onIssued?: () => void;
}) {
  const t = useT();
  const me = useMe();
  const [, navigate] = useLocation();
  const [open, setOpen] = useState<"issue" | "delete" | "close" | null>(null);
  const writes = can(me.data, "plans:write");
  const issues = can(me.data, "plans:issue");
  const draft = plan.status === "draft";
  const close = () => setOpen(null);
  return (
    <>
      {draft && issues ? (
        <button
          type="button"
          className={issuePrimary ? "button button-primary" : "button"}
          aria-haspopup="dialog"
          onClick={() => setOpen("issue")}
        >
          {t("plans.issue")}
        </button>
      ) : null}
      {draft && writes ? (
        <button
          type="button"
          className="button button-danger"
          aria-haspopup="dialog"
          onClick={() => setOpen("delete")}
        >
          {t("plans.delete")}
        </button>
      ) : null}
      {plan.status === "issued" && issues ? (
        <button
          type="button"
          className="button"
          aria-haspopup="dialog"
          onClick={() => setOpen("close")}
        >
          {t("plans.close")}
        </button>
      ) : null}
      {open === "issue" ? (
        <IssueDialog plan={plan} onIssued={onIssued ?? close} onCancel={close} />
      ) : null}
      {open === "delete" ? (
        <DeleteDraftDialog plan={plan} onDeleted={() => navigate("/plans")} onCancel={close} />
      ) : null}
      {open === "close" ? <CloseDialog plan={plan} onClosed={close} onCancel={close} /> : null}
    </>
  );
}
