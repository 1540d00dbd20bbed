import { useId, useState } from "react";
import { Link, useSearch } from "wouter";
import { type MessageKey, useT } from "../../i18n/i18n";
import { DateField } from "../../ui/DateField";
import { isIsoDate } from "../../ui/dateText";
import { Icon } from "../../ui/icons";
import { Pager, useAddressFilters } from "../../ui/ListControls";
import { PageHeader } from "../../ui/Page";
import { Empty, QueryView } from "../../ui/states";
import { can } from "../auth/capabilities";
import { useMe } from "../auth/me";
import { IncidentCard } from "./IncidentCard";
import { IncidentsNav } from "./IncidentsNav";
import {
  CATEGORIES,
  categoryKey,
  INCIDENT_STATUSES,
  PLATFORMS,
  platformKey,
  SEVERITIES,
  severityKey,
  statusKey,
  VERDICTS,
  verdictKey,
} from "./kinds";
import {
  type IncidentFilters,
  incidentFiltersFromSearch,
  PAGE_SIZE,
  SORTS,
  searchFromIncidentFilters,
  useIncidents,
} from "./queries";
import { incidentScreens } from "./screens";
import "./incidents.css";

const SORT_LABELS: Record<(typeof SORTS)[number], MessageKey> = {
  "-detected_at": "incidents.sort.newest",
  detected_at: "incidents.sort.oldest",
  "-updated_at": "incidents.sort.updated",
  code: "incidents.sort.code",
};

/** The incidents list; with `?deleted`, those deleted by mistake, for the administrator who may
 * restore them (their code fetched apart). */
export default function IncidentsPage() {
  const deletedOnes = new URLSearchParams(useSearch()).has("deleted");
  const DeletedScreen = incidentScreens.deleted.Component;
  return deletedOnes ? <DeletedScreen /> : <IncidentList />;
}

/** The incidents the person reads, the latest seen first, with the filters a report needs. The
 * superior level reads those its communes escalated, each with its commune's name. */
