import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { pathOf } from "../../test/media";
import { json, mockFetch, pageOf, renderApp } from "../../test/render";
import { coordinator, leader, makeCommuneReport } from "../../test/reports";
import { CommuneSection } from "./CommuneSection";

function serve(reports: ReturnType<typeof makeCommuneReport>[]) {
  let listed = reports;
  return mockFetch((request) => {
    const path = pathOf(request);
    if (path === "/api/v1/commune-reports") return json(pageOf(listed));
    if (path === "/api/v1/reporting-periods/4/commune-report") {
      const made = makeCommuneReport({ version: (listed[0]?.version ?? 0) + 1 });
      listed = [made];
      return json(made, reports.length ? 200 : 201);
    }
    return json({ detail: "?" }, 404);
  });
}

describe("CommuneSection", () => {
  it("lets the coordinator compile the report, then links to it", async () => {
    const { calls } = serve([]);
    renderApp(<CommuneSection periodId={4} />, { me: coordinator, path: "/reports/periods/4" });
    expect(await screen.findByText(/Chưa tổng hợp báo cáo của xã/)).toBeInTheDocument();
    await userEvent.setup().click(screen.getByRole("button", { name: "Tổng hợp báo cáo" }));
    expect(await screen.findByRole("link", { name: /Báo cáo 6 tháng/ })).toHaveAttribute(
      "href",
      "/reports/commune/3",
    );
    expect(screen.getByRole("status")).toHaveTextContent("Đã tổng hợp báo cáo của xã.");
    expect(calls.filter((call) => call.request.method === "POST")).toHaveLength(1);
  });

  it("asks before compiling a draft again, saying what is kept", async () => {
    const { calls } = serve([makeCommuneReport()]);
    renderApp(<CommuneSection periodId={4} />, { me: coordinator, path: "/reports/periods/4" });
    const user = userEvent.setup();
    await user.click(await screen.findByRole("button", { name: "Tổng hợp lại" }));
    const dialog = screen.getByRole("dialog", { name: "Tổng hợp lại báo cáo của xã?" });
    expect(dialog).toHaveTextContent(/khó khăn, vướng mắc và đề xuất, kiến nghị đã viết được giữ/);
    expect(calls.filter((call) => call.request.method === "POST")).toHaveLength(0);
    await user.click(within(dialog).getByRole("button", { name: "Tổng hợp lại" }));
    expect(await screen.findByRole("status")).toHaveTextContent("Đã tổng hợp báo cáo của xã.");
    expect(screen.queryByRole("dialog")).not.toBeInTheDocument();
    expect(calls.filter((call) => call.request.method === "POST")).toHaveLength(1);
  });

  it("offers no compiling once approved, nor to those who do not manage reports", async () => {
    serve([makeCommuneReport({ status: "approved" })]);
    renderApp(<CommuneSection periodId={4} />, { me: coordinator, path: "/reports/periods/4" });
    expect(await screen.findByText("Đã duyệt")).toBeInTheDocument();
    expect(screen.queryByRole("button")).not.toBeInTheDocument();
  });

  it("shows the leader the report to open, without a compile button", async () => {
    serve([makeCommuneReport()]);
    renderApp(<CommuneSection periodId={4} />, { me: leader, path: "/reports/periods/4" });
    expect(await screen.findByRole("link", { name: /Báo cáo 6 tháng/ })).toBeInTheDocument();
    expect(screen.queryByRole("button")).not.toBeInTheDocument();
  });
});
