import { Link } from "wouter";
import type { Schemas } from "../../api/client";
import { formatDate, formatDateTime } from "../../i18n/format";
import { type MessageKey, useT } from "../../i18n/i18n";

export type SentStatus = Schemas["SuperiorReportStatus"];
export type CommuneStanding = Schemas["CommuneRow"];

/** A symbol beside each status's word, so that colour is never the only signal. */
const SENT_SYMBOL: Record<SentStatus, string> = {
  not_sent: "○",
  sent: "↑",
  returned: "↩",
  accepted: "✓",
};

export function SentStatusBadge({ status }: { status: SentStatus }) {
  const t = useT();
  return (
    <span className={`badge sent-${status}`}>
      <span className="badge-symbol" aria-hidden="true">
        {SENT_SYMBOL[status]}
      </span>
      {t(`dashboard.sent.${status}` as MessageKey)}
    </span>
  );
}

/** One commune as the superior level watches it: its name first, where its report of the period
 * stands, and its tasks and escalated incidents. Opens the commune's report once it was sent. */
export function CommuneCard({ commune }: { commune: CommuneStanding }) {
  const t = useT();
  const body = (
    <>
      <span className="commune-card-head">
        <span className="commune-card-name">{commune.commune_name}</span>
        <SentStatusBadge status={commune.report_status} />
        {commune.late ? <span className="badge-late">{t("dashboard.late")}</span> : null}
      </span>
      {commune.label ? <span className="commune-card-period">{commune.label}</span> : null}
      <dl className="commune-card-facts">
        <div>
          <dt>{t("dashboard.superiorDueOn")}</dt>
          <dd>{commune.due_on ? formatDate(commune.due_on) : "–"}</dd>
        </div>
        <div>
          <dt>{t("dashboard.sentAt")}</dt>
          <dd>{commune.sent_at ? formatDateTime(commune.sent_at).slice(0, 10) : "–"}</dd>
        </div>
        <div>
          <dt>{t("dashboard.tasksDone")}</dt>
          <dd>
            {commune.tasks_done}/{commune.tasks_total}
          </dd>
        </div>
        <div className={commune.tasks_overdue ? "fact-danger" : undefined}>
          <dt>{t("dashboard.tasksOverdue")}</dt>
          <dd>{commune.tasks_overdue}</dd>
        </div>
        <div className={commune.incidents_escalated_open ? "fact-danger" : undefined}>
          <dt>{t("dashboard.escalatedOpen")}</dt>
          <dd>{commune.incidents_escalated_open}</dd>
        </div>
      </dl>
    </>
  );
  return (
    <li>
      {commune.report_id !== null ? (
        <Link href={`/reports/commune/${commune.report_id}`} className="commune-card">
          {body}
        </Link>
      ) : (
        <div className="commune-card">{body}</div>
      )}
    </li>
  );
}
