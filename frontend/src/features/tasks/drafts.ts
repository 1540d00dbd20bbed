// Work done without a connection waits here (localStorage) and is sent when it returns: progress
// reports on tasks, and reports of false information (whose photo waits beside them, in
// draftFiles). Each draft gets its Idempotency-Key when it is made and keeps its exact request
// body, so however often a send is retried, the server creates one record.
import { useSyncExternalStore } from "react";
import { draftFiles } from "./draftFiles";

interface DraftBase {
  /** The Idempotency-Key, also the draft's id. */
  key: string;
  userId: number;
  /** The JSON body exactly as it will be sent (the server fingerprints the bytes). */
  body: string;
  createdAt: string;
  /** Set when the server refused the draft for good (it will not be retried). */
  error?: string;
}

/** A progress report on a task (drafts kept before incidents existed carry no `kind`). */
export interface ProgressDraft extends DraftBase {
  kind?: "progress";
  taskId: number;
  taskTitle: string;
}

/** A report of false information, and the photo taken with it. */
export interface IncidentDraft extends DraftBase {
  kind: "incident";
  title: string;
  /** The photo kept in draftFiles under `key`, uploaded with that Idempotency-Key once the
   * report is in. */
  photo?: { key: string; name: string; type: string; size: number };
  /** Where the report landed, once it went through (the photo may still be on its way). */
  sent?: { incidentId: number; code: string; joined: boolean };
}

export type Draft = ProgressDraft | IncidentDraft;

export const isProgressDraft = (draft: Draft): draft is ProgressDraft => draft.kind !== "incident";

/** What to tell the person once a draft went through (beyond "sent"), with where to look. */
export interface SentNotice {
  text: string;
  href?: string;
}

export type SendOutcome =
  | { kind: "sent"; notice?: SentNotice }
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

function isDraft(value: unknown): value is Draft {
  const draft = value as Draft;
  return (
    typeof draft === "object" &&
    draft !== null &&
    typeof draft.key === "string" &&
    typeof draft.userId === "number" &&
    typeof draft.body === "string" &&
    (draft.kind === "incident"
      ? typeof draft.title === "string"
      : draft.kind === undefined || draft.kind === "progress"
        ? typeof draft.taskId === "number"
        : false)
  );
}

export class DraftQueue {
  private readonly listeners = new Set<() => void>();
  private snapshot: Draft[] | null = null;
  private flushing: Promise<number> | null = null;

  constructor(private readonly storage: DraftStorage = browserStorage) {}

  all(): Draft[] {
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

  /** The user's drafts; with `taskId`, its progress reports on that task only. */
  forUser(userId: number | undefined, taskId?: number): Draft[] {
    return this.all().filter(
      (draft) =>
        draft.userId === userId &&
        (taskId === undefined || (isProgressDraft(draft) && draft.taskId === taskId)),
    );
  }

  /** Keeps `draft` (in place of the one with its key, if any). */
  add(draft: Draft): void {
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

  private save(drafts: Draft[]): void {
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
  flush(userId: number, send: (draft: Draft) => Promise<SendOutcome>): Promise<number> {
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

/** Forgets a draft for good, with the photo kept beside it. */
export function discardDraft(draft: Draft): void {
  drafts.remove(draft.key);
  if (draft.kind === "incident" && draft.photo) void draftFiles.remove(draft.photo.key);
}

const NONE: Draft[] = [];

/** The signed-in user's drafts, live. */
export function useDrafts(userId: number | undefined): Draft[] {
  const all = useSyncExternalStore(drafts.subscribe, () => drafts.all());
  if (userId === undefined) return NONE;
  return all.filter((draft) => draft.userId === userId);
}

/** The signed-in user's progress reports on one task, live. */
export function useTaskDrafts(userId: number | undefined, taskId: number): ProgressDraft[] {
  return useDrafts(userId).filter(
    (draft): draft is ProgressDraft => isProgressDraft(draft) && draft.taskId === taskId,
  );
}

export function usePendingDrafts(userId: number | undefined): Draft[] {
  return useDrafts(userId).filter((draft) => !draft.error);
}
