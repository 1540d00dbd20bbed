// The press directory's closed lists (kinds and levels of outlets) in display order, and their
// words; the words themselves live in the i18n files.
import type { Schemas } from "../../api/client";
import type { MessageKey } from "../../i18n/i18n";

export type OutletKind = Schemas["OutletKind"];
export type OutletLevel = Schemas["OutletLevel"];

export const OUTLET_KINDS: readonly OutletKind[] = [
  "print",
  "online",
  "television",
  "radio",
  "news_agency",
  "magazine",
];

export const OUTLET_LEVELS: readonly OutletLevel[] = ["central", "provincial", "local", "foreign"];

export const outletKindKey = (kind: OutletKind) => `outletKind.${kind}` as MessageKey;
export const outletLevelKey = (level: OutletLevel) => `outletLevel.${level}` as MessageKey;

/** `value` when it is one of `allowed`, otherwise undefined (a hand-edited address). */
export function oneOf<T extends string>(
  allowed: readonly T[],
  value: string | null | undefined,
): T | undefined {
  return allowed.includes(value as T) ? (value as T) : undefined;
}

/** A positive whole number from the address, or undefined. */
export function positive(value: string | null | undefined): number | undefined {
  const number = Number(value);
  return value && Number.isInteger(number) && number > 0 ? number : undefined;
}

export type InteractionKind = Schemas["InteractionKind"];
export type FollowUpStatus = Schemas["FollowUpStatus"];

/** The press work of a commune, the reports received last (their own follow-up). */
export const INTERACTION_KINDS: readonly InteractionKind[] = [
  "press_conference",
  "press_release",
  "interview",
  "information_on_request",
  "field_visit_support",
  "press_report",
];

/** A press report's follow-up, step by step: each step only after the one before. */
export const FOLLOW_UP_STATUSES: readonly FollowUpStatus[] = [
  "received",
  "verifying",
  "handled",
  "answered",
];

export const interactionKindKey = (kind: InteractionKind) =>
  `interactionKind.${kind}` as MessageKey;
export const followUpStatusKey = (status: FollowUpStatus) =>
  `followUpStatus.${status}` as MessageKey;

/** The step after `status`, or undefined once answered. */
export function nextStatus(status: FollowUpStatus): FollowUpStatus | undefined {
  return FOLLOW_UP_STATUSES[FOLLOW_UP_STATUSES.indexOf(status) + 1];
}
