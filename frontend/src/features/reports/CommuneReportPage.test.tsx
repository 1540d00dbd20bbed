import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { pathOf } from "../../test/media";
import { json, mockFetch, renderApp } from "../../test/render";
import { coordinator, leader, makeCommuneReport, superior } from "../../test/reports";
import CommuneReportPage from "./CommuneReportPage";

type Report = ReturnType<typeof makeCommuneReport>;

/** The API of one commune report: each step answers the report moved to `to`, one version on. */
function serve(start: Report, steps: Record<string, Partial<Report>> = {}) {
  let report = start;
  const mock = mockFetch(async (request) => {
    const path = pathOf(request);
    if (path === "/api/v1/documents/formats") return json({ docx: true, pdf: false });
    if (path === "/api/v1/commune-reports/3" && request.method === "GET") return json(report);
    const step = path.split("/").at(-1) ?? "";
    const change =
      request.method === "PATCH" ? JSON.parse(await request.clone().text()) : steps[step];
    if (!change) return json({ detail: "?" }, 404);
    report = { ...report, ...change, version: report.version + 1 };
    return json(report);
  });
  return mock;
}

describe("CommuneReportPage", () => {
  it("shows the compiled parts, figures and task table, and lets the coordinator save the text", async () => {
    const { calls } = serve(makeCommuneReport());
    renderApp(<CommuneReportPage id={3} />, { me: coordinator, path: "/reports/commune/3" });
    const proposals = await screen.findByLabelText("Đề xuất, kiến nghị");
    expect(screen.getByRole("heading", { level: 1 })).toHaveTextContent(/Báo cáo 6 tháng/);
    expect(screen.getByText("hạn gửi 01/06/2023")).toBeInTheDocument();
    expect(calls.some((call) => pathOf(call.request).startsWith("/api/v1/reporting-periods"))).toBe(
      false,
    );
    expect(screen.getByText("Đang soạn", { selector: ".page-subtitle *" })).toBeInTheDocument();
    expect(screen.getByLabelText("Khó khăn, vướng mắc")).toHaveValue(
      "Khu dân cư số 1: Loa hỏng một cụm.",
    );
    const parts = screen.getByRole("region", { name: "Phần báo cáo của các đơn vị" });
    expect(within(parts).getByText("Nộp muộn")).toHaveClass("late");
    expect(within(parts).getByText("Chưa nộp")).toBeInTheDocument();
    const figures = screen.getByRole("region", { name: "Số liệu" });
    expect(within(figures).getByRole("row", { name: /Kinh phí đã chi/ })).toHaveTextContent(
      "1.500.000",
    );
    const tasks = screen.getByRole("region", { name: /Bảng nhiệm vụ/ });
    expect(
      within(tasks)
        .getAllByRole("columnheader")
        .map((cell) => cell.textContent),
    ).toEqual(["Đơn vị", "◔ Đang thực hiện", "✓ Hoàn thành đúng hạn", "Tổng"]);
    const history = screen.getByRole("region", { name: "Lịch sử" });
    expect(within(history).getByRole("listitem")).toHaveTextContent(
      "Tổng hợp báo cáo · Nguyễn Thị Lan · 28/05/2023 09:00",
    );
    // The coordinator does not approve.
    expect(screen.queryByRole("button", { name: "Duyệt báo cáo" })).not.toBeInTheDocument();

    const user = userEvent.setup();
    await user.type(proposals, "Đề nghị huyện hỗ trợ sửa loa.");
    await user.click(screen.getByRole("button", { name: "Lưu" }));
    expect(await screen.findByText("Đã lưu báo cáo.")).toBeInTheDocument();
    const patch = calls.find((call) => call.request.method === "PATCH");
    expect(patch?.request.headers.get("If-Match")).toBe('"1"');
    expect(JSON.parse(patch?.body ?? "{}")).toMatchObject({
      proposals: "Đề nghị huyện hỗ trợ sửa loa.",
      difficulties: "Khu dân cư số 1: Loa hỏng một cụm.",
    });
  });

  it("shows the API's 422 at the field and a stale version as such", async () => {
    let answer = 422;
    mockFetch(async (request) => {
      if (request.method === "GET") return json(makeCommuneReport());
      return answer === 422
        ? json(
            {
              status: 422,
              title: "Dữ liệu không hợp lệ",
              detail: "Dữ liệu không hợp lệ",
              errors: [{ loc: ["body", "results"], msg: "Nội dung quá dài", type: "x" }],
            },
            422,
          )
        : json({ status: 412, title: "Đã thay đổi", detail: "Phiên bản đã cũ" }, 412);
    });
    renderApp(<CommuneReportPage id={3} />, { me: coordinator, path: "/reports/commune/3" });
    const user = userEvent.setup();
    await user.click(await screen.findByRole("button", { name: "Lưu" }));
    expect(await screen.findByLabelText("Kết quả thực hiện")).toHaveAccessibleDescription(
      /Nội dung quá dài/,
    );
    answer = 412;
    await user.click(screen.getByRole("button", { name: "Lưu" }));
    expect(await screen.findByText(/vừa được người khác thay đổi/)).toBeInTheDocument();
  });

  it("lets the leader approve, then send, each on the version read", async () => {
    const { calls } = serve(makeCommuneReport(), {
      approve: { status: "approved" },
      send: { status: "sent", number: "12/BC-UBND", sent_at: "2023-05-30T03:15:00Z" },
    });
    renderApp(<CommuneReportPage id={3} />, { me: leader, path: "/reports/commune/3" });
    expect(await screen.findByText("Đề xuất, kiến nghị", { selector: "h3" })).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Lưu" })).not.toBeInTheDocument();
    const user = userEvent.setup();
    await user.click(screen.getByRole("button", { name: "Duyệt báo cáo" }));
    await user.click(await screen.findByRole("button", { name: "Gửi cấp trên" }));
    expect(await screen.findByText("gửi lúc 30/05/2023 10:15")).toBeInTheDocument();
    expect(screen.getByText("Số: 12/BC-UBND")).toBeInTheDocument();
    expect(screen.getByText("Ủy ban nhân dân xã Cao Xá")).toHaveClass("commune-name");
    const steps = calls.filter((call) => call.request.method === "POST");
    expect(steps.map((call) => pathOf(call.request).split("/").at(-1))).toEqual([
      "approve",
      "send",
    ]);
    expect(steps.map((call) => call.request.headers.get("If-Match"))).toEqual(['"1"', '"2"']);
  });

  it("makes the superior write a comment to return a report, and shows the API's 422 there", async () => {
    const sent = makeCommuneReport({ status: "sent", sent_at: "2023-05-30T03:15:00Z" });
    let refuse = true;
    const { calls } = mockFetch(async (request) => {
      if (request.method === "GET") return json(sent);
      if (refuse)
        return json(
          {
            status: 422,
            title: "Dữ liệu không hợp lệ",
            detail: "Dữ liệu không hợp lệ",
            errors: [{ loc: ["body", "comment"], msg: "Ý kiến không được để trống", type: "x" }],
          },
          422,
        );
      const { comment } = JSON.parse(await request.clone().text()) as { comment: string };
      return json({
        ...sent,
        status: "returned",
        version: 2,
        history: [
          ...sent.history,
          {
            from_status: "sent",
            to_status: "returned",
            comment,
            actor_user_id: 11,
            actor_name: "Trần Minh Đức",
            created_at: "2023-06-02T01:00:00Z",
          },
        ],
      });
    });
    renderApp(<CommuneReportPage id={3} />, { me: superior, path: "/reports/commune/3" });
    const user = userEvent.setup();
    expect(await screen.findByRole("button", { name: "Tiếp nhận" })).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Trả lại kèm ý kiến" }));
    await user.click(screen.getByRole("button", { name: "Trả lại" }));
    expect(screen.getByLabelText("Ý kiến (điều cần sửa)")).toHaveAccessibleDescription(
      "Nhập ý kiến khi trả lại báo cáo",
    );
    expect(calls.filter((call) => call.request.method === "POST")).toHaveLength(0);

    await user.type(screen.getByLabelText("Ý kiến (điều cần sửa)"), "   .");
    await user.click(screen.getByRole("button", { name: "Trả lại" }));
    expect(await screen.findByLabelText("Ý kiến (điều cần sửa)")).toHaveAccessibleDescription(
      "Ý kiến không được để trống",
    );

    refuse = false;
    await user.clear(screen.getByLabelText("Ý kiến (điều cần sửa)"));
    await user.type(screen.getByLabelText("Ý kiến (điều cần sửa)"), "Bổ sung số liệu quý II.");
    await user.click(screen.getByRole("button", { name: "Trả lại" }));
    expect(
      await screen.findByRole("heading", { name: "Cấp trên trả lại — ý kiến của Trần Minh Đức" }),
    ).toBeInTheDocument();
    expect(screen.getAllByText("Bổ sung số liệu quý II.")[0]).toHaveClass("returned-comment");
    expect(screen.queryByRole("button", { name: "Tiếp nhận" })).not.toBeInTheDocument();
    const returned = calls.at(-1);
    expect(returned?.request.headers.get("If-Match")).toBe('"1"');
  });

  it("shows the coordinator the superior's comment first and the text to correct", async () => {
    serve(
      makeCommuneReport({
        status: "returned",
        history: [
          {
            from_status: "sent",
            to_status: "returned",
            comment: "Bổ sung số liệu quý II.",
            actor_user_id: 11,
            actor_name: "Trần Minh Đức",
            created_at: "2023-06-02T01:00:00Z",
          },
        ],
      }),
    );
    renderApp(<CommuneReportPage id={3} />, { me: coordinator, path: "/reports/commune/3" });
    const note = await screen.findByRole("note");
    expect(note).toHaveTextContent("Bổ sung số liệu quý II.");
    expect(note).toHaveTextContent("02/06/2023 08:00");
    expect(screen.getByLabelText("Đề xuất, kiến nghị")).toBeInTheDocument();
  });

  it("downloads the document and the figures, the PDF only where the server makes one", async () => {
    const click = vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(() => {});
    URL.createObjectURL = vi.fn(() => "blob:x");
    URL.revokeObjectURL = vi.fn();
    const { calls } = mockFetch((request) => {
      const path = pathOf(request);
      if (path === "/api/v1/documents/formats") return json({ docx: true, pdf: false });
      if (path.endsWith("/document.docx"))
        return new Response("PK", {
          headers: { "Content-Disposition": 'attachment; filename="bao-cao-12-BC-UBND.docx"' },
        });
      if (path.endsWith("/figures.xlsx")) return new Response("PK");
      return json(makeCommuneReport());
    });
    renderApp(<CommuneReportPage id={3} />, { me: leader, path: "/reports/commune/3" });
    const files = await screen.findByRole("region", { name: "Tải về" });
    expect(
      await within(files).findByText("Máy chủ chưa tạo được bản PDF; hãy tải bản DOCX."),
    ).toBeInTheDocument();
    expect(within(files).queryByRole("button", { name: "Tải PDF" })).not.toBeInTheDocument();
    const user = userEvent.setup();
    await user.click(within(files).getByRole("button", { name: "Tải DOCX" }));
    await vi.waitFor(() => expect(click).toHaveBeenCalledTimes(1));
    expect((click.mock.contexts[0] as HTMLAnchorElement).download).toBe("bao-cao-12-BC-UBND.docx");
    await user.click(within(files).getByRole("button", { name: "Số liệu (XLSX)" }));
    await vi.waitFor(() => expect(click).toHaveBeenCalledTimes(2));
    expect((click.mock.contexts[1] as HTMLAnchorElement).download).toBe(
      "so-lieu-bao-cao-xa-3.xlsx",
    );
    expect(calls.map((call) => pathOf(call.request))).toContain(
      "/api/v1/commune-reports/3/figures.xlsx",
    );
    click.mockRestore();
  });
});
