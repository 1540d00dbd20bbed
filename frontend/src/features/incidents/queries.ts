// False-information incidents' data: the query-key factory, the queries and the mutations of
// incidents, their actions, evidence and people (the security unit's), and the dashboard's
// counts. Screens call these hooks, never the API client. Reports are sent from drafts
// (sending.ts), so that one made offline goes the same way.
import {
  keepPreviousData,
  queryOptions,
  useMutation,
  useQuery,
  useQueryClient,
} from "@tanstack/react-query";
import { useState } from "react";
import { api, counted, IdempotencyKeys, ifMatch, type Schemas, unwrap } from "../../api/client";
import { apiUrl, fetchBlob, saveFile } from "../../api/download";
import { oneOf, positive } from "../media/kinds";
import {
  CATEGORIES,
  type Category,
  INCIDENT_STATUSES,
  type IncidentStatus,
  PLATFORMS,
  type Platform,
  SEVERITIES,
  type Severity,
  VERDICTS,
  type Verdict,
} from "./kinds";

export type Incident = Schemas["IncidentRead"];
export type IncidentEvent = Schemas["EventRead"];
export type IncidentInput = Schemas["IncidentCreate"];
export type IncidentPatch = Schemas["IncidentPatch"];
export type IncidentAction = Schemas["ActionRead"];
export type ActionInput = Schemas["ActionCreate"];
export type Evidence = Schemas["EvidenceRead"];
export type Person = Schemas["PersonRead"];
export type PersonInput = Schemas["PersonCreate"];
export type IncidentSummary = Schemas["IncidentSummary"];
export type PoliceFigures = Schemas["PoliceFigures"];

export const PAGE_SIZE = 50;

/** Every key starts with "incidents" (never kept offline: incidents may be confidential). */
export const incidentKeys = {
  all: ["incidents"] as const,
  lists: ["incidents", "list"] as const,
  detail: (id: number) => ["incidents", "detail", id] as const,
  actions: (id: number) => ["incidents", "detail", id, "actions"] as const,
  evidence: (id: number) => ["incidents", "detail", id, "evidence"] as const,
  preview: (id: number, evidenceId: number) =>
    ["incidents", "detail", id, "preview", evidenceId] as const,
  people: (id: number) => ["incidents", "detail", id, "people"] as const,
  /** Those deleted and not restored since (deleted.ts). */
  deleted: ["incidents", "deleted"] as const,
  summary: (year: number | undefined) => ["incidents", "summary", year ?? "all"] as const,
  police: (year: number, quarter: number) => ["incidents", "police", year, quarter] as const,
};

type QueryClient = ReturnType<typeof useQueryClient>;

/** Lists and counts follow any change to an incident. */
function refreshLists(queryClient: QueryClient) {
  void queryClient.invalidateQueries({ queryKey: incidentKeys.lists });
  void queryClient.invalidateQueries({ queryKey: ["incidents", "summary"] });
  void queryClient.invalidateQueries({ queryKey: ["incidents", "police"] });
}

/** After a change that answers the incident: its page shows the answer at once. */
function settle(queryClient: QueryClient, saved: Incident) {
  queryClient.setQueryData(incidentKeys.detail(saved.id), saved);
  refreshLists(queryClient);
}

/** After a change of one of its parts: the incident (its timeline) is read again, not its
 * other parts (previews are images). */
function refreshIncident(queryClient: QueryClient, id: number) {
  void queryClient.invalidateQueries({ queryKey: incidentKeys.detail(id), exact: true });
  refreshLists(queryClient);
}

// --- the list ------------------------------------------------------------------------------

export const SORTS = ["-detected_at", "detected_at", "-updated_at", "code"] as const;
export type IncidentSort = (typeof SORTS)[number];

