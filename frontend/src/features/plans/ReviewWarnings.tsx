// What the reading asks the coordinator to look at, each with its line in the source.
import { useT } from "../../i18n/i18n";
import { Icon } from "../../ui/icons";
import type { ProposalWarning } from "./importReview";
import { LineButton, Sourced } from "./sourceLine";

export function ReviewWarnings({ warnings }: { warnings: readonly ProposalWarning[] }) {
  const t = useT();
  if (warnings.length === 0) return null;
  return (
    <section
      id="review-warnings"
      className="card review-part"
      aria-labelledby="review-warnings-title"
    >
      <h2 id="review-warnings-title">
        <Icon name="alert" /> {t("planImport.warnings", { count: warnings.length })}
      </h2>
      <ul className="review-list">
        {warnings.map((warning) => (
          <Sourced
            as="li"
            // A warning is one kind at one place of the text.
            key={`${warning.kind}-${warning.line}-${warning.text}`}
            line={warning.line}
            className="review-item review-warning"
          >
            <div className="review-item-head">
              <p className="review-item-text">{warning.message}</p>
              {warning.line === null ? (
                <span className="muted">{t("planImport.wholeText")}</span>
              ) : (
                <LineButton line={warning.line} />
              )}
            </div>
            {warning.text && warning.line !== null ? (
              <p className="hint" lang="vi">
                “{warning.text}”
              </p>
            ) : null}
          </Sourced>
        ))}
      </ul>
    </section>
  );
}
