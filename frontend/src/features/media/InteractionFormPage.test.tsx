import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { formatDate, todayInVietnam } from "../../i18n/format";
import { makeContact, makeInteraction, makeOutlet, pathOf, pressOfficer } from "../../test/media";
import { json, makeMe, mockFetch, pageOf, renderApp } from "../../test/render";
import InteractionFormPage from "./InteractionFormPage";

function serve(onWrite: (request: Request, body: string) => Response) {
  return mockFetch(async (request) => {
    if (request.method !== "GET") return onWrite(request, await request.clone().text());
    const path = pathOf(request);
    if (path === "/api/v1/media/outlets")
      return json(pageOf([makeOutlet(), makeOutlet({ id: 2, name: "Báo Nhân Dân" })]));
    if (path === "/api/v1/media/contacts") return json(pageOf([makeContact()]));
    if (path === "/api/v1/media/contacts/1") return json(makeContact());
    if (path === "/api/v1/media/interactions/5") return json(makeInteraction());
    return json({ detail: "?" }, 404);
  });
}

const created = (body: string) => json(makeInteraction({ id: 12, ...JSON.parse(body) }), 201);

describe("the log form", () => {
  it("shows few fields, dated today, and sends what was chosen once", async () => {
    const { calls } = serve((_request, body) => created(body));
    const { location } = renderApp(<InteractionFormPage />, {
      me: pressOfficer,
      path: "/media/interactions/new",
    });
    expect(screen.getByLabelText("Ngày")).toHaveValue(formatDate(todayInVietnam()));
    expect(screen.getByLabelText("Người phát ngôn")).not.toBeVisible();

    await userEvent.click(screen.getByRole("button", { name: "Lưu" }));
    expect(screen.getByText("Hãy chọn loại hoạt động.")).toBeInTheDocument();
    expect(screen.getByText("Hãy ghi chủ đề.")).toBeInTheDocument();

    await userEvent.selectOptions(screen.getByLabelText("Loại hoạt động"), "interview");
    await userEvent.type(screen.getByLabelText("Chủ đề"), "Sản phẩm OCOP");
    await userEvent.click(await screen.findByRole("button", { name: /Chọn\s*Báo Nhân Dân/ }));
    await userEvent.click(await screen.findByRole("button", { name: /Chọn\s*Lê Văn Bình/ }));
    await userEvent.type(screen.getByLabelText("Nội dung"), "Trả lời về sản phẩm OCOP.");
    await userEvent.click(screen.getByRole("button", { name: "Lưu" }));

    await vi.waitFor(() => expect(location.history?.at(-1)).toBe("/media/interactions/12"));
    const posts = calls.filter((call) => call.request.method === "POST");
    expect(posts).toHaveLength(1);
    expect(posts[0]?.request.headers.get("Idempotency-Key")).toBeTruthy();
    const body = JSON.parse(posts[0]?.body ?? "{}");
    expect(body).toEqual({
      kind: "interview",
      occurred_on: todayInVietnam(),
      topic: "Sản phẩm OCOP",
      summary: "Trả lời về sản phẩm OCOP.",
      spokesperson: null,
      outlet_ids: [2],
      contact_ids: [1],
      published_links: [],
      task_id: null,
    });
  });

  it("opens on a press report from the queue, its answer due date behind 'more'", async () => {
    const { calls } = serve((_request, body) => created(body));
    renderApp(<InteractionFormPage />, {
      me: pressOfficer,
      path: "/media/interactions/new?kind=press_report&contact=1",
    });
    expect(screen.getByLabelText("Loại hoạt động")).toHaveValue("press_report");
    expect(screen.getByLabelText("Nội dung phản ánh")).toBeInTheDocument();
    expect(await screen.findByRole("button", { name: "Bỏ Lê Văn Bình" })).toBeInTheDocument();
    await userEvent.click(screen.getByRole("button", { name: /Thêm chi tiết/ }));
    await userEvent.type(screen.getByLabelText("Hạn trả lời"), "15/01/2099");
    await userEvent.type(screen.getByLabelText("Chủ đề"), "Rác thải ven đường");
    await userEvent.click(screen.getByRole("button", { name: "Lưu" }));
    await vi.waitFor(() => expect(calls.some((call) => call.request.method === "POST")).toBe(true));
    const body = JSON.parse(calls.find((call) => call.request.method === "POST")?.body ?? "{}");
    expect(body).toMatchObject({ kind: "press_report", due_on: "2099-01-15", contact_ids: [1] });
  });

  it("offers no reporters to whoever may not read them", () => {
    serve(() => json({}, 500));
    renderApp(<InteractionFormPage />, {
      me: makeMe({ capabilities: ["media:read", "media:write"] }),
      path: "/media/interactions/new",
    });
    expect(screen.queryByRole("group", { name: "Phóng viên" })).not.toBeInTheDocument();
    expect(screen.getByRole("group", { name: "Cơ quan báo chí" })).toBeInTheDocument();
  });

  it("changes an interaction with the version it read, leaving its unit and task alone", async () => {
    const { calls } = serve((_request, body) => json(makeInteraction(JSON.parse(body))));
    const { location } = renderApp(<InteractionFormPage id={5} />, {
      me: pressOfficer,
      path: "/media/interactions/5/edit",
    });
    const topic = await screen.findByLabelText("Chủ đề");
    await userEvent.clear(topic);
    await userEvent.type(topic, "Đường nội đồng Khu 3");
    await userEvent.click(screen.getByRole("button", { name: "Lưu" }));
    await vi.waitFor(() => expect(location.history?.at(-1)).toBe("/media/interactions/5"));
    const patch = calls.find((call) => call.request.method === "PATCH");
    expect(patch?.request.headers.get("If-Match")).toBe('"3"');
    const body = JSON.parse(patch?.body ?? "{}");
    expect(body).toMatchObject({
      topic: "Đường nội đồng Khu 3",
      outlet_ids: [1],
      contact_ids: [1],
      due_on: "2023-12-19",
    });
    expect(body).not.toHaveProperty("task_id");
    expect(body).not.toHaveProperty("unit_id");
  });
});
