// The commune's report of a period: compiled by the coordinator from the units' accepted parts,
// edited while a draft (or returned), approved by the leader, sent up, accepted or returned by the
// superior. Screens call these hooks, never the API client.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api, counted, ifMatch, type Schemas, unwrap } from "../../api/client";
import { apiUrl, saveFile } from "../../api/download";

export type CommuneReport = Schemas["CommuneReportRead"];
export type CommuneReportDetail = Schemas["CommuneReportDetail"];
export type CommuneReportPatch = Schemas["CommuneReportUpdate"];
export type CommuneReportStatus = Schemas["CommuneReportStatus"];

/** The statuses in which the coordinator compiles the report again and edits its text. */
export const EDITABLE: readonly CommuneReportStatus[] = ["draft", "returned"];

export interface CommuneReportFilter {
  periodId?: number;
  status?: CommuneReportStatus;
}

export const communeKeys = {
  all: ["reports", "commune"] as const,
  list: (filter: CommuneReportFilter) =>
    ["reports", "commune", "list", filter.periodId ?? 0, filter.status ?? ""] as const,
  report: (id: number) => ["reports", "commune", "report", id] as const,
};

/** The commune reports the caller reads (the superior: those sent to it), earliest due first. */
export function useCommuneReports(filter: CommuneReportFilter = {}) {
  return useQuery({
    queryKey: communeKeys.list(filter),
    queryFn: async () =>
      counted(
        unwrap(
          await api.GET("/api/v1/commune-reports", {
            params: {
              query: {
                period_id: filter.periodId,
                status: filter.status,
                limit: 200,
                offset: 0,
              },
            },
          }),
        ),
      ).items,
  });
}

export function useCommuneReport(id: number) {
  return useQuery({
    queryKey: communeKeys.report(id),
    queryFn: async () =>
      unwrap(
        await api.GET("/api/v1/commune-reports/{report_id}", {
          params: { path: { report_id: id } },
        }),
      ),
  });
}

type QueryClient = ReturnType<typeof useQueryClient>;

function settle(queryClient: QueryClient, saved: CommuneReportDetail) {
  queryClient.setQueryData(communeKeys.report(saved.id), saved);
  void queryClient.invalidateQueries({ queryKey: ["reports", "commune", "list"] });
}

/** Compiles the period's report (made the first time, made anew while a draft or returned). */
export function useCompileCommuneReport(periodId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async () =>
      unwrap(
        await api.POST("/api/v1/reporting-periods/{period_id}/commune-report", {
          params: { path: { period_id: periodId } },
        }),
      ),
    onSuccess: (saved) => settle(queryClient, saved),
  });
}

/** Saves the coordinator's text (If-Match of the version read). */
export function useSaveCommuneReport(report: CommuneReportDetail) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (changes: CommuneReportPatch) =>
      unwrap(
        await api.PATCH("/api/v1/commune-reports/{report_id}", {
          params: {
            path: { report_id: report.id },
            header: { "If-Match": ifMatch(report.version) },
          },
          body: changes,
        }),
      ),
    onSuccess: (saved) => settle(queryClient, saved),
  });
}

export type CommuneStep =
  | { step: "approve" }
  | { step: "send" }
  | { step: "accept" }
  | { step: "return"; comment: string };

/** Moves the report one step on its way up, on the version read. */
export function useCommuneReportStep(report: CommuneReportDetail) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (step: CommuneStep) => {
      const params = {
        path: { report_id: report.id },
        header: { "If-Match": ifMatch(report.version) },
      };
      switch (step.step) {
        case "approve":
          return unwrap(await api.POST("/api/v1/commune-reports/{report_id}/approve", { params }));
        case "send":
          return unwrap(await api.POST("/api/v1/commune-reports/{report_id}/send", { params }));
        case "accept":
          return unwrap(await api.POST("/api/v1/commune-reports/{report_id}/accept", { params }));
        case "return":
          return unwrap(
            await api.POST("/api/v1/commune-reports/{report_id}/return", {
              params,
              body: { comment: step.comment },
            }),
          );
      }
    },
    onSuccess: (saved) => settle(queryClient, saved),
  });
}

/** The superior's last return of the report, when it stands returned. */
export function lastReturn(report: CommuneReportDetail) {
  return report.status === "returned"
    ? [...report.history].reverse().find((event) => event.to_status === "returned")
    : undefined;
}

/** Saves the report as its official document (DOCX, or PDF where the server can make one). */
export function downloadCommuneDocument(report: Pick<CommuneReport, "id">, format: "docx" | "pdf") {
  return saveFile(
    apiUrl(`/api/v1/commune-reports/${report.id}/document.${format}`),
    `bao-cao-xa-${report.id}.${format}`,
  );
}

/** Saves the report's figures (a row per part, the totals, the task statuses) as a workbook. */
export function exportCommuneFigures(report: Pick<CommuneReport, "id">) {
  return saveFile(
    apiUrl(`/api/v1/commune-reports/${report.id}/figures.xlsx`),
    `so-lieu-bao-cao-xa-${report.id}.xlsx`,
  );
}
