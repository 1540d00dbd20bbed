import { type Capability, can, type HasCapabilities } from "../features/auth/capabilities";
import type { MessageKey } from "../i18n/i18n";
import type { IconName } from "./icons";

export interface NavItem {
  href: string;
  label: MessageKey;
  icon: IconName;
  /** Any one of these (none: everyone signed in). */
  needs?: Capability | readonly Capability[];
  /** Shown in the phone's bottom bar; the others are under "More". */
  primary?: boolean;
}

export const NAV_ITEMS: readonly NavItem[] = [
  { href: "/", label: "nav.dashboard", icon: "home", primary: true },
  { href: "/tasks", label: "nav.tasks", icon: "tasks", needs: "tasks:read", primary: true },
  { href: "/plans", label: "nav.plans", icon: "plan", needs: "plans:read", primary: true },
  { href: "/media", label: "nav.media", icon: "press", needs: "media:read" },
  {
    href: "/incidents",
    label: "nav.incidents",
    icon: "alert",
    needs: ["incidents:report", "incidents:read", "incidents:escalated"],
  },
  { href: "/reports", label: "nav.reports", icon: "download", needs: "reports:read" },
  {
    href: "/reports/communes",
    label: "nav.communeReports",
    icon: "check",
    needs: "reports:review",
  },
  { href: "/units", label: "nav.units", icon: "units", needs: "units:read" },
  { href: "/users", label: "nav.users", icon: "users", needs: "users:write" },
  { href: "/profile", label: "nav.profile", icon: "user" },
];

/** The navigation a principal may use: items it cannot use are absent. */
export function navFor(principal: HasCapabilities | undefined): NavItem[] {
  return NAV_ITEMS.filter(
    (item) =>
      !item.needs ||
      (typeof item.needs === "string"
        ? can(principal, item.needs)
        : item.needs.some((capability) => can(principal, capability))),
  );
}

function leadsTo(href: string, location: string): boolean {
  return href === "/" ? location === "/" : location === href || location.startsWith(`${href}/`);
}

/** Whether `href` is the item of `location`: of the items leading there, the most specific
 * (`/reports/communes` rather than `/reports`). */
export function isCurrent(href: string, location: string, hrefs: readonly string[] = []): boolean {
  return (
    leadsTo(href, location) &&
    !hrefs.some((other) => other.length > href.length && leadsTo(other, location))
  );
}
