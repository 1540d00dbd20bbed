import { screen } from "@testing-library/react";
import { renderApp } from "../../test/render";
import { PressChart } from "./PressChart";

describe("PressChart", () => {
  it("counts the press work of each month, by kind", () => {
    renderApp(
      <PressChart
        months={[
          { month: "2023-06", kind: "interview", count: 1 },
          { month: "2023-06", kind: "press_report", count: 2 },
        ]}
      />,
    );
    expect(screen.getByRole("rowheader", { name: "06/2023" })).toBeInTheDocument();
    expect(screen.getByRole("list", { name: "Chú giải" })).toHaveTextContent(
      "Trả lời phỏng vấnBáo chí phản ánh",
    );
    expect(screen.getByText("Số hoạt động")).toBeInTheDocument();
    expect(screen.getByRole("columnheader", { name: "Báo chí phản ánh" })).toBeInTheDocument();
  });

  it("says so when there was none", () => {
    renderApp(<PressChart months={[]} />);
    expect(screen.getByText(/Chưa có hoạt động cung cấp thông tin/)).toBeInTheDocument();
  });
});
