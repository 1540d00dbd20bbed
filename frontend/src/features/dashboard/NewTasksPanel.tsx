import { useState } from "react";
import { Link } from "wouter";
import { formatDateTime } from "../../i18n/format";
import { useT } from "../../i18n/i18n";
import { useReadAllTaskNotices, useTaskNotices } from "../tasks/queries";

/** How many new tasks show before the rest is asked for (a new plan gives a unit several). */
const FIRST = 5;

/** Tasks newly given to the user's units and not opened yet, newest first; opening one reads it.
 * Absent when there are none. */
export function NewTasksPanel() {
  const t = useT();
  const notices = useTaskNotices();
  const readAll = useReadAllTaskNotices();
  const [all, setAll] = useState(false);
  const items = notices.data ?? [];
  if (items.length === 0) return null;
  const shown = all ? items : items.slice(0, FIRST);
  return (
    <section className="card panel panel-new" aria-labelledby="panel-new">
      <h2 id="panel-new">
        {t("plans.noticesTitle")} <span className="count-badge">{items.length}</span>
      </h2>
      <p className="hint">{t("plans.noticesHint")}</p>
      <ul className="notice-list">
        {shown.map((notice) => (
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
      {shown.length < items.length ? (
        <button
          type="button"
          className="button button-quiet panel-more"
          onClick={() => setAll(true)}
        >
          {t("plans.noticesMore", { count: items.length - shown.length })}
        </button>
      ) : null}
      <button
        type="button"
        className="button button-quiet panel-more"
        disabled={readAll.isPending}
        onClick={() => readAll.mutate()}
      >
        {t("plans.noticesAllRead")}
      </button>
      {readAll.isError ? (
        <p role="alert" className="alert alert-error">
          {t("plans.noticesAllReadFailed")}
        </p>
      ) : null}
    </section>
  );
}
