import { translator } from "../../i18n/i18n";
import vi_messages from "../../i18n/vi.json";
import { makeIncident } from "../../test/incidents";
import {
  blankIncidentFields,
  changedIncidentFields,
  incidentFieldProblems,
  incidentFieldsOf,
  rebasedIncidentFields,
  reportedIncident,
} from "./incidentForm";

const t = translator(vi_messages);
const TIKTOK = "https://www.tiktok.com/@tin.lang.que/video/7251234567890";

describe("the incident's fields as typed", () => {
  it("give a report without the optional fields left empty", () => {
    const typed = {
      ...blankIncidentFields(),
      title: "  Tin đồn mất điện  ",
      platform: "facebook" as const,
      category: "fraud" as const,
      url: "https://www.facebook.com/a",
      otherUrls: "https://www.facebook.com/b\nhttps://www.facebook.com/a\n",
      shares: "0",
    };
    expect(reportedIncident(typed)).toEqual({
      title: "Tin đồn mất điện",
      platform: "facebook",
      category: "fraud",
      urls: ["https://www.facebook.com/a", "https://www.facebook.com/b"],
      summary: "",
      shares: 0,
      scope: "commune",
      severity: "medium",
      classification: "internal",
    });
  });

  it("give a correction of what changed only, an emptied optional field as null", () => {
    const incident = makeIncident();
    expect(changedIncidentFields(incident, incidentFieldsOf(incident))).toEqual({});
    const typed = {
      ...incidentFieldsOf(incident),
      accountName: " ",
      comments: "",
      url: "",
      otherUrls: TIKTOK,
      summary: `${incident.summary}\n`,
    };
    // The address moved from one box to the other and the summary's trailing line: no change.
    expect(changedIncidentFields(incident, typed)).toEqual({ account_name: null, comments: null });
  });

  it("keep what the person changed when the incident changed meanwhile, the rest as it is now", () => {
    const read = makeIncident();
    const latest = makeIncident({ severity: "high", title: "Tiêu đề mới của người khác" });
    const typed = { ...incidentFieldsOf(read), summary: "Nội dung tôi sửa" };
    expect(rebasedIncidentFields(typed, read, latest)).toEqual({
      ...incidentFieldsOf(latest),
      summary: "Nội dung tôi sửa",
    });
  });

  it("are checked for what the API would refuse", () => {
    const problems = incidentFieldProblems(
      { ...blankIncidentFields(), url: "facebook.com/x", views: "-1", comments: "1.5" },
      t,
    );
    expect(problems).toEqual({
      title: "Hãy ghi tin sai lệch nói gì.",
      platform: "Hãy chọn nơi thấy tin.",
      category: "Hãy chọn lĩnh vực.",
      url: "Đường dẫn phải bắt đầu bằng http:// hoặc https://",
      views: "Số nguyên không âm.",
      comments: "Số nguyên không âm.",
    });
  });
});
