import { Link, useLocation, useSearch } from "wouter";
import { type MessageKey, useT } from "../../i18n/i18n";
import { type Capability, can } from "../auth/capabilities";
import { useMe } from "../auth/me";
import { type IncidentScreen, preloadIncidentScreen } from "./screens";

interface Tab {
  href: string;
  label: MessageKey;
  /** Any of these (none: whoever reaches the incidents). */
  needs?: readonly Capability[];
  screen: IncidentScreen;
}

const TABS: readonly Tab[] = [
  { href: "/incidents", label: "incidents.nav.list", screen: "list" },
  {
    href: "/incidents/new",
    label: "incidents.nav.report",
    needs: ["incidents:report"],
    screen: "report",
  },
  { href: "/incidents/summary", label: "incidents.nav.summary", screen: "summary" },
  {
    href: "/incidents?deleted",
    label: "incidents.nav.deleted",
    // Those who may restore (deleted.ts): the administrator, and those who may delete.
    needs: ["records:restore", "incidents:close"],
    screen: "deleted",
  },
];

/** The false-information screens: the list, reporting (for reporters), the counts and, for the
 * administrator, the deleted ones. The other screens' code is fetched as a tab is pointed at. */
export function IncidentsNav() {
  const t = useT();
  const me = useMe();
  const [location] = useLocation();
  const search = useSearch();
  const tabs = TABS.filter(
    (tab) => !tab.needs || tab.needs.some((capability) => can(me.data, capability)),
  );
  const deletedOnes = location === "/incidents" && new URLSearchParams(search).has("deleted");
  const current = (href: string) => {
    if (href === "/incidents?deleted") return deletedOnes;
    if (href === "/incidents")
      return (location === href && !deletedOnes) || /^\/incidents\/\d+/.test(location);
    return location === href;
  };
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
