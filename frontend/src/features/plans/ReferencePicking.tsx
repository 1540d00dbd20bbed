// Picking documents of the shared list of legal references for a draft: searching the list,
// adding a document it lacks, and the ordered list of those picked (moved up and down, removed).
// The căn cứ and the documents cited in the text are both picked this way.
import { type FormEvent, useEffect, useId, useState } from "react";
import { errorMessage, problemAt } from "../../api/errors";
import { useT } from "../../i18n/i18n";
import { DateField } from "../../ui/DateField";
import { Field } from "../../ui/Field";
import { Icon } from "../../ui/icons";
import { LEGAL_REFERENCE_KINDS, type LegalReferenceKind, legalKindKey } from "./kinds";
import {
  basisText,
  type LegalReference,
  useCreateLegalReference,
  useLegalReferenceSearch,
} from "./queries";

export const idsOf = (references: readonly LegalReference[]) =>
  references.map((reference) => reference.id);

/** True when both lists hold the same documents in the same order. */
export const sameReferences = (a: readonly LegalReference[], b: readonly LegalReference[]) =>
  JSON.stringify(idsOf(a)) === JSON.stringify(idsOf(b));

/** What was typed, once typing pauses. */
function useSettled(text: string, delay = 250): string {
  const [settled, setSettled] = useState(text);
  useEffect(() => {
    const timer = window.setTimeout(() => setSettled(text), delay);
    return () => window.clearTimeout(timer);
  }, [text, delay]);
  return settled;
}

/** An ordered list of picked documents, and the ways to change it. */
export function usePickedReferences(start: readonly LegalReference[]) {
  const [picked, setPicked] = useState<LegalReference[]>([...start]);
  const move = (index: number, by: -1 | 1) =>
    setPicked((all) => {
      const next = [...all];
      const [moved] = next.splice(index, 1);
      if (moved) next.splice(index + by, 0, moved);
      return next;
    });
  const add = (reference: LegalReference) =>
    setPicked((all) =>
      all.some((other) => other.id === reference.id) ? all : [...all, reference],
    );
  const remove = (reference: LegalReference) =>
    setPicked((all) => all.filter((other) => other.id !== reference.id));
  return { picked, move, add, remove };
}

/** The picked documents in their order, each with buttons to move it and to remove it. */
export function PickedReferences({
  picked,
  move,
  remove,
  empty,
  removeLabel,
}: Omit<ReturnType<typeof usePickedReferences>, "add"> & {
  /** Said when nothing is picked. */
  empty: string;
  /** The remove button's name for a document's text. */
  removeLabel: (text: string) => string;
}) {
  const t = useT();
  if (picked.length === 0) return <p className="muted">{empty}</p>;
  return (
    <ol className="basis-list">
      {picked.map((reference, index) => {
        const text = basisText(reference.citation, reference.title);
        return (
          <li key={reference.id} className="basis-row">
            <div className="basis-line">
              <span className="basis-text" lang="vi">
                {text}
                {reference.in_force ? null : (
                  <span className="tag tag-warning">{t("planEditor.notInForce")}</span>
                )}
              </span>
              <span className="row-actions">
                <button
                  type="button"
                  className="button button-quiet icon-button"
                  aria-label={t("planEditor.moveUpNamed", { name: text })}
                  disabled={index === 0}
                  onClick={() => move(index, -1)}
                >
                  <Icon name="up" size={18} />
                </button>
                <button
                  type="button"
                  className="button button-quiet icon-button"
                  aria-label={t("planEditor.moveDownNamed", { name: text })}
                  disabled={index === picked.length - 1}
                  onClick={() => move(index, 1)}
                >
                  <Icon name="down" size={18} />
                </button>
                <button
                  type="button"
                  className="button button-quiet icon-button"
                  aria-label={removeLabel(text)}
                  onClick={() => remove(reference)}
                >
                  <Icon name="close" size={18} />
                </button>
              </span>
            </div>
          </li>
        );
      })}
    </ol>
  );
}

/** A search over the shared list; each match offered as a button that adds it. */
export function ReferenceSearch({
  chosen,
  onChoose,
  label,
}: {
  chosen: readonly LegalReference[];
  onChoose: (reference: LegalReference) => void;
  /** What the search is for, when not adding a căn cứ to the draft. */
  label?: string;
}) {
  const t = useT();
  const id = useId();
  const [text, setText] = useState("");
  const q = useSettled(text.trim());
  const found = useLegalReferenceSearch(q, q !== "");
  const chosenIds = new Set(idsOf(chosen));
  // Only for what is typed now (not a search a choice just cleared).
  const current = q !== "" && q === text.trim();
  const offered = current
    ? (found.data ?? []).filter((reference) => !chosenIds.has(reference.id))
    : [];
  return (
    <div className="field reference-search">
      <label htmlFor={`${id}-search`}>{label ?? t("planEditor.basisSearch")}</label>
      <input
        id={`${id}-search`}
        type="search"
        autoComplete="off"
        aria-describedby={`${id}-hint`}
        value={text}
        onChange={(event) => setText(event.target.value)}
      />
      <p id={`${id}-hint`} className="hint">
        {t("planEditor.basisSearchHint")}
      </p>
      <ul className="offers" aria-busy={found.isFetching}>
        {offered.map((reference) => (
          <li key={reference.id}>
            <button
              type="button"
              className="offer"
              onClick={() => {
                onChoose(reference);
                setText("");
              }}
            >
              <Icon name="plus" size={16} />
              <span className="visually-hidden">{t("planEditor.add")} </span>
              <span lang="vi">{basisText(reference.citation, reference.title)}</span>
            </button>
          </li>
        ))}
      </ul>
      {current && found.data && !found.isFetching && offered.length === 0 ? (
        <p className="hint" aria-live="polite">
          {t("planEditor.basisNone", { text: q })}
        </p>
      ) : null}
      {found.error ? (
        <p className="field-error" role="alert">
          {errorMessage(found.error, t)}
        </p>
      ) : null}
    </div>
  );
}

