import { screen, within } from "@testing-library/react";
import { renderApp } from "../../test/render";
import { IncidentsChart } from "./IncidentsChart";

describe("IncidentsChart", () => {
  it("writes each month as mm/yyyy with its total, empty months included", () => {
    renderApp(
      <IncidentsChart
        months={[
          { month: "2023-03", category: "fraud", count: 2 },
          { month: "2023-03", category: "disasters_health", count: 1 },
          { month: "2023-05", category: "fraud", count: 1 },
        ]}
      />,
    );
    const rows = screen.getAllByRole("listitem").filter((item) => item.className === "bars-row");
    const said = (row: HTMLElement) =>
      `${row.querySelector(".bars-label")?.textContent} ${row.querySelector(".bars-value")?.textContent}`;
    expect(rows.map(said)).toEqual(["03/2023 Tổng: 3", "04/2023 Tổng: 0", "05/2023 Tổng: 1"]);
    expect(screen.getByText("Số vụ việc")).toBeInTheDocument();
  });

  it("names the categories in its legend and breaks the counts down in a table", () => {
    renderApp(
      <IncidentsChart
        months={[
          { month: "2023-03", category: "fraud", count: 2 },
          { month: "2023-04", category: "disasters_health", count: 1 },
        ]}
      />,
    );
    const legend = screen.getByRole("list", { name: "Chú giải" });
    expect(legend).toHaveTextContent("Lừa đảo");
    expect(legend).toHaveTextContent("Thiên tai, dịch bệnh, y tế");
    expect(legend).not.toHaveTextContent("Khác");
    const table = screen.getByRole("table");
    const march = within(table).getByRole("row", { name: /03\/2023/ });
    expect(
      within(march)
        .getAllByRole("cell")
        .map((cell) => cell.textContent),
    ).toEqual(["0", "2", "2"]);
  });

  it("says so when nothing was recorded", () => {
    renderApp(<IncidentsChart months={[]} />);
    expect(screen.getByText(/Chưa ghi nhận vụ việc/)).toBeInTheDocument();
  });
});
