// The closed lists of false-information incidents in display order, the symbols that go with
// their badges (never colour alone), and their words' keys (the words live in the i18n files).
import type { Schemas } from "../../api/client";
import type { MessageKey } from "../../i18n/i18n";

export type IncidentStatus = Schemas["IncidentStatus"];
export type Verdict = Schemas["Verdict"];
export type Platform = Schemas["Platform"];
export type Category = Schemas["Category"];
export type Scope = Schemas["Scope"];
export type Severity = Schemas["Severity"];
export type Classification = Schemas["Classification"];
export type EventKind = Schemas["EventKind"];
export type ActionKind = Schemas["ActionKind"];
export type PersonRole = Schemas["PersonRole"];
export type Decision = Schemas["Decision"];

/** The workflow's order: new → verifying → confirmed (or dismissed) → responding → resolved →
 * closed. */
export const INCIDENT_STATUSES: readonly IncidentStatus[] = [
  "new",
  "verifying",
  "confirmed",
  "dismissed",
  "responding",
  "resolved",
  "closed",
];

export const VERDICTS: readonly Verdict[] = [
  "false",
  "misleading",
  "partly_false",
  "unverified",
  "true",
];

/** The verdicts that go with a step: found false (confirmed), or not (dismissed). */
export const VERDICTS_FOR: Partial<Record<IncidentStatus, readonly Verdict[]>> = {
  confirmed: ["false", "misleading", "partly_false"],
  dismissed: ["true", "unverified"],
};

export const PLATFORMS: readonly Platform[] = [
  "facebook",
  "tiktok",
  "zalo",
  "youtube",
  "website",
  "press",
  "word_of_mouth",
  "other",
];

export const CATEGORIES: readonly Category[] = [
  "local_government",
  "local_socio_economic",
  "disasters_health",
  "fraud",
  "party_state_policy",
  "sovereignty",
  "democracy_rights_religion",
  "other",
];

export const SCOPES: readonly Scope[] = ["commune", "district_province", "national"];
export const SEVERITIES: readonly Severity[] = ["low", "medium", "high", "critical"];
export const CLASSIFICATIONS: readonly Classification[] = ["public", "internal", "confidential"];

export const ACTION_KINDS: readonly ActionKind[] = [
  "rebuttal_post",
  "radio_broadcast",
  "meeting",
  "takedown_request",
  "police_report",
  "superior_report",
  "sanction_proposal",
  "monitoring",
];

export const PERSON_ROLES: readonly PersonRole[] = ["author", "sharer", "commenter"];
export const DECISIONS: readonly Decision[] = [
  "none",
  "reminder",
  "commitment",
  "warning",
  "fine",
  "criminal_referral",
];

/** Open incidents: still being dealt with (a new report of their address joins them). */
export const OPEN_STATUSES: readonly IncidentStatus[] = [
  "new",
  "verifying",
  "confirmed",
  "responding",
];

export const STATUS_SYMBOL: Record<IncidentStatus, string> = {
  new: "●",
  verifying: "?",
  confirmed: "!",
  dismissed: "–",
  responding: "◔",
  resolved: "✓",
  closed: "■",
};

export const SEVERITY_SYMBOL: Record<Severity, string> = {
  low: "▁",
  medium: "▃",
  high: "▅",
  critical: "▇",
};

export const statusKey = (status: IncidentStatus) => `incidentStatus.${status}` as MessageKey;
export const verdictKey = (verdict: Verdict) => `verdict.${verdict}` as MessageKey;
export const platformKey = (platform: Platform) => `platform.${platform}` as MessageKey;
export const categoryKey = (category: Category) => `category.${category}` as MessageKey;
export const scopeKey = (scope: Scope) => `scope.${scope}` as MessageKey;
export const severityKey = (severity: Severity) => `severity.${severity}` as MessageKey;
export const classificationKey = (classification: Classification) =>
  `classification.${classification}` as MessageKey;
export const eventKey = (kind: EventKind) => `incidentEvent.${kind}` as MessageKey;
export const actionKindKey = (kind: ActionKind) => `actionKind.${kind}` as MessageKey;
export const personRoleKey = (role: PersonRole) => `personRole.${role}` as MessageKey;
export const decisionKey = (decision: Decision) => `decision.${decision}` as MessageKey;
