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
    const placeholders = (text: string) => (text.match(/\{\w+\}/g) ?? []).sort().join(",");
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
