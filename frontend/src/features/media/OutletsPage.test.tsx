import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { areaLeader, makeOutlet, paramsOf, pathOf, pressOfficer } from "../../test/media";
import { json, mockFetch, pageOf, renderApp } from "../../test/render";
import OutletsPage from "./OutletsPage";

const outlets = pageOf([
  makeOutlet(),
  makeOutlet({ id: 2, name: "Đài Phát thanh và Truyền hình Phú Thọ", kind: "television" }),
]);

function serve(onWrite: (request: Request, body: string) => Response = () => json({}, 500)) {
  return mockFetch(async (request) => {
    if (request.method !== "GET") return onWrite(request, await request.clone().text());
    if (pathOf(request) === "/api/v1/media/outlets") return json(outlets);
    return json({ detail: "?" }, 404);
  });
}

describe("OutletsPage", () => {
  it("lists outlets with their kind and level in words, filtered through the address", async () => {
    const { calls } = serve();
    renderApp(<OutletsPage />, { me: areaLeader, path: "/media/outlets?kind=television" });
    expect(await screen.findByText("Đài Phát thanh và Truyền hình Phú Thọ")).toBeInTheDocument();
    const list = screen.getByText("Báo Phú Thọ").closest("ul") as HTMLElement;
    expect(within(list).getByText("Báo in")).toBeInTheDocument();
    expect(within(list).getAllByText("Cấp tỉnh")).toHaveLength(2);
    expect(screen.getByLabelText("Loại hình")).toHaveValue("television");
    expect(paramsOf(calls[0]?.request as Request).get("kind")).toBe("television");
    // A reader is offered no change.
    expect(screen.queryByRole("button", { name: /Thêm|Sửa/ })).not.toBeInTheDocument();
  });

  it("asks for the level chosen", async () => {
    const { calls } = serve();
    const { location } = renderApp(<OutletsPage />, { me: areaLeader, path: "/media/outlets" });
    await screen.findByText("Báo Phú Thọ");
    await userEvent.selectOptions(screen.getByLabelText("Cấp"), "central");
    await vi.waitFor(() => expect(location.history?.at(-1)).toBe("/media/outlets?level=central"));
    await vi.waitFor(() =>
      expect(calls.some((call) => paramsOf(call.request).get("level") === "central")).toBe(true),
    );
  });

  it("lets a writer add an outlet, saying what is missing first", async () => {
    const { calls } = serve((_request, body) =>
      json(makeOutlet({ id: 9, ...JSON.parse(body) }), 201),
    );
    renderApp(<OutletsPage />, { me: pressOfficer, path: "/media/outlets" });
    await userEvent.click(await screen.findByRole("button", { name: "Thêm cơ quan báo chí" }));
    await userEvent.click(screen.getByRole("button", { name: "Lưu" }));
    expect(screen.getByText("Hãy ghi tên cơ quan báo chí.")).toBeInTheDocument();
    expect(calls.filter((call) => call.request.method === "POST")).toHaveLength(0);

    await userEvent.type(screen.getByLabelText("Tên cơ quan báo chí"), "Báo Nhân Dân");
    await userEvent.selectOptions(screen.getByLabelText("Loại hình"), "print");
    await userEvent.selectOptions(screen.getByLabelText("Cấp"), "central");
    await userEvent.type(screen.getByLabelText("Trang thông tin điện tử"), "https://nhandan.vn");
    await userEvent.click(screen.getByRole("button", { name: "Lưu" }));
    expect(await screen.findByRole("status")).toHaveTextContent("Đã thêm Báo Nhân Dân.");
    const post = calls.find((call) => call.request.method === "POST");
    expect(post?.request.headers.get("Idempotency-Key")).toBeTruthy();
    expect(JSON.parse(post?.body ?? "{}")).toMatchObject({
      name: "Báo Nhân Dân",
      kind: "print",
      level: "central",
      website: "https://nhandan.vn",
      phone: null,
    });
  });

  it("deletes an outlet with the version it read, after asking", async () => {
    const { calls } = serve(() => new Response(null, { status: 204 }));
    renderApp(<OutletsPage />, { me: pressOfficer, path: "/media/outlets" });
    await userEvent.click(await screen.findByRole("button", { name: /Sửa\s*Báo Phú Thọ/ }));
    await userEvent.click(screen.getByRole("button", { name: "Xóa" }));
    const dialog = screen.getByRole("dialog", { name: "Xóa cơ quan báo chí?" });
    await userEvent.click(within(dialog).getByRole("button", { name: "Xóa" }));
    expect(await screen.findByRole("status")).toHaveTextContent("Đã xóa Báo Phú Thọ.");
    const remove = calls.find((call) => call.request.method === "DELETE");
    expect(pathOf(remove?.request as Request)).toBe("/api/v1/media/outlets/1");
    expect(remove?.request.headers.get("If-Match")).toBe('"1"');
  });
});
