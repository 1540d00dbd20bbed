// The plans' data: the queries and mutations of plans (deleting a draft, closing an issued plan
// included), their sections and căn cứ, the plan's whole task list for the editor, reading a
// plan's text into a draft, and the files a plan gives (its document in the formats the server
// makes, its task table).
// Screens call these hooks, never the API client.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { api, counted, IdempotencyKeys, ifMatch, type Schemas, unwrap } from "../../api/client";
import { apiUrl, saveFile } from "../../api/download";

export type Plan = Schemas["PlanDetail"];
export type PlanListItem = Schemas["PlanRead"];
export type PlanInput = Schemas["PlanCreate"];
export type PlanChanges = Schemas["PlanUpdate"];
export type SectionNode = Schemas["SectionNode"];
export type SectionInput = Schemas["SectionCreate"];
export type SectionChanges = Schemas["SectionUpdate"];
export type LegalReference = Schemas["LegalReferenceRead"];
export type LegalReferenceInput = Schemas["LegalReferenceCreate"];
export type PlanTask = Schemas["TaskListItem"];
export type Proposal = Schemas["Proposal"];
export type ReviewedDraft = Schemas["ReviewedDraft"];

/** Every key starts with "plans" (not kept offline: the copy holds tasks, not documents). */
export const planKeys = {
  all: ["plans"] as const,
  list: ["plans", "list"] as const,
  detail: (id: number) => ["plans", "detail", id] as const,
  sections: (id: number) => ["plans", "sections", id] as const,
  tasks: (id: number) => ["plans", "tasks", id] as const,
  references: ["plans", "legal-references"] as const,
  documentFormats: ["plans", "document-formats"] as const,
};

export function usePlans() {
  return useQuery({
    queryKey: planKeys.list,
    queryFn: async () =>
      unwrap(await api.GET("/api/v1/plans", { params: { query: { limit: 200, sort: "-year" } } })),
  });
}

export function usePlan(id: number, enabled = true) {
  return useQuery({
    enabled,
    queryKey: planKeys.detail(id),
    queryFn: async () =>
      unwrap(await api.GET("/api/v1/plans/{plan_id}", { params: { path: { plan_id: id } } })),
  });
}

export function useSections(id: number, enabled = true) {
  return useQuery({
    enabled,
    queryKey: planKeys.sections(id),
    queryFn: async () =>
      unwrap(
        await api.GET("/api/v1/plans/{plan_id}/sections", { params: { path: { plan_id: id } } }),
      ),
  });
}

/** As many tasks as one page may hold; a plan has a few dozen. */
const TASK_PAGE = 200;

/** Every task of the plan in the order they were written (page after page). */
export function usePlanTasks(planId: number, enabled = true) {
  return useQuery({
    enabled,
    queryKey: planKeys.tasks(planId),
    queryFn: async () => {
      const items: PlanTask[] = [];
      for (let offset = 0; ; offset += TASK_PAGE) {
        const page = counted(
          unwrap(
            await api.GET("/api/v1/tasks", {
              params: {
                query: { plan_id: planId, sort: "created_at", limit: TASK_PAGE, offset },
              },
            }),
          ),
        );
        items.push(...page.items);
        if (page.items.length === 0 || items.length >= page.total) return items;
      }
    },
  });
}

/** After a plan changed: its page shows the answer at once, lists refresh. */
function settlePlan(queryClient: ReturnType<typeof useQueryClient>, saved: Plan) {
  queryClient.setQueryData(planKeys.detail(saved.id), saved);
  return queryClient.invalidateQueries({ queryKey: planKeys.list });
}

