import { useId, useRef, useState } from "react";
import { useT } from "../../i18n/i18n";
import { Icon } from "../../ui/icons";
import type { UnitChoice } from "../tasks/queries";
import { fold } from "./kinds";

/** How many units are offered at once (the rest are found by typing). */
const OFFERED = 6;

/**
 * Chooses units out of the commune's: the chosen ones as removable chips, then a box that
 * filters the others as one types (diacritics or not) and offers the matches as buttons, from
 * the moment the box is used.
 */
export function UnitPicker({
  legend,
  hint,
  units,
  chosen,
  onChange,
  unavailable = [],
  error,
}: {
  legend: string;
  hint?: string;
  units: readonly UnitChoice[];
  chosen: readonly number[];
  onChange: (chosen: number[]) => void;
  /** Units chosen elsewhere (a lead cannot also cooperate). */
  unavailable?: readonly number[];
  error?: string;
}) {
  const t = useT();
  const id = useId();
  const [text, setText] = useState("");
  const [active, setActive] = useState(false);
  const search = useRef<HTMLInputElement>(null);
  const names = new Map(units.map((unit) => [unit.id, unit.name]));
  const q = fold(text.trim());
  const matching = units.filter(
    (unit) =>
      !chosen.includes(unit.id) && !unavailable.includes(unit.id) && fold(unit.name).includes(q),
  );
  const offered = active || q ? matching.slice(0, OFFERED) : [];
  const described = [hint ? `${id}-hint` : null, error ? `${id}-error` : null]
    .filter(Boolean)
    .join(" ");
  return (
    <fieldset
      className="unit-picker"
      aria-describedby={described || undefined}
      onFocus={() => setActive(true)}
      onBlur={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget)) setActive(false);
      }}
    >
      <legend>{legend}</legend>
      {chosen.length > 0 ? (
        <ul className="chosen-units">
          {chosen.map((unitId) => (
            <li key={unitId} className="unit-chip">
              <span>{names.get(unitId) ?? `#${unitId}`}</span>
              <button
                type="button"
                className="unit-chip-remove"
                aria-label={t("planEditor.unitRemove", { name: names.get(unitId) ?? unitId })}
                onClick={() => onChange(chosen.filter((other) => other !== unitId))}
              >
                <Icon name="close" size={16} />
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <input
        ref={search}
        type="search"
        autoComplete="off"
        aria-label={t("planEditor.unitSearch", { legend })}
        placeholder={t("planEditor.unitSearchPlaceholder")}
        aria-invalid={error ? true : undefined}
        value={text}
        onChange={(event) => setText(event.target.value)}
      />
      <ul className="offers">
        {offered.map((unit) => (
          <li key={unit.id}>
            <button
              type="button"
              className="offer"
              onClick={() => {
                onChange([...chosen, unit.id]);
                setText("");
                search.current?.focus();
              }}
            >
              <Icon name="plus" size={16} />
              <span className="visually-hidden">{t("planEditor.add")} </span>
              {unit.name}
            </button>
          </li>
        ))}
      </ul>
      {offered.length > 0 && matching.length > offered.length ? (
        <p className="hint">
          {t("planEditor.unitsMore", { count: matching.length - offered.length })}
        </p>
      ) : null}
      {q && matching.length === 0 ? (
        <p className="hint" aria-live="polite">
          {t("planEditor.unitNone", { text: text.trim() })}
        </p>
      ) : null}
      {hint ? (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
