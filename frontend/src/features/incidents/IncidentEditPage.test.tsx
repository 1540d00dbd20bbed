import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { makeIncident, member, police } from "../../test/incidents";
import { pathOf } from "../../test/media";
import { json, makeMe, mockFetch, renderApp } from "../../test/render";
import IncidentPage from "./IncidentPage";

type Incident = ReturnType<typeof makeIncident>;

const TIKTOK = "https://www.tiktok.com/@tin.lang.que/video/7251234567890";

/** The API of incident 2: reads answer `current()`, a PATCH answers `onPatch`. */
function serve(
  current: () => Incident,
  onPatch: (request: Request, body: string) => Response = () => json({}, 500),
) {
  return mockFetch(async (request) => {
    const path = pathOf(request);
    if (request.method === "PATCH") return onPatch(request, await request.clone().text());
    if (path === "/api/v1/incidents/2") return json(current());
    if (path.startsWith("/api/v1/incidents/2/")) return json([]);
    return json({ detail: "?" }, 404);
  });
}

const patches = (calls: { request: Request; body: string }[]) =>
  calls.filter((call) => call.request.method === "PATCH");

async function openEditor(me = police) {
  const rendered = renderApp(<IncidentPage id={2} />, { me, path: "/incidents/2?edit" });
  await screen.findByRole("form", { name: "Sửa thông tin vụ việc TTSL-2023-0002" });
  return rendered;
}