export interface IncidentFilters {
  q?: string;
  status?: IncidentStatus;
  verdict?: Verdict;
  category?: Category;
  platform?: Platform;
  severity?: Severity;
  from?: string;
  to?: string;
  /** Reported to the superior level (true), or not yet (false). */
  escalated?: boolean;
  mine?: boolean;
  sort?: IncidentSort;
  page?: number;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const isoDate = (value: string | null) => (value && ISO_DATE.test(value) ? value : undefined);

export function incidentFiltersFromSearch(search: string): IncidentFilters {
  const params = new URLSearchParams(search);
  const escalated = params.get("escalated");
  return {
    q: params.get("q")?.trim() || undefined,
    status: oneOf(INCIDENT_STATUSES, params.get("status")),
    verdict: oneOf(VERDICTS, params.get("verdict")),
    category: oneOf(CATEGORIES, params.get("category")),
    platform: oneOf(PLATFORMS, params.get("platform")),
    severity: oneOf(SEVERITIES, params.get("severity")),
    from: isoDate(params.get("from")),
    to: isoDate(params.get("to")),
    escalated: escalated === "1" ? true : escalated === "0" ? false : undefined,
    mine: params.get("mine") === "1" || undefined,
    sort: oneOf(SORTS, params.get("sort")),
    page: positive(params.get("page")),
  };
}

export function searchFromIncidentFilters(filters: IncidentFilters): string {
  const params = new URLSearchParams();
  const entries: [string, string | undefined][] = [
    ["q", filters.q],
    ["status", filters.status],
    ["verdict", filters.verdict],
    ["category", filters.category],
    ["platform", filters.platform],
    ["severity", filters.severity],
    ["from", filters.from],
    ["to", filters.to],
    ["escalated", filters.escalated === undefined ? undefined : filters.escalated ? "1" : "0"],
    ["mine", filters.mine ? "1" : undefined],
    ["sort", filters.sort],
    ["page", filters.page && filters.page > 1 ? String(filters.page) : undefined],
  ];
  for (const [name, value] of entries) if (value) params.set(name, value);
  const text = params.toString();
  return text ? `?${text}` : "";
}

/** The API's filters for these. */
export function incidentQuery(filters: IncidentFilters) {
  return {
    q: filters.q,
    status: filters.status,
    verdict: filters.verdict,
    category: filters.category,
    platform: filters.platform,
    severity: filters.severity,
    detected_from: filters.from,
    detected_to: filters.to,
    escalated: filters.escalated,
    mine: filters.mine,
    sort: filters.sort ?? "-detected_at",
    limit: PAGE_SIZE,
    offset: ((filters.page ?? 1) - 1) * PAGE_SIZE,
  };
}

export function useIncidents(filters: IncidentFilters) {
  return useQuery({
    queryKey: [...incidentKeys.lists, filters],
    queryFn: async () =>
      counted(
        unwrap(await api.GET("/api/v1/incidents", { params: { query: incidentQuery(filters) } })),
      ),
    placeholderData: keepPreviousData,
  });
}

// --- one incident --------------------------------------------------------------------------

function incidentDetail(id: number) {
  return queryOptions({
    queryKey: incidentKeys.detail(id),
    queryFn: async () =>
      unwrap(
        await api.GET("/api/v1/incidents/{incident_id}", {
          params: { path: { incident_id: id } },
        }),
      ),
  });
}

export function useIncident(id: number) {
  return useQuery(incidentDetail(id));
}

export interface Step {
  to: IncidentStatus;
  reason: string;
  /** Given with the step (confirmed or dismissed): sent once the step is taken. */
  verdict?: Verdict;
}

/** Moves an incident to its next status with the reason (If-Match of the version read), then
 * gives the verdict that goes with it, if any. */
export function useTakeStep(incident: Incident) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ to, reason, verdict }: Step) => {
      const moved = unwrap(
        await api.POST("/api/v1/incidents/{incident_id}/transitions", {
          params: {
            path: { incident_id: incident.id },
            header: { "If-Match": ifMatch(incident.version) },
          },
          body: { to, reason },
        }),
      );
      if (!verdict || verdict === moved.verdict) return moved;
      try {
        return unwrap(
          await api.PATCH("/api/v1/incidents/{incident_id}", {
            params: {
              path: { incident_id: incident.id },
              header: { "If-Match": ifMatch(moved.version) },
            },
            body: { verdict },
          }),
        );
      } catch (error) {
        // The step is taken whatever became of the verdict: the page shows it.
        settle(queryClient, moved);
        throw error;
      }
    },
    onSuccess: (saved) => settle(queryClient, saved),
  });
}

/** Gives or changes the verdict (If-Match of the version read). */
export function useSetVerdict(incident: Incident) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (verdict: Verdict) =>
      unwrap(
        await api.PATCH("/api/v1/incidents/{incident_id}", {
          params: {
            path: { incident_id: incident.id },
            header: { "If-Match": ifMatch(incident.version) },
          },
          body: { verdict },
        }),
      ),
    onSuccess: (saved) => settle(queryClient, saved),
  });
}

export interface IncidentCorrection {
  /** The version the form was filled from (If-Match): a change made since answers 412. */
  version: number;
  changes: IncidentPatch;
}

