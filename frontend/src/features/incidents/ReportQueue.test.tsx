import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { areaLeader, makeIncident } from "../../test/incidents";
import { pathOf } from "../../test/media";
import { json, mockFetch, renderApp } from "../../test/render";
import { drafts } from "../tasks/drafts";
import ReportPage from "./ReportPage";
import { keepReport } from "./sending";

const report = {
  title: "Tin đồn mất điện cả tuần ở Khu 1",
  detected_at: "2023-07-08T19:45:00+07:00",
  platform: "facebook" as const,
  category: "local_socio_economic" as const,
  urls: ["https://www.facebook.com/tin.demo/posts/1"],
  summary: "",
  scope: "commune" as const,
  severity: "medium" as const,
  classification: "internal" as const,
};

/** A report the server refused while it was sent in the background. */
async function refusedReport(reason = "Máy chủ đang bảo trì, hãy gửi lại sau.") {
  const draft = await keepReport(areaLeader.id, report, null);
  drafts.add({ ...draft, error: reason });
  return draft;
}

const resendButton = /^Gửi lại\s*Tin đồn mất điện cả tuần ở Khu 1$/;
const discardButton = /^Bỏ tin báo này\s*Tin đồn mất điện cả tuần ở Khu 1$/;

const reportPosts = (calls: { request: Request; body: string }[]) =>
  calls.filter((call) => pathOf(call.request) === "/api/v1/incidents");

beforeEach(() => drafts.reload());

describe("the reports not sent yet, below the report form", () => {
  it("sends a refused report again with the key it was made with, and says where it went", async () => {
    const draft = await refusedReport();
    const { calls } = mockFetch(() => json(makeIncident({ id: 21, code: "TTSL-2023-0021" }), 201));
    renderApp(<ReportPage />, { me: areaLeader, path: "/incidents/new" });
    const queue = screen.getByRole("region", { name: "Tin báo chưa gửi được" });
    expect(within(queue).getByText("Không gửi được")).toBeInTheDocument();
    expect(within(queue).getByText("Máy chủ đang bảo trì, hãy gửi lại sau.")).toBeInTheDocument();
    expect(within(queue).getByRole("button", { name: discardButton })).toBeInTheDocument();

    await userEvent.click(within(queue).getByRole("button", { name: resendButton }));

    expect(
      await within(queue).findByText(/Đã gửi tin báo: vụ việc TTSL-2023-0021\./),
    ).toBeInTheDocument();
    expect(within(queue).getByRole("link", { name: "Xem vụ việc" })).toHaveAttribute(
      "href",
      "/incidents/21",
    );
    const [post, ...more] = reportPosts(calls);
    expect(more).toHaveLength(0);
    expect(post?.request.headers.get("Idempotency-Key")).toBe(draft.key);
    expect(post?.body).toBe(draft.body);
    expect(drafts.all()).toEqual([]);
    expect(within(queue).queryByText(report.title)).not.toBeInTheDocument();
  });

  it("keeps a report it still cannot send, saying it waits for the network", async () => {
    await refusedReport();
    vi.stubGlobal(
      "fetch",
      vi.fn(async () => {
        throw new TypeError("Failed to fetch");
      }),
    );
    renderApp(<ReportPage />, { me: areaLeader, path: "/incidents/new" });
    const queue = screen.getByRole("region", { name: "Tin báo chưa gửi được" });
    await userEvent.click(within(queue).getByRole("button", { name: resendButton }));
    expect(
      await within(queue).findByText(
        "Chưa kết nối được máy chủ; tin báo vẫn được giữ và sẽ tự gửi khi có mạng.",
      ),
    ).toBeInTheDocument();
    expect(within(queue).getByText("Đang chờ gửi")).toBeInTheDocument();
    expect(drafts.all()).toHaveLength(1);
  });

  it("discards a refused report on request, and is absent when nothing waits", async () => {
    await refusedReport();
    const { calls } = mockFetch(() => json({}, 500));
    renderApp(<ReportPage />, { me: areaLeader, path: "/incidents/new" });
    const queue = screen.getByRole("region", { name: "Tin báo chưa gửi được" });
    await userEvent.click(within(queue).getByRole("button", { name: discardButton }));
    expect(drafts.all()).toEqual([]);
    expect(screen.queryByRole("region", { name: "Tin báo chưa gửi được" })).not.toBeInTheDocument();
    expect(reportPosts(calls)).toHaveLength(0);
  });
});
