import { screen } from "@testing-library/react";
import { renderApp } from "../../test/render";
import { StatusChart } from "./StatusChart";

describe("StatusChart", () => {
  it("says each unit's counts in words, beside the drawing", () => {
    renderApp(
      <StatusChart
        rows={[
          {
            unit_id: 10,
            unit_name: "Công an xã",
            counts: { overdue: 3, done_on_time: 5 },
            total: 8,
          },
          { unit_id: 12, unit_name: "Khu dân cư số 1", counts: { in_progress: 2 }, total: 2 },
        ]}
      />,
    );
    expect(screen.getByRole("link", { name: "Công an xã" })).toHaveAttribute(
      "href",
      "/tasks?unit=10",
    );
    expect(
      screen.getByText(/Quá hạn chưa hoàn thành: 3 · Hoàn thành đúng hạn: 5/),
    ).toBeInTheDocument();
    expect(screen.getByText(/Đang thực hiện: 2/)).toBeInTheDocument();
    const legend = screen.getByRole("list", { name: "Chú giải trạng thái" });
    expect(legend).toHaveTextContent("Đang thực hiện");
    expect(legend).toHaveTextContent("Quá hạn chưa hoàn thành");
    expect(legend).not.toHaveTextContent("Tạm dừng");
  });
});
