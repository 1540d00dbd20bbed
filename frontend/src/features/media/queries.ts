// The press work's data: the query-key factory, the queries and the mutations of outlets,
// contacts and interactions. Screens call these hooks, never the API client.
import {
  keepPreviousData,
  queryOptions,
  useMutation,
  useQueries,
  useQuery,
  useQueryClient,
} from "@tanstack/react-query";
import { useState } from "react";
import { api, counted, IdempotencyKeys, ifMatch, type Schemas, unwrap } from "../../api/client";
import { apiUrl, saveFile } from "../../api/download";
import { sortByName } from "../../i18n/collate";
import {
  FOLLOW_UP_STATUSES,
  type FollowUpStatus,
  INTERACTION_KINDS,
  type InteractionKind,
  OUTLET_KINDS,
  OUTLET_LEVELS,
  type OutletKind,
  type OutletLevel,
  oneOf,
  positive,
} from "./kinds";

export type Outlet = Schemas["OutletRead"];
export type OutletInput = Schemas["OutletCreate"];
export type Contact = Schemas["ContactRead"];
export type ContactInput = Schemas["ContactCreate"];
export type Interaction = Schemas["InteractionRead"];
export type InteractionInput = Schemas["InteractionCreate"];
export type InteractionDocument = Schemas["DocumentRead"];

export const PAGE_SIZE = 50;
/** How many choices a picker offers for what was typed. */
const SUGGESTIONS = 6;
/** Outlets change seldom: their names are read once in a while. */
const OUTLET_STALE_MS = 10 * 60_000;

/** Every key starts with "media" (never kept offline: contacts carry personal data). */
export const mediaKeys = {
  all: ["media"] as const,
  outlets: ["media", "outlets"] as const,
  contacts: ["media", "contacts"] as const,
  interactions: ["media", "interactions"] as const,
};

/**
 * After a deletion (or a merge): drops the record that is gone, so that its page does not ask
 * for it again while the screen moves on, and refreshes the rest under `prefix` without waiting.
 */
function forget(
  queryClient: ReturnType<typeof useQueryClient>,
  prefix: readonly string[],
  id: number,
  subject = prefix[1],
): void {
  queryClient.removeQueries({ queryKey: ["media", subject, "detail", id], exact: true });
  void queryClient.invalidateQueries({ queryKey: prefix });
}

/** The page of a list in the address (`page=2`), 1 when absent. */
const offsetOf = (page: number | undefined) => ((page ?? 1) - 1) * PAGE_SIZE;

