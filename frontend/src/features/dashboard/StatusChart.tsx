import { Link } from "wouter";
import type { Schemas } from "../../api/client";
import { compareNames } from "../../i18n/collate";
import { useT } from "../../i18n/i18n";
import { orderedCounts, STATUS_SYMBOL, statusLabelKey, TASK_STATUSES } from "../tasks/status";

type UnitCounts = Schemas["UnitStatusCounts"];

/**
 * Occurrences by status per unit, as stacked bars on one scale. The bars are decoration: each
 * row also says its counts in words, so neither colour nor the drawing carries meaning alone.
 */
export function StatusChart({ rows }: { rows: UnitCounts[] }) {
  const t = useT();
  const max = Math.max(1, ...rows.map((row) => row.total));
  const present = TASK_STATUSES.filter((status) =>
    rows.some((row) => (row.counts[status] ?? 0) > 0),
  );
  const sorted = [...rows].sort(
    (a, b) => b.total - a.total || compareNames(a.unit_name, b.unit_name),
  );
  return (
    <figure className="chart">
      <ul className="chart-legend" aria-label={t("chart.legend")}>
        {present.map((status) => (
          <li key={status}>
            <span className={`swatch fill-${status}`} aria-hidden="true">
              {STATUS_SYMBOL[status]}
            </span>
            {t(statusLabelKey(status))}
          </li>
        ))}
      </ul>
      <ul className="chart-rows">
        {sorted.map((row) => {
          const counts = orderedCounts(row.counts);
          return (
            <li key={row.unit_id} className="chart-row">
              <Link href={`/tasks?unit=${row.unit_id}`} className="chart-label">
                {row.unit_name}
              </Link>
              <div className="chart-bar" aria-hidden="true">
                <div className="chart-bar-inner" style={{ width: `${(row.total / max) * 100}%` }}>
                  {counts.map(({ status, count }) => (
                    <span
                      key={status}
                      className={`chart-segment fill-${status}`}
                      style={{ flexGrow: count }}
                      title={`${t(statusLabelKey(status))}: ${count}`}
                    />
                  ))}
                </div>
              </div>
              <p className="chart-counts">
                <strong>{t("chart.total", { count: row.total })}</strong>
                {" — "}
                {counts
                  .map(({ status, count }) => `${t(statusLabelKey(status))}: ${count}`)
                  .join(" · ")}
              </p>
            </li>
          );
        })}
      </ul>
      <figcaption className="hint">{t("chart.caption")}</figcaption>
    </figure>
  );
}
