import { Link, useLocation } from "wouter";
import { useT } from "../../i18n/i18n";
import { Icon } from "../../ui/icons";
import { useUnreadCount } from "./queries";
import "./notifications.css";

/** The header's bell: how many reminders wait unread, and the way to them. */
export function NotificationsBell() {
  const t = useT();
  const [location] = useLocation();
  const unread = useUnreadCount().data?.unread ?? 0;
  return (
    <Link
      href="/notifications"
      className="bell"
      aria-label={
        unread > 0 ? t("notifications.bellUnread", { count: unread }) : t("notifications.bell")
      }
      aria-current={location === "/notifications" ? "page" : undefined}
    >
      <Icon name="bell" size={22} />
      {unread > 0 ? (
        <span className="bell-count" aria-hidden="true">
          {unread > 99 ? "99+" : unread}
        </span>
      ) : null}
    </Link>
  );
}
