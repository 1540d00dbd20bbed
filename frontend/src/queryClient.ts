import { QueryClient } from "@tanstack/react-query";
import { ApiError, NetworkError } from "./api/errors";

/** Retries what may pass next time (no answer, server faults), never a refusal. */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (failureCount >= 2) return false;
  if (error instanceof NetworkError) return true;
  return error instanceof ApiError && (error.status >= 500 || error.status === 429);
}

export function makeQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        retry: shouldRetry,
        staleTime: 30_000,
        // Fail fast offline (and show a retry) instead of waiting silently; cached data stays.
        networkMode: "always",
      },
      mutations: { networkMode: "always", retry: false },
    },
  });
}
