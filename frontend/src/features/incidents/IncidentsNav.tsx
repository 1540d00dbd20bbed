import { Link, useLocation } from "wouter";
import { type MessageKey, useT } from "../../i18n/i18n";
import { type Capability, can } from "../auth/capabilities";
import { useMe } from "../auth/me";
import { type IncidentScreen, preloadIncidentScreen } from "./screens";

interface Tab {
  href: string;
  label: MessageKey;
  /** Any of these (none: whoever reaches the incidents). */
  needs?: Capability;
  screen: IncidentScreen;
}

const TABS: readonly Tab[] = [
  { href: "/incidents", label: "incidents.nav.list", screen: "list" },
  {
    href: "/incidents/new",
    label: "incidents.nav.report",
    needs: "incidents:report",
    screen: "report",
  },
  { href: "/incidents/summary", label: "incidents.nav.summary", screen: "summary" },
];

/** The false-information screens: the list, reporting (for reporters) and the counts. The other
 * screens' code is fetched as a tab is pointed at. */
export function IncidentsNav() {
  const t = useT();
  const me = useMe();
  const [location] = useLocation();
  const tabs = TABS.filter((tab) => !tab.needs || can(me.data, tab.needs));
  const current = (href: string) =>
    href === "/incidents"
      ? location === href || /^\/incidents\/\d+/.test(location)
      : location === href;
  return (
    <nav className="incidents-nav" aria-label={t("incidents.nav.label")}>
      <ul>
        {tabs.map((tab) => (
          <li key={tab.href}>
            <Link
              href={tab.href}
              className="incidents-tab"
              aria-current={current(tab.href) ? "page" : undefined}
              onPointerEnter={() => preloadIncidentScreen(tab.screen)}
              onFocus={() => preloadIncidentScreen(tab.screen)}
            >
              {t(tab.label)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
