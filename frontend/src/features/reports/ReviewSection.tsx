// The coordinator's review of a submitted part: accept it, or return it with a required comment.
import { type FormEvent, useState } from "react";
import { ApiError, errorMessage } from "../../api/errors";
import { useT } from "../../i18n/i18n";
import { Field } from "../../ui/Field";
import { type UnitReport, useReviewPart } from "./queries";

export function ReviewSection({ part }: { part: UnitReport }) {
  const t = useT();
  const review = useReviewPart(part);
  const [returning, setReturning] = useState(false);
  const [comment, setComment] = useState("");
  const [missing, setMissing] = useState(false);
  const stale = review.error instanceof ApiError && [409, 412].includes(review.error.status);
  const commentError =
    (missing ? t("reports.commentRequired") : undefined) ??
    (review.error instanceof ApiError ? review.error.fieldMessage("comment") : undefined);

  function sendReturn(event: FormEvent) {
    event.preventDefault();
    if (!comment.trim()) {
      setMissing(true);
      return;
    }
    setMissing(false);
    review.mutate({ decision: "return", comment }, { onSuccess: () => setReturning(false) });
  }

  return (
    <section className="card review" aria-labelledby="review-title">
      <h2 id="review-title">{t("reports.review")}</h2>
      {review.error ? (
        <p role="alert" className="field-error">
          {stale ? t("reports.stale") : errorMessage(review.error, t)}
        </p>
      ) : null}
      {returning ? (
        <form onSubmit={sendReturn} role="dialog" aria-labelledby="return-title" noValidate>
          <h3 id="return-title">{t("reports.returnTitle")}</h3>
          <Field label={t("reports.comment")} error={commentError}>
            {(control) => (
              <textarea
                {...control}
                rows={4}
                value={comment}
                onChange={(event) => setComment(event.target.value)}
              />
            )}
          </Field>
          <div className="form-actions">
            <button type="submit" className="button danger" disabled={review.isPending}>
              {t("reports.return")}
            </button>
            <button type="button" className="button secondary" onClick={() => setReturning(false)}>
              {t("reports.cancel")}
            </button>
          </div>
        </form>
      ) : (
        <div className="form-actions">
          <button
            type="button"
            className="button"
            disabled={review.isPending}
            onClick={() => review.mutate({ decision: "accept", comment: "" })}
          >
            {t("reports.accept")}
          </button>
          <button type="button" className="button secondary" onClick={() => setReturning(true)}>
            {t("reports.returnWithComment")}
          </button>
        </div>
      )}
    </section>
  );
}
