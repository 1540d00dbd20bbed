// The signed-in app: its shell, its screens and the cache of their answers. Loaded apart from the
// login page, so that a first visit on a weak network carries only what the login form needs.
import { QueryClientProvider, useQueryClient } from "@tanstack/react-query";
import { lazy, Suspense, useEffect, useState } from "react";
import { Redirect, Route, Switch, useLocation, useSearch } from "wouter";
import { NetworkError } from "./api/errors";
import { type Me, useAuth } from "./features/auth/auth";
import { can } from "./features/auth/capabilities";
import { useMe } from "./features/auth/me";
import { restoreOfflineCopy, useKeepOfflineCopy } from "./features/auth/offline";
import { incidentScreens } from "./features/incidents/screens";
import { mediaScreens } from "./features/media/screens";
import { reportScreens } from "./features/reports/screens";
import { DraftSync } from "./features/tasks/progress";
import { filtersFromSearch, taskList, usePrefetchMyTasks } from "./features/tasks/queries";
import { useT } from "./i18n/i18n";
import { makeQueryClient } from "./queryClient";
import { dashboardScreen, preloadScreen, taskDetailScreen, taskListScreen } from "./screens";
import { ErrorBoundary } from "./ui/ErrorBoundary";
import { Layout } from "./ui/Layout";
import { ErrorState, Loading } from "./ui/states";
import "./ui/screens.css";

const DashboardPage = dashboardScreen.Component;
const TaskListPage = taskListScreen.Component;
const TaskDetailPage = taskDetailScreen.Component;
const DraftsPage = lazy(() => import("./features/tasks/DraftsPage"));
const PlanListPage = lazy(() => import("./features/plans/PlanListPage"));
const PlanPage = lazy(() => import("./features/plans/PlanPage"));
const NewPlanPage = lazy(() => import("./features/plans/NewPlanPage"));
const ImportPlanPage = lazy(() => import("./features/plans/ImportPlanPage"));
const PlanEditorPage = lazy(() => import("./features/plans/PlanEditorPage"));
const UnitsPage = lazy(() => import("./features/units/UnitsPage"));
const UsersPage = lazy(() => import("./features/users/UsersPage"));
const ProfilePage = lazy(() => import("./features/profile/ProfilePage"));
const NotificationsPage = lazy(() => import("./features/notifications/NotificationsPage"));
const MorePage = lazy(() => import("./ui/MorePage"));
const InteractionsPage = mediaScreens.interactions.Component;
const InteractionPage = mediaScreens.interaction.Component;
const InteractionFormPage = mediaScreens.interactionForm.Component;
const FollowUpQueuePage = mediaScreens.queue.Component;
const OutletsPage = mediaScreens.outlets.Component;
const ContactsPage = mediaScreens.contacts.Component;
const ContactPage = mediaScreens.contact.Component;
const ContactFormPage = mediaScreens.contactForm.Component;
const IncidentsPage = incidentScreens.list.Component;
const IncidentPage = incidentScreens.incident.Component;
const ReportPage = incidentScreens.report.Component;
const IncidentSummaryPage = incidentScreens.summary.Component;
const ReportsPage = reportScreens.periods.Component;
const PeriodPage = reportScreens.period.Component;
const PartPage = reportScreens.part.Component;
const CommuneReportPage = reportScreens.communeReport.Component;
const CommuneReportsPage = reportScreens.communeReports.Component;
const NotFoundPage = lazy(() => import("./ui/NotFoundPage"));

