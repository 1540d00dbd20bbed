import { screen } from "@testing-library/react";
import { makeCommune } from "../../test/dashboard";
import { renderApp } from "../../test/render";
import { CommuneCard } from "./CommuneCard";

describe("CommuneCard", () => {
  it("names the commune first and opens its report once sent", () => {
    renderApp(
      <ul>
        <CommuneCard commune={makeCommune()} />
      </ul>,
    );
    const link = screen.getByRole("link");
    expect(link).toHaveAttribute("href", "/reports/commune/5");
    expect(link.textContent?.startsWith("Cao Xá")).toBe(true);
    expect(link).toHaveTextContent("Đã gửi");
    expect(link).toHaveTextContent("Hạn nộp01/11/2023");
    expect(link).toHaveTextContent("Ngày gửi30/10/2023");
    expect(link).toHaveTextContent("Nhiệm vụ hoàn thành31/40");
    expect(link).toHaveTextContent("Nhiệm vụ quá hạn2");
    expect(link).not.toHaveTextContent("Trễ hạn");
  });

  it("is not a link while nothing was sent, and marks a late commune", () => {
    renderApp(
      <ul>
        <CommuneCard
          commune={makeCommune({
            commune_name: "Tam Nông",
            report_id: null,
            report_status: "not_sent",
            sent_at: null,
            late: true,
          })}
        />
      </ul>,
    );
    expect(screen.queryByRole("link")).not.toBeInTheDocument();
    const card = screen.getByRole("listitem");
    expect(card).toHaveTextContent("Chưa gửi");
    expect(card).toHaveTextContent("Trễ hạn");
    expect(card).toHaveTextContent("Ngày gửi–");
  });
});
