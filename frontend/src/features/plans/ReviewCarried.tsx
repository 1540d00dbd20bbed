// What the draft takes over as read and is corrected afterwards in the plan editor: reporting
// deadlines, recipients (nơi nhận) and the signature block.
import { formatDate } from "../../i18n/format";
import { useT } from "../../i18n/i18n";
import type { CarriedOver } from "./importReview";
import { reportingKindKey } from "./kinds";
import { LineButton, Sourced } from "./sourceLine";

export function ReviewCarried({ carried }: { carried: CarriedOver }) {
  const t = useT();
  const { reportingDeadlines, recipients, signer } = carried;
  if (reportingDeadlines.length === 0 && recipients.length === 0 && !signer) return null;
  return (
    <section
      id="review-carried"
      className="card review-part"
      aria-labelledby="review-carried-title"
    >
      <h2 id="review-carried-title">{t("planImport.carried")}</h2>
      <p className="hint">{t("planImport.carriedHint")}</p>
      {reportingDeadlines.length > 0 ? (
        <>
          <h3>{t("planEditor.deadlines")}</h3>
          <ul className="review-list">
            {reportingDeadlines.map((deadline) => (
              <Sourced
                as="li"
                key={`${deadline.kind}-${deadline.due_on}`}
                line={deadline.line}
                className="review-item-head"
              >
                <span>
                  {deadline.label} ({t(reportingKindKey(deadline.kind))}):{" "}
                  {formatDate(deadline.due_on)}
                </span>
                <LineButton line={deadline.line} />
              </Sourced>
            ))}
          </ul>
        </>
      ) : null}
      {recipients.length > 0 ? (
        <>
          <h3>{t("planEditor.recipients")}</h3>
          <p lang="vi">{recipients.join("; ")}</p>
        </>
      ) : null}
      {signer ? (
        <>
          <h3>{t("planEditor.signer")}</h3>
          <Sourced line={carried.signerLine} className="review-item-head">
            <span lang="vi">
              {signer.authority} {signer.body}, {signer.position}, {signer.full_name}
            </span>
            <LineButton line={carried.signerLine} />
          </Sourced>
        </>
      ) : null}
    </section>
  );
}
