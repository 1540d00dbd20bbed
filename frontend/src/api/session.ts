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

/**
 * A new access token from the refresh cookie. One request at a time: the server rotates the
 * refresh token and treats a second use of the old one as theft, so concurrent callers share
 * the same answer.
 */
export function refreshSession(origin = window.location.origin): Promise<RefreshOutcome> {
  if (!refreshing) {
    refreshing = (async (): Promise<RefreshOutcome> => {
      try {
        const response = await fetch(`${origin}/api/v1/auth/refresh`, {
          method: "POST",
          credentials: "same-origin",
          headers: { "Content-Type": "application/json" },
          body: "{}",
        });
        if (!response.ok) {
          if (response.status >= 500) return "offline";
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

export function clearSession(): void {
  accessToken = null;
}
