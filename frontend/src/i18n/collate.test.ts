import { compareNames, sortByName } from "./collate";

describe("Vietnamese collation", () => {
  it("puts Đ right after D, before E, not after V", () => {
    const names = ["Văn phòng HĐND & UBND", "Đài truyền thanh xã", "Công an xã", "Dân quân", "Ế"];
    expect(sortByName(names, (name) => name)).toEqual([
      "Công an xã",
      "Dân quân",
      "Đài truyền thanh xã",
      "Ế",
      "Văn phòng HĐND & UBND",
    ]);
  });

  it("orders by letters before tones", () => {
    expect(compareNames("Hòa", "Hoan")).toBeLessThan(0);
  });
});
