// Step 2 of importing a plan: the proposal reviewed beside its source. On a wide screen the
// numbered text stands beside the review and follows it; on a phone it is a view of its own, one
// tap away. Nothing is created until "Tạo dự thảo"; a refusal is shown at the items it names.
import { useEffect, useRef, useState } from "react";
import { useLocation } from "wouter";
import { errorMessage } from "../../api/errors";
import { todayInVietnam } from "../../i18n/format";
import { useT } from "../../i18n/i18n";
import { ConfirmDialog } from "../../ui/ConfirmDialog";
import { Icon } from "../../ui/icons";
import type { UnitChoice } from "../tasks/queries";
import { draftSize } from "./importDraft";
import { reviewOf, undecidedUnits } from "./importReview";
import type { Proposal } from "./queries";
import { ReviewCarried } from "./ReviewCarried";
import { ReviewHeader } from "./ReviewHeader";
import { ReviewReferences } from "./ReviewReferences";
import { ReviewSections } from "./ReviewSections";
import { ReviewUnits } from "./ReviewUnits";
import { ReviewWarnings } from "./ReviewWarnings";
import { SourceText } from "./SourceText";
import { SourceLineProvider, type SourcePointer } from "./sourceLine";
import { useImportReview } from "./useImportReview";

type View = "review" | "source";

/** Brings the first item marked with a problem into view, once it is drawn. */
function showFirstProblem(root: HTMLElement | null) {
  window.requestAnimationFrame(() => {
    const marked = root?.querySelector<HTMLElement>('[aria-invalid="true"], .has-problem');
    marked?.scrollIntoView?.({ block: "center" });
    if (marked?.matches("input, select, textarea")) marked.focus({ preventScroll: true });
  });
}

