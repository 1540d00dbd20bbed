import { useId } from "react";
import { useT } from "../../i18n/i18n";
import { Axis, Bar, monthLabel, monthsBetween, scale } from "./chart";

export interface MonthCount<K extends string> {
  month: string;
  series: K;
  count: number;
}

/**
 * Counts per month (one row each, mm/yyyy, from the first month counted to the last, empty
 * months included), stacked by series, with the legend, the value axis, each month's total
 * written at the end of its bar, and the whole breakdown as a table behind a disclosure. Rows,
 * not columns, so that a phone reads every month's name.
 */
export function MonthlyBars<K extends string>({
  counts,
  series,
  color,
  seriesLabel,
  valueName,
  caption,
}: {
  counts: readonly MonthCount<K>[];
  /** The series in the order they stack and are listed. */
  series: readonly K[];
  color: Record<K, string>;
  seriesLabel: (key: K) => string;
  /** What is counted, said under the value axis ("Số vụ việc"). */
  valueName: string;
  caption: string;
}) {
  const t = useT();
  const id = useId();
  const byMonth = new Map<string, Map<K, number>>();
  for (const row of counts) {
    const month = byMonth.get(row.month) ?? new Map<K, number>();
    month.set(row.series, (month.get(row.series) ?? 0) + row.count);
    byMonth.set(row.month, month);
  }
  const counted = [...byMonth.keys()].sort();
  const months = monthsBetween(counted[0] ?? "", counted.at(-1) ?? "");
  const present = series.filter((key) => counts.some((row) => row.series === key && row.count));
  const totalOf = (month: string) =>
    [...(byMonth.get(month)?.values() ?? [])].reduce((sum, count) => sum + count, 0);
  const { top, ticks } = scale(Math.max(0, ...months.map(totalOf)));

  return (
    <figure className="month-chart" aria-labelledby={`${id}-caption`}>
      <figcaption id={`${id}-caption`} className="hint">
        {caption}
      </figcaption>
      <ul className="chart-legend" aria-label={t("dashboard.legend")}>
        {present.map((key) => (
          <li key={key}>
            <span className="swatch" style={{ background: color[key] }} aria-hidden="true" />
            {seriesLabel(key)}
          </li>
        ))}
      </ul>
      <div className="bars">
        <div className="bars-row bars-head" aria-hidden="true">
          <span>{t("dashboard.month")}</span>
          <span />
          <span>{t("dashboard.total")}</span>
        </div>
        <ul className="bars-rows">
          {months.map((month) => (
            <li key={month} className="bars-row">
              <span className="bars-label">{monthLabel(month)}</span>
              <Bar
                top={top}
                segments={present.map((key) => {
                  const value = byMonth.get(month)?.get(key) ?? 0;
                  return {
                    key,
                    value,
                    color: color[key],
                    title: `${monthLabel(month)} · ${seriesLabel(key)}: ${value}`,
                  };
                })}
              />
              <span className="bars-value">
                <span className="visually-hidden">{t("dashboard.total")}: </span>
                {totalOf(month)}
              </span>
            </li>
          ))}
        </ul>
        <div className="bars-row">
          <span />
          <Axis ticks={ticks} top={top} name={valueName} />
          <span />
        </div>
      </div>
      <details className="chart-table">
        <summary>{t("dashboard.table")}</summary>
        <div className="table-scroll">
          <table>
            <thead>
              <tr>
                <th scope="col">{t("dashboard.month")}</th>
                {present.map((key) => (
                  <th key={key} scope="col">
                    {seriesLabel(key)}
                  </th>
                ))}
                <th scope="col">{t("dashboard.total")}</th>
              </tr>
            </thead>
            <tbody>
              {months.map((month) => (
                <tr key={month}>
                  <th scope="row">{monthLabel(month)}</th>
                  {present.map((key) => (
                    <td key={key}>{byMonth.get(month)?.get(key) ?? 0}</td>
                  ))}
                  <td>{totalOf(month)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
