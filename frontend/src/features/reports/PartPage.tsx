// A unit's part of a period's report, as a member or an area leader fills it on a phone: a
// narrative per task (pre-filled from the unit's progress updates), the entered figures, the
// counted ones read-only; saved as a draft, then submitted. The coordinator reviews it here.
import { Link } from "wouter";
import { formatDate, formatDateTime } from "../../i18n/format";
import { useT } from "../../i18n/i18n";
import { PageHeader } from "../../ui/Page";
import { QueryView } from "../../ui/states";
import { ReportStatusBadge } from "./badges";
import { PartFigures, PartForm } from "./PartForm";
import { type UnitReportDetail, usePart } from "./queries";
import { ReviewSection } from "./ReviewSection";
import "./reports.css";

export default function PartPage({ id }: { id: number }) {
  const part = usePart(id);
  return <QueryView query={part}>{(shown) => <PartView part={shown} />}</QueryView>;
}

function PartView({ part }: { part: UnitReportDetail }) {
  const t = useT();
  const returned =
    part.status === "returned"
      ? [...part.history].reverse().find((event) => event.to_status === "returned")
      : undefined;
  return (
    <>
      <PageHeader
        title={part.unit_name}
        subtitle={
          <>
            {part.period_label} ·{" "}
            {t("reports.internalDueOn", { date: formatDate(part.internal_due_on) })}{" "}
            <ReportStatusBadge status={part.status} />
          </>
        }
        back={
          <Link href={`/reports/periods/${part.period_id}`} className="back-link">
            {t("reports.backToPeriod")}
          </Link>
        }
      />
      {returned ? (
        <section className="card returned-note" role="note" aria-labelledby="returned-title">
          <h2 id="returned-title">{t("reports.returnedBy", { name: returned.actor_name })}</h2>
          <p className="returned-comment">{returned.comment}</p>
          <p className="hint">{formatDateTime(returned.created_at)}</p>
        </section>
      ) : null}
      {part.may_fill ? (
        <PartForm key={part.version} part={part} />
      ) : (
        <>
          <section className="card" aria-labelledby="narratives-title">
            <h2 id="narratives-title">{t("reports.narratives")}</h2>
            {part.narratives.map((narrative) => (
              <div key={narrative.task_id} className="narrative">
                <h3>{narrative.task_title}</h3>
                <p>{narrative.text || t("reports.nothingWritten")}</p>
              </div>
            ))}
          </section>
          <PartFigures part={part} />
        </>
      )}
      {part.may_review ? <ReviewSection part={part} /> : null}
      <section className="card" aria-labelledby="history-title">
        <h2 id="history-title">{t("reports.history")}</h2>
        {part.history.length === 0 ? (
          <p className="hint">{t("reports.noHistory")}</p>
        ) : (
          <ol className="report-history">
            {part.history.map((event) => (
              <li key={`${event.created_at}-${event.to_status}`}>
                <ReportStatusBadge status={event.to_status} /> {event.actor_name} ·{" "}
                {formatDateTime(event.created_at)}
                {event.comment ? <p className="history-comment">{event.comment}</p> : null}
              </li>
            ))}
          </ol>
        )}
      </section>
    </>
  );
}
