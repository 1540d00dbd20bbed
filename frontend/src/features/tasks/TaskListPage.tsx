import { type ChangeEvent, useId, useState } from "react";
import { useI18n } from "../../i18n/i18n";
import { Icon } from "../../ui/icons";
import { Pager, useAddressFilters } from "../../ui/ListControls";
import { PageHeader } from "../../ui/Page";
import { Empty, QueryView } from "../../ui/states";
import { can } from "../auth/capabilities";
import { useMe } from "../auth/me";
import { findSection, sectionNumber, useSections } from "../plans/queries";
import {
  filtersFromSearch,
  PAGE_SIZE,
  searchFromFilters,
  useNewTaskIds,
  useTasks,
  useTaskUnitChoices,
} from "./queries";
import { statusLabelKey, TASK_STATUSES } from "./status";
import { TaskCard } from "./TaskCard";

export default function TaskListPage() {
  const { t } = useI18n();
  const { filters, apply, query, setQuery } = useAddressFilters(
    "/tasks",
    filtersFromSearch,
    searchFromFilters,
  );
  const tasks = useTasks(filters);
  const me = useMe();
  const units = useTaskUnitChoices(me.data);
  const fresh = useNewTaskIds(can(me.data, "tasks:read"));
  const [showFilters, setShowFilters] = useState(false);
  const filtersId = useId();

  const activeCount = [
    filters.status,
    filters.overdue,
    filters.unitId,
    filters.mine,
    filters.sectionId,
  ].filter(Boolean).length;
  const onSelect = (field: "status" | "unitId") => (event: ChangeEvent<HTMLSelectElement>) => {
    const value = event.target.value || undefined;
    apply({ ...filters, [field]: field === "unitId" && value ? Number(value) : value, page: 1 });
  };

  return (
    <>
      <PageHeader
        title={t("tasks.title")}
        subtitle={tasks.data ? t("tasks.count", { count: tasks.data.total }) : undefined}
      />
      <search className="filters-bar" aria-label={t("tasks.filters")}>
        <div className="field field-search">
          <label htmlFor="task-search">{t("tasks.search")}</label>
          <input
            id="task-search"
            type="search"
            value={query}
            placeholder={t("tasks.searchPlaceholder")}
            onChange={(event) => setQuery(event.target.value)}
          />
        </div>
        {filters.sectionId ? (
          <SectionFilter
            planId={filters.planId ?? tasks.data?.items[0]?.plan_id}
            sectionId={filters.sectionId}
            onClear={() => apply({ ...filters, planId: undefined, sectionId: undefined, page: 1 })}
          />
        ) : null}
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
            <label htmlFor="task-status">{t("tasks.status")}</label>
            <select id="task-status" value={filters.status ?? ""} onChange={onSelect("status")}>
              <option value="">{t("tasks.anyStatus")}</option>
              {TASK_STATUSES.map((status) => (
                <option key={status} value={status}>
                  {t(statusLabelKey(status))}
                </option>
              ))}
            </select>
          </div>
          {units && units.length > 1 ? (
            <div className="field">
              <label htmlFor="task-unit">{t("tasks.unit")}</label>
              <select id="task-unit" value={filters.unitId ?? ""} onChange={onSelect("unitId")}>
                <option value="">{t("tasks.anyUnit")}</option>
                {units.map((unit) => (
                  <option key={unit.id} value={unit.id}>
                    {unit.name}
                  </option>
                ))}
              </select>
            </div>
          ) : null}
          <div className="checks">
            {can(me.data, "tasks:report") ? (
              <label className="check">
                <input
                  type="checkbox"
                  checked={filters.mine ?? false}
                  onChange={(event) =>
                    apply({ ...filters, mine: event.target.checked || undefined, page: 1 })
                  }
                />
                {t("tasks.mine")}
              </label>
            ) : null}
            <label className="check">
              <input
                type="checkbox"
                checked={filters.overdue ?? false}
                onChange={(event) =>
                  apply({ ...filters, overdue: event.target.checked || undefined, page: 1 })
                }
              />
              {t("tasks.overdueOnly")}
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

      <QueryView query={tasks}>
        {(page) =>
          page.items.length === 0 ? (
            <Empty>{t("tasks.none")}</Empty>
          ) : (
            <>
              <ul className="task-list" aria-busy={tasks.isFetching}>
                {page.items.map((task) => (
                  <TaskCard key={task.id} task={task} fresh={fresh.has(task.id)} />
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
    </>
  );
}

/** The plan section the list is narrowed to (a plan's "tasks under this section" link). */
function SectionFilter({
  planId,
  sectionId,
  onClear,
}: {
  planId: number | undefined;
  sectionId: number;
  onClear: () => void;
}) {
  const { t } = useI18n();
  const sections = useSections(planId ?? 0, planId !== undefined);
  const section = sections.data ? findSection(sections.data, sectionId) : undefined;
  const name = section ? `${sectionNumber(section.code)} ${section.title}` : "…";
  return (
    <div className="filter-chip">
      <p>
        <span className="filter-chip-label">{t("tasks.sectionFilter")}</span> {name}
      </p>
      <button type="button" className="button button-quiet" onClick={onClear}>
        <Icon name="close" size={18} />
        {t("tasks.clearSection")}
      </button>
    </div>
  );
}
