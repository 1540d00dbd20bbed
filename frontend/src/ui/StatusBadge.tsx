import { STATUS_SYMBOL, statusLabelKey, type TaskStatus } from "../features/tasks/status";
import { useT } from "../i18n/i18n";

export function StatusBadge({ status }: { status: TaskStatus }) {
  const t = useT();
  return (
    <span className={`badge status-${status}`}>
      <span className="badge-symbol" aria-hidden="true">
        {STATUS_SYMBOL[status]}
      </span>
      {t(statusLabelKey(status))}
    </span>
  );
}
