import { Link, useLocation, useSearch } from "wouter";
import { addDays, formatDate, todayInVietnam } from "../../i18n/format";
import { type MessageKey, useT } from "../../i18n/i18n";
import { Icon } from "../../ui/icons";
import { PageHeader } from "../../ui/Page";
import { Empty, QueryView } from "../../ui/states";
import { can } from "../auth/capabilities";
import { useMe } from "../auth/me";
import { usePendingDrafts } from "../tasks/drafts";
import { searchFromFilters, type TaskFilters, useNewTaskIds, useTasks } from "../tasks/queries";
import { TaskCard } from "../tasks/TaskCard";
import { CommuneDashboard } from "./CommuneDashboard";
import { NewTasksPanel } from "./NewTasksPanel";
import {
  isPeriodKind,
  type PeriodKind,
  type SuperiorChoice,
  useCommuneDashboard,
  useSuperiorDashboard,
} from "./queries";
import { SuperiorDashboard } from "./SuperiorDashboard";
import "./dashboard.css";

const PREVIEW = 5;
const AWAITING: TaskFilters = { status: "awaiting_confirmation" };

/** The superior level watches its communes' reports; whoever works in a commune, its tasks
 * and where the commune (an area leader: its area) stands in the plan. */
export default function DashboardPage() {
  const t = useT();
  const me = useMe();
  const today = todayInVietnam();
  const superior = can(me.data, "reports:review");
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
      {superior ? <SuperiorView /> : <CommuneView />}
    </>
  );
}

function CommuneView() {
  const me = useMe();
  const today = todayInVietnam();
  const pending = usePendingDrafts(me.data?.id);
  const t = useT();
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
  const standing = useCommuneDashboard();

  return (
    <>
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
      <QueryView query={standing}>{(data) => <CommuneDashboard standing={data} />}</QueryView>
    </>
  );
}

function choiceFromSearch(search: string): SuperiorChoice {
  const params = new URLSearchParams(search);
  const year = Number(params.get("year"));
  return {
    year: Number.isInteger(year) && year > 0 ? year : undefined,
    kind: isPeriodKind(params.get("kind")) ? (params.get("kind") as PeriodKind) : undefined,
  };
}

/** The communes' reports of the year and kind the address names (the latest by default), and
 * the overdue tasks across the communes, each naming its commune. */
function SuperiorView() {
  const t = useT();
  const search = useSearch();
  const [, navigate] = useLocation();
  const choice = choiceFromSearch(search);
  const standing = useSuperiorDashboard(choice);
  const overdue = useTasks({ overdue: true, limit: PREVIEW });
  const choose = (next: SuperiorChoice) => {
    const params = new URLSearchParams();
    if (next.year) params.set("year", String(next.year));
    if (next.kind) params.set("kind", next.kind);
    navigate(`/?${params}`, { replace: true });
  };
  return (
    <>
      <h2 className="plan-heading">{t("dashboard.superior")}</h2>
      <QueryView query={standing}>
        {(data) =>
          data.communes.length === 0 ? (
            <Empty>{t("dashboard.superiorNone")}</Empty>
          ) : (
            <SuperiorDashboard standing={data} onChange={choose} />
          )
        }
      </QueryView>
      <TaskPanel
        id="overdue"
        title="dashboard.overdue"
        empty="dashboard.overdueNone"
        query={overdue}
        link={{ overdue: true }}
        showCommune
      />
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
  showCommune = false,
}: {
  id: string;
  title: MessageKey;
  empty: MessageKey;
  query: TaskQuery;
  link?: TaskFilters;
  showCommune?: boolean;
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
                  <TaskCard
                    key={task.id}
                    task={task}
                    fresh={fresh.has(task.id)}
                    showCommune={showCommune}
                  />
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
