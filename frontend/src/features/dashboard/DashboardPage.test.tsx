import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { json, makeMe, makeTaskListItem, mockFetch, pageOf, renderApp } from "../../test/render";
import type { TaskNotice } from "../tasks/queries";
import DashboardPage from "./DashboardPage";

const coordinator = makeMe({
  id: 3,
  username: "vhxh",
  capabilities: ["plans:read", "tasks:read", "tasks:report", "tasks:confirm", "tasks:assign"],
});

function serve(notices: TaskNotice[] = []) {
  return mockFetch((request) => {
    const url = new URL(request.url);
    if (url.pathname === "/api/v1/tasks/summary") return json([]);
    if (url.pathname === "/api/v1/tasks/notices/read") return new Response(null, { status: 204 });
    if (url.pathname === "/api/v1/tasks/notices") return json(notices);
    if (url.searchParams.get("mine") === "true")
      return json(pageOf([makeTaskListItem({ id: 45, title: "Tuyên truyền kỷ niệm 80 năm" })]));
    const total = url.searchParams.get("status") === "awaiting_confirmation" ? 2 : 0;
    return json({ items: [], total, limit: 5, offset: 0 });
  });
}

describe("DashboardPage", () => {
  it("counts the claims awaiting confirmation for those who confirm, linking to them", async () => {
    const { calls } = serve();
    renderApp(<DashboardPage />, { me: coordinator });
    const tile = await screen.findByRole("link", { name: /Chờ xác nhận/ });
    expect(tile).toHaveAttribute("href", "/tasks?status=awaiting_confirmation");
    expect(await screen.findByTestId("count-awaiting")).toHaveTextContent("2");
    expect(
      calls.some(
        (call) => new URL(call.request.url).searchParams.get("status") === "awaiting_confirmation",
      ),
    ).toBe(true);
  });

  it("does not show the count to those who do not confirm", async () => {
    const { calls } = serve();
    renderApp(<DashboardPage />);
    await screen.findByTestId("count-overdue");
    expect(screen.queryByTestId("count-awaiting")).not.toBeInTheDocument();
    expect(calls.some((call) => call.request.url.includes("awaiting_confirmation"))).toBe(false);
  });

  it("offers reporting false information in one tap to those who report it", async () => {
    serve();
    renderApp(<DashboardPage />, {
      me: makeMe({ capabilities: ["tasks:read", "tasks:report", "incidents:report"] }),
    });
    expect(await screen.findByRole("link", { name: "Báo tin sai lệch" })).toHaveAttribute(
      "href",
      "/incidents/new",
    );
  });

  it("offers no report to those who may not make one", async () => {
    serve();
    renderApp(<DashboardPage />, { me: coordinator });
    await screen.findByTestId("count-overdue");
    expect(screen.queryByRole("link", { name: "Báo tin sai lệch" })).not.toBeInTheDocument();
  });

  it("lists the tasks newly given to the user's unit, each linking to its task, marked new", async () => {
    serve([
      {
        task_id: 45,
        task_title: "Tuyên truyền kỷ niệm 80 năm",
        plan_id: 2,
        plan_title: "Kế hoạch hoạt động thông tin đối ngoại xã Cao Xá năm 2024",
        unit_id: 8,
        unit_name: "Đài truyền thanh xã",
        created_at: "2024-03-08T03:00:00Z",
      },
    ]);
    renderApp(<DashboardPage />, {
      me: makeMe({ username: "daitruyenthanh", capabilities: ["tasks:read", "tasks:report"] }),
    });
    const card = await screen.findByRole("region", { name: /Nhiệm vụ mới giao cho đơn vị/ });
    const link = within(card).getByRole("link", { name: /Tuyên truyền kỷ niệm 80 năm/ });
    expect(link).toHaveAttribute("href", "/tasks/45");
    expect(link).toHaveTextContent("Đài truyền thanh xã");
    expect(link).toHaveTextContent("08/03/2024 10:00");
    // The same task in "my tasks" carries the mark too.
    const mine = screen.getByRole("region", { name: "Nhiệm vụ của tôi" });
    const task = await within(mine).findByRole("link", { name: /Tuyên truyền kỷ niệm 80 năm/ });
    expect(within(task).getByText("Mới")).toBeInTheDocument();
  });

  it("shows no card when nothing is new", async () => {
    serve();
    renderApp(<DashboardPage />);
    await screen.findByTestId("count-overdue");
    await screen.findByRole("region", { name: "Nhiệm vụ của tôi" });
    expect(screen.queryByRole("region", { name: /Nhiệm vụ mới/ })).not.toBeInTheDocument();
  });

  it("shows the newest few, and the rest when asked", async () => {
    const notice = (n: number): TaskNotice => ({
      task_id: 100 + n,
      task_title: `Nhiệm vụ mới số ${n}`,
      plan_id: 2,
      plan_title: "Kế hoạch năm 2024",
      unit_id: 8,
      unit_name: "Đài truyền thanh xã",
      created_at: "2024-03-08T03:00:00Z",
    });
    serve([1, 2, 3, 4, 5, 6, 7].map(notice));
    renderApp(<DashboardPage />);
    const card = await screen.findByRole("region", { name: /Nhiệm vụ mới giao cho đơn vị/ });
    expect(within(card).getAllByRole("link")).toHaveLength(5);
    await userEvent.click(within(card).getByRole("button", { name: "Xem thêm 2 nhiệm vụ mới" }));
    expect(within(card).getAllByRole("link")).toHaveLength(7);
  });

  it("marks every new task as seen at once", async () => {
    const { calls } = serve([
      {
        task_id: 101,
        task_title: "Phát sóng chuyên mục",
        plan_id: 2,
        plan_title: "Kế hoạch năm 2024",
        unit_id: 8,
        unit_name: "Đài truyền thanh xã",
        created_at: "2024-03-08T03:00:00Z",
      },
    ]);
    renderApp(<DashboardPage />);
    const card = await screen.findByRole("region", { name: /Nhiệm vụ mới giao cho đơn vị/ });
    await userEvent.click(within(card).getByRole("button", { name: "Đánh dấu tất cả đã xem" }));
    await waitFor(() =>
      expect(screen.queryByRole("region", { name: /Nhiệm vụ mới/ })).not.toBeInTheDocument(),
    );
    const read = calls.find((call) => new URL(call.request.url).pathname.endsWith("/notices/read"));
    expect(read?.request.method).toBe("POST");
  });
});
