import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import {
  areaLeader,
  makeContact,
  makeOutlet,
  paramsOf,
  pathOf,
  pressOfficer,
  superior,
} from "../../test/media";
import { json, mockFetch, pageOf, renderApp } from "../../test/render";
import ContactsPage from "./ContactsPage";
import { contactFiltersFromSearch, searchFromContactFilters } from "./queries";

const contacts = pageOf([
  makeContact({ id: 1, duplicate_of_ids: [4] }),
  makeContact({ id: 2, full_name: "Trần Thị Hoa", outlet_id: 2, beats: ["thời sự"] }),
]);

function serve() {
  return mockFetch((request) => {
    const path = pathOf(request);
    if (path === "/api/v1/media/contacts") return json(contacts);
    if (path === "/api/v1/media/outlets/1") return json(makeOutlet());
    if (path === "/api/v1/media/outlets/2")
      return json(makeOutlet({ id: 2, name: "Đài Phát thanh và Truyền hình Phú Thọ" }));
    if (path === "/api/v1/media/outlets") return json(pageOf([makeOutlet()]));
    return json({ detail: "?" }, 404);
  });
}

describe("reporter filters in the address", () => {
  it("read and write the same filters", () => {
    const filters = { q: "binh", outletId: 2, duplicates: true, page: 3 };
    expect(searchFromContactFilters(filters)).toBe("?q=binh&outlet=2&duplicates=1&page=3");
    expect(contactFiltersFromSearch(searchFromContactFilters(filters))).toEqual(filters);
  });
});

describe("ContactsPage", () => {
  it("marks likely duplicates and names each reporter's outlet", async () => {
    serve();
    renderApp(<ContactsPage />, { me: pressOfficer, path: "/media/contacts" });
    const binh = await screen.findByRole("link", { name: /Lê Văn Bình/ });
    expect(binh).toHaveAttribute("href", "/media/contacts/1");
    expect(within(binh).getByText("Có thể trùng")).toBeInTheDocument();
    const hoa = screen.getByRole("link", { name: /Trần Thị Hoa/ });
    expect(within(hoa).queryByText("Có thể trùng")).not.toBeInTheDocument();
    expect(
      await within(hoa).findByText(/Đài Phát thanh và Truyền hình Phú Thọ/),
    ).toBeInTheDocument();
    expect(screen.getByText("2 phóng viên")).toBeInTheDocument();
  });

  it("asks the API for possible duplicates only when the box is ticked", async () => {
    const { calls } = serve();
    const { location } = renderApp(<ContactsPage />, {
      me: pressOfficer,
      path: "/media/contacts",
    });
    await screen.findByText("Trần Thị Hoa");
    await userEvent.click(screen.getByRole("checkbox", { name: "Chỉ hồ sơ có thể trùng" }));
    await vi.waitFor(() => expect(location.history?.at(-1)).toBe("/media/contacts?duplicates=1"));
    await vi.waitFor(() =>
      expect(
        calls.some(
          (call) =>
            pathOf(call.request) === "/api/v1/media/contacts" &&
            paramsOf(call.request).get("duplicates") === "true",
        ),
      ).toBe(true),
    );
  });

  it("filters by an outlet chosen by typing its name", async () => {
    const { calls } = serve();
    const { location } = renderApp(<ContactsPage />, {
      me: pressOfficer,
      path: "/media/contacts",
    });
    await userEvent.type(screen.getByRole("searchbox", { name: "Tìm cơ quan báo chí" }), "phu tho");
    await userEvent.click(await screen.findByRole("button", { name: /Chọn\s*Báo Phú Thọ/ }));
    await vi.waitFor(() => expect(location.history?.at(-1)).toBe("/media/contacts?outlet=1"));
    await vi.waitFor(() =>
      expect(calls.some((call) => paramsOf(call.request).get("outlet_id") === "1")).toBe(true),
    );
    expect(screen.getByRole("button", { name: "Bỏ Báo Phú Thọ" })).toBeInTheDocument();
  });

  it("offers adding a reporter to writers only", async () => {
    serve();
    renderApp(<ContactsPage />, { me: areaLeader, path: "/media/contacts" });
    await screen.findByText("Trần Thị Hoa");
    expect(screen.queryByRole("link", { name: "Thêm phóng viên" })).not.toBeInTheDocument();
  });

  it("is no screen of the superior level's", () => {
    const { calls } = serve();
    renderApp(<ContactsPage />, { me: superior, path: "/media/contacts" });
    expect(screen.getByRole("heading", { name: "Không tìm thấy trang" })).toBeInTheDocument();
    expect(calls.some((call) => pathOf(call.request).includes("/media/contacts"))).toBe(false);
  });
});
