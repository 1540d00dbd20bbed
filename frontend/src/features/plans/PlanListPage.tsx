import { Link } from "wouter";
import { formatDate } from "../../i18n/format";
import { type MessageKey, useT } from "../../i18n/i18n";
import { PageHeader } from "../../ui/Page";
import { Empty, QueryView } from "../../ui/states";
import { usePlans } from "./queries";

export default function PlanListPage() {
  const t = useT();
  const plans = usePlans();
  return (
    <>
      <PageHeader title={t("plans.title")} />
      <QueryView query={plans}>
        {(page) =>
          page.items.length === 0 ? (
            <Empty>{t("plans.none")}</Empty>
          ) : (
            <ul className="plan-list">
              {page.items.map((plan) => (
                <li key={plan.id}>
                  <Link href={`/plans/${plan.id}`} className="card plan-card">
                    <span className="plan-card-number">
                      {plan.number_symbol ?? t("plans.unnumbered")}
                    </span>
                    <span className="plan-card-title">{plan.title}</span>
                    <span className="muted">
                      {plan.unit.name}
                      {" · "}
                      {t(`planStatus.${plan.status}` as MessageKey)}
                      {plan.issued_on ? ` · ${formatDate(plan.issued_on)}` : ""}
                    </span>
                  </Link>
                </li>
              ))}
            </ul>
          )
        }
      </QueryView>
    </>
  );
}
