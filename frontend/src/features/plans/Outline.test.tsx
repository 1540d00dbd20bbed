import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { Schemas } from "../../api/client";
import { coordinator, makePlan, makeTree, radioTask, units } from "../../test/plans";
import { json, mockFetch, pageOf, renderApp } from "../../test/render";
import PlanEditorPage from "./PlanEditorPage";

type Task = Schemas["TaskRead"];

const radioTaskRead: Task = {
  ...radioTask,
  description: "Tăng cường nội dung tuyên truyền trên sóng truyền thanh.",
  occurrences: [],
  created_at: "2023-12-01T01:00:00Z",
  deleted_at: null,
};

function serveOutline() {
  return mockFetch(async (request) => {
    const path = new URL(request.url).pathname;
    const body = await request.clone().text();
    if (path === "/api/v1/plans/2") return json(makePlan());
    if (path === "/api/v1/plans/2/sections" && request.method === "GET") return json(makeTree());
    if (path === "/api/v1/plans/2/sections" && request.method === "POST")
      return json({ id: 30, plan_id: 2, position: 3, version: 1, ...JSON.parse(body) }, 201);
    if (path.startsWith("/api/v1/plans/2/sections/") && request.method === "PATCH")
      return json({ id: Number(path.split("/").at(-1)), version: 9, ...JSON.parse(body) });
    if (path.startsWith("/api/v1/plans/2/sections/") && request.method === "DELETE")
      return new Response(null, { status: 204 });
    if (path === "/api/v1/tasks" && request.method === "GET") return json(pageOf([radioTask]));
    if (path === "/api/v1/tasks" && request.method === "POST")
      return json({ ...radioTaskRead, id: 45, ...JSON.parse(body) }, 201);
    if (path === "/api/v1/tasks/33" && request.method === "GET") return json(radioTaskRead);
    if (path === "/api/v1/tasks/33" && request.method === "PATCH")
      return json({ ...radioTaskRead, ...JSON.parse(body), version: 3 });
    if (path === "/api/v1/tasks/33" && request.method === "DELETE")
      return new Response(null, { status: 204 });
    if (path === "/api/v1/units") return json(pageOf(units));
    return json({ detail: "?" }, 404);
  });
}

const sent = (calls: ReturnType<typeof mockFetch>["calls"], method: string, path: string) =>
  calls.find(
    (call) => call.request.method === method && new URL(call.request.url).pathname === path,
  );

async function openOutline() {
  renderApp(<PlanEditorPage id={2} />, { me: coordinator, path: "/plans/2/edit" });
  const outline = await screen.findByRole("region", { name: "Nội dung và nhiệm vụ" });
  await within(outline).findByRole("heading", { name: "5. Đài truyền thanh xã" });
  return outline;
}