/** Corrects what is known of an incident: only the fields that changed, on the version read. */
export function useCorrectIncident(incidentId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ version, changes }: IncidentCorrection) =>
      unwrap(
        await api.PATCH("/api/v1/incidents/{incident_id}", {
          params: {
            path: { incident_id: incidentId },
            header: { "If-Match": ifMatch(version) },
          },
          body: changes,
        }),
      ),
    onSuccess: (saved) => settle(queryClient, saved),
  });
}

/** Reports an open incident to the superior level, with the reason. */
export function useEscalate(incident: Incident) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (reason: string) =>
      unwrap(
        await api.POST("/api/v1/incidents/{incident_id}/escalate", {
          params: {
            path: { incident_id: incident.id },
            header: { "If-Match": ifMatch(incident.version) },
          },
          body: { reason },
        }),
      ),
    onSuccess: (saved) => settle(queryClient, saved),
  });
}

/** The superior level acknowledges an escalated incident, with a note for the commune. */
export function useAcknowledge(incident: Incident) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (note: string) =>
      unwrap(
        await api.POST("/api/v1/incidents/{incident_id}/acknowledge", {
          params: {
            path: { incident_id: incident.id },
            header: { "If-Match": ifMatch(incident.version) },
          },
          body: { note },
        }),
      ),
    onSuccess: (saved) => settle(queryClient, saved),
  });
}

/** Deletes an incident reported by mistake (an admin can undo it). */
export function useDeleteIncident(incident: Incident) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async () =>
      unwrap(
        await api.DELETE("/api/v1/incidents/{incident_id}", {
          params: {
            path: { incident_id: incident.id },
            header: { "If-Match": ifMatch(incident.version) },
          },
        }),
      ),
    onSuccess: () => {
      queryClient.removeQueries({ queryKey: incidentKeys.detail(incident.id) });
      refreshLists(queryClient);
      void queryClient.invalidateQueries({ queryKey: incidentKeys.deleted });
    },
  });
}

/** Brings back an incident deleted by mistake (an administrator, `records:restore`). */
export function useRestoreIncident(incidentId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async () =>
      unwrap(
        await api.POST("/api/v1/incidents/{incident_id}/restore", {
          params: { path: { incident_id: incidentId } },
        }),
      ),
    onSuccess: (restored) => {
      settle(queryClient, restored);
      void queryClient.invalidateQueries({ queryKey: incidentKeys.deleted });
    },
  });
}

// --- actions -------------------------------------------------------------------------------

export function useActions(incidentId: number) {
  return useQuery({
    queryKey: incidentKeys.actions(incidentId),
    queryFn: async () =>
      unwrap(
        await api.GET("/api/v1/incidents/{incident_id}/actions", {
          params: { path: { incident_id: incidentId } },
        }),
      ),
  });
}

/** Records an action (with an Idempotency-Key); one linked to a task counts as its progress. */
export function useAddAction(incidentId: number) {
  const queryClient = useQueryClient();
  const [keys] = useState(() => new IdempotencyKeys());
  return useMutation({
    mutationFn: (body: ActionInput) =>
      keys.send(body, async (key, bytes) =>
        unwrap(
          await api.POST("/api/v1/incidents/{incident_id}/actions", {
            params: { path: { incident_id: incidentId } },
            body,
            bodySerializer: () => bytes,
            headers: { "Idempotency-Key": key },
          }),
        ),
      ),
    onSuccess: (action) => {
      void queryClient.invalidateQueries({ queryKey: incidentKeys.actions(incidentId) });
      if (action.task_id !== null) void queryClient.invalidateQueries({ queryKey: ["tasks"] });
      refreshIncident(queryClient, incidentId);
    },
  });
}

// --- evidence ------------------------------------------------------------------------------

export function useEvidence(incidentId: number) {
  return useQuery({
    queryKey: incidentKeys.evidence(incidentId),
    queryFn: async () =>
      unwrap(
        await api.GET("/api/v1/incidents/{incident_id}/evidence", {
          params: { path: { incident_id: incidentId } },
        }),
      ),
  });
}

const evidencePath = (incidentId: number, evidenceId: number) =>
  `/api/v1/incidents/${incidentId}/evidence/${evidenceId}`;

/** An image's preview (a JPEG without metadata), fetched with the token: never the original. */
export function useEvidencePreview(incidentId: number, evidence: Evidence) {
  return useQuery({
    queryKey: incidentKeys.preview(incidentId, evidence.id),
    queryFn: () => fetchBlob(apiUrl(`${evidencePath(incidentId, evidence.id)}/preview`)),
    enabled: evidence.has_preview && evidence.removed_at === null,
    staleTime: Number.POSITIVE_INFINITY,
  });
}

