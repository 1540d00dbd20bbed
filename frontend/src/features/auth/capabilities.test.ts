import { navFor } from "../../ui/nav";
import { CAPABILITY_LABELS, can } from "./capabilities";

const areaLeader = { capabilities: ["plans:read", "tasks:read", "tasks:report", "units:read"] };
const superior = { capabilities: ["plans:read", "tasks:read", "units:read"] };
const admin = {
  capabilities: [
    "plans:read",
    "plans:write",
    "tasks:read",
    "tasks:assign",
    "units:read",
    "units:write",
    "users:read",
    "users:write",
  ],
};
const coordinator = {
  capabilities: [
    "plans:read",
    "tasks:read",
    "tasks:report",
    "tasks:confirm",
    "units:read",
    "users:read",
  ],
};

describe("can", () => {
  it("answers from the capabilities the API granted", () => {
    expect(can(areaLeader, "tasks:report")).toBe(true);
    expect(can(superior, "tasks:report")).toBe(false);
    expect(can(coordinator, "tasks:confirm")).toBe(true);
  });

  it("refuses everything while nobody is known", () => {
    expect(can(undefined, "tasks:read")).toBe(false);
    expect(can(null, "tasks:read")).toBe(false);
  });
});

describe("navigation", () => {
  const hrefs = (principal: { capabilities: string[] }) =>
    navFor(principal).map((item) => item.href);

  it("shows user administration only to those who may write users", () => {
    expect(hrefs(admin)).toContain("/users");
    expect(hrefs(coordinator)).not.toContain("/users");
    expect(hrefs(superior)).not.toContain("/users");
  });

  it("gives an area leader its tasks, the plan, units and its account", () => {
    expect(hrefs(areaLeader)).toEqual(["/", "/tasks", "/plans", "/units", "/profile"]);
  });

  it("shows false information to whoever reports, reads, or receives escalated incidents", () => {
    for (const capability of ["incidents:report", "incidents:read", "incidents:escalated"])
      expect(hrefs({ capabilities: [capability] })).toContain("/incidents");
    expect(hrefs({ capabilities: ["incidents:acknowledge"] })).not.toContain("/incidents");
  });

  it("hides the screens of capabilities one does not have", () => {
    expect(hrefs({ capabilities: [] })).toEqual(["/", "/profile"]);
  });
});

describe("capability words", () => {
  it("name every capability in Vietnamese and English, never by its code", async () => {
    const vi = (await import("../../i18n/vi.json")).default as Record<string, string>;
    const en = (await import("../../i18n/en.json")).default as Record<string, string>;
    for (const [capability, key] of Object.entries(CAPABILITY_LABELS)) {
      for (const messages of [vi, en]) {
        expect(messages[key], capability).toBeTruthy();
        expect(messages[key]).not.toContain(capability);
      }
    }
  });
});
