import { useState } from "react";
import { Link, useLocation } from "wouter";
import { documentDateParts, formatDate } from "../../i18n/format";
import { type MessageKey, useI18n } from "../../i18n/i18n";
import { Icon } from "../../ui/icons";
import { PageHeader } from "../../ui/Page";
import { Loading, QueryView } from "../../ui/states";
import { can } from "../auth/capabilities";
import { useMe } from "../auth/me";
import { useTasks } from "../tasks/queries";
import { CopyDialog } from "./CopyDialog";
import { PlanFiles } from "./PlanFiles";
import { PlanLifecycleButtons } from "./PlanLifecycleButtons";
import {
  basisText,
  type Plan,
  paragraphs,
  type SectionNode,
  sectionNumber,
  usePlan,
  useSections,
} from "./queries";
import "./plans.css";

export default function PlanPage({ id }: { id: number }) {
  const { t } = useI18n();
  const plan = usePlan(id);
  return (
    <>
      <Link href="/plans" className="back-link">
        <Icon name="back" size={18} />
        {t("plans.back")}
      </Link>
      <QueryView query={plan}>{(data) => <PlanView plan={data} />}</QueryView>
    </>
  );
}

function PlanView({ plan }: { plan: Plan }) {
  const { t, lang } = useI18n();
  const sections = useSections(plan.id);
  const tasks = useTasks({ planId: plan.id, limit: 200 });
  const perSection = new Map<number, number>();
  for (const task of tasks.data?.items ?? []) {
    if (task.section_id !== null)
      perSection.set(task.section_id, (perSection.get(task.section_id) ?? 0) + 1);
  }
  const date = plan.issued_on ? documentDateParts(plan.issued_on) : null;
  const signer = plan.signer;

  return (
    <>
      <PageHeader
        title={plan.title}
        subtitle={plan.number_symbol ?? t("plans.unnumbered")}
        actions={<PlanActions plan={plan} />}
      />
      {plan.status === "closed" ? (
        <p className="alert alert-info">{t("plans.closedNote")}</p>
      ) : null}
      <section className="card plan-meta" aria-label={t("plans.about")}>
        <dl className="facts">
          <div>
            <dt>{t("plans.status")}</dt>
            <dd>{t(`planStatus.${plan.status}` as MessageKey)}</dd>
          </div>
          {plan.issued_on ? (
            <div>
              <dt>{t("plans.issuedOn")}</dt>
              <dd>{formatDate(plan.issued_on)}</dd>
            </div>
          ) : null}
          {plan.reporting_deadlines.length > 0 ? (
            <div>
              <dt>{t("plans.deadlines")}</dt>
              <dd>
                <ul className="plain-list">
                  {plan.reporting_deadlines.map((deadline) => (
                    <li key={deadline.id}>
                      {deadline.label}: {formatDate(deadline.due_on)}
                    </li>
                  ))}
                </ul>
              </dd>
            </div>
          ) : null}
          <div>
            <dt>{t("plans.tasks")}</dt>
            <dd>
              <Link href={`/tasks?plan=${plan.id}`} className="fact-link">
                {t("plans.tasksLink", { count: tasks.data?.total ?? "…" })}
              </Link>
            </dd>
          </div>
          {plan.cited_references.length > 0 ? (
            <div>
              <dt>{t("plans.citedReferences")}</dt>
              <dd>
                <details>
                  <summary className="fact-link">
                    {t("plans.citedCount", { count: plan.cited_references.length })}
                  </summary>
                  <ul className="plain-list" lang="vi">
                    {plan.cited_references.map((reference) => (
                      <li key={reference.id}>{basisText(reference.citation, reference.title)}</li>
                    ))}
                  </ul>
                </details>
              </dd>
            </div>
          ) : null}
        </dl>
        {lang !== "vi" ? <p className="hint">{t("plans.originalLanguage")}</p> : null}
      </section>

      <PlanFiles plan={plan} />

      <article className="paper" lang="vi" aria-label={t("plans.document")}>
        <header className="doc-header">
          <div className="doc-issuer">
            <p className="doc-caps doc-bold">{plan.unit.name.toLocaleUpperCase("vi")}</p>
            <hr className="doc-rule" />
            <p>
              {t("doc.number")} {plan.number_symbol ?? `…/${plan.symbol}`}
            </p>
          </div>
          <div className="doc-nation">
            <p className="doc-caps doc-bold">{t("doc.nation")}</p>
            <p className="doc-bold">{t("doc.motto")}</p>
            <hr className="doc-rule" />
            {date ? (
              <p className="doc-italic">
                {t("doc.placeDate", {
                  place: plan.place,
                  day: date.day,
                  month: date.month,
                  year: date.year,
                })}
              </p>
            ) : null}
          </div>
        </header>

        <h2 className="doc-title">
          <span className="doc-type">{t("doc.plan")}</span>
          <span className="doc-subject">{plan.title.replace(/^Kế hoạch\s+/i, "")}</span>
        </h2>
        {plan.status === "draft" ? <p className="doc-draft">{t("doc.draft")}</p> : null}

        {plan.legal_bases.length > 0 ? (
          <section className="doc-bases" aria-label={t("doc.bases")}>
            <ul>
              {plan.legal_bases.map((basis) => (
                <li key={basis.id}>
                  {`${t("doc.basedOn")} ${basisText(basis.citation, basis.title)};`}
                </li>
              ))}
            </ul>
          </section>
        ) : null}

        {paragraphs(plan.introduction).map((text) => (
          <p key={text} className="doc-text">
            {text}
          </p>
        ))}

        <QueryView query={sections} loadingLabel={t("plans.loadingSections")}>
          {(tree) => <Sections nodes={tree} depth={0} perSection={perSection} />}
        </QueryView>

        {paragraphs(plan.closing).map((text) => (
          <p key={text} className="doc-text">
            {text}
          </p>
        ))}

        <footer className="doc-footer">
          <div className="doc-recipients">
            <p className="doc-recipients-title">{t("doc.recipients")}</p>
            <ul>
              {plan.recipients.map((recipient, index) => (
                <li key={recipient}>
                  - {recipient}
                  {index < plan.recipients.length - 1 && !recipient.endsWith(";") ? ";" : ""}
                </li>
              ))}
            </ul>
          </div>
          {signer ? (
            <div className="doc-signer">
              <p className="doc-bold">
                {signer.authority} {signer.body}
              </p>
              <p className="doc-bold">{signer.position}</p>
              <p className="doc-signature-space" aria-hidden="true" />
              <p className="doc-bold">{signer.full_name}</p>
            </div>
          ) : null}
        </footer>
      </article>
      {tasks.isPending ? <Loading label={t("plans.loadingTasks")} /> : null}
    </>
  );
}

