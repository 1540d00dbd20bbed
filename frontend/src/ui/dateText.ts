// Dates as people type them: day first, dd/mm/yyyy (DESIGN: screens show dd/mm/yyyy), read into
// the ISO `YYYY-MM-DD` the API takes. Only real calendar dates are read.

const DAY_FIRST = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;
const DIGITS_ONLY = /^(\d{2})(\d{2})(\d{4})$/;
const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a calendar date written the API's way (`2025-06-30`). */
export function isIsoDate(value: string): boolean {
  const match = ISO.exec(value);
  return match !== null && isCalendarDate(Number(match[1]), Number(match[2]), Number(match[3]));
}

function isCalendarDate(year: number, month: number, day: number): boolean {
  if (year < 1000 || month < 1 || month > 12 || day < 1) return false;
  // Day 0 of the next month is this month's last day (leap years included).
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const pad = (value: number) => String(value).padStart(2, "0");

/**
 * `30/06/2025`, `30/6/2025`, `30-06-2025`, `30.06.2025` or `30062025` (and `2025-06-30`, pasted)
 * → `2025-06-30`; null for anything else, a day the month does not have included (`31/04/2025`,
 * `29/02/2025`). Blank text is no date either: the caller tells blank from wrong.
 */
export function parseDateText(text: string): string | null {
  const typed = text.trim();
  const iso = ISO.exec(typed);
  const parts = iso
    ? [iso[3], iso[2], iso[1]]
    : (DAY_FIRST.exec(typed) ?? DIGITS_ONLY.exec(typed))?.slice(1);
  if (!parts) return null;
  const [day, month, year] = parts.map(Number) as [number, number, number];
  return isCalendarDate(year, month, day) ? `${year}-${pad(month)}-${pad(day)}` : null;
}