/** Saves the original file (those who deal with the incident, and its uploader). */
export function downloadEvidence(incidentId: number, evidence: Evidence) {
  return saveFile(apiUrl(evidencePath(incidentId, evidence.id)), evidence.filename);
}

export interface EvidenceUpload {
  file: File;
  /** When the picture was taken, as ISO 8601 with its zone. */
  capturedAt?: string;
}

export function useUploadEvidence(incidentId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ file, capturedAt }: EvidenceUpload) =>
      unwrap(
        await api.POST("/api/v1/incidents/{incident_id}/evidence", {
          params: { path: { incident_id: incidentId } },
          // The schema types a file field as a string (its bytes); the browser sends the File.
          body: { file: file as unknown as string, captured_at: capturedAt ?? null },
          bodySerializer: () => {
            const form = new FormData();
            form.append("file", file, file.name);
            if (capturedAt) form.append("captured_at", capturedAt);
            return form;
          },
        }),
      ),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: incidentKeys.evidence(incidentId) });
      refreshIncident(queryClient, incidentId);
    },
  });
}

/** The security unit removes a piece of evidence, with the reason (the record stays). */
export function useRemoveEvidence(incidentId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ evidenceId, reason }: { evidenceId: number; reason: string }) =>
      unwrap(
        await api.POST("/api/v1/incidents/{incident_id}/evidence/{evidence_id}/remove", {
          params: { path: { incident_id: incidentId, evidence_id: evidenceId } },
          body: { reason },
        }),
      ),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: incidentKeys.evidence(incidentId) });
      refreshIncident(queryClient, incidentId);
    },
  });
}

// --- people (the security unit's alone) ----------------------------------------------------

export function usePeople(incidentId: number) {
  return useQuery({
    queryKey: incidentKeys.people(incidentId),
    queryFn: async () =>
      unwrap(
        await api.GET("/api/v1/incidents/{incident_id}/people", {
          params: { path: { incident_id: incidentId } },
        }),
      ),
  });
}

/** Records a person (with an Idempotency-Key) or changes one (If-Match of the version read). */
export function useSavePerson(incidentId: number, person: Person | undefined) {
  const queryClient = useQueryClient();
  const [keys] = useState(() => new IdempotencyKeys());
  return useMutation({
    mutationFn: async (body: PersonInput) => {
      if (person) {
        return unwrap(
          await api.PATCH("/api/v1/incidents/{incident_id}/people/{person_id}", {
            params: {
              path: { incident_id: incidentId, person_id: person.id },
              header: { "If-Match": ifMatch(person.version) },
            },
            body,
          }),
        );
      }
      return keys.send(body, async (key, bytes) =>
        unwrap(
          await api.POST("/api/v1/incidents/{incident_id}/people", {
            params: { path: { incident_id: incidentId } },
            body,
            bodySerializer: () => bytes,
            headers: { "Idempotency-Key": key },
          }),
        ),
      );
    },
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: incidentKeys.people(incidentId) });
      refreshIncident(queryClient, incidentId);
    },
  });
}

export function useDeletePerson(incidentId: number, person: Person) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async () =>
      unwrap(
        await api.DELETE("/api/v1/incidents/{incident_id}/people/{person_id}", {
          params: {
            path: { incident_id: incidentId, person_id: person.id },
            header: { "If-Match": ifMatch(person.version) },
          },
        }),
      ),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: incidentKeys.people(incidentId) });
      refreshIncident(queryClient, incidentId);
    },
  });
}

// --- counts --------------------------------------------------------------------------------

/** Counts by status, by month and category, of the incidents the caller reads (one year's, or
 * all years' without `year`). */
export function useIncidentSummary(year: number | undefined, enabled = true) {
  return useQuery({
    enabled,
    queryKey: incidentKeys.summary(year),
    queryFn: async () =>
      unwrap(
        await api.GET("/api/v1/incidents/summary", {
          params: { query: year === undefined ? {} : { year } },
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

/** A quarter's police figures (those who deal with incidents), naming no one. */
export function usePoliceFigures(year: number, quarter: number, enabled: boolean) {
  return useQuery({
    queryKey: incidentKeys.police(year, quarter),
    queryFn: async () =>
      unwrap(
        await api.GET("/api/v1/incidents/police-figures", {
          params: { query: { year, quarter } },
        }),
      ),
    enabled,
    placeholderData: keepPreviousData,
  });
}
