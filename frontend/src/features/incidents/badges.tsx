// An incident's state in words and a symbol (colour only repeats what the words say).
import { useT } from "../../i18n/i18n";
import {
  type Classification,
  classificationKey,
  type IncidentStatus,
  SEVERITY_SYMBOL,
  type Severity,
  STATUS_SYMBOL,
  severityKey,
  statusKey,
  type Verdict,
  verdictKey,
} from "./kinds";

export function IncidentStatusBadge({ status }: { status: IncidentStatus }) {
  const t = useT();
  return (
    <span className={`badge incident-status-${status}`}>
      <span className="badge-symbol" aria-hidden="true">
        {STATUS_SYMBOL[status]}
      </span>
      {t(statusKey(status))}
    </span>
  );
}

export function SeverityBadge({ severity }: { severity: Severity }) {
  const t = useT();
  return (
    <span className={`badge severity-${severity}`}>
      <span className="badge-symbol" aria-hidden="true">
        {SEVERITY_SYMBOL[severity]}
      </span>
      {t("incidents.severityLabel", { severity: t(severityKey(severity)) })}
    </span>
  );
}

export function VerdictBadge({ verdict }: { verdict: Verdict }) {
  const t = useT();
  const found = verdict !== "true";
  return (
    <span className={`badge ${found ? "verdict-found" : "verdict-cleared"}`}>
      <span className="badge-symbol" aria-hidden="true">
        {verdict === "true" ? "✓" : verdict === "unverified" ? "?" : "✕"}
      </span>
      {t(verdictKey(verdict))}
    </span>
  );
}

export function ClassificationTag({ classification }: { classification: Classification }) {
  const t = useT();
  return (
    <span className={`tag classification-${classification}`}>
      {t(classificationKey(classification))}
    </span>
  );
}

/** Reported to the superior level, and whether it acknowledged it. */
export function EscalationBadge({
  escalatedAt,
  acknowledgedAt,
}: {
  escalatedAt: string | null;
  acknowledgedAt: string | null;
}) {
  const t = useT();
  if (!escalatedAt) return null;
  return (
    <span className={`badge ${acknowledgedAt ? "escalation-acknowledged" : "escalation-waiting"}`}>
      <span className="badge-symbol" aria-hidden="true">
        ↑
      </span>
      {acknowledgedAt ? t("incidents.acknowledged") : t("incidents.escalated")}
    </span>
  );
}