function toSearch(entries: Record<string, string | number | boolean | undefined>): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(entries)) {
    if (value === undefined || value === false || value === "") continue;
    if (name === "page" && value === 1) continue;
    params.set(name, value === true ? "1" : String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : "";
}

// --- outlets -------------------------------------------------------------------------------

export interface OutletFilters {
  q?: string;
  kind?: OutletKind;
  level?: OutletLevel;
  page?: number;
}

export function outletFiltersFromSearch(search: string): OutletFilters {
  const params = new URLSearchParams(search);
  return {
    q: params.get("q")?.trim() || undefined,
    kind: oneOf(OUTLET_KINDS, params.get("kind")),
    level: oneOf(OUTLET_LEVELS, params.get("level")),
    page: positive(params.get("page")),
  };
}

export function searchFromOutletFilters(filters: OutletFilters): string {
  return toSearch({ ...filters });
}

/** The API's filters for these (a list's page, or its export). */
export function outletQuery(filters: OutletFilters) {
  return { q: filters.q, kind: filters.kind, level: filters.level, sort: "name" };
}

export function useOutlets(filters: OutletFilters) {
  return useQuery({
    queryKey: [...mediaKeys.outlets, "list", filters],
    queryFn: async () =>
      counted(
        unwrap(
          await api.GET("/api/v1/media/outlets", {
            params: {
              query: { ...outletQuery(filters), limit: PAGE_SIZE, offset: offsetOf(filters.page) },
            },
          }),
        ),
      ),
    placeholderData: keepPreviousData,
  });
}

function outletDetail(id: number) {
  return queryOptions({
    queryKey: [...mediaKeys.outlets, "detail", id],
    queryFn: async () =>
      unwrap(
        await api.GET("/api/v1/media/outlets/{outlet_id}", {
          params: { path: { outlet_id: id } },
        }),
      ),
    staleTime: OUTLET_STALE_MS,
  });
}

/** The names of these outlets (each read once, then from the cache), by id. */
export function useOutletNames(ids: readonly (number | null | undefined)[]): Map<number, string> {
  const unique = [...new Set(ids.filter((id): id is number => typeof id === "number"))];
  return useQueries({
    queries: unique.map((id) => outletDetail(id)),
    combine: (results) =>
      new Map(
        results.flatMap((result) => (result.data ? [[result.data.id, result.data.name]] : [])),
      ),
  });
}

/** A few outlets whose name matches what was typed (the first by name when nothing is). */
export function useOutletSuggestions(q: string, enabled = true) {
  return useQuery({
    enabled,
    queryKey: [...mediaKeys.outlets, "suggestions", q],
    queryFn: async () =>
      unwrap(
        await api.GET("/api/v1/media/outlets", {
          params: { query: { q: q || undefined, sort: "name", limit: SUGGESTIONS } },
        }),
      ).items,
    placeholderData: keepPreviousData,
    staleTime: OUTLET_STALE_MS,
  });
}

/** Adds an outlet (with an Idempotency-Key) or changes one (If-Match of the version read). */
export function useSaveOutlet(outlet: Outlet | undefined) {
  const queryClient = useQueryClient();
  const [keys] = useState(() => new IdempotencyKeys());
  return useMutation({
    mutationFn: async (body: OutletInput) => {
      if (outlet) {
        return unwrap(
          await api.PATCH("/api/v1/media/outlets/{outlet_id}", {
            params: {
              path: { outlet_id: outlet.id },
              header: { "If-Match": ifMatch(outlet.version) },
            },
            body,
          }),
        );
      }
      return keys.send(body, async (key, bytes) =>
        unwrap(
          await api.POST("/api/v1/media/outlets", {
            body,
            bodySerializer: () => bytes,
            headers: { "Idempotency-Key": key },
          }),
        ),
      );
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: mediaKeys.outlets }),
  });
}

export function useDeleteOutlet(outlet: Outlet) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async () =>
      unwrap(
        await api.DELETE("/api/v1/media/outlets/{outlet_id}", {
          params: {
            path: { outlet_id: outlet.id },
            header: { "If-Match": ifMatch(outlet.version) },
          },
        }),
      ),
    onSuccess: () => forget(queryClient, mediaKeys.outlets, outlet.id),
  });
}

// --- contacts ------------------------------------------------------------------------------

export interface ContactFilters {
  q?: string;
  outletId?: number;
  duplicates?: boolean;
  page?: number;
}

export function contactFiltersFromSearch(search: string): ContactFilters {
  const params = new URLSearchParams(search);
  return {
    q: params.get("q")?.trim() || undefined,
    outletId: positive(params.get("outlet")),
    duplicates: params.get("duplicates") === "1" || undefined,
    page: positive(params.get("page")),
  };
}

export function searchFromContactFilters(filters: ContactFilters): string {
  return toSearch({
    q: filters.q,
    outlet: filters.outletId,
    duplicates: filters.duplicates,
    page: filters.page,
  });
}

/** The API's filters for these (a list's page, or its export). */
export function contactQuery(filters: ContactFilters) {
  return { q: filters.q, outlet_id: filters.outletId, duplicates: filters.duplicates };
}

export function useContacts(filters: ContactFilters, enabled = true) {
  return useQuery({
    enabled,
    queryKey: [...mediaKeys.contacts, "list", filters],
    queryFn: async () =>
      counted(
        unwrap(
          await api.GET("/api/v1/media/contacts", {
            params: {
              query: { ...contactQuery(filters), limit: PAGE_SIZE, offset: offsetOf(filters.page) },
            },
          }),
        ),
      ),
    placeholderData: keepPreviousData,
  });
}

