// The dashboards' data: one answer per dashboard, the commune's (for a plan) and the superior
// level's (for a year and kind of report). Screens call these hooks, never the API client.
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { api, type Schemas, unwrap } from "../../api/client";

export type CommuneStandingData = Schemas["CommuneDashboard"];
export type SuperiorStanding = Schemas["SuperiorDashboard"];
export type PeriodKind = Schemas["PeriodKind"];

const PERIOD_KINDS: readonly string[] = [
  "quarterly",
  "semiannual",
  "yearly",
  "ad_hoc",
] satisfies readonly PeriodKind[];

export function isPeriodKind(value: string | null | undefined): value is PeriodKind {
  return PERIOD_KINDS.includes(value ?? "");
}

/** What the superior asks to see; absent parts are the API's choice (the latest). */
export interface SuperiorChoice {
  year?: number;
  kind?: PeriodKind;
}

/** Every key starts with "dashboards". */
export const dashboardKeys = {
  commune: (planId: number | undefined) => ["dashboards", "commune", planId ?? 0] as const,
  superior: (choice: SuperiorChoice) =>
    ["dashboards", "superior", choice.year ?? 0, choice.kind ?? ""] as const,
};

/** Where the caller's commune (an area leader: its area) stands in the plan (the API's current
 * one when none is named). */
export function useCommuneDashboard(planId?: number, enabled = true) {
  return useQuery({
    queryKey: dashboardKeys.commune(planId),
    enabled,
    queryFn: async () =>
      unwrap(
        await api.GET("/api/v1/dashboards/commune", { params: { query: { plan_id: planId } } }),
      ),
  });
}

/** Where each commune below the superior level stands with the report of that year and kind;
 * the previous answer stays on screen while another year or kind loads. */
export function useSuperiorDashboard(choice: SuperiorChoice, enabled = true) {
  return useQuery({
    queryKey: dashboardKeys.superior(choice),
    enabled,
    placeholderData: keepPreviousData,
    queryFn: async () =>
      unwrap(
        await api.GET("/api/v1/dashboards/superior", {
          params: { query: { year: choice.year, kind: choice.kind } },
        }),
      ),
  });
}