describe("the sections of a draft", () => {
  it("shows the tree with its tasks, and offers to delete only an empty section", async () => {
    serveOutline();
    const outline = await openOutline();
    expect(within(outline).getByText(radioTask.title)).toBeInTheDocument();
    expect(
      within(outline).getByText("Tiếp tục nâng cao chất lượng công tác thông tin đối ngoại."),
    ).toBeInTheDocument();
    const deletable = within(outline)
      .queryAllByRole("button", { name: /^Xóa mục/ })
      .map((button) => button.getAttribute("aria-label"));
    expect(deletable).toEqual([
      "Xóa mục 1. Mục đích",
      "Xóa mục 2. Yêu cầu",
      "Xóa mục 8. Công an xã",
    ]);
    expect(
      within(outline).getByRole("button", { name: "Lên: I. MỤC ĐÍCH, YÊU CẦU" }),
    ).toBeDisabled();
    expect(
      within(outline).getByRole("button", { name: "Xuống: III. TỔ CHỨC THỰC HIỆN" }),
    ).toBeDisabled();
  });

  it("moves a section down among its siblings with the version it shows", async () => {
    const { calls } = serveOutline();
    const outline = await openOutline();
    await userEvent.click(within(outline).getByRole("button", { name: "Xuống: 1. Mục đích" }));
    await vi.waitFor(() => expect(sent(calls, "PATCH", "/api/v1/plans/2/sections/2")).toBeTruthy());
    const patch = sent(calls, "PATCH", "/api/v1/plans/2/sections/2");
    expect(patch?.request.headers.get("If-Match")).toBe('"1"');
    expect(JSON.parse(patch?.body ?? "{}")).toEqual({ position: 2 });
  });

  it("moves a section under another one, never under itself", async () => {
    const { calls } = serveOutline();
    const outline = await openOutline();
    await userEvent.click(
      within(outline).getByRole("button", { name: "Sửa mục III. TỔ CHỨC THỰC HIỆN" }),
    );
    const own = within(outline).getByRole("form", { name: /Sửa mục III/ });
    const choices = within(within(own).getByLabelText("Thuộc mục")).getAllByRole("option");
    expect(choices.map((option) => option.textContent)).toEqual([
      "(Mục lớn của kế hoạch)",
      "I. MỤC ĐÍCH, YÊU CẦU",
      "— 1. Mục đích",
      "— 2. Yêu cầu",
    ]);
    await userEvent.click(within(own).getByRole("button", { name: "Hủy bỏ" }));

    await userEvent.click(within(outline).getByRole("button", { name: "Sửa mục 8. Công an xã" }));
    const form = within(outline).getByRole("form", { name: /Sửa mục 8/ });
    await userEvent.selectOptions(within(form).getByLabelText("Thuộc mục"), "I. MỤC ĐÍCH, YÊU CẦU");
    await userEvent.click(within(form).getByRole("button", { name: "Lưu" }));
    await vi.waitFor(() =>
      expect(sent(calls, "PATCH", "/api/v1/plans/2/sections/21")).toBeTruthy(),
    );
    expect(JSON.parse(sent(calls, "PATCH", "/api/v1/plans/2/sections/21")?.body ?? "{}")).toEqual({
      code: "8",
      title: "Công an xã",
      body: "",
      role: null,
      parent_id: 1,
    });
  });

  it("adds a subsection with the next code, and deletes an empty one after asking", async () => {
    const { calls } = serveOutline();
    const outline = await openOutline();
    await userEvent.click(
      within(outline).getByRole("button", { name: "Thêm mục con vào mục III. TỔ CHỨC THỰC HIỆN" }),
    );
    const form = within(outline).getByRole("form", { name: "Mục mới" });
    expect(within(form).getByLabelText("Số mục")).toHaveValue("9");
    await userEvent.click(within(form).getByRole("button", { name: "Thêm mục" }));
    expect(within(form).getByText("Hãy ghi tên mục.")).toBeInTheDocument();
    await userEvent.type(within(form).getByLabelText("Tên mục"), "Các đơn vị kinh tế");
    await userEvent.click(within(form).getByRole("button", { name: "Thêm mục" }));
    await vi.waitFor(() => expect(sent(calls, "POST", "/api/v1/plans/2/sections")).toBeTruthy());
    expect(JSON.parse(sent(calls, "POST", "/api/v1/plans/2/sections")?.body ?? "{}")).toEqual({
      code: "9",
      title: "Các đơn vị kinh tế",
      body: "",
      role: null,
      parent_id: 14,
    });
    expect(await screen.findByText("Đã thêm mục 9. Các đơn vị kinh tế.")).toBeInTheDocument();

    await userEvent.click(within(outline).getByRole("button", { name: "Xóa mục 2. Yêu cầu" }));
    const dialog = screen.getByRole("dialog", { name: "Xóa mục?" });
    await userEvent.click(within(dialog).getByRole("button", { name: "Xóa" }));
    await vi.waitFor(() =>
      expect(sent(calls, "DELETE", "/api/v1/plans/2/sections/3")).toBeTruthy(),
    );
    expect(
      sent(calls, "DELETE", "/api/v1/plans/2/sections/3")?.request.headers.get("If-Match"),
    ).toBe('"4"');
  });
});

