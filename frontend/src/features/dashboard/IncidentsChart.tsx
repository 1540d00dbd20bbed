import type { Schemas } from "../../api/client";
import { useT } from "../../i18n/i18n";
import { CATEGORIES, categoryKey } from "../incidents/kinds";
import { CATEGORY_COLOR } from "../incidents/MonthlyChart";
import { MonthlyBars } from "./MonthlyBars";

export type IncidentMonth = Schemas["MonthlyCount"];

/** False-information incidents detected each month, stacked by category (the incidents
 * screens' colours). */
export function IncidentsChart({ months }: { months: readonly IncidentMonth[] }) {
  const t = useT();
  if (months.length === 0) return <p className="hint">{t("dashboard.incidentsNone")}</p>;
  return (
    <MonthlyBars
      counts={months.map((row) => ({ month: row.month, series: row.category, count: row.count }))}
      series={CATEGORIES}
      color={CATEGORY_COLOR}
      seriesLabel={(category) => t(categoryKey(category))}
      valueName={t("dashboard.incidentsAxis")}
      caption={t("dashboard.incidentsCaption")}
    />
  );
}
