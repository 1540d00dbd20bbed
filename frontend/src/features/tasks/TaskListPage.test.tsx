import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { json, makeMe, makeTaskListItem, mockFetch, pageOf, renderApp } from "../../test/render";
import { filtersFromSearch, searchFromFilters, type TaskNotice } from "./queries";
import TaskListPage from "./TaskListPage";

/** The API as the list asks it; `notices` are the tasks new to the user (none unless given). */
function mockTasks(
  handler: (request: Request) => Response | Promise<Response>,
  notices: TaskNotice[] = [],
) {
  return mockFetch((request) =>
    new URL(request.url).pathname === "/api/v1/tasks/notices" ? json(notices) : handler(request),
  );
}

const page = pageOf([
  makeTaskListItem({
    id: 16,
    section_id: 21,
    title: "Theo dõi việc chấp hành chế độ bảo mật thông tin trong hoạt động TTĐN",
    status: "overdue",
    assignees: [{ unit_id: 10, unit_name: "Công an xã", role: "lead" }],
  }),
]);

describe("task filters in the address", () => {
  it("read and write the same filters", () => {
    const filters = {
      q: "cong an",
      status: "overdue" as const,
      overdue: true,
      unitId: 10,
      mine: true,
      page: 2,
    };
    expect(filtersFromSearch(searchFromFilters(filters))).toEqual({
      ...filters,
      sectionId: undefined,
    });
  });

  it("ignore values the API would refuse", () => {
    expect(filtersFromSearch("?status=late&unit=-3&page=abc")).toEqual({
      q: undefined,
      status: undefined,
      overdue: undefined,
      unitId: undefined,
      mine: undefined,
      sectionId: undefined,
      page: undefined,
    });
  });
});

describe("TaskListPage", () => {
  it("marks the tasks newly given to the user's unit and not opened yet", async () => {
    const other = makeTaskListItem({ id: 17, title: "Báo cáo hàng quý kết quả xử lý vi phạm" });
    mockTasks(
      () => json(pageOf([...page.items, other])),
      [
        {
          task_id: 16,
          task_title: "Theo dõi việc chấp hành chế độ bảo mật thông tin trong hoạt động TTĐN",
          plan_id: 2,
          plan_title: "Kế hoạch năm 2024",
          unit_id: 10,
          unit_name: "Công an xã",
          created_at: "2024-03-08T03:00:00Z",
        },
      ],
    );
    renderApp(<TaskListPage />, { path: "/tasks" });
    const fresh = await screen.findByRole("link", { name: /Theo dõi việc chấp hành/ });
    await vi.waitFor(() => expect(within(fresh).getByText("Mới")).toBeInTheDocument());
    const old = screen.getByRole("link", { name: /Báo cáo hàng quý/ });
    expect(within(old).queryByText("Mới")).not.toBeInTheDocument();
  });

  it("lists tasks with their status in words and asks the API with the filters", async () => {
    const { calls } = mockTasks((request) =>
      new URL(request.url).pathname === "/api/v1/tasks"
        ? json(page)
        : json({ items: [], total: 0, limit: 200, offset: 0 }),
    );
    renderApp(<TaskListPage />, { path: "/tasks?overdue=1&mine=1" });
    const card = await screen.findByRole("link", { name: /Theo dõi việc chấp hành/ });
    expect(card).toHaveAttribute("href", "/tasks/16");
    expect(within(card).getByText("Quá hạn chưa hoàn thành")).toBeInTheDocument();
    expect(within(card).getByText("Hạn 01/06/2023")).toBeInTheDocument();
    const url = new URL(
      calls.find((c) => new URL(c.request.url).pathname === "/api/v1/tasks")?.request.url ?? "",
    );
    expect(url.searchParams.get("overdue")).toBe("true");
    expect(url.searchParams.get("mine")).toBe("true");
    expect(screen.getByRole("checkbox", { name: "Chỉ quá hạn" })).toBeChecked();
  });

  it("offers 'my unit's tasks' only to those who report", async () => {
    mockTasks(() => json(page));
    renderApp(<TaskListPage />, { me: makeMe({ capabilities: ["tasks:read", "plans:read"] }) });
    await screen.findByText(/Theo dõi việc chấp hành/);
    expect(screen.queryByRole("checkbox", { name: "Của đơn vị tôi" })).not.toBeInTheDocument();
  });

  it("searches as one types", async () => {
    const { calls } = mockTasks(() => json(page));
    const { location } = renderApp(<TaskListPage />, { path: "/tasks" });
    await userEvent.type(screen.getByLabelText("Tìm nhiệm vụ"), "cong an");
    await vi.waitFor(() => expect(location.history?.at(-1)).toBe("/tasks?q=cong+an"));
    await vi.waitFor(() =>
      expect(calls.some((c) => new URL(c.request.url).searchParams.get("q") === "cong an")).toBe(
        true,
      ),
    );
  });
});

