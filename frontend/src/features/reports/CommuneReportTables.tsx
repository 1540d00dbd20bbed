// What the commune's report was compiled from, as it stood then: the units' parts, the figures
// summed over the accepted parts, and each unit's tasks by status.
import { type MessageKey, useT } from "../../i18n/i18n";
import { STATUS_SYMBOL, statusLabelKey, TASK_STATUSES } from "../tasks/status";
import { ReportStatusBadge } from "./badges";
import type { CommuneReport } from "./communeQueries";
import { ENTERED } from "./PartForm";

const COUNTED = ["press_interactions", "incidents_handled"] as const;
const FIGURES: readonly string[] = [...ENTERED, ...COUNTED];

export function CompiledParts({ report }: { report: CommuneReport }) {
  const t = useT();
  return (
    <section className="card" aria-labelledby="compiled-parts-title">
      <h2 id="compiled-parts-title">{t("reports.parts")}</h2>
      {report.parts.length === 0 ? (
        <p className="hint">{t("reports.noParts")}</p>
      ) : (
        <ul className="part-list">
          {report.parts.map((part) => (
            <li key={part.unit_id} className="part-row">
              <span className="part-unit">{part.unit_name}</span>
              <ReportStatusBadge status={part.status} />
              <span className={part.on_time === false ? "late" : "hint"}>
                {part.on_time === null
                  ? t("reports.notSubmitted")
                  : part.on_time
                    ? t("reports.commune.onTime")
                    : t("reports.commune.late")}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** The figures in the order the parts ask for them; any other the API adds comes last. */
export function CompiledFigures({ report }: { report: CommuneReport }) {
  const t = useT();
  const names = [
    ...FIGURES.filter((name) => name in report.figures),
    ...Object.keys(report.figures).filter((name) => !FIGURES.includes(name)),
  ];
  return (
    <section className="card" aria-labelledby="compiled-figures-title">
      <h2 id="compiled-figures-title">{t("reports.figures")}</h2>
      <p className="hint">{t("reports.commune.figuresNote")}</p>
      <table className="report-table">
        <thead>
          <tr>
            <th scope="col">{t("reports.commune.figure")}</th>
            <th scope="col">{t("reports.commune.value")}</th>
          </tr>
        </thead>
        <tbody>
          {names.map((name) => (
            <tr key={name}>
              <th scope="row">
                {FIGURES.includes(name) ? t(`reports.figure.${name}` as MessageKey) : name}
              </th>
              <td>{report.figures[name]?.toLocaleString("vi-VN")}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

/** Each unit's tasks by status: only the statuses some unit has, so that it fits a phone. */
export function TaskStatusTable({ report }: { report: CommuneReport }) {
  const t = useT();
  const shown = TASK_STATUSES.filter((status) =>
    report.task_statuses.some((row) => (row.counts[status] ?? 0) > 0),
  );
  return (
    <section className="card" aria-labelledby="task-statuses-title">
      <h2 id="task-statuses-title">{t("reports.commune.taskStatuses")}</h2>
      {report.task_statuses.length === 0 ? (
        <p className="hint">{t("reports.noTasks")}</p>
      ) : (
        // A region that may scroll sideways on a phone: reached and scrolled by keyboard too.
        <section
          className="table-scroll"
          // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must take focus
          tabIndex={0}
          aria-label={t("reports.commune.taskTable")}
        >
          <table className="report-table task-status-table">
            <thead>
              <tr>
                <th scope="col">{t("reports.commune.unit")}</th>
                {shown.map((status) => (
                  <th scope="col" key={status} className={`status-col status-${status}`}>
                    <span aria-hidden="true">{STATUS_SYMBOL[status]}</span>{" "}
                    {t(statusLabelKey(status))}
                  </th>
                ))}
                <th scope="col">{t("reports.commune.total")}</th>
              </tr>
            </thead>
            <tbody>
              {report.task_statuses.map((row) => (
                <tr key={row.unit_id}>
                  <th scope="row">{row.unit_name}</th>
                  {shown.map((status) => (
                    <td key={status} className={row.counts[status] ? undefined : "zero"}>
                      {row.counts[status] ?? 0}
                    </td>
                  ))}
                  <td>{row.total}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
    </section>
  );
}
