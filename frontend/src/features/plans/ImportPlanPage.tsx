// Importing a plan from its text (`/plans/import`): the text pasted or its file chosen, read into
// a proposal, reviewed beside the source and created as a draft that opens in the plan editor.
// Fetched apart, when first opened.
import { useState } from "react";
import { Link } from "wouter";
import { useT } from "../../i18n/i18n";
import { Icon } from "../../ui/icons";
import NotFoundPage from "../../ui/NotFoundPage";
import { PageHeader } from "../../ui/Page";
import { QueryView } from "../../ui/states";
import { can } from "../auth/capabilities";
import { useMe } from "../auth/me";
import { useUnitList } from "../tasks/queries";
import { ImportReviewScreen } from "./ImportReviewScreen";
import { ImportSourceForm } from "./ImportSourceForm";
import { issuingUnits } from "./issuing";
import { type Proposal, useImportProposal } from "./queries";
import "./plans.css";
import "./import.css";

export default function ImportPlanPage() {
  const me = useMe();
  if (!can(me.data, "plans:write")) return <NotFoundPage />;
  return <ImportPlan />;
}

function ImportPlan() {
  const t = useT();
  const units = useUnitList();
  const read = useImportProposal();
  const [proposal, setProposal] = useState<Proposal | null>(null);
  return (
    <>
      <PageHeader
        title={t("planImport.title")}
        subtitle={proposal ? t("planImport.stepReview") : t("planImport.stepSource")}
        back={
          <Link href="/plans" className="back-link">
            <Icon name="back" size={18} />
            {t("plans.back")}
          </Link>
        }
      />
      {proposal ? (
        <QueryView query={units}>
          {(page) => (
            <ImportReviewScreen
              proposal={proposal}
              issuing={issuingUnits(page.items)}
              units={page.items}
              onRestart={() => {
                read.reset();
                setProposal(null);
              }}
            />
          )}
        </QueryView>
      ) : (
        <ImportSourceForm
          reading={read.isPending}
          error={read.error}
          onRead={(source) =>
            read.mutate(source, {
              onSuccess: setProposal,
            })
          }
        />
      )}
    </>
  );
}
