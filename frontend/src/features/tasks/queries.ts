import {
  keepPreviousData,
  queryOptions,
  useMutation,
  useQuery,
  useQueryClient,
} from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { api, counted, IdempotencyKeys, ifMatch, type Schemas, unwrap } from "../../api/client";
import { sortByName } from "../../i18n/collate";
import type { Me } from "../auth/auth";
import { can, type HasCapabilities } from "../auth/capabilities";
import { isTaskStatus, type TaskStatus } from "./status";

export type TaskListItem = Schemas["TaskListItem"];
export type Task = Schemas["TaskRead"];
export type TaskUpdate = Schemas["TaskUpdateRead"];
export type Occurrence = Schemas["OccurrenceRead"];

export const PAGE_SIZE = 50;

export interface TaskFilters {
  q?: string;
  status?: TaskStatus;
  overdue?: boolean;
  unitId?: number;
  mine?: boolean;
  planId?: number;
  sectionId?: number;
  dueBefore?: string;
  dueAfter?: string;
  page?: number;
  limit?: number;
}

/** Filters from the address bar (`?q=…&status=…&overdue=1&unit=3&mine=1&page=2`). */
export function filtersFromSearch(search: string): TaskFilters {
  const params = new URLSearchParams(search);
  const number = (name: string) => {
    const value = Number(params.get(name));
    return Number.isInteger(value) && value > 0 ? value : undefined;
  };
  const status = params.get("status");
  return {
    q: params.get("q")?.trim() || undefined,
    status: isTaskStatus(status) ? status : undefined,
    overdue: params.get("overdue") === "1" || undefined,
    unitId: number("unit"),
    mine: params.get("mine") === "1" || undefined,
    planId: number("plan"),
    sectionId: number("section"),
    page: number("page"),
  };
}

export function searchFromFilters(filters: TaskFilters): string {
  const params = new URLSearchParams();
  if (filters.q) params.set("q", filters.q);
  if (filters.status) params.set("status", filters.status);
  if (filters.overdue) params.set("overdue", "1");
  if (filters.unitId) params.set("unit", String(filters.unitId));
  if (filters.mine) params.set("mine", "1");
  if (filters.planId) params.set("plan", String(filters.planId));
  if (filters.sectionId) params.set("section", String(filters.sectionId));
  if (filters.page && filters.page > 1) params.set("page", String(filters.page));
  const text = params.toString();
  return text ? `?${text}` : "";
}

export function taskQuery(filters: TaskFilters) {
  const limit = filters.limit ?? PAGE_SIZE;
  return {
    q: filters.q,
    status: filters.status,
    overdue: filters.overdue,
    unit_id: filters.unitId,
    mine: filters.mine,
    plan_id: filters.planId,
    section_id: filters.sectionId,
    due_before: filters.dueBefore,
    due_after: filters.dueAfter,
    limit,
    offset: ((filters.page ?? 1) - 1) * limit,
  };
}

/** One page of tasks as the list asks for it (also fetched ahead while the list loads). */
export function taskList(filters: TaskFilters) {
  return queryOptions({
    queryKey: ["tasks", "list", filters],
    queryFn: async () =>
      counted(unwrap(await api.GET("/api/v1/tasks", { params: { query: taskQuery(filters) } }))),
  });
}

export function useTasks(filters: TaskFilters, enabled = true) {
  return useQuery({ ...taskList(filters), enabled, placeholderData: keepPreviousData });
}

function taskDetail(id: number) {
  return queryOptions({
    queryKey: ["tasks", "detail", id],
    queryFn: async () =>
      unwrap(await api.GET("/api/v1/tasks/{task_id}", { params: { path: { task_id: id } } })),
  });
}

function taskUpdates(id: number) {
  return queryOptions({
    queryKey: ["tasks", "updates", id],
    queryFn: async () =>
      unwrap(
        await api.GET("/api/v1/tasks/{task_id}/updates", {
          params: { path: { task_id: id }, query: { limit: 200 } },
        }),
      ),
  });
}

export function useTask(id: number, enabled = true) {
  return useQuery({ ...taskDetail(id), enabled });
}

