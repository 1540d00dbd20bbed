// The press screens, each fetched apart when first shown (the signed-in app carries none of
// their code), and fetched ahead when their tab is pointed at.
import { preloadable } from "../../ui/preloadable";
import { Loading } from "../../ui/states";

const loading = <Loading />;

export const mediaScreens = {
  interactions: preloadable(() => import("./InteractionsPage"), loading),
  interaction: preloadable(() => import("./InteractionPage"), loading),
  interactionForm: preloadable(() => import("./InteractionFormPage"), loading),
  queue: preloadable(() => import("./FollowUpQueuePage"), loading),
  outlets: preloadable(() => import("./OutletsPage"), loading),
  contacts: preloadable(() => import("./ContactsPage"), loading),
  contact: preloadable(() => import("./ContactPage"), loading),
  contactForm: preloadable(() => import("./ContactFormPage"), loading),
};

export type MediaScreen = keyof typeof mediaScreens;

export function preloadMediaScreen(screen: MediaScreen): void {
  void mediaScreens[screen].preload().catch(() => undefined);
}
