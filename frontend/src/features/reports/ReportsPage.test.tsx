import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { paramsOf, pathOf } from "../../test/media";
import { makePlan } from "../../test/plans";
import { json, mockFetch, pageOf, renderApp } from "../../test/render";
import { areaLeader, coordinator, makePart, makePeriod } from "../../test/reports";
import PeriodPage from "./PeriodPage";
import ReportsPage from "./ReportsPage";

const plan = makePlan({ id: 1, status: "issued" });

function serve(periods = [makePeriod()]) {
  return mockFetch((request) => {
    const path = pathOf(request);
    if (path === "/api/v1/plans") return json(pageOf([plan]));
    if (path === "/api/v1/reporting-periods") return json(pageOf(periods));
    if (path === "/api/v1/reporting-periods/4") return json(makePeriod());
    if (path === "/api/v1/reports")
      return json(
        pageOf([
          makePart(),
          makePart({
            id: 8,
            unit_name: "Công an xã",
            status: "submitted",
            on_time: false,
            first_submitted_on: "2023-05-28",
          }),
          makePart({
            id: 9,
            unit_name: "Đoàn thanh niên",
            status: "submitted",
            on_time: true,
            first_submitted_on: "2023-05-20",
          }),
        ]),
      );
    if (path === "/api/v1/commune-reports") return json(pageOf([]));
    if (path === "/api/v1/reports/timeliness")
      return json([
        {
          unit_id: 12,
          unit_name: "Khu dân cư số 1",
          tasks_judged: 3,
          tasks_on_time: 2,
          parts_judged: 1,
          parts_on_time: 1,
        },
        {
          unit_id: 13,
          unit_name: "Công an xã",
          tasks_judged: 0,
          tasks_on_time: 0,
          parts_judged: 0,
          parts_on_time: 0,
        },
      ]);
    if (path === "/api/v1/plans/1/reporting-periods/generate")
      return json([makePeriod({ id: 5, kind: "yearly", label: "Báo cáo năm 2023" })]);
    return json({ detail: "?" }, 404);
  });
}

describe("ReportsPage", () => {
  it("lists the plan's periods with dd/mm/yyyy dates, parts by status and timeliness", async () => {
    const { calls } = serve();
    renderApp(<ReportsPage />, { me: coordinator, path: "/reports" });
    const period = (
      await screen.findByRole("link", { name: "Báo cáo 6 tháng đầu năm 2023" })
    ).closest("li");
    expect(period).toHaveTextContent("01/01/2023 – 31/05/2023");
    expect(period).toHaveTextContent("25/05/2023");
    expect(period).toHaveTextContent("01/06/2023");
    expect(period).toHaveTextContent("6 tháng");
    const counts = within(period as HTMLElement).getByRole("list", {
      name: "Phần báo cáo theo trạng thái",
    });
    expect(counts).toHaveTextContent("Đang soạn 1");
    expect(counts).toHaveTextContent("Đã nộp 2");
    expect(
      await screen.findByRole("img", {
        name: "Khu dân cư số 1: 75% đúng hạn (3/4 nhiệm vụ và báo cáo)",
      }),
    ).toBeInTheDocument();
    expect(screen.getByRole("img", { name: "Công an xã: chưa đến hạn" })).toBeInTheDocument();
    const asked = calls.find((call) => pathOf(call.request) === "/api/v1/reporting-periods");
    expect(asked && paramsOf(asked.request).get("plan_id")).toBe("1");

    const user = userEvent.setup();
    await user.click(screen.getByRole("button", { name: "Lập kỳ theo hạn báo cáo của kế hoạch" }));
    expect(await screen.findByRole("status")).toHaveTextContent("Đã lập 1 kỳ báo cáo mới.");
  });

  it("offers neither generating nor editing to an area leader", async () => {
    serve();
    renderApp(<ReportsPage />, { me: areaLeader, path: "/reports" });
    await screen.findByRole("link", { name: "Báo cáo 6 tháng đầu năm 2023" });
    expect(screen.queryByRole("button", { name: /Lập kỳ/ })).not.toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Sửa kỳ báo cáo" })).not.toBeInTheDocument();
  });

  it("edits a period's dates on the version read", async () => {
    const { calls } = mockFetch((request) => {
      const path = pathOf(request);
      if (path === "/api/v1/plans") return json(pageOf([plan]));
      if (path === "/api/v1/reporting-periods") return json(pageOf([makePeriod()]));
      if (path === "/api/v1/reporting-periods/4") return json(makePeriod({ version: 2 }));
      if (path === "/api/v1/reports") return json(pageOf([]));
      return json([]);
    });
    renderApp(<ReportsPage />, { me: coordinator, path: "/reports" });
    const user = userEvent.setup();
    await user.click(await screen.findByRole("button", { name: "Sửa kỳ báo cáo" }));
    const due = screen.getByLabelText("Hạn các đơn vị nộp");
    await user.clear(due);
    await user.type(due, "20/05/2023");
    await user.click(screen.getByRole("button", { name: "Lưu" }));
    const patch = calls.find((call) => call.request.method === "PATCH");
    expect(patch?.request.headers.get("If-Match")).toBe('"1"');
    expect(JSON.parse(patch?.body ?? "{}")).toEqual({ internal_due_on: "2023-05-20" });
  });
});

describe("PeriodPage", () => {
  it("lists the units' parts with their status and whether they came on time", async () => {
    serve();
    renderApp(<PeriodPage id={4} />, { me: coordinator, path: "/reports/periods/4" });
    const late = (await screen.findByRole("link", { name: "Công an xã" })).closest("li");
    expect(late).toHaveTextContent("Nộp muộn (28/05/2023)");
    expect(screen.getByRole("link", { name: "Đoàn thanh niên" }).closest("li")).toHaveTextContent(
      "Đúng hạn (20/05/2023)",
    );
    expect(screen.getByRole("link", { name: "Khu dân cư số 1" })).toHaveAttribute(
      "href",
      "/reports/parts/7",
    );
  });
});
