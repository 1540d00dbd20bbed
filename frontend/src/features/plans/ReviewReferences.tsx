// A list of documents as read: the căn cứ at the head of the plan, or the documents its text
// cites (folded away until opened, or while one of them has a problem).
import type { ReactNode } from "react";
import { useT } from "../../i18n/i18n";
import type { Problems } from "./importDraft";
import type { ReferenceReview } from "./importReview";
import { ReviewReference } from "./ReviewReference";

export function ReviewReferences({
  id,
  title,
  hint,
  references,
  problems,
  listProblem,
  folded = false,
  onChange,
}: {
  id: string;
  title: string;
  hint: string;
  references: readonly ReferenceReview[];
  problems: Problems;
  /** What the API said of the list as a whole. */
  listProblem?: string;
  folded?: boolean;
  onChange: (key: string, changes: Partial<ReferenceReview>) => void;
}) {
  const t = useT();
  const kept = references.filter((reference) => reference.kept).length;
  const list: ReactNode =
    references.length === 0 ? (
      <p className="muted">{t("planImport.noReferences")}</p>
    ) : (
      <ol className="review-list">
        {references.map((reference) => (
          <ReviewReference
            key={reference.key}
            reference={reference}
            problem={problems[reference.key]}
            onChange={(changes) => onChange(reference.key, changes)}
          />
        ))}
      </ol>
    );
  const anyProblem = references.some((reference) => problems[reference.key]);
  return (
    <section id={id} className="card review-part" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>
        {title}{" "}
        <span className="muted">
          ({t("planImport.keptCount", { kept, total: references.length })})
        </span>
      </h2>
      <p className="hint">{hint}</p>
      {listProblem ? <p className="field-error">{listProblem}</p> : null}
      {folded && references.length > 0 ? (
        <details open={anyProblem || undefined}>
          <summary>{t("planImport.showReferences", { count: references.length })}</summary>
          {list}
        </details>
      ) : (
        list
      )}
    </section>
  );
}
