// Incidents deleted by mistake and not restored since, for the administrator who may restore
// them. The incident list has no filter for deleted ones, and a deleted incident is not read, so
// they are found where every deletion and restoration is recorded: the audit log.
import { useQuery } from "@tanstack/react-query";
import { api, type Schemas, unwrap } from "../../api/client";
import { incidentKeys } from "./queries";

type AuditEvent = Schemas["AuditEventRead"];

export interface DeletedIncident {
  incidentId: number;
  deletedAt: string;
  /** The account that deleted it (none for a deletion made by the system). */
  deletedBy: string | null;
}

/** The API's bound on a page: the latest deletions and restorations this many of each. */
const LATEST = 200;

/**
 * The incidents whose latest deletion no restoration followed, the latest deleted first. The
 * audit log is one chain, so a later event has a greater id (two in the same second too).
 */
export function stillDeleted(
  deletions: readonly AuditEvent[],
  restorations: readonly AuditEvent[],
): DeletedIncident[] {
  const latest = (events: readonly AuditEvent[]) => {
    const byIncident = new Map<string, AuditEvent>();
    for (const event of events) {
      const known = event.object_id === null ? undefined : byIncident.get(event.object_id);
      if (event.object_id !== null && (!known || event.id > known.id))
        byIncident.set(event.object_id, event);
    }
    return byIncident;
  };
  const restored = latest(restorations);
  return [...latest(deletions).values()]
    .filter((deletion) => (restored.get(deletion.object_id ?? "")?.id ?? 0) < deletion.id)
    .sort((a, b) => b.id - a.id)
    .map((deletion) => ({
      incidentId: Number(deletion.object_id),
      deletedAt: deletion.occurred_at,
      deletedBy: deletion.actor_username,
    }));
}

async function incidentEvents(action: "incidents.delete" | "incidents.restore") {
  const page = unwrap(
    await api.GET("/api/v1/audit", {
      params: { query: { object_type: "incident", action, limit: LATEST } },
    }),
  );
  return page.items;
}

/** Needs `audit:read` as well as `records:restore` (administrators have both). */
export function useDeletedIncidents(enabled: boolean) {
  return useQuery({
    queryKey: incidentKeys.deleted,
    enabled,
    queryFn: async () => {
      const [deletions, restorations] = await Promise.all([
        incidentEvents("incidents.delete"),
        incidentEvents("incidents.restore"),
      ]);
      return stillDeleted(deletions, restorations);
    },
  });
}
