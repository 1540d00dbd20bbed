// Incidents deleted by mistake, for those who may restore them: the commune's administrator,
// and those who may delete them (the leader, the security unit). Each sees those it reads.
import { useQuery } from "@tanstack/react-query";
import { api, unwrap } from "../../api/client";
import { can, type HasCapabilities } from "../auth/capabilities";
import { type Incident, incidentKeys } from "./queries";

/** The API's bound on a page: a commune deletes a handful. */
const LATEST = 200;

export function mayRestoreIncidents(me: HasCapabilities | null | undefined): boolean {
  return can(me, "records:restore") || can(me, "incidents:close");
}

/** The latest deleted first. */
export function byDeletion(a: Incident, b: Incident): number {
  return (b.deleted_at ?? "").localeCompare(a.deleted_at ?? "") || b.id - a.id;
}

export function useDeletedIncidents(enabled: boolean) {
  return useQuery({
    queryKey: incidentKeys.deleted,
    enabled,
    queryFn: async () => {
      const page = unwrap(
        await api.GET("/api/v1/incidents", {
          params: { query: { deleted: true, limit: LATEST } },
        }),
      );
      return [...page.items].sort(byDeletion);
    },
  });
}
