import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { todayInVietnam } from "../../i18n/format";
import { coordinator, makePlan, units } from "../../test/plans";
import { json, makeMe, mockFetch, pageOf, renderApp } from "../../test/render";
import NewPlanPage from "./NewPlanPage";

describe("a new plan", () => {
  it("starts a draft of the commune for next year and opens the editor", async () => {
    const { calls } = mockFetch(async (request) => {
      const path = new URL(request.url).pathname;
      if (path === "/api/v1/units") return json(pageOf(units));
      if (path === "/api/v1/plans" && request.method === "GET")
        return json(pageOf([makePlan({ id: 1, year: 2023, status: "issued" })]));
      if (path === "/api/v1/plans" && request.method === "POST")
        return json(makePlan({ id: 9 }), 201);
      return json({ detail: "?" }, 404);
    });
    const { location } = renderApp(<NewPlanPage />, { me: coordinator, path: "/plans/new" });
    const next = String(Number(todayInVietnam().slice(0, 4)) + 1);
    expect(await screen.findByText("Ủy ban nhân dân xã Cao Xá")).toBeInTheDocument();
    expect(screen.getByLabelText("Năm")).toHaveValue(next);
    expect(screen.getByLabelText("Địa danh")).toHaveValue("Cao Xá");
    expect(screen.getByLabelText("Tên kế hoạch (trích yếu)")).toHaveValue(
      `Kế hoạch hoạt động thông tin đối ngoại xã Cao Xá năm ${next}`,
    );
    await userEvent.click(screen.getByRole("button", { name: "Tạo dự thảo" }));
    await vi.waitFor(() => expect(location.history?.at(-1)).toBe("/plans/9/edit"));
    const post = calls.find((call) => call.request.method === "POST");
    expect(post?.request.headers.get("Idempotency-Key")).toBeTruthy();
    expect(JSON.parse(post?.body ?? "{}")).toEqual({
      unit_id: 3,
      title: `Kế hoạch hoạt động thông tin đối ngoại xã Cao Xá năm ${next}`,
      year: Number(next),
      symbol: "KH-UBND",
      place: "Cao Xá",
      introduction: "",
      closing: "",
    });
  });

  it("is not there for those who do not write plans", () => {
    mockFetch(() => json({ detail: "?" }, 404));
    renderApp(<NewPlanPage />, { me: makeMe(), path: "/plans/new" });
    expect(
      screen.getByRole("heading", { level: 1, name: "Không tìm thấy trang" }),
    ).toBeInTheDocument();
  });
});
