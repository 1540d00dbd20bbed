// A date as people here read and type it, dd/mm/yyyy, whatever the browser's language (a native
// date input shows the device's format: 06/30/2025 on an English Chromium). Typed on the number
// pad (`30062025` needs no slashes), checked against the calendar, handed on as ISO.
import { type ReactNode, useId, useRef, useState } from "react";
import { formatDate } from "../i18n/format";
import { type Translate, useT } from "../i18n/i18n";
import { isIsoDate, parseDateText } from "./dateText";
import { Icon } from "./icons";

/**
 * What typed text stands for: its ISO date (`2025-06-30`), "" when blank, otherwise the text
 * itself, which is no date (`isIsoDate` tells), so that a form never takes it for blank.
 */
export function dateValue(text: string): string {
  const typed = text.trim();
  return typed === "" ? "" : (parseDateText(typed) ?? typed);
}

/** A value as the field shows it: an ISO date as dd/mm/yyyy, anything else as it was typed. */
const shown = (value: string) => (isIsoDate(value) ? formatDate(value) : value);

/** What is wrong with the text typed, if anything: no date, or outside [min, max]. */
function dateProblem(text: string, t: Translate, min?: string, max?: string): string | null {
  const value = dateValue(text);
  if (value === "") return null;
  if (!isIsoDate(value)) return t("date.invalid");
  if (min && value < min) return t("date.tooEarly", { date: formatDate(min) });
  if (max && value > max) return t("date.tooLate", { date: formatDate(max) });
  return null;
}

/** Whether this browser can open its own calendar on demand (not in older ones, nor in tests). */
const canShowPicker = () =>
  typeof HTMLInputElement !== "undefined" && "showPicker" in HTMLInputElement.prototype;

/**
 * One date field: label, a text box for dd/mm/yyyy, a button that opens the browser's calendar
 * where there is one, a hint and an error. `value` and what `onChange` gets are ISO dates, "" for
 * none, or the text typed when it is no date (the field says so once left; the parent refuses
 * it, or lets the API do so). `error` is the parent's (required, refused by the API); `min` and
 * `max` (ISO) bound the calendar and are checked as typed.
 */
export function DateField({
  label,
  hint,
  error,
  className,
  value,
  onChange,
  invalid,
  required,
  min,
  max,
}: {
  label: ReactNode;
  hint?: ReactNode;
  error?: string | null;
  className?: string;
  value: string;
  onChange: (value: string) => void;
  /** Marked wrong by the parent, which says why elsewhere (a row's message, say). */
  invalid?: boolean;
  required?: boolean;
  min?: string;
  max?: string;
}) {
  const t = useT();
  const id = useId();
  const picker = useRef<HTMLInputElement>(null);
  const [text, setText] = useState(() => shown(value));
  const [known, setKnown] = useState(value);
  // Leaving the field is when a half-typed date becomes a wrong one.
  const [left, setLeft] = useState(false);
  if (value !== known) {
    // Changed from outside (a reset, a fresh read, a filter cleared): show it, unless it is
    // what is typed already.
    setKnown(value);
    if (value !== dateValue(text)) setText(shown(value));
  }
  const problem = (left ? dateProblem(text, t, min, max) : null) ?? error ?? null;
  const described = [problem ? `${id}-error` : null, hint ? `${id}-hint` : null]
    .filter(Boolean)
    .join(" ");

  function type(next: string) {
    setText(next);
    onChange(dateValue(next));
  }

  function leave() {
    setLeft(true);
    const iso = parseDateText(text);
    if (iso) setText(formatDate(iso));
  }

  function openPicker() {
    try {
      picker.current?.showPicker();
    } catch {
      // Refused (not from a click the browser counts, say): typing is still there.
    }
  }

  function pick(iso: string) {
    if (!iso) return;
    setText(formatDate(iso));
    setLeft(true);
    onChange(iso);
  }

  return (
    <div className={className ? `field date-field ${className}` : "field date-field"}>
      <label htmlFor={id}>{label}</label>
      <div className="date-field-control">
        <input
          id={id}
          type="text"
          inputMode="numeric"
          autoComplete="off"
          placeholder="dd/mm/yyyy"
          required={required}
          value={text}
          aria-invalid={problem || invalid ? true : undefined}
          aria-describedby={described || undefined}
          onChange={(event) => type(event.target.value)}
          onBlur={leave}
        />
        {canShowPicker() ? (
          <>
            <button
              type="button"
              className="button date-field-open"
              aria-label={t("date.openPicker")}
              title={t("date.openPicker")}
              onClick={openPicker}
            >
              <Icon name="calendar" />
            </button>
            <input
              ref={picker}
              type="date"
              className="date-field-native"
              tabIndex={-1}
              aria-hidden="true"
              value={isIsoDate(value) ? value : ""}
              min={min}
              max={max}
              onChange={(event) => pick(event.target.value)}
            />
          </>
        ) : null}
      </div>
      {hint ? (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      ) : null}
      {problem ? (
        <p id={`${id}-error`} className="field-error">
          {problem}
        </p>
      ) : null}
    </div>
  );
}
