import { useState } from "react";
import { Link, useLocation } from "wouter";
import { formatDate } from "../../i18n/format";
import { type MessageKey, useT } from "../../i18n/i18n";
import { Icon } from "../../ui/icons";
import { PageHeader } from "../../ui/Page";
import { Empty, QueryView } from "../../ui/states";
import { can } from "../auth/capabilities";
import { useMe } from "../auth/me";
import { CopyDialog } from "./CopyDialog";
import { type PlanListItem, usePlans } from "./queries";
import "./plans.css";

export default function PlanListPage() {
  const t = useT();
  const plans = usePlans();
  const me = useMe();
  const writes = can(me.data, "plans:write");
  return (
    <>
      <PageHeader
        title={t("plans.title")}
        actions={
          writes ? (
            <>
              <Link href="/plans/import" className="button">
                <Icon name="plan" />
                {t("planImport.open")}
              </Link>
              <Link href="/plans/new" className="button button-primary">
                <Icon name="plus" />
                {t("plans.new")}
              </Link>
            </>
          ) : undefined
        }
      />
      <QueryView query={plans}>
        {(page) =>
          page.items.length === 0 ? (
            <Empty>{t("plans.none")}</Empty>
          ) : (
            <ul className="plan-list">
              {page.items.map((plan) => (
                <PlanItem key={plan.id} plan={plan} writes={writes} />
              ))}
            </ul>
          )
        }
      </QueryView>
    </>
  );
}

function PlanItem({ plan, writes }: { plan: PlanListItem; writes: boolean }) {
  const t = useT();
  const [, navigate] = useLocation();
  const [copying, setCopying] = useState(false);
  const draft = plan.status === "draft";
  return (
    <li className="card plan-item">
      <Link href={`/plans/${plan.id}`} className="plan-card">
        <span className="plan-card-number">{plan.number_symbol ?? t("plans.unnumbered")}</span>
        <span className="plan-card-title">{plan.title}</span>
        <span className="muted">
          {plan.unit.name}
          {" · "}
          {t(`planStatus.${plan.status}` as MessageKey)}
          {plan.issued_on ? ` · ${formatDate(plan.issued_on)}` : ""}
        </span>
      </Link>
      {writes ? (
        <div className="plan-item-actions">
          {draft ? (
            <Link
              href={`/plans/${plan.id}/edit`}
              className="button"
              aria-label={t("plans.editNamed", { title: plan.title })}
            >
              <Icon name="edit" />
              <span aria-hidden="true">{t("plans.edit")}</span>
            </Link>
          ) : (
            <button
              type="button"
              className="button"
              aria-haspopup="dialog"
              aria-label={t("plans.copyNamed", { year: plan.year + 1, title: plan.title })}
              onClick={() => setCopying(true)}
            >
              <Icon name="plus" />
              <span aria-hidden="true">{t("plans.copy", { year: plan.year + 1 })}</span>
            </button>
          )}
        </div>
      ) : null}
      {copying ? (
        <CopyDialog
          plan={plan}
          onCopied={(draftId) => navigate(`/plans/${draftId}/edit`)}
          onCancel={() => setCopying(false)}
        />
      ) : null}
    </li>
  );
}
