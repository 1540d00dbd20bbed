import { type HTMLInputTypeAttribute, useId, useState } from "react";
import { Icon } from "../../ui/icons";

interface Row {
  key: number;
  value: string;
}

/** Rows with stable keys for a list of values edited in place (keys outlive reordering). */
export function useRows(initial: readonly string[]) {
  const [rows, setRows] = useState<Row[]>(() =>
    initial.map((value, index) => ({ key: index, value })),
  );
  const values = rows.map((row) => row.value.trim()).filter(Boolean);
  return { rows, setRows, values };
}

/**
 * A list of short values (phones, e-mails, beats): one input each, numbered in its label, with
 * a button to add one and one to remove each. `errorAt(index)` names the problem of the
 * index-th value sent.
 */
export function ListField({
  legend,
  hint,
  rows,
  setRows,
  type = "text",
  inputMode,
  itemLabel,
  addLabel,
  removeLabel,
  errorAt,
  max = 10,
}: {
  legend: string;
  hint?: string;
  rows: Row[];
  setRows: (update: (rows: Row[]) => Row[]) => void;
  type?: HTMLInputTypeAttribute;
  inputMode?: "tel" | "email" | "text";
  itemLabel: (n: number) => string;
  addLabel: string;
  removeLabel: (n: number) => string;
  errorAt?: (index: number) => string | undefined;
  max?: number;
}) {
  const id = useId();
  return (
    <fieldset className="list-field" aria-describedby={hint ? `${id}-hint` : undefined}>
      <legend>{legend}</legend>
      {hint ? (
        <p id={`${id}-hint`} className="hint list-field-hint">
          {hint}
        </p>
      ) : null}
      {rows.map((row, index) => {
        // The API numbers the values sent, which leave the blank rows out.
        const sent = rows.slice(0, index).filter((other) => other.value.trim()).length;
        const error = row.value.trim() ? errorAt?.(sent) : undefined;
        const inputId = `${id}-${row.key}`;
        return (
          <div key={row.key} className="list-field-row">
            <label htmlFor={inputId} className="visually-hidden">
              {itemLabel(index + 1)}
            </label>
            <input
              id={inputId}
              type={type}
              inputMode={inputMode}
              autoComplete="off"
              value={row.value}
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? `${inputId}-error` : undefined}
              onChange={(event) =>
                setRows((all) =>
                  all.map((other) =>
                    other.key === row.key ? { ...other, value: event.target.value } : other,
                  ),
                )
              }
            />
            <button
              type="button"
              className="button button-quiet icon-button"
              aria-label={removeLabel(index + 1)}
              onClick={() => setRows((all) => all.filter((other) => other.key !== row.key))}
            >
              <Icon name="close" size={18} />
            </button>
            {error ? (
              <p id={`${inputId}-error`} className="field-error list-field-error">
                {error}
              </p>
            ) : null}
          </div>
        );
      })}
      {rows.length < max ? (
        <button
          type="button"
          className="button"
          onClick={() =>
            setRows((all) => [
              ...all,
              { key: Math.max(0, ...all.map((other) => other.key + 1)), value: "" },
            ])
          }
        >
          <Icon name="plus" />
          {addLabel}
        </button>
      ) : null}
    </fieldset>
  );
}
