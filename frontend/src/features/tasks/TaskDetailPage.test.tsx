import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { json, makeMe, makeTaskListItem, mockFetch, renderApp } from "../../test/render";
import { drafts } from "./drafts";
import type { Task } from "./queries";
import TaskDetailPage from "./TaskDetailPage";

function makeTask(overrides: Partial<Task> = {}): Task {
  return {
    ...makeTaskListItem(),
    description: "Báo cáo kết quả thực hiện về UBND xã.",
    occurrences: [
      {
        id: 74,
        unit_id: 12,
        label: "Báo cáo sơ kết 6 tháng",
        due_on: "2023-06-01",
        original_due_on: "2023-06-01",
        percent: 100,
        claimed_on: "2023-05-30",
        completed_on: null,
        status: "awaiting_confirmation",
        version: 3,
      },
    ],
    created_at: "2023-03-08T00:00:00Z",
    deleted_at: null,
    ...overrides,
  };
}

const empty = { items: [], total: 0, limit: 200, offset: 0 };

function serve(
  task: Task,
  onUpdate?: (request: Request, body: string) => Response,
  history: unknown[] = [],
) {
  return mockFetch(async (request) => {
    const path = new URL(request.url).pathname;
    if (path === `/api/v1/tasks/${task.id}`) return json(task);
    if (path === `/api/v1/tasks/${task.id}/updates` && request.method === "GET")
      return json({ ...empty, items: history, total: history.length });
    if (path.endsWith("/return")) {
      const { comment } = JSON.parse(await request.clone().text());
      return comment.trim()
        ? json({ ...task.occurrences[0], claimed_on: null, status: "in_progress" })
        : json({ errors: [{ loc: ["body", "comment"], msg: "Hãy ghi lý do." }] }, 422);
    }
    if (path === `/api/v1/tasks/${task.id}/updates`)
      return onUpdate?.(request, await request.clone().text()) ?? json({}, 201);
    if (path.endsWith("/confirm"))
      return json({ ...task.occurrences[0], completed_on: "2023-05-30" });
    return json({ detail: "?" }, 404);
  });
}

const superior = makeMe({
  id: 11,
  username: "huyen",
  capabilities: ["plans:read", "tasks:read", "units:read"],
  units: [
    {
      id: 1,
      code: "UBND-LT",
      name: "UBND huyện Lâm Thao",
      kind: "district",
      functions: [],
      role: "superior",
    },
  ],
});
const coordinator = makeMe({
  id: 3,
  username: "vhxh",
  capabilities: ["plans:read", "tasks:read", "tasks:report", "tasks:confirm", "units:read"],
  units: [
    {
      id: 4,
      code: "VHXH",
      name: "Công chức Văn hóa - Xã hội",
      kind: "officer_post",
      functions: ["coordination"],
      role: "coordinator",
    },
  ],
});

