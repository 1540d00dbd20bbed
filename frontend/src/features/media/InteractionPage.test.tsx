import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { setAccessToken } from "../../api/session";
import { makeFollowUp, makeInteraction, pathOf, pressOfficer, superior } from "../../test/media";
import { json, mockFetch, renderApp } from "../../test/render";
import InteractionPage from "./InteractionPage";

type Interaction = ReturnType<typeof makeInteraction>;

function serve(
  interaction: Interaction,
  onWrite: (request: Request, body: string) => Response = () => json({}, 500),
) {
  return mockFetch(async (request) => {
    if (request.method !== "GET") return onWrite(request, await request.clone().text());
    const path = pathOf(request);
    if (path === `/api/v1/media/interactions/${interaction.id}`) return json(interaction);
    if (path.startsWith(`/api/v1/media/interactions/${interaction.id}/documents/`))
      return new Response("%PDF-1.7", {
        headers: {
          "Content-Type": "application/pdf",
          "Content-Disposition": "attachment; filename*=UTF-8''gi%E1%BA%A5y%20m%E1%BB%9Di.pdf",
        },
      });
    return json({ detail: "?" }, 404);
  });
}

const followUpOf = () => screen.getByRole("region", { name: "Xử lý phản ánh" });

describe("InteractionPage", () => {
  it("shows the follow-up's steps and offers the next one only", async () => {
    const report = makeInteraction();
    const { calls } = serve(report, (_request, body) =>
      json({
        ...report,
        version: 4,
        follow_up: {
          ...report.follow_up,
          status: JSON.parse(body).status,
          steps: [
            ...(report.follow_up?.steps ?? []),
            {
              status: "handled",
              note: "Đã vá mặt đường.",
              author_name: "Trần Thị Lan",
              created_at: "2023-12-20T02:00:00Z",
            },
          ],
        },
      }),
    );
    renderApp(<InteractionPage id={5} />, { me: pressOfficer, path: "/media/interactions/5" });
    expect(await screen.findByRole("heading", { level: 1 })).toHaveTextContent(report.topic);
    const followUp = followUpOf();
    expect(within(followUp).getByText("Quá hạn trả lời")).toBeInTheDocument();
    expect(within(followUp).getByText("Hạn trả lời 19/12/2023")).toBeInTheDocument();
    expect(
      within(followUp).getByText("Giao Địa chính - NN & XD kiểm tra hiện trạng."),
    ).toBeInTheDocument();
    expect(
      within(followUp).queryByLabelText("Nội dung đã trả lời báo chí"),
    ).not.toBeInTheDocument();

    await userEvent.type(
      within(followUp).getByLabelText("Ghi chú (không bắt buộc)"),
      "Đã vá mặt đường.",
    );
    await userEvent.click(within(followUp).getByRole("button", { name: "Chuyển sang “Đã xử lý”" }));
    const step = calls.find((call) => call.request.method === "POST");
    expect(pathOf(step?.request as Request)).toBe("/api/v1/media/interactions/5/follow-up");
    expect(step?.request.headers.get("If-Match")).toBe('"3"');
    expect(JSON.parse(step?.body ?? "{}")).toEqual({ status: "handled", note: "Đã vá mặt đường." });
    // The answer's own form comes next, with the version the step answered.
    expect(
      await within(followUpOf()).findByLabelText("Nội dung đã trả lời báo chí"),
    ).toBeInTheDocument();
  });

  it("asks for the answer before answering, and sends it with its date", async () => {
    const report = makeInteraction({
      follow_up: { ...makeFollowUp(), status: "handled" },
    });
    const { calls } = serve(report, () => json(report));
    renderApp(<InteractionPage id={5} />, { me: pressOfficer, path: "/media/interactions/5" });
    const answerButton = await screen.findByRole("button", {
      name: "Chuyển sang “Đã trả lời báo chí”",
    });
    await userEvent.click(answerButton);
    expect(screen.getByText("Hãy ghi nội dung đã trả lời báo chí.")).toBeInTheDocument();
    expect(calls.some((call) => call.request.method === "POST")).toBe(false);

    await userEvent.type(
      screen.getByLabelText("Nội dung đã trả lời báo chí"),
      "UBND xã đã chỉ đạo sửa chữa.",
    );
    await userEvent.click(answerButton);
    await vi.waitFor(() => expect(calls.some((call) => call.request.method === "POST")).toBe(true));
    const body = JSON.parse(calls.find((call) => call.request.method === "POST")?.body ?? "{}");
    expect(body).toMatchObject({ status: "answered", answer: "UBND xã đã chỉ đạo sửa chữa." });
    expect(body.answered_on).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it("shows the answer once answered, and no further step", async () => {
    const report = makeInteraction({
      follow_up: {
        status: "answered",
        due_on: "2023-12-19",
        overdue: false,
        answer: "Đã sửa xong tuyến đường.",
        answered_on: "2023-12-18",
        steps: [
          {
            status: "received",
            note: "",
            author_name: "Trần Thị Lan",
            created_at: "2023-12-04T08:00:00Z",
          },
          {
            status: "answered",
            note: "",
            author_name: "Trần Thị Lan",
            created_at: "2023-12-18T08:00:00Z",
          },
        ],
      },
    });
    serve(report);
    renderApp(<InteractionPage id={5} />, { me: pressOfficer, path: "/media/interactions/5" });
    expect(await screen.findByText("Đã sửa xong tuyến đường.")).toBeInTheDocument();
    expect(screen.getByText("Trả lời ngày 18/12/2023")).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: /Chuyển sang/ })).not.toBeInTheDocument();
  });

  it("uploads a document as multipart and downloads one with the bearer token", async () => {
    setAccessToken("token-1");
    const report = makeInteraction({
      documents: [
        {
          id: 9,
          filename: "giấy mời.pdf",
          content_type: "application/pdf",
          size_bytes: 48_213,
          sha256: "ab".repeat(32),
          uploaded_by_name: "Trần Thị Lan",
          created_at: "2023-12-05T03:00:00Z",
        },
      ],
    });
    const { calls } = serve(report, () =>
      json({ ...report.documents[0], id: 10, filename: "tra-loi.docx" }, 201),
    );
    const click = vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(() => {});
    URL.createObjectURL = vi.fn(() => "blob:saved");
    URL.revokeObjectURL = vi.fn();
    renderApp(<InteractionPage id={5} />, { me: pressOfficer, path: "/media/interactions/5" });

    await userEvent.click(await screen.findByRole("button", { name: /Tải về\s*giấy mời.pdf/ }));
    await vi.waitFor(() => expect(click).toHaveBeenCalled());
    const get = calls.find((call) => pathOf(call.request).endsWith("/documents/9"));
    expect(get?.request.headers.get("Authorization")).toBe("Bearer token-1");
    expect((click.mock.contexts[0] as HTMLAnchorElement).download).toBe("giấy mời.pdf");
    expect(screen.getByText(/47 KB/)).toBeInTheDocument();

    const file = new File(["PK"], "tra-loi.docx", {
      type: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    });
    await userEvent.upload(screen.getByLabelText("Đính kèm tệp"), file);
    expect(await screen.findByText("Đã đính kèm tra-loi.docx.")).toBeInTheDocument();
    const post = calls.find((call) => call.request.method === "POST");
    expect(pathOf(post?.request as Request)).toBe("/api/v1/media/interactions/5/documents");
    expect(post?.request.headers.get("Content-Type")).toMatch(/^multipart\/form-data; boundary=/);
    // (jsdom's File reaches Node's multipart encoder without its name or bytes.)
    expect(post?.body).toMatch(
      /name="file"; filename=.*\r\nContent-Type: application\/vnd\.openxml/,
    );
    setAccessToken(null);
  });

  it("lets the superior level read, with no reporter named and nothing to change", async () => {
    serve(makeInteraction({ contacts: [] }));
    renderApp(<InteractionPage id={5} />, { me: superior, path: "/media/interactions/5" });
    await screen.findByRole("heading", { level: 1 });
    expect(screen.queryByText("Phóng viên", { selector: "dt" })).not.toBeInTheDocument();
    expect(
      screen.queryByRole("button", { name: /Chuyển sang|Xóa|Đính kèm/ }),
    ).not.toBeInTheDocument();
    expect(screen.queryByRole("link", { name: "Sửa" })).not.toBeInTheDocument();
  });
});
