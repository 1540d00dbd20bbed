import { useId } from "react";
import { useT } from "../../i18n/i18n";
import { CATEGORIES, type Category, categoryKey } from "./kinds";
import type { IncidentSummary } from "./queries";

const MONTHS = Array.from({ length: 12 }, (_, index) => index + 1);
const WIDTH = 320;
const HEIGHT = 150;
const LEFT = 24;
const BOTTOM = 22;
const TOP = 8;

/** One colour per category, told apart in the legend and repeated in words in the table. */
export const CATEGORY_COLOR: Record<Category, string> = {
  local_government: "#1d4ed8",
  local_socio_economic: "#0f766e",
  disasters_health: "#b91c1c",
  fraud: "#a16207",
  party_state_policy: "#7c3aed",
  sovereignty: "#0e7490",
  democracy_rights_religion: "#be185d",
  other: "#6b7280",
};

type Counts = Map<number, Map<Category, number>>;

/** The year's counts by month and category (months of other years left out). */
export function countsOf(summary: IncidentSummary, year: number): Counts {
  const counts: Counts = new Map(MONTHS.map((month) => [month, new Map()]));
  for (const row of summary.by_month) {
    const [rowYear, rowMonth] = row.month.split("-").map(Number);
    if (rowYear !== year || !rowMonth) continue;
    const month = counts.get(rowMonth);
    month?.set(row.category, (month.get(row.category) ?? 0) + row.count);
  }
  return counts;
}

const total = (month: Map<Category, number> | undefined) =>
  [...(month?.values() ?? [])].reduce((sum, count) => sum + count, 0);

/** A whole-number scale's top and its marks (at most 4). */
function scale(max: number): { top: number; ticks: number[] } {
  const top = Math.max(1, max);
  const step = Math.max(1, Math.ceil(top / 4));
  const ticks: number[] = [];
  for (let tick = 0; tick <= top; tick += step) ticks.push(tick);
  const last = ticks.at(-1) ?? 0;
  return {
    top: last < top ? last + step : last,
    ticks: last < top ? [...ticks, last + step] : ticks,
  };
}

/**
 * Incidents detected each month of `year`, stacked by category: a small SVG drawing (decoration
 * for those who see it) with its legend, and the same counts as a table for everyone.
 */
export function MonthlyChart({ summary, year }: { summary: IncidentSummary; year: number }) {
  const t = useT();
  const id = useId();
  const counts = countsOf(summary, year);
  const present = CATEGORIES.filter((category) =>
    MONTHS.some((month) => (counts.get(month)?.get(category) ?? 0) > 0),
  );
  const { top, ticks } = scale(Math.max(0, ...MONTHS.map((month) => total(counts.get(month)))));
  const plotWidth = WIDTH - LEFT;
  const plotHeight = HEIGHT - TOP - BOTTOM;
  const slot = plotWidth / 12;
  const barWidth = slot * 0.62;
  const y = (value: number) => TOP + plotHeight - (value / top) * plotHeight;
  const yearTotal = MONTHS.reduce((sum, month) => sum + total(counts.get(month)), 0);

  return (
    <figure className="monthly-chart" aria-labelledby={`${id}-caption`}>
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        className="monthly-chart-drawing"
        role="img"
        aria-label={t("summary.chartLabel", { year, count: yearTotal })}
      >
        {ticks.map((tick) => (
          <g key={tick}>
            <line x1={LEFT} x2={WIDTH} y1={y(tick)} y2={y(tick)} className="chart-grid-line" />
            <text x={LEFT - 6} y={y(tick) + 4} textAnchor="end" className="chart-axis-text">
              {tick}
            </text>
          </g>
        ))}
        {MONTHS.map((month) => {
          const x = LEFT + (month - 1) * slot + (slot - barWidth) / 2;
          let base = 0;
          return (
            <g key={month}>
              {present.map((category) => {
                const count = counts.get(month)?.get(category) ?? 0;
                if (count === 0) return null;
                const from = base;
                base += count;
                return (
                  <rect
                    key={category}
                    x={x}
                    width={barWidth}
                    y={y(base)}
                    height={y(from) - y(base)}
                    fill={CATEGORY_COLOR[category]}
                  >
                    <title>{`${t("summary.monthShort", { month })}: ${t(categoryKey(category))} ${count}`}</title>
                  </rect>
                );
              })}
              <text
                x={x + barWidth / 2}
                y={HEIGHT - 6}
                textAnchor="middle"
                className="chart-axis-text"
              >
                {month}
              </text>
            </g>
          );
        })}
      </svg>
      {present.length > 0 ? (
        <ul className="chart-legend" aria-label={t("summary.legend")}>
          {present.map((category) => (
            <li key={category}>
              <span
                className="swatch"
                style={{ background: CATEGORY_COLOR[category] }}
                aria-hidden="true"
              />
              {t(categoryKey(category))}
            </li>
          ))}
        </ul>
      ) : null}
      <figcaption id={`${id}-caption`} className="hint">
        {t("summary.chartCaption", { year })}
      </figcaption>
      <details className="chart-table">
        <summary>{t("summary.table")}</summary>
        <div className="table-scroll">
          <table>
            <thead>
              <tr>
                <th scope="col">{t("summary.month")}</th>
                <th scope="col">{t("summary.total")}</th>
                {present.map((category) => (
                  <th key={category} scope="col">
                    {t(categoryKey(category))}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {MONTHS.map((month) => (
                <tr key={month}>
                  <th scope="row">{t("summary.monthShort", { month })}</th>
                  <td>{total(counts.get(month))}</td>
                  {present.map((category) => (
                    <td key={category}>{counts.get(month)?.get(category) ?? 0}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
