import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { makeIncident, police } from "../../test/incidents";
import { paramsOf, pathOf } from "../../test/media";
import { json, makeMe, mockFetch, pageOf, renderApp } from "../../test/render";
import IncidentsPage from "./IncidentsPage";

/** The commune's administrator: restores deletions. */
const admin = makeMe({
  id: 1,
  username: "admin",
  full_name: "Quản trị xã",
  roles: ["admin"],
  capabilities: ["audit:read", "incidents:read", "records:restore", "units:read", "users:write"],
});

/** A member of a unit that may neither restore nor delete incidents. */
const member = makeMe({
  id: 4,
  username: "vanphong",
  roles: ["member"],
  capabilities: ["incidents:read", "incidents:report", "units:read"],
});

const older = makeIncident({
  id: 3,
  code: "TTSL-2023-0003",
  title: "Tin sai về dịch bệnh",
  deleted_at: "2023-07-11T03:00:00Z",
});
const latest = makeIncident({
  id: 5,
  code: "TTSL-2023-0005",
  title: "Tin sai về bồi thường",
  deleted_at: "2023-07-12T02:00:00Z",
});

function serve(restore: (incidentId: number) => Response) {
  return mockFetch((request) => {
    const path = pathOf(request);
    if (path === "/api/v1/incidents" && paramsOf(request).get("deleted") === "true")
      return json(pageOf([older, latest]));
    const restoring = /^\/api\/v1\/incidents\/(\d+)\/restore$/.exec(path);
    if (restoring && request.method === "POST") return restore(Number(restoring[1]));
    return json({ detail: "Không tìm thấy." }, 404);
  });
}

function renderWith(me: ReturnType<typeof makeMe>) {
  const served = serve(() => json({}, 500));
  const rendered = renderApp(<IncidentsPage />, { me, path: "/incidents?deleted" });
  return { ...served, unmount: rendered.unmount };
}

describe("deleted incidents", () => {
  it("lists the deleted ones the latest first, for the administrator and for the police", async () => {
    for (const me of [admin, police]) {
      const { calls, unmount } = renderWith(me);
      expect(await screen.findByRole("link", { name: "Đã xóa" })).toHaveAttribute(
        "aria-current",
        "page",
      );
      expect(screen.getByRole("link", { name: "Vụ việc" })).not.toHaveAttribute("aria-current");
      await screen.findByText("TTSL-2023-0005 · Tin sai về bồi thường", { selector: "strong" });
      const deleted = [...document.querySelectorAll(".deleted-incident")];
      expect(deleted.map((item) => item.querySelector("strong")?.textContent)).toEqual([
        "TTSL-2023-0005 · Tin sai về bồi thường",
        "TTSL-2023-0003 · Tin sai về dịch bệnh",
      ]);
      expect(deleted[0]).toHaveTextContent("Xóa lúc 12/07/2023 09:00");
      const asked = calls.map((call) => paramsOf(call.request));
      expect(asked.some((params) => params.get("deleted") === "true")).toBe(true);
      unmount();
    }
  });

  it("restores one and opens it", async () => {
    const { calls } = serve((incidentId) =>
      json(makeIncident({ id: incidentId, code: "TTSL-2023-0005" })),
    );
    const { location } = renderApp(<IncidentsPage />, { me: admin, path: "/incidents?deleted" });
    await userEvent.click(
      await screen.findByRole("button", { name: /^Khôi phục\s*TTSL-2023-0005/ }),
    );
    await vi.waitFor(() => expect(location.history?.at(-1)).toBe("/incidents/5"));
    const posts = calls.filter((call) => call.request.method === "POST");
    expect(posts.map((call) => pathOf(call.request))).toEqual(["/api/v1/incidents/5/restore"]);
  });

  it("says plainly why one cannot be restored any more", async () => {
    serve(() => json({ detail: "Không tìm thấy vụ việc." }, 404));
    renderApp(<IncidentsPage />, { me: admin, path: "/incidents?deleted" });
    await userEvent.click(
      await screen.findByRole("button", { name: /^Khôi phục\s*TTSL-2023-0003/ }),
    );
    const item = screen
      .getByText("TTSL-2023-0003 · Tin sai về dịch bệnh", { selector: "strong" })
      .closest("li") as HTMLElement;
    expect(await within(item).findByRole("alert")).toHaveTextContent(
      "Không khôi phục được: vụ việc đã được khôi phục hoặc không còn trong phạm vi của bạn.",
    );
  });

  it("is neither offered nor shown to those who may not restore", async () => {
    const { calls } = mockFetch(() => json(pageOf([])));
    const { unmount } = renderApp(<IncidentsPage />, { me: member, path: "/incidents" });
    expect(await screen.findByText("Chưa có vụ việc nào.")).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Thống kê" })).toBeInTheDocument();
    expect(screen.queryByRole("link", { name: "Đã xóa" })).not.toBeInTheDocument();
    unmount();

    renderApp(<IncidentsPage />, { me: member, path: "/incidents?deleted" });
    expect(await screen.findByRole("heading", { level: 1 })).toHaveTextContent(
      "Không tìm thấy trang",
    );
    expect(calls.some((call) => paramsOf(call.request).get("deleted") === "true")).toBe(false);
  });
});
