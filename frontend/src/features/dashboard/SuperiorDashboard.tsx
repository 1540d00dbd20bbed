import { useState } from "react";
import { compareNames } from "../../i18n/collate";
import { type MessageKey, useT } from "../../i18n/i18n";
import { Field } from "../../ui/Field";
import { CommuneCard, type CommuneStanding, type SentStatus } from "./CommuneCard";
import type { SuperiorChoice, SuperiorStanding } from "./queries";

type Filter = "all" | "late" | SentStatus;

/** The chips, in the order the superior deals with communes: what is late or returned first. */
const FILTERS: readonly Filter[] = ["all", "late", "returned", "not_sent", "sent", "accepted"];
/** The order of the list: late, then by how much the commune's report needs the superior. */
const STATUS_ORDER: Record<SentStatus, number> = {
  returned: 0,
  not_sent: 1,
  sent: 2,
  accepted: 3,
};
/** How many cards show before the rest is asked for (a province has 150 communes). */
const FIRST = 30;

function matches(filter: Filter, commune: CommuneStanding): boolean {
  if (filter === "all") return true;
  if (filter === "late") return commune.late;
  return commune.report_status === filter;
}

function byUrgency(a: CommuneStanding, b: CommuneStanding): number {
  return (
    Number(b.late) - Number(a.late) ||
    STATUS_ORDER[a.report_status] - STATUS_ORDER[b.report_status] ||
    compareNames(a.commune_name, b.commune_name)
  );
}

/** Lower case without tones or đ: `cao xa` finds `Cao Xá`. */
function folded(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").replace(/[đĐ]/g, "d").toLowerCase();
}

/**
 * What the superior level sees of its communes for one year and kind of report: the counts as
 * tiles, then one card per commune, late and returned first, narrowed by status chips and by
 * name; the first few cards, then the rest when asked.
 */
export function SuperiorDashboard({
  standing,
  onChange,
}: {
  standing: SuperiorStanding;
  onChange: (choice: SuperiorChoice) => void;
}) {
  const t = useT();
  const [filter, setFilter] = useState<Filter>("all");
  const [name, setName] = useState("");
  const [all, setAll] = useState(false);
  const count = (which: Filter) =>
    standing.communes.filter((commune) => matches(which, commune)).length;
  const wanted = folded(name.trim());
  const shown = standing.communes
    .filter((commune) => matches(filter, commune))
    .filter((commune) => folded(commune.commune_name).includes(wanted))
    .sort(byUrgency);
  const visible = all ? shown : shown.slice(0, FIRST);

  return (
    <>
      <div className="superior-pickers">
        <Field label={t("dashboard.year")}>
          {(control) => (
            <select
              {...control}
              value={standing.year}
              onChange={(event) =>
                onChange({ year: Number(event.target.value), kind: standing.kind })
              }
            >
              {standing.years.map((year) => (
                <option key={year} value={year}>
                  {year}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t("dashboard.kind")}>
          {(control) => (
            <select
              {...control}
              value={standing.kind}
              onChange={(event) =>
                onChange({
                  year: standing.year,
                  kind: standing.kinds.find((kind) => kind === event.target.value),
                })
              }
            >
              {standing.kinds.map((kind) => (
                <option key={kind} value={kind}>
                  {t(`reports.kind.${kind}` as MessageKey)}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>

      <ul className="tiles tiles-five" aria-label={t("dashboard.communeFigures")}>
        {(["sent", "accepted", "returned", "not_sent", "late"] as const).map((which) => (
          <li key={which}>
            <span className={`tile tile-${which}`}>
              <span className="tile-number" data-testid={`total-${which}`}>
                {standing.totals[which]}
              </span>
              <span className="tile-label">{t(`dashboard.filter.${which}` as MessageKey)}</span>
            </span>
          </li>
        ))}
      </ul>

      <section className="card" aria-labelledby="panel-communes">
        <h2 id="panel-communes">{t("dashboard.communes", { count: standing.communes.length })}</h2>
        <fieldset className="chips">
          <legend className="visually-hidden">{t("dashboard.filterBy")}</legend>
          {FILTERS.map((which) => (
            <button
              key={which}
              type="button"
              className="chip"
              aria-pressed={filter === which}
              onClick={() => {
                setFilter(which);
                setAll(false);
              }}
            >
              {t(`dashboard.filter.${which}` as MessageKey)}
              <span className="chip-count">
                {which === "all" ? standing.communes.length : count(which)}
              </span>
            </button>
          ))}
        </fieldset>
        <Field label={t("dashboard.communeSearch")} className="commune-search">
          {(control) => (
            <input
              {...control}
              type="search"
              value={name}
              onChange={(event) => {
                setName(event.target.value);
                setAll(false);
              }}
            />
          )}
        </Field>
        <p className="hint" aria-live="polite">
          {t("dashboard.communesShown", { count: shown.length })}
        </p>
        <ul className="commune-list">
          {visible.map((commune) => (
            <CommuneCard key={commune.commune_id} commune={commune} />
          ))}
        </ul>
        {visible.length < shown.length ? (
          <button
            type="button"
            className="button button-quiet panel-more"
            onClick={() => setAll(true)}
          >
            {t("dashboard.communesMore", { count: shown.length - visible.length })}
          </button>
        ) : null}
      </section>
    </>
  );
}
