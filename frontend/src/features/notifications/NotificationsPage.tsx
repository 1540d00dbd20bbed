import { useState } from "react";
import { Link } from "wouter";
import { errorMessage } from "../../api/errors";
import { formatDate, formatDateTime } from "../../i18n/format";
import { type MessageKey, useT } from "../../i18n/i18n";
import { Icon } from "../../ui/icons";
import { PageHeader } from "../../ui/Page";
import { Empty, QueryView } from "../../ui/states";
import { type Notification, useMarkAllRead, useMarkRead, useNotifications } from "./queries";
import "./notifications.css";

function NotificationItem({ notification }: { notification: Notification }) {
  const t = useT();
  const markRead = useMarkRead();
  const unread = notification.read_at === null;
  const read = () => {
    if (unread) markRead.mutate(notification.id);
  };
  return (
    <li className={unread ? "notification notification-unread" : "notification"}>
      <Link href={notification.link} className="notification-link" onClick={read}>
        <span className={`notification-occasion occasion-${notification.occasion}`}>
          {t(`notifications.occasion.${notification.occasion}` as MessageKey)}
        </span>
        <span className="notification-title">{notification.title}</span>
      </Link>
      <p className="notification-meta">
        <span>{t(`notifications.kind.${notification.kind}` as MessageKey)}</span>
        <span>{t("notifications.due", { date: formatDate(notification.due_on) })}</span>
        <span>{t("notifications.created", { time: formatDateTime(notification.created_at) })}</span>
      </p>
      {unread ? (
        <button
          type="button"
          className="button button-quiet"
          onClick={read}
          disabled={markRead.isPending}
        >
          <Icon name="check" />
          {t("notifications.markRead")}
        </button>
      ) : null}
      {markRead.error ? (
        <p className="field-error" role="alert">
          {errorMessage(markRead.error, t)}
        </p>
      ) : null}
    </li>
  );
}

/** The user's reminders of due dates, newest first, each a link to its task or press report. */
export default function NotificationsPage() {
  const t = useT();
  const [unreadOnly, setUnreadOnly] = useState(false);
  const notifications = useNotifications(unreadOnly);
  const markAll = useMarkAllRead();
  const anyUnread = notifications.data?.items.some((item) => item.read_at === null) ?? false;
  return (
    <>
      <PageHeader
        title={t("notifications.title")}
        actions={
          <button
            type="button"
            className="button"
            onClick={() => markAll.mutate()}
            disabled={!anyUnread || markAll.isPending}
          >
            <Icon name="check" />
            {t("notifications.markAllRead")}
          </button>
        }
      />
      <p className="muted">{t("notifications.explain")}</p>
      <label className="check">
        <input
          type="checkbox"
          checked={unreadOnly}
          onChange={(event) => setUnreadOnly(event.target.checked)}
        />
        {t("notifications.unreadOnly")}
      </label>
      {markAll.error ? (
        <p className="alert alert-error" role="alert">
          {errorMessage(markAll.error, t)}
        </p>
      ) : null}
      <QueryView query={notifications}>
        {(data) =>
          data.items.length === 0 ? (
            <Empty>{unreadOnly ? t("notifications.noneUnread") : t("notifications.none")}</Empty>
          ) : (
            <ul className="notification-list" aria-busy={notifications.isFetching}>
              {data.items.map((notification) => (
                <NotificationItem key={notification.id} notification={notification} />
              ))}
            </ul>
          )
        }
      </QueryView>
    </>
  );
}
