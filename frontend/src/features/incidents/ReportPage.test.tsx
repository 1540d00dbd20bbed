import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { areaLeader, makeEvidence, makeIncident, superior } from "../../test/incidents";
import { pathOf } from "../../test/media";
import { json, mockFetch, renderApp } from "../../test/render";
import { draftFiles } from "../tasks/draftFiles";
import { drafts, type IncidentDraft } from "../tasks/drafts";
import ReportPage from "./ReportPage";

const photo = () =>
  new File(["\xff\xd8\xff\xe0 jpeg bytes"], "ảnh chụp.jpg", { type: "image/jpeg" });

async function fillReport(title = "Tin đồn mất điện cả tuần ở Khu 1") {
  await userEvent.type(screen.getByLabelText("Tin sai lệch nói gì?"), title);
  await userEvent.selectOptions(screen.getByLabelText("Thấy ở đâu?"), "facebook");
  await userEvent.selectOptions(screen.getByLabelText("Về lĩnh vực gì?"), "local_socio_economic");
  await userEvent.type(
    screen.getByLabelText("Đường dẫn bài đăng (nếu có)"),
    "https://www.facebook.com/tin.demo/posts/1",
  );
  await userEvent.upload(screen.getByLabelText("Chọn ảnh có sẵn"), photo());
}

beforeEach(() => {
  drafts.reload();
  URL.createObjectURL = vi.fn(() => "blob:photo");
  URL.revokeObjectURL = vi.fn();
});

describe("the report form", () => {
  it("asks for what it needs before anything is sent, and starts at now", async () => {
    const { calls } = mockFetch(() => json({}, 500));
    renderApp(<ReportPage />, { me: areaLeader, path: "/incidents/new" });
    expect(screen.getByLabelText("Phát hiện lúc")).not.toHaveValue("");
    expect(screen.getByLabelText("Nội dung")).not.toBeVisible();
    await userEvent.type(screen.getByLabelText("Đường dẫn bài đăng (nếu có)"), "facebook.com/x");
    await userEvent.click(screen.getByRole("button", { name: "Gửi tin báo" }));
    expect(screen.getByText("Hãy ghi tin sai lệch nói gì.")).toBeInTheDocument();
    expect(screen.getByText("Hãy chọn nơi thấy tin.")).toBeInTheDocument();
    expect(screen.getByText("Hãy chọn lĩnh vực.")).toBeInTheDocument();
    expect(
      screen.getByText("Đường dẫn phải bắt đầu bằng http:// hoặc https://"),
    ).toBeInTheDocument();
    expect(calls).toHaveLength(0);
    expect(drafts.all()).toEqual([]);
  });

  it("sends the report once, then its photo to the incident it joined, and says it joined", async () => {
    const { calls } = mockFetch(async (request) => {
      const path = pathOf(request);
      if (path === "/api/v1/incidents") return json(makeIncident({ sightings: 2 }), 200);
      if (path === "/api/v1/incidents/2/evidence") return json(makeEvidence(), 201);
      return json({ detail: "?" }, 404);
    });
    renderApp(<ReportPage />, { me: areaLeader, path: "/incidents/new" });
    await fillReport();
    expect(screen.getByText("ảnh chụp.jpg")).toBeInTheDocument();
    await userEvent.click(screen.getByRole("button", { name: "Gửi tin báo" }));

    expect(
      await screen.findByText(
        /Đã có vụ việc TTSL-2023-0002 về đường dẫn này; tin của bạn đã được ghi thêm\./,
      ),
    ).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Xem vụ việc" })).toHaveAttribute(
      "href",
      "/incidents/2",
    );
    const [report, upload, ...rest] = calls;
    expect(rest).toHaveLength(0);
    expect(report?.request.method).toBe("POST");
    const body = JSON.parse(report?.body ?? "{}");
    expect(body).toMatchObject({
      title: "Tin đồn mất điện cả tuần ở Khu 1",
      platform: "facebook",
      category: "local_socio_economic",
      urls: ["https://www.facebook.com/tin.demo/posts/1"],
      scope: "commune",
      severity: "medium",
      classification: "internal",
      summary: "",
    });
    expect(body.detected_at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:00\+07:00$/);
    const reportKey = report?.request.headers.get("Idempotency-Key");
    const photoKey = upload?.request.headers.get("Idempotency-Key");
    expect(reportKey).toBeTruthy();
    expect(photoKey).toBeTruthy();
    expect(photoKey).not.toBe(reportKey);
    expect(upload?.request.headers.get("Content-Type")).toBe(
      `multipart/form-data; boundary=ttdn-${photoKey}`,
    );
    expect(upload?.body).toContain('name="file"; filename="anh_chup.jpg"');
    expect(upload?.body).toContain("jpeg bytes");
    // Sent: nothing waits on the device, and the form is ready for the next report.
    expect(drafts.all()).toEqual([]);
    expect(screen.getByLabelText("Tin sai lệch nói gì?")).toHaveValue("");
  });

  it("keeps the report and its photo on the device while offline, sending nothing", async () => {
    vi.spyOn(navigator, "onLine", "get").mockReturnValue(false);
    const { calls } = mockFetch(() => json({}, 500));
    renderApp(<ReportPage />, { me: areaLeader, path: "/incidents/new" });
    expect(
      screen.getByText(/Bạn đang ngoại tuyến. Tin báo và ảnh được lưu trên máy/),
    ).toBeInTheDocument();
    await fillReport();
    await userEvent.click(screen.getByRole("button", { name: "Lưu để gửi khi có mạng" }));
    expect(
      await screen.findByText("Đã lưu tin báo trên máy này; tin sẽ tự gửi khi có mạng."),
    ).toBeInTheDocument();
    expect(calls).toHaveLength(0);
    const [draft] = drafts.all() as IncidentDraft[];
    expect(draft).toMatchObject({
      kind: "incident",
      userId: areaLeader.id,
      title: "Tin đồn mất điện cả tuần ở Khu 1",
    });
    expect(JSON.parse(draft?.body ?? "{}").platform).toBe("facebook");
    expect(draft?.photo?.name).toBe("ảnh chụp.jpg");
    const kept = await draftFiles.get(draft?.photo?.key ?? "");
    expect(kept?.size).toBe(photo().size);
  });

  it("says why the API refused a report, keeps what was typed and nothing on the device", async () => {
    mockFetch(() =>
      json(
        {
          type: "about:blank",
          title: "Dữ liệu không hợp lệ",
          status: 422,
          detail: "Thời điểm phát hiện không thể sau bây giờ.",
        },
        422,
      ),
    );
    renderApp(<ReportPage />, { me: areaLeader, path: "/incidents/new" });
    await fillReport();
    await userEvent.click(screen.getByRole("button", { name: "Gửi tin báo" }));
    expect(await screen.findByRole("alert")).toHaveTextContent(
      "Thời điểm phát hiện không thể sau bây giờ.",
    );
    expect(screen.getByLabelText("Tin sai lệch nói gì?")).toHaveValue(
      "Tin đồn mất điện cả tuần ở Khu 1",
    );
    expect(drafts.all()).toEqual([]);
  });

  it("is not there for those who may not report", () => {
    mockFetch(() => json({}, 500));
    renderApp(<ReportPage />, { me: superior, path: "/incidents/new" });
    expect(screen.getByRole("heading", { level: 1 })).toHaveTextContent("Không tìm thấy trang");
  });
});
