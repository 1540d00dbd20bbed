// The state of one import's review: the corrections, the problems found before sending or named
// by the API's refusal (each at its item), and creating the draft. A refusal keeps the review as
// it is, so nothing of it is lost.
import { useState } from "react";
import { useT } from "../../i18n/i18n";
import {
  checkReview,
  draftOf,
  type Problems,
  problemsOfRefusal,
  withoutProblemsOf,
} from "./importDraft";
import type {
  HeaderReview,
  ImportReview,
  ReferenceReview,
  SectionReview,
  TaskReview,
  UnitReview,
} from "./importReview";
import { type Plan, useCreateImportedDraft } from "./queries";

export type ReferenceList = "legalBases" | "citedReferences";

function updateSectionIn(
  sections: readonly SectionReview[],
  key: string,
  changes: Partial<SectionReview>,
): SectionReview[] {
  return sections.map((section) =>
    section.key === key
      ? { ...section, ...changes }
      : { ...section, children: updateSectionIn(section.children, key, changes) },
  );
}

/** The review started by `start` (called once). */
export function useImportReview(start: () => ImportReview) {
  const t = useT();
  const [review, setReview] = useState(start);
  const [problems, setProblems] = useState<Problems>({});
  const create = useCreateImportedDraft();

  /** Applies a change to the item `key` and forgets what was said about that item. */
  const change = (key: string, update: (current: ImportReview) => ImportReview) => {
    setReview(update);
    setProblems((current) => withoutProblemsOf(current, key));
  };

  return {
    review,
    problems,
    create,
    updateHeader: (changes: Partial<HeaderReview>) =>
      change("header", (current) => ({ ...current, header: { ...current.header, ...changes } })),
    updateReference: (list: ReferenceList, key: string, changes: Partial<ReferenceReview>) =>
      change(key, (current) => ({
        ...current,
        [list]: current[list].map((reference) =>
          reference.key === key ? { ...reference, ...changes } : reference,
        ),
      })),
    updateSection: (key: string, changes: Partial<SectionReview>) => {
      setProblems((current) => withoutProblemsOf(current, "sections"));
      change(key, (current) => ({
        ...current,
        sections: updateSectionIn(current.sections, key, changes),
      }));
    },
    updateUnit: (key: string, changes: Partial<UnitReview>) =>
      change(key, (current) => ({
        ...current,
        units: current.units.map((unit) => (unit.key === key ? { ...unit, ...changes } : unit)),
      })),
    updateTask: (key: string, changes: Partial<TaskReview>) =>
      change(key, (current) => ({
        ...current,
        units: current.units.map((unit) => ({
          ...unit,
          tasks: unit.tasks.map((task) => (task.key === key ? { ...task, ...changes } : task)),
        })),
      })),
    /**
     * Creates the draft when nothing is left to put right, then calls `onCreated`; otherwise
     * marks what is wrong and answers false.
     */
    submit: (onCreated: (plan: Plan) => void): boolean => {
      const found = checkReview(review, t);
      setProblems(found);
      if (Object.keys(found).length > 0) return false;
      const { draft, places } = draftOf(review);
      create.mutate(draft, {
        onSuccess: onCreated,
        onError: (error) => setProblems(problemsOfRefusal(error, places)),
      });
      return true;
    },
  };
}

export type ImportReviewState = ReturnType<typeof useImportReview>;