function contactDetail(id: number) {
  return queryOptions({
    queryKey: [...mediaKeys.contacts, "detail", id],
    queryFn: async () =>
      unwrap(
        await api.GET("/api/v1/media/contacts/{contact_id}", {
          params: { path: { contact_id: id } },
        }),
      ),
  });
}

export function useContact(id: number, enabled = true) {
  return useQuery({ ...contactDetail(id), enabled });
}

/** The contacts with these ids (the other halves of likely duplicates), as far as they read. */
export function useContactsById(ids: readonly number[]) {
  return useQueries({
    queries: ids.map((id) => contactDetail(id)),
    combine: (results) => results.flatMap((result) => (result.data ? [result.data] : [])),
  });
}

/** A few contacts whose name matches what was typed, in Vietnamese order. */
export function useContactSuggestions(q: string, enabled = true) {
  return useQuery({
    enabled,
    queryKey: [...mediaKeys.contacts, "suggestions", q],
    queryFn: async () =>
      unwrap(
        await api.GET("/api/v1/media/contacts", {
          params: { query: { q: q || undefined, limit: SUGGESTIONS } },
        }),
      ).items,
    select: (items) => sortByName(items, (contact) => contact.full_name),
    placeholderData: keepPreviousData,
  });
}

/** Adds a contact (with an Idempotency-Key) or changes one (If-Match of the version read). */
export function useSaveContact(contact: Contact | undefined) {
  const queryClient = useQueryClient();
  const [keys] = useState(() => new IdempotencyKeys());
  return useMutation({
    mutationFn: async (body: ContactInput) => {
      if (contact) {
        const { unit_id: _unit, ...changes } = body;
        return unwrap(
          await api.PATCH("/api/v1/media/contacts/{contact_id}", {
            params: {
              path: { contact_id: contact.id },
              header: { "If-Match": ifMatch(contact.version) },
            },
            body: changes,
          }),
        );
      }
      return keys.send(body, async (key, bytes) =>
        unwrap(
          await api.POST("/api/v1/media/contacts", {
            body,
            bodySerializer: () => bytes,
            headers: { "Idempotency-Key": key },
          }),
        ),
      );
    },
    // Duplicates are worked out across the commune: other contacts may have changed too.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: mediaKeys.contacts }),
  });
}

export function useDeleteContact(contact: Contact) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async () =>
      unwrap(
        await api.DELETE("/api/v1/media/contacts/{contact_id}", {
          params: {
            path: { contact_id: contact.id },
            header: { "If-Match": ifMatch(contact.version) },
          },
        }),
      ),
    onSuccess: () => forget(queryClient, mediaKeys.contacts, contact.id),
  });
}

/** Merges contact `merged` into contact `kept` (admins); answers the kept contact. */
export function useMergeContacts() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ merged, kept }: { merged: number; kept: number }) =>
      unwrap(
        await api.POST("/api/v1/media/contacts/{contact_id}/merge", {
          params: { path: { contact_id: merged } },
          body: { into_id: kept },
        }),
      ),
    onSuccess: (_kept, { merged }) => forget(queryClient, mediaKeys.all, merged, "contacts"),
  });
}

// --- interactions --------------------------------------------------------------------------

