import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { json, mockFetch, pageOf, renderApp } from "../../test/render";
import { NotificationsBell } from "./NotificationsBell";
import NotificationsPage from "./NotificationsPage";
import type { Notification } from "./queries";

function makeNotification(overrides: Partial<Notification> = {}): Notification {
  return {
    id: 7,
    kind: "task_occurrence",
    item_key: "task_occurrence:30",
    occasion: "before",
    title: "Sắp đến hạn 01/06/2023: Nhiệm vụ «Báo cáo sơ kết» (Báo cáo sơ kết 6 tháng)",
    link: "/tasks/16",
    due_on: "2023-06-01",
    created_at: "2023-05-29T00:30:00Z",
    read_at: null,
    ...overrides,
  };
}

const overdue = makeNotification({
  id: 8,
  kind: "press_follow_up",
  item_key: "press_follow_up:4",
  occasion: "overdue",
  title: "Đã quá hạn (hạn 16/06/2023): Trả lời phản ánh của báo chí «Chợ tạm»",
  link: "/media/interactions/4",
  due_on: "2023-06-16",
  read_at: "2023-06-17T02:00:00Z",
});

function serve(items: Notification[] = [makeNotification(), overdue]) {
  return mockFetch((request) => {
    const url = new URL(request.url);
    if (url.pathname === "/api/v1/notifications") {
      const unreadOnly = url.searchParams.get("unread") === "true";
      return json(pageOf(unreadOnly ? items.filter((item) => item.read_at === null) : items));
    }
    if (url.pathname === "/api/v1/notifications/unread-count")
      return json({ unread: items.filter((item) => item.read_at === null).length });
    if (request.method === "POST") return new Response(null, { status: 204 });
    return json({ detail: "?" }, 404);
  });
}

describe("NotificationsPage", () => {
  it("lists reminders with their links, occasion and due date", async () => {
    serve();
    renderApp(<NotificationsPage />);
    const list = await screen.findByRole("list");
    const items = within(list).getAllByRole("listitem");
    expect(items).toHaveLength(2);
    const [due, late] = items as [HTMLElement, HTMLElement];
    const link = within(due).getByRole("link");
    expect(link).toHaveAttribute("href", "/tasks/16");
    expect(link).toHaveTextContent("Sắp đến hạn");
    expect(due).toHaveTextContent("Hạn 01/06/2023");
    expect(due).toHaveTextContent("Nhiệm vụ");
    expect(within(late).getByRole("link")).toHaveAttribute("href", "/media/interactions/4");
    expect(late).toHaveTextContent("Quá hạn");
    expect(late).toHaveTextContent("Phản ánh của báo chí");
    // Only the unread one offers to be marked read.
    expect(within(late).queryByRole("button")).not.toBeInTheDocument();
  });

  it("marks one read, and all at once", async () => {
    const { calls } = serve();
    renderApp(<NotificationsPage />);
    const user = userEvent.setup();
    await user.click(await screen.findByRole("button", { name: "Đánh dấu đã đọc" }));
    await user.click(screen.getByRole("button", { name: "Đánh dấu đã đọc tất cả" }));
    const posts = calls.filter((call) => call.request.method === "POST");
    expect(posts.map((call) => new URL(call.request.url).pathname)).toEqual([
      "/api/v1/notifications/7/read",
      "/api/v1/notifications/read",
    ]);
  });

  it("opening a reminder marks it read", async () => {
    const { calls } = serve();
    renderApp(<NotificationsPage />);
    const user = userEvent.setup();
    await user.click(await screen.findByRole("link", { name: /Báo cáo sơ kết/ }));
    expect(
      calls.some(
        (call) =>
          call.request.method === "POST" &&
          call.request.url.endsWith("/api/v1/notifications/7/read"),
      ),
    ).toBe(true);
  });

  it("shows the unread ones only when asked", async () => {
    const { calls } = serve();
    renderApp(<NotificationsPage />);
    const user = userEvent.setup();
    await screen.findByRole("list");
    await user.click(screen.getByRole("checkbox", { name: "Chỉ thông báo chưa đọc" }));
    expect(await screen.findByText(/Báo cáo sơ kết/)).toBeInTheDocument();
    expect(screen.queryByText(/Chợ tạm/)).not.toBeInTheDocument();
    expect(calls.some((call) => call.request.url.includes("unread=true"))).toBe(true);
  });

  it("says when there is nothing", async () => {
    serve([]);
    renderApp(<NotificationsPage />);
    expect(await screen.findByText("Chưa có thông báo nào.")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Đánh dấu đã đọc tất cả" })).toBeDisabled();
  });

  it("speaks English too", async () => {
    serve();
    renderApp(<NotificationsPage />, { lang: "en" });
    expect(await screen.findByRole("heading", { name: "Due-date reminders" })).toBeInTheDocument();
    expect(await screen.findByText("Overdue")).toBeInTheDocument();
  });
});

describe("NotificationsBell", () => {
  it("says how many are unread and leads to the list", async () => {
    serve();
    renderApp(<NotificationsBell />);
    const bell = await screen.findByRole("link", { name: "Thông báo: 1 chưa đọc" });
    expect(bell).toHaveAttribute("href", "/notifications");
    expect(bell).toHaveTextContent("1");
  });

  it("shows no number when everything is read", async () => {
    serve([overdue]);
    renderApp(<NotificationsBell />);
    expect(await screen.findByRole("link", { name: "Thông báo" })).not.toHaveTextContent(/\d/);
  });
});
