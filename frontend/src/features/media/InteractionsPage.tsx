import { Link } from "wouter";
import { useT } from "../../i18n/i18n";
import { DateField } from "../../ui/DateField";
import { isIsoDate } from "../../ui/dateText";
import { Icon } from "../../ui/icons";
import {
  FilterCheck,
  FilterSelect,
  FiltersBar,
  PagedList,
  useAddressFilters,
} from "../../ui/ListControls";
import { PageHeader } from "../../ui/Page";
import { can } from "../auth/capabilities";
import { useMe } from "../auth/me";
import { ExportButtons } from "./ExportButtons";
import { InteractionCard } from "./InteractionCard";
import {
  FOLLOW_UP_STATUSES,
  followUpStatusKey,
  INTERACTION_KINDS,
  interactionKindKey,
} from "./kinds";
import { MediaNav } from "./MediaNav";
import { OutletFilter } from "./Picker";
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
  const list = useAddressFilters(
    "/media/interactions",
    interactionFiltersFromSearch,
    searchFromInteractionFilters,
  );
  const { filters } = list;
  const interactions = useInteractions(filters);
  const outletNames = useOutletNames([filters.outletId]);
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
      <FiltersBar
        label={t("interactions.filters")}
        className="media-filters"
        search={{
          id: "interaction-search",
          label: t("interactions.search"),
          placeholder: t("tasks.searchPlaceholder"),
        }}
        list={list}
        activeCount={activeCount}
      >
        <FilterSelect
          list={list}
          name="kind"
          id="interaction-kind"
          label={t("interactions.kind")}
          anyLabel={t("interactions.anyKind")}
          values={INTERACTION_KINDS}
          valueLabel={(kind) => t(interactionKindKey(kind))}
        />
        <DateField
          label={t("interactions.from")}
          value={filters.from ?? ""}
          max={filters.to}
          onChange={(from) => {
            if (from === "" || isIsoDate(from)) list.change({ from: from || undefined });
          }}
        />
        <DateField
          label={t("interactions.to")}
          value={filters.to ?? ""}
          min={filters.from}
          onChange={(to) => {
            if (to === "" || isIsoDate(to)) list.change({ to: to || undefined });
          }}
        />
        <FilterSelect
          list={list}
          name="status"
          id="interaction-status"
          label={t("interactions.followUpStatus")}
          anyLabel={t("interactions.anyStatus")}
          values={FOLLOW_UP_STATUSES}
          valueLabel={(status) => t(followUpStatusKey(status))}
        />
        <OutletFilter list={list} label={t("interactions.outlet")} outletNames={outletNames} />
        <div className="checks">
          <FilterCheck list={list} name="overdue" label={t("interactions.overdueOnly")} />
        </div>
      </FiltersBar>
      <PagedList
        rows={interactions}
        list={list}
        pageSize={PAGE_SIZE}
        className="media-list"
        empty={t("interactions.none")}
      >
        {(interaction) => <InteractionCard key={interaction.id} interaction={interaction} />}
      </PagedList>
      <ExportButtons subject="interactions" query={interactionQuery(filters)} />
    </>
  );
}
