import { screen } from "@testing-library/react";
import { renderApp } from "../../test/render";
import { OnTimeChart } from "./OnTimeChart";

const unit = (unit_id: number, unit_name: string, score: number | null, judged = 4) => ({
  unit_id,
  unit_name,
  tasks_judged: judged,
  tasks_on_time: score === null ? 0 : Math.round(score * judged),
  parts_judged: score === null ? 0 : 1,
  parts_on_time: score === null ? 0 : 1,
  score,
});

describe("OnTimeChart", () => {
  it("writes each unit's rate as a percentage, best first, units not judged last", () => {
    renderApp(
      <OnTimeChart
        units={[
          unit(1, "Khu dân cư số 3", null, 0),
          unit(2, "Công an xã", 0.5),
          unit(3, "Đài truyền thanh xã", 1),
        ]}
      />,
    );
    const rows = screen.getAllByRole("listitem");
    expect(rows[0]).toHaveTextContent("Đài truyền thanh xã100%");
    expect(rows[1]).toHaveTextContent("Công an xã50%");
    expect(rows[1]).toHaveTextContent("Nhiệm vụ đúng hạn 2/4 · báo cáo đúng hạn 1/1");
    expect(rows[2]).toHaveTextContent("Khu dân cư số 3–Chưa có gì đến hạn");
    expect(screen.getByText("Tỷ lệ đúng hạn (%)")).toBeInTheDocument();
  });

  it("says so when nothing fell due", () => {
    renderApp(<OnTimeChart units={[]} />);
    expect(screen.getByText(/Chưa có nhiệm vụ hay báo cáo nào đến hạn/)).toBeInTheDocument();
  });
});