describe("TaskDetailPage", () => {
  afterEach(() => {
    for (const draft of drafts.all()) drafts.remove(draft.key);
  });

  it("shows a reader no update form and no confirm button", async () => {
    serve(makeTask());
    renderApp(<TaskDetailPage id={22} />, { me: superior });
    expect(await screen.findByRole("heading", { level: 1 })).toHaveTextContent(
      "Báo cáo kết quả sơ kết",
    );
    expect(screen.queryByRole("form")).not.toBeInTheDocument();
    expect(screen.queryByRole("button", { name: /Xác nhận hoàn thành/ })).not.toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Gửi báo cáo" })).not.toBeInTheDocument();
  });

  it("offers confirmation of a claimed occurrence to those who may confirm, with If-Match", async () => {
    const { calls } = serve(makeTask());
    renderApp(<TaskDetailPage id={22} />, { me: coordinator });
    const confirm = await screen.findByRole("button", {
      name: "Xác nhận hoàn thành: Báo cáo sơ kết 6 tháng",
    });
    await userEvent.click(confirm);
    // Asked once, before anything is sent.
    const dialog = await screen.findByRole("dialog", { name: "Xác nhận hoàn thành?" });
    expect(dialog).toHaveTextContent("đơn vị báo ngày 30/05/2023");
    expect(calls.some((c) => c.request.url.endsWith("/confirm"))).toBe(false);
    await userEvent.click(within(dialog).getByRole("button", { name: "Xác nhận" }));
    await vi.waitFor(() =>
      expect(
        screen.queryByRole("dialog", { name: "Xác nhận hoàn thành?" }),
      ).not.toBeInTheDocument(),
    );
    const posts = calls.filter((c) => c.request.url.endsWith("/occurrences/74/confirm"));
    expect(posts).toHaveLength(1);
    expect(posts[0]?.request.method).toBe("POST");
    expect(posts[0]?.request.headers.get("If-Match")).toBe('"3"');
  });

  it("sends nothing when the confirmation is cancelled", async () => {
    const { calls } = serve(makeTask());
    renderApp(<TaskDetailPage id={22} />, { me: coordinator });
    await userEvent.click(
      await screen.findByRole("button", { name: "Xác nhận hoàn thành: Báo cáo sơ kết 6 tháng" }),
    );
    const dialog = await screen.findByRole("dialog");
    await userEvent.click(within(dialog).getByRole("button", { name: "Hủy bỏ" }));
    expect(screen.queryByRole("dialog")).not.toBeInTheDocument();
    expect(
      screen.getByRole("button", { name: "Xác nhận hoàn thành: Báo cáo sơ kết 6 tháng" }),
    ).toHaveFocus();
    expect(calls.some((c) => c.request.url.endsWith("/confirm"))).toBe(false);
  });

  it("sends a claim back with a comment, and asks for the comment first", async () => {
    const { calls } = serve(makeTask());
    renderApp(<TaskDetailPage id={22} />, { me: coordinator });
    await userEvent.click(await screen.findByRole("button", { name: "Trả lại" }));
    const form = screen.getByRole("form", { name: /Trả lại báo cáo hoàn thành/ });
    expect(within(form).getByLabelText("Lý do trả lại")).toHaveFocus();
    await userEvent.click(within(form).getByRole("button", { name: "Gửi trả lại" }));
    expect(within(form).getByText("Hãy ghi lý do trả lại.")).toBeInTheDocument();
    expect(calls.some((c) => c.request.url.endsWith("/return"))).toBe(false);

    await userEvent.type(within(form).getByLabelText("Lý do trả lại"), "Thiếu số liệu buổi họp");
    await userEvent.click(within(form).getByRole("button", { name: "Gửi trả lại" }));
    await vi.waitFor(() => expect(screen.queryByRole("form", { name: /Trả lại/ })).toBeNull());
    const post = calls.find((c) => c.request.url.endsWith("/occurrences/74/return"));
    expect(post?.request.method).toBe("POST");
    expect(post?.request.headers.get("If-Match")).toBe('"3"');
    expect(JSON.parse(post?.body ?? "{}")).toEqual({ comment: "Thiếu số liệu buổi họp" });
  });

  it("shows a claim sent back apart in the history", async () => {
    const note = {
      id: 9,
      task_id: 22,
      unit_id: 12,
      occurrence_id: 74,
      author_name: "Nguyễn Thị Hoa",
      text: "Thiếu số liệu buổi họp",
      percent: null,
      claims_completion: false,
      returns_claim: true,
      completed_on: null,
      figures: {},
      created_at: "2023-06-02T02:00:00Z",
    };
    serve(makeTask(), undefined, [note]);
    renderApp(<TaskDetailPage id={22} />, { me: coordinator });
    const history = await screen.findByRole("region", { name: "Lịch sử cập nhật tiến độ" });
    const item = (await within(history).findByText("Thiếu số liệu buổi họp")).closest("li");
    expect(item).toHaveClass("history-return");
    expect(within(item as HTMLElement).getByText("Trả lại báo cáo hoàn thành")).toBeInTheDocument();
  });

  it("does not offer confirmation to an area leader", async () => {
    serve(makeTask());
    renderApp(<TaskDetailPage id={22} />);
    await screen.findByRole("heading", { level: 1 });
    expect(screen.queryByRole("button", { name: /Xác nhận hoàn thành/ })).not.toBeInTheDocument();
  });

  it("sends a progress report once, with an Idempotency-Key", async () => {
    const { calls } = serve(makeTask({ occurrences: [] }), () => json({ id: 1 }, 201));
    renderApp(<TaskDetailPage id={22} />);
    const form = await screen.findByRole("form", { name: "Báo cáo tiến độ" });
    const user = userEvent.setup();
    await user.type(within(form).getByLabelText("Nội dung báo cáo"), "Đã tổ chức họp dân khu 1");
    await user.type(within(form).getByLabelText("Tiến độ (%)"), "40");
    await user.click(within(form).getByRole("button", { name: "Thêm chỉ số" }));
    await user.type(within(form).getByLabelText("Tên chỉ số 1"), "Số buổi tuyên truyền");
    await user.type(within(form).getByLabelText("Giá trị"), "3");
    await user.click(within(form).getByRole("button", { name: "Gửi báo cáo" }));
    expect(await screen.findByText("Đã gửi báo cáo.")).toBeInTheDocument();
    const posts = calls.filter((c) => c.request.method === "POST");
    expect(posts).toHaveLength(1);
    expect(posts[0]?.request.headers.get("Idempotency-Key")).toMatch(/\S{16,}/);
    expect(JSON.parse(posts[0]?.body ?? "{}")).toEqual({
      text: "Đã tổ chức họp dân khu 1",
      claims_completion: false,
      percent: 40,
      figures: [{ name: "Số buổi tuyên truyền", value: 3 }],
    });
    expect(drafts.all()).toEqual([]);
  });

  it("keeps a report written offline as a pending draft with its key", async () => {
    const online = vi.spyOn(navigator, "onLine", "get").mockReturnValue(false);
    const { calls } = serve(makeTask({ occurrences: [] }));
    renderApp(<TaskDetailPage id={22} />);
    const form = await screen.findByRole("form", { name: "Báo cáo tiến độ" });
    const user = userEvent.setup();
    await user.type(within(form).getByLabelText("Nội dung báo cáo"), "Báo cáo khi mất sóng");
    await user.click(within(form).getByRole("button", { name: "Lưu để gửi khi có mạng" }));
    expect(await screen.findByText(/sẽ tự gửi khi có mạng/)).toBeInTheDocument();
    expect(calls.filter((c) => c.request.method === "POST")).toHaveLength(0);
    const [draft] = drafts.all();
    expect(draft?.key).toBeTruthy();
    expect(JSON.parse(draft?.body ?? "{}").text).toBe("Báo cáo khi mất sóng");
    expect(screen.getByText("Đang chờ gửi")).toBeInTheDocument();
    online.mockRestore();
  });

  it("asks for the text before sending", async () => {
    const { calls } = serve(makeTask({ occurrences: [] }));
    renderApp(<TaskDetailPage id={22} />);
    const form = await screen.findByRole("form", { name: "Báo cáo tiến độ" });
    await userEvent.click(within(form).getByRole("button", { name: "Gửi báo cáo" }));
    expect(await within(form).findByText("Hãy ghi nội dung báo cáo.")).toBeInTheDocument();
    expect(within(form).getByLabelText("Nội dung báo cáo")).toHaveAttribute("aria-invalid", "true");
    expect(calls.filter((c) => c.request.method === "POST")).toHaveLength(0);
  });

  it("lets only a lead unit claim completion", async () => {
    serve(
      makeTask({
        assignees: [
          { unit_id: 4, unit_name: "Công chức Văn hóa - Xã hội", role: "lead" },
          { unit_id: 12, unit_name: "Khu dân cư số 1", role: "cooperating" },
        ],
        occurrences: [],
      }),
    );
    renderApp(<TaskDetailPage id={22} />);
    await screen.findByRole("form", { name: "Báo cáo tiến độ" });
    expect(screen.queryByLabelText("Báo cáo đã hoàn thành kỳ này")).not.toBeInTheDocument();
  });
});

