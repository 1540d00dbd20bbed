import { addDays, documentDateParts, formatDate, formatDateTime, todayInVietnam } from "./format";

describe("formatDate", () => {
  it("shows a calendar date as dd/mm/yyyy without shifting it", () => {
    expect(formatDate("2023-06-01")).toBe("01/06/2023");
    expect(formatDate("2023-12-31")).toBe("31/12/2023");
  });

  it("shows nothing for a missing date and leaves unknown text alone", () => {
    expect(formatDate(null)).toBe("");
    expect(formatDate(undefined)).toBe("");
    expect(formatDate("soon")).toBe("soon");
  });
});

describe("formatDateTime", () => {
  it("shows an instant in Vietnam's time zone (UTC+7)", () => {
    expect(formatDateTime("2023-06-01T01:30:00Z")).toBe("01/06/2023 08:30");
  });

  it("moves to the next day in Vietnam late in the UTC evening", () => {
    expect(formatDateTime("2023-12-31T18:05:00Z")).toBe("01/01/2024 01:05");
  });
});

describe("todayInVietnam", () => {
  it("is already tomorrow in Hà Nội at 17:00 UTC", () => {
    expect(todayInVietnam(new Date("2023-03-07T17:00:00Z"))).toBe("2023-03-08");
    expect(todayInVietnam(new Date("2023-03-07T16:59:00Z"))).toBe("2023-03-07");
  });
});

describe("addDays", () => {
  it("crosses month and year boundaries", () => {
    expect(addDays("2023-01-31", 1)).toBe("2023-02-01");
    expect(addDays("2023-12-31", 7)).toBe("2024-01-07");
    expect(addDays("2023-03-01", -1)).toBe("2023-02-28");
  });
});

describe("documentDateParts", () => {
  it("pads the day, and the month only for January and February (Nghị định 30/2020)", () => {
    expect(documentDateParts("2023-03-08")).toEqual({ day: "08", month: "3", year: "2023" });
    expect(documentDateParts("2023-02-15")).toEqual({ day: "15", month: "02", year: "2023" });
    expect(documentDateParts("2023-01-05")).toEqual({ day: "05", month: "01", year: "2023" });
    expect(documentDateParts("2023-11-20")).toEqual({ day: "20", month: "11", year: "2023" });
  });
});
