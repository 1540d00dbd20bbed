// The editor's two parts that list documents a draft names: its căn cứ (with what it carries
// out) and the documents its text cites. One card each, told apart by the plan's field they edit
// and the words they show.
import type { ComponentType } from "react";
import { type MessageKey, useT } from "../../i18n/i18n";
import { CitedReferencesForm } from "./CitedReferencesForm";
import { EditorPart, Restartable } from "./EditorPart";
import { LegalBasesForm } from "./LegalBasesForm";
import type { Plan } from "./queries";

/** What a form of documents is given: the live plan, what it starts from, a way to start over. */
export interface ReferencesFormProps {
  plan: Plan;
  start: Plan;
  restart: (fresh: Plan | undefined) => void;
}

const PARTS = {
  legal_bases: {
    id: "part-bases",
    title: "planEditor.bases",
    hint: "planEditor.basesHint",
    Form: LegalBasesForm,
  },
  cited_references: {
    id: "part-cited",
    title: "planEditor.cited",
    hint: "planEditor.citedHint",
    Form: CitedReferencesForm,
  },
} as const satisfies Record<
  string,
  { id: string; title: MessageKey; hint: MessageKey; Form: ComponentType<ReferencesFormProps> }
>;

/** The part of the editor for the plan's `field`: its căn cứ, or the documents it cites. */
export function ReferencesPart({ plan, field }: { plan: Plan; field: keyof typeof PARTS }) {
  const t = useT();
  const { id, title, hint, Form } = PARTS[field];
  return (
    <EditorPart id={id} title={t(title)} hint={t(hint)}>
      <Restartable
        value={plan}
        render={(start, restart) => <Form plan={plan} start={start} restart={restart} />}
      />
    </EditorPart>
  );
}
