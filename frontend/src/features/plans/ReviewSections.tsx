// The sections as read, as a tree: each code and title corrected in place, or the section left
// out (with its subsections; tasks placed in it then belong to no section). Their text is kept
// as read and edited afterwards in the plan editor.
import { useT } from "../../i18n/i18n";
import { Field } from "../../ui/Field";
import { fieldKey, type Problems } from "./importDraft";
import type { SectionReview } from "./importReview";
import { sectionNumber } from "./queries";
import { LineButton, Sourced } from "./sourceLine";

type Change = (key: string, changes: Partial<SectionReview>) => void;

export function ReviewSections({
  sections,
  problems,
  onChange,
}: {
  sections: readonly SectionReview[];
  problems: Problems;
  onChange: Change;
}) {
  const t = useT();
  return (
    <section
      id="review-sections"
      className="card review-part"
      aria-labelledby="review-sections-title"
    >
      <h2 id="review-sections-title">{t("planImport.sections")}</h2>
      <p className="hint">{t("planImport.sectionsHint")}</p>
      {problems.sections ? (
        <p className="alert alert-error" role="alert">
          {problems.sections}
        </p>
      ) : null}
      {sections.length === 0 ? (
        <p className="muted">{t("planImport.noSections")}</p>
      ) : (
        <SectionList sections={sections} problems={problems} onChange={onChange} />
      )}
    </section>
  );
}

function SectionList({
  sections,
  problems,
  onChange,
}: {
  sections: readonly SectionReview[];
  problems: Problems;
  onChange: Change;
}) {
  return (
    <ol className="review-sections">
      {sections.map((section) => (
        <SectionRow key={section.key} section={section} problems={problems} onChange={onChange} />
      ))}
    </ol>
  );
}

function SectionRow({
  section,
  problems,
  onChange,
}: {
  section: SectionReview;
  problems: Problems;
  onChange: Change;
}) {
  const t = useT();
  const name = `${sectionNumber(section.code)} ${section.title}`;
  const problem = problems[section.key];
  return (
    <Sourced
      as="li"
      line={section.line}
      className={`review-section${section.kept ? "" : " is-removed"}${problem ? " has-problem" : ""}`}
    >
      {section.kept ? (
        <div className="review-section-row">
          <SectionTextField
            section={section}
            part="code"
            label={t("planEditor.sectionCode")}
            error={problems[fieldKey(section.key, "code")]}
            onChange={onChange}
          />
          <SectionTextField
            section={section}
            part="title"
            label={t("planEditor.sectionTitle")}
            error={problems[fieldKey(section.key, "title")]}
            onChange={onChange}
          />
          <div className="review-section-actions">
            <LineButton line={section.line} />
            <button
              type="button"
              className="button button-quiet"
              aria-label={t("planImport.removeNamed", { name })}
              onClick={() => onChange(section.key, { kept: false })}
            >
              {t("planImport.remove")}
            </button>
          </div>
        </div>
      ) : (
        <div className="review-section-row">
          <p className="review-item-text">
            <s>{name}</s>{" "}
            <span className="review-removed-note">
              {section.children.length > 0
                ? t("planImport.sectionRemovedWithChildren")
                : t("planImport.removedNote")}
            </span>
          </p>
          <div className="review-section-actions">
            <LineButton line={section.line} />
            <button
              type="button"
              className="button"
              aria-label={t("planImport.keepNamed", { name })}
              onClick={() => onChange(section.key, { kept: true })}
            >
              {t("planImport.keep")}
            </button>
          </div>
        </div>
      )}
      {problem ? <p className="field-error">{problem}</p> : null}
      {section.kept && section.children.length > 0 ? (
        <SectionList sections={section.children} problems={problems} onChange={onChange} />
      ) : null}
    </Sourced>
  );
}

/** One of a section's two texts (its code or its title), corrected in place. */
function SectionTextField({
  section,
  part,
  label,
  error,
  onChange,
}: {
  section: SectionReview;
  part: "code" | "title";
  label: string;
  error: string | undefined;
  onChange: Change;
}) {
  return (
    <Field label={label} className={`review-section-${part}`} error={error}>
      {(control) => (
        <input
          {...control}
          value={section[part]}
          onChange={(event) => onChange(section.key, { [part]: event.target.value })}
        />
      )}
    </Field>
  );
}
