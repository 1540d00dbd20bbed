// The reporting cycle's data: periods of a plan, the units' report parts and their review.
// Screens call these hooks, never the API client.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api, counted, ifMatch, type Schemas, unwrap } from "../../api/client";

export type Period = Schemas["ReportingPeriodRead"];
export type PeriodPatch = Schemas["ReportingPeriodUpdate"];
export type PeriodKind = Schemas["PeriodKind"];
export type UnitReport = Schemas["UnitReportRead"];
export type UnitReportDetail = Schemas["UnitReportDetail"];
export type UnitReportPatch = Schemas["UnitReportUpdate"];
export type ReportStatus = Schemas["UnitReportStatus"];
export type Timeliness = Schemas["UnitTimeliness"];

export const REPORT_STATUSES: readonly ReportStatus[] = [
  "draft",
  "submitted",
  "returned",
  "accepted",
];

/** Every key starts with "reports". */
export const reportKeys = {
  all: ["reports"] as const,
  periods: (planId: number) => ["reports", "periods", planId] as const,
  parts: (filter: { planId?: number; periodId?: number }) =>
    ["reports", "parts", filter.planId ?? 0, filter.periodId ?? 0] as const,
  part: (id: number) => ["reports", "part", id] as const,
  timeliness: (planId: number) => ["reports", "timeliness", planId] as const,
};

type QueryClient = ReturnType<typeof useQueryClient>;

function refresh(queryClient: QueryClient) {
  void queryClient.invalidateQueries({ queryKey: reportKeys.all });
}

// --- periods -------------------------------------------------------------------------------

export function usePeriods(planId: number | undefined) {
  return useQuery({
    queryKey: reportKeys.periods(planId ?? 0),
    enabled: planId !== undefined,
    queryFn: async () =>
      counted(
        unwrap(
          await api.GET("/api/v1/reporting-periods", {
            params: { query: { plan_id: planId, limit: 200, offset: 0 } },
          }),
        ),
      ).items,
  });
}

export function usePeriod(id: number) {
  return useQuery({
    queryKey: ["reports", "period", id],
    queryFn: async () =>
      unwrap(
        await api.GET("/api/v1/reporting-periods/{period_id}", {
          params: { path: { period_id: id } },
        }),
      ),
  });
}

/** Makes the periods the plan's reporting deadlines call for (never twice). */
export function useGeneratePeriods(planId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async () =>
      unwrap(
        await api.POST("/api/v1/plans/{plan_id}/reporting-periods/generate", {
          params: { path: { plan_id: planId } },
        }),
      ),
    onSuccess: () => refresh(queryClient),
  });
}

export function useUpdatePeriod(period: Period) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (changes: PeriodPatch) =>
      unwrap(
        await api.PATCH("/api/v1/reporting-periods/{period_id}", {
          params: {
            path: { period_id: period.id },
            header: { "If-Match": ifMatch(period.version) },
          },
          body: changes,
        }),
      ),
    onSuccess: () => refresh(queryClient),
  });
}

// --- the units' parts ----------------------------------------------------------------------

export function useParts(filter: { planId?: number; periodId?: number }, enabled = true) {
  return useQuery({
    queryKey: reportKeys.parts(filter),
    enabled,
    queryFn: async () =>
      counted(
        unwrap(
          await api.GET("/api/v1/reports", {
            params: {
              query: {
                plan_id: filter.planId,
                period_id: filter.periodId,
                limit: 200,
                offset: 0,
              },
            },
          }),
        ),
      ).items,
  });
}

export function usePart(id: number) {
  return useQuery({
    queryKey: reportKeys.part(id),
    queryFn: async () =>
      unwrap(await api.GET("/api/v1/reports/{report_id}", { params: { path: { report_id: id } } })),
  });
}

function settle(queryClient: QueryClient, saved: UnitReportDetail) {
  queryClient.setQueryData(reportKeys.part(saved.id), saved);
  void queryClient.invalidateQueries({ queryKey: ["reports", "parts"] });
  void queryClient.invalidateQueries({ queryKey: ["reports", "timeliness"] });
}

/** Saves the draft (If-Match of the version read). */
export function useSavePart(part: UnitReportDetail) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (changes: UnitReportPatch) =>
      unwrap(
        await api.PATCH("/api/v1/reports/{report_id}", {
          params: { path: { report_id: part.id }, header: { "If-Match": ifMatch(part.version) } },
          body: changes,
        }),
      ),
    onSuccess: (saved) => settle(queryClient, saved),
  });
}

/** Saves what was written, then submits the part on the version the save answered. */
export function useSubmitPart(part: UnitReportDetail) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (changes: UnitReportPatch) => {
      const saved = unwrap(
        await api.PATCH("/api/v1/reports/{report_id}", {
          params: { path: { report_id: part.id }, header: { "If-Match": ifMatch(part.version) } },
          body: changes,
        }),
      );
      settle(queryClient, saved);
      return unwrap(
        await api.POST("/api/v1/reports/{report_id}/submit", {
          params: { path: { report_id: part.id }, header: { "If-Match": ifMatch(saved.version) } },
        }),
      );
    },
    onSuccess: (saved) => settle(queryClient, saved),
  });
}

export type Review =
  | { decision: "accept"; comment: string }
  | { decision: "return"; comment: string };

/** Accepts the submitted part, or returns it with a comment. */
export function useReviewPart(part: UnitReport) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ decision, comment }: Review) => {
      const params = {
        path: { report_id: part.id },
        header: { "If-Match": ifMatch(part.version) },
      };
      return decision === "accept"
        ? unwrap(
            await api.POST("/api/v1/reports/{report_id}/accept", {
              params,
              body: { comment },
            }),
          )
        : unwrap(
            await api.POST("/api/v1/reports/{report_id}/return", { params, body: { comment } }),
          );
    },
    onSuccess: (saved) => settle(queryClient, saved),
  });
}

export function useTimeliness(planId: number | undefined) {
  return useQuery({
    queryKey: reportKeys.timeliness(planId ?? 0),
    enabled: planId !== undefined,
    queryFn: async () =>
      unwrap(
        await api.GET("/api/v1/reports/timeliness", {
          params: { query: { plan_id: planId ?? 0 } },
        }),
      ),
  });
}

/** How many parts of each period stand in each status. */
export function countByPeriod(
  parts: readonly UnitReport[],
): Map<number, Record<ReportStatus, number>> {
  const counts = new Map<number, Record<ReportStatus, number>>();
  for (const part of parts) {
    const row = counts.get(part.period_id) ?? { draft: 0, submitted: 0, returned: 0, accepted: 0 };
    row[part.status] += 1;
    counts.set(part.period_id, row);
  }
  return counts;
}
