// Each unit's share of tasks and report parts on time, as plain SVG bars with the numbers.
import { useT } from "../../i18n/i18n";
import { QueryView } from "../../ui/states";
import { type Timeliness, useTimeliness } from "./queries";

function share(onTime: number, judged: number): number | null {
  return judged === 0 ? null : Math.round((onTime / judged) * 100);
}

export function TimelinessChart({ planId }: { planId: number }) {
  const t = useT();
  const timeliness = useTimeliness(planId);
  return (
    <section className="card" aria-labelledby="timeliness-title">
      <h2 id="timeliness-title">{t("reports.timeliness")}</h2>
      <QueryView query={timeliness}>
        {(units) =>
          units.length === 0 ? (
            <p className="hint">{t("reports.noTimeliness")}</p>
          ) : (
            <ul className="timeliness">
              {units.map((unit) => (
                <UnitBar key={unit.unit_id} unit={unit} />
              ))}
            </ul>
          )
        }
      </QueryView>
    </section>
  );
}

function UnitBar({ unit }: { unit: Timeliness }) {
  const t = useT();
  const rate = share(
    unit.tasks_on_time + unit.parts_on_time,
    unit.tasks_judged + unit.parts_judged,
  );
  const words =
    rate === null
      ? t("reports.notJudged")
      : t("reports.onTimeRate", {
          rate,
          onTime: unit.tasks_on_time + unit.parts_on_time,
          judged: unit.tasks_judged + unit.parts_judged,
        });
  return (
    <li>
      <span className="timeliness-unit">{unit.unit_name}</span>
      <svg
        viewBox="0 0 100 8"
        preserveAspectRatio="none"
        role="img"
        aria-label={`${unit.unit_name}: ${words}`}
      >
        <rect x="0" y="0" width="100" height="8" className="bar-track" />
        {rate !== null ? <rect x="0" y="0" width={rate} height="8" className="bar-fill" /> : null}
      </svg>
      <span className="timeliness-words">{words}</span>
    </li>
  );
}
