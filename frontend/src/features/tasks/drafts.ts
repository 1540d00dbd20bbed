// Progress reports written without a connection wait here (localStorage) and are sent when it
// returns. Each draft gets its Idempotency-Key when it is made and keeps its exact request body,
// so however often a send is retried, the server creates one update.
import { useSyncExternalStore } from "react";

export interface ProgressDraft {
  /** The Idempotency-Key, also the draft's id. */
  key: string;
  userId: number;
  taskId: number;
  taskTitle: string;
  /** The JSON body exactly as it will be sent (the server fingerprints the bytes). */
  body: string;
  createdAt: string;
  /** Set when the server refused the draft for good (it will not be retried). */
  error?: string;
}

export type SendOutcome =
  | { kind: "sent" }
  | { kind: "retry-later" }
  | { kind: "refused"; message: string };

export interface DraftStorage {
  read(): string | null;
  write(value: string): void;
}

export const STORAGE_KEY = "ttdn.progress-drafts.v1";

const browserStorage: DraftStorage = {
  read: () => localStorage.getItem(STORAGE_KEY),
  write: (value) => localStorage.setItem(STORAGE_KEY, value),
};

function isDraft(value: unknown): value is ProgressDraft {
  const draft = value as ProgressDraft;
  return (
    typeof draft === "object" &&
    draft !== null &&
    typeof draft.key === "string" &&
    typeof draft.userId === "number" &&
    typeof draft.taskId === "number" &&
    typeof draft.body === "string"
  );
}

export class DraftQueue {
  private readonly listeners = new Set<() => void>();
  private snapshot: ProgressDraft[] | null = null;
  private flushing: Promise<number> | null = null;

  constructor(private readonly storage: DraftStorage = browserStorage) {}

  all(): ProgressDraft[] {
    if (this.snapshot === null) {
      try {
        const parsed: unknown = JSON.parse(this.storage.read() ?? "[]");
        this.snapshot = Array.isArray(parsed) ? parsed.filter(isDraft) : [];
      } catch {
        this.snapshot = [];
      }
    }
    return this.snapshot;
  }

  forUser(userId: number | undefined, taskId?: number): ProgressDraft[] {
    return this.all().filter(
      (draft) => draft.userId === userId && (taskId === undefined || draft.taskId === taskId),
    );
  }

  add(draft: ProgressDraft): void {
    this.save([...this.all().filter((other) => other.key !== draft.key), draft]);
  }

  remove(key: string): void {
    this.save(this.all().filter((draft) => draft.key !== key));
  }

  private markRefused(key: string, message: string): void {
    this.save(
      this.all().map((draft) => (draft.key === key ? { ...draft, error: message } : draft)),
    );
  }

  private save(drafts: ProgressDraft[]): void {
    this.snapshot = drafts;
    try {
      this.storage.write(JSON.stringify(drafts));
    } catch {
      // Storage full or disabled: the drafts live on in memory for this page.
    }
    this.notify();
  }

  /** Another tab changed the drafts: read them again. */
  reload(): void {
    this.snapshot = null;
    this.notify();
  }

  private notify(): void {
    for (const listener of this.listeners) listener();
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /**
   * Sends the user's waiting drafts, oldest first; stops at the first that cannot be sent now.
   * One flush at a time; returns how many were sent.
   */
  flush(userId: number, send: (draft: ProgressDraft) => Promise<SendOutcome>): Promise<number> {
    if (this.flushing) return this.flushing;
    this.flushing = (async () => {
      let sent = 0;
      try {
        const waiting = this.forUser(userId)
          .filter((draft) => !draft.error)
          .sort((a, b) => a.createdAt.localeCompare(b.createdAt));
        for (const draft of waiting) {
          const outcome = await send(draft);
          if (outcome.kind === "retry-later") break;
          if (outcome.kind === "sent") {
            this.remove(draft.key);
            sent += 1;
          } else {
            this.markRefused(draft.key, outcome.message);
          }
        }
      } finally {
        this.flushing = null;
      }
      return sent;
    })();
    return this.flushing;
  }
}

export const drafts = new DraftQueue();

if (typeof window !== "undefined") {
  window.addEventListener("storage", (event) => {
    if (event.key === STORAGE_KEY) drafts.reload();
  });
}

const NONE: ProgressDraft[] = [];

/** The signed-in user's drafts (of one task, if given), live. */
export function useDrafts(userId: number | undefined, taskId?: number): ProgressDraft[] {
  const all = useSyncExternalStore(drafts.subscribe, () => drafts.all());
  if (userId === undefined) return NONE;
  return all.filter(
    (draft) => draft.userId === userId && (taskId === undefined || draft.taskId === taskId),
  );
}

export function usePendingDrafts(userId: number | undefined): ProgressDraft[] {
  return useDrafts(userId).filter((draft) => !draft.error);
}
