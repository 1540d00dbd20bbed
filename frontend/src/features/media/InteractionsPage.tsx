import { useId, useState } from "react";
import { Link } from "wouter";
import { useT } from "../../i18n/i18n";
import { Icon } from "../../ui/icons";
import { Pager, useAddressFilters } from "../../ui/ListControls";
import { PageHeader } from "../../ui/Page";
import { Empty, QueryView } from "../../ui/states";
import { can } from "../auth/capabilities";
import { useMe } from "../auth/me";
import { ExportButtons } from "./ExportButtons";
import { InteractionCard } from "./InteractionCard";
import {
  FOLLOW_UP_STATUSES,
  type FollowUpStatus,
  followUpStatusKey,
  INTERACTION_KINDS,
  type InteractionKind,
  interactionKindKey,
} from "./kinds";
import { MediaNav } from "./MediaNav";
import { OutletPicker } from "./Picker";
import {
  interactionFiltersFromSearch,
  interactionQuery,
  PAGE_SIZE,
  searchFromInteractionFilters,
  useInteractions,
  useOutletNames,
} from "./queries";
import "./media.css";

/** Every contact with the press, the latest first, with the filters a report needs. */
export default function InteractionsPage() {
  const t = useT();
  const me = useMe();
  const { filters, apply, query, setQuery } = useAddressFilters(
    "/media/interactions",
    interactionFiltersFromSearch,
    searchFromInteractionFilters,
  );
  const interactions = useInteractions(filters);
  const outletNames = useOutletNames([filters.outletId]);
  const [showFilters, setShowFilters] = useState(false);
  const filtersId = useId();
  const activeCount = [
    filters.kind,
    filters.from || filters.to,
    filters.outletId,
    filters.status,
    filters.overdue,
    filters.contactId,
  ].filter(Boolean).length;

  return (
    <>
      <MediaNav />
      <PageHeader
        title={t("interactions.title")}
        subtitle={
          interactions.data
            ? t("interactions.count", { count: interactions.data.total })
            : undefined
        }
        actions={
          can(me.data, "media:write") ? (
            <Link href="/media/interactions/new" className="button button-primary">
              <Icon name="plus" />
              {t("interactions.create")}
            </Link>
          ) : undefined
        }
      />
      <search className="filters-bar media-filters" aria-label={t("interactions.filters")}>
        <div className="field field-search">
          <label htmlFor="interaction-search">{t("interactions.search")}</label>
          <input
            id="interaction-search"
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
            <label htmlFor="interaction-kind">{t("interactions.kind")}</label>
            <select
              id="interaction-kind"
              value={filters.kind ?? ""}
              onChange={(event) =>
                apply({
                  ...filters,
                  kind: (event.target.value || undefined) as InteractionKind | undefined,
                  page: 1,
                })
              }
            >
              <option value="">{t("interactions.anyKind")}</option>
              {INTERACTION_KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {t(interactionKindKey(kind))}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="interaction-from">{t("interactions.from")}</label>
            <input
              id="interaction-from"
              type="date"
              value={filters.from ?? ""}
              max={filters.to}
              onChange={(event) =>
                apply({ ...filters, from: event.target.value || undefined, page: 1 })
              }
            />
          </div>
          <div className="field">
            <label htmlFor="interaction-to">{t("interactions.to")}</label>
            <input
              id="interaction-to"
              type="date"
              value={filters.to ?? ""}
              min={filters.from}
              onChange={(event) =>
                apply({ ...filters, to: event.target.value || undefined, page: 1 })
              }
            />
          </div>
          <div className="field">
            <label htmlFor="interaction-status">{t("interactions.followUpStatus")}</label>
            <select
              id="interaction-status"
              value={filters.status ?? ""}
              onChange={(event) =>
                apply({
                  ...filters,
                  status: (event.target.value || undefined) as FollowUpStatus | undefined,
                  page: 1,
                })
              }
            >
              <option value="">{t("interactions.anyStatus")}</option>
              {FOLLOW_UP_STATUSES.map((status) => (
                <option key={status} value={status}>
                  {t(followUpStatusKey(status))}
                </option>
              ))}
            </select>
          </div>
          <OutletPicker
            label={t("interactions.outlet")}
            single
            compact
            chosen={
              filters.outletId
                ? [{ id: filters.outletId, name: outletNames.get(filters.outletId) ?? "…" }]
                : []
            }
            onChange={(chosen) => apply({ ...filters, outletId: chosen[0]?.id, page: 1 })}
          />
          <div className="checks">
            <label className="check">
              <input
                type="checkbox"
                checked={filters.overdue ?? false}
                onChange={(event) =>
                  apply({ ...filters, overdue: event.target.checked || undefined, page: 1 })
                }
              />
              {t("interactions.overdueOnly")}
            </label>
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
      <QueryView query={interactions}>
        {(page) =>
          page.items.length === 0 ? (
            <Empty>{t("interactions.none")}</Empty>
          ) : (
            <>
              <ul className="media-list" aria-busy={interactions.isFetching}>
                {page.items.map((interaction) => (
                  <InteractionCard key={interaction.id} interaction={interaction} />
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
      <ExportButtons subject="interactions" query={interactionQuery(filters)} />
    </>
  );
}
