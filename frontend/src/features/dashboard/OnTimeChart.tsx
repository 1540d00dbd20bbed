import { compareNames } from "../../i18n/collate";
import { useT } from "../../i18n/i18n";
import type { Timeliness } from "../reports/queries";
import { Axis, Bar, percent } from "./chart";

const TICKS = [0, 50, 100];

/** Best first; units with nothing judged yet last. */
function byRate(a: Timeliness, b: Timeliness): number {
  const rateA = percent(a.score) ?? -1;
  const rateB = percent(b.score) ?? -1;
  return rateB - rateA || compareNames(a.unit_name, b.unit_name);
}

/**
 * Each unit's share of tasks and report parts done on time, as a bar from 0 to 100 % with the
 * percentage written at its end and, under it, what the share is made of.
 */
export function OnTimeChart({ units }: { units: readonly Timeliness[] }) {
  const t = useT();
  if (units.length === 0) return <p className="hint">{t("dashboard.onTimeNone")}</p>;
  return (
    <figure className="rate-chart">
      <ul className="bars-rows">
        {[...units].sort(byRate).map((unit) => {
          const rate = percent(unit.score);
          return (
            <li key={unit.unit_id} className="bars-row rate-row">
              <span className="bars-label rate-unit">{unit.unit_name}</span>
              <Bar
                top={100}
                segments={[
                  { key: "rate", value: rate ?? 0, color: "#2d8a4b", title: `${rate ?? 0}%` },
                ]}
              />
              <span className="bars-value">{rate === null ? "–" : `${rate}%`}</span>
              <span className="rate-words">
                {rate === null
                  ? t("dashboard.notJudged")
                  : t("dashboard.onTimeWords", {
                      tasks: unit.tasks_on_time,
                      tasksJudged: unit.tasks_judged,
                      parts: unit.parts_on_time,
                      partsJudged: unit.parts_judged,
                    })}
              </span>
            </li>
          );
        })}
      </ul>
      <div className="bars-row rate-row">
        <span className="rate-unit" />
        <Axis
          ticks={TICKS}
          top={100}
          name={t("dashboard.onTimeAxis")}
          format={(tick) => `${tick}%`}
        />
        <span />
      </div>
      <figcaption className="hint">{t("dashboard.onTimeCaption")}</figcaption>
    </figure>
  );
}
