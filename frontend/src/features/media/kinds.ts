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
