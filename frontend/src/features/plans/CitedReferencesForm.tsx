// The documents a draft's text cites (not its căn cứ), in the order they appear: picked and added
// as the căn cứ are. The API refuses a document that is both (422), and the part says so.
import { useState } from "react";
import { problemAt } from "../../api/errors";
import { useT } from "../../i18n/i18n";
import { SaveRow } from "./EditorPart";
import { useReloadPlan, useSavePlan } from "./queries";
import {
  idsOf,
  NewReference,
  PickedReferences,
  ReferenceSearch,
  sameReferences,
  usePickedReferences,
} from "./ReferencePicking";
import type { ReferencesFormProps } from "./ReferencesPart";

export function CitedReferencesForm({ plan, start, restart }: ReferencesFormProps) {
  const t = useT();
  const cited = usePickedReferences(start.cited_references);
  const [savedAt, setSavedAt] = useState<string | null>(null);
  const save = useSavePlan(plan.id);
  const reload = useReloadPlan(plan.id);
  const refused = problemAt(save.error, "cited_reference_ids");
  return (
    <div className="form">
      <PickedReferences
        {...cited}
        empty={t("planEditor.noCited")}
        removeLabel={(name) => t("planEditor.removeCitedNamed", { name })}
      />
      {refused ? <p className="field-error">{refused}</p> : null}
      <ReferenceSearch
        chosen={cited.picked}
        onChoose={cited.add}
        label={t("planEditor.citedSearch")}
      />
      <NewReference onAdded={cited.add} createLabel={t("planEditor.citedCreate")} />
      <SaveRow
        save={save}
        dirty={!sameReferences(cited.picked, plan.cited_references)}
        savedAt={savedAt}
        onSave={() =>
          save.mutate(
            { version: plan.version, changes: { cited_reference_ids: idsOf(cited.picked) } },
            { onSuccess: () => setSavedAt(new Date().toISOString()) },
          )
        }
        onReload={() => void reload().then(restart)}
      />
    </div>
  );
}
