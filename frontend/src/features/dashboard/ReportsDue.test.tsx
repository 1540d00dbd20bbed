import { screen, within } from "@testing-library/react";
import { renderApp } from "../../test/render";
import { type ReportDue, ReportsDue } from "./ReportsDue";

const due = (overrides: Partial<ReportDue>): ReportDue => ({
  period_id: 4,
  label: "Báo cáo sơ kết 6 tháng đầu năm 2023",
  kind: "semiannual",
  due_on: "2023-06-01",
  internal_due_on: "2023-05-27",
  parts: { accepted: 9, returned: 1, draft: 1 },
  commune_report_id: null,
  commune_report_status: null,
  late: false,
  ...overrides,
});

describe("ReportsDue", () => {
  it("gives each period a card: its dates, its parts by status, the commune's report, late", () => {
    renderApp(
      <ReportsDue
        reports={[
          due({
            period_id: 9,
            label: "Báo cáo tổng kết năm 2023",
            kind: "yearly",
            due_on: "2023-11-01",
            internal_due_on: "2023-10-27",
            parts: { missing: 12 },
          }),
          due({ late: true, commune_report_id: 3, commune_report_status: "draft" }),
        ]}
      />,
    );
    const cards = screen
      .getAllByRole("listitem")
      .filter((item) => item.className.includes("due-card"));
    expect(cards).toHaveLength(2);
    const first = cards[0] as HTMLElement;
    expect(within(first).getByRole("link", { name: /sơ kết 6 tháng/ })).toHaveAttribute(
      "href",
      "/reports/periods/4",
    );
    expect(first).toHaveTextContent("Hạn nộp cấp trên01/06/2023");
    expect(first).toHaveTextContent("Đơn vị nộp trước27/05/2023");
    expect(first).toHaveTextContent("Trễ hạn");
    expect(first).toHaveTextContent("Báo cáo của xãĐang soạn");
    const parts = within(first).getByRole("list", { name: /theo trạng thái/ });
    expect(parts).toHaveTextContent("Đã tiếp nhận 9");
    expect(parts).toHaveTextContent("Bị trả lại 1");
    const second = cards[1] as HTMLElement;
    expect(second).toHaveTextContent("Hằng năm");
    expect(second).toHaveTextContent("Chưa tổng hợp");
    expect(second).toHaveTextContent("12 đơn vị chưa có phần báo cáo");
    expect(second).not.toHaveTextContent("Trễ hạn");
  });

  it("says so when there is no period", () => {
    renderApp(<ReportsDue reports={[]} />);
    expect(screen.getByText("Không có kỳ báo cáo nào.")).toBeInTheDocument();
  });
});
