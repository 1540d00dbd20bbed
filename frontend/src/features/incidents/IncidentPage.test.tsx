import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { setAccessToken } from "../../api/session";
import { formatDate, todayInVietnam } from "../../i18n/format";
import {
  makeEvidence,
  makeIncident,
  makePerson,
  member,
  police,
  superior,
} from "../../test/incidents";
import { pathOf } from "../../test/media";
import { json, makeTaskListItem, mockFetch, pageOf, renderApp } from "../../test/render";
import IncidentPage from "./IncidentPage";

type Incident = ReturnType<typeof makeIncident>;

/** The API of one incident: its parts as given, writes answered by `onWrite`. */
function serve(
  incident: Incident,
  {
    evidence = [],
    people = [makePerson()],
    onWrite = () => json({}, 500),
  }: {
    evidence?: ReturnType<typeof makeEvidence>[];
    people?: ReturnType<typeof makePerson>[];
    onWrite?: (request: Request, body: string) => Response;
  } = {},
) {
  return mockFetch(async (request) => {
    if (request.method !== "GET") return onWrite(request, await request.clone().text());
    const path = pathOf(request);
    const base = `/api/v1/incidents/${incident.id}`;
    if (path === base) return json(incident);
    if (path === `${base}/actions`) return json([]);
    if (path === `${base}/evidence`) return json(evidence);
    if (path === `${base}/people`) return json(people);
    if (path.endsWith("/preview"))
      return new Response("jpeg", { headers: { "Content-Type": "image/jpeg" } });
    if (path === "/api/v1/tasks")
      return json(pageOf([makeTaskListItem({ id: 31, title: "Phản bác thông tin sai lệch" })]));
    return json({ detail: "?" }, 404);
  });
}

const writes = (calls: { request: Request; body: string }[]) =>
  calls.filter((call) => call.request.method !== "GET");

beforeEach(() => {
  URL.createObjectURL = vi.fn(() => "blob:preview");
  URL.revokeObjectURL = vi.fn();
});

