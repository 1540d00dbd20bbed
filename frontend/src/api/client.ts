import createClient from "openapi-fetch";
import { ApiError, NetworkError, toProblem } from "./errors";
import type { components, paths } from "./schema";
import { getAccessToken, refreshInFlight, refreshSession } from "./session";

export type Schemas = components["schemas"];

function withToken(request: Request): Request {
  const token = getAccessToken();
  if (token) request.headers.set("Authorization", `Bearer ${token}`);
  return request;
}

const AUTH_PATHS = /\/api\/v1\/auth\/(login|refresh|logout)$/;

/** Sends the access token; on 401 renews it once from the refresh cookie and tries again. */
export async function authFetch(request: Request): Promise<Response> {
  const authPath = AUTH_PATHS.test(new URL(request.url).pathname);
  // Started while the session is being renewed (the app opens on the copy kept here): wait for
  // the new token instead of being refused and asking again.
  const renewing = authPath || getAccessToken() ? null : refreshInFlight();
  if (renewing) await renewing;
  const retry = request.clone();
  let response: Response;
  try {
    response = await fetch(withToken(request));
  } catch (error) {
    throw new NetworkError(error);
  }
  if (response.status !== 401 || authPath) {
    return response;
  }
  if ((await refreshSession()) !== "refreshed") return response;
  try {
    return await fetch(withToken(retry));
  } catch (error) {
    throw new NetworkError(error);
  }
}

export function createApi(baseUrl: string) {
  return createClient<paths>({ baseUrl, fetch: authFetch, credentials: "same-origin" });
}

export const api = createApi(typeof window === "undefined" ? "" : window.location.origin);

interface Answer<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

/** The data of a successful answer; otherwise an ApiError carrying the problem+json body. */
export function unwrap<T>(answer: Answer<T>): T {
  const { data, error, response } = answer;
  if (response.ok) return data as T;
  const retryAfter = Number(response.headers.get("Retry-After"));
  throw new ApiError(
    response.status,
    toProblem(error),
    Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : null,
  );
}

/** A page asked for by `offset`, as the app always asks: its total is counted (only pages asked
 * for by the keyset cursor `after` come without one). */
export function counted<Page extends { total: number | null }>(
  page: Page,
): Page & { total: number } {
  if (page.total === null) throw new Error("a page asked for by offset came without its total");
  return page as Page & { total: number };
}

/** The ETag for `If-Match`, built from the version a read returned. */
export function ifMatch(version: number): string {
  return `"${version}"`;
}

/** A fresh Idempotency-Key (crypto.randomUUID needs a secure context; fall back outside one). */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === "function") return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, "0")).join("");
}

/**
 * No answer from the API itself: the connection failed, or a proxy in between gave up (502, 503,
 * 504) while the write may have gone through. The API's own refusals free the key.
 */
function mayHaveWritten(error: unknown): boolean {
  if (error instanceof NetworkError) return true;
  return error instanceof ApiError && [502, 503, 504].includes(error.status);
}

/**
 * The Idempotency-Keys of one form. A key names one body: the server refuses a key sent again
 * with other content, so a changed body gets a new key. The same key goes again only when the
 * same body is retried after a send that got no answer (the write may have happened); once
 * any answer came, the key is spent and the next send gets a new one.
 */
export class IdempotencyKeys {
  private unanswered: { body: string; key: string } | null = null;

  /** Sends `body` (as these exact bytes) with its key; `send` gets the key and the bytes. */
  async send<T>(body: unknown, send: (key: string, bytes: string) => Promise<T>): Promise<T> {
    const bytes = JSON.stringify(body);
    const retry = this.unanswered?.body === bytes ? this.unanswered : null;
    const key = retry?.key ?? newIdempotencyKey();
    try {
      const result = await send(key, bytes);
      this.unanswered = null;
      return result;
    } catch (error) {
      this.unanswered = mayHaveWritten(error) ? { body: bytes, key } : null;
      throw error;
    }
  }
}
