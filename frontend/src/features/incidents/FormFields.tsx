// The controls the incident forms share (the report, its correction, the people involved), each
// in its labelled <Field>: a line of text, a longer text, a whole number, and a choice from a
// closed list. A form says what each one holds; how it is wired is said here once.
import type { InputHTMLAttributes, ReactNode, TextareaHTMLAttributes } from "react";
import { Field } from "../../ui/Field";

interface Labelled {
  label: string;
  hint?: ReactNode;
  error?: string | null;
  value: string;
  onChange: (value: string) => void;
}

type Wired = "id" | "value" | "onChange";

export function TextField({
  label,
  hint,
  error,
  value,
  onChange,
  ...input
}: Labelled & Omit<InputHTMLAttributes<HTMLInputElement>, Wired>) {
  return (
    <Field label={label} hint={hint} error={error}>
      {(control) => (
        <input
          {...input}
          {...control}
          value={value}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </Field>
  );
}

/** A whole number typed on a phone's number pad (none below zero unless `min` says so). */
export function NumberField(
  props: Labelled & Omit<InputHTMLAttributes<HTMLInputElement>, Wired | "type">,
) {
  return <TextField type="number" inputMode="numeric" min={0} step={1} {...props} />;
}

export function TextAreaField({
  label,
  hint,
  error,
  value,
  onChange,
  ...textarea
}: Labelled & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, Wired>) {
  return (
    <Field label={label} hint={hint} error={error}>
      {(control) => (
        <textarea
          {...textarea}
          {...control}
          value={value}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </Field>
  );
}

/** One value of a closed list, each said in words; with `emptyLabel`, none chosen yet. */
export function ChoiceField<V extends string>({
  label,
  hint,
  error,
  value,
  onChange,
  values,
  optionLabel,
  emptyLabel,
  required,
}: {
  label: string;
  hint?: ReactNode;
  error?: string | null;
  value: V | "";
  onChange: (value: V | "") => void;
  values: readonly V[];
  optionLabel: (value: V) => string;
  emptyLabel?: string;
  required?: boolean;
}) {
  return (
    <Field label={label} hint={hint} error={error}>
      {(control) => (
        <select
          {...control}
          required={required}
          value={value}
          onChange={(event) => onChange(event.target.value as V | "")}
        >
          {emptyLabel !== undefined ? <option value="">{emptyLabel}</option> : null}
          {values.map((choice) => (
            <option key={choice} value={choice}>
              {optionLabel(choice)}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
