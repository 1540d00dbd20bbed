import { screen } from "@testing-library/react";
import { makeIncident } from "../../test/incidents";
import { pathOf } from "../../test/media";
import { json, mockFetch, renderApp } from "../../test/render";
import { DraftList } from "./DraftList";
import { drafts, type IncidentDraft } from "./drafts";
import { DraftSync } from "./progress";

const report = (overrides: Partial<IncidentDraft> = {}): IncidentDraft => ({
  kind: "incident",
  key: "report-1",
  userId: 10,
  title: "Tin đồn mất điện cả tuần",
  body: JSON.stringify({
    title: "Tin đồn mất điện cả tuần",
    detected_at: "2023-07-08T19:45:00+07:00",
    platform: "facebook",
    category: "local_socio_economic",
    urls: ["https://www.facebook.com/tin.demo/posts/1"],
    summary: "Bài viết nói cả khu mất điện.",
  }),
  createdAt: "2023-07-08T12:50:00Z",
  ...overrides,
});

beforeEach(() => drafts.reload());

describe("drafts of reports of false information", () => {
  it("are sent by the same sync as progress reports, which says what became of them", async () => {
    const { calls } = mockFetch((request) =>
      pathOf(request) === "/api/v1/incidents" ? json(makeIncident(), 200) : json({}, 404),
    );
    drafts.add(report());
    renderApp(<DraftSync userId={10} />);
    expect(await screen.findByText("Đã gửi 1 báo cáo lập khi ngoại tuyến.")).toBeInTheDocument();
    expect(
      screen.getByRole("link", {
        name: "Đã có vụ việc TTSL-2023-0002 về đường dẫn này; tin của bạn đã được ghi thêm.",
      }),
    ).toHaveAttribute("href", "/incidents/2");
    expect(calls).toHaveLength(1);
    expect(calls[0]?.request.headers.get("Idempotency-Key")).toBe("report-1");
    expect(drafts.all()).toEqual([]);
  });

  it("are listed with what they report, their photo, and where a sent report landed", () => {
    mockFetch(() => json({}));
    renderApp(
      <DraftList
        items={[
          report({
            photo: { key: "p", name: "anh.jpg", type: "image/jpeg", size: 4 },
            sent: { incidentId: 21, code: "TTSL-2023-0021", joined: false },
          }),
        ]}
      />,
    );
    expect(screen.getByText("Tin báo: Tin đồn mất điện cả tuần")).toBeInTheDocument();
    expect(screen.getByText(/kèm ảnh/)).toBeInTheDocument();
    expect(screen.getByText("Bài viết nói cả khu mất điện.")).toBeInTheDocument();
    expect(
      screen.getByRole("link", { name: "Đã gửi tin báo (TTSL-2023-0021); ảnh đang chờ gửi" }),
    ).toHaveAttribute("href", "/incidents/21");
  });

  it("point a refused one to the report page, where it is sent again", () => {
    mockFetch(() => json({}));
    renderApp(<DraftList items={[report({ error: "Đường dẫn không hợp lệ." })]} />);
    expect(screen.getByText("Đường dẫn không hợp lệ.")).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Gửi lại từ trang báo tin" })).toHaveAttribute(
      "href",
      "/incidents/new",
    );
    expect(screen.getByRole("button", { name: "Bỏ báo cáo này" })).toBeInTheDocument();
  });
});
