import { Link, useLocation } from "wouter";
import { type MessageKey, useT } from "../../i18n/i18n";
import { type Capability, can } from "../auth/capabilities";
import { useMe } from "../auth/me";
import { type MediaScreen, preloadMediaScreen } from "./screens";

interface Tab {
  href: string;
  label: MessageKey;
  needs: Capability;
  screen: MediaScreen;
}

const TABS: readonly Tab[] = [
  {
    href: "/media/interactions",
    label: "media.nav.interactions",
    needs: "media:read",
    screen: "interactions",
  },
  { href: "/media/follow-up", label: "media.nav.followUp", needs: "media:read", screen: "queue" },
  {
    href: "/media/contacts",
    label: "media.nav.contacts",
    needs: "media:contacts:read",
    screen: "contacts",
  },
  { href: "/media/outlets", label: "media.nav.outlets", needs: "media:read", screen: "outlets" },
];

/** The press work's four screens; contacts only for those who may read them (not the
 * superior level). The other screens' code is fetched as a tab is pointed at. */
export function MediaNav() {
  const t = useT();
  const me = useMe();
  const [location] = useLocation();
  const tabs = TABS.filter((tab) => can(me.data, tab.needs));
  return (
    <nav className="media-nav" aria-label={t("media.nav.label")}>
      <ul>
        {tabs.map((tab) => (
          <li key={tab.href}>
            <Link
              href={tab.href}
              className="media-tab"
              aria-current={
                location === tab.href || location.startsWith(`${tab.href}/`) ? "page" : undefined
              }
              onPointerEnter={() => preloadMediaScreen(tab.screen)}
              onFocus={() => preloadMediaScreen(tab.screen)}
            >
              {t(tab.label)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
