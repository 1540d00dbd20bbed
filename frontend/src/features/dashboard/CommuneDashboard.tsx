import type { ReactNode } from "react";
import { type MessageKey, useT } from "../../i18n/i18n";
import { IncidentsChart } from "./IncidentsChart";
import { OnTimeChart } from "./OnTimeChart";
import { PressChart } from "./PressChart";
import type { CommuneStandingData } from "./queries";
import { ReportsDue } from "./ReportsDue";
import { StatusChart } from "./StatusChart";

/**
 * Where the commune (or, for an area leader, its area) stands in the plan: task status and the
 * on-time rate by unit, false information and press work by month, and the reports due. Each
 * part is a card with its heading; the charts say their numbers in text too.
 */
export function CommuneDashboard({ standing }: { standing: CommuneStandingData }) {
  const t = useT();
  return (
    <>
      {standing.plan_title ? (
        <h2 className="plan-heading">{t("dashboard.plan", { title: standing.plan_title })}</h2>
      ) : null}
      <div className="dashboard-grid">
        <Part id="by-unit" title="dashboard.byUnit" wide>
          {standing.task_statuses.length === 0 ? (
            <p className="hint">{t("dashboard.byUnitNone")}</p>
          ) : (
            <StatusChart rows={standing.task_statuses} />
          )}
        </Part>
        <Part id="on-time" title="dashboard.onTime">
          <OnTimeChart units={standing.timeliness} />
        </Part>
        <Part id="reports-due" title="dashboard.reportsDue">
          <ReportsDue reports={standing.reports_due} />
        </Part>
        <Part id="incidents" title="dashboard.incidents">
          <IncidentsChart months={standing.incidents_by_month} />
        </Part>
        <Part id="press" title="dashboard.press">
          <PressChart months={standing.press_by_month} />
        </Part>
      </div>
    </>
  );
}

/** One part of the dashboard, a card with its heading; `wide` takes the whole row on a wide
 * screen (a chart with a row per unit needs it). */
function Part({
  id,
  title,
  wide = false,
  children,
}: {
  id: string;
  title: MessageKey;
  wide?: boolean;
  children: ReactNode;
}) {
  const t = useT();
  return (
    <section
      className={`card chart-card${wide ? " part-wide" : ""}`}
      aria-labelledby={`panel-${id}`}
    >
      <h2 id={`panel-${id}`}>{t(title)}</h2>
      {children}
    </section>
  );
}
