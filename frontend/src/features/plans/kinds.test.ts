import { areaOf, placeOf } from "./issuing";
import { fold, nextSectionCode } from "./kinds";
import { recipientLines } from "./PlanFields";

describe("the code a new section takes", () => {
  it("follows its last sibling, roman or numbered", () => {
    expect(nextSectionCode(null, ["I", "II"])).toBe("III");
    expect(nextSectionCode("II", ["1", "2", "3"])).toBe("4");
    expect(nextSectionCode("4", ["4.1", "4.2", "4.3", "4.4"])).toBe("4.5");
    expect(nextSectionCode("III", ["1", "8."])).toBe("9");
  });

  it("starts a level as documents do", () => {
    expect(nextSectionCode(null, [])).toBe("I");
    expect(nextSectionCode("II", [])).toBe("1");
    expect(nextSectionCode("4", [])).toBe("4.1");
  });
});

describe("matching what was typed", () => {
  it("ignores diacritics, đ and case", () => {
    expect(fold("Đài truyền thanh xã")).toBe("dai truyen thanh xa");
    expect(fold("Đài truyền thanh xã").includes(fold("dai TRUYEN"))).toBe(true);
  });
});

describe("recipients typed one a line", () => {
  it("drop blank lines and the dashes the document prints", () => {
    expect(recipientLines("- UBND huyện;\n\n  – Các khu dân cư;\nLưu: VT, VHXH.\n")).toEqual([
      "UBND huyện;",
      "Các khu dân cư;",
      "Lưu: VT, VHXH.",
    ]);
  });
});

describe("a new plan's wording", () => {
  it("takes the area and place from the issuing unit's name", () => {
    expect(areaOf("Ủy ban nhân dân xã Cao Xá")).toBe("xã Cao Xá");
    expect(placeOf("xã Cao Xá")).toBe("Cao Xá");
    expect(placeOf(areaOf("Ủy ban nhân dân thị trấn Lâm Thao"))).toBe("Lâm Thao");
  });
});