function Screens() {
  const t = useT();
  return (
    <ErrorBoundary
      fallback={(reset) => (
        <ErrorState
          error={new NetworkError()}
          onRetry={() => {
            reset();
            window.location.reload();
          }}
        />
      )}
    >
      <Suspense fallback={<Loading label={t("state.loading")} />}>
        <Switch>
          <Route path="/" component={DashboardPage} />
          <Route path="/tasks" component={TaskListPage} />
          <Route path="/tasks/:id">{(params) => <TaskDetailPage id={Number(params.id)} />}</Route>
          <Route path="/drafts" component={DraftsPage} />
          <Route path="/plans" component={PlanListPage} />
          <Route path="/plans/new" component={NewPlanPage} />
          <Route path="/plans/import" component={ImportPlanPage} />
          <Route path="/plans/:id">{(params) => <PlanPage id={Number(params.id)} />}</Route>
          <Route path="/plans/:id/edit">
            {(params) => <PlanEditorPage id={Number(params.id)} />}
          </Route>
          <Route path="/media">
            <Redirect to="/media/interactions" replace />
          </Route>
          <Route path="/media/interactions" component={InteractionsPage} />
          <Route path="/media/interactions/new">{() => <InteractionFormPage />}</Route>
          <Route path="/media/interactions/:id">
            {(params) => <InteractionPage id={Number(params.id)} />}
          </Route>
          <Route path="/media/interactions/:id/edit">
            {(params) => <InteractionFormPage id={Number(params.id)} />}
          </Route>
          <Route path="/media/follow-up" component={FollowUpQueuePage} />
          <Route path="/media/outlets" component={OutletsPage} />
          <Route path="/media/contacts" component={ContactsPage} />
          <Route path="/media/contacts/new">{() => <ContactFormPage />}</Route>
          <Route path="/media/contacts/:id">
            {(params) => <ContactPage id={Number(params.id)} />}
          </Route>
          <Route path="/media/contacts/:id/edit">
            {(params) => <ContactFormPage id={Number(params.id)} />}
          </Route>
          <Route path="/incidents" component={IncidentsPage} />
          <Route path="/incidents/new" component={ReportPage} />
          <Route path="/incidents/summary" component={IncidentSummaryPage} />
          <Route path="/incidents/:id">
            {(params) =>
              /^\d+$/.test(params.id) ? <IncidentPage id={Number(params.id)} /> : <NotFoundPage />
            }
          </Route>
          <Route path="/reports" component={ReportsPage} />
          <Route path="/reports/periods/:id">
            {(params) => <PeriodPage id={Number(params.id)} />}
          </Route>
          <Route path="/reports/parts/:id">{(params) => <PartPage id={Number(params.id)} />}</Route>
          <Route path="/reports/communes" component={CommuneReportsPage} />
          <Route path="/reports/commune/:id">
            {(params) => <CommuneReportPage id={Number(params.id)} />}
          </Route>
          <Route path="/units" component={UnitsPage} />
          <Route path="/users" component={UsersPage} />
          <Route path="/profile" component={ProfilePage} />
          <Route path="/notifications" component={NotificationsPage} />
          <Route path="/more" component={MorePage} />
          <Route component={NotFoundPage} />
        </Switch>
      </Suspense>
    </ErrorBoundary>
  );
}

/** How long the read-ahead for offline use waits after sign-in, so that the screen asked for
 * gets the weak network first. */
const READ_AHEAD_DELAY_MS = 1500;

/** True once `delay` has passed and the browser is idle (a network left to the screen shown). */
function useIdleAfter(delay: number): boolean {
  const [idle, setIdle] = useState(false);
  useEffect(() => {
    let handle: number | undefined;
    const timer = window.setTimeout(() => {
      if (typeof window.requestIdleCallback === "function") {
        handle = window.requestIdleCallback(() => setIdle(true), { timeout: 2000 });
      } else setIdle(true);
    }, delay);
    return () => {
      window.clearTimeout(timer);
      if (handle !== undefined) window.cancelIdleCallback(handle);
    };
  }, [delay]);
  return idle;
}

/** Keeps what the user needs offline: their tasks read ahead (once the screen asked for has
 * had the network), and the copy saved on change. */
function OfflineKeeper({ me }: { me: Me }) {
  const { status } = useAuth();
  const queryClient = useQueryClient();
  const online = status === "signed-in";
  const idle = useIdleAfter(READ_AHEAD_DELAY_MS);
  usePrefetchMyTasks(online && idle && can(me, "tasks:report"));
  useKeepOfflineCopy(queryClient, online ? me.id : undefined);
  return null;
}

/** While who the user is still loads, fetches the first screen's code (and the task list's first
 * page) in parallel, instead of one after the other once the screen renders. */
function useWarmScreen() {
  const queryClient = useQueryClient();
  const [location] = useLocation();
  const search = useSearch();
  const [first] = useState({ location, search });
  useEffect(() => {
    preloadScreen(first.location);
    if (first.location !== "/tasks") return;
    void queryClient.prefetchQuery(taskList(filtersFromSearch(first.search)));
  }, [first, queryClient]);
}

function Shell() {
  useWarmScreen();
  const me = useMe();
  return (
    <Layout>
      {me.data ? <DraftSync userId={me.data.id} /> : null}
      {me.data ? <OfflineKeeper me={me.data} /> : null}
      {me.data ? (
        <Screens />
      ) : me.error ? (
        <ErrorState error={me.error} onRetry={() => void me.refetch()} />
      ) : (
        <Loading />
      )}
    </Layout>
  );
}

/** A cache of answers for this sign-in only (the next user starts on an empty one), opened on the
 * copy kept on this device when there is one (reloaded offline, or while the session renews). */
function makeSignedInCache() {
  const queryClient = makeQueryClient();
  restoreOfflineCopy(queryClient);
  return queryClient;
}

export default function SignedIn() {
  const [queryClient] = useState(makeSignedInCache);
  return (
    <QueryClientProvider client={queryClient}>
      <Shell />
    </QueryClientProvider>
  );
}