export function useTaskUpdates(id: number) {
  return useQuery(taskUpdates(id));
}

/** "My tasks" exactly as the task list asks for them (`/tasks?mine=1`). */
export const MY_TASKS: TaskFilters = { mine: true };

/**
 * Reads the user's own tasks with their details and histories ahead of need, so that they are
 * in the copy kept for offline use and a report can be drafted on any of them without a network.
 */
export function usePrefetchMyTasks(enabled: boolean) {
  const queryClient = useQueryClient();
  const mine = useTasks(MY_TASKS, enabled);
  useEffect(() => {
    if (!enabled || !mine.data || !navigator.onLine) return;
    const options = { staleTime: 10 * 60_000 };
    for (const task of mine.data.items) {
      void queryClient.prefetchQuery({ ...taskDetail(task.id), ...options });
      void queryClient.prefetchQuery({ ...taskUpdates(task.id), ...options });
    }
  }, [enabled, mine.data, queryClient]);
}

export function useUnitList(enabled = true) {
  return useQuery({
    enabled,
    queryKey: ["units", "list"],
    queryFn: async () =>
      unwrap(await api.GET("/api/v1/units", { params: { query: { limit: 200, sort: "name" } } })),
    // Vietnamese order whatever the server's collation (SQLite sorts Đ after V).
    select: (page) => ({ ...page, items: sortByName(page.items, (unit) => unit.name) }),
    staleTime: 10 * 60_000,
  });
}

export interface UnitChoice {
  id: number;
  name: string;
}

/** The units named on these tasks and the person's own, once each, in Vietnamese order. */
export function unitsOfTasks(
  own: readonly UnitChoice[],
  tasks: readonly Pick<TaskListItem, "assignees">[],
): UnitChoice[] {
  const units = new Map(own.map((unit) => [unit.id, unit.name]));
  for (const task of tasks) {
    for (const assignee of task.assignees) units.set(assignee.unit_id, assignee.unit_name);
  }
  return sortByName(
    [...units].map(([id, name]) => ({ id, name })),
    (unit) => unit.name,
  );
}

/**
 * The units worth filtering tasks by. Those who watch others' work (assign, or only read) see
 * the tasks of every unit they read; a unit that reports only on its own tasks is offered its
 * own units and those its visible tasks name, not the whole commune.
 */
export function useTaskUnitChoices(me: Me | undefined): UnitChoice[] | undefined {
  const watchesAll = can(me, "tasks:assign") || !can(me, "tasks:report");
  const units = useUnitList(watchesAll);
  const visible = useTasks({ limit: 200 }, me !== undefined && !watchesAll);
  if (watchesAll) return units.data?.items;
  if (!me || !visible.data) return undefined;
  return unitsOfTasks(me.units, visible.data.items);
}

/** Whether the person reads the tasks of several communes (the superior level), where a unit's
 * name alone ("Công an xã") does not say whose task it is. */
export function readsSeveralCommunes(me: HasCapabilities | undefined): boolean {
  return can(me, "reports:review");
}

/** The lead units' names, or the group's name when the task is given to a group. */
export function leadLabel(task: Pick<TaskListItem, "assignees" | "group_label">): string {
  if (task.group_label) return task.group_label;
  return task.assignees
    .filter((assignee) => assignee.role === "lead")
    .map((assignee) => assignee.unit_name)
    .join(", ");
}

/** Everything read about tasks: a change to one may change lists, counts and histories. */
const TASKS_KEY = ["tasks"] as const;

/** Confirms an occurrence's completion claim (If-Match of the version read). */
export function useConfirmClaim(taskId: number, occurrence: Occurrence) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async () =>
      unwrap(
        await api.POST("/api/v1/tasks/{task_id}/occurrences/{occurrence_id}/confirm", {
          params: {
            path: { task_id: taskId, occurrence_id: occurrence.id },
            header: { "If-Match": ifMatch(occurrence.version) },
          },
          body: {},
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: TASKS_KEY }),
  });
}

