// The false-information screens, each fetched apart when first shown (the signed-in app carries
// none of their code), and fetched ahead when their tab is pointed at.
import { preloadable } from "../../ui/preloadable";
import { Loading } from "../../ui/states";

const loading = <Loading />;

export const incidentScreens = {
  list: preloadable(() => import("./IncidentsPage"), loading),
  incident: preloadable(() => import("./IncidentPage"), loading),
  edit: preloadable(() => import("./IncidentEditPage"), loading),
  report: preloadable(() => import("./ReportPage"), loading),
  summary: preloadable(() => import("./SummaryPage"), loading),
  deleted: preloadable(() => import("./DeletedIncidentsPage"), loading),
};

export type IncidentScreen = keyof typeof incidentScreens;

export function preloadIncidentScreen(screen: IncidentScreen): void {
  void incidentScreens[screen].preload().catch(() => undefined);
}
