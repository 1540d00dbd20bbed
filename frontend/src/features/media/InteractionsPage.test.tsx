import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { dispositionName } from "../../api/download";
import {
  makeFollowUp,
  makeInteraction,
  makeInterview,
  paramsOf,
  pathOf,
  pressOfficer,
  superior,
} from "../../test/media";
import { json, mockFetch, pageOf, renderApp } from "../../test/render";
import FollowUpQueuePage from "./FollowUpQueuePage";
import InteractionsPage from "./InteractionsPage";
import { interactionFiltersFromSearch, searchFromInteractionFilters } from "./queries";

describe("interaction filters in the address", () => {
  it("read and write the same filters, and drop what the API would refuse", () => {
    const filters = {
      q: "duong",
      kind: "press_report" as const,
      outletId: 1,
      contactId: undefined,
      from: "2023-01-01",
      to: "2023-12-31",
      status: "verifying" as const,
      overdue: true,
      taskId: undefined,
      page: 2,
    };
    expect(interactionFiltersFromSearch(searchFromInteractionFilters(filters))).toEqual(filters);
    expect(interactionFiltersFromSearch("?kind=gossip&from=31/12/2023&status=x")).toMatchObject({
      kind: undefined,
      from: undefined,
      status: undefined,
    });
  });
});

describe("InteractionsPage", () => {
  it("lists interactions, marks an overdue answer, and asks with the filters", async () => {
    const { calls } = mockFetch(() => json(pageOf([makeInteraction(), makeInterview()])));
    renderApp(<InteractionsPage />, {
      me: pressOfficer,
      path: "/media/interactions?kind=press_report&from=2023-12-01&overdue=1",
    });
    const report = await screen.findByRole("link", { name: /Đường giao thông nội đồng/ });
    expect(report).toHaveAttribute("href", "/media/interactions/5");
    expect(within(report).getByText("Quá hạn trả lời")).toBeInTheDocument();
    expect(within(report).getByText("Đang xác minh")).toBeInTheDocument();
    expect(within(report).getByText("04/12/2023")).toBeInTheDocument();
    const interview = screen.getByRole("link", { name: /OCOP/ });
    expect(within(interview).getByText("Trả lời phỏng vấn")).toBeInTheDocument();
    expect(within(interview).queryByText("Quá hạn trả lời")).not.toBeInTheDocument();

    const asked = paramsOf(calls[0]?.request as Request);
    expect(asked.get("kind")).toBe("press_report");
    expect(asked.get("occurred_from")).toBe("2023-12-01");
    expect(asked.get("overdue")).toBe("true");
    expect(asked.get("sort")).toBe("-occurred_on");
    expect(screen.getByRole("link", { name: "Ghi hoạt động" })).toHaveAttribute(
      "href",
      "/media/interactions/new",
    );
  });

  it("downloads the list as filtered, with the bearer token", async () => {
    const { calls } = mockFetch((request) =>
      pathOf(request).endsWith("/export")
        ? new Response("x", {
            headers: { "Content-Disposition": 'attachment; filename="hoat-dong.xlsx"' },
          })
        : json(pageOf([makeInterview()])),
    );
    const click = vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(() => {});
    URL.createObjectURL = vi.fn(() => "blob:x");
    URL.revokeObjectURL = vi.fn();
    renderApp(<InteractionsPage />, { me: superior, path: "/media/interactions?kind=interview" });
    await screen.findByText(/OCOP/);
    expect(screen.queryByRole("link", { name: "Ghi hoạt động" })).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole("button", { name: "Tải Excel" }));
    await vi.waitFor(() => expect(click).toHaveBeenCalled());
    const exported = calls.find((call) => pathOf(call.request).endsWith("/export"));
    expect(pathOf(exported?.request as Request)).toBe("/api/v1/media/interactions/export");
    expect(paramsOf(exported?.request as Request).get("format")).toBe("xlsx");
    expect(paramsOf(exported?.request as Request).get("kind")).toBe("interview");
    expect((click.mock.contexts[0] as HTMLAnchorElement).download).toBe("hoat-dong.xlsx");
  });
});

describe("FollowUpQueuePage", () => {
  it("lists the open press reports by due date, overdue first", async () => {
    const received = makeInteraction({
      id: 7,
      topic: "Cống thoát nước Khu 5",
      follow_up: {
        ...makeFollowUp(),
        status: "received",
        due_on: "2099-01-10",
        overdue: false,
      },
    });
    const overdue = makeInteraction();
    const { calls } = mockFetch(() => json(pageOf([received, overdue])));
    renderApp(<FollowUpQueuePage />, { me: pressOfficer, path: "/media/follow-up" });
    const links = await screen.findAllByRole("link", { name: /Khu/ });
    expect(links.map((link) => link.getAttribute("href"))).toEqual([
      "/media/interactions/5",
      "/media/interactions/7",
    ]);
    expect(screen.getByText("2 phản ánh chưa trả lời · 1 quá hạn")).toBeInTheDocument();
    expect(calls).toHaveLength(1); // the API's `open` filter: one request for every open step
    const asked = paramsOf(calls[0]?.request as Request);
    expect(asked.get("open")).toBe("true");
    expect(asked.get("kind")).toBe("press_report");
    expect(asked.get("sort")).toBe("due_on");
  });

  it("says so when nothing waits for an answer", async () => {
    mockFetch(() => json(pageOf([])));
    renderApp(<FollowUpQueuePage />, { me: pressOfficer, path: "/media/follow-up" });
    expect(await screen.findByText("Không có phản ánh nào đang chờ trả lời.")).toBeInTheDocument();
  });
});

describe("dispositionName", () => {
  it("prefers the UTF-8 name, and falls back to the plain one", () => {
    expect(
      dispositionName(
        "attachment; filename=\"phong-vien.csv\"; filename*=UTF-8''ph%C3%B3ng-vi%C3%AAn.csv",
      ),
    ).toBe("phóng-viên.csv");
    expect(dispositionName('attachment; filename="a.xlsx"')).toBe("a.xlsx");
    expect(dispositionName(null)).toBeUndefined();
  });
});
