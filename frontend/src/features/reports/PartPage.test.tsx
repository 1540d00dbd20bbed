import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { pathOf } from "../../test/media";
import { json, mockFetch, renderApp } from "../../test/render";
import { areaLeader, coordinator, makePart } from "../../test/reports";
import PartPage from "./PartPage";

describe("PartPage", () => {
  it("shows the pre-filled narrative and the counted figures read-only, then saves and submits", async () => {
    let part = makePart();
    const { calls } = mockFetch(async (request) => {
      const path = pathOf(request);
      if (path === "/api/v1/reports/7" && request.method === "GET") return json(part);
      if (path === "/api/v1/reports/7" && request.method === "PATCH") {
        part = { ...part, version: part.version + 1 };
        return json(part);
      }
      if (path === "/api/v1/reports/7/submit") {
        part = {
          ...part,
          status: "submitted",
          may_fill: false,
          version: part.version + 1,
          history: [
            {
              from_status: "draft",
              to_status: "submitted",
              comment: "",
              actor_user_id: 5,
              actor_name: "Vũ Văn Hùng",
              created_at: "2023-05-21T03:00:00Z",
            },
          ],
        };
        return json(part);
      }
      return json({ detail: "?" }, 404);
    });
    renderApp(<PartPage id={7} />, { me: areaLeader, path: "/reports/parts/7" });
    const narrative = await screen.findByLabelText("Tuyên truyền trên loa truyền thanh");
    expect(narrative).toHaveValue("Đã phát 12 buổi trên loa của khu.");
    expect(screen.getByText(/Lấy từ các cập nhật tiến độ/)).toBeInTheDocument();
    expect(screen.getByTestId("counted-incidents")).toHaveTextContent("3");
    expect(screen.getByText(/đếm tự động/)).toBeInTheDocument();
    expect(screen.getByLabelText("Số sự kiện, hội nghị tổ chức")).toHaveValue("2");

    const user = userEvent.setup();
    await user.type(screen.getByLabelText("Số tin, bài phát thanh"), "-4");
    await user.click(screen.getByRole("button", { name: "Nộp báo cáo" }));
    expect(screen.getByLabelText("Số tin, bài phát thanh")).toHaveAccessibleDescription(
      /số nguyên không âm/,
    );
    expect(calls).toHaveLength(1);

    await user.clear(screen.getByLabelText("Số tin, bài phát thanh"));
    await user.type(screen.getByLabelText("Số tin, bài phát thanh"), "14");
    await user.click(screen.getByRole("button", { name: "Nộp báo cáo" }));
    expect(
      await screen.findByText("Đã nộp", { selector: ".report-history *" }),
    ).toBeInTheDocument();
    const patch = calls.find((call) => call.request.method === "PATCH");
    expect(patch?.request.headers.get("If-Match")).toBe('"3"');
    expect(JSON.parse(patch?.body ?? "{}")).toMatchObject({
      news_items_aired: 14,
      events_held: 2,
      narratives: [{ task_id: 21, text: "Đã phát 12 buổi trên loa của khu." }],
    });
    const submit = calls.find((call) => pathOf(call.request).endsWith("/submit"));
    expect(submit?.request.headers.get("If-Match")).toBe('"4"');
    expect(screen.queryByRole("button", { name: "Nộp báo cáo" })).not.toBeInTheDocument();
  });

  it("shows the API's 422 at the field", async () => {
    const part = makePart();
    mockFetch(async (request) => {
      if (request.method === "GET") return json(part);
      return json(
        {
          title: "Dữ liệu không hợp lệ",
          status: 422,
          detail: "Dữ liệu không hợp lệ",
          errors: [{ loc: ["body", "budget_spent"], msg: "Kinh phí quá lớn", type: "x" }],
        },
        422,
      );
    });
    renderApp(<PartPage id={7} />, { me: areaLeader, path: "/reports/parts/7" });
    const user = userEvent.setup();
    await user.click(await screen.findByRole("button", { name: "Lưu nháp" }));
    expect(await screen.findByText("Kinh phí quá lớn")).toBeInTheDocument();
    expect(screen.getByLabelText("Kinh phí đã chi (đồng)")).toHaveAccessibleDescription(
      "Kinh phí quá lớn",
    );
  });

  it("shows a returned part's comment first and offers to resubmit", async () => {
    mockFetch(async () =>
      json(
        makePart({
          status: "returned",
          history: [
            {
              from_status: "submitted",
              to_status: "returned",
              comment: "Bổ sung số người được tập huấn.",
              actor_user_id: 2,
              actor_name: "Nguyễn Thị Lan",
              created_at: "2023-05-22T03:00:00Z",
            },
          ],
        }),
      ),
    );
    renderApp(<PartPage id={7} />, { me: areaLeader, path: "/reports/parts/7" });
    expect(
      await screen.findByRole("heading", { name: "Bị trả lại — ý kiến của Nguyễn Thị Lan" }),
    ).toBeInTheDocument();
    expect(screen.getAllByText("Bổ sung số người được tập huấn.")[0]).toHaveClass(
      "returned-comment",
    );
    expect(screen.getByRole("button", { name: "Nộp lại" })).toBeInTheDocument();
  });

  it("lets the coordinator return a submitted part only with a comment", async () => {
    let part = makePart({
      status: "submitted",
      on_time: true,
      first_submitted_on: "2023-05-21",
      may_fill: false,
      may_review: true,
    });
    const { calls } = mockFetch(async (request) => {
      const path = pathOf(request);
      if (path === "/api/v1/reports/7/return") {
        part = { ...part, status: "returned", version: 5, may_review: false };
        return json(part);
      }
      return json(part);
    });
    renderApp(<PartPage id={7} />, { me: coordinator, path: "/reports/parts/7" });
    const user = userEvent.setup();
    await user.click(await screen.findByRole("button", { name: "Trả lại kèm ý kiến" }));
    await user.click(screen.getByRole("button", { name: "Trả lại" }));
    expect(screen.getByLabelText("Ý kiến (điều cần sửa)")).toHaveAccessibleDescription(
      "Nhập ý kiến khi trả lại báo cáo",
    );
    expect(calls).toHaveLength(1);
    await user.type(screen.getByLabelText("Ý kiến (điều cần sửa)"), "Thiếu số liệu");
    await user.click(screen.getByRole("button", { name: "Trả lại" }));
    expect(
      await screen.findByText("Bị trả lại", { selector: ".report-status" }),
    ).toBeInTheDocument();
    const sent = calls.at(-1);
    expect(sent?.request.headers.get("If-Match")).toBe('"3"');
    expect(JSON.parse(sent?.body ?? "{}")).toEqual({ comment: "Thiếu số liệu" });
  });

  it("says so when the part changed meanwhile (412)", async () => {
    const part = makePart({ status: "submitted", may_fill: false, may_review: true });
    mockFetch(async (request) =>
      request.method === "GET" ? json(part) : json({ status: 412, detail: "Đã bị sửa" }, 412),
    );
    renderApp(<PartPage id={7} />, { me: coordinator, path: "/reports/parts/7" });
    const user = userEvent.setup();
    await user.click(await screen.findByRole("button", { name: "Tiếp nhận" }));
    expect(await screen.findByRole("alert")).toHaveTextContent(/người khác thay đổi/);
  });

  it("shows another unit's draft to the coordinator without a form to fill", async () => {
    mockFetch(async () => json(makePart({ may_fill: false })));
    renderApp(<PartPage id={7} />, { me: coordinator, path: "/reports/parts/7" });
    expect(await screen.findByText("Đã phát 12 buổi trên loa của khu.")).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Lưu nháp" })).not.toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Tiếp nhận" })).not.toBeInTheDocument();
  });
});
