// One căn cứ or cited document as read: kept or removed, its fields corrected, or replaced by a
// document already entered (the one entered is also found by the API when kind, number and
// issuer are the same, so keeping the one read never doubles it).
import { useId, useState } from "react";
import { formatDate } from "../../i18n/format";
import { useT } from "../../i18n/i18n";
import { DateField } from "../../ui/DateField";
import { Field } from "../../ui/Field";
import type { ReferenceReview } from "./importReview";
import { LEGAL_REFERENCE_KINDS, type LegalReferenceKind, legalKindKey } from "./kinds";
import { basisText } from "./queries";
import { ReferenceSearch } from "./ReferencePicking";
import { LineButton, Sourced } from "./sourceLine";

type Open = "none" | "edit" | "choose";

export function ReviewReference({
  reference,
  problem,
  onChange,
}: {
  reference: ReferenceReview;
  problem?: string;
  onChange: (changes: Partial<ReferenceReview>) => void;
}) {
  const t = useT();
  const id = useId();
  const [open, setOpen] = useState<Open>("none");
  const toggle = (part: Open) => setOpen((current) => (current === part ? "none" : part));
  const { existing } = reference;
  const name = reference.citation;
  const facts = [
    t(legalKindKey(reference.kind)),
    reference.number,
    reference.issuedOn ? formatDate(reference.issuedOn) : "",
    reference.issuer,
  ].filter(Boolean);
  return (
    <Sourced
      as="li"
      line={reference.line}
      className={`review-item${reference.kept ? "" : " is-removed"}${problem ? " has-problem" : ""}`}
    >
      <div className="review-item-head">
        <p className="review-item-text" lang="vi">
          {existing ? basisText(existing.citation, existing.title) : reference.citation}
        </p>
        <LineButton line={reference.line} />
      </div>
      {!reference.kept ? (
        <p className="review-removed-note">{t("planImport.removedNote")}</p>
      ) : existing ? (
        <p className="hint">
          {t("planImport.referenceExisting", { citation: reference.citation })}
        </p>
      ) : (
        <p className="hint">{facts.join(" · ")}</p>
      )}
      {problem ? <p className="field-error">{problem}</p> : null}
      <div className="review-item-actions">
        {reference.kept ? (
          <>
            {existing ? (
              <button type="button" className="button" onClick={() => onChange({ existing: null })}>
                {t("planImport.referenceUseRead")}
              </button>
            ) : (
              <button
                type="button"
                className="button"
                aria-expanded={open === "edit"}
                aria-controls={`${id}-edit`}
                aria-label={t("planImport.referenceEditNamed", { name })}
                onClick={() => toggle("edit")}
              >
                {t("planImport.referenceEdit")}
              </button>
            )}
            <button
              type="button"
              className="button"
              aria-expanded={open === "choose"}
              aria-label={t("planImport.referenceChooseNamed", { name })}
              onClick={() => toggle("choose")}
            >
              {t("planImport.referenceChoose")}
            </button>
            <button
              type="button"
              className="button button-quiet"
              aria-label={t("planImport.removeNamed", { name })}
              onClick={() => {
                setOpen("none");
                onChange({ kept: false });
              }}
            >
              {t("planImport.remove")}
            </button>
          </>
        ) : (
          <button
            type="button"
            className="button"
            aria-label={t("planImport.keepNamed", { name })}
            onClick={() => onChange({ kept: true })}
          >
            {t("planImport.keep")}
          </button>
        )}
      </div>
      {reference.kept && open === "choose" ? (
        <ReferenceSearch
          chosen={existing ? [existing] : []}
          label={t("planImport.referenceSearch")}
          onChoose={(chosen) => {
            onChange({ existing: chosen });
            setOpen("none");
          }}
        />
      ) : null}
      {reference.kept && !existing ? (
        <div id={`${id}-edit`} className="form-grid subform" hidden={open !== "edit"}>
          <Field label={t("planEditor.basisKind")}>
            {(control) => (
              <select
                {...control}
                value={reference.kind}
                onChange={(event) => onChange({ kind: event.target.value as LegalReferenceKind })}
              >
                {LEGAL_REFERENCE_KINDS.map((value) => (
                  <option key={value} value={value}>
                    {t(legalKindKey(value))}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label={t("planEditor.basisNumber")} hint={t("planEditor.basisNumberHint")}>
            {(control) => (
              <input
                {...control}
                value={reference.number}
                onChange={(event) => onChange({ number: event.target.value })}
              />
            )}
          </Field>
          <DateField
            label={t("planEditor.basisIssuedOn")}
            value={reference.issuedOn}
            onChange={(value) => onChange({ issuedOn: value })}
          />
          <Field label={t("planEditor.basisIssuer")}>
            {(control) => (
              <input
                {...control}
                value={reference.issuer}
                onChange={(event) => onChange({ issuer: event.target.value })}
              />
            )}
          </Field>
          <Field label={t("planEditor.basisTitle")} className="form-grid-wide">
            {(control) => (
              <textarea
                {...control}
                rows={2}
                value={reference.title}
                onChange={(event) => onChange({ title: event.target.value })}
              />
            )}
          </Field>
        </div>
      ) : null}
    </Sourced>
  );
}
