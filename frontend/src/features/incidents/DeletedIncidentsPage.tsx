import { useLocation } from "wouter";
import { ApiError, errorMessage } from "../../api/errors";
import { formatDateTime } from "../../i18n/format";
import { useT } from "../../i18n/i18n";
import { Icon } from "../../ui/icons";
import NotFoundPage from "../../ui/NotFoundPage";
import { PageHeader } from "../../ui/Page";
import { Empty, QueryView } from "../../ui/states";
import { useMe } from "../auth/me";
import { mayRestoreIncidents, useDeletedIncidents } from "./deleted";
import { IncidentsNav } from "./IncidentsNav";
import { type Incident, useRestoreIncident } from "./queries";
import "./incidents.css";

/** Incidents deleted by mistake, for those who may bring them back (deleted.ts). */
export default function DeletedIncidentsPage() {
  const t = useT();
  const me = useMe();
  const allowed = mayRestoreIncidents(me.data);
  const deleted = useDeletedIncidents(allowed);
  if (!allowed) return <NotFoundPage />;
  return (
    <>
      <IncidentsNav />
      <PageHeader title={t("deletedIncidents.title")} subtitle={t("deletedIncidents.subtitle")} />
      <QueryView query={deleted}>
        {(items) =>
          items.length === 0 ? (
            <Empty>{t("deletedIncidents.none")}</Empty>
          ) : (
            <ul className="deleted-incidents">
              {items.map((item) => (
                <DeletedIncidentItem key={item.id} incident={item} />
              ))}
            </ul>
          )
        }
      </QueryView>
    </>
  );
}

function DeletedIncidentItem({ incident }: { incident: Incident }) {
  const t = useT();
  const [, navigate] = useLocation();
  const restore = useRestoreIncident(incident.id);
  const name = `${incident.code} · ${incident.title}`;
  // Gone meanwhile (restored by another, or out of reach now): the API answers 404.
  const refusal =
    restore.error instanceof ApiError && restore.error.status === 404
      ? t("deletedIncidents.outOfReach")
      : restore.error
        ? errorMessage(restore.error, t)
        : null;
  return (
    <li className="card deleted-incident">
      <div>
        <p className="deleted-incident-name">
          <strong>{name}</strong>
        </p>
        {incident.deleted_at ? (
          <p className="muted small">
            {t("deletedIncidents.deletedAt", { time: formatDateTime(incident.deleted_at) })}
          </p>
        ) : null}
        {refusal ? (
          <p className="field-error" role="alert">
            {refusal}
          </p>
        ) : null}
      </div>
      <div className="button-row">
        <button
          type="button"
          className="button"
          disabled={restore.isPending}
          onClick={() =>
            restore.mutate(undefined, {
              onSuccess: (restored) => navigate(`/incidents/${restored.id}`),
            })
          }
        >
          <Icon name="retry" />
          {restore.isPending ? t("deletedIncidents.restoring") : t("deletedIncidents.restore")}
          <span className="visually-hidden"> {name}</span>
        </button>
      </div>
    </li>
  );
}