/** Starts a draft plan (with an Idempotency-Key). */
export function useCreatePlan() {
  const queryClient = useQueryClient();
  const [keys] = useState(() => new IdempotencyKeys());
  return useMutation({
    mutationFn: (body: PlanInput) =>
      keys.send(body, async (key, bytes) =>
        unwrap(
          await api.POST("/api/v1/plans", {
            body,
            bodySerializer: () => bytes,
            headers: { "Idempotency-Key": key },
          }),
        ),
      ),
    onSuccess: (saved) => settlePlan(queryClient, saved),
  });
}

/** Changes a draft's fields given, at the version the editor read (412 when someone else saved
 * since). */
export function useSavePlan(planId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ version, changes }: { version: number; changes: PlanChanges }) =>
      unwrap(
        await api.PATCH("/api/v1/plans/{plan_id}", {
          params: { path: { plan_id: planId }, header: { "If-Match": ifMatch(version) } },
          body: changes,
        }),
      ),
    onSuccess: (saved) => settlePlan(queryClient, saved),
  });
}

/** Reads the plan again (after a conflict): the plan as now saved, for a form to start over
 * from (undefined when it could not be read). */
export function useReloadPlan(planId: number) {
  const queryClient = useQueryClient();
  return async () => {
    await queryClient.refetchQueries({ queryKey: planKeys.detail(planId), exact: true });
    return queryClient.getQueryData<Plan>(planKeys.detail(planId));
  };
}

/** Reads the sections again (after a conflict): the section `id` as now saved. */
export function useReloadSection(planId: number) {
  const queryClient = useQueryClient();
  return async (id: number) => {
    await queryClient.refetchQueries({ queryKey: planKeys.sections(planId), exact: true });
    const tree = queryClient.getQueryData<SectionNode[]>(planKeys.sections(planId));
    return tree ? findSection(tree, id) : undefined;
  };
}

export interface IssueInput {
  number: number | null;
  issued_on: string | null;
}

/** Issues a draft under a number (the next of its year when none is given) and a date. */
export function useIssuePlan(planId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ version, ...body }: IssueInput & { version: number }) =>
      unwrap(
        await api.POST("/api/v1/plans/{plan_id}/issue", {
          params: { path: { plan_id: planId }, header: { "If-Match": ifMatch(version) } },
          body,
        }),
      ),
    onSuccess: (saved) => {
      void settlePlan(queryClient, saved);
      // Its tasks are live now: statuses, counts and notices follow.
      void queryClient.invalidateQueries({ queryKey: ["tasks"] });
      return queryClient.invalidateQueries({ queryKey: planKeys.tasks(planId) });
    },
  });
}

/** A new year's draft copied from plan `planId` (with an Idempotency-Key). */
export function useCopyPlan(planId: number) {
  const queryClient = useQueryClient();
  const [keys] = useState(() => new IdempotencyKeys());
  return useMutation({
    mutationFn: (body: { year: number }) =>
      keys.send(body, async (key, bytes) =>
        unwrap(
          await api.POST("/api/v1/plans/{plan_id}/copy", {
            params: { path: { plan_id: planId } },
            body,
            bodySerializer: () => bytes,
            headers: { "Idempotency-Key": key },
          }),
        ),
      ),
    onSuccess: (saved) => settlePlan(queryClient, saved),
  });
}

/** Deletes a draft (soft: an admin can undo it), at the version the screen read. */
export function useDeleteDraft(planId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (version: number) =>
      unwrap(
        await api.DELETE("/api/v1/plans/{plan_id}", {
          params: { path: { plan_id: planId }, header: { "If-Match": ifMatch(version) } },
        }),
      ),
    onSuccess: () => {
      // Read again only when opened again (it then answers 404), not while the screen leaves.
      void queryClient.invalidateQueries({
        queryKey: planKeys.detail(planId),
        refetchType: "none",
      });
      return queryClient.invalidateQueries({ queryKey: planKeys.list });
    },
  });
}