export interface InteractionFilters {
  q?: string;
  kind?: InteractionKind;
  outletId?: number;
  contactId?: number;
  from?: string;
  to?: string;
  status?: FollowUpStatus;
  overdue?: boolean;
  taskId?: number;
  /** Only press reports not answered yet (the follow-up queue's; never in the address). */
  open?: boolean;
  page?: number;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const isoDate = (value: string | null) => (value && ISO_DATE.test(value) ? value : undefined);

export function interactionFiltersFromSearch(search: string): InteractionFilters {
  const params = new URLSearchParams(search);
  return {
    q: params.get("q")?.trim() || undefined,
    kind: oneOf(INTERACTION_KINDS, params.get("kind")),
    outletId: positive(params.get("outlet")),
    contactId: positive(params.get("contact")),
    from: isoDate(params.get("from")),
    to: isoDate(params.get("to")),
    status: oneOf(FOLLOW_UP_STATUSES, params.get("status")),
    overdue: params.get("overdue") === "1" || undefined,
    taskId: positive(params.get("task")),
    page: positive(params.get("page")),
  };
}

export function searchFromInteractionFilters(filters: InteractionFilters): string {
  return toSearch({
    q: filters.q,
    kind: filters.kind,
    outlet: filters.outletId,
    contact: filters.contactId,
    from: filters.from,
    to: filters.to,
    status: filters.status,
    overdue: filters.overdue,
    task: filters.taskId,
    page: filters.page,
  });
}

/** The API's filters for these (a list's page, or its export); the latest first. */
export function interactionQuery(filters: InteractionFilters) {
  return {
    q: filters.q,
    kind: filters.kind,
    outlet_id: filters.outletId,
    contact_id: filters.contactId,
    occurred_from: filters.from,
    occurred_to: filters.to,
    follow_up_status: filters.status,
    overdue: filters.overdue,
    task_id: filters.taskId,
    open: filters.open,
  };
}

function interactionList(
  query: ReturnType<typeof interactionQuery>,
  sort: string,
  page?: number,
  limit = PAGE_SIZE,
) {
  return queryOptions({
    queryKey: [...mediaKeys.interactions, "list", query, sort, page ?? 1, limit],
    queryFn: async () =>
      counted(
        unwrap(
          await api.GET("/api/v1/media/interactions", {
            params: { query: { ...query, sort, limit, offset: ((page ?? 1) - 1) * limit } },
          }),
        ),
      ),
  });
}

export function useInteractions(filters: InteractionFilters, enabled = true) {
  return useQuery({
    ...interactionList(interactionQuery(filters), "-occurred_on", filters.page),
    enabled,
    placeholderData: keepPreviousData,
  });
}

/** As many open reports as one page may hold (a commune has a handful). */
const QUEUE_LIMIT = 200;

/** Earliest due date first (those past due lead), then the earliest received. */
export function byDueDate(a: Interaction, b: Interaction): number {
  const due = (item: Interaction) => item.follow_up?.due_on ?? "9999-12-31";
  return due(a).localeCompare(due(b)) || a.occurred_on.localeCompare(b.occurred_on) || a.id - b.id;
}

/**
 * Press reports not answered yet, by due date, overdue first (one page: `complete` is false
 * when there are more).
 */
export function useFollowUpQueue() {
  return useQuery({
    ...interactionList(
      interactionQuery({ kind: "press_report", open: true }),
      "due_on",
      1,
      QUEUE_LIMIT,
    ),
    select: (page) => ({
      items: [...page.items].sort(byDueDate),
      complete: (page.total ?? 0) <= page.items.length,
    }),
  });
}

function interactionDetail(id: number) {
  return queryOptions({
    queryKey: [...mediaKeys.interactions, "detail", id],
    queryFn: async () =>
      unwrap(
        await api.GET("/api/v1/media/interactions/{interaction_id}", {
          params: { path: { interaction_id: id } },
        }),
      ),
  });
}

export function useInteraction(id: number, enabled = true) {
  return useQuery({ ...interactionDetail(id), enabled });
}

/** After a change to one interaction: its page shows the answer at once, lists refresh. */
function settle(queryClient: ReturnType<typeof useQueryClient>, saved: Interaction) {
  queryClient.setQueryData(interactionDetail(saved.id).queryKey, saved);
  // A contact's history and last-contacted date follow its interactions.
  void queryClient.invalidateQueries({ queryKey: mediaKeys.contacts });
  return queryClient.invalidateQueries({
    queryKey: mediaKeys.interactions,
    predicate: (query) => query.queryKey[2] !== "detail",
  });
}

/** Logs an interaction (with an Idempotency-Key) or changes one (If-Match of the version read). */
export function useSaveInteraction(interaction: Interaction | undefined) {
  const queryClient = useQueryClient();
  const [keys] = useState(() => new IdempotencyKeys());
  return useMutation({
    mutationFn: async (body: InteractionInput) => {
      if (interaction) {
        // Where it was logged, and the task it reported progress on, stay as they were.
        const { unit_id: _unit, task_id: _task, ...changes } = body;
        return unwrap(
          await api.PATCH("/api/v1/media/interactions/{interaction_id}", {
            params: {
              path: { interaction_id: interaction.id },
              header: { "If-Match": ifMatch(interaction.version) },
            },
            body: changes,
          }),
        );
      }
      return keys.send(body, async (key, bytes) =>
        unwrap(
          await api.POST("/api/v1/media/interactions", {
            body,
            bodySerializer: () => bytes,
            headers: { "Idempotency-Key": key },
          }),
        ),
      );
    },
    onSuccess: (saved) => settle(queryClient, saved),
  });
}

export function useDeleteInteraction(interaction: Interaction) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async () =>
      unwrap(
        await api.DELETE("/api/v1/media/interactions/{interaction_id}", {
          params: {
            path: { interaction_id: interaction.id },
            header: { "If-Match": ifMatch(interaction.version) },
          },
        }),
      ),
    onSuccess: () => {
      forget(queryClient, mediaKeys.interactions, interaction.id);
      void queryClient.invalidateQueries({ queryKey: mediaKeys.contacts });
    },
  });
}