describe("IncidentPage", () => {
  it("takes the next step with its reason, then gives the verdict on the version it answered", async () => {
    const verifying = makeIncident({
      status: "verifying",
      verdict: null,
      next_statuses: ["confirmed", "dismissed"],
      version: 3,
    });
    const { calls } = serve(verifying, {
      onWrite: (request, body) =>
        pathOf(request).endsWith("/transitions")
          ? json({
              ...verifying,
              status: JSON.parse(body).to,
              next_statuses: ["responding"],
              version: 4,
            })
          : json({
              ...verifying,
              status: "confirmed",
              next_statuses: ["responding"],
              verdict: "false",
              version: 5,
            }),
    });
    renderApp(<IncidentPage id={2} />, { me: police, path: "/incidents/2" });
    const workflow = await screen.findByRole("region", { name: "Xử lý vụ việc" });
    await userEvent.click(
      within(workflow).getByRole("button", { name: "Chuyển sang “Xác định sai lệch”" }),
    );
    const form = screen.getByRole("form", { name: "Chuyển sang “Xác định sai lệch”" });
    await userEvent.click(within(form).getByRole("button", { name: "Xác nhận chuyển" }));
    expect(within(form).getByText("Hãy ghi lý do.")).toBeInTheDocument();
    expect(writes(calls)).toHaveLength(0);
    // Only the verdicts that go with the step are offered.
    expect(within(form).queryByRole("option", { name: "Đúng sự thật" })).not.toBeInTheDocument();

    await userEvent.type(within(form).getByLabelText("Lý do"), "Có 02 ca đã điều trị khỏi.");
    await userEvent.selectOptions(within(form).getByLabelText("Kết luận"), "false");
    await userEvent.click(within(form).getByRole("button", { name: "Xác nhận chuyển" }));

    await vi.waitFor(() => expect(writes(calls)).toHaveLength(2));
    const [step, verdict] = writes(calls);
    expect(pathOf(step?.request as Request)).toBe("/api/v1/incidents/2/transitions");
    expect(step?.request.headers.get("If-Match")).toBe('"3"');
    expect(JSON.parse(step?.body ?? "{}")).toEqual({
      to: "confirmed",
      reason: "Có 02 ca đã điều trị khỏi.",
    });
    expect(verdict?.request.method).toBe("PATCH");
    expect(verdict?.request.headers.get("If-Match")).toBe('"4"');
    expect(JSON.parse(verdict?.body ?? "{}")).toEqual({ verdict: "false" });
    const badges = await screen.findByText("Xác định sai lệch", { selector: ".incident-badges *" });
    expect(badges).toBeInTheDocument();
    expect(
      screen.queryByRole("form", { name: "Chuyển sang “Xác định sai lệch”" }),
    ).not.toBeInTheDocument();
    expect(
      within(workflow).getByRole("button", { name: "Chuyển sang “Đang xử lý”" }),
    ).toBeInTheDocument();
  });

  it("reports an incident up only with a reason", async () => {
    const { calls } = serve(makeIncident(), {
      onWrite: () =>
        json(
          makeIncident({ may_escalate: false, escalated_at: "2023-07-11T01:00:00Z", version: 7 }),
        ),
    });
    renderApp(<IncidentPage id={2} />, { me: police, path: "/incidents/2" });
    const workflow = await screen.findByRole("region", { name: "Xử lý vụ việc" });
    await userEvent.click(within(workflow).getByRole("button", { name: "Báo cáo cấp trên" }));
    await userEvent.click(within(workflow).getByRole("button", { name: "Gửi báo cáo cấp trên" }));
    expect(within(workflow).getByText("Hãy ghi lý do.")).toBeInTheDocument();
    await userEvent.type(within(workflow).getByLabelText("Lý do"), "Đề nghị huyện phối hợp.");
    await userEvent.click(within(workflow).getByRole("button", { name: "Gửi báo cáo cấp trên" }));
    await vi.waitFor(() => expect(writes(calls)).toHaveLength(1));
    expect(pathOf(writes(calls)[0]?.request as Request)).toBe("/api/v1/incidents/2/escalate");
    expect(writes(calls)[0]?.request.headers.get("If-Match")).toBe('"6"');
    expect(
      await screen.findByText("Đã báo cáo cấp trên", { selector: ".incident-badges *" }),
    ).toBeInTheDocument();
  });

  it("lets the superior level acknowledge what was escalated, with a note", async () => {
    const escalated = makeIncident({
      id: 3,
      escalated_at: "2023-09-20T03:00:00Z",
      next_statuses: [],
      may_edit: false,
      may_escalate: false,
      may_acknowledge: true,
      people_count: 1,
    });
    const { calls } = serve(escalated, {
      onWrite: () =>
        json({ ...escalated, may_acknowledge: false, acknowledged_at: "2023-09-22T02:00:00Z" }),
    });
    renderApp(<IncidentPage id={3} />, { me: superior, path: "/incidents/3" });
    const workflow = await screen.findByRole("region", { name: "Xử lý vụ việc" });
    expect(within(workflow).queryByRole("button", { name: /Chuyển sang/ })).not.toBeInTheDocument();
    await userEvent.type(
      within(workflow).getByLabelText("Lời nhắn cho xã (không bắt buộc)"),
      "Huyện đã nắm.",
    );
    await userEvent.click(within(workflow).getByRole("button", { name: "Ghi nhận" }));
    await vi.waitFor(() => expect(writes(calls)).toHaveLength(1));
    expect(pathOf(writes(calls)[0]?.request as Request)).toBe("/api/v1/incidents/3/acknowledge");
    expect(JSON.parse(writes(calls)[0]?.body ?? "{}")).toEqual({ note: "Huyện đã nắm." });
    expect(
      await screen.findByText("Cấp trên đã ghi nhận", { selector: ".incident-badges *" }),
    ).toBeInTheDocument();
    // The people are the security unit's: the superior reads how many, never asks who.
    expect(screen.getByText("1 người liên quan")).toBeInTheDocument();
    expect(calls.some((call) => pathOf(call.request).endsWith("/people"))).toBe(false);
  });

  it("shows the security unit who was involved and lets it record the decision", async () => {
    const closed = makeIncident({ id: 1, status: "closed", next_statuses: [], people_count: 1 });
    const person = makePerson({
      decision: "none",
      decision_number: null,
      decided_on: null,
      fine_vnd: null,
    });
    const { calls } = serve(closed, {
      people: [person],
      onWrite: (_request, body) => json({ ...person, ...JSON.parse(body), version: 3 }),
    });
    renderApp(<IncidentPage id={1} />, { me: police, path: "/incidents/1" });
    const people = await screen.findByRole("region", { name: "Người liên quan" });
    expect(
      await within(people).findByText("Đỗ Văn Toàn", { selector: "strong" }),
    ).toBeInTheDocument();
    expect(within(people).getByText("Chưa xử lý")).toBeInTheDocument();
    await userEvent.click(within(people).getByRole("button", { name: /Sửa\s*Đỗ Văn Toàn/ }));
    await userEvent.selectOptions(within(people).getByLabelText("Hình thức xử lý"), "fine");
    await userEvent.type(within(people).getByLabelText("Số quyết định"), "12/QĐ-XPVPHC");
    await userEvent.type(within(people).getByLabelText("Số tiền phạt (đồng)"), "10000000");
    await userEvent.click(within(people).getByRole("button", { name: "Lưu" }));
    await vi.waitFor(() => expect(writes(calls)).toHaveLength(1));
    const change = writes(calls)[0];
    expect(change?.request.method).toBe("PATCH");
    expect(pathOf(change?.request as Request)).toBe("/api/v1/incidents/1/people/1");
    expect(change?.request.headers.get("If-Match")).toBe('"2"');
    expect(JSON.parse(change?.body ?? "{}")).toMatchObject({
      full_name: "Đỗ Văn Toàn",
      decision: "fine",
      decision_number: "12/QĐ-XPVPHC",
      fine_vnd: 10_000_000,
    });
  });

  it("tells others only how many people were involved, without asking the API who", async () => {
    const { calls } = serve(
      makeIncident({
        id: 1,
        people_count: 1,
        may_edit: false,
        next_statuses: [],
        may_escalate: false,
      }),
    );
    renderApp(<IncidentPage id={1} />, { me: member, path: "/incidents/1" });
    const people = await screen.findByRole("region", { name: "Người liên quan" });
    expect(within(people).getByText("1 người liên quan")).toBeInTheDocument();
    expect(within(people).getByText(/Chỉ Công an xã xem được danh tính/)).toBeInTheDocument();
    expect(within(people).queryByRole("button")).not.toBeInTheDocument();
    expect(calls.some((call) => pathOf(call.request).endsWith("/people"))).toBe(false);
    // Nothing to do with the incident: no workflow at all.
    expect(screen.queryByRole("region", { name: "Xử lý vụ việc" })).not.toBeInTheDocument();
  });

  it("shows pictures by their preview with the token, the original only to those allowed", async () => {
    setAccessToken("token-1");
    const picture = makeEvidence({ may_download: false });
    const removed = makeEvidence({
      may_download: false,
      id: 8,
      filename: "anh-nham.jpg",
      removed_at: "2023-07-09T01:00:00Z",
      removal_reason: "Ảnh của vụ việc khác.",
    });
    const { calls } = serve(
      makeIncident({ may_edit: false, next_statuses: [], may_escalate: false }),
      {
        evidence: [picture, removed],
      },
    );
    renderApp(<IncidentPage id={2} />, { me: member, path: "/incidents/2" });
    const evidence = await screen.findByRole("region", { name: "Chứng cứ" });
    expect(
      await within(evidence).findByRole("img", { name: "Ảnh xem trước: chup-man-hinh.jpg" }),
    ).toHaveAttribute("src", "blob:preview");
    const previews = calls.filter((call) => pathOf(call.request).endsWith("/preview"));
    expect(previews.map((call) => pathOf(call.request))).toEqual([
      "/api/v1/incidents/2/evidence/7/preview",
    ]);
    expect(previews[0]?.request.headers.get("Authorization")).toBe("Bearer token-1");
    // Neither handler nor uploader: no original, and no removal.
    expect(within(evidence).queryByRole("button", { name: /Tải bản gốc/ })).not.toBeInTheDocument();
    expect(within(evidence).queryByRole("button", { name: /Gỡ chứng cứ/ })).not.toBeInTheDocument();
    expect(
      within(evidence).getByText("Đã gỡ lúc 09/07/2023 08:00: Ảnh của vụ việc khác."),
    ).toBeInTheDocument();
    setAccessToken(null);
  });

  it("lets the security unit remove a piece of evidence with its reason", async () => {
    const { calls } = serve(makeIncident(), {
      evidence: [makeEvidence()],
      onWrite: () => new Response(null, { status: 204 }),
    });
    renderApp(<IncidentPage id={2} />, { me: police, path: "/incidents/2" });
    const evidence = await screen.findByRole("region", { name: "Chứng cứ" });
    expect(
      await within(evidence).findByRole("button", { name: /Tải bản gốc\s*chup-man-hinh.jpg/ }),
    ).toBeInTheDocument();
    await userEvent.click(
      within(evidence).getByRole("button", { name: /Gỡ chứng cứ\s*chup-man-hinh.jpg/ }),
    );
    const dialog = screen.getByRole("dialog", { name: "Gỡ chứng cứ?" });
    await userEvent.click(within(dialog).getByRole("button", { name: "Gỡ chứng cứ" }));
    expect(within(dialog).getByText("Hãy ghi lý do.")).toBeInTheDocument();
    await userEvent.type(within(dialog).getByLabelText("Lý do gỡ"), "Ảnh của vụ việc khác.");
    await userEvent.click(within(dialog).getByRole("button", { name: "Gỡ chứng cứ" }));
    await vi.waitFor(() => expect(writes(calls)).toHaveLength(1));
    expect(pathOf(writes(calls)[0]?.request as Request)).toBe(
      "/api/v1/incidents/2/evidence/7/remove",
    );
    expect(JSON.parse(writes(calls)[0]?.body ?? "{}")).toEqual({ reason: "Ảnh của vụ việc khác." });
  });

  it("records an action that counts as progress on one of the unit's tasks", async () => {
    const { calls } = serve(makeIncident(), {
      onWrite: (_request, body) =>
        json(
          {
            id: 4,
            ...JSON.parse(body),
            unit_id: 11,
            task_update_id: 90,
            author_name: "Bùi Văn Dũng",
            created_at: "2023-07-10T03:00:00Z",
          },
          201,
        ),
    });
    renderApp(<IncidentPage id={2} />, { me: police, path: "/incidents/2" });
    const actions = await screen.findByRole("region", { name: "Biện pháp xử lý" });
    await userEvent.click(within(actions).getByRole("button", { name: "Ghi biện pháp xử lý" }));
    expect(within(actions).getByLabelText("Ngày thực hiện")).toHaveValue(
      formatDate(todayInVietnam()),
    );
    await userEvent.selectOptions(within(actions).getByLabelText("Biện pháp"), "radio_broadcast");
    await userEvent.type(within(actions).getByLabelText("Kết quả"), "Đài truyền thanh xã đưa tin.");
    await userEvent.selectOptions(
      within(actions).getByLabelText("Nhiệm vụ của kế hoạch"),
      await within(actions).findByRole("option", { name: "Phản bác thông tin sai lệch" }),
    );
    await userEvent.click(within(actions).getByRole("button", { name: "Lưu biện pháp" }));
    await vi.waitFor(() => expect(writes(calls)).toHaveLength(1));
    const post = writes(calls)[0];
    expect(pathOf(post?.request as Request)).toBe("/api/v1/incidents/2/actions");
    expect(post?.request.headers.get("Idempotency-Key")).toBeTruthy();
    expect(JSON.parse(post?.body ?? "{}")).toEqual({
      kind: "radio_broadcast",
      taken_on: todayInVietnam(),
      result: "Đài truyền thanh xã đưa tin.",
      link: null,
      evidence_id: null,
      task_id: 31,
    });
    const tasks = calls.find((call) => pathOf(call.request) === "/api/v1/tasks");
    expect(new URL(tasks?.request.url ?? "").searchParams.get("mine")).toBe("true");
  });

  it("says the timeline in words: steps, the verdict, who and when", async () => {
    serve(makeIncident());
    renderApp(<IncidentPage id={2} />, { me: member, path: "/incidents/2" });
    const timeline = await screen.findByRole("region", { name: "Diễn biến" });
    expect(within(timeline).getByText("Tiếp nhận tin báo")).toBeInTheDocument();
    expect(within(timeline).getByText("Mới tiếp nhận → Đang xác minh")).toBeInTheDocument();
    expect(within(timeline).getByText("Làm việc với Trạm Y tế xã.")).toBeInTheDocument();
    expect(within(timeline).getByText("Kết luận: Gây hiểu lầm")).toBeInTheDocument();
    expect(timeline).toHaveTextContent("Bùi Văn Dũng · 09/07/2023 08:00");
  });
});
