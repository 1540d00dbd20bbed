import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { member, police } from "../../test/incidents";
import { paramsOf, pathOf } from "../../test/media";
import { json, mockFetch, renderApp } from "../../test/render";
import SummaryPage from "./SummaryPage";

const summary2023 = {
  by_status: {
    new: 1,
    verifying: 1,
    confirmed: 0,
    dismissed: 0,
    responding: 1,
    resolved: 0,
    closed: 1,
  },
  by_month: [
    { month: "2023-04", category: "local_government", count: 1 },
    { month: "2023-07", category: "disasters_health", count: 1 },
    { month: "2023-09", category: "local_government", count: 2 },
    { month: "2023-11", category: "fraud", count: 1 },
  ],
  escalated_open: 1,
  total: 5,
};

const figures = {
  year: 2023,
  quarter: 4,
  incidents_detected: 1,
  incidents_handled: 0,
  people_dealt_with: 1,
  decisions: { none: 0, reminder: 0, commitment: 0, warning: 0, fine: 1, criminal_referral: 0 },
  fines_vnd: 10_000_000,
};

function serve() {
  return mockFetch((request) => {
    const path = pathOf(request);
    if (path === "/api/v1/incidents/summary") return json(summary2023);
    if (path === "/api/v1/incidents/police-figures")
      return json({ ...figures, quarter: Number(paramsOf(request).get("quarter")) });
    return json({ detail: "?" }, 404);
  });
}

describe("SummaryPage", () => {
  it("opens on the latest year with incidents: counts by status, by month and category", async () => {
    const { calls } = serve();
    renderApp(<SummaryPage />, { me: member, path: "/incidents/summary" });
    expect(await screen.findByTestId("count-total")).toHaveTextContent("5");
    expect(screen.getByTestId("count-escalated")).toHaveTextContent("1");
    const asked = calls.map((call) => paramsOf(call.request).get("year"));
    expect(asked).toEqual([null, "2023"]);
    expect(screen.getByLabelText("Năm")).toHaveValue("2023");

    const byStatus = screen.getByRole("region", { name: "Theo trạng thái" });
    expect(within(byStatus).getByRole("link", { name: /1\s*Mới tiếp nhận/ })).toHaveAttribute(
      "href",
      "/incidents?status=new&from=2023-01-01&to=2023-12-31",
    );

    const monthly = screen.getByRole("region", { name: "Theo tháng và lĩnh vực, năm 2023" });
    expect(
      within(monthly).getByRole("img", {
        name: "Biểu đồ số vụ việc theo tháng năm 2023: tổng 5 vụ việc",
      }),
    ).toBeInTheDocument();
    const september = within(monthly).getByRole("row", { name: /Tháng 9/ });
    expect(
      within(september)
        .getAllByRole("cell")
        .map((cell) => cell.textContent),
    ).toEqual(["2", "2", "0", "0"]);
    expect(within(monthly).getByText("Lừa đảo", { selector: "li" })).toBeInTheDocument();
    // Police figures are for those who deal with incidents.
    expect(screen.queryByText(/Số liệu Công an xã/)).not.toBeInTheDocument();
    expect(calls.some((call) => pathOf(call.request).endsWith("/police-figures"))).toBe(false);
  });

  it("gives those who deal with incidents the quarter's police figures, naming no one", async () => {
    const { calls } = serve();
    renderApp(<SummaryPage />, { me: police, path: "/incidents/summary?year=2023" });
    const section = await screen.findByRole("region", { name: "Số liệu Công an xã quý 4/2023" });
    expect(await within(section).findByText("10.000.000 đồng")).toBeInTheDocument();
    expect(within(section).getByText("Phạt tiền: 1")).toBeInTheDocument();
    await userEvent.selectOptions(within(section).getByLabelText("Quý"), "2");
    expect(
      await screen.findByRole("region", { name: "Số liệu Công an xã quý 2/2023" }),
    ).toBeInTheDocument();
    const figuresAsked = calls.filter((call) => pathOf(call.request).endsWith("/police-figures"));
    expect(figuresAsked.map((call) => paramsOf(call.request).toString())).toEqual([
      "year=2023&quarter=4",
      "year=2023&quarter=2",
    ]);
  });
});