/** Sends a completion claim back to its unit with a comment, which the history keeps. */
export function useReturnClaim(taskId: number, occurrence: Occurrence) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (comment: string) =>
      unwrap(
        await api.POST("/api/v1/tasks/{task_id}/occurrences/{occurrence_id}/return", {
          params: {
            path: { task_id: taskId, occurrence_id: occurrence.id },
            header: { "If-Match": ifMatch(occurrence.version) },
          },
          body: { comment },
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: TASKS_KEY }),
  });
}

// --- assigning ---------------------------------------------------------------------------------

export type TaskInput = Schemas["TaskCreate"];
export type TaskChanges = Schemas["TaskPatch"];

/** What a change to a task changes besides the task: lists, counts, and the plan's own list. */
function settleTasks(queryClient: ReturnType<typeof useQueryClient>) {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: TASKS_KEY }),
    queryClient.invalidateQueries({ queryKey: ["plans", "tasks"] }),
  ]);
}

/** Assigns a task (with an Idempotency-Key), or changes one at the version read (If-Match). */
export function useSaveTask(task: Pick<TaskListItem, "id" | "version"> | undefined) {
  const queryClient = useQueryClient();
  const [keys] = useState(() => new IdempotencyKeys());
  return useMutation({
    mutationFn: async (body: TaskInput | TaskChanges): Promise<Task> => {
      if (task) {
        return unwrap(
          await api.PATCH("/api/v1/tasks/{task_id}", {
            params: { path: { task_id: task.id }, header: { "If-Match": ifMatch(task.version) } },
            body: body as TaskChanges,
          }),
        );
      }
      return keys.send(body, async (key, bytes) =>
        unwrap(
          await api.POST("/api/v1/tasks", {
            body: body as TaskInput,
            bodySerializer: () => bytes,
            headers: { "Idempotency-Key": key },
          }),
        ),
      );
    },
    onSuccess: (saved) => {
      queryClient.setQueryData(taskDetail(saved.id).queryKey, saved);
      return settleTasks(queryClient);
    },
  });
}

export function useDeleteTask(task: Pick<TaskListItem, "id" | "version">) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async () =>
      unwrap(
        await api.DELETE("/api/v1/tasks/{task_id}", {
          params: { path: { task_id: task.id }, header: { "If-Match": ifMatch(task.version) } },
        }),
      ),
    onSuccess: () => {
      queryClient.removeQueries({ queryKey: taskDetail(task.id).queryKey, exact: true });
      return settleTasks(queryClient);
    },
  });
}

// --- new tasks ---------------------------------------------------------------------------------

export type TaskNotice = Schemas["TaskNoticeRead"];

const NOTICES_KEY = ["tasks", "notices"] as const;

/** The tasks newly given to the user's units and not opened yet, newest first. */
export function useTaskNotices(enabled = true) {
  return useQuery({
    enabled,
    queryKey: NOTICES_KEY,
    queryFn: async () => unwrap(await api.GET("/api/v1/tasks/notices")),
  });
}

/** The ids of the tasks still new to the user. */
export function useNewTaskIds(enabled = true): ReadonlySet<number> {
  const notices = useTaskNotices(enabled);
  return new Set((notices.data ?? []).map((notice) => notice.task_id));
}

/** Every new task marked as seen at once (a new plan gives a unit many). */
export function useReadAllTaskNotices() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async () => unwrap(await api.POST("/api/v1/tasks/notices/read")),
    onSuccess: () => queryClient.setQueryData<TaskNotice[]>(NOTICES_KEY, []),
  });
}

/** Once the task's page is open, its notice is read: the mark goes on every screen. */
export function useReadTaskNotice(taskId: number, enabled = true) {
  const queryClient = useQueryClient();
  const notices = useTaskNotices(enabled);
  const unread = notices.data?.some((notice) => notice.task_id === taskId) ?? false;
  useEffect(() => {
    if (!unread) return;
    let live = true;
    api
      .POST("/api/v1/tasks/{task_id}/read", { params: { path: { task_id: taskId } } })
      .then((answer) => {
        if (!live || !answer.response.ok) return;
        queryClient.setQueryData<TaskNotice[]>(NOTICES_KEY, (list) =>
          list?.filter((notice) => notice.task_id !== taskId),
        );
      })
      // Offline: it stays new until the page is opened with a network.
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [unread, taskId, queryClient]);
}
