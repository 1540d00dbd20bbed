import { monthLabel, monthsBetween, percent, scale } from "./chart";

describe("the charts' shared bits", () => {
  it("write months as mm/yyyy", () => {
    expect(monthLabel("2023-05")).toBe("05/2023");
  });

  it("list every month between two, across a new year", () => {
    expect(monthsBetween("2023-11", "2024-02")).toEqual([
      "2023-11",
      "2023-12",
      "2024-01",
      "2024-02",
    ]);
    expect(monthsBetween("", "")).toEqual([]);
  });

  it("make a whole-number scale that reaches the largest value", () => {
    expect(scale(0)).toEqual({ top: 1, ticks: [0, 1] });
    expect(scale(3)).toEqual({ top: 3, ticks: [0, 1, 2, 3] });
    expect(scale(9)).toEqual({ top: 9, ticks: [0, 3, 6, 9] });
    expect(scale(10).top).toBeGreaterThanOrEqual(10);
  });

  it("turn a share into a whole percentage, none when nothing was judged", () => {
    expect(percent(0.756)).toBe(76);
    expect(percent(null)).toBeNull();
  });
});