/** Adds a document the shared list does not have yet, then hands it to `onAdded` (which lists it
 * where the form is: among the căn cứ, or the documents cited). */
export function NewReference({
  onAdded,
  createLabel,
}: {
  onAdded: (reference: LegalReference) => void;
  /** The submit button's words: what becomes of the document once added. */
  createLabel: string;
}) {
  const t = useT();
  const id = useId();
  const [open, setOpen] = useState(false);
  const [kind, setKind] = useState<LegalReferenceKind | "">("");
  const [number, setNumber] = useState("");
  const [issuedOn, setIssuedOn] = useState("");
  const [issuer, setIssuer] = useState("");
  const [title, setTitle] = useState("");
  const [missing, setMissing] = useState(false);
  const create = useCreateLegalReference();
  const error = (field: string) => problemAt(create.error, field);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setMissing(!kind || !issuer.trim());
    if (!kind || !issuer.trim()) return;
    create.mutate(
      {
        kind,
        number: number.trim() || null,
        issued_on: issuedOn || null,
        issuer: issuer.trim(),
        title: title.trim(),
        in_force: true,
      },
      {
        onSuccess: (reference) => {
          onAdded(reference);
          setOpen(false);
          setKind("");
          setNumber("");
          setIssuedOn("");
          setIssuer("");
          setTitle("");
          setMissing(false);
        },
      },
    );
  }

  return (
    <div className="new-reference">
      <button
        type="button"
        className="button"
        aria-expanded={open}
        aria-controls={`${id}-form`}
        onClick={() => setOpen((shown) => !shown)}
      >
        <Icon name={open ? "close" : "plus"} />
        {t("planEditor.basisNew")}
      </button>
      <form
        id={`${id}-form`}
        className="form subform"
        hidden={!open}
        onSubmit={submit}
        noValidate
        aria-label={t("planEditor.basisNew")}
      >
        {create.error && !error("kind") && !error("issuer") ? (
          <p className="alert alert-error" role="alert">
            {errorMessage(create.error, t)}
          </p>
        ) : null}
        <div className="form-grid">
          <Field
            label={t("planEditor.basisKind")}
            error={
              (missing && !kind ? t("planEditor.basisKindRequired") : undefined) ?? error("kind")
            }
          >
            {(control) => (
              <select
                {...control}
                required
                value={kind}
                onChange={(event) => setKind(event.target.value as LegalReferenceKind | "")}
              >
                <option value="">{t("planEditor.chooseKind")}</option>
                {LEGAL_REFERENCE_KINDS.map((value) => (
                  <option key={value} value={value}>
                    {t(legalKindKey(value))}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field
            label={t("planEditor.basisNumber")}
            hint={t("planEditor.basisNumberHint")}
            error={error("number")}
          >
            {(control) => (
              <input
                {...control}
                value={number}
                onChange={(event) => setNumber(event.target.value)}
              />
            )}
          </Field>
          <DateField
            label={t("planEditor.basisIssuedOn")}
            error={error("issued_on")}
            value={issuedOn}
            onChange={setIssuedOn}
          />
          <Field
            label={t("planEditor.basisIssuer")}
            hint={t("planEditor.basisIssuerHint")}
            error={
              (missing && !issuer.trim() ? t("planEditor.basisIssuerRequired") : undefined) ??
              error("issuer")
            }
          >
            {(control) => (
              <input
                {...control}
                required
                value={issuer}
                onChange={(event) => setIssuer(event.target.value)}
              />
            )}
          </Field>
        </div>
        <Field
          label={t("planEditor.basisTitle")}
          hint={t("planEditor.basisTitleHint")}
          error={error("title")}
        >
          {(control) => (
            <textarea
              {...control}
              rows={2}
              value={title}
              onChange={(event) => setTitle(event.target.value)}
            />
          )}
        </Field>
        <div className="button-row">
          <button type="submit" className="button button-primary" disabled={create.isPending}>
            {create.isPending ? t("action.saving") : createLabel}
          </button>
        </div>
      </form>
    </div>
  );
}
