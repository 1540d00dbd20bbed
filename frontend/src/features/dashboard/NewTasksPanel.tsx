import { Link } from "wouter";
import { formatDateTime } from "../../i18n/format";
import { useT } from "../../i18n/i18n";
import { useTaskNotices } from "../tasks/queries";

/** Tasks newly given to the user's units and not opened yet; opening one reads it. Absent when
 * there are none. */
export function NewTasksPanel() {
  const t = useT();
  const notices = useTaskNotices();
  const items = notices.data ?? [];
  if (items.length === 0) return null;
  return (
    <section className="card panel panel-new" aria-labelledby="panel-new">
      <h2 id="panel-new">
        {t("plans.noticesTitle")} <span className="count-badge">{items.length}</span>
      </h2>
      <p className="hint">{t("plans.noticesHint")}</p>
      <ul className="notice-list">
        {items.map((notice) => (
          <li key={`${notice.task_id}-${notice.unit_id}`} className="notice">
            <Link href={`/tasks/${notice.task_id}`} className="notice-link">
              <span className="notice-title">
                <span className="badge-new">{t("plans.newTaskMark")}</span>
                {notice.task_title}
              </span>
              <span className="notice-meta">
                {notice.unit_name}
                {" · "}
                {notice.plan_title}
                {" · "}
                <time dateTime={notice.created_at}>{formatDateTime(notice.created_at)}</time>
              </span>
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