describe("correcting an incident's details", () => {
  it("is offered on the incident's page to those the API lets edit it, and to no one else", async () => {
    serve(() => makeIncident());
    const { unmount } = renderApp(<IncidentPage id={2} />, { me: police, path: "/incidents/2" });
    expect(await screen.findByRole("link", { name: "Sửa thông tin" })).toHaveAttribute(
      "href",
      "/incidents/2?edit",
    );
    unmount();

    serve(() => makeIncident({ may_edit: false }));
    renderApp(<IncidentPage id={2} />, { me: member, path: "/incidents/2?edit" });
    expect(
      await screen.findByText("Bạn không có quyền sửa thông tin vụ việc này."),
    ).toBeInTheDocument();
    expect(screen.queryByRole("form")).not.toBeInTheDocument();
  });

  it("starts from the incident as recorded, sends only what changed on the version read, then shows the incident", async () => {
    let incident = makeIncident();
    const { calls } = serve(
      () => incident,
      (_request, body) => {
        incident = { ...incident, ...JSON.parse(body), version: 7 };
        return json(incident);
      },
    );
    const { location } = await openEditor();
    expect(screen.getByLabelText("Tin sai lệch nói gì?")).toHaveValue(incident.title);
    expect(screen.getByLabelText("Thấy ở đâu?")).toHaveValue("tiktok");
    expect(screen.getByLabelText("Đường dẫn bài đăng (nếu có)")).toHaveValue(TIKTOK);
    expect(screen.getByLabelText("Lượt xem")).toHaveValue(18000);
    expect(screen.getByText(/Thời điểm phát hiện \(08\/07\/2023 19:45\)/)).toBeInTheDocument();

    await userEvent.selectOptions(screen.getByLabelText("Mức độ"), "high");
    await userEvent.clear(screen.getByLabelText("Lượt xem"));
    await userEvent.type(
      screen.getByLabelText("Đường dẫn khác"),
      "https://www.facebook.com/tin.lang.que/posts/2",
    );
    await userEvent.click(screen.getByRole("button", { name: "Lưu thay đổi" }));

    await vi.waitFor(() => expect(patches(calls)).toHaveLength(1));
    const [patch] = patches(calls);
    expect(pathOf(patch?.request as Request)).toBe("/api/v1/incidents/2");
    expect(patch?.request.headers.get("If-Match")).toBe('"6"');
    expect(JSON.parse(patch?.body ?? "{}")).toEqual({
      severity: "high",
      views: null,
      urls: [TIKTOK, "https://www.facebook.com/tin.lang.que/posts/2"],
    });
    // Back on the incident's page, which shows what was saved.
    expect(await screen.findByRole("heading", { level: 1, name: incident.title })).toBeVisible();
    expect(location.history?.at(-1)).toBe("/incidents/2");
    expect(screen.getByText("Mức độ: Cao")).toBeInTheDocument();
  });

  it("says nothing changed instead of sending an empty change", async () => {
    const { calls } = serve(() => makeIncident());
    await openEditor();
    await userEvent.click(screen.getByRole("button", { name: "Lưu thay đổi" }));
    expect(screen.getByText("Bạn chưa thay đổi gì.")).toBeInTheDocument();
    expect(patches(calls)).toHaveLength(0);
  });

  it("checks what was typed before sending anything", async () => {
    const { calls } = serve(() => makeIncident());
    await openEditor();
    await userEvent.clear(screen.getByLabelText("Tin sai lệch nói gì?"));
    await userEvent.clear(screen.getByLabelText("Đường dẫn bài đăng (nếu có)"));
    await userEvent.type(screen.getByLabelText("Đường dẫn bài đăng (nếu có)"), "tiktok.com/x");
    await userEvent.click(screen.getByRole("button", { name: "Lưu thay đổi" }));
    expect(screen.getByLabelText("Tin sai lệch nói gì?")).toHaveAccessibleDescription(
      /Hãy ghi tin sai lệch nói gì\./,
    );
    expect(screen.getByLabelText("Đường dẫn bài đăng (nếu có)")).toHaveAccessibleDescription(
      /Đường dẫn phải bắt đầu bằng http:\/\/ hoặc https:\/\//,
    );
    expect(patches(calls)).toHaveLength(0);
  });

  it("after someone else's change (412) reads the incident again, keeps the fields the person changed, and saves on the new version", async () => {
    let incident = makeIncident();
    const { calls } = serve(
      () => incident,
      (request, body) =>
        request.headers.get("If-Match") === `"${incident.version}"`
          ? json({ ...incident, ...JSON.parse(body), version: incident.version + 1 })
          : json(
              {
                type: "about:blank",
                title: "Dữ liệu đã thay đổi",
                status: 412,
                detail: "Vụ việc đã được người khác sửa.",
              },
              412,
            ),
    );
    await openEditor();
    await userEvent.clear(screen.getByLabelText("Tin sai lệch nói gì?"));
    await userEvent.type(screen.getByLabelText("Tin sai lệch nói gì?"), "Video bịa đặt về ổ dịch");
    // Meanwhile Công an xã adds a summary and raises the severity.
    incident = makeIncident({
      summary: "Đã làm việc với Trạm Y tế.",
      severity: "high",
      version: 8,
    });
    await userEvent.click(screen.getByRole("button", { name: "Lưu thay đổi" }));

    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent(
      "Trong lúc bạn sửa, người khác đã thay đổi vụ việc này. Thay đổi của bạn chưa được lưu.",
    );
    await userEvent.click(
      within(alert).getByRole("button", { name: "Tải bản mới nhất, giữ các ô tôi đã sửa" }),
    );
    expect(await screen.findByText(/Đã tải bản mới nhất của vụ việc/)).toBeInTheDocument();
    expect(screen.getByLabelText("Tin sai lệch nói gì?")).toHaveValue("Video bịa đặt về ổ dịch");
    expect(screen.getByLabelText("Nội dung")).toHaveValue("Đã làm việc với Trạm Y tế.");
    expect(screen.getByLabelText("Mức độ")).toHaveValue("high");

    await userEvent.click(screen.getByRole("button", { name: "Lưu thay đổi" }));
    await vi.waitFor(() => expect(patches(calls)).toHaveLength(2));
    const second = patches(calls)[1];
    expect(second?.request.headers.get("If-Match")).toBe('"8"');
    expect(JSON.parse(second?.body ?? "{}")).toEqual({ title: "Video bịa đặt về ổ dịch" });
  });

  it("shows the API's refusal (422) beside the field it is about", async () => {
    serve(
      () => makeIncident(),
      () =>
        json(
          {
            type: "about:blank",
            title: "Dữ liệu không hợp lệ",
            status: 422,
            detail: "Dữ liệu gửi lên không hợp lệ.",
            errors: [
              { loc: ["body", "urls", 1], msg: "Không phải địa chỉ trang web.", type: "invalid" },
              { loc: ["body", "shares"], msg: "Phải từ 0 trở lên.", type: "greater_than_equal" },
            ],
          },
          422,
        ),
    );
    await openEditor();
    await userEvent.type(screen.getByLabelText("Đường dẫn khác"), "https://x");
    await userEvent.click(screen.getByRole("button", { name: "Lưu thay đổi" }));
    expect(await screen.findByRole("alert")).toHaveTextContent(
      "Chưa lưu được: hãy sửa các ô được đánh dấu bên dưới.",
    );
    expect(screen.getByLabelText("Đường dẫn khác")).toHaveAccessibleDescription(
      /Không phải địa chỉ trang web\./,
    );
    expect(screen.getByLabelText("Chia sẻ")).toHaveAccessibleDescription("Phải từ 0 trở lên.");
    expect(screen.getByLabelText("Đường dẫn bài đăng (nếu có)")).not.toHaveAccessibleDescription(
      /Không phải/,
    );
  });

  it("offers the confidential classification only to those who read confidential incidents", async () => {
    serve(() => makeIncident());
    const coordinator = makeMe({
      id: 3,
      username: "vhxh",
      roles: ["coordinator"],
      capabilities: ["incidents:handle", "incidents:read", "incidents:read_internal"],
    });
    const { unmount } = await openEditor(coordinator);
    const options = () =>
      within(screen.getByLabelText("Mức độ mật"))
        .getAllByRole("option")
        .map((option) => option.textContent);
    expect(options()).toEqual(["Công khai trong xã", "Nội bộ"]);
    unmount();
    await openEditor(police);
    expect(options()).toEqual(["Công khai trong xã", "Nội bộ", "Mật"]);
  });
});
