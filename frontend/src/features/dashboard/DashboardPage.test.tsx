import { screen } from "@testing-library/react";
import { json, makeMe, mockFetch, renderApp } from "../../test/render";
import DashboardPage from "./DashboardPage";

const coordinator = makeMe({
  id: 3,
  username: "vhxh",
  capabilities: ["plans:read", "tasks:read", "tasks:report", "tasks:confirm", "tasks:assign"],
});

function serve() {
  return mockFetch((request) => {
    const url = new URL(request.url);
    if (url.pathname === "/api/v1/tasks/summary") return json([]);
    const total = url.searchParams.get("status") === "awaiting_confirmation" ? 2 : 0;
    return json({ items: [], total, limit: 5, offset: 0 });
  });
}

describe("DashboardPage", () => {
  it("counts the claims awaiting confirmation for those who confirm, linking to them", async () => {
    const { calls } = serve();
    renderApp(<DashboardPage />, { me: coordinator });
    const tile = await screen.findByRole("link", { name: /Chờ xác nhận/ });
    expect(tile).toHaveAttribute("href", "/tasks?status=awaiting_confirmation");
    expect(await screen.findByTestId("count-awaiting")).toHaveTextContent("2");
    expect(
      calls.some(
        (call) => new URL(call.request.url).searchParams.get("status") === "awaiting_confirmation",
      ),
    ).toBe(true);
  });

  it("does not show the count to those who do not confirm", async () => {
    const { calls } = serve();
    renderApp(<DashboardPage />);
    await screen.findByTestId("count-overdue");
    expect(screen.queryByTestId("count-awaiting")).not.toBeInTheDocument();
    expect(calls.some((call) => call.request.url.includes("awaiting_confirmation"))).toBe(false);
  });

  it("offers reporting false information in one tap to those who report it", async () => {
    serve();
    renderApp(<DashboardPage />, {
      me: makeMe({ capabilities: ["tasks:read", "tasks:report", "incidents:report"] }),
    });
    expect(await screen.findByRole("link", { name: "Báo tin sai lệch" })).toHaveAttribute(
      "href",
      "/incidents/new",
    );
  });

  it("offers no report to those who may not make one", async () => {
    serve();
    renderApp(<DashboardPage />, { me: coordinator });
    await screen.findByTestId("count-overdue");
    expect(screen.queryByRole("link", { name: "Báo tin sai lệch" })).not.toBeInTheDocument();
  });
});
