// What the dashboard's charts share: months as people read them, a whole-number scale, and the
// two drawings every chart is made of (a bar on a track and the value axis under it). The bars
// are plain SVG stretched to their row; every number they stand for is also written in text.

/** `2023-05` → `05/2023`. */
export function monthLabel(month: string): string {
  const [year, number] = month.split("-");
  return number && year ? `${number}/${year}` : month;
}

/** Every month from `first` to `last` (`YYYY-MM`), both included, so that empty months show. */
export function monthsBetween(first: string, last: string): string[] {
  if (!first || !last) return [];
  const [fromYear = 0, fromMonth = 1] = first.split("-").map(Number);
  const [toYear = 0, toMonth = 1] = last.split("-").map(Number);
  const months: string[] = [];
  for (let index = fromYear * 12 + fromMonth - 1; index <= toYear * 12 + toMonth - 1; index++) {
    const year = Math.floor(index / 12);
    months.push(`${year}-${String((index % 12) + 1).padStart(2, "0")}`);
  }
  return months;
}

/** A whole-number scale's top (at least 1) and its marks from 0 (at most 5). */
export function scale(max: number): { top: number; ticks: number[] } {
  const step = Math.max(1, Math.ceil(Math.max(1, max) / 4));
  const top = step * Math.ceil(Math.max(1, max) / step);
  const ticks: number[] = [];
  for (let tick = 0; tick <= top; tick += step) ticks.push(tick);
  return { top, ticks };
}

/** A share 0–1 as a whole percentage; none when nothing was judged. */
export function percent(score: number | null | undefined): number | null {
  return score === null || score === undefined ? null : Math.round(score * 100);
}

export interface Segment {
  key: string;
  value: number;
  color: string;
  /** Said on hover; the same number is written beside the chart. */
  title: string;
}

/** One bar of stacked segments on a track from 0 to `top`; decoration (hidden from readers). */
export function Bar({ segments, top }: { segments: readonly Segment[]; top: number }) {
  let start = 0;
  return (
    <svg
      className="bar"
      viewBox="0 0 100 10"
      preserveAspectRatio="none"
      aria-hidden="true"
      focusable="false"
    >
      <rect x="0" y="0" width="100" height="10" className="bar-track" />
      {segments
        .filter((segment) => segment.value > 0)
        .map((segment) => {
          const x = (start / top) * 100;
          start += segment.value;
          return (
            <rect
              key={segment.key}
              x={x}
              y="0"
              width={(segment.value / top) * 100}
              height="10"
              fill={segment.color}
              className="bar-segment"
            >
              <title>{segment.title}</title>
            </rect>
          );
        })}
    </svg>
  );
}

/** The value axis under a column of bars: its marks where the bars reach them, and its name. */
export function Axis({
  ticks,
  top,
  name,
  format = String,
}: {
  ticks: readonly number[];
  top: number;
  name: string;
  format?: (tick: number) => string;
}) {
  return (
    <div className="axis" aria-hidden="true">
      <div className="axis-ticks">
        {ticks.map((tick) => (
          <span key={tick} style={{ left: `${(tick / top) * 100}%` }}>
            {format(tick)}
          </span>
        ))}
      </div>
      <div className="axis-name">{name}</div>
    </div>
  );
}
