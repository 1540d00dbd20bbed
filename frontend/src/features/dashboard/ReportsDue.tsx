import { Link } from "wouter";
import type { Schemas } from "../../api/client";
import { formatDate } from "../../i18n/format";
import { type MessageKey, useT } from "../../i18n/i18n";
import { StatusCounts } from "../reports/badges";
import { REPORT_STATUSES, type ReportStatus } from "../reports/queries";
import "../reports/reports.css";

export type ReportDue = Schemas["ReportDue"];

/** Every status of a unit's part with its count (none counted as 0); nothing when the period
 * has no parts. */
function partCounts(parts: ReportDue["parts"]): Record<ReportStatus, number> | undefined {
  const counts = Object.fromEntries(
    REPORT_STATUSES.map((status) => [status, parts[status] ?? 0]),
  ) as Record<ReportStatus, number>;
  return REPORT_STATUSES.some((status) => counts[status] > 0) || parts.missing ? counts : undefined;
}

/** The reports the commune owes, soonest due first: one card each, naming the period, its due
 * dates, where the units' parts stand and the commune's report, late ones marked; each opens
 * its period. */
export function ReportsDue({ reports }: { reports: readonly ReportDue[] }) {
  const t = useT();
  if (reports.length === 0) return <p className="hint">{t("dashboard.reportsDueNone")}</p>;
  const sorted = [...reports].sort((a, b) => a.due_on.localeCompare(b.due_on));
  return (
    <ul className="due-list">
      {sorted.map((report) => (
        <li key={report.period_id} className={`due-card${report.late ? " due-card-late" : ""}`}>
          <Link href={`/reports/periods/${report.period_id}`} className="due-title">
            {report.label}
          </Link>
          <span className="due-meta">
            {t(`reports.kind.${report.kind}` as MessageKey)}
            {report.late ? <span className="badge-late">{t("dashboard.late")}</span> : null}
          </span>
          <dl className="due-dates">
            <div>
              <dt>{t("dashboard.dueOn")}</dt>
              <dd>{formatDate(report.due_on)}</dd>
            </div>
            <div>
              <dt>{t("dashboard.internalDueOn")}</dt>
              <dd>{formatDate(report.internal_due_on)}</dd>
            </div>
            <div>
              <dt>{t("dashboard.communeReport")}</dt>
              <dd>
                {t(
                  `dashboard.communeReport.${report.commune_report_status ?? "none"}` as MessageKey,
                )}
              </dd>
            </div>
          </dl>
          <StatusCounts counts={partCounts(report.parts)} />
          {report.parts.missing ? (
            <p className="due-missing">
              {t("dashboard.partsMissing", { count: report.parts.missing })}
            </p>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
