import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useState } from "react";
import { renderApp } from "../test/render";
import { DateField } from "./DateField";

/** A form's state around the field: what the parent holds is shown below it. */
function Holder({ start = "", max, error }: { start?: string; max?: string; error?: string }) {
  const [value, setValue] = useState(start);
  return (
    <>
      <DateField label="Hạn" value={value} onChange={setValue} max={max} error={error} />
      <output data-testid="held">{value}</output>
      <button type="button" onClick={() => setValue("2023-01-02")}>
        Đặt lại
      </button>
    </>
  );
}

const field = () => screen.getByLabelText("Hạn");
const held = () => screen.getByTestId("held").textContent;

describe("DateField", () => {
  it("shows an ISO value as dd/mm/yyyy, on the number pad, with the format as placeholder", () => {
    renderApp(<Holder start="2025-06-30" />);
    expect(field()).toHaveValue("30/06/2025");
    expect(field()).toHaveAttribute("inputmode", "numeric");
    expect(field()).toHaveAttribute("placeholder", "dd/mm/yyyy");
  });

  it.each([
    ["30/06/2025", "30/06/2025"],
    ["30/6/2025", "30/06/2025"],
    ["30062025", "30/06/2025"],
  ])("reads %j typed as 2025-06-30, shown as %s once left", async (typed, shownAfter) => {
    renderApp(<Holder />);
    await userEvent.type(field(), typed);
    expect(held()).toBe("2025-06-30");
    await userEvent.tab();
    expect(field()).toHaveValue(shownAfter);
    expect(field()).not.toHaveAttribute("aria-invalid");
  });

  it("says, once left, that a day the month lacks is no date, and hands on the text", async () => {
    renderApp(<Holder />);
    await userEvent.type(field(), "31/04/2025");
    expect(held()).toBe("31/04/2025");
    expect(screen.queryByText(/Ngày không đúng/)).not.toBeInTheDocument();
    await userEvent.tab();
    const error = screen.getByText("Ngày không đúng: hãy gõ ngày/tháng/năm, ví dụ 30/06/2025.");
    expect(field()).toHaveAttribute("aria-invalid", "true");
    expect(field()).toHaveAttribute("aria-describedby", error.id);
    // Put right, the error goes.
    await userEvent.clear(field());
    await userEvent.type(field(), "30/04/2025");
    expect(held()).toBe("2025-04-30");
    expect(screen.queryByText(/Ngày không đúng/)).not.toBeInTheDocument();
  });

  it("hands on blank as blank", async () => {
    renderApp(<Holder start="2025-06-30" />);
    await userEvent.clear(field());
    await userEvent.tab();
    expect(held()).toBe("");
    expect(field()).not.toHaveAttribute("aria-invalid");
  });

  it("says when a date is after the latest allowed", async () => {
    renderApp(<Holder max="2025-06-30" />);
    await userEvent.type(field(), "01/07/2025");
    await userEvent.tab();
    expect(screen.getByText("Ngày không được sau 30/06/2025.")).toBeInTheDocument();
  });

  it("shows the parent's error", () => {
    renderApp(<Holder error="Hãy nhập hạn." />);
    expect(field()).toHaveAttribute("aria-invalid", "true");
    expect(field()).toHaveAccessibleDescription("Hãy nhập hạn.");
  });

  it("follows a value changed from outside", async () => {
    renderApp(<Holder />);
    await userEvent.type(field(), "1/1");
    await userEvent.click(screen.getByRole("button", { name: "Đặt lại" }));
    expect(field()).toHaveValue("02/01/2023");
  });

  it("speaks English when asked", async () => {
    renderApp(<Holder />, { lang: "en" });
    await userEvent.type(field(), "garbage");
    await userEvent.tab();
    expect(
      await screen.findByText("Not a date: type day/month/year, e.g. 30/06/2025."),
    ).toBeVisible();
  });
});
