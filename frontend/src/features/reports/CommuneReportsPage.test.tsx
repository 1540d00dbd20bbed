import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { paramsOf, pathOf } from "../../test/media";
import { json, mockFetch, pageOf, renderApp } from "../../test/render";
import { makeCommuneReport, superior } from "../../test/reports";
import { isCurrent, navFor } from "../../ui/nav";
import CommuneReportsPage from "./CommuneReportsPage";

describe("CommuneReportsPage", () => {
  it("names each sent report's period, status, due date and sending time, from the list alone", async () => {
    const { calls } = mockFetch((request) => {
      const path = pathOf(request);
      if (path === "/api/v1/commune-reports")
        return json(
          pageOf([
            makeCommuneReport({
              status: "sent",
              number: "12/BC-UBND",
              sent_at: "2023-05-30T03:15:00Z",
            }),
            makeCommuneReport({
              id: 5,
              period_id: 6,
              period_label: "Báo cáo năm 2023",
              period_kind: "yearly",
              period_starts_on: "2023-01-01",
              period_ends_on: "2023-10-31",
              period_due_on: "2023-11-01",
              commune_id: 2,
              commune_name: "Ủy ban nhân dân xã Sơn Vi",
              title: "Báo cáo năm 2023 thực hiện Kế hoạch thông tin đối ngoại năm 2023",
              status: "accepted",
              sent_at: "2023-10-31T08:00:00Z",
            }),
          ]),
        );
      return json({ detail: "?" }, 404);
    });
    const { location } = renderApp(<CommuneReportsPage />, {
      me: superior,
      path: "/reports/communes",
    });
    const cards = await screen.findAllByRole("listitem");
    expect(cards).toHaveLength(2);
    const [sent, accepted] = cards as [HTMLElement, HTMLElement];
    expect(within(sent).getByRole("link", { name: "Ủy ban nhân dân xã Cao Xá" })).toHaveAttribute(
      "href",
      "/reports/commune/3",
    );
    expect(within(sent).getByText(/^Số: 12\/BC-UBND · Báo cáo 6 tháng/)).toBeInTheDocument();
    expect(within(accepted).getByRole("link")).toHaveTextContent("Ủy ban nhân dân xã Sơn Vi");
    expect(within(sent).getByText("Đã gửi cấp trên")).toBeInTheDocument();
    expect(within(sent).getByText("Báo cáo 6 tháng đầu năm 2023")).toBeInTheDocument();
    expect(within(sent).getByText("01/06/2023")).toBeInTheDocument();
    expect(within(sent).getByText("30/05/2023 10:15")).toBeInTheDocument();
    expect(within(accepted).getByText("Báo cáo năm 2023")).toBeInTheDocument();
    expect(within(accepted).getByText("01/11/2023")).toBeInTheDocument();
    expect(calls.some((call) => pathOf(call.request).startsWith("/api/v1/reporting-periods"))).toBe(
      false,
    );
    expect(within(accepted).getByText("Cấp trên đã tiếp nhận")).toBeInTheDocument();

    await userEvent.setup().selectOptions(screen.getByLabelText("Trạng thái"), "returned");
    expect(location.history?.at(-1)).toBe("/reports/communes?status=returned");
    expect(calls.some((call) => paramsOf(call.request).get("status") === "returned")).toBe(true);
  });

  it("says so when no commune sent anything", async () => {
    mockFetch(() => json(pageOf([])));
    renderApp(<CommuneReportsPage />, { me: superior, path: "/reports/communes" });
    expect(await screen.findByText("Chưa có báo cáo nào của các xã.")).toBeInTheDocument();
  });
});

describe("the superior's navigation", () => {
  it("leads to the communes' reports, marked current over the periods' screen", () => {
    const hrefs = navFor(superior).map((item) => item.href);
    expect(hrefs).toContain("/reports/communes");
    expect(navFor({ capabilities: ["reports:read"] }).map((item) => item.href)).not.toContain(
      "/reports/communes",
    );
    expect(isCurrent("/reports/communes", "/reports/communes", hrefs)).toBe(true);
    expect(isCurrent("/reports", "/reports/communes", hrefs)).toBe(false);
    expect(isCurrent("/reports", "/reports/periods/4", hrefs)).toBe(true);
  });
});
