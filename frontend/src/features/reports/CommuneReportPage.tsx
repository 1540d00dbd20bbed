// The commune's report of a period, as the coordinator compiles and edits it, the leader approves
// it and the superior accepts or returns it: the superior's comment first when returned, the
// words, the steps open to the reader, then what it was compiled from and its history.
import { Link } from "wouter";
import { formatDate, formatDateTime } from "../../i18n/format";
import { type MessageKey, useT } from "../../i18n/i18n";
import { PageHeader } from "../../ui/Page";
import { QueryView } from "../../ui/states";
import { can } from "../auth/capabilities";
import { useMe } from "../auth/me";
import { CommuneStatusBadge } from "./badges";
import { CommuneReportActions } from "./CommuneReportActions";
import { CommuneReportFiles } from "./CommuneReportFiles";
import { CompiledFigures, CompiledParts, TaskStatusTable } from "./CommuneReportTables";
import { CommuneReportForm, CommuneReportText } from "./CommuneReportText";
import { type CommuneReportDetail, EDITABLE, lastReturn, useCommuneReport } from "./communeQueries";
import "./reports.css";

export default function CommuneReportPage({ id }: { id: number }) {
  const report = useCommuneReport(id);
  return <QueryView query={report}>{(shown) => <ReportView report={shown} />}</QueryView>;
}

function ReportView({ report }: { report: CommuneReportDetail }) {
  const t = useT();
  const editing = can(useMe().data, "reports:manage") && EDITABLE.includes(report.status);
  const returned = lastReturn(report);
  return (
    <>
      <PageHeader
        title={report.title}
        subtitle={<ReportFacts report={report} />}
        back={<BackToPeriod periodId={report.period_id} />}
      />
      {returned ? (
        <section className="card returned-note" role="note" aria-labelledby="returned-title">
          <h2 id="returned-title">
            {t("reports.commune.returnedBy", { name: returned.actor_name })}
          </h2>
          <p className="returned-comment">{returned.comment}</p>
          <p className="hint">{formatDateTime(returned.created_at)}</p>
        </section>
      ) : null}
      {editing ? (
        <CommuneReportForm key={report.compiled_at} report={report} />
      ) : (
        <CommuneReportText report={report} />
      )}
      <CommuneReportActions report={report} />
      <CommuneReportFiles report={report} />
      <CompiledFigures report={report} />
      <CompiledParts report={report} />
      <TaskStatusTable report={report} />
      <CommuneHistory report={report} />
    </>
  );
}

/** The commune, status, number once sent, the period's due date, when compiled or sent. */
function ReportFacts({ report }: { report: CommuneReportDetail }) {
  const t = useT();
  return (
    <span className="commune-facts">
      <span className="commune-name">{report.commune_name}</span>
      <CommuneStatusBadge status={report.status} />
      {report.number ? <span>{t("reports.commune.number", { number: report.number })}</span> : null}
      <span>{t("reports.commune.dueOn", { date: formatDate(report.period_due_on) })}</span>
      {report.sent_at ? (
        <span>{t("reports.commune.sentAt", { date: formatDateTime(report.sent_at) })}</span>
      ) : (
        <span>{t("reports.commune.compiledAt", { time: formatDateTime(report.compiled_at) })}</span>
      )}
    </span>
  );
}

function BackToPeriod({ periodId }: { periodId: number }) {
  const t = useT();
  const superior = can(useMe().data, "reports:review");
  return superior ? (
    <Link href="/reports/communes" className="back-link">
      {t("reports.commune.backToList")}
    </Link>
  ) : (
    <Link href={`/reports/periods/${periodId}`} className="back-link">
      {t("reports.backToPeriod")}
    </Link>
  );
}

type HistoryEvent = CommuneReportDetail["history"][number];

/** What a step did: compiling (the first time, or again) keeps the status, the others move it. */
function eventKind(event: HistoryEvent): string {
  if (event.from_status === null) return "compiled";
  if (event.from_status === event.to_status) return "recompiled";
  return event.to_status;
}

function CommuneHistory({ report }: { report: CommuneReportDetail }) {
  const t = useT();
  return (
    <section className="card" aria-labelledby="history-title">
      <h2 id="history-title">{t("reports.history")}</h2>
      <ol className="report-history">
        {report.history.map((event) => (
          <li key={`${event.created_at}-${event.to_status}`}>
            <strong>{t(`reports.commune.event.${eventKind(event)}` as MessageKey)}</strong> ·{" "}
            {event.actor_name} · {formatDateTime(event.created_at)}
            {event.comment ? <p className="history-comment">{event.comment}</p> : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
