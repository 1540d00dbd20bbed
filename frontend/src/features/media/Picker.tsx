import { type ReactNode, useEffect, useId, useState } from "react";
import { useT } from "../../i18n/i18n";
import { Icon } from "../../ui/icons";
import type { AddressFilters } from "../../ui/ListControls";
import { useTasks } from "../tasks/queries";
import { useContactSuggestions, useOutletSuggestions } from "./queries";

export interface Choice {
  id: number;
  name: string;
}

interface Suggestions {
  data: Choice[] | undefined;
  isFetching: boolean;
}

/** What was typed, once typing pauses. */
function useSettled(text: string, delay = 250): string {
  const [settled, setSettled] = useState(text);
  useEffect(() => {
    const timer = window.setTimeout(() => setSettled(text), delay);
    return () => window.clearTimeout(timer);
  }, [text, delay]);
  return settled;
}

/**
 * Chooses one or several records out of a list too long for a select (the province shares
 * hundreds of outlets): the chosen ones as removable chips, then a search box and the few
 * records matching it as buttons big enough for a thumb.
 */
export function Picker({
  label,
  searchLabel,
  hint,
  chosen,
  onChange,
  single = false,
  compact = false,
  useSuggestions,
  error,
}: {
  label: string;
  searchLabel: string;
  hint?: ReactNode;
  chosen: readonly Choice[];
  onChange: (chosen: Choice[]) => void;
  single?: boolean;
  /** Offers choices only once something is typed (a filter bar, where space is short). */
  compact?: boolean;
  useSuggestions: (q: string, enabled: boolean) => Suggestions;
  error?: string | null;
}) {
  const t = useT();
  const id = useId();
  const [text, setText] = useState("");
  const q = useSettled(text.trim());
  const asking = !compact || q !== "";
  const suggestions = useSuggestions(q, asking);
  const chosenIds = new Set(chosen.map((choice) => choice.id));
  const offered = (asking ? (suggestions.data ?? []) : []).filter(
    (choice) => !chosenIds.has(choice.id),
  );
  const searching = !single || chosen.length === 0;
  const described = [hint ? `${id}-hint` : null, error ? `${id}-error` : null]
    .filter(Boolean)
    .join(" ");

  return (
    <fieldset
      className={compact ? "picker picker-compact" : "picker"}
      aria-describedby={described || undefined}
    >
      <legend>{label}</legend>
      {chosen.length > 0 ? (
        <ul className="chips">
          {chosen.map((choice) => (
            <li key={choice.id} className="chip">
              <span>{choice.name}</span>
              <button
                type="button"
                className="chip-remove"
                aria-label={t("picker.remove", { name: choice.name })}
                onClick={() => onChange(chosen.filter((other) => other.id !== choice.id))}
              >
                <Icon name="close" size={16} />
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      {searching ? (
        <>
          <input
            id={`${id}-search`}
            type="search"
            aria-label={searchLabel}
            placeholder={searchLabel}
            autoComplete="off"
            value={text}
            onChange={(event) => setText(event.target.value)}
          />
          <ul className="suggestions" aria-busy={suggestions.isFetching}>
            {offered.map((choice) => (
              <li key={choice.id}>
                <button
                  type="button"
                  className="suggestion"
                  onClick={() => {
                    onChange(single ? [choice] : [...chosen, choice]);
                    setText("");
                  }}
                >
                  <Icon name="plus" size={16} />
                  <span className="visually-hidden">{t("picker.add")} </span>
                  {choice.name}
                </button>
              </li>
            ))}
          </ul>
          {asking && suggestions.data && offered.length === 0 && q ? (
            <p className="hint" aria-live="polite">
              {t("picker.none", { text: q })}
            </p>
          ) : null}
        </>
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

function useOutletChoices(q: string, enabled: boolean): Suggestions {
  const outlets = useOutletSuggestions(q, enabled);
  return {
    data: outlets.data?.map((outlet) => ({ id: outlet.id, name: outlet.name })),
    isFetching: outlets.isFetching,
  };
}

function useContactChoices(q: string, enabled: boolean): Suggestions {
  const contacts = useContactSuggestions(q, enabled);
  return {
    data: contacts.data?.map((contact) => ({ id: contact.id, name: contact.full_name })),
    isFetching: contacts.isFetching,
  };
}

function useTaskChoices(q: string, enabled: boolean): Suggestions {
  const tasks = useTasks({ q: q || undefined, limit: 6 }, enabled);
  return {
    data: tasks.data?.items.map((task) => ({ id: task.id, name: task.title })),
    isFetching: tasks.isFetching,
  };
}

type PickerProps = Omit<Parameters<typeof Picker>[0], "useSuggestions" | "searchLabel">;

export function OutletPicker(props: PickerProps) {
  const t = useT();
  return (
    <Picker {...props} searchLabel={t("picker.searchOutlets")} useSuggestions={useOutletChoices} />
  );
}

/** A press list's "of this outlet" filter: one outlet, named once `outletNames` has read it. */
export function OutletFilter<F extends { outletId?: number; q?: string; page?: number }>({
  list,
  label,
  outletNames,
}: {
  list: AddressFilters<F>;
  label: string;
  outletNames: Map<number, string>;
}) {
  const outletId = list.filters.outletId;
  return (
    <OutletPicker
      label={label}
      single
      compact
      chosen={outletId ? [{ id: outletId, name: outletNames.get(outletId) ?? "…" }] : []}
      onChange={(chosen) => list.change({ outletId: chosen[0]?.id } as Partial<F>)}
    />
  );
}

export function ContactPicker(props: PickerProps) {
  const t = useT();
  return (
    <Picker
      {...props}
      searchLabel={t("picker.searchContacts")}
      useSuggestions={useContactChoices}
    />
  );
}

export function TaskPicker(props: PickerProps) {
  const t = useT();
  return (
    <Picker {...props} searchLabel={t("picker.searchTasks")} useSuggestions={useTaskChoices} />
  );
}