/** Closes an issued plan: it stays readable, and nothing of it changes any more. */
export function useClosePlan(planId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (version: number) =>
      unwrap(
        await api.POST("/api/v1/plans/{plan_id}/close", {
          params: { path: { plan_id: planId }, header: { "If-Match": ifMatch(version) } },
        }),
      ),
    onSuccess: (saved) => settlePlan(queryClient, saved),
  });
}

// --- sections ------------------------------------------------------------------------------

/**
 * Adds, changes, moves and deletes the sections of a draft. Each write moves siblings along, so
 * the whole tree (and the plan, whose purposes come from its sections) is read again after it.
 */
export function useSectionWrites(planId: number) {
  const queryClient = useQueryClient();
  const settle = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: planKeys.sections(planId) }),
      queryClient.invalidateQueries({ queryKey: planKeys.detail(planId) }),
    ]);
  const create = useMutation({
    mutationFn: async (body: SectionInput) =>
      unwrap(
        await api.POST("/api/v1/plans/{plan_id}/sections", {
          params: { path: { plan_id: planId } },
          body,
        }),
      ),
    onSuccess: settle,
  });
  const update = useMutation({
    mutationFn: async ({ section, changes }: { section: SectionNode; changes: SectionChanges }) =>
      unwrap(
        await api.PATCH("/api/v1/plans/{plan_id}/sections/{section_id}", {
          params: {
            path: { plan_id: planId, section_id: section.id },
            header: { "If-Match": ifMatch(section.version) },
          },
          body: changes,
        }),
      ),
    onSettled: settle,
  });
  const remove = useMutation({
    mutationFn: async (section: SectionNode) =>
      unwrap(
        await api.DELETE("/api/v1/plans/{plan_id}/sections/{section_id}", {
          params: {
            path: { plan_id: planId, section_id: section.id },
            header: { "If-Match": ifMatch(section.version) },
          },
        }),
      ),
    onSettled: settle,
  });
  return { create, update, remove };
}

// --- căn cứ --------------------------------------------------------------------------------

/** How many documents the search offers for what was typed. */
const REFERENCE_SUGGESTIONS = 8;

/** Legal references matching what was typed (diacritics ignored), the latest first. */
export function useLegalReferenceSearch(q: string, enabled = true) {
  return useQuery({
    enabled,
    queryKey: [...planKeys.references, q],
    queryFn: async () =>
      unwrap(
        await api.GET("/api/v1/legal-references", {
          params: {
            query: { q: q || undefined, sort: "-issued_on", limit: REFERENCE_SUGGESTIONS },
          },
        }),
      ).items,
    staleTime: 5 * 60_000,
  });
}

/** Adds a legal reference to the shared list (with an Idempotency-Key). */
export function useCreateLegalReference() {
  const queryClient = useQueryClient();
  const [keys] = useState(() => new IdempotencyKeys());
  return useMutation({
    mutationFn: (body: LegalReferenceInput) =>
      keys.send(body, async (key, bytes) =>
        unwrap(
          await api.POST("/api/v1/legal-references", {
            body,
            bodySerializer: () => bytes,
            headers: { "Idempotency-Key": key },
          }),
        ),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: planKeys.references }),
  });
}

// --- importing a plan's text ------------------------------------------------------------

/** What the coordinator gives to be read: pasted text or a file (DOCX, PDF with text, TXT). */
export type ImportSource = { text: string } | { file: File };

/** Reads a plan's text into a proposal to review; creates nothing. */
export function useImportProposal() {
  return useMutation({
    mutationFn: async (source: ImportSource) =>
      unwrap(
        await api.POST("/api/v1/plans/import", {
          // The schema types a file field as a string (its bytes); the browser sends the File.
          body: "file" in source ? { file: source.file as unknown as string } : source,
          bodySerializer: () => {
            const form = new FormData();
            if ("file" in source) form.append("file", source.file, source.file.name);
            else form.append("text", source.text);
            return form;
          },
        }),
      ),
  });
}

