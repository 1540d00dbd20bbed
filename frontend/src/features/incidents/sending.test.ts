import { translator } from "../../i18n/i18n";
import vi_messages from "../../i18n/vi.json";
import { makeEvidence, makeIncident } from "../../test/incidents";
import { pathOf } from "../../test/media";
import { json, mockFetch } from "../../test/render";
import { draftFiles } from "../tasks/draftFiles";
import { drafts, type IncidentDraft } from "../tasks/drafts";
import {
  keepReport,
  multipartBody,
  resendIncidentDraft,
  safeFileName,
  sendIncidentDraft,
} from "./sending";

const t = translator(vi_messages);
const report = {
  title: "Tin đồn mất điện",
  detected_at: "2023-07-08T19:45:00+07:00",
  platform: "facebook" as const,
  category: "local_socio_economic" as const,
  urls: ["https://www.facebook.com/tin.demo/posts/1"],
  summary: "",
  scope: "commune" as const,
  severity: "medium" as const,
  classification: "internal" as const,
};
const photo = () => new File(["jpeg bytes"], "IMG_0001.jpg", { type: "image/jpeg" });
const current = (key: string) => drafts.all().find((draft) => draft.key === key) as IncidentDraft;

beforeEach(() => drafts.reload());

describe("sending a report kept as a draft", () => {
  it("gives the photo the same bytes at every attempt", async () => {
    const file = photo();
    const first = await multipartBody("ttdn-k", file, "Ảnh “màn hình”.jpg", "image/jpeg");
    const second = await multipartBody("ttdn-k", file, "Ảnh “màn hình”.jpg", "image/jpeg");
    expect(second).toEqual(first);
    const text = new TextDecoder().decode(first);
    expect(text).toContain('filename="Anh_man_hinh_.jpg"');
    expect(text.endsWith("\r\n--ttdn-k--\r\n")).toBe(true);
    expect(safeFileName("Đường.png")).toBe("Duong.png");
    expect(safeFileName("“”")).toBe("anh.jpg");
  });

  it("sends a photo that could not go yet later, alone, with its own key and the same bytes", async () => {
    let photoUp = false;
    const { calls } = mockFetch((request) => {
      if (pathOf(request) === "/api/v1/incidents")
        return json(makeIncident({ id: 21, code: "TTSL-2023-0021" }), 201);
      return photoUp ? json(makeEvidence(), 201) : json({ detail: "Bad gateway" }, 502);
    });
    const draft = await keepReport(10, report, photo());
    expect(await sendIncidentDraft(draft, t)).toEqual({ kind: "retry-later" });
    // The report is in: the draft remembers where.
    expect(current(draft.key).sent).toEqual({
      incidentId: 21,
      code: "TTSL-2023-0021",
      joined: false,
    });

    photoUp = true;
    const outcome = await sendIncidentDraft(current(draft.key), t);
    expect(outcome).toEqual({
      kind: "sent",
      notice: { text: "Đã gửi tin báo: vụ việc TTSL-2023-0021.", href: "/incidents/21" },
    });
    const reports = calls.filter((call) => pathOf(call.request) === "/api/v1/incidents");
    const uploads = calls.filter(
      (call) => pathOf(call.request) === "/api/v1/incidents/21/evidence",
    );
    expect(reports).toHaveLength(1);
    expect(reports[0]?.request.headers.get("Idempotency-Key")).toBe(draft.key);
    expect(uploads).toHaveLength(2);
    expect(uploads[1]?.request.headers.get("Idempotency-Key")).toBe(draft.photo?.key);
    expect(uploads[1]?.body).toBe(uploads[0]?.body);
    // The photo is forgotten once sent.
    expect(await draftFiles.get(draft.photo?.key ?? "")).toBeUndefined();
  });

  it("sends a draft once when the form and the sync start together", async () => {
    const { calls } = mockFetch(() => json(makeIncident(), 201));
    const draft = await keepReport(10, report, null);
    const [first, second] = await Promise.all([
      sendIncidentDraft(draft, t),
      sendIncidentDraft(draft, t),
    ]);
    expect(second).toBe(first);
    expect(calls).toHaveLength(1);
  });

  it("says the report is in when its photo is refused, and where to add it", async () => {
    mockFetch((request) =>
      pathOf(request) === "/api/v1/incidents"
        ? json(makeIncident(), 200)
        : json({ detail: "Chỉ nhận ảnh, PDF hoặc video ngắn." }, 415),
    );
    const draft = await keepReport(10, report, photo());
    expect(await sendIncidentDraft(draft, t)).toEqual({
      kind: "sent",
      notice: {
        text:
          "Đã có vụ việc TTSL-2023-0002 về đường dẫn này; tin của bạn đã được ghi thêm. " +
          "Ảnh chưa gửi được (Chỉ nhận ảnh, PDF hoặc video ngắn.); hãy bổ sung ở trang vụ việc.",
        href: "/incidents/2",
      },
    });
  });

  it("gives up on a report the API refuses, and waits while it cannot be reached", async () => {
    mockFetch(() => json({ detail: "Hãy chọn đơn vị báo tin của xã bạn." }, 422));
    const refused = await keepReport(10, report, null);
    expect(await sendIncidentDraft(refused, t)).toEqual({
      kind: "refused",
      message: "Hãy chọn đơn vị báo tin của xã bạn.",
    });
    vi.stubGlobal(
      "fetch",
      vi.fn(async () => {
        throw new TypeError("Failed to fetch");
      }),
    );
    const offline = await keepReport(10, report, null);
    expect(await sendIncidentDraft(offline, t)).toEqual({ kind: "retry-later" });
    expect(current(offline.key).sent).toBeUndefined();
  });

  it("sends a refused report again with its first Idempotency-Key and bytes, and forgets it once in", async () => {
    const refusal = "Hãy chọn đơn vị báo tin của xã bạn.";
    let refusing = true;
    const { calls } = mockFetch(() =>
      refusing
        ? json({ detail: refusal }, 422)
        : json(makeIncident({ id: 21, code: "TTSL-2023-0021" }), 201),
    );
    const draft = await keepReport(10, report, null);
    drafts.add({ ...draft, error: refusal });

    // Refused again: kept, with the latest reason, never dropped.
    expect(await resendIncidentDraft(current(draft.key), t)).toEqual({
      kind: "refused",
      message: refusal,
    });
    expect(current(draft.key).error).toBe(refusal);

    refusing = false;
    expect(await resendIncidentDraft(current(draft.key), t)).toMatchObject({
      kind: "sent",
      notice: { href: "/incidents/21" },
    });
    expect(drafts.all()).toEqual([]);
    const [first, second] = calls;
    expect(calls).toHaveLength(2);
    expect(first?.request.headers.get("Idempotency-Key")).toBe(draft.key);
    expect(second?.request.headers.get("Idempotency-Key")).toBe(draft.key);
    expect(second?.body).toBe(draft.body);
  });

  it("keeps a report sent again without a connection waiting, its refusal cleared for the sync", async () => {
    vi.stubGlobal(
      "fetch",
      vi.fn(async () => {
        throw new TypeError("Failed to fetch");
      }),
    );
    const draft = await keepReport(10, report, null);
    drafts.add({ ...draft, error: "Máy chủ từ chối." });
    expect(await resendIncidentDraft(current(draft.key), t)).toEqual({ kind: "retry-later" });
    expect(current(draft.key).error).toBeUndefined();
    expect(current(draft.key).body).toBe(draft.body);
  });
});
