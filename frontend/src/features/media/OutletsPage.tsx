import { useId, useState } from "react";
import { useT } from "../../i18n/i18n";
import { Icon } from "../../ui/icons";
import { Pager, useAddressFilters } from "../../ui/ListControls";
import { PageHeader } from "../../ui/Page";
import { Empty, QueryView } from "../../ui/states";
import { can } from "../auth/capabilities";
import { useMe } from "../auth/me";
import { ExportButtons } from "./ExportButtons";
import {
  OUTLET_KINDS,
  OUTLET_LEVELS,
  type OutletKind,
  type OutletLevel,
  outletKindKey,
  outletLevelKey,
} from "./kinds";
import { MediaNav } from "./MediaNav";
import { OutletForm } from "./OutletForm";
import {
  type Outlet,
  outletFiltersFromSearch,
  outletQuery,
  PAGE_SIZE,
  searchFromOutletFilters,
  useOutlets,
} from "./queries";
import "./media.css";

type Mode = { kind: "list" } | { kind: "create" } | { kind: "edit"; outlet: Outlet };

/** The press outlets the province shares: search, filters, and for writers add/edit/delete. */
export default function OutletsPage() {
  const t = useT();
  const me = useMe();
  const mayWrite = can(me.data, "media:write");
  const [mode, setMode] = useState<Mode>({ kind: "list" });
  const [saved, setSaved] = useState<string | null>(null);
  const { filters, apply, query, setQuery } = useAddressFilters(
    "/media/outlets",
    outletFiltersFromSearch,
    searchFromOutletFilters,
  );
  const outlets = useOutlets(filters);
  const [showFilters, setShowFilters] = useState(false);
  const filtersId = useId();
  const activeCount = [filters.kind, filters.level].filter(Boolean).length;

  if (mode.kind !== "list") {
    return (
      <>
        <MediaNav />
        <OutletForm
          outlet={mode.kind === "edit" ? mode.outlet : undefined}
          onClose={(message) => {
            setSaved(message ?? null);
            setMode({ kind: "list" });
          }}
        />
      </>
    );
  }

  return (
    <>
      <MediaNav />
      <PageHeader
        title={t("outlets.title")}
        subtitle={outlets.data ? t("outlets.count", { count: outlets.data.total }) : undefined}
        actions={
          mayWrite ? (
            <button
              type="button"
              className="button button-primary"
              onClick={() => {
                setSaved(null);
                setMode({ kind: "create" });
              }}
            >
              <Icon name="plus" />
              {t("outlets.create")}
            </button>
          ) : undefined
        }
      />
      {saved ? (
        <p className="alert alert-success" role="status">
          {saved}
        </p>
      ) : null}
      <search className="filters-bar media-filters" aria-label={t("outlets.filters")}>
        <div className="field field-search">
          <label htmlFor="outlet-search">{t("outlets.search")}</label>
          <input
            id="outlet-search"
            type="search"
            value={query}
            placeholder={t("tasks.searchPlaceholder")}
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
          <div className="field">
            <label htmlFor="outlet-kind">{t("outlets.kind")}</label>
            <select
              id="outlet-kind"
              value={filters.kind ?? ""}
              onChange={(event) =>
                apply({
                  ...filters,
                  kind: (event.target.value || undefined) as OutletKind | undefined,
                  page: 1,
                })
              }
            >
              <option value="">{t("outlets.anyKind")}</option>
              {OUTLET_KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {t(outletKindKey(kind))}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="outlet-level">{t("outlets.level")}</label>
            <select
              id="outlet-level"
              value={filters.level ?? ""}
              onChange={(event) =>
                apply({
                  ...filters,
                  level: (event.target.value || undefined) as OutletLevel | undefined,
                  page: 1,
                })
              }
            >
              <option value="">{t("outlets.anyLevel")}</option>
              {OUTLET_LEVELS.map((level) => (
                <option key={level} value={level}>
                  {t(outletLevelKey(level))}
                </option>
              ))}
            </select>
          </div>
          {activeCount > 0 || filters.q ? (
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
      <QueryView query={outlets}>
        {(page) =>
          page.items.length === 0 ? (
            <Empty>{t("outlets.none")}</Empty>
          ) : (
            <>
              <ul className="media-list" aria-busy={outlets.isFetching}>
                {page.items.map((outlet) => (
                  <li key={outlet.id} className="card media-card">
                    <div className="media-card-main">
                      <p className="media-card-title">{outlet.name}</p>
                      <p className="media-card-tags">
                        <span className="tag">{t(outletKindKey(outlet.kind))}</span>
                        <span className="tag">{t(outletLevelKey(outlet.level))}</span>
                      </p>
                      {outlet.website ? (
                        <p className="small">
                          <a href={outlet.website} target="_blank" rel="noopener noreferrer">
                            {outlet.website.replace(/^https?:\/\//, "")}
                          </a>
                        </p>
                      ) : null}
                      {outlet.address ? <p className="muted small">{outlet.address}</p> : null}
                    </div>
                    {mayWrite ? (
                      <button
                        type="button"
                        className="button"
                        onClick={() => {
                          setSaved(null);
                          setMode({ kind: "edit", outlet });
                        }}
                      >
                        {t("action.edit")}
                        <span className="visually-hidden"> {outlet.name}</span>
                      </button>
                    ) : null}
                  </li>
                ))}
              </ul>
              <Pager
                total={page.total}
                pageSize={PAGE_SIZE}
                page={filters.page}
                onPage={(next) => apply({ ...filters, page: next })}
              />
            </>
          )
        }
      </QueryView>
      <ExportButtons subject="outlets" query={outletQuery(filters)} />
    </>
  );
}
