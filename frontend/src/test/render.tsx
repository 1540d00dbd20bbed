import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { render } from "@testing-library/react";
import type { ReactNode } from "react";
import { Router } from "wouter";
import { memoryLocation } from "wouter/memory-location";
import type { Schemas } from "../api/client";
import { AuthContext } from "../features/auth/auth";
import { meQueryKey } from "../features/auth/me";
import { I18nProvider, type Lang } from "../i18n/i18n";

export type Me = Schemas["MeRead"];

export function makeMe(overrides: Partial<Me> = {}): Me {
  return {
    id: 10,
    username: "khu1",
    full_name: "Vũ Văn Hùng",
    phone: null,
    email: null,
    roles: ["area_leader"],
    capabilities: ["plans:read", "tasks:read", "tasks:report", "units:read"],
    units: [
      {
        id: 12,
        code: "KDC-01",
        name: "Khu dân cư số 1",
        kind: "residential_area",
        functions: [],
        role: "area_leader",
      },
    ],
    ...overrides,
  };
}

export type TaskListItem = Schemas["TaskListItem"];

/** A task as the list answers it: a continuous task of Khu dân cư số 1, in progress. */
export function makeTaskListItem(overrides: Partial<TaskListItem> = {}): TaskListItem {
  return {
    id: 22,
    plan_id: 1,
    section_id: 22,
    title: "Báo cáo kết quả sơ kết, tổng kết thực hiện về UBND xã",
    priority: "normal",
    topics: [],
    schedule: "continuous",
    frequency: null,
    due_on: null,
    group_label: null,
    state: "active",
    status: "in_progress",
    next_due_on: "2023-06-01",
    assignees: [{ unit_id: 12, unit_name: "Khu dân cư số 1", role: "lead" }],
    commune_id: 3,
    commune_name: "Ủy ban nhân dân xã Cao Xá",
    version: 1,
    updated_at: "2023-05-01T00:00:00Z",
    ...overrides,
  };
}

/** One page of a list answer holding `items`. */
export function pageOf<T>(items: T[]) {
  return { items, total: items.length, limit: 50, offset: 0 };
}

type Handler = (request: Request) => Response | Promise<Response>;

export function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: {
      "Content-Type": status >= 400 ? "application/problem+json" : "application/json",
      ...headers,
    },
  });
}

/** Replaces fetch; records every request (with its body text) for assertions. */
export function mockFetch(handler: Handler) {
  const calls: { request: Request; body: string }[] = [];
  const fetchMock = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = input instanceof Request ? input : new Request(String(input), init);
    const body = await request.clone().text();
    calls.push({ request, body });
    return handler(request);
  });
  vi.stubGlobal("fetch", fetchMock);
  return { calls, fetchMock };
}

export function renderApp(ui: ReactNode, { me = makeMe(), path = "/", lang = "vi" as Lang } = {}) {
  const queryClient = new QueryClient({
    defaultOptions: { queries: { retry: false, staleTime: Number.POSITIVE_INFINITY } },
  });
  queryClient.setQueryData(meQueryKey, me);
  const location = memoryLocation({ path, record: true });
  const auth = {
    status: "signed-in" as const,
    openedOnCopy: false,
    savedAt: null,
    logIn: vi.fn(),
    logOut: vi.fn(),
    retry: vi.fn(),
  };
  const result = render(
    <I18nProvider initial={lang}>
      <QueryClientProvider client={queryClient}>
        <AuthContext.Provider value={auth}>
          <Router hook={location.hook}>{ui}</Router>
        </AuthContext.Provider>
      </QueryClientProvider>
    </I18nProvider>,
  );
  return { ...result, queryClient, location, auth };
}