describe("the status filter", () => {
  it("offers 'awaiting confirmation' and asks the API for it", async () => {
    const { calls } = mockTasks(() => json(page));
    renderApp(<TaskListPage />, { path: "/tasks?status=awaiting_confirmation" });
    const select = await screen.findByLabelText("Trạng thái");
    expect(within(select).getByRole("option", { name: "Chờ xác nhận" })).toBeInTheDocument();
    expect(select).toHaveValue("awaiting_confirmation");
    await vi.waitFor(() =>
      expect(
        calls.some(
          (c) => new URL(c.request.url).searchParams.get("status") === "awaiting_confirmation",
        ),
      ).toBe(true),
    );
  });
});

describe("in English", () => {
  it("says '1 task', not '1 tasks'", async () => {
    mockTasks(() => json(page));
    renderApp(<TaskListPage />, { lang: "en" });
    expect(await screen.findByText("1 task")).toBeInTheDocument();
  });
});

const commune = {
  items: [
    { id: 14, name: "Văn phòng HĐND & UBND" },
    { id: 9, name: "Đài truyền thanh xã" },
    { id: 10, name: "Công an xã" },
    { id: 8, name: "Địa chính - NN & XD" },
    { id: 12, name: "Khu dân cư số 1" },
    { id: 7, name: "Dân vận" },
  ],
  total: 6,
  limit: 200,
  offset: 0,
};

function serveWithUnits() {
  return mockTasks((request) => {
    const path = new URL(request.url).pathname;
    if (path === "/api/v1/units") return json(commune);
    if (path === "/api/v1/plans/1/sections")
      return json([
        {
          id: 20,
          plan_id: 1,
          code: "III",
          title: "Nhiệm vụ",
          children: [{ id: 21, plan_id: 1, code: "4", title: "Bảo mật thông tin", children: [] }],
        },
      ]);
    return json(page);
  });
}

const unitOptions = () =>
  within(screen.getByLabelText("Đơn vị"))
    .getAllByRole("option")
    .map((option) => option.textContent);

describe("the unit filter", () => {
  it("offers a member only its own units and those its tasks name", async () => {
    serveWithUnits();
    renderApp(<TaskListPage />);
    await screen.findByText(/Theo dõi việc chấp hành/);
    await vi.waitFor(() =>
      expect(unitOptions()).toEqual(["Mọi đơn vị", "Công an xã", "Khu dân cư số 1"]),
    );
  });

  it("offers a coordinator every unit, in Vietnamese order (Đ after D)", async () => {
    serveWithUnits();
    renderApp(<TaskListPage />, {
      me: makeMe({ capabilities: ["tasks:read", "tasks:report", "tasks:assign", "units:read"] }),
    });
    await vi.waitFor(() =>
      expect(unitOptions()).toEqual([
        "Mọi đơn vị",
        "Công an xã",
        "Dân vận",
        "Đài truyền thanh xã",
        "Địa chính - NN & XD",
        "Khu dân cư số 1",
        "Văn phòng HĐND & UBND",
      ]),
    );
  });
});

describe("the section filter", () => {
  it("shows the plan section a link narrowed the list to, and clears it", async () => {
    const { calls } = serveWithUnits();
    const { location } = renderApp(<TaskListPage />, { path: "/tasks?plan=1&section=21" });
    expect(await screen.findByText("4. Bảo mật thông tin")).toBeInTheDocument();
    expect(screen.getByText("Thuộc mục:")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Bộ lọc (1)" })).toBeInTheDocument();
    const asked = calls.find((c) => new URL(c.request.url).pathname === "/api/v1/tasks");
    expect(new URL(asked?.request.url ?? "").searchParams.get("section_id")).toBe("21");

    await userEvent.click(screen.getByRole("button", { name: "Bỏ lọc theo mục" }));
    await vi.waitFor(() => expect(location.history?.at(-1)).toBe("/tasks"));
    expect(screen.queryByText("Thuộc mục:")).not.toBeInTheDocument();
  });
});
