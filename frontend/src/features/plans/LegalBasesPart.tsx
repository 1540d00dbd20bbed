// The căn cứ of a draft: the legal references it is based on, in their order, picked from the
// shared list with a search, or added to it on the spot.
import { type FormEvent, useEffect, useId, useState } from "react";
import { errorMessage, problemAt } from "../../api/errors";
import { useT } from "../../i18n/i18n";
import { Field } from "../../ui/Field";
import { Icon } from "../../ui/icons";
import { EditorPart, Restartable, SaveRow } from "./EditorPart";
import { LEGAL_REFERENCE_KINDS, type LegalReferenceKind, legalKindKey } from "./kinds";
import {
  basisText,
  type LegalReference,
  type Plan,
  type PlanChanges,
  useCreateLegalReference,
  useLegalReferenceSearch,
  useReloadPlan,
  useSavePlan,
} from "./queries";

export function LegalBasesPart({ plan }: { plan: Plan }) {
  const t = useT();
  return (
    <EditorPart id="part-bases" title={t("planEditor.bases")} hint={t("planEditor.basesHint")}>
      <Restartable
        value={plan}
        render={(start, restart) => <LegalBasesForm plan={plan} start={start} restart={restart} />}
      />
    </EditorPart>
  );
}

const idsOf = (references: readonly LegalReference[]) =>
  references.map((reference) => reference.id);

/** What the draft implements: a superior's document by id, a plan kept here, or nothing. */
type Parent = number | "plan" | "none";

function parentOf(plan: Plan): Parent {
  if (plan.parent_reference_id !== null) return plan.parent_reference_id;
  return plan.parent_plan_id !== null ? "plan" : "none";
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

function LegalBasesForm({
  plan,
  start,
  restart,
}: {
  plan: Plan;
  start: Plan;
  restart: (fresh: Plan | undefined) => void;
}) {
  const t = useT();
  const [bases, setBases] = useState<LegalReference[]>(start.legal_bases);
  const [parent, setParent] = useState<Parent>(parentOf(start));
  const [savedAt, setSavedAt] = useState<string | null>(null);
  const save = useSavePlan(plan.id);
  const reload = useReloadPlan(plan.id);
  const parentChanged = parent !== parentOf(plan);
  const dirty =
    JSON.stringify(idsOf(bases)) !== JSON.stringify(idsOf(plan.legal_bases)) || parentChanged;
  // The superior's document may be any căn cứ, or the one named before (kept while listed).
  const parentChoices = [
    ...bases,
    ...(start.parent_reference && !bases.some((b) => b.id === start.parent_reference?.id)
      ? [start.parent_reference]
      : []),
  ];

  const move = (index: number, by: -1 | 1) =>
    setBases((all) => {
      const next = [...all];
      const [moved] = next.splice(index, 1);
      if (moved) next.splice(index + by, 0, moved);
      return next;
    });
  const add = (reference: LegalReference) =>
    setBases((all) => (all.some((other) => other.id === reference.id) ? all : [...all, reference]));

  function onSave() {
    const ids = idsOf(bases);
    const cited = idsOf(plan.cited_references);
    // A document cited in the text that becomes a căn cứ is no longer listed as cited.
    const stillCited = cited.filter((id) => !ids.includes(id));
    const changes: PlanChanges =
      stillCited.length === cited.length
        ? { legal_basis_ids: ids }
        : { legal_basis_ids: ids, cited_reference_ids: stillCited };
    if (parentChanged) {
      // A reference named replaces a parent plan; "none" clears both.
      if (parent === "none")
        Object.assign(changes, { parent_plan_id: null, parent_reference_id: null });
      else if (typeof parent === "number") changes.parent_reference_id = parent;
    }
    save.mutate(
      { version: plan.version, changes },
      { onSuccess: () => setSavedAt(new Date().toISOString()) },
    );
  }

  return (
    <div className="form">
      {bases.length === 0 ? (
        <p className="muted">{t("planEditor.noBases")}</p>
      ) : (
        <ol className="basis-list">
          {bases.map((reference, index) => {
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
                      disabled={index === bases.length - 1}
                      onClick={() => move(index, 1)}
                    >
                      <Icon name="down" size={18} />
                    </button>
                    <button
                      type="button"
                      className="button button-quiet icon-button"
                      aria-label={t("planEditor.removeNamed", { name: text })}
                      onClick={() =>
                        setBases((all) => all.filter((other) => other.id !== reference.id))
                      }
                    >
                      <Icon name="close" size={18} />
                    </button>
                  </span>
                </div>
              </li>
            );
          })}
        </ol>
      )}
      {problemAt(save.error, "legal_basis_ids") ? (
        <p className="field-error">{problemAt(save.error, "legal_basis_ids")}</p>
      ) : null}
      <ReferenceSearch chosen={bases} onChoose={add} />
      <NewReference onAdded={add} />
      <fieldset className="parent-choice">
        <legend>{t("planEditor.parent")}</legend>
        <p className="hint">{t("planEditor.parentHint")}</p>
        <label className="check">
          <input
            type="radio"
            name={`${plan.id}-parent`}
            checked={parent === "none"}
            onChange={() => setParent("none")}
          />
          {t("planEditor.parentNone")}
        </label>
        {start.parent_plan ? (
          <label className="check">
            <input
              type="radio"
              name={`${plan.id}-parent`}
              checked={parent === "plan"}
              onChange={() => setParent("plan")}
            />
            <span lang="vi">
              {start.parent_plan.number_symbol ? `${start.parent_plan.number_symbol} ` : ""}
              {start.parent_plan.title}
            </span>
          </label>
        ) : null}
        {parentChoices.map((reference) => (
          <label key={reference.id} className="check">
            <input
              type="radio"
              name={`${plan.id}-parent`}
              checked={parent === reference.id}
              onChange={() => setParent(reference.id)}
            />
            <span lang="vi">{reference.citation}</span>
          </label>
        ))}
        {problemAt(save.error, "parent_reference_id") ? (
          <p className="field-error">{problemAt(save.error, "parent_reference_id")}</p>
        ) : null}
      </fieldset>
      <SaveRow
        save={save}
        dirty={dirty}
        savedAt={savedAt}
        onSave={onSave}
        onReload={() => void reload().then(restart)}
      />
    </div>
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

/** Adds a document the shared list does not have yet, and makes it a căn cứ of the draft. */
function NewReference({ onAdded }: { onAdded: (reference: LegalReference) => void }) {
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
          <Field label={t("planEditor.basisIssuedOn")} error={error("issued_on")}>
            {(control) => (
              <input
                {...control}
                type="date"
                value={issuedOn}
                onChange={(event) => setIssuedOn(event.target.value)}
              />
            )}
          </Field>
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
            {create.isPending ? t("action.saving") : t("planEditor.basisCreate")}
          </button>
        </div>
      </form>
    </div>
  );
}