export type FollowUpStep = Schemas["FollowUpStep"];

/** Moves a press report's follow-up to its next step (If-Match of the version read). */
export function useAdvanceFollowUp(interaction: Interaction) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: FollowUpStep) =>
      unwrap(
        await api.POST("/api/v1/media/interactions/{interaction_id}/follow-up", {
          params: {
            path: { interaction_id: interaction.id },
            header: { "If-Match": ifMatch(interaction.version) },
          },
          body,
        }),
      ),
    onSuccess: (saved) => settle(queryClient, saved),
  });
}

/** Attaches a file (PDF, Office document, image) to an interaction. */
export function useUploadDocument(interactionId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (file: File) =>
      unwrap(
        await api.POST("/api/v1/media/interactions/{interaction_id}/documents", {
          params: { path: { interaction_id: interactionId } },
          // The schema types a file field as a string (its bytes); the browser sends the File.
          body: { file: file as unknown as string },
          bodySerializer: () => {
            const form = new FormData();
            form.append("file", file, file.name);
            return form;
          },
        }),
      ),
    onSuccess: () =>
      queryClient.invalidateQueries({ queryKey: interactionDetail(interactionId).queryKey }),
  });
}

export function useDeleteDocument(interactionId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (documentId: number) =>
      unwrap(
        await api.DELETE("/api/v1/media/interactions/{interaction_id}/documents/{document_id}", {
          params: { path: { interaction_id: interactionId, document_id: documentId } },
        }),
      ),
    onSuccess: () =>
      queryClient.invalidateQueries({ queryKey: interactionDetail(interactionId).queryKey }),
  });
}

/** Saves an attached document under its own name. */
export function downloadDocument(interactionId: number, document: InteractionDocument) {
  return saveFile(
    apiUrl(`/api/v1/media/interactions/${interactionId}/documents/${document.id}`),
    document.filename,
  );
}

// --- exports -------------------------------------------------------------------------------

export type ExportSubject = "interactions" | "contacts" | "outlets";

/** Saves the list of `subject` filtered by `query` (the API's names) as CSV or XLSX. */
export function exportList(
  subject: ExportSubject,
  format: "csv" | "xlsx",
  query: Record<string, string | number | boolean | undefined>,
): Promise<void> {
  return saveFile(
    apiUrl(`/api/v1/media/${subject}/export`, { ...query, format }),
    `ttdn-${subject}.${format}`,
  );
}
