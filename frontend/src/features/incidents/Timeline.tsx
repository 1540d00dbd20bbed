import { formatDateTime } from "../../i18n/format";
import { type MessageKey, type Translate, useT } from "../../i18n/i18n";
import {
  type ActionKind,
  actionKindKey,
  eventKey,
  type IncidentStatus,
  statusKey,
  type Verdict,
  verdictKey,
} from "./kinds";
import type { Incident, IncidentEvent } from "./queries";

const text = (value: unknown): string | undefined =>
  typeof value === "string" && value ? value : undefined;

/** The words of an entry: what happened, in one line. */
function headline(event: IncidentEvent, t: Translate): string {
  const details = event.details;
  switch (event.kind) {
    case "transition":
      return event.from_status && event.to_status
        ? t("incidentEvent.transitionFromTo", {
            from: t(statusKey(event.from_status as IncidentStatus)),
            to: t(statusKey(event.to_status as IncidentStatus)),
          })
        : t(eventKey(event.kind));
    case "verdict": {
      const verdict = text(details.to);
      return verdict
        ? t("incidentEvent.verdictTo", { verdict: t(verdictKey(verdict as Verdict)) })
        : t(eventKey(event.kind));
    }
    case "action": {
      const kind = text(details.kind);
      return kind
        ? t("incidentEvent.actionOf", { action: t(actionKindKey(kind as ActionKind)) })
        : t(eventKey(event.kind));
    }
    case "evidence_added":
    case "evidence_removed": {
      const name = text(details.filename);
      return name
        ? t(`incidentEvent.${event.kind}Named` as MessageKey, { name })
        : t(eventKey(event.kind));
    }
    case "edited": {
      const fields = Array.isArray(details.fields) ? details.fields.map(String) : [];
      return fields.length > 0
        ? t("incidentEvent.editedFields", {
            fields: fields.map((field) => t(`incidentField.${field}` as MessageKey)).join(", "),
          })
        : t(eventKey(event.kind));
    }
    default:
      return t(eventKey(event.kind));
  }
}

/** The addresses another report of the incident named. */
function sightingUrls(event: IncidentEvent): string[] {
  const urls = event.details.urls;
  return event.kind === "sighting" && Array.isArray(urls) ? urls.map(String) : [];
}

/** Everything done on the incident, oldest first: each entry with who, when and why. */
export function Timeline({ incident }: { incident: Incident }) {
  const t = useT();
  return (
    <section className="card" aria-labelledby="incident-timeline">
      <h2 id="incident-timeline">{t("incidents.timeline")}</h2>
      <ol className="incident-timeline">
        {incident.timeline.map((event) => (
          <li key={event.id} className={`timeline-entry timeline-${event.kind}`}>
            <p className="timeline-head">
              <strong>{headline(event, t)}</strong>
            </p>
            <p className="timeline-meta muted small">
              {event.author_name}
              {" · "}
              <time dateTime={event.created_at}>{formatDateTime(event.created_at)}</time>
            </p>
            {event.reason ? <p className="prose timeline-reason">{event.reason}</p> : null}
            {sightingUrls(event).length > 0 ? (
              <ul className="plain-list small">
                {sightingUrls(event).map((url) => (
                  <li key={url} className="link-break">
                    {url}
                  </li>
                ))}
              </ul>
            ) : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
