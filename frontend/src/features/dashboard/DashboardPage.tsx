import { Link } from "wouter";
import { addDays, formatDate, todayInVietnam } from "../../i18n/format";
import { type MessageKey, useT } from "../../i18n/i18n";
import { Icon } from "../../ui/icons";
import { PageHeader } from "../../ui/Page";
import { Empty, QueryView } from "../../ui/states";
import { can } from "../auth/capabilities";
import { useMe } from "../auth/me";
import { usePendingDrafts } from "../tasks/drafts";
import {
  searchFromFilters,
  type TaskFilters,
  useNewTaskIds,
  useTaskSummary,
  useTasks,
} from "../tasks/queries";
import { TaskCard } from "../tasks/TaskCard";
import { NewTasksPanel } from "./NewTasksPanel";
import { StatusChart } from "./StatusChart";

const PREVIEW = 5;
const AWAITING: TaskFilters = { status: "awaiting_confirmation" };

export default function DashboardPage() {
  const t = useT();
  const me = useMe();
  const today = todayInVietnam();
  const pending = usePendingDrafts(me.data?.id);
  const reports = can(me.data, "tasks:report");
  // Those who follow others' work (assign, or only read) watch what is late.
  const oversees = can(me.data, "tasks:assign") || !reports;
  // Coordinators and leaders confirm completion claims: what waits for them comes first.
  const confirms = can(me.data, "tasks:confirm");

  const mine = useTasks({ mine: true, limit: PREVIEW }, reports);
  const overdue = useTasks({ overdue: true, limit: PREVIEW });
  const awaiting = useTasks({ ...AWAITING, limit: PREVIEW }, confirms);
  const week: TaskFilters = {
    dueAfter: addDays(today, -1),
    dueBefore: addDays(today, 7),
    limit: PREVIEW,
  };
  const dueSoon = useTasks(week);

  return (
    <>
      <PageHeader
        title={t("dashboard.title")}
        subtitle={
          me.data
            ? t("dashboard.greeting", { name: me.data.full_name, date: formatDate(today) })
            : undefined
        }
        actions={
          // Spotted false information is reported from here in one tap, on a phone too.
          can(me.data, "incidents:report") ? (
            <Link href="/incidents/new" className="button">
              <Icon name="alert" />
              {t("incidents.report")}
            </Link>
          ) : undefined
        }
      />
      {pending.length > 0 ? (
        <p className="alert alert-info">
          <Link href="/drafts">{t("drafts.pendingCount", { count: pending.length })}</Link>
        </p>
      ) : null}

      <ul className="tiles" aria-label={t("dashboard.figures")}>
        {confirms ? (
          <Tile
            id="awaiting"
            label="dashboard.awaiting"
            total={awaiting.data?.total}
            href={AWAITING}
            tone="attention"
          />
        ) : null}
        {reports ? (
          <Tile id="mine" label="dashboard.mine" total={mine.data?.total} href={{ mine: true }} />
        ) : null}
        <Tile
          id="overdue"
          label="dashboard.overdue"
          total={overdue.data?.total}
          href={{ overdue: true }}
          tone="danger"
        />
        <Tile id="week" label="dashboard.week" total={dueSoon.data?.total} />
      </ul>

      <div className="dashboard-grid">
        {can(me.data, "tasks:read") ? <NewTasksPanel /> : null}
        {confirms && awaiting.data?.total ? (
          <TaskPanel
            id="awaiting"
            title="dashboard.awaitingTitle"
            empty="dashboard.awaitingNone"
            query={awaiting}
            link={AWAITING}
          />
        ) : null}
        {reports ? (
          <TaskPanel
            id="mine"
            title="dashboard.mine"
            empty="dashboard.mineNone"
            query={mine}
            link={{ mine: true }}
          />
        ) : null}
        {oversees ? (
          <TaskPanel
            id="overdue"
            title="dashboard.overdue"
            empty="dashboard.overdueNone"
            query={overdue}
            link={{ overdue: true }}
          />
        ) : null}
        {dueSoon.data?.total ? (
          <TaskPanel id="week" title="dashboard.week" empty="dashboard.weekNone" query={dueSoon} />
        ) : null}
      </div>
      <SummaryPanel />
    </>
  );
}

function Tile({
  id,
  label,
  total,
  href,
  tone,
}: {
  id: string;
  label: MessageKey;
  total: number | undefined;
  href?: TaskFilters;
  tone?: "danger" | "attention";
}) {
  const t = useT();
  const body = (
    <>
      <span className="tile-number" data-testid={`count-${id}`}>
        {total ?? "…"}
      </span>
      <span className="tile-label">{t(label)}</span>
    </>
  );
  const className = `tile${tone && total ? ` tile-${tone}` : ""}`;
  return (
    <li>
      {href ? (
        <Link href={`/tasks${searchFromFilters(href)}`} className={className}>
          {body}
        </Link>
      ) : (
        <span className={className}>{body}</span>
      )}
    </li>
  );
}

type TaskQuery = ReturnType<typeof useTasks>;

function TaskPanel({
  id,
  title,
  empty,
  query,
  link,
}: {
  id: string;
  title: MessageKey;
  empty: MessageKey;
  query: TaskQuery;
  link?: TaskFilters;
}) {
  const t = useT();
  const headingId = `panel-${id}`;
  const me = useMe();
  const fresh = useNewTaskIds(can(me.data, "tasks:read"));
  return (
    <section className="card panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{t(title)}</h2>
      <QueryView query={query}>
        {(page) =>
          page.items.length === 0 ? (
            <Empty>{t(empty)}</Empty>
          ) : (
            <>
              <ul className="task-list task-list-compact">
                {page.items.map((task) => (
                  <TaskCard key={task.id} task={task} fresh={fresh.has(task.id)} />
                ))}
              </ul>
              {link && page.total > page.items.length ? (
                <Link href={`/tasks${searchFromFilters(link)}`} className="panel-more">
                  {t("dashboard.seeAll", { count: page.total })}
                </Link>
              ) : null}
            </>
          )
        }
      </QueryView>
    </section>
  );
}

function SummaryPanel() {
  const t = useT();
  const summary = useTaskSummary();
  return (
    <section className="card" aria-labelledby="panel-summary">
      <h2 id="panel-summary">{t("dashboard.byUnit")}</h2>
      <QueryView query={summary}>
        {(rows) =>
          rows.length === 0 ? (
            <Empty>{t("dashboard.byUnitNone")}</Empty>
          ) : (
            <StatusChart rows={rows} />
          )
        }
      </QueryView>
    </section>
  );
}
