import { Link } from "wouter";
import { formatDate } from "../../i18n/format";
import { useT } from "../../i18n/i18n";
import { StatusBadge } from "../../ui/StatusBadge";
import { leadLabel, type TaskListItem } from "./queries";

/** One task of a list; `fresh` when newly given to the user's unit and not opened yet;
 * `showCommune` names the commune first, where the list spans communes (the superior's). */
export function TaskCard({
  task,
  fresh = false,
  showCommune = false,
}: {
  task: TaskListItem;
  fresh?: boolean;
  showCommune?: boolean;
}) {
  const t = useT();
  return (
    <li className="task-card">
      <Link href={`/tasks/${task.id}`} className="task-card-link">
        <span className="task-card-title">
          {fresh ? <span className="badge-new">{t("plans.newTaskMark")}</span> : null}
          {task.title}
        </span>
        <span className="task-card-meta">
          <StatusBadge status={task.status} />
          {task.next_due_on ? (
            <span className="meta-item">
              {t("task.dueOn", { date: formatDate(task.next_due_on) })}
            </span>
          ) : null}
        </span>
        <span className="task-card-units">
          {showCommune ? (
            <>
              <span className="visually-hidden">{t("task.commune")}: </span>
              <span className="task-card-commune">{task.commune_name}</span>
              {" · "}
            </>
          ) : null}
          <span className="visually-hidden">{t("task.lead")}: </span>
          {leadLabel(task)}
        </span>
      </Link>
    </li>
  );
}