/** What may be done with the plan: write, issue or delete the draft, close the issued plan, or
 * start next year's from it. */
function PlanActions({ plan }: { plan: Plan }) {
  const { t } = useI18n();
  const me = useMe();
  const [, navigate] = useLocation();
  const [copying, setCopying] = useState(false);
  const writes = can(me.data, "plans:write");
  const issues = can(me.data, "plans:issue");
  const draft = plan.status === "draft";
  if (!writes && !issues) return null;
  return (
    <>
      {draft && writes ? (
        <Link href={`/plans/${plan.id}/edit`} className="button button-primary">
          <Icon name="edit" />
          {t("plans.edit")}
        </Link>
      ) : null}
      <PlanLifecycleButtons plan={plan} issuePrimary={!writes} />
      {!draft && writes ? (
        <button
          type="button"
          className="button"
          aria-haspopup="dialog"
          onClick={() => setCopying(true)}
        >
          <Icon name="plus" />
          {t("plans.copy", { year: plan.year + 1 })}
        </button>
      ) : null}
      {copying ? (
        <CopyDialog
          plan={plan}
          onCopied={(draftId) => navigate(`/plans/${draftId}/edit`)}
          onCancel={() => setCopying(false)}
        />
      ) : null}
    </>
  );
}

function Sections({
  nodes,
  depth,
  perSection,
}: {
  nodes: SectionNode[];
  depth: number;
  perSection: Map<number, number>;
}) {
  const { t } = useI18n();
  const Heading = depth === 0 ? "h3" : depth === 1 ? "h4" : "h5";
  return (
    <>
      {nodes.map((node) => {
        const count = perSection.get(node.id) ?? 0;
        return (
          <section key={node.id} className={`doc-section doc-depth-${Math.min(depth, 2)}`}>
            <Heading className="doc-heading">
              {sectionNumber(node.code)} {node.title}
            </Heading>
            {paragraphs(node.body).map((text, index) => (
              // Paragraphs of one body can repeat; their position is their identity.
              // biome-ignore lint/suspicious/noArrayIndexKey: static text, never reordered
              <p key={index} className="doc-text">
                {text}
              </p>
            ))}
            {count > 0 ? (
              <p className="doc-tasks">
                <Link href={`/tasks?plan=${node.plan_id}&section=${node.id}`}>
                  {t("plans.sectionTasks", { count })}
                </Link>
              </p>
            ) : null}
            {node.children && node.children.length > 0 ? (
              <Sections nodes={node.children} depth={depth + 1} perSection={perSection} />
            ) : null}
          </section>
        );
      })}
    </>
  );
}
