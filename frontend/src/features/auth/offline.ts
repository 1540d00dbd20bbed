// The signed-in user's last answers (who they are, their tasks and the tasks' details), kept in
// localStorage so that a reload without a network still opens the app on what they last saw.
// One user's copy at a time; forgotten on logout, on a refused session and at the next login.
// The access token is never kept: the copy is read-only until the session is renewed.
import type { QueryClient, QueryKey } from "@tanstack/react-query";
import { useEffect } from "react";

const PREFIX = "ttdn.offline.v1.";
const OWNER = `${PREFIX}user`;
const copyKey = (userId: number) => `${PREFIX}copy.${userId}`;

/** What is worth reading offline: oneself, tasks (lists, details, histories), unit names. */
export function keptOffline(queryKey: QueryKey): boolean {
  const [subject, kind] = queryKey;
  return subject === "me" || subject === "tasks" || (subject === "units" && kind === "list");
}

interface SavedQuery {
  queryKey: QueryKey;
  data: unknown;
  updatedAt: number;
}

interface OfflineCopy {
  userId: number;
  savedAt: number;
  queries: SavedQuery[];
}

/** Keeps the answers in the cache that are worth reading offline, as `userId`'s copy. */
export function saveOfflineCopy(queryClient: QueryClient, userId: number): void {
  const queries: SavedQuery[] = queryClient
    .getQueryCache()
    .getAll()
    .filter((query) => query.state.data !== undefined && keptOffline(query.queryKey))
    .map((query) => ({
      queryKey: query.queryKey,
      data: query.state.data,
      updatedAt: query.state.dataUpdatedAt,
    }));
  // Nothing to open the app on without who the user is (the cache was just cleared).
  if (!queries.some((query) => query.queryKey[0] === "me")) return;
  const copy: OfflineCopy = { userId, savedAt: Date.now(), queries };
  try {
    localStorage.setItem(copyKey(userId), JSON.stringify(copy));
    localStorage.setItem(OWNER, String(userId));
  } catch {
    // Storage full or disabled: the app still works online.
  }
}

function readCopy(): OfflineCopy | null {
  try {
    const owner = Number(localStorage.getItem(OWNER));
    if (!Number.isInteger(owner) || owner <= 0) return null;
    const copy = JSON.parse(localStorage.getItem(copyKey(owner)) ?? "null") as OfflineCopy | null;
    return copy && copy.userId === owner && Array.isArray(copy.queries) ? copy : null;
  } catch {
    return null;
  }
}

/** Whether a user's copy is kept on this device (someone signed in here and did not sign out). */
export function hasOfflineCopy(): boolean {
  try {
    return localStorage.getItem(OWNER) !== null;
  } catch {
    return false;
  }
}

/** When the copy the app can open on was saved, or null when there is none (none kept, or
 * without who the user is); reads it without putting it anywhere. */
export function offlineCopySavedAt(): Date | null {
  const copy = readCopy();
  if (!copy?.queries.some((query) => query.queryKey[0] === "me")) return null;
  return new Date(copy.savedAt);
}

/**
 * Puts the last user's copy back into the cache (never over fresher answers). Returns when it was
 * saved, or null when there is no copy to open the app on (none, or without who the user is).
 */
export function restoreOfflineCopy(queryClient: QueryClient): Date | null {
  const copy = readCopy();
  if (!copy?.queries.some((query) => query.queryKey[0] === "me")) return null;
  for (const query of copy.queries) {
    const current = queryClient.getQueryState(query.queryKey);
    if (current?.data !== undefined && current.dataUpdatedAt >= query.updatedAt) continue;
    queryClient.setQueryData(query.queryKey, query.data, { updatedAt: query.updatedAt });
  }
  return new Date(copy.savedAt);
}

/** Forgets every kept copy (logout, a refused session, another user's login). */
export function forgetOfflineCopy(): void {
  try {
    for (const key of Object.keys(localStorage)) {
      if (key.startsWith(PREFIX)) localStorage.removeItem(key);
    }
  } catch {
    // Storage disabled: nothing was kept.
  }
}

/**
 * While signed in, keeps the user's copy up to date: a second after answers stop arriving, and
 * when the page goes away.
 */
export function useKeepOfflineCopy(queryClient: QueryClient, userId: number | undefined): void {
  useEffect(() => {
    if (userId === undefined) return;
    let timer: number | undefined;
    const save = () => {
      window.clearTimeout(timer);
      timer = window.setTimeout(() => saveOfflineCopy(queryClient, userId), 1000);
    };
    save();
    // A reload or a closed tab does not wait for the timer.
    const saveNow = () => {
      window.clearTimeout(timer);
      saveOfflineCopy(queryClient, userId);
    };
    window.addEventListener("pagehide", saveNow);
    const unsubscribe = queryClient.getQueryCache().subscribe((event) => {
      if (
        event.type === "updated" &&
        event.action.type === "success" &&
        keptOffline(event.query.queryKey)
      ) {
        save();
      }
    });
    return () => {
      unsubscribe();
      window.removeEventListener("pagehide", saveNow);
      window.clearTimeout(timer);
    };
  }, [queryClient, userId]);
}
