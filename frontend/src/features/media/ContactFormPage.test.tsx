import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { areaLeader, makeContact, makeOutlet, pathOf, pressOfficer } from "../../test/media";
import { json, mockFetch, pageOf, renderApp } from "../../test/render";
import ContactFormPage from "./ContactFormPage";

function serve(onWrite: (request: Request, body: string) => Response) {
  return mockFetch(async (request) => {
    const path = pathOf(request);
    if (request.method !== "GET") return onWrite(request, await request.clone().text());
    if (path === "/api/v1/media/contacts/1") return json(makeContact());
    if (path === "/api/v1/media/outlets/1") return json(makeOutlet());
    if (path === "/api/v1/media/outlets") return json(pageOf([makeOutlet()]));
    return json({ detail: "?" }, 404);
  });
}

describe("ContactFormPage", () => {
  it("asks for the personal-data basis, then sends the lists without blank rows", async () => {
    const { calls } = serve((_request, body) =>
      json(makeContact({ id: 7, ...JSON.parse(body) }), 201),
    );
    const { location } = renderApp(<ContactFormPage />, {
      me: pressOfficer,
      path: "/media/contacts/new",
    });
    await userEvent.type(screen.getByLabelText("Họ và tên"), "Nguyễn Văn An");
    await userEvent.type(screen.getByLabelText("Số điện thoại 1"), "0912 345 678");
    await userEvent.click(screen.getByRole("button", { name: "Thêm số điện thoại" }));
    await userEvent.click(screen.getByRole("button", { name: "Thêm lĩnh vực" }));
    await userEvent.type(screen.getByLabelText("Lĩnh vực 1"), "văn hóa");
    await userEvent.click(screen.getByRole("button", { name: "Lưu" }));
    expect(screen.getByText("Hãy ghi căn cứ lưu dữ liệu cá nhân.")).toBeInTheDocument();
    expect(calls.some((call) => call.request.method === "POST")).toBe(false);

    await userEvent.type(
      screen.getByLabelText("Căn cứ lưu dữ liệu cá nhân"),
      "Phóng viên đồng ý ngày 10/3/2023.",
    );
    await userEvent.click(screen.getByRole("button", { name: "Lưu" }));
    await vi.waitFor(() => expect(location.history?.at(-1)).toBe("/media/contacts/7"));
    const post = calls.find((call) => call.request.method === "POST");
    expect(post?.request.headers.get("Idempotency-Key")).toBeTruthy();
    expect(JSON.parse(post?.body ?? "{}")).toMatchObject({
      full_name: "Nguyễn Văn An",
      phones: ["0912 345 678"],
      emails: [],
      beats: ["văn hóa"],
      personal_data_basis: "Phóng viên đồng ý ngày 10/3/2023.",
      outlet_id: null,
    });
  });

  it("shows the API's refusal of one phone number beside it", async () => {
    serve(() =>
      json(
        {
          detail: "Một số trường không hợp lệ.",
          errors: [
            { loc: ["body", "phones", "0"], msg: "Số điện thoại chỉ gồm chữ số", type: "x" },
          ],
        },
        422,
      ),
    );
    renderApp(<ContactFormPage id={1} />, { me: pressOfficer, path: "/media/contacts/1/edit" });
    const phone = await screen.findByLabelText("Số điện thoại 1");
    await userEvent.clear(phone);
    await userEvent.type(phone, "không có");
    await userEvent.click(screen.getByRole("button", { name: "Lưu" }));
    expect(await screen.findByLabelText("Số điện thoại 1")).toHaveAccessibleDescription(
      "Số điện thoại chỉ gồm chữ số",
    );
  });

  it("changes a contact with the version it read", async () => {
    const { calls } = serve((_request, body) => json(makeContact(JSON.parse(body))));
    renderApp(<ContactFormPage id={1} />, { me: pressOfficer, path: "/media/contacts/1/edit" });
    const position = await screen.findByLabelText("Chức danh");
    await userEvent.clear(position);
    await userEvent.type(position, "Trưởng văn phòng đại diện");
    expect(await screen.findByRole("button", { name: "Bỏ Báo Phú Thọ" })).toBeInTheDocument();
    await userEvent.click(screen.getByRole("button", { name: "Lưu" }));
    await vi.waitFor(() =>
      expect(calls.some((call) => call.request.method === "PATCH")).toBe(true),
    );
    const patch = calls.find((call) => call.request.method === "PATCH");
    expect(patch?.request.headers.get("If-Match")).toBe('"1"');
    const body = JSON.parse(patch?.body ?? "{}");
    expect(body).toMatchObject({ position: "Trưởng văn phòng đại diện", outlet_id: 1 });
    expect(body).not.toHaveProperty("unit_id");
  });

  it("is no screen for those who may not write", () => {
    serve(() => json({}, 500));
    renderApp(<ContactFormPage />, { me: areaLeader, path: "/media/contacts/new" });
    expect(screen.getByRole("heading", { name: "Không tìm thấy trang" })).toBeInTheDocument();
  });
});
