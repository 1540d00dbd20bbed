import { useState } from "react";
import { useT } from "../../i18n/i18n";
import { Icon } from "../../ui/icons";
import { FilterSelect, FiltersBar, PagedList, useAddressFilters } from "../../ui/ListControls";
import { PageHeader } from "../../ui/Page";
import { can } from "../auth/capabilities";
import { useMe } from "../auth/me";
import { ExportButtons } from "./ExportButtons";
import { OUTLET_KINDS, OUTLET_LEVELS, outletKindKey, outletLevelKey } from "./kinds";
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
  const list = useAddressFilters(
    "/media/outlets",
    outletFiltersFromSearch,
    searchFromOutletFilters,
  );
  const { filters } = list;
  const outlets = useOutlets(filters);
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
      <FiltersBar
        label={t("outlets.filters")}
        className="media-filters"
        search={{
          id: "outlet-search",
          label: t("outlets.search"),
          placeholder: t("tasks.searchPlaceholder"),
        }}
        list={list}
        activeCount={activeCount}
      >
        <FilterSelect
          list={list}
          name="kind"
          id="outlet-kind"
          label={t("outlets.kind")}
          anyLabel={t("outlets.anyKind")}
          values={OUTLET_KINDS}
          valueLabel={(kind) => t(outletKindKey(kind))}
        />
        <FilterSelect
          list={list}
          name="level"
          id="outlet-level"
          label={t("outlets.level")}
          anyLabel={t("outlets.anyLevel")}
          values={OUTLET_LEVELS}
          valueLabel={(level) => t(outletLevelKey(level))}
        />
      </FiltersBar>
      <PagedList
        rows={outlets}
        list={list}
        pageSize={PAGE_SIZE}
        className="media-list"
        empty={t("outlets.none")}
      >
        {(outlet) => (
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
        )}
      </PagedList>
      <ExportButtons subject="outlets" query={outletQuery(filters)} />
    </>
  );
}