/** Creates the reviewed draft in one go, or nothing (with an Idempotency-Key). */
export function useCreateImportedDraft() {
  const queryClient = useQueryClient();
  const [keys] = useState(() => new IdempotencyKeys());
  return useMutation({
    mutationFn: (body: ReviewedDraft) =>
      keys.send(body, async (key, bytes) =>
        unwrap(
          await api.POST("/api/v1/plans/import/draft", {
            body,
            bodySerializer: () => bytes,
            headers: { "Idempotency-Key": key },
          }),
        ),
      ),
    onSuccess: (saved) => settlePlan(queryClient, saved),
  });
}

// --- files ---------------------------------------------------------------------------------

/** The document formats the server makes (PDF only where it has LibreOffice): asked once a
 * session. */
export function useDocumentFormats() {
  return useQuery({
    queryKey: planKeys.documentFormats,
    queryFn: async () => unwrap(await api.GET("/api/v1/documents/formats")),
    staleTime: Number.POSITIVE_INFINITY,
    gcTime: Number.POSITIVE_INFINITY,
  });
}

/** Saves the plan as its official document (DOCX, or PDF where the server can make one). */
export function downloadPlanDocument(plan: Pick<Plan, "id">, format: "docx" | "pdf") {
  return saveFile(
    apiUrl(`/api/v1/plans/${plan.id}/document.${format}`),
    `ke-hoach-${plan.id}.${format}`,
  );
}

/** Saves the plan's task table as an Excel workbook or CSV. */
export function exportPlanTasks(planId: number, format: "xlsx" | "csv") {
  return saveFile(
    apiUrl("/api/v1/tasks/export", { format, plan_id: planId }),
    `nhiem-vu-ke-hoach-${planId}.${format}`,
  );
}

// --- reading the tree ----------------------------------------------------------------------

/** The section `id` anywhere in the tree. */
export function findSection(nodes: readonly SectionNode[], id: number): SectionNode | undefined {
  for (const node of nodes) {
    if (node.id === id) return node;
    const found = findSection(node.children ?? [], id);
    if (found) return found;
  }
  return undefined;
}

/** Every section in reading order with its depth (0 for a root). */
export function flattenSections(
  nodes: readonly SectionNode[],
  depth = 0,
): { node: SectionNode; depth: number }[] {
  return nodes.flatMap((node) => [
    { node, depth },
    ...flattenSections(node.children ?? [], depth + 1),
  ]);
}

/** The ids of `node` and of every section below it. */
export function subtreeIds(node: SectionNode): Set<number> {
  return new Set(flattenSections([node]).map((entry) => entry.node.id));
}

/** `I` → `I.`, `4.1` → `4.1.`: section codes as the document prints them. */
export function sectionNumber(code: string): string {
  return code.endsWith(".") ? code : `${code}.`;
}

/** Body text as paragraphs (the API keeps line breaks). */
export function paragraphs(text: string | null | undefined): string[] {
  return (text ?? "")
    .split(/\n+/)
    .map((line) => line.trim())
    .filter(Boolean);
}

/**
 * One line of the căn cứ block: the citation, completed by the title when it adds something.
 * A title that repeats the document type replaces the shorter citation ("Công ước của Liên hợp
 * quốc" + "Công ước Liên hiệp quốc về Luật Biển năm 1982"); after a numbered citation the title
 * continues the sentence in lower case, as documents write it.
 */
export function basisText(citation: string, title: string | null | undefined): string {
  const extra = (title ?? "").trim();
  if (!extra || citation.includes(extra)) return citation;
  const kind = citation.split(/\s+/).slice(0, 2).join(" ").toLocaleLowerCase("vi");
  if (extra.toLocaleLowerCase("vi").startsWith(kind)) return extra;
  const numbered = /\bsố\b|\bngày\b/.test(citation);
  const continued = numbered ? extra.charAt(0).toLocaleLowerCase("vi") + extra.slice(1) : extra;
  return `${citation} ${continued}`;
}
