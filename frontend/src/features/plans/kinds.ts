// The closed lists a plan is written with (kinds of documents, signing authorities, reporting
// kinds, section roles, task priorities, schedules and topics) in display order; their words
// live in the i18n files.
import type { Schemas } from "../../api/client";
import type { MessageKey } from "../../i18n/i18n";

export type LegalReferenceKind = Schemas["LegalReferenceKind"];
export type SignerAuthority = Schemas["SignerAuthority"];
export type ReportingKind = Schemas["ReportingKind"];
export type SectionRole = Schemas["SectionRole"];
export type Priority = Schemas["Priority"];
export type Schedule = Schemas["Schedule"];
export type Frequency = Schemas["Frequency"];

export const LEGAL_REFERENCE_KINDS: readonly LegalReferenceKind[] = [
  "law",
  "resolution",
  "decree",
  "decision",
  "directive",
  "circular",
  "plan",
  "programme",
  "scheme",
  "convention",
  "official_letter",
  "other",
];
export const SIGNER_AUTHORITIES: readonly SignerAuthority[] = ["TM.", "KT.", "Q.", "TL.", "TUQ."];
export const REPORTING_KINDS: readonly ReportingKind[] = [
  "semiannual",
  "yearly",
  "quarterly",
  "other",
];
export const SECTION_ROLES: readonly SectionRole[] = ["purposes", "requirements", "implementation"];
export const PRIORITIES: readonly Priority[] = ["high", "normal", "low"];
export const SCHEDULES: readonly Schedule[] = ["once", "recurring", "continuous"];
export const FREQUENCIES: readonly Frequency[] = ["monthly", "quarterly", "semiannual", "yearly"];

/** The topics tasks are filed under (a task may carry others; they are kept as they are). */
export const TOPICS = [
  "planning",
  "coordination",
  "training",
  "promotion",
  "website",
  "press",
  "broadcasting",
  "delegations",
  "investment",
  "trade_promotion",
  "budget",
  "public_opinion",
  "false_information",
  "security",
  "reporting",
] as const;

export const legalKindKey = (kind: LegalReferenceKind) =>
  `planEditor.legalKind.${kind}` as MessageKey;
export const authorityKey = (authority: SignerAuthority) =>
  `planEditor.authority.${authority.replace(".", "")}` as MessageKey;
export const reportingKindKey = (kind: ReportingKind) =>
  `planEditor.reportingKind.${kind}` as MessageKey;
export const sectionRoleKey = (role: SectionRole) => `planEditor.sectionRole.${role}` as MessageKey;
export const priorityKey = (priority: Priority) => `planEditor.priority.${priority}` as MessageKey;
export const topicKey = (topic: string) => `planEditor.topic.${topic}` as MessageKey;

/** `value` when it is one of `allowed`, otherwise undefined. */
export function oneOf<T extends string>(allowed: readonly T[], value: unknown): T | undefined {
  return allowed.includes(value as T) ? (value as T) : undefined;
}

/** Text for matching whatever was typed: lower case, no diacritics, `đ` as `d`. */
export function fold(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").replace(/đ/gi, "d").toLocaleLowerCase("vi");
}

const ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"];

/**
 * The code a new section most likely takes: after `II` comes `III`, after `4.1` `4.2`; the first
 * under a roman section is `1`, the first under `4` is `4.1`, the first of the plan `I`.
 */
export function nextSectionCode(parentCode: string | null, siblingCodes: readonly string[]) {
  const last = siblingCodes.at(-1)?.replace(/\.$/, "");
  if (last !== undefined) {
    const roman = ROMAN.indexOf(last);
    if (roman >= 0) return ROMAN[roman + 1] ?? "";
    const numbered = /^(.*?)(\d+)$/.exec(last);
    return numbered ? `${numbered[1]}${Number(numbered[2]) + 1}` : "";
  }
  if (parentCode === null) return "I";
  const parent = parentCode.replace(/\.$/, "");
  return ROMAN.includes(parent) ? "1" : `${parent}.1`;
}
