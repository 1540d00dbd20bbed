import { draftFiles } from "./draftFiles";
import {
  DraftQueue,
  type DraftStorage,
  discardDraft,
  drafts,
  type IncidentDraft,
  type ProgressDraft,
  type SendOutcome,
} from "./drafts";

function memory(initial: string | null = null): DraftStorage & { value: string | null } {
  const store = {
    value: initial,
    read: () => store.value,
    write: (value: string) => {
      store.value = value;
    },
  };
  return store;
}

function draft(key: string, overrides: Partial<ProgressDraft> = {}): ProgressDraft {
  return {
    key,
    userId: 1,
    taskId: 22,
    taskTitle: "Báo cáo kết quả",
    body: JSON.stringify({ text: `report ${key}`, claims_completion: false }),
    createdAt: `2023-05-01T00:00:0${key.length}Z`,
    ...overrides,
  };
}

describe("DraftQueue", () => {
  it("keeps drafts in storage across page loads", () => {
    const storage = memory();
    new DraftQueue(storage).add(draft("a"));
    const reloaded = new DraftQueue(storage);
    expect(reloaded.all().map((d) => d.key)).toEqual(["a"]);
  });

  it("survives unreadable storage", () => {
    expect(new DraftQueue(memory("{not json")).all()).toEqual([]);
    expect(new DraftQueue(memory('[{"key":1}]')).all()).toEqual([]);
  });

  it("shows each user only their own drafts", () => {
    const queue = new DraftQueue(memory());
    queue.add(draft("a"));
    queue.add(draft("bb", { userId: 2 }));
    expect(queue.forUser(1).map((d) => d.key)).toEqual(["a"]);
    expect(queue.forUser(2, 22).map((d) => d.key)).toEqual(["bb"]);
  });

  it("sends oldest first with each draft's own key, and forgets what was sent", async () => {
    const queue = new DraftQueue(memory());
    queue.add(draft("bb", { createdAt: "2023-05-02T00:00:00Z" }));
    queue.add(draft("a", { createdAt: "2023-05-01T00:00:00Z" }));
    const sent: string[] = [];
    const count = await queue.flush(1, async (d) => {
      sent.push(d.key);
      return { kind: "sent" };
    });
    expect(sent).toEqual(["a", "bb"]);
    expect(count).toBe(2);
    expect(queue.all()).toEqual([]);
  });

  it("stops at the first draft that cannot go yet and keeps it with the same key", async () => {
    const queue = new DraftQueue(memory());
    queue.add(draft("a"));
    queue.add(draft("bb"));
    const send = vi.fn(async (): Promise<SendOutcome> => ({ kind: "retry-later" }));
    expect(await queue.flush(1, send)).toBe(0);
    expect(send).toHaveBeenCalledTimes(1);
    expect(queue.all().map((d) => d.key)).toEqual(["a", "bb"]);
  });

  it("marks a refused draft and does not send it again", async () => {
    const queue = new DraftQueue(memory());
    queue.add(draft("a"));
    await queue.flush(1, async () => ({
      kind: "refused",
      message: "Nội dung báo cáo không được để trống",
    }));
    expect(queue.all()[0]?.error).toBe("Nội dung báo cáo không được để trống");
    const send = vi.fn(async (): Promise<SendOutcome> => ({ kind: "sent" }));
    await queue.flush(1, send);
    expect(send).not.toHaveBeenCalled();
  });

  it("runs one flush at a time, so the online event and a timer cannot send a draft twice", async () => {
    const queue = new DraftQueue(memory());
    queue.add(draft("a"));
    let release: () => void = () => {};
    const send = vi.fn(
      () =>
        new Promise<SendOutcome>((resolve) => {
          release = () => resolve({ kind: "sent" });
        }),
    );
    const first = queue.flush(1, send);
    const second = queue.flush(1, send);
    release();
    expect(await first).toBe(1);
    expect(await second).toBe(1);
    expect(send).toHaveBeenCalledTimes(1);
  });

  it("tells subscribers about changes", () => {
    const queue = new DraftQueue(memory());
    const listener = vi.fn();
    const unsubscribe = queue.subscribe(listener);
    queue.add(draft("a"));
    queue.remove("a");
    unsubscribe();
    queue.add(draft("bb"));
    expect(listener).toHaveBeenCalledTimes(2);
  });

  it("keeps reports of false information beside progress reports; a task's are its own", () => {
    const storage = memory();
    const queue = new DraftQueue(storage);
    const report: IncidentDraft = {
      kind: "incident",
      key: "inc",
      userId: 1,
      title: "Tin đồn mất điện",
      body: JSON.stringify({ title: "Tin đồn mất điện" }),
      createdAt: "2023-05-01T00:00:00Z",
      photo: { key: "photo", name: "anh.jpg", type: "image/jpeg", size: 10 },
    };
    queue.add(draft("a"));
    queue.add(report);
    const reloaded = new DraftQueue(storage);
    expect(reloaded.forUser(1).map((d) => d.key)).toEqual(["a", "inc"]);
    expect(reloaded.forUser(1, 22).map((d) => d.key)).toEqual(["a"]);
    // A draft of a kind this version does not know is left out, not sent.
    expect(
      new DraftQueue(memory('[{"kind":"other","key":"x","userId":1,"body":"{}"}]')).all(),
    ).toEqual([]);
  });
});

describe("discarding a draft", () => {
  it("forgets a report of false information with its photo", async () => {
    drafts.reload();
    await draftFiles.put("photo-1", new Blob(["jpeg"]));
    const report: IncidentDraft = {
      kind: "incident",
      key: "inc-1",
      userId: 1,
      title: "Tin đồn",
      body: "{}",
      createdAt: "2023-05-01T00:00:00Z",
      error: "Không gửi được",
      photo: { key: "photo-1", name: "anh.jpg", type: "image/jpeg", size: 4 },
    };
    drafts.add(report);
    discardDraft(report);
    expect(drafts.all()).toEqual([]);
    await vi.waitFor(async () => expect(await draftFiles.get("photo-1")).toBeUndefined());
  });
});
