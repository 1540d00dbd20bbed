import { describe, expect, it } from "vitest";
import { isIsoDate, parseDateText } from "./dateText";

describe("parseDateText", () => {
  it.each([
    ["30/06/2025", "2025-06-30"],
    ["30/6/2025", "2025-06-30"],
    ["3/6/2025", "2025-06-03"],
    ["30062025", "2025-06-30"],
    ["30-06-2025", "2025-06-30"],
    ["30.06.2025", "2025-06-30"],
    ["  01/01/2024 ", "2024-01-01"],
    ["2025-06-30", "2025-06-30"],
    ["31/12/2025", "2025-12-31"],
  ])("reads %j as %s", (text, iso) => {
    expect(parseDateText(text)).toBe(iso);
  });

  it("knows leap years: 29/02 exists in 2024 and 2000, not in 2025 nor 1900", () => {
    expect(parseDateText("29/02/2024")).toBe("2024-02-29");
    expect(parseDateText("29/02/2000")).toBe("2000-02-29");
    expect(parseDateText("29/02/2025")).toBeNull();
    expect(parseDateText("29/02/1900")).toBeNull();
    expect(parseDateText("29022025")).toBeNull();
  });

  it.each([
    "31/04/2025",
    "31/06/2025",
    "32/01/2025",
    "00/01/2025",
    "15/13/2025",
    "15/00/2025",
    "2025-02-30",
  ])("refuses %j, a day the calendar does not have", (text) => {
    expect(parseDateText(text)).toBeNull();
  });

  it.each([
    "",
    "   ",
    "abc",
    "30/06",
    "30/06/25",
    "30/06/20255",
    "3062025",
    "300620255",
    "30/06/2025x",
    "06/30/2025",
    "30 06 2025",
    "1/1/0999",
  ])("refuses %j, not a date", (text) => {
    expect(parseDateText(text)).toBeNull();
  });
});

describe("isIsoDate", () => {
  it("holds for calendar dates written the API's way only", () => {
    expect(isIsoDate("2024-02-29")).toBe(true);
    expect(isIsoDate("2025-02-29")).toBe(false);
    expect(isIsoDate("30/06/2025")).toBe(false);
    expect(isIsoDate("")).toBe(false);
  });
});
