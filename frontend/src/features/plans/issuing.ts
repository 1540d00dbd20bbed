// Who issues plans, and the place a plan names: shared by the new-plan form and the review of an
// imported plan.
import type { Schemas } from "../../api/client";

/** Kinds of units that issue plans (an administration, not one of its offices). */
const ISSUING_KINDS = new Set(["commune", "district", "province"]);

/** The units among `units` that issue plans, in the order given. */
export function issuingUnits<Unit extends Pick<Schemas["UnitRead"], "kind">>(
  units: readonly Unit[],
): Unit[] {
  return units.filter((unit) => ISSUING_KINDS.has(unit.kind));
}

/** `Ủy ban nhân dân xã Cao Xá` → `xã Cao Xá`: the area a unit's plan is about. */
export function areaOf(unitName: string): string {
  return unitName.replace(/^(ủy|uỷ) ban nhân dân\s+/iu, "").trim();
}

/** `xã Cao Xá` → `Cao Xá`: the place name of the document's date line. */
export function placeOf(area: string): string {
  return area.replace(/^(xã|phường|thị trấn|thị xã|huyện|quận|thành phố|tỉnh)\s+/iu, "").trim();
}
