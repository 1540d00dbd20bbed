import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { formatDate, todayInVietnam } from "../../i18n/format";
import { coordinator, leader, makePlan, makeTree } from "../../test/plans";
import { json, makeMe, mockFetch, pageOf, renderApp } from "../../test/render";
import PlanListPage from "./PlanListPage";
import PlanPage from "./PlanPage";

type Handler = (request: Request, body: string) => Response | undefined;

function servePlan(plan = makePlan(), extra: Handler = () => undefined) {
  return mockFetch(async (request) => {
    const path = new URL(request.url).pathname;
    const answer = extra(request, await request.clone().text());
    if (answer) return answer;
    if (path === "/api/v1/plans/2") return json(plan);
    if (path === "/api/v1/plans") return json(pageOf([plan]));
    if (path === "/api/v1/plans/2/sections") return json(makeTree());
    if (path === "/api/v1/tasks") return json(pageOf([]));
    if (path === "/api/v1/documents/formats") return json({ docx: true, pdf: true });
    return json({ detail: "?" }, 404);
  });
}

const calledWith = (calls: ReturnType<typeof mockFetch>["calls"], method: string, path: string) =>
  calls.find(
    (call) => call.request.method === method && new URL(call.request.url).pathname === path,
  );

describe("a draft's page", () => {
  it("lets the leader issue it with the next number and today's date", async () => {
    const { calls } = servePlan(makePlan(), (request, body) =>
      request.method === "POST"
        ? json(
            makePlan({
              status: "issued",
              number: 1,
              number_symbol: "1/KH-UBND",
              issued_on: JSON.parse(body).issued_on,
              version: 4,
            }),
          )
        : undefined,
    );
    renderApp(<PlanPage id={2} />, { me: leader, path: "/plans/2" });
    await userEvent.click(await screen.findByRole("button", { name: "Ban hành" }));
    const dialog = screen.getByRole("dialog", { name: "Ban hành kế hoạch" });
    expect(within(dialog).getByLabelText("Số văn bản")).toHaveValue("");
    expect(
      within(dialog).getByText(/Để trống để lấy số tiếp theo của năm 2024/),
    ).toBeInTheDocument();
    expect(within(dialog).getByLabelText("Ngày ban hành")).toHaveValue(
      formatDate(todayInVietnam()),
    );
    await userEvent.click(within(dialog).getByRole("button", { name: "Ban hành" }));

    expect(await screen.findByText("1/KH-UBND")).toBeInTheDocument();
    expect(screen.queryByRole("dialog")).not.toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Ban hành" })).not.toBeInTheDocument();
    const post = calledWith(calls, "POST", "/api/v1/plans/2/issue");
    expect(post?.request.headers.get("If-Match")).toBe('"3"');
    expect(JSON.parse(post?.body ?? "{}")).toEqual({ number: null, issued_on: todayInVietnam() });
  });

  it("says why it cannot be issued, and keeps the dialog open", async () => {
    servePlan(makePlan(), (request) =>
      request.method === "POST"
        ? json({ status: 409, detail: "Số 5/KH-UBND vừa được dùng cho kế hoạch khác." }, 409)
        : undefined,
    );
    renderApp(<PlanPage id={2} />, { me: leader, path: "/plans/2" });
    await userEvent.click(await screen.findByRole("button", { name: "Ban hành" }));
    const dialog = screen.getByRole("dialog", { name: "Ban hành kế hoạch" });
    await userEvent.type(within(dialog).getByLabelText("Số văn bản"), "5");
    await userEvent.click(within(dialog).getByRole("button", { name: "Ban hành" }));
    expect(await within(dialog).findByRole("alert")).toHaveTextContent(
      "Số 5/KH-UBND vừa được dùng cho kế hoạch khác.",
    );
  });

  it("lets the coordinator delete it after asking, then goes back to the list", async () => {
    const { calls } = servePlan(makePlan(), (request) =>
      request.method === "DELETE" ? new Response(null, { status: 204 }) : undefined,
    );
    const { location } = renderApp(<PlanPage id={2} />, { me: coordinator, path: "/plans/2" });
    await userEvent.click(await screen.findByRole("button", { name: "Xóa dự thảo" }));
    const dialog = screen.getByRole("dialog", { name: "Xóa dự thảo kế hoạch" });
    expect(dialog).toHaveTextContent("quản trị viên có thể khôi phục");
    await userEvent.click(within(dialog).getByRole("button", { name: "Xóa dự thảo" }));
    await vi.waitFor(() => expect(location.history?.at(-1)).toBe("/plans"));
    const sent = calledWith(calls, "DELETE", "/api/v1/plans/2");
    expect(sent?.request.headers.get("If-Match")).toBe('"3"');
  });

  it("says in Vietnamese why a draft could not be deleted, and stays", async () => {
    servePlan(makePlan(), (request) =>
      request.method === "DELETE"
        ? json({ status: 409, detail: "Chỉ xóa được kế hoạch còn là dự thảo." }, 409)
        : undefined,
    );
    const { location } = renderApp(<PlanPage id={2} />, { me: coordinator, path: "/plans/2" });
    await userEvent.click(await screen.findByRole("button", { name: "Xóa dự thảo" }));
    const dialog = screen.getByRole("dialog", { name: "Xóa dự thảo kế hoạch" });
    await userEvent.click(within(dialog).getByRole("button", { name: "Xóa dự thảo" }));
    expect(await within(dialog).findByRole("alert")).toHaveTextContent(
      "Chỉ xóa được kế hoạch còn là dự thảo.",
    );
    expect(location.history?.at(-1)).toBe("/plans/2");
  });

  it("opens the editor for a coordinator, who does not issue", async () => {
    servePlan();
    renderApp(<PlanPage id={2} />, { me: coordinator, path: "/plans/2" });
    expect(await screen.findByRole("link", { name: "Soạn thảo" })).toHaveAttribute(
      "href",
      "/plans/2/edit",
    );
    expect(screen.queryByRole("button", { name: "Ban hành" })).not.toBeInTheDocument();
  });

  it("offers nothing to change to those who only read", async () => {
    servePlan();
    renderApp(<PlanPage id={2} />, { me: makeMe(), path: "/plans/2" });
    await screen.findByRole("heading", { level: 1 });
    expect(screen.queryByRole("link", { name: "Soạn thảo" })).not.toBeInTheDocument();
    expect(screen.queryByRole("button", { name: /Dự thảo kế hoạch năm/ })).not.toBeInTheDocument();
    // Downloads are for every reader.
    expect(screen.getByRole("button", { name: "Tải DOCX" })).toBeInTheDocument();
  });
});

