import type { ReactNode } from "react";
import { Link, useLocation } from "wouter";
import { useAuth } from "../features/auth/auth";
import { useMe } from "../features/auth/me";
import { NotificationsBell } from "../features/notifications/NotificationsBell";
import { usePendingDrafts } from "../features/tasks/drafts";
import { formatDateTime } from "../i18n/format";
import { useI18n } from "../i18n/i18n";
import { Icon } from "./icons";
import { isCurrent, navFor } from "./nav";
import { useOnline } from "./useOnline";
import "./shell.css";

export function Layout({ children }: { children: ReactNode }) {
  const { t, lang, setLang } = useI18n();
  const { logOut, status, savedAt } = useAuth();
  const me = useMe();
  const [location] = useLocation();
  const online = useOnline();
  const pending = usePendingDrafts(me.data?.id);
  const items = navFor(me.data);
  const hrefs = items.map((item) => item.href);
  const primary = items.filter((item) => item.primary);
  const moreActive = !primary.some((item) => isCurrent(item.href, location, hrefs));
  const unit = me.data?.units[0];

  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        {t("nav.skip")}
      </a>
      <header className="topbar">
        <Link href="/" className="brand">
          <img src="/icons/icon.svg" alt="" width={32} height={32} />
          <span className="brand-text">
            <span className="brand-name">{t("app.short")}</span>
            <span className="brand-unit">{unit?.name ?? t("app.name")}</span>
          </span>
        </Link>
        <div className="topbar-status">
          {!online ? (
            <span className="pill pill-offline" role="status">
              <Icon name="offline" size={16} />
              {t("net.offline")}
            </span>
          ) : null}
          {pending.length > 0 ? (
            <Link
              href="/drafts"
              className="pill pill-pending"
              aria-label={t("drafts.pendingCount", { count: pending.length })}
            >
              {t("drafts.pendingShort", { count: pending.length })}
            </Link>
          ) : null}
          <NotificationsBell />
        </div>
      </header>

      <nav className="sidebar" aria-label={t("nav.label")}>
        <ul>
          {items.map((item) => (
            <li key={item.href}>
              <Link
                href={item.href}
                className="nav-link"
                aria-current={isCurrent(item.href, location, hrefs) ? "page" : undefined}
              >
                <Icon name={item.icon} />
                {t(item.label)}
              </Link>
            </li>
          ))}
        </ul>
        <div className="sidebar-footer">
          {me.data ? (
            <p className="sidebar-user">
              <strong>{me.data.full_name}</strong>
              <span>{me.data.username}</span>
            </p>
          ) : null}
          <button
            type="button"
            className="button button-quiet"
            onClick={() => setLang(lang === "vi" ? "en" : "vi")}
            lang={lang === "vi" ? "en" : "vi"}
          >
            {t("lang.switch")}
          </button>
          <button type="button" className="button button-quiet" onClick={() => void logOut()}>
            <Icon name="logout" />
            {t("auth.logout")}
          </button>
        </div>
      </nav>

      <main id="main" className="main" tabIndex={-1}>
        {status === "restored" ? (
          <p className="alert alert-info restored-note">
            <Icon name="offline" size={18} />{" "}
            {t("net.restored", { time: savedAt ? formatDateTime(savedAt.toISOString()) : "" })}
          </p>
        ) : null}
        {children}
      </main>

      <nav className="bottombar" aria-label={t("nav.labelShort")}>
        <ul>
          {primary.map((item) => (
            <li key={item.href}>
              <Link
                href={item.href}
                className="tab"
                aria-current={isCurrent(item.href, location, hrefs) ? "page" : undefined}
              >
                <Icon name={item.icon} size={22} />
                <span>{t(item.label)}</span>
              </Link>
            </li>
          ))}
          <li>
            <Link href="/more" className="tab" aria-current={moreActive ? "page" : undefined}>
              <Icon name="more" size={22} />
              <span>{t("nav.more")}</span>
            </Link>
          </li>
        </ul>
      </nav>
    </div>
  );
}