function IncidentList() {
  const t = useT();
  const me = useMe();
  const { filters, apply, query, setQuery } = useAddressFilters(
    "/incidents",
    incidentFiltersFromSearch,
    searchFromIncidentFilters,
  );
  const incidents = useIncidents(filters);
  const [showFilters, setShowFilters] = useState(false);
  const filtersId = useId();
  const reports = can(me.data, "incidents:report");
  const readsCommune = can(me.data, "incidents:read") || can(me.data, "incidents:read_internal");
  const superior = can(me.data, "incidents:escalated");
  const activeCount = [
    filters.status,
    filters.verdict,
    filters.category,
    filters.platform,
    filters.severity,
    filters.from || filters.to,
    filters.escalated !== undefined,
    filters.mine,
  ].filter(Boolean).length;
  const set = (changes: Partial<IncidentFilters>) => apply({ ...filters, ...changes, page: 1 });

  /** A select of one of the list's closed filters, "any" first. */
  function choice<V extends string>(
    name: "status" | "verdict" | "category" | "platform" | "severity",
    label: MessageKey,
    any: MessageKey,
    values: readonly V[],
    words: (value: V) => MessageKey,
  ) {
    const id = `${filtersId}-${name}`;
    return (
      <div className="field">
        <label htmlFor={id}>{t(label)}</label>
        <select
          id={id}
          value={String(filters[name] ?? "")}
          onChange={(event) =>
            set({ [name]: event.target.value || undefined } as Partial<IncidentFilters>)
          }
        >
          <option value="">{t(any)}</option>
          {values.map((value) => (
            <option key={value} value={value}>
              {t(words(value))}
            </option>
          ))}
        </select>
      </div>
    );
  }

  return (
    <>
      <IncidentsNav />
      <PageHeader
        title={t("incidents.title")}
        subtitle={
          incidents.data
            ? `${t("incidents.count", { count: incidents.data.total })}${
                superior && !readsCommune ? ` · ${t("incidents.superiorNote")}` : ""
              }`
            : undefined
        }
        actions={
          reports ? (
            <Link href="/incidents/new" className="button button-primary">
              <Icon name="plus" />
              {t("incidents.report")}
            </Link>
          ) : undefined
        }
      />
      <search className="filters-bar incidents-filters" aria-label={t("incidents.filters")}>
        <div className="field field-search">
          <label htmlFor={`${filtersId}-q`}>{t("incidents.search")}</label>
          <input
            id={`${filtersId}-q`}
            type="search"
            value={query}
            placeholder={t("incidents.searchPlaceholder")}
            onChange={(event) => setQuery(event.target.value)}
          />
        </div>
        <button
          type="button"
          className="button filters-toggle"
          aria-expanded={showFilters}
          aria-controls={filtersId}
          onClick={() => setShowFilters((open) => !open)}
        >
          {activeCount > 0 ? t("tasks.filtersActive", { count: activeCount }) : t("tasks.filters")}
        </button>
        <div id={filtersId} className={showFilters ? "filters filters-open" : "filters"}>
          {choice(
            "status",
            "incidents.status",
            "incidents.anyStatus",
            INCIDENT_STATUSES,
            statusKey,
          )}
          {choice("verdict", "incidents.verdict", "incidents.anyVerdict", VERDICTS, verdictKey)}
          {choice(
            "category",
            "incidents.category",
            "incidents.anyCategory",
            CATEGORIES,
            categoryKey,
          )}
          {choice(
            "platform",
            "incidents.platform",
            "incidents.anyPlatform",
            PLATFORMS,
            platformKey,
          )}
          {choice(
            "severity",
            "incidents.severity",
            "incidents.anySeverity",
            SEVERITIES,
            severityKey,
          )}
          <DateField
            label={t("incidents.from")}
            value={filters.from ?? ""}
            max={filters.to}
            onChange={(from) => {
              if (from === "" || isIsoDate(from)) set({ from: from || undefined });
            }}
          />
          <DateField
            label={t("incidents.to")}
            value={filters.to ?? ""}
            min={filters.from}
            onChange={(to) => {
              if (to === "" || isIsoDate(to)) set({ to: to || undefined });
            }}
          />
          {readsCommune ? (
            <div className="field">
              <label htmlFor={`${filtersId}-escalated`}>{t("incidents.escalation")}</label>
              <select
                id={`${filtersId}-escalated`}
                value={filters.escalated === undefined ? "" : filters.escalated ? "1" : "0"}
                onChange={(event) =>
                  set({
                    escalated: event.target.value === "" ? undefined : event.target.value === "1",
                  })
                }
              >
                <option value="">{t("incidents.anyEscalation")}</option>
                <option value="1">{t("incidents.escalatedOnly")}</option>
                <option value="0">{t("incidents.notEscalated")}</option>
              </select>
            </div>
          ) : null}
          <div className="field">
            <label htmlFor={`${filtersId}-sort`}>{t("incidents.sortBy")}</label>
            <select
              id={`${filtersId}-sort`}
              value={filters.sort ?? "-detected_at"}
              onChange={(event) =>
                set({
                  sort:
                    event.target.value === "-detected_at"
                      ? undefined
                      : (event.target.value as IncidentFilters["sort"]),
                })
              }
            >
              {SORTS.map((sort) => (
                <option key={sort} value={sort}>
                  {t(SORT_LABELS[sort])}
                </option>
              ))}
            </select>
          </div>
          {reports && (readsCommune || superior) ? (
            <div className="checks">
              <label className="check">
                <input
                  type="checkbox"
                  checked={filters.mine ?? false}
                  onChange={(event) => set({ mine: event.target.checked || undefined })}
                />
                {t("incidents.mine")}
              </label>
            </div>
          ) : null}
          {activeCount > 0 || filters.q || filters.sort ? (
            <button
              type="button"
              className="button button-quiet"
              onClick={() => {
                setQuery("");
                apply({});
              }}
            >
              {t("tasks.clearFilters")}
            </button>
          ) : null}
        </div>
      </search>
      <QueryView query={incidents}>
        {(page) =>
          page.items.length === 0 ? (
            <Empty>
              {activeCount > 0 || filters.q ? t("incidents.noneMatch") : t("incidents.none")}
            </Empty>
          ) : (
            <>
              <ul className="incident-list" aria-busy={incidents.isFetching}>
                {page.items.map((incident) => (
                  <IncidentCard key={incident.id} incident={incident} showCommune={superior} />
                ))}
              </ul>
              <Pager
                total={page.total}
                page={filters.page}
                pageSize={PAGE_SIZE}
                onPage={(next) => apply({ ...filters, page: next })}
              />
            </>
          )
        }
      </QueryView>
    </>
  );
}
