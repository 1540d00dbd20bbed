// The access token lives in this module's memory only (never in storage); the refresh token
// is an HttpOnly cookie that the browser sends to /api/v1/auth by itself.

type Listener = () => void;

let accessToken: string | null = null;
let refreshing: Promise<RefreshOutcome> | null = null;
const endListeners = new Set<Listener>();

export type RefreshOutcome = "refreshed" | "signed-out" | "offline";

export function getAccessToken(): string | null {
  return accessToken;
}

export function setAccessToken(token: string | null): void {
  accessToken = token;
}

/** Called when the session cannot be renewed (the refresh cookie is gone or spent). */
export function onSessionEnd(listener: Listener): () => void {
  endListeners.add(listener);
  return () => endListeners.delete(listener);
}

function endSession(): void {
  accessToken = null;
  for (const listener of endListeners) listener();
}

/** Runs `work` while no other tab of this origin runs it (Web Locks), or at once without them. */
export function inOneTabAtATime<T>(name: string, work: () => Promise<T>): Promise<T> {
  const locks = typeof navigator === "undefined" ? undefined : navigator.locks;
  // `request` resolves with what `work` resolves with; its DOM typing nests the promise.
  return locks ? (locks.request(name, work) as unknown as Promise<T>) : work();
}

/**
 * A new access token from the refresh cookie. One request at a time, across this tab's callers
 * and across tabs: the server rotates the refresh token and treats a second use of the old one
 * as theft. A tab that waited sends the cookie the other tab's answer left, which is new.
 */
export function refreshSession(origin = window.location.origin): Promise<RefreshOutcome> {
  if (!refreshing) {
    const before = accessToken;
    refreshing = (async (): Promise<RefreshOutcome> => {
      try {
        const response = await inOneTabAtATime("ttdn-session-refresh", () =>
          fetch(`${origin}/api/v1/auth/refresh`, {
            method: "POST",
            credentials: "same-origin",
            headers: { "Content-Type": "application/json" },
            body: "{}",
          }),
        );
        if (!response.ok) {
          if (response.status >= 500) return "offline";
          // A login while this was under way started a session this refusal says nothing of.
          if (accessToken !== before) return "signed-out";
          const hadSession = accessToken !== null;
          accessToken = null;
          if (hadSession) endSession();
          return "signed-out";
        }
        const tokens = (await response.json()) as { access_token: string };
        accessToken = tokens.access_token;
        return "refreshed";
      } catch {
        return "offline";
      } finally {
        refreshing = null;
      }
    })();
  }
  return refreshing;
}

/** The renewal under way, if any (requests without a token wait for it rather than be refused). */
export function refreshInFlight(): Promise<RefreshOutcome> | null {
  return refreshing;
}

export function clearSession(): void {
  accessToken = null;
}
