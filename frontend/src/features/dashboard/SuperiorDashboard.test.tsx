import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { makeCommune } from "../../test/dashboard";
import { renderApp } from "../../test/render";
import type { SuperiorStanding } from "./queries";
import { SuperiorDashboard } from "./SuperiorDashboard";

function standing(count = 4): SuperiorStanding {
  const many = Array.from({ length: count - 4 }, (_, index) =>
    makeCommune({
      commune_id: 100 + index,
      commune_name: `Xã số ${index + 1}`,
      report_status: "accepted",
    }),
  );
  const communes = [
    makeCommune({ commune_id: 1, commune_name: "Cao Xá", report_status: "sent" }),
    makeCommune({
      commune_id: 2,
      commune_name: "Tam Nông",
      report_status: "not_sent",
      report_id: null,
      late: true,
    }),
    makeCommune({ commune_id: 3, commune_name: "Đồng Luận", report_status: "returned" }),
    makeCommune({ commune_id: 4, commune_name: "Bản Nguyên", report_status: "accepted" }),
    ...many,
  ];
  const counted = (status: string) => communes.filter((c) => c.report_status === status).length;
  return {
    year: 2023,
    kind: "yearly",
    years: [2023, 2024],
    kinds: ["semiannual", "yearly"],
    communes,
    totals: {
      communes: communes.length,
      sent: counted("sent"),
      accepted: counted("accepted"),
      returned: counted("returned"),
      not_sent: counted("not_sent"),
      late: communes.filter((c) => c.late).length,
      tasks_total: 0,
      tasks_done: 0,
      tasks_overdue: 0,
      incidents_escalated_open: 0,
    },
  };
}

const names = () =>
  within(screen.getByRole("region", { name: /Các xã/ }))
    .getAllByRole("listitem")
    .map((card) => card.querySelector(".commune-card-name")?.textContent);

describe("SuperiorDashboard", () => {
  it("counts the communes by status in tiles", () => {
    renderApp(<SuperiorDashboard standing={standing()} onChange={vi.fn()} />);
    expect(screen.getByTestId("total-sent")).toHaveTextContent("1");
    expect(screen.getByTestId("total-accepted")).toHaveTextContent("1");
    expect(screen.getByTestId("total-returned")).toHaveTextContent("1");
    expect(screen.getByTestId("total-not_sent")).toHaveTextContent("1");
    expect(screen.getByTestId("total-late")).toHaveTextContent("1");
  });

  it("lists late communes first, then returned, not sent, sent and accepted", () => {
    renderApp(<SuperiorDashboard standing={standing()} onChange={vi.fn()} />);
    expect(names()).toEqual(["Tam Nông", "Đồng Luận", "Cao Xá", "Bản Nguyên"]);
  });

  it("narrows the list by status and by name, tones ignored", async () => {
    renderApp(<SuperiorDashboard standing={standing()} onChange={vi.fn()} />);
    await userEvent.click(screen.getByRole("button", { name: /^Bị trả lại/ }));
    expect(screen.getByRole("button", { name: /^Bị trả lại/ })).toHaveAttribute(
      "aria-pressed",
      "true",
    );
    expect(names()).toEqual(["Đồng Luận"]);
    await userEvent.click(screen.getByRole("button", { name: /^Tất cả/ }));
    await userEvent.type(screen.getByLabelText("Tìm xã theo tên"), "cao xa");
    expect(names()).toEqual(["Cao Xá"]);
  });

  it("asks for another year or kind of report", async () => {
    const onChange = vi.fn();
    renderApp(<SuperiorDashboard standing={standing()} onChange={onChange} />);
    await userEvent.selectOptions(screen.getByLabelText("Năm"), "2024");
    expect(onChange).toHaveBeenLastCalledWith({ year: 2024, kind: "yearly" });
    await userEvent.selectOptions(screen.getByLabelText("Loại báo cáo"), "semiannual");
    expect(onChange).toHaveBeenLastCalledWith({ year: 2023, kind: "semiannual" });
  });

  it("shows 150 communes a page at a time", async () => {
    renderApp(<SuperiorDashboard standing={standing(150)} onChange={vi.fn()} />);
    expect(names()).toHaveLength(30);
    await userEvent.click(screen.getByRole("button", { name: "Xem thêm 120 xã" }));
    expect(names()).toHaveLength(150);
  });
});