describe("the tasks of a draft", () => {
  it("assigns a task in a section: lead unit found by typing, due date, sent once", async () => {
    const { calls } = serveOutline();
    const outline = await openOutline();
    await userEvent.click(
      within(outline).getByRole("button", { name: "Thêm nhiệm vụ vào mục 5. Đài truyền thanh xã" }),
    );
    const form = within(outline).getByRole("form", { name: "Nhiệm vụ mới" });
    await userEvent.click(within(form).getByRole("button", { name: "Thêm nhiệm vụ" }));
    expect(within(form).getByText("Hãy ghi tên nhiệm vụ.")).toBeInTheDocument();
    expect(within(form).getByText("Hãy chọn đơn vị chủ trì.")).toBeInTheDocument();
    expect(within(form).getByText("Hãy chọn hạn hoàn thành.")).toBeInTheDocument();
    expect(sent(calls, "POST", "/api/v1/tasks")).toBeUndefined();

    await userEvent.type(
      within(form).getByLabelText("Tên nhiệm vụ"),
      "Tuyên truyền kỷ niệm 80 năm",
    );
    await userEvent.type(
      within(form).getByRole("searchbox", { name: "Tìm Đơn vị chủ trì" }),
      "dai truyen",
    );
    await userEvent.click(within(form).getByRole("button", { name: /Thêm\s*Đài truyền thanh xã/ }));
    await userEvent.click(within(form).getByRole("searchbox", { name: "Tìm Đơn vị phối hợp" }));
    // A lead is not offered as cooperating.
    const cooperating = within(form).getByRole("group", { name: "Đơn vị phối hợp" });
    expect(within(cooperating).queryByRole("button", { name: /Đài truyền thanh/ })).toBeNull();
    await userEvent.click(within(cooperating).getByRole("button", { name: /Thêm\s*Công an xã/ }));
    await userEvent.type(within(form).getByLabelText("Hạn hoàn thành"), "19/08/2024");
    await userEvent.selectOptions(within(form).getByLabelText("Mức ưu tiên"), "high");
    await userEvent.click(within(form).getByRole("checkbox", { name: "Truyền thanh" }));
    await userEvent.click(within(form).getByRole("button", { name: "Thêm nhiệm vụ" }));

    expect(
      await screen.findByText("Đã thêm nhiệm vụ “Tuyên truyền kỷ niệm 80 năm”."),
    ).toBeInTheDocument();
    const posts = calls.filter(
      (call) => call.request.method === "POST" && call.request.url.endsWith("/api/v1/tasks"),
    );
    expect(posts).toHaveLength(1);
    expect(posts[0]?.request.headers.get("Idempotency-Key")).toBeTruthy();
    expect(JSON.parse(posts[0]?.body ?? "{}")).toEqual({
      plan_id: 2,
      section_id: 19,
      title: "Tuyên truyền kỷ niệm 80 năm",
      description: "",
      priority: "high",
      topics: ["broadcasting"],
      lead_unit_ids: [8],
      group_label: null,
      cooperating_unit_ids: [10],
      schedule: "once",
      due_on: "2024-08-19",
      frequency: null,
    });
  });

  it("asks for the group's name when several units lead", async () => {
    serveOutline();
    const outline = await openOutline();
    await userEvent.click(
      within(outline).getByRole("button", { name: "Thêm nhiệm vụ vào mục 8. Công an xã" }),
    );
    const form = within(outline).getByRole("form", { name: "Nhiệm vụ mới" });
    const leads = within(form).getByRole("searchbox", { name: "Tìm Đơn vị chủ trì" });
    await userEvent.type(leads, "khu");
    await userEvent.click(within(form).getByRole("button", { name: /Thêm\s*Khu dân cư số 1/ }));
    await userEvent.type(leads, "khu");
    await userEvent.click(within(form).getByRole("button", { name: /Thêm\s*Khu dân cư số 2/ }));
    await userEvent.click(within(form).getByRole("radio", { name: "Thường xuyên" }));
    await userEvent.type(within(form).getByLabelText("Tên nhiệm vụ"), "Nắm bắt dư luận");
    await userEvent.click(within(form).getByRole("button", { name: "Thêm nhiệm vụ" }));
    expect(
      within(form).getByText("Giao cho nhiều đơn vị chủ trì thì cần tên nhóm."),
    ).toBeInTheDocument();
    await vi.waitFor(() => expect(within(form).getByLabelText("Tên nhóm đơn vị")).toHaveFocus());
  });

  it("changes a task with the version read, its schedule sent only when it changes", async () => {
    const { calls } = serveOutline();
    const outline = await openOutline();
    await userEvent.click(
      within(outline).getByRole("button", { name: `Sửa nhiệm vụ: ${radioTask.title}` }),
    );
    const form = await within(outline).findByRole("form", {
      name: `Sửa nhiệm vụ: ${radioTask.title}`,
    });
    expect(within(form).getByLabelText("Mô tả")).toHaveValue(radioTaskRead.description);
    expect(within(form).getByRole("radio", { name: "Thường xuyên" })).toBeChecked();
    await userEvent.type(within(form).getByLabelText("Tên nhiệm vụ"), " xã Cao Xá");
    await userEvent.click(within(form).getByRole("button", { name: "Lưu" }));
    await vi.waitFor(() => expect(sent(calls, "PATCH", "/api/v1/tasks/33")).toBeTruthy());
    const patch = sent(calls, "PATCH", "/api/v1/tasks/33");
    expect(patch?.request.headers.get("If-Match")).toBe('"2"');
    const body = JSON.parse(patch?.body ?? "{}");
    expect(body.title).toBe(`${radioTask.title} xã Cao Xá`);
    expect(body).not.toHaveProperty("schedule");
    expect(body).not.toHaveProperty("due_on");
    expect(body.lead_unit_ids).toEqual([8]);
  });

  it("deletes a task after asking", async () => {
    const { calls } = serveOutline();
    const outline = await openOutline();
    await userEvent.click(
      within(outline).getByRole("button", { name: `Xóa nhiệm vụ: ${radioTask.title}` }),
    );
    await userEvent.click(
      within(screen.getByRole("dialog", { name: "Xóa nhiệm vụ?" })).getByRole("button", {
        name: "Xóa",
      }),
    );
    await vi.waitFor(() => expect(sent(calls, "DELETE", "/api/v1/tasks/33")).toBeTruthy());
    expect(sent(calls, "DELETE", "/api/v1/tasks/33")?.request.headers.get("If-Match")).toBe('"2"');
  });
});