export function ImportReviewScreen({
  proposal,
  issuing,
  units,
  onRestart,
}: {
  proposal: Proposal;
  issuing: readonly UnitChoice[];
  units: readonly UnitChoice[];
  onRestart: () => void;
}) {
  const t = useT();
  const [, navigate] = useLocation();
  const state = useImportReview(() =>
    reviewOf(proposal, {
      issuingUnitIds: issuing.map((unit) => unit.id),
      fallbackYear: Number(todayInVietnam().slice(0, 4)),
    }),
  );
  const { review, problems, create } = state;
  const [line, setLine] = useState<number | null>(null);
  const [view, setView] = useState<View>("review");
  const [restarting, setRestarting] = useState(false);
  const [checked, setChecked] = useState(false);
  const returnTo = useRef<HTMLElement | null>(null);
  const root = useRef<HTMLDivElement>(null);
  const pointer: SourcePointer = {
    line,
    show: (shown, reveal = false) => {
      setLine(shown);
      if (reveal && view === "review") {
        returnTo.current = document.activeElement as HTMLElement | null;
        setView("source");
      }
    },
  };
  const backToReview = () => {
    setView("review");
    window.requestAnimationFrame(() => returnTo.current?.focus());
  };

  // A refusal marks its items once the answer is in: bring the first into view.
  const refused = create.error;
  useEffect(() => {
    if (refused) showFirstProblem(root.current);
  }, [refused]);

  const size = draftSize(review);
  const empty = proposal.sections.length === 0 && proposal.units.length === 0;
  const noStructure = proposal.warnings.find((warning) => warning.kind === "no_structure");
  const problemCount = Object.keys(problems).length;
  const undecided = undecidedUnits(review).length;

  function submit() {
    setChecked(true);
    setView("review");
    const sent = state.submit((plan) => navigate(`/plans/${plan.id}/edit`));
    if (!sent) showFirstProblem(root.current);
  }

  return (
    <SourceLineProvider pointer={pointer}>
      <div ref={root} className="import-review" data-view={view}>
        <div className="review-views">
          <button
            type="button"
            className="button"
            aria-pressed={view === "review"}
            onClick={backToReview}
          >
            {t("planImport.viewReview")}
          </button>
          <button
            type="button"
            className="button"
            aria-pressed={view === "source"}
            onClick={() => setView("source")}
          >
            {t("planImport.viewSource", { count: review.sourceLines.length })}
          </button>
        </div>

        <div className="review-pane review-proposal">
          {empty || noStructure ? (
            <div className="alert alert-warning" role="alert">
              <p>
                <Icon name="alert" size={18} />{" "}
                {noStructure?.message ?? t("planImport.nothingFound")}
              </p>
              <button type="button" className="button" onClick={onRestart}>
                {t("planImport.readAnother")}
              </button>
            </div>
          ) : (
            <p className="hint review-intro">
              {t("planImport.reviewIntro", {
                sections: proposal.sections.length,
                units: proposal.units.length,
              })}
            </p>
          )}
          {undecided > 0 ? (
            <p className="alert alert-warning review-undecided-notice">
              <Icon name="alert" size={18} />{" "}
              <a href="#review-units">{t("planImport.undecidedNotice", { count: undecided })}</a>
            </p>
          ) : null}
          <ReviewWarnings warnings={review.warnings} />
          <ReviewHeader
            header={review.header}
            lines={review.headerLines}
            issuing={issuing}
            read={{ number: proposal.header.number, issuedOn: proposal.header.issued_on }}
            problems={problems}
            onChange={state.updateHeader}
          />
          <ReviewReferences
            id="review-bases"
            title={t("planEditor.bases")}
            hint={t("planImport.basesHint")}
            references={review.legalBases}
            problems={problems}
            listProblem={problems.bases}
            onChange={(key, changes) => state.updateReference("legalBases", key, changes)}
          />
          <ReviewSections
            sections={review.sections}
            problems={problems}
            onChange={state.updateSection}
          />
          <ReviewUnits
            units={review.units}
            sections={review.sections}
            choices={units}
            problems={problems}
            onChange={state.updateUnit}
            onTaskChange={state.updateTask}
          />
          {review.citedReferences.length > 0 ? (
            <ReviewReferences
              id="review-cited"
              title={t("plans.citedReferences")}
              hint={t("planImport.citedHint")}
              references={review.citedReferences}
              problems={problems}
              listProblem={problems.cited}
              folded
              onChange={(key, changes) => state.updateReference("citedReferences", key, changes)}
            />
          ) : null}
          <ReviewCarried carried={review.carried} />

          <section className="card review-submit" aria-labelledby="review-submit-title">
            <h2 id="review-submit-title">{t("planImport.submitTitle")}</h2>
            <p>{t("planImport.willCreate", size)}</p>
            {create.error ? (
              <div className="alert alert-error" role="alert">
                <p>{t("planImport.refused")}</p>
                <p>{errorMessage(create.error, t)}</p>
              </div>
            ) : checked && problemCount > 0 ? (
              <p className="alert alert-error" role="alert">
                {t("planImport.toPutRight", { count: problemCount })}
              </p>
            ) : null}
            <div className="button-row">
              <button
                type="button"
                className="button button-primary"
                disabled={create.isPending}
                onClick={submit}
              >
                {create.isPending ? t("action.saving") : t("plans.newCreate")}
              </button>
              <button type="button" className="button" onClick={() => setRestarting(true)}>
                {t("planImport.readAnother")}
              </button>
            </div>
          </section>
        </div>

        <aside className="review-pane review-source" aria-label={t("planImport.source")}>
          <button type="button" className="button review-back" onClick={backToReview}>
            <Icon name="back" size={18} />
            {t("planImport.backToReview")}
          </button>
          <SourceText lines={review.sourceLines} filename={proposal.source.filename} />
        </aside>
      </div>
      {restarting ? (
        <ConfirmDialog
          title={t("planImport.restartTitle")}
          confirmLabel={t("planImport.readAnother")}
          busy={false}
          error={null}
          onConfirm={onRestart}
          onCancel={() => setRestarting(false)}
        >
          {t("planImport.restartText")}
        </ConfirmDialog>
      ) : null}
    </SourceLineProvider>
  );
}