describe("a task new to the user's unit", () => {
  const notice = {
    task_id: 22,
    task_title: "Báo cáo kết quả sơ kết, tổng kết thực hiện về UBND xã",
    plan_id: 1,
    plan_title: "Kế hoạch năm 2023",
    unit_id: 12,
    unit_name: "Khu dân cư số 1",
    created_at: "2023-03-08T03:00:00Z",
  };

  it("is marked read once its page opens, and is new no more", async () => {
    const task = makeTask();
    const reads: string[] = [];
    mockFetch(async (request) => {
      const path = new URL(request.url).pathname;
      if (path === "/api/v1/tasks/notices") return json(reads.length ? [] : [notice]);
      if (path === "/api/v1/tasks/22/read" && request.method === "POST") {
        reads.push(path);
        return new Response(null, { status: 204 });
      }
      if (path === "/api/v1/tasks/22") return json(task);
      if (path === "/api/v1/tasks/22/updates") return json(empty);
      return json({ detail: "?" }, 404);
    });
    const { queryClient } = renderApp(<TaskDetailPage id={22} />, { path: "/tasks/22" });
    await screen.findByRole("heading", { level: 1, name: task.title });
    await vi.waitFor(() => expect(reads).toEqual(["/api/v1/tasks/22/read"]));
    await vi.waitFor(() => expect(queryClient.getQueryData(["tasks", "notices"])).toEqual([]));
  });

  it("is not marked again when it is not new", async () => {
    const task = makeTask();
    const { calls } = mockFetch(async (request) => {
      const path = new URL(request.url).pathname;
      if (path === "/api/v1/tasks/notices") return json([{ ...notice, task_id: 99 }]);
      if (path === "/api/v1/tasks/22") return json(task);
      if (path === "/api/v1/tasks/22/updates") return json(empty);
      return json({ detail: "?" }, 404);
    });
    renderApp(<TaskDetailPage id={22} />, { path: "/tasks/22" });
    await screen.findByRole("heading", { level: 1, name: task.title });
    await vi.waitFor(() =>
      expect(calls.some((call) => call.request.url.endsWith("/tasks/notices"))).toBe(true),
    );
    expect(calls.some((call) => call.request.method === "POST")).toBe(false);
  });
});
