import { useI18n } from "../../i18n/i18n";
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
import { findSection, sectionNumber, useSections } from "../plans/queries";
import {
  filtersFromSearch,
  PAGE_SIZE,
  readsSeveralCommunes,
  searchFromFilters,
  useNewTaskIds,
  useTasks,
  useTaskUnitChoices,
} from "./queries";
import { statusLabelKey, TASK_STATUSES } from "./status";
import { TaskCard } from "./TaskCard";

export default function TaskListPage() {
  const { t } = useI18n();
  const list = useAddressFilters("/tasks", filtersFromSearch, searchFromFilters);
  const { filters } = list;
  const tasks = useTasks(filters);
  const me = useMe();
  const units = useTaskUnitChoices(me.data);
  const fresh = useNewTaskIds(can(me.data, "tasks:read"));

  const activeCount = [
    filters.status,
    filters.overdue,
    filters.unitId,
    filters.mine,
    filters.sectionId,
  ].filter(Boolean).length;

  return (
    <>
      <PageHeader
        title={t("tasks.title")}
        subtitle={tasks.data ? t("tasks.count", { count: tasks.data.total }) : undefined}
      />
      <FiltersBar
        label={t("tasks.filters")}
        search={{
          id: "task-search",
          label: t("tasks.search"),
          placeholder: t("tasks.searchPlaceholder"),
        }}
        list={list}
        activeCount={activeCount}
        pinned={
          filters.sectionId ? (
            <SectionFilter
              planId={filters.planId ?? tasks.data?.items[0]?.plan_id}
              sectionId={filters.sectionId}
              onClear={() => list.change({ planId: undefined, sectionId: undefined })}
            />
          ) : null
        }
      >
        <FilterSelect
          list={list}
          name="status"
          id="task-status"
          label={t("tasks.status")}
          anyLabel={t("tasks.anyStatus")}
          values={TASK_STATUSES}
          valueLabel={(status) => t(statusLabelKey(status))}
        />
        {units && units.length > 1 ? (
          <div className="field">
            <label htmlFor="task-unit">{t("tasks.unit")}</label>
            <select
              id="task-unit"
              value={filters.unitId ?? ""}
              onChange={(event) =>
                list.change({ unitId: event.target.value ? Number(event.target.value) : undefined })
              }
            >
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
            <FilterCheck list={list} name="mine" label={t("tasks.mine")} />
          ) : null}
          <FilterCheck list={list} name="overdue" label={t("tasks.overdueOnly")} />
        </div>
      </FiltersBar>

      <PagedList
        rows={tasks}
        list={list}
        pageSize={PAGE_SIZE}
        className="task-list"
        empty={t("tasks.none")}
      >
        {(task) => (
          <TaskCard
            key={task.id}
            task={task}
            fresh={fresh.has(task.id)}
            showCommune={readsSeveralCommunes(me.data)}
          />
        )}
      </PagedList>
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
