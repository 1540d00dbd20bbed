import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { json, mockFetch, renderApp } from "../../test/render";
import { CalendarSection } from "./CalendarSection";

const ADDRESS =
  "https://ttdn.caoxa.gov.vn/api/v1/calendar/abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG.ics";

function serve(initially: "none" | "exists") {
  let exists = initially === "exists";
  return mockFetch((request) => {
    if (!request.url.endsWith("/api/v1/me/calendar-token")) return json({ detail: "?" }, 404);
    if (request.method === "POST") {
      exists = true;
      return json({ url: ADDRESS, created_at: "2023-05-29T01:00:00Z" }, 201);
    }
    if (request.method === "DELETE") {
      if (request.headers.get("If-Match") !== '"2"') return json({ detail: "stale" }, 412);
      exists = false;
      return new Response(null, { status: 204 });
    }
    return json(
      exists
        ? {
            exists: true,
            created_at: "2023-05-29T01:00:00Z",
            last_used_at: null,
            version: 2,
          }
        : { exists: false, created_at: null, last_used_at: null, version: null },
    );
  });
}

describe("CalendarSection", () => {
  it("explains what the calendar is, then makes an address shown once, to copy", async () => {
    serve("none");
    renderApp(<CalendarSection />);
    expect(screen.getByText(/thêm vào ứng dụng Lịch/)).toBeInTheDocument();
    const user = userEvent.setup();
    // After `setup`, which puts a clipboard of its own in place.
    const writeText = vi.spyOn(navigator.clipboard, "writeText");
    await user.click(await screen.findByRole("button", { name: "Tạo địa chỉ lịch" }));
    const field = await screen.findByLabelText("Địa chỉ lịch của bạn");
    expect(field).toHaveValue(ADDRESS);
    expect(field).toHaveAccessibleDescription(/chỉ hiện một lần/);
    await user.click(screen.getByRole("button", { name: "Sao chép địa chỉ" }));
    expect(writeText).toHaveBeenCalledWith(ADDRESS);
    expect(await screen.findByText("Đã sao chép.")).toBeInTheDocument();
    expect(await screen.findByText("Chưa lần nào")).toBeInTheDocument();
  });

  it("revokes the address with its version, after asking", async () => {
    const { calls } = serve("exists");
    renderApp(<CalendarSection />);
    const user = userEvent.setup();
    await user.click(await screen.findByRole("button", { name: "Thu hồi địa chỉ" }));
    const dialog = screen.getByRole("dialog", { name: "Thu hồi địa chỉ lịch?" });
    await user.click(dialog.querySelector(".button-danger-strong") as HTMLElement);
    expect(await screen.findByText("Đã thu hồi địa chỉ lịch.")).toBeInTheDocument();
    const revoked = calls.find((call) => call.request.method === "DELETE");
    expect(revoked?.request.headers.get("If-Match")).toBe('"2"');
    expect(screen.getByRole("button", { name: "Tạo địa chỉ lịch" })).toBeInTheDocument();
  });

  it("rotates the address after asking, and shows the new one", async () => {
    const { calls } = serve("exists");
    renderApp(<CalendarSection />);
    const user = userEvent.setup();
    await user.click(await screen.findByRole("button", { name: "Đổi địa chỉ mới" }));
    const dialog = screen.getByRole("dialog", { name: "Đổi địa chỉ lịch?" });
    await user.click(dialog.querySelector(".button-primary") as HTMLElement);
    expect(await screen.findByLabelText("Địa chỉ lịch của bạn")).toHaveValue(ADDRESS);
    expect(calls.filter((call) => call.request.method === "POST")).toHaveLength(1);
  });
});
