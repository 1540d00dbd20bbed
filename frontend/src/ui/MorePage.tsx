import { Link } from "wouter";
import { useAuth } from "../features/auth/auth";
import { useMe } from "../features/auth/me";
import { usePendingDrafts } from "../features/tasks/drafts";
import { useI18n } from "../i18n/i18n";
import { Icon } from "./icons";
import { navFor } from "./nav";
import { PageHeader } from "./Page";

/** On phones, the screens that do not fit in the bottom bar. */
export default function MorePage() {
  const { t, lang, setLang } = useI18n();
  const me = useMe();
  const { logOut } = useAuth();
  const pending = usePendingDrafts(me.data?.id);
  const items = navFor(me.data).filter((item) => !item.primary);
  return (
    <>
      <PageHeader title={t("nav.more")} />
      <ul className="menu-list card">
        {items.map((item) => (
          <li key={item.href}>
            <Link href={item.href} className="menu-link">
              <Icon name={item.icon} />
              {t(item.label)}
            </Link>
          </li>
        ))}
        <li>
          <Link href="/drafts" className="menu-link">
            <Icon name="clock" />
            {t("drafts.title")}
            {pending.length > 0 ? (
              <span className="pill pill-pending">{pending.length}</span>
            ) : null}
          </Link>
        </li>
        <li>
          <button
            type="button"
            className="menu-link"
            onClick={() => setLang(lang === "vi" ? "en" : "vi")}
            lang={lang === "vi" ? "en" : "vi"}
          >
            <Icon name="globe" />
            {t("lang.switch")}
          </button>
        </li>
        <li>
          <button type="button" className="menu-link" onClick={() => void logOut()}>
            <Icon name="logout" />
            {t("auth.logout")}
          </button>
        </li>
      </ul>
    </>
  );
}
