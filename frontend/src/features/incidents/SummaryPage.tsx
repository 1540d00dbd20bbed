import { useId } from "react";
import { Link, useLocation, useSearch } from "wouter";
import { formatNumber, todayInVietnam } from "../../i18n/format";
import { useT } from "../../i18n/i18n";
import { PageHeader } from "../../ui/Page";
import { Empty, QueryView } from "../../ui/states";
import { can } from "../auth/capabilities";
import { useMe } from "../auth/me";
import { positive } from "../media/kinds";
import { IncidentsNav } from "./IncidentsNav";
import { DECISIONS, decisionKey, INCIDENT_STATUSES, STATUS_SYMBOL, statusKey } from "./kinds";
import { MonthlyChart } from "./MonthlyChart";
import { searchFromIncidentFilters, useIncidentSummary, usePoliceFigures } from "./queries";
import "./incidents.css";

const currentYear = () => Number(todayInVietnam().slice(0, 4));
const currentQuarter = () => Math.ceil(Number(todayInVietnam().slice(5, 7)) / 3);

/**
 * The year's false information in figures: counts by status (each a link to the list), the
 * monthly count by category, and for those who deal with incidents the quarter's police figures
 * (seed plan III.8). The year is in the address; by default the latest with incidents.
 */
export default function SummaryPage() {
  const t = useT();
  const me = useMe();
  const [, navigate] = useLocation();
  const params = new URLSearchParams(useSearch());
  const id = useId();
  const all = useIncidentSummary(undefined);
  const years = [
    ...new Set([
      currentYear(),
      ...(all.data?.by_month.map((row) => Number(row.month.slice(0, 4))) ?? []),
    ]),
  ].sort((a, b) => b - a);
  // The year asked for, else the latest with incidents (known once all years are counted).
  const latestWithIncidents = all.data?.by_month.at(-1)?.month.slice(0, 4);
  const year =
    positive(params.get("year")) ??
    (all.data ? (latestWithIncidents ? Number(latestWithIncidents) : currentYear()) : undefined);
  const summary = useIncidentSummary(year, year !== undefined);
  const shownYear = year ?? currentYear();
  const handles = can(me.data, "incidents:handle");
  const chosenQuarter = positive(params.get("quarter"));
  const quarter =
    chosenQuarter && chosenQuarter <= 4
      ? chosenQuarter
      : shownYear < currentYear()
        ? 4
        : currentQuarter();
  const police = usePoliceFigures(shownYear, quarter, handles && year !== undefined);

  const go = (next: { year?: number; quarter?: number }) => {
    const search = new URLSearchParams();
    search.set("year", String(next.year ?? shownYear));
    if (next.quarter) search.set("quarter", String(next.quarter));
    navigate(`/incidents/summary?${search}`, { replace: true });
  };
  const yearBounds = { from: `${shownYear}-01-01`, to: `${shownYear}-12-31` };

  return (
    <>
      <IncidentsNav />
      <PageHeader
        title={t("summary.title")}
        subtitle={t("summary.subtitle", { year: shownYear })}
        actions={
          <div className="field field-inline">
            <label htmlFor={`${id}-year`}>{t("summary.year")}</label>
            <select
              id={`${id}-year`}
              value={shownYear}
              onChange={(event) => go({ year: Number(event.target.value) })}
            >
              {(years.includes(shownYear) ? years : [shownYear, ...years]).map((value) => (
                <option key={value} value={value}>
                  {value}
                </option>
              ))}
            </select>
          </div>
        }
      />
      <QueryView
        query={
          year === undefined
            ? { data: undefined, error: all.error, isPending: true, refetch: all.refetch }
            : summary
        }
      >
        {(data) => (
          <>
            <ul className="tiles summary-tiles" aria-label={t("summary.figures")}>
              <li>
                <Link href={`/incidents${searchFromIncidentFilters(yearBounds)}`} className="tile">
                  <span className="tile-number" data-testid="count-total">
                    {data.total}
                  </span>
                  <span className="tile-label">{t("summary.total")}</span>
                </Link>
              </li>
              <li>
                <Link
                  href={`/incidents${searchFromIncidentFilters({ escalated: true })}`}
                  className={data.escalated_open > 0 ? "tile tile-attention" : "tile"}
                >
                  <span className="tile-number" data-testid="count-escalated">
                    {data.escalated_open}
                  </span>
                  <span className="tile-label">{t("summary.escalatedOpen")}</span>
                </Link>
              </li>
            </ul>
            <section className="card" aria-labelledby={`${id}-status`}>
              <h2 id={`${id}-status`}>{t("summary.byStatus")}</h2>
              <ul className="status-counts">
                {INCIDENT_STATUSES.map((status) => (
                  <li key={status}>
                    <Link
                      href={`/incidents${searchFromIncidentFilters({ ...yearBounds, status })}`}
                      className={`status-count incident-status-${status}`}
                    >
                      <span className="status-count-number">{data.by_status[status] ?? 0}</span>
                      <span>
                        <span aria-hidden="true">{STATUS_SYMBOL[status]} </span>
                        {t(statusKey(status))}
                      </span>
                    </Link>
                  </li>
                ))}
              </ul>
            </section>
            <section className="card" aria-labelledby={`${id}-monthly`}>
              <h2 id={`${id}-monthly`}>{t("summary.byMonth", { year: shownYear })}</h2>
              {data.total === 0 ? (
                <Empty>{t("summary.noneThisYear", { year: shownYear })}</Empty>
              ) : (
                <MonthlyChart summary={data} year={shownYear} />
              )}
            </section>
          </>
        )}
      </QueryView>
      {handles ? (
        <section className="card" aria-labelledby={`${id}-police`}>
          <div className="section-head">
            <h2 id={`${id}-police`}>{t("police.title", { quarter, year: shownYear })}</h2>
            <div className="field field-inline">
              <label htmlFor={`${id}-quarter`}>{t("police.quarter")}</label>
              <select
                id={`${id}-quarter`}
                value={quarter}
                onChange={(event) => go({ quarter: Number(event.target.value) })}
              >
                {[1, 2, 3, 4].map((value) => (
                  <option key={value} value={value}>
                    {t("police.quarterN", { quarter: value })}
                  </option>
                ))}
              </select>
            </div>
          </div>
          <p className="hint">{t("police.explain")}</p>
          <QueryView query={police}>
            {(figures) => (
              <dl className="facts police-figures">
                <div>
                  <dt>{t("police.detected")}</dt>
                  <dd>{figures.incidents_detected}</dd>
                </div>
                <div>
                  <dt>{t("police.handled")}</dt>
                  <dd>{figures.incidents_handled}</dd>
                </div>
                <div>
                  <dt>{t("police.people")}</dt>
                  <dd>{figures.people_dealt_with}</dd>
                </div>
                <div>
                  <dt>{t("police.fines")}</dt>
                  <dd>{t("people.fineAmount", { amount: formatNumber(figures.fines_vnd) })}</dd>
                </div>
                <div className="police-decisions">
                  <dt>{t("police.decisions")}</dt>
                  <dd>
                    {DECISIONS.filter((decision) => (figures.decisions[decision] ?? 0) > 0)
                      .map(
                        (decision) =>
                          `${t(decisionKey(decision))}: ${figures.decisions[decision] ?? 0}`,
                      )
                      .join(" · ") || t("police.noDecisions")}
                  </dd>
                </div>
              </dl>
            )}
          </QueryView>
        </section>
      ) : null}
    </>
  );
}
