import { type MessageKey, useT } from "../../i18n/i18n";
import type { CommuneReportStatus } from "./communeQueries";
import { REPORT_STATUSES, type ReportStatus } from "./queries";

export function ReportStatusBadge({ status }: { status: ReportStatus }) {
  const t = useT();
  return (
    <span className={`report-status report-status-${status}`}>
      {t(`reports.status.${status}` as MessageKey)}
    </span>
  );
}

/** Where the commune's report stands on its way to the superior. */
export function CommuneStatusBadge({ status }: { status: CommuneReportStatus }) {
  const t = useT();
  return (
    <span className={`report-status commune-status-${status}`}>
      {t(`reports.commune.status.${status}` as MessageKey)}
    </span>
  );
}

/** How many parts stand in each status (those with none left out). */
export function StatusCounts({ counts }: { counts: Record<ReportStatus, number> | undefined }) {
  const t = useT();
  if (!counts) return <p className="hint">{t("reports.noParts")}</p>;
  return (
    <ul className="status-counts" aria-label={t("reports.partsByStatus")}>
      {REPORT_STATUSES.filter((status) => counts[status] > 0).map((status) => (
        <li key={status}>
          <ReportStatusBadge status={status} /> {counts[status]}
        </li>
      ))}
    </ul>
  );
}
