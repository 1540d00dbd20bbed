// The reporting cycle of a plan: its periods (dates, the units' parts by status), generated from
// the plan's reporting deadlines and edited by the coordinator; and each unit's timeliness.
import { useState } from "react";
import { Link, useLocation, useSearch } from "wouter";
import { errorMessage } from "../../api/errors";
import { formatDate } from "../../i18n/format";
import { type MessageKey, useT } from "../../i18n/i18n";
import { PageHeader } from "../../ui/Page";
import { Empty, QueryView } from "../../ui/states";
import { can } from "../auth/capabilities";
import { useMe } from "../auth/me";
import { usePlans } from "../plans/queries";
import { StatusCounts } from "./badges";
import { PeriodEditor } from "./PeriodEditor";
import { countByPeriod, type Period, useGeneratePeriods, useParts, usePeriods } from "./queries";
import { TimelinessChart } from "./TimelinessChart";
import "./reports.css";

export default function ReportsPage() {
  const t = useT();
  const plans = usePlans();
  const search = useSearch();
  const [, navigate] = useLocation();
  const asked = Number(new URLSearchParams(search).get("plan")) || undefined;
  const planList = plans.data?.items ?? [];
  const planId = asked ?? planList.find((plan) => plan.status !== "draft")?.id ?? planList[0]?.id;
  return (
    <>
      <PageHeader title={t("reports.title")} subtitle={t("reports.subtitle")} />
      <QueryView query={plans}>
        {(page) =>
          page.items.length === 0 ? (
            <Empty>{t("reports.noPlan")}</Empty>
          ) : (
            <>
              <label className="field reports-plan">
                <span>{t("reports.plan")}</span>
                <select
                  value={planId}
                  onChange={(event) => navigate(`/reports?plan=${event.target.value}`)}
                >
                  {page.items.map((plan) => (
                    <option key={plan.id} value={plan.id}>
                      {plan.title}
                    </option>
                  ))}
                </select>
              </label>
              {planId !== undefined ? <PlanPeriods planId={planId} /> : null}
            </>
          )
        }
      </QueryView>
    </>
  );
}

function PlanPeriods({ planId }: { planId: number }) {
  const t = useT();
  const me = useMe().data;
  const periods = usePeriods(planId);
  const parts = useParts({ planId });
  const generate = useGeneratePeriods(planId);
  const manager = can(me, "reports:manage");
  const counts = countByPeriod(parts.data ?? []);
  return (
    <>
      <section className="card" aria-labelledby="periods-title">
        <div className="section-head">
          <h2 id="periods-title">{t("reports.periods")}</h2>
          {manager ? (
            <button
              type="button"
              className="button secondary"
              disabled={generate.isPending}
              onClick={() => generate.mutate()}
            >
              {t("reports.generate")}
            </button>
          ) : null}
        </div>
        {generate.isSuccess ? (
          <p role="status">{t("reports.generated", { count: generate.data.length })}</p>
        ) : null}
        {generate.error ? <p role="alert">{errorMessage(generate.error, t)}</p> : null}
        <QueryView query={periods}>
          {(items) =>
            items.length === 0 ? (
              <Empty>{t("reports.noPeriods")}</Empty>
            ) : (
              <ul className="period-list">
                {items.map((period) => (
                  <PeriodRow
                    key={period.id}
                    period={period}
                    counts={counts.get(period.id)}
                    manager={manager}
                  />
                ))}
              </ul>
            )
          }
        </QueryView>
      </section>
      <TimelinessChart planId={planId} />
    </>
  );
}

function PeriodRow({
  period,
  counts,
  manager,
}: {
  period: Period;
  counts: ReturnType<typeof countByPeriod> extends Map<number, infer V> ? V | undefined : never;
  manager: boolean;
}) {
  const t = useT();
  const [editing, setEditing] = useState(false);
  return (
    <li className="period">
      <div className="period-head">
        <Link href={`/reports/periods/${period.id}`} className="period-title">
          {period.label}
        </Link>
        <span className="kind">{t(`reports.kind.${period.kind}` as MessageKey)}</span>
      </div>
      <dl className="period-dates">
        <div>
          <dt>{t("reports.span")}</dt>
          <dd>
            {formatDate(period.starts_on)} – {formatDate(period.ends_on)}
          </dd>
        </div>
        <div>
          <dt>{t("reports.internalDue")}</dt>
          <dd>{formatDate(period.internal_due_on)}</dd>
        </div>
        <div>
          <dt>{t("reports.due")}</dt>
          <dd>{formatDate(period.due_on)}</dd>
        </div>
      </dl>
      <StatusCounts counts={counts} />
      {manager ? (
        editing ? (
          <PeriodEditor period={period} onDone={() => setEditing(false)} />
        ) : (
          <button type="button" className="button link" onClick={() => setEditing(true)}>
            {t("reports.editPeriod")}
          </button>
        )
      ) : null}
    </li>
  );
}
