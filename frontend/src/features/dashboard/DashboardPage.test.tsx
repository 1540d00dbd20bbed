import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { makeCommune } from "../../test/dashboard";
import { json, makeMe, makeTaskListItem, mockFetch, pageOf, renderApp } from "../../test/render";
import type { TaskNotice } from "../tasks/queries";
import DashboardPage from "./DashboardPage";
import type { CommuneStandingData, SuperiorStanding } from "./queries";

const coordinator = makeMe({
  id: 3,
  username: "vhxh",
  capabilities: ["plans:read", "tasks:read", "tasks:report", "tasks:confirm", "tasks:assign"],
});

const communeStanding: CommuneStandingData = {
  plan_id: 1,
  plan_title: "Kế hoạch hoạt động thông tin đối ngoại xã Cao Xá năm 2023",
  commune_id: 2,
  commune_name: "Cao Xá",
  task_statuses: [
    { unit_id: 10, unit_name: "Công an xã", counts: { overdue: 1, done_on_time: 3 }, total: 4 },
  ],
  timeliness: [
    {
      unit_id: 10,
      unit_name: "Công an xã",
      tasks_judged: 4,
      tasks_on_time: 3,
      parts_judged: 0,
      parts_on_time: 0,
      score: 0.75,
    },
  ],
  incidents_by_month: [{ month: "2023-04", category: "fraud", count: 2 }],
  press_by_month: [{ month: "2023-05", kind: "interview", count: 1 }],
  reports_due: [
    {
      period_id: 4,
      label: "Báo cáo sơ kết 6 tháng đầu năm 2023",
      kind: "semiannual",
      due_on: "2023-06-01",
      internal_due_on: "2023-05-27",
      parts: { accepted: 9, returned: 1 },
      commune_report_id: null,
      commune_report_status: null,
      late: true,
    },
  ],
};

const superiorStanding: SuperiorStanding = {
  year: 2023,
  kind: "yearly",
  years: [2023, 2024],
  kinds: ["semiannual", "yearly"],
  communes: [
    makeCommune({ commune_id: 2, commune_name: "Cao Xá", report_status: "sent" }),
    makeCommune({
      commune_id: 3,
      commune_name: "Tam Nông",
      report_status: "not_sent",
      report_id: null,
      late: true,
    }),
  ],
  totals: {
    communes: 2,
    sent: 1,
    accepted: 0,
    returned: 0,
    not_sent: 1,
    late: 1,
    tasks_total: 80,
    tasks_done: 62,
    tasks_overdue: 4,
    incidents_escalated_open: 2,
  },
};

function serve(notices: TaskNotice[] = []) {
  return mockFetch((request) => {
    const url = new URL(request.url);
    if (url.pathname === "/api/v1/dashboards/commune") return json(communeStanding);
    if (url.pathname === "/api/v1/dashboards/superior") return json(superiorStanding);
    if (url.pathname === "/api/v1/tasks/notices/read") return new Response(null, { status: 204 });
    if (url.pathname === "/api/v1/tasks/notices") return json(notices);
    if (url.searchParams.get("mine") === "true")
      return json(pageOf([makeTaskListItem({ id: 45, title: "Tuyên truyền kỷ niệm 80 năm" })]));
    if (url.searchParams.get("overdue") === "true")
      return json(
        pageOf([
          makeTaskListItem({ id: 7, status: "overdue", commune_id: 3, commune_name: "Tam Nông" }),
        ]),
      );
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

  it("shows where the commune stands in its plan: units, on-time rate, months, reports due", async () => {
    serve();
    renderApp(<DashboardPage />, { me: coordinator });
    expect(
      await screen.findByRole("heading", { name: /Kế hoạch: Kế hoạch hoạt động/ }),
    ).toBeInTheDocument();
    const byUnit = screen.getByRole("region", { name: "Tình hình thực hiện theo đơn vị" });
    expect(within(byUnit).getByRole("link", { name: "Công an xã" })).toBeInTheDocument();
    const onTime = screen.getByRole("region", { name: "Tỷ lệ đúng hạn theo đơn vị" });
    expect(onTime).toHaveTextContent("Công an xã75%");
    const incidents = screen.getByRole("region", { name: "Tin sai lệch theo tháng" });
    expect(within(incidents).getByRole("rowheader", { name: "04/2023" })).toBeInTheDocument();
    const press = screen.getByRole("region", { name: "Hoạt động với báo chí theo tháng" });
    expect(within(press).getByRole("rowheader", { name: "05/2023" })).toBeInTheDocument();
    const due = screen.getByRole("region", { name: "Báo cáo cần nộp" });
    expect(within(due).getByRole("link", { name: /sơ kết 6 tháng/ })).toHaveAttribute(
      "href",
      "/reports/periods/4",
    );
    expect(due).toHaveTextContent("Trễ hạn");
    expect(screen.queryByRole("region", { name: /Các xã/ })).not.toBeInTheDocument();
  });

  it("shows an area leader its own area's standing, with its tasks", async () => {
    const { calls } = serve();
    renderApp(<DashboardPage />);
    await screen.findByRole("region", { name: "Tỷ lệ đúng hạn theo đơn vị" });
    expect(screen.getByRole("region", { name: "Nhiệm vụ của tôi" })).toBeInTheDocument();
    const asked = calls.find((call) => call.request.url.includes("/dashboards/commune"));
    expect(new URL(asked?.request.url ?? "").searchParams.has("plan_id")).toBe(false);
  });

  it("shows the superior its communes' reports, and overdue tasks naming their commune", async () => {
    const { calls } = serve();
    renderApp(<DashboardPage />, {
      me: makeMe({
        username: "huyen",
        roles: ["superior"],
        capabilities: ["plans:read", "tasks:read", "reports:read", "reports:review"],
      }),
    });
    const communes = await screen.findByRole("region", { name: /Các xã/ });
    const cards = within(communes).getAllByRole("listitem");
    expect(cards[0]).toHaveTextContent(/^Tam Nông/);
    expect(cards[1]).toHaveTextContent(/^Cao Xá/);
    expect(screen.getByTestId("total-late")).toHaveTextContent("1");
    expect(screen.queryByRole("region", { name: "Nhiệm vụ của tôi" })).not.toBeInTheDocument();
    expect(calls.some((call) => call.request.url.includes("/dashboards/commune"))).toBe(false);
    const overdue = screen.getByRole("region", { name: "Quá hạn" });
    expect(await within(overdue).findByRole("link", { name: /Tam Nông · / })).toHaveAttribute(
      "href",
      "/tasks/7",
    );
  });

  it("asks the superior's dashboard for the year chosen, and keeps it in the address", async () => {
    const { calls } = serve();
    const { location } = renderApp(<DashboardPage />, {
      me: makeMe({ username: "huyen", capabilities: ["tasks:read", "reports:review"] }),
    });
    await userEvent.selectOptions(await screen.findByLabelText("Năm"), "2024");
    await waitFor(() => expect(location.history?.at(-1)).toBe("/?year=2024&kind=yearly"));
    await waitFor(() =>
      expect(
        calls.some(
          (call) =>
            call.request.url.includes("/dashboards/superior") &&
            new URL(call.request.url).searchParams.get("year") === "2024",
        ),
      ).toBe(true),
    );
  });
});
