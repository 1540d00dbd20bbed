import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { Schemas } from "../../api/client";
import { makeIncident, police } from "../../test/incidents";
import { paramsOf, pathOf } from "../../test/media";
import { json, makeMe, mockFetch, pageOf, renderApp } from "../../test/render";
import IncidentsPage from "./IncidentsPage";

type AuditEvent = Schemas["AuditEventRead"];

/** The commune's administrator: restores deletions and reads the audit log. */
const admin = makeMe({
  id: 1,
  username: "admin",
  full_name: "Quản trị xã",
  roles: ["admin"],
  capabilities: ["audit:read", "incidents:read", "records:restore", "units:read", "users:write"],
});

function auditEvent(id: number, action: string, incidentId: number, at: string): AuditEvent {
  return {
    id,
    action,
    actor_user_id: 2,
    actor_username: "chutich",
    after_digest: null,
    before_digest: null,
    details: {},
    hash: "h".repeat(64),
    object_id: String(incidentId),
    object_type: "incident",
    occurred_at: at,
    request_id: null,
  };
}

// Incident 5 deleted; 3 deleted, restored, deleted again; 4 deleted then restored.
const deletions = [
  auditEvent(40, "incidents.delete", 5, "2023-07-12T02:00:00Z"),
  auditEvent(36, "incidents.delete", 3, "2023-07-11T03:00:00Z"),
  auditEvent(20, "incidents.delete", 4, "2023-07-10T02:00:00Z"),
  auditEvent(10, "incidents.delete", 3, "2023-07-09T02:00:00Z"),
];
const restorations = [
  auditEvent(30, "incidents.restore", 4, "2023-07-10T09:00:00Z"),
  auditEvent(12, "incidents.restore", 3, "2023-07-09T05:00:00Z"),
];

function serve(restore: (incidentId: number) => Response) {
  return mockFetch((request) => {
    const path = pathOf(request);
    if (path === "/api/v1/audit") {
      const action = paramsOf(request).get("action");
      return json(pageOf(action === "incidents.delete" ? deletions : restorations));
    }
    const restoring = /^\/api\/v1\/incidents\/(\d+)\/restore$/.exec(path);
    if (restoring && request.method === "POST") return restore(Number(restoring[1]));
    return json({ detail: "Không tìm thấy." }, 404);
  });
}

describe("deleted incidents", () => {
  it("lists for the administrator those deleted and not restored since, the latest first", async () => {
    const { calls } = serve(() => json({}, 500));
    renderApp(<IncidentsPage />, { me: admin, path: "/incidents?deleted" });
    expect(await screen.findByRole("link", { name: "Đã xóa" })).toHaveAttribute(
      "aria-current",
      "page",
    );
    expect(screen.getByRole("link", { name: "Vụ việc" })).not.toHaveAttribute("aria-current");
    await screen.findByText("Vụ việc số 5", { selector: "strong" });
    const deleted = [...document.querySelectorAll(".deleted-incident")];
    expect(deleted.map((item) => item.querySelector("strong")?.textContent)).toEqual([
      "Vụ việc số 5",
      "Vụ việc số 3",
    ]);
    expect(deleted[0]).toHaveTextContent("Xóa lúc 12/07/2023 09:00, người xóa: chutich");
    const asked = calls.map((call) => paramsOf(call.request));
    expect(asked.map((params) => params.get("action")).sort()).toEqual([
      "incidents.delete",
      "incidents.restore",
    ]);
    for (const params of asked) {
      expect(params.get("object_type")).toBe("incident");
      expect(params.get("limit")).toBe("200");
    }
  });

  it("restores one and opens it", async () => {
    const { calls } = serve((incidentId) =>
      json(makeIncident({ id: incidentId, code: "TTSL-2023-0005" })),
    );
    const { location } = renderApp(<IncidentsPage />, { me: admin, path: "/incidents?deleted" });
    await userEvent.click(
      await screen.findByRole("button", { name: /^Khôi phục\s*Vụ việc số 5$/ }),
    );
    await vi.waitFor(() => expect(location.history?.at(-1)).toBe("/incidents/5"));
    const posts = calls.filter((call) => call.request.method === "POST");
    expect(posts.map((call) => pathOf(call.request))).toEqual(["/api/v1/incidents/5/restore"]);
  });

  it("says plainly why one cannot be restored (out of the administrator's reach)", async () => {
    serve(() => json({ detail: "Không tìm thấy vụ việc." }, 404));
    renderApp(<IncidentsPage />, { me: admin, path: "/incidents?deleted" });
    await userEvent.click(
      await screen.findByRole("button", { name: /^Khôi phục\s*Vụ việc số 3$/ }),
    );
    const item = screen
      .getByText("Vụ việc số 3", { selector: "strong" })
      .closest("li") as HTMLElement;
    expect(await within(item).findByRole("alert")).toHaveTextContent(
      "Không khôi phục được: vụ việc không còn, hoặc thuộc mức nội bộ hay mật mà bạn không được xem.",
    );
  });

  it("is neither offered nor shown to those who may not restore", async () => {
    const { calls } = mockFetch(() => json(pageOf([])));
    const { unmount } = renderApp(<IncidentsPage />, { me: police, path: "/incidents" });
    expect(await screen.findByText("Chưa có vụ việc nào.")).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Thống kê" })).toBeInTheDocument();
    expect(screen.queryByRole("link", { name: "Đã xóa" })).not.toBeInTheDocument();
    unmount();

    renderApp(<IncidentsPage />, { me: police, path: "/incidents?deleted" });
    expect(await screen.findByRole("heading", { level: 1 })).toHaveTextContent(
      "Không tìm thấy trang",
    );
    expect(calls.some((call) => pathOf(call.request) === "/api/v1/audit")).toBe(false);
  });
});
