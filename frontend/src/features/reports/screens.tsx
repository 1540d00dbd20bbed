// The reporting cycle's screens, each fetched apart when first shown.
import { preloadable } from "../../ui/preloadable";
import { Loading } from "../../ui/states";

const loading = <Loading />;

export const reportScreens = {
  periods: preloadable(() => import("./ReportsPage"), loading),
  period: preloadable(() => import("./PeriodPage"), loading),
  part: preloadable(() => import("./PartPage"), loading),
  communeReport: preloadable(() => import("./CommuneReportPage"), loading),
  communeReports: preloadable(() => import("./CommuneReportsPage"), loading),
};
