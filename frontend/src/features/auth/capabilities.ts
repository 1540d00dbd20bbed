// What a person may do comes from the capabilities the API grants, never from role names.

import type { MessageKey } from "../../i18n/i18n";

/** Every capability the API grants, each with its words (a new one must be named here). */
export const CAPABILITY_LABELS = {
  "plans:read": "capability.plans:read",
  "plans:write": "capability.plans:write",
  "plans:issue": "capability.plans:issue",
  "tasks:read": "capability.tasks:read",
  "tasks:assign": "capability.tasks:assign",
  "tasks:report": "capability.tasks:report",
  "tasks:confirm": "capability.tasks:confirm",
  "units:read": "capability.units:read",
  "units:write": "capability.units:write",
  "users:read": "capability.users:read",
  "users:write": "capability.users:write",
  "audit:read": "capability.audit:read",
  "records:restore": "capability.records:restore",
  "media:read": "capability.media:read",
  "media:interactions:read": "capability.media:interactions:read",
  "media:contacts:read": "capability.media:contacts:read",
  "media:write": "capability.media:write",
  "media:personal_data": "capability.media:personal_data",
  "media:merge": "capability.media:merge",
  "incidents:report": "capability.incidents:report",
  "incidents:read": "capability.incidents:read",
  "incidents:read_internal": "capability.incidents:read_internal",
  "incidents:read_confidential": "capability.incidents:read_confidential",
  "incidents:handle": "capability.incidents:handle",
  "incidents:close": "capability.incidents:close",
  "incidents:security": "capability.incidents:security",
  "incidents:escalated": "capability.incidents:escalated",
  "incidents:acknowledge": "capability.incidents:acknowledge",
  "reports:read": "capability.reports:read",
  "reports:drafts": "capability.reports:drafts",
  "reports:fill": "capability.reports:fill",
  "reports:manage": "capability.reports:manage",
  "reports:approve": "capability.reports:approve",
  "reports:review": "capability.reports:review",
} as const satisfies Record<string, MessageKey>;

export type Capability = keyof typeof CAPABILITY_LABELS;

/** The words for a capability; one the app does not know yet is still said in words. */
export function capabilityLabel(
  capability: string,
  t: (key: MessageKey, params?: Record<string, string>) => string,
): string {
  return capability in CAPABILITY_LABELS
    ? t(CAPABILITY_LABELS[capability as Capability])
    : t("capability.other", { code: capability });
}

export interface HasCapabilities {
  capabilities: readonly string[];
}

export function can(
  principal: HasCapabilities | null | undefined,
  capability: Capability,
): boolean {
  return principal?.capabilities.includes(capability) ?? false;
}
