import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import {
  admin,
  areaLeader,
  makeContact,
  makeOutlet,
  pathOf,
  pressOfficer,
  superior,
} from "../../test/media";
import { json, mockFetch, pageOf, renderApp } from "../../test/render";
import ContactPage from "./ContactPage";

const binh = makeContact({ id: 1, duplicate_of_ids: [4] });
const binhAgain = makeContact({
  id: 4,
  full_name: "Lê Văn Bình (Báo Phú Thọ)",
  phones: ["+84 900 000 101"],
  duplicate_of_ids: [1],
});
const redacted = makeContact({
  phones: ["09xx xxx 101"],
  emails: ["b***@example.vn"],
  press_card_number: "***01",
  redacted: true,
});

function serve(contacts: ReturnType<typeof makeContact>[]) {
  return mockFetch(async (request) => {
    const path = pathOf(request);
    if (path === "/api/v1/media/outlets/1") return json(makeOutlet());
    const match = /^\/api\/v1\/media\/contacts\/(\d+)(\/merge)?$/.exec(path);
    const contact = contacts.find((candidate) => candidate.id === Number(match?.[1]));
    if (match?.[2]) return json(contacts.find((c) => c.id === 4));
    if (contact) return json(contact);
    if (path === "/api/v1/media/interactions") return json(pageOf([]));
    return json({ detail: "Không tìm thấy" }, 404);
  });
}

describe("ContactPage", () => {
  it("shows redacted values as they come, with a note that they are hidden", async () => {
    serve([redacted]);
    renderApp(<ContactPage id={1} />, { me: areaLeader, path: "/media/contacts/1" });
    expect(await screen.findByText("09xx xxx 101")).toBeInTheDocument();
    expect(screen.getByText("b***@example.vn")).toBeInTheDocument();
    expect(screen.getByText("***01")).toBeInTheDocument();
    expect(screen.getByText(/được ẩn một phần/)).toBeInTheDocument();
    // Nothing to dial: a masked number is no link.
    expect(screen.queryByRole("link", { name: "09xx xxx 101" })).not.toBeInTheDocument();
    expect(screen.queryByRole("link", { name: "Sửa" })).not.toBeInTheDocument();
    await vi.waitFor(() => expect(screen.getAllByText(/Báo Phú Thọ/).length).toBeGreaterThan(0));
  });

  it("gives the press officer the full number to call, and no hidden-values note", async () => {
    serve([makeContact()]);
    renderApp(<ContactPage id={1} />, { me: pressOfficer, path: "/media/contacts/1" });
    expect(await screen.findByRole("link", { name: "0900 000 101" })).toHaveAttribute(
      "href",
      "tel:0900000101",
    );
    expect(screen.queryByText(/được ẩn một phần/)).not.toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Sửa" })).toHaveAttribute(
      "href",
      "/media/contacts/1/edit",
    );
  });

  it("warns of a likely duplicate and links to it; only an admin is offered the merge", async () => {
    serve([binh, binhAgain]);
    renderApp(<ContactPage id={1} />, { me: pressOfficer, path: "/media/contacts/1" });
    const warning = await screen.findByRole("region", { name: "Có thể trùng" });
    expect(
      await within(warning).findByRole("link", { name: "Lê Văn Bình (Báo Phú Thọ)" }),
    ).toHaveAttribute("href", "/media/contacts/4");
    expect(within(warning).queryByRole("button", { name: /Gộp/ })).not.toBeInTheDocument();
  });

  it("lets an admin merge the duplicate into the record it chooses to keep", async () => {
    const { calls } = serve([binh, binhAgain]);
    const { location } = renderApp(<ContactPage id={1} />, {
      me: admin,
      path: "/media/contacts/1",
    });
    await userEvent.click(await screen.findByRole("button", { name: /Gộp\s*Lê Văn Bình/ }));
    const dialog = screen.getByRole("dialog", { name: "Gộp hai hồ sơ phóng viên" });
    await userEvent.click(within(dialog).getByRole("radio", { name: "Lê Văn Bình (Báo Phú Thọ)" }));
    await userEvent.click(within(dialog).getByRole("button", { name: "Gộp hồ sơ" }));
    await vi.waitFor(() => expect(location.history?.at(-1)).toBe("/media/contacts/4"));
    const merge = calls.find((call) => call.request.method === "POST");
    expect(pathOf(merge?.request as Request)).toBe("/api/v1/media/contacts/1/merge");
    expect(JSON.parse(merge?.body ?? "{}")).toEqual({ into_id: 4 });
  });

  it("is not offered to the superior level, which reads no contacts", () => {
    const { fetchMock } = serve([binh]);
    renderApp(<ContactPage id={1} />, { me: superior, path: "/media/contacts/1" });
    expect(screen.getByRole("heading", { name: "Không tìm thấy trang" })).toBeInTheDocument();
    expect(fetchMock).not.toHaveBeenCalled();
  });
});
