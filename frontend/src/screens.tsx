// The screens the app is most often opened on (the dashboard, the task list, a task): their code
// is fetched with the signed-in app's, in parallel, while the login form shows or, on a device
// someone signed in on, before the first rendering.
import { preloadable } from "./ui/preloadable";
import { Loading } from "./ui/states";

const loading = <Loading />;
export const dashboardScreen = preloadable(
  () => import("./features/dashboard/DashboardPage"),
  loading,
);
export const taskListScreen = preloadable(() => import("./features/tasks/TaskListPage"), loading);
export const taskDetailScreen = preloadable(
  () => import("./features/tasks/TaskDetailPage"),
  loading,
);

/** Fetches the code of the screen at `path` ahead of its rendering, when it is one of these. */
export function preloadScreen(path: string): void {
  const screen =
    path === "/"
      ? dashboardScreen
      : path === "/tasks"
        ? taskListScreen
        : /^\/tasks\/\d+$/.test(path)
          ? taskDetailScreen
          : undefined;
  void screen?.preload().catch(() => undefined);
}
