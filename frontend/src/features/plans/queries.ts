import { useQuery } from "@tanstack/react-query";
import { api, type Schemas, unwrap } from "../../api/client";

export type Plan = Schemas["PlanDetail"];
export type SectionNode = Schemas["SectionNode"];

export function usePlans() {
  return useQuery({
    queryKey: ["plans", "list"],
    queryFn: async () =>
      unwrap(await api.GET("/api/v1/plans", { params: { query: { limit: 200, sort: "-year" } } })),
  });
}

export function usePlan(id: number) {
  return useQuery({
    queryKey: ["plans", "detail", id],
    queryFn: async () =>
      unwrap(await api.GET("/api/v1/plans/{plan_id}", { params: { path: { plan_id: id } } })),
  });
}

export function useSections(id: number, enabled = true) {
  return useQuery({
    enabled,
    queryKey: ["plans", "sections", id],
    queryFn: async () =>
      unwrap(
        await api.GET("/api/v1/plans/{plan_id}/sections", { params: { path: { plan_id: id } } }),
      ),
  });
}

/** The section `id` anywhere in the tree. */
export function findSection(nodes: readonly SectionNode[], id: number): SectionNode | undefined {
  for (const node of nodes) {
    if (node.id === id) return node;
    const found = findSection(node.children ?? [], id);
    if (found) return found;
  }
  return undefined;
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
