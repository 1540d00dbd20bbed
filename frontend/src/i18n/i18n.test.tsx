import { act, render, screen } from "@testing-library/react";
import en from "./en.json";
import { I18nProvider, interpolate, useI18n } from "./i18n";
import viMessages from "./vi.json";

describe("message files", () => {
  it("have the same keys in Vietnamese and English", () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(viMessages).sort());
  });

  it("have no empty message", () => {
    for (const [key, text] of [...Object.entries(viMessages), ...Object.entries(en)]) {
      expect(text.trim(), key).not.toBe("");
    }
  });

  it("use the same placeholders in both languages", () => {
    // `{count}` in one language may be `{count, plural, …}` in the other: compare the names.
    const placeholders = (text: string) =>
      [...new Set([...text.matchAll(/\{(\w+)[,}]/g)].map((match) => match[1]))].sort().join(",");
    for (const key of Object.keys(viMessages) as (keyof typeof viMessages)[]) {
      expect(placeholders(en[key]), key).toBe(placeholders(viMessages[key]));
    }
  });
});

describe("interpolate", () => {
  it("fills placeholders and keeps unknown ones visible", () => {
    expect(interpolate("Hạn {date}", { date: "01/06/2023" })).toBe("Hạn 01/06/2023");
    expect(interpolate("{a} và {b}", { a: 1 })).toBe("1 và {b}");
  });

  it("picks the plural form the language's rules give", () => {
    const text = en["tasks.count"];
    expect(interpolate(text, { count: 1 }, "en")).toBe("1 task");
    expect(interpolate(text, { count: 0 }, "en")).toBe("0 tasks");
    expect(interpolate(text, { count: 22 }, "en")).toBe("22 tasks");
    expect(interpolate(en["plans.tasksLink"], { count: "…" }, "en")).toBe("… tasks you follow");
    expect(interpolate(viMessages["tasks.count"], { count: 1 })).toBe("1 nhiệm vụ");
  });

  it("leaves no English count without plural forms", () => {
    for (const [key, text] of Object.entries(en)) {
      if (/\{count\}/.test(text))
        expect(key).toMatch(/^(tasks\.filtersActive|drafts\.pendingShort)$/);
    }
  });
});

function Probe() {
  const { t, setLang } = useI18n();
  return (
    <>
      <p>{t("nav.tasks")}</p>
      <button type="button" onClick={() => setLang("en")}>
        switch
      </button>
    </>
  );
}

describe("I18nProvider", () => {
  it("speaks Vietnamese by default and switches to English on request", async () => {
    render(
      <I18nProvider>
        <Probe />
      </I18nProvider>,
    );
    expect(screen.getByText("Nhiệm vụ")).toBeInTheDocument();
    expect(document.documentElement.lang).toBe("vi");
    await act(async () => screen.getByRole("button").click());
    expect(await screen.findByText("Tasks")).toBeInTheDocument();
    expect(document.documentElement.lang).toBe("en");
    expect(localStorage.getItem("ttdn.lang")).toBe("en");
  });
});
