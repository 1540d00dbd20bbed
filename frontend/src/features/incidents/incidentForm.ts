// What a person types about an incident (the report and its later correction share it): the
// values as the form holds them, their checks, and the fields the API is sent, in full for a
// report or only those that changed for a correction.

import { problemAt } from "../../api/errors";
import type { Translate } from "../../i18n/i18n";
import type { Category, Classification, Platform, Scope, Severity } from "./kinds";
import type { Incident, IncidentInput, IncidentPatch } from "./queries";

/** The form's values: text as typed, the choices of the closed lists ("" for none yet). */
export interface IncidentFieldValues {
  title: string;
  platform: Platform | "";
  category: Category | "";
  /** The post's address (the incident's first). */
  url: string;
  /** Its other addresses, one a line. */
  otherUrls: string;
  accountName: string;
  summary: string;
  views: string;
  shares: string;
  comments: string;
  scope: Scope;
  severity: Severity;
  classification: Classification;
}

export const REACH_FIELDS = ["views", "shares", "comments"] as const;

/** The fields a report keeps folded away on a phone (the API's names). */
export const DETAIL_FIELDS = [
  "urls",
  "account_name",
  "summary",
  "scope",
  ...REACH_FIELDS,
  "severity",
  "classification",
] as const;

/** The API's bound on views, shares and comments. */
const MAX_REACH = 10_000_000_000;
const URL_START = /^https?:\/\/\S+$/i;

export function blankIncidentFields(): IncidentFieldValues {
  return {
    title: "",
    platform: "",
    category: "",
    url: "",
    otherUrls: "",
    accountName: "",
    summary: "",
    views: "",
    shares: "",
    comments: "",
    scope: "commune",
    severity: "medium",
    classification: "internal",
  };
}

/** The values of an incident as recorded, for its correction. */
export function incidentFieldsOf(incident: Incident): IncidentFieldValues {
  const reach = (value: number | null) => (value === null ? "" : String(value));
  return {
    title: incident.title,
    platform: incident.platform,
    category: incident.category,
    url: incident.urls[0] ?? "",
    otherUrls: incident.urls.slice(1).join("\n"),
    accountName: incident.account_name ?? "",
    summary: incident.summary,
    views: reach(incident.views),
    shares: reach(incident.shares),
    comments: reach(incident.comments),
    scope: incident.scope,
    severity: incident.severity,
    classification: incident.classification,
  };
}

/** The addresses typed in `text`, one a line (or apart by spaces), each once. */
function addresses(text: string): string[] {
  return [...new Set(text.split(/\s+/).filter(Boolean))];
}

/** What is wrong with the values before anything is sent, by the API's field names (`url` for
 * the post's address). */
export function incidentFieldProblems(
  values: IncidentFieldValues,
  t: Translate,
): Record<string, string> {
  const found: Record<string, string> = {};
  if (!values.title.trim()) found.title = t("report.titleRequired");
  if (!values.platform) found.platform = t("report.platformRequired");
  if (!values.category) found.category = t("report.categoryRequired");
  if (values.url.trim() && !URL_START.test(values.url.trim())) found.url = t("report.urlInvalid");
  if (addresses(values.otherUrls).some((address) => !URL_START.test(address)))
    found.urls = t("report.urlInvalid");
  for (const name of REACH_FIELDS) {
    const value = values[name];
    const number = Number(value);
    if (value !== "" && (!Number.isInteger(number) || number < 0 || number > MAX_REACH))
      found[name] = t("report.reachInvalid");
  }
  return found;
}

/** The fields the form describes, as the API names them (an empty optional field is null). */
interface DescribedFields {
  title: string;
  platform: Platform | null;
  category: Category | null;
  urls: string[];
  account_name: string | null;
  summary: string;
  views: number | null;
  shares: number | null;
  comments: number | null;
  scope: Scope;
  severity: Severity;
  classification: Classification;
}

function described(values: IncidentFieldValues): DescribedFields {
  const reach = (value: string) => (value === "" ? null : Number(value));
  return {
    title: values.title.trim(),
    platform: values.platform || null,
    category: values.category || null,
    urls: [...new Set([values.url.trim(), ...addresses(values.otherUrls)].filter(Boolean))],
    account_name: values.accountName.trim() || null,
    summary: values.summary.trim(),
    views: reach(values.views),
    shares: reach(values.shares),
    comments: reach(values.comments),
    scope: values.scope,
    severity: values.severity,
    classification: values.classification,
  };
}

/** A report's description of the incident (checked values: the closed lists are chosen). Empty
 * optional fields are left out. */
export function reportedIncident(
  values: IncidentFieldValues,
): Omit<IncidentInput, "detected_at" | "reporting_unit_id"> {
  const fields = described(values);
  const report: Omit<IncidentInput, "detected_at" | "reporting_unit_id"> = {
    title: fields.title,
    platform: values.platform as Platform,
    category: values.category as Category,
    urls: fields.urls,
    summary: fields.summary,
    scope: fields.scope,
    severity: fields.severity,
    classification: fields.classification,
  };
  if (fields.account_name) report.account_name = fields.account_name;
  for (const name of REACH_FIELDS) {
    if (fields[name] !== null) report[name] = fields[name];
  }
  return report;
}

/** Only the fields whose value differs from the incident as read (nothing: an empty object). */
export function changedIncidentFields(
  incident: Incident,
  values: IncidentFieldValues,
): IncidentPatch {
  const changes: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(described(values))) {
    const recorded = incident[name as keyof DescribedFields];
    if (JSON.stringify(value) !== JSON.stringify(recorded)) changes[name] = value;
  }
  return changes as IncidentPatch;
}

/**
 * The values to go on with once the incident changed under the form: what the person changed
 * (from `read`) kept, every other field as `latest` has it.
 */
export function rebasedIncidentFields(
  values: IncidentFieldValues,
  read: Incident,
  latest: Incident,
): IncidentFieldValues {
  const before = incidentFieldsOf(read);
  const after = incidentFieldsOf(latest);
  const names = Object.keys(values) as (keyof IncidentFieldValues)[];
  return Object.fromEntries(
    names.map((name) => [name, values[name] === before[name] ? after[name] : values[name]]),
  ) as unknown as IncidentFieldValues;
}

/** The API's message for a field of the form, if it gave one: the post's address is the first
 * of `urls`, the other addresses the rest. */
export function apiProblemAt(error: unknown, field: string): string | undefined {
  if (field === "url") return problemAt(error, "urls", "0");
  if (field === "urls") {
    const others = Array.from({ length: 20 }, (_, index) =>
      problemAt(error, "urls", String(index)),
    );
    return problemAt(error, "urls") ?? others.slice(1).find(Boolean);
  }
  return problemAt(error, field);
}
