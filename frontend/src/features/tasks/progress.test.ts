import { translator } from "../../i18n/i18n";
import messages from "../../i18n/vi.json";
import { json, mockFetch } from "../../test/render";
import type { ProgressDraft } from "./drafts";
import { openOccurrences, reportingUnits, sendDraft } from "./progress";

const t = translator(messages);
const draft: ProgressDraft = {
  key: "7f1c2a9e-key",
  userId: 1,
  taskId: 22,
  taskTitle: "Báo cáo",
  body: '{"text":"Đã họp dân","claims_completion":false,"percent":40}',
  createdAt: "2023-05-01T00:00:00Z",
};

describe("sendDraft", () => {
  it("posts the draft's exact body with its Idempotency-Key", async () => {
    const { calls } = mockFetch(() => json({ id: 1 }, 201));
    expect(await sendDraft(draft, t)).toEqual({ kind: "sent" });
    expect(calls).toHaveLength(1);
    const [call] = calls;
    expect(call?.request.method).toBe("POST");
    expect(new URL(call?.request.url ?? "").pathname).toBe("/api/v1/tasks/22/updates");
    expect(call?.request.headers.get("Idempotency-Key")).toBe("7f1c2a9e-key");
    expect(call?.body).toBe(draft.body);
  });

  it("keeps the draft when there is no network", async () => {
    vi.stubGlobal("fetch", vi.fn().mockRejectedValue(new TypeError("Failed to fetch")));
    expect(await sendDraft(draft, t)).toEqual({ kind: "retry-later" });
  });

  it("keeps the draft while the server is still processing the same key (409) or fails (5xx)", async () => {
    mockFetch(() => json({ detail: "Yêu cầu đang được xử lý" }, 409));
    expect(await sendDraft(draft, t)).toEqual({ kind: "retry-later" });
    mockFetch(() => json({ detail: "lỗi" }, 503));
    expect(await sendDraft(draft, t)).toEqual({ kind: "retry-later" });
  });

  it("reports the server's words when it refuses the report", async () => {
    mockFetch(() =>
      json(
        {
          title: "Dữ liệu không hợp lệ",
          detail: "Dữ liệu gửi lên không hợp lệ.",
          errors: [{ loc: ["body", "text"], msg: "Nội dung báo cáo không được để trống" }],
        },
        422,
      ),
    );
    const outcome = await sendDraft(draft, t);
    expect(outcome.kind).toBe("refused");
    expect(outcome.kind === "refused" && outcome.message).toContain(
      "Nội dung báo cáo không được để trống",
    );
  });
});

const khu1 = { unit_id: 12, unit_name: "Khu dân cư số 1", role: "lead" as const };
const khu2 = { unit_id: 13, unit_name: "Khu dân cư số 2", role: "lead" as const };
const radio = { unit_id: 8, unit_name: "Đài truyền thanh xã", role: "cooperating" as const };
const assignees = [khu1, khu2, radio];

describe("reportingUnits", () => {
  it("reports for one's own unit among the task's units", () => {
    expect(reportingUnits([12], assignees)).toEqual({ fixed: khu1 });
    expect(reportingUnits([8], assignees)).toEqual({ fixed: radio });
  });

  it("reports for the single lead when one is not assigned (a coordinator)", () => {
    expect(reportingUnits([4], [khu1, radio])).toEqual({ fixed: khu1 });
  });

  it("asks which unit when a group task has several leads", () => {
    expect(reportingUnits([4], assignees)).toEqual({ choose: assignees });
  });
});

describe("openOccurrences", () => {
  it("lists a unit's open occurrences, earliest first", () => {
    const occurrences = [
      { id: 3, unit_id: 12, due_on: "2023-11-01", completed_on: null },
      { id: 1, unit_id: 12, due_on: "2023-06-01", completed_on: "2023-05-30" },
      { id: 2, unit_id: 12, due_on: "2023-06-01", completed_on: null },
      { id: 4, unit_id: 13, due_on: "2023-06-01", completed_on: null },
    ];
    expect(openOccurrences(occurrences, 12).map((o) => o.id)).toEqual([2, 3]);
  });
});
