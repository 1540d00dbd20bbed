// The superior's inbox of commune reports: those its communes sent it, earliest due first, each
// naming the commune, the period, where it stands, when it was due and when it was sent.
import { Link, useLocation, useSearch } from "wouter";
import { formatDate, formatDateTime } from "../../i18n/format";
import { type MessageKey, useT } from "../../i18n/i18n";
import { PageHeader } from "../../ui/Page";
import { Empty, QueryView } from "../../ui/states";
import { CommuneStatusBadge } from "./badges";
import { type CommuneReport, type CommuneReportStatus, useCommuneReports } from "./communeQueries";
import "./reports.css";

/** What the superior sees of a report: sent to it, then accepted or returned. */
const RECEIVED: readonly CommuneReportStatus[] = ["sent", "accepted", "returned"];

function statusFrom(search: string): CommuneReportStatus | undefined {
  const asked = new URLSearchParams(search).get("status");
  return RECEIVED.find((status) => status === asked);
}

export default function CommuneReportsPage() {
  const t = useT();
  const [, navigate] = useLocation();
  const status = statusFrom(useSearch());
  const reports = useCommuneReports({ status });
  return (
    <>
      <PageHeader
        title={t("reports.commune.listTitle")}
        subtitle={t("reports.commune.listSubtitle")}
      />
      <label className="field commune-filter">
        <span>{t("reports.commune.statusFilter")}</span>
        <select
          value={status ?? ""}
          onChange={(event) =>
            navigate(
              event.target.value
                ? `/reports/communes?status=${event.target.value}`
                : "/reports/communes",
            )
          }
        >
          <option value="">{t("reports.commune.allStatuses")}</option>
          {RECEIVED.map((value) => (
            <option key={value} value={value}>
              {t(`reports.commune.status.${value}` as MessageKey)}
            </option>
          ))}
        </select>
      </label>
      <QueryView query={reports}>
        {(items) =>
          items.length === 0 ? (
            <Empty>{t("reports.commune.noneReceived")}</Empty>
          ) : (
            <ul className="commune-cards">
              {items.map((report) => (
                <CommuneCard key={report.id} report={report} />
              ))}
            </ul>
          )
        }
      </QueryView>
    </>
  );
}

function CommuneCard({ report }: { report: CommuneReport }) {
  const t = useT();
  return (
    <li className="card commune-card">
      <div className="commune-card-head">
        <Link href={`/reports/commune/${report.id}`} className="commune-card-title">
          {report.commune_name}
        </Link>
        <CommuneStatusBadge status={report.status} />
      </div>
      <p className="commune-card-subject">
        {report.number ? `${t("reports.commune.number", { number: report.number })} · ` : null}
        {report.title}
      </p>
      <dl className="period-dates">
        <div>
          <dt>{t("reports.commune.period")}</dt>
          <dd>{report.period_label}</dd>
        </div>
        <div>
          <dt>{t("reports.due")}</dt>
          <dd>{formatDate(report.period_due_on)}</dd>
        </div>
        <div>
          <dt>{t("reports.commune.sent")}</dt>
          <dd>{report.sent_at ? formatDateTime(report.sent_at) : "—"}</dd>
        </div>
      </dl>
    </li>
  );
}
