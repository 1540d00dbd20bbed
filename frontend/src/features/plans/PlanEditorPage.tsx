// The draft editor (`/plans/:id/edit`): the heading, căn cứ, sections and their tasks, reporting
// deadlines, recipients and signer of a draft, each part saved on its own. Fetched apart, when
// first opened.
import { Link, useLocation } from "wouter";
import { useT } from "../../i18n/i18n";
import { Icon } from "../../ui/icons";
import NotFoundPage from "../../ui/NotFoundPage";
import { PageHeader } from "../../ui/Page";
import { QueryView } from "../../ui/states";
import { can } from "../auth/capabilities";
import { useMe } from "../auth/me";
import { OutlinePart } from "./Outline";
import { DeadlinesPart, HeadingPart, SigningPart } from "./PlanFields";
import { PlanLifecycleButtons } from "./PlanLifecycleButtons";
import { type Plan, usePlan } from "./queries";
import { ReferencesPart } from "./ReferencesPart";
import "./plans.css";

export default function PlanEditorPage({ id }: { id: number }) {
  const me = useMe();
  const mayWrite = can(me.data, "plans:write");
  const plan = usePlan(id, mayWrite);
  if (!mayWrite || !me.data) return <NotFoundPage />;
  return <QueryView query={plan}>{(data) => <PlanEditor plan={data} />}</QueryView>;
}

const PARTS = [
  { id: "part-heading", label: "planEditor.heading" },
  { id: "part-bases", label: "planEditor.bases" },
  { id: "part-cited", label: "planEditor.cited" },
  { id: "part-outline", label: "planEditor.outline" },
  { id: "part-deadlines", label: "planEditor.deadlines" },
  { id: "part-signing", label: "planEditor.signing" },
] as const;

function PlanEditor({ plan }: { plan: Plan }) {
  const t = useT();
  const [, navigate] = useLocation();
  const back = (
    <Link href={`/plans/${plan.id}`} className="back-link">
      <Icon name="back" size={18} />
      {t("planEditor.back")}
    </Link>
  );
  if (plan.status !== "draft") {
    return (
      <>
        <PageHeader title={plan.title} back={back} />
        <p className="alert alert-info">{t("planEditor.notDraft")}</p>
      </>
    );
  }
  return (
    <div className="plan-editor">
      <PageHeader
        title={t("planEditor.pageTitle", { year: plan.year })}
        subtitle={plan.title}
        back={back}
        actions={
          <>
            <Link href={`/plans/${plan.id}`} className="button">
              {t("planEditor.preview")}
            </Link>
            <PlanLifecycleButtons
              plan={plan}
              issuePrimary
              onIssued={() => navigate(`/plans/${plan.id}`)}
            />
          </>
        }
      />
      <nav className="editor-toc" aria-label={t("planEditor.toc")}>
        <ol>
          {PARTS.map((part) => (
            <li key={part.id}>
              <a href={`#${part.id}`}>{t(part.label)}</a>
            </li>
          ))}
        </ol>
      </nav>
      <p className="hint editor-intro">{t("planEditor.intro")}</p>
      <HeadingPart plan={plan} />
      <ReferencesPart plan={plan} field="legal_bases" />
      <ReferencesPart plan={plan} field="cited_references" />
      <OutlinePart plan={plan} />
      <DeadlinesPart plan={plan} />
      <SigningPart plan={plan} />
    </div>
  );
}