describe("an issued plan's page", () => {
  const issued = makePlan({
    status: "issued",
    number_symbol: "1/KH-UBND",
    issued_on: "2024-03-08",
  });

  it("lets the leader close it after asking; it then reads as closed and offers no closing", async () => {
    const { calls } = servePlan(issued, (request) =>
      request.method === "POST" ? json({ ...issued, status: "closed", version: 4 }) : undefined,
    );
    renderApp(<PlanPage id={2} />, { me: leader, path: "/plans/2" });
    expect(screen.queryByRole("button", { name: "Xóa dự thảo" })).not.toBeInTheDocument();
    await userEvent.click(await screen.findByRole("button", { name: "Kết thúc kế hoạch" }));
    const dialog = screen.getByRole("dialog", { name: "Kết thúc kế hoạch" });
    await userEvent.click(within(dialog).getByRole("button", { name: "Kết thúc kế hoạch" }));
    expect(await screen.findByText("Kế hoạch đã kết thúc; chỉ xem được.")).toBeInTheDocument();
    expect(screen.getByText("Đã kết thúc")).toBeInTheDocument();
    expect(screen.queryByRole("dialog")).not.toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Kết thúc kế hoạch" })).not.toBeInTheDocument();
    const post = calledWith(calls, "POST", "/api/v1/plans/2/close");
    expect(post?.request.headers.get("If-Match")).toBe('"3"');
  });

  it("is closed by the leader only, not by the coordinator", async () => {
    servePlan(issued);
    renderApp(<PlanPage id={2} />, { me: coordinator, path: "/plans/2" });
    await screen.findByRole("button", { name: "Dự thảo kế hoạch năm 2025 từ kế hoạch này" });
    expect(screen.queryByRole("button", { name: "Kết thúc kế hoạch" })).not.toBeInTheDocument();
  });

  it("starts next year's draft from it and opens the editor on the draft", async () => {
    const { calls } = servePlan(issued, (request) =>
      request.method === "POST" ? json(makePlan({ id: 7, year: 2025 }), 201) : undefined,
    );
    const { location } = renderApp(<PlanPage id={2} />, { me: coordinator, path: "/plans/2" });
    await userEvent.click(
      await screen.findByRole("button", { name: "Dự thảo kế hoạch năm 2025 từ kế hoạch này" }),
    );
    const dialog = screen.getByRole("dialog", { name: "Dự thảo kế hoạch năm sau" });
    expect(within(dialog).getByLabelText("Năm của kế hoạch mới")).toHaveValue("2025");
    await userEvent.click(within(dialog).getByRole("button", { name: "Tạo dự thảo" }));
    await vi.waitFor(() => expect(location.history?.at(-1)).toBe("/plans/7/edit"));
    const post = calledWith(calls, "POST", "/api/v1/plans/2/copy");
    expect(post?.request.headers.get("Idempotency-Key")).toBeTruthy();
    expect(JSON.parse(post?.body ?? "{}")).toEqual({ year: 2025 });
  });

  it("downloads the document and the task table, PDF too where the server makes one", async () => {
    const click = vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(() => {});
    URL.createObjectURL = vi.fn(() => "blob:x");
    URL.revokeObjectURL = vi.fn();
    const { calls } = servePlan(issued, (request) => {
      const path = new URL(request.url).pathname;
      if (path.endsWith("/document.docx"))
        return new Response("PK", {
          headers: { "Content-Disposition": 'attachment; filename="ke-hoach-1-KH-UBND.docx"' },
        });
      if (path.endsWith("/document.pdf"))
        return new Response("%PDF", {
          headers: { "Content-Disposition": 'attachment; filename="ke-hoach-1-KH-UBND.pdf"' },
        });
      if (path === "/api/v1/tasks/export") return new Response("a;b");
      return undefined;
    });
    renderApp(<PlanPage id={2} />, { me: makeMe(), path: "/plans/2" });
    const files = await screen.findByRole("region", { name: "Tải về" });
    await userEvent.click(within(files).getByRole("button", { name: "Tải DOCX" }));
    await vi.waitFor(() => expect(click).toHaveBeenCalledTimes(1));
    expect((click.mock.contexts[0] as HTMLAnchorElement).download).toBe("ke-hoach-1-KH-UBND.docx");
    await userEvent.click(await within(files).findByRole("button", { name: "Tải PDF" }));
    await vi.waitFor(() => expect(click).toHaveBeenCalledTimes(2));
    expect((click.mock.contexts[1] as HTMLAnchorElement).download).toBe("ke-hoach-1-KH-UBND.pdf");
    expect(within(files).queryByText(/chưa tạo được bản PDF/)).not.toBeInTheDocument();
    await userEvent.click(within(files).getByRole("button", { name: "Xuất Excel" }));
    await vi.waitFor(() =>
      expect(
        calls.some((call) =>
          call.request.url.includes("/api/v1/tasks/export?format=xlsx&plan_id=2"),
        ),
      ).toBe(true),
    );
  });

  it("offers no PDF where the server says it cannot make one, and never asks for it", async () => {
    const { calls } = servePlan(issued, (request) =>
      new URL(request.url).pathname === "/api/v1/documents/formats"
        ? json({ docx: true, pdf: false })
        : undefined,
    );
    renderApp(<PlanPage id={2} />, { me: makeMe(), path: "/plans/2" });
    const files = await screen.findByRole("region", { name: "Tải về" });
    expect(
      await within(files).findByText("Máy chủ chưa tạo được bản PDF; hãy tải bản DOCX."),
    ).toBeInTheDocument();
    expect(within(files).getByRole("button", { name: "Tải DOCX" })).toBeInTheDocument();
    expect(within(files).queryByRole("button", { name: "Tải PDF" })).not.toBeInTheDocument();
    expect(calls.some((call) => call.request.url.includes("/document.pdf"))).toBe(false);
  });
});

describe("the plan list", () => {
  it("offers a new plan and next year's draft to those who write plans", async () => {
    servePlan(makePlan({ status: "issued", year: 2023, number_symbol: "1/KH-UBND" }));
    renderApp(<PlanListPage />, { me: coordinator, path: "/plans" });
    expect(await screen.findByRole("link", { name: "Lập kế hoạch mới" })).toHaveAttribute(
      "href",
      "/plans/new",
    );
    expect(
      await screen.findByRole("button", { name: /^Dự thảo kế hoạch năm 2024 từ kế hoạch này/ }),
    ).toBeInTheDocument();
  });

  it("offers neither to those who only read", async () => {
    servePlan(makePlan({ status: "issued", year: 2023 }));
    renderApp(<PlanListPage />, { me: makeMe(), path: "/plans" });
    await screen.findByRole("link", { name: /Kế hoạch hoạt động thông tin đối ngoại/ });
    expect(screen.queryByRole("link", { name: "Lập kế hoạch mới" })).not.toBeInTheDocument();
    expect(screen.queryByRole("button", { name: /Dự thảo kế hoạch năm/ })).not.toBeInTheDocument();
  });
});
