import type { Schemas } from "../../api/client";
import { useT } from "../../i18n/i18n";
import { INTERACTION_KINDS, type InteractionKind, interactionKindKey } from "../media/kinds";
import { MonthlyBars } from "./MonthlyBars";

export type PressMonth = Schemas["MonthlyInteractionCount"];

/** One colour per kind of press work, told apart in the legend and repeated in the table. */
const KIND_COLOR: Record<InteractionKind, string> = {
  press_conference: "#1d4ed8",
  press_release: "#0f766e",
  interview: "#7c3aed",
  information_on_request: "#a16207",
  field_visit_support: "#0e7490",
  press_report: "#b91c1c",
};

/** The commune's dealings with the press each month, stacked by kind. */
export function PressChart({ months }: { months: readonly PressMonth[] }) {
  const t = useT();
  if (months.length === 0) return <p className="hint">{t("dashboard.pressNone")}</p>;
  return (
    <MonthlyBars
      counts={months.map((row) => ({ month: row.month, series: row.kind, count: row.count }))}
      series={INTERACTION_KINDS}
      color={KIND_COLOR}
      seriesLabel={(kind) => t(interactionKindKey(kind))}
      valueName={t("dashboard.pressAxis")}
      caption={t("dashboard.pressCaption")}
    />
  );
}
