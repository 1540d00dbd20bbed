import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { render } from "@testing-library/react";
import type { ReactNode } from "react";
import { Router } from "wouter";
import { memoryLocation } from "wouter/memory-location";
import type { Schemas } from "../api/client";
import { AuthContext, meQueryKey } from "../features/auth/auth";
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
