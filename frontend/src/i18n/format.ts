// Dates on screen are dd/mm/yyyy in Vietnam's time zone, whatever the device's settings.
export const TIME_ZONE = "Asia/Ho_Chi_Minh";

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** `2023-06-01` → `01/06/2023`. A calendar date has no time zone: it is not shifted. */
export function formatDate(isoDate: string | null | undefined): string {
  if (!isoDate) return "";
  const match = ISO_DATE.exec(isoDate.slice(0, 10));
  if (!match) return isoDate;
  const [, year, month, day] = match;
  return `${day}/${month}/${year}`;
}

const partsFormat = new Intl.DateTimeFormat("en-GB", {
  timeZone: TIME_ZONE,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
});

function vietnamParts(instant: Date): Record<string, string> {
  const parts: Record<string, string> = {};
  for (const part of partsFormat.formatToParts(instant)) parts[part.type] = part.value;
  return parts;
}

/** An instant (`2023-06-01T01:30:00Z`) as `01/06/2023 08:30` in Vietnam. */
export function formatDateTime(timestamp: string | null | undefined): string {
  if (!timestamp) return "";
  const instant = new Date(timestamp);
  if (Number.isNaN(instant.getTime())) return timestamp;
  const p = vietnamParts(instant);
  return `${p.day}/${p.month}/${p.year} ${p.hour}:${p.minute}`;
}

/** Today's date in Vietnam as `YYYY-MM-DD`. */
export function todayInVietnam(now: Date = new Date()): string {
  const p = vietnamParts(now);
  return `${p.year}-${p.month}-${p.day}`;
}

/** Now in Vietnam as a `datetime-local` input's value (`2023-07-08T19:45`). */
export function dateTimeInVietnam(now: Date = new Date()): string {
  const p = vietnamParts(now);
  return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}`;
}

/** A `datetime-local` value read as Vietnam's time (no summer time: always UTC+7), as ISO 8601
 * with its zone. */
export function vietnamDateTimeToIso(value: string): string {
  return `${value.length === 16 ? `${value}:00` : value}+07:00`;
}

/** A file's size as people read it: `840 KB`, `2,4 MB`. */
export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(0)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1).replace(".", ",")} MB`;
}

/** A whole number the Vietnamese way (`10.000.000`). */
export function formatNumber(value: number): string {
  return new Intl.NumberFormat("vi-VN").format(value);
}

/** `YYYY-MM-DD` plus some days, as `YYYY-MM-DD` (calendar arithmetic, no time zone). */
export function addDays(isoDate: string, days: number): string {
  const [year, month, day] = isoDate.split("-").map(Number);
  const date = new Date(Date.UTC(year ?? 1970, (month ?? 1) - 1, (day ?? 1) + days));
  return date.toISOString().slice(0, 10);
}

/**
 * The place-and-date line of an administrative document (Nghị định 30/2020/NĐ-CP):
 * day zero-padded, months 1 and 2 zero-padded, others not.
 */
export function documentDateParts(isoDate: string): { day: string; month: string; year: string } {
  const [year = "", month = "", day = ""] = isoDate.split("-");
  const monthNumber = Number(month);
  return {
    day: day.padStart(2, "0"),
    month: monthNumber <= 2 ? String(monthNumber).padStart(2, "0") : String(monthNumber),
    year,
  };
}
