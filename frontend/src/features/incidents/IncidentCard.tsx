import { Link } from "wouter";
import { formatDateTime } from "../../i18n/format";
import { useT } from "../../i18n/i18n";
import { EscalationBadge, IncidentStatusBadge, SeverityBadge, VerdictBadge } from "./badges";
import { categoryKey, platformKey } from "./kinds";
import type { Incident } from "./queries";

/** One incident in a list: its code and title, where it stands, where and when it was seen;
 * with its commune's name where the list spans communes (the superior level's). */
export function IncidentCard({
  incident,
  showCommune = false,
}: {
  incident: Incident;
  showCommune?: boolean;
}) {
  const t = useT();
  return (
    <li>
      <Link
        href={`/incidents/${incident.id}`}
        className={`incident-card severity-edge-${incident.severity}`}
      >
        <span className="incident-card-code">
          {incident.code}
          {showCommune ? (
            <span className="incident-card-commune"> · {incident.unit_name}</span>
          ) : null}
        </span>
        <span className="incident-card-title">{incident.title}</span>
        <span className="incident-card-tags">
          <IncidentStatusBadge status={incident.status} />
          <SeverityBadge severity={incident.severity} />
          {incident.verdict ? <VerdictBadge verdict={incident.verdict} /> : null}
          <EscalationBadge
            escalatedAt={incident.escalated_at}
            acknowledgedAt={incident.acknowledged_at}
          />
        </span>
        <span className="incident-card-meta">
          {t(platformKey(incident.platform))}
          {" · "}
          <time dateTime={incident.detected_at}>{formatDateTime(incident.detected_at)}</time>
          {" · "}
          {t(categoryKey(incident.category))}
          {incident.sightings > 1
            ? ` · ${t("incidents.sightings", { count: incident.sightings })}`
            : ""}
        </span>
      </Link>
    </li>
  );
}
