import { ApiError } from "../../api/errors";
import type { Translate } from "../../i18n/i18n";
import { makeReference } from "../../test/plans";
import { checkReview, draftOf, problemKey, problemsOfRefusal } from "./importDraft";
import { makeProposal } from "./importFixture";
import { type ImportReview, reviewOf, taskTitle, undecidedUnits } from "./importReview";

/** Messages as their keys, to see which one was given. */
const t: Translate = (key) => key;

const start = () => reviewOf(makeProposal(), { issuingUnitIds: [3], fallbackYear: 2024 });

/** The review with the unmatched Hội Người cao tuổi xã given Khu dân cư số 1. */
function decided(review: ImportReview = start()): ImportReview {
  return {
    ...review,
    units: review.units.map((unit) =>
      unit.match === "none" ? { ...unit, leadUnitIds: [12] } : unit,
    ),
  };
}

describe("a task's title from its sentence", () => {
  it("is the sentence without its closing punctuation", () => {
    expect(taskTitle("Phát sóng chuyên mục thông tin đối ngoại trước ngày 30/6/2025.")).toBe(
      "Phát sóng chuyên mục thông tin đối ngoại trước ngày 30/6/2025",
    );
  });

  it("is cut at a word to 300 characters", () => {
    const sentence = `${"Tuyên truyền ".repeat(30)}về biển đảo.`;
    const title = taskTitle(sentence);
    expect(title.length).toBeLessThanOrEqual(300);
    expect(sentence.startsWith(title)).toBe(true);
    expect(title.endsWith("Tuyên truyền")).toBe(true);
  });
});

describe("the review a proposal starts", () => {
  it("keeps the text's issuing unit, year and place, and asks about the unmatched unit", () => {
    const review = start();
    expect(review.header).toMatchObject({ unitId: 3, year: "2025", place: "Cao Xá" });
    expect(review.units.map((unit) => [unit.name, unit.match, unit.leadUnitIds])).toEqual([
      ["Công an xã", "unit", [10]],
      ["Đài truyền thanh xã", "unit", [8]],
      ["Hội Người cao tuổi xã", "none", []],
      ["Các khu dân cư", "group", [12, 13]],
    ]);
    expect(undecidedUnits(review).map((unit) => unit.name)).toEqual(["Hội Người cao tuổi xã"]);
  });

  it("takes the first issuing unit and the fallback year when the text names neither", () => {
    const proposal = makeProposal();
    proposal.header = { ...proposal.header, issuing_unit_id: 99, year: null };
    const review = reviewOf(proposal, { issuingUnitIds: [7, 3], fallbackYear: 2024 });
    expect(review.header).toMatchObject({ unitId: 7, year: "2024" });
  });
});

describe("the reviewed draft sent", () => {
  it("maps the proposal as read into the API's ReviewedDraft", () => {
    const { draft } = draftOf(decided());
    expect(draft.plan).toEqual({
      unit_id: 3,
      title: "Kế hoạch hoạt động thông tin đối ngoại xã Cao Xá năm 2025",
      year: 2025,
      symbol: "KH-UBND",
      place: "Cao Xá",
      introduction: "UBND xã Cao Xá xây dựng kế hoạch như sau:",
      closing: "",
      recipients: ["UBND huyện", "Lưu: VT, VHXH"],
      signer: {
        authority: "TM.",
        body: "ỦY BAN NHÂN DÂN",
        position: "CHỦ TỊCH",
        full_name: "Quách Văn Chí",
      },
      reporting_deadlines: [
        { kind: "semiannual", due_on: "2025-06-01", label: "Báo cáo sơ kết 6 tháng" },
      ],
    });
    expect(draft.plan).not.toHaveProperty("legal_basis_ids");
    expect(draft.legal_bases).toEqual([
      {
        new: {
          kind: "decree",
          number: "72/2015/NĐ-CP",
          issued_on: "2015-09-07",
          issuer: "Chính phủ",
          title: "Quản lý hoạt động thông tin đối ngoại",
          in_force: true,
        },
      },
      {
        new: {
          kind: "plan",
          number: "45/KH-UBND",
          issued_on: "2025-01-05",
          issuer: "Ủy ban nhân dân huyện Lâm Thao",
          title: "",
          in_force: true,
        },
      },
    ]);
    expect(draft.sections?.map((section) => section.code)).toEqual(["I", "II", "III"]);
    expect(draft.sections?.[2]?.children?.map((section) => section.title)).toEqual([
      "Công an xã",
      "Đài truyền thanh xã",
      "Hội Người cao tuổi xã",
      "Các khu dân cư",
    ]);
    expect(draft.tasks).toEqual([
      {
        title: "Theo dõi, phát hiện và xử lý thông tin sai lệch trên mạng xã hội, báo cáo hằng quý",
        description:
          "Theo dõi, phát hiện và xử lý thông tin sai lệch trên mạng xã hội, báo cáo hằng quý.",
        section_path: "III.1",
        lead_unit_ids: [10],
        group_label: null,
        cooperating_unit_ids: [8],
        schedule: "recurring",
        due_on: null,
        frequency: "quarterly",
        priority: "normal",
        topics: [],
      },
      expect.objectContaining({
        section_path: "III.2",
        lead_unit_ids: [8],
        schedule: "once",
        due_on: "2025-06-30",
        frequency: null,
      }),
      expect.objectContaining({ section_path: "III.3", lead_unit_ids: [12], group_label: null }),
      expect.objectContaining({
        section_path: "III.4",
        lead_unit_ids: [12, 13],
        group_label: "Các khu dân cư",
        schedule: "continuous",
        due_on: null,
      }),
    ]);
  });

  it("sends corrections: empty fields as null, an entered document by id, codes followed", () => {
    const review = decided();
    const [decree, plan] = review.legalBases;
    if (!decree || !plan) throw new Error("two căn cứ expected");
    review.legalBases = [
      { ...decree, number: " ", issuer: "", issuedOn: "" },
      { ...plan, existing: makeReference({ id: 41 }) },
    ];
    // III becomes IV: the tasks placed under it follow; section 2 of it goes with its task.
    review.sections = review.sections.map((section) =>
      section.code === "III"
        ? {
            ...section,
            code: "IV",
            children: section.children.map((child) =>
              child.code === "2" ? { ...child, kept: false } : child,
            ),
          }
        : section,
    );
    // Đài truyền thanh xã is left out; Công an xã's task becomes one due on a date.
    review.units = review.units.map((unit) =>
      unit.name === "Đài truyền thanh xã"
        ? { ...unit, leftOut: true }
        : unit.name === "Công an xã"
          ? {
              ...unit,
              tasks: unit.tasks.map((task) => ({ ...task, schedule: "once", dueOn: "2025-09-30" })),
            }
          : unit,
    );
    const { draft, places } = draftOf(review);
    expect(draft.legal_bases).toEqual([
      {
        new: expect.objectContaining({ number: null, issuer: null, issued_on: null }),
      },
      { reference_id: 41 },
    ]);
    expect(draft.sections?.[2]?.children?.map((section) => section.code)).toEqual(["1", "3", "4"]);
    expect(draft.tasks?.map((task) => task.section_path)).toEqual(["IV.1", "IV.3", "IV.4"]);
    expect(draft.tasks?.[0]).toMatchObject({
      schedule: "once",
      due_on: "2025-09-30",
      frequency: null,
    });
    expect(places.tasks).toEqual(["task:0.0", "task:2.0", "task:3.0"]);
  });

  it("puts a task of a removed section in no section", () => {
    const review = decided();
    review.sections = review.sections.map((section) =>
      section.code === "III" ? { ...section, kept: false } : section,
    );
    const { draft } = draftOf(review);
    expect(draft.sections?.map((section) => section.code)).toEqual(["I", "II"]);
    expect(draft.tasks?.every((task) => task.section_path === null)).toBe(true);
  });
});

describe("what must be put right before sending", () => {
  it("asks about a unit matched to nothing until it has a unit or is left out", () => {
    expect(checkReview(start(), t)).toEqual({ "unit:2": "planImport.unitUndecided" });
    const leftOut = start();
    leftOut.units = leftOut.units.map((unit) =>
      unit.match === "none" ? { ...unit, leftOut: true } : unit,
    );
    expect(checkReview(leftOut, t)).toEqual({});
    expect(draftOf(leftOut).draft.tasks).toHaveLength(3);
  });

  it("marks a date missing, a group without a name and a code used twice where they are", () => {
    const review = decided();
    review.units = review.units.map((unit) =>
      unit.name === "Công an xã"
        ? { ...unit, leadUnitIds: [10, 8], groupLabel: " " }
        : unit.name === "Đài truyền thanh xã"
          ? { ...unit, tasks: unit.tasks.map((task) => ({ ...task, dueOn: "" })) }
          : unit,
    );
    review.sections = review.sections.map((section) =>
      section.code === "II" ? { ...section, code: "I" } : section,
    );
    expect(checkReview(review, t)).toEqual({
      "unit:0/group_label": "planEditor.groupLabelRequired",
      "task:1.0/due_on": "planEditor.dueOnRequired",
      "section:II/code": "planImport.sectionCodeTaken",
    });
  });

  it("marks a due date that is no calendar date (typed 31/04/2025)", () => {
    const review = decided();
    review.units = review.units.map((unit) =>
      unit.name === "Đài truyền thanh xã"
        ? { ...unit, tasks: unit.tasks.map((task) => ({ ...task, dueOn: "31/04/2025" })) }
        : unit,
    );
    expect(checkReview(review, t)).toEqual({ "task:1.0/due_on": "date.invalid" });
  });
});

describe("the API's refusal placed at its items", () => {
  it("points a task's field, a section and the plan's field at what the review shows", () => {
    const review = decided();
    review.units = review.units.map((unit) =>
      unit.name === "Công an xã" ? { ...unit, leftOut: true } : unit,
    );
    const { places } = draftOf(review);
    // Sent: Đài truyền thanh xã's, Hội Người cao tuổi xã's and the areas' tasks.
    expect(problemKey(["body", "tasks", 1, "section_path"], places)).toBe("task:2.0/section_path");
    expect(problemKey(["body", "tasks", 2, "lead_unit_ids"], places)).toBe("task:3.0");
    expect(problemKey(["body", "sections"], places)).toBe("sections");
    expect(problemKey(["body", "sections", 2, "children", 1, "title"], places)).toBe(
      "section:III.2/title",
    );
    expect(problemKey(["body", "legal_bases", 1, "new", "kind"], places)).toBe("basis:1");
    expect(problemKey(["body", "plan", "year"], places)).toBe("header/year");
    expect(problemKey(["body", "lead_unit_ids"], places)).toBe("");

    const refusal = new ApiError(422, {
      status: 422,
      detail: "Không có mục III.9 trong dự thảo.",
      errors: [
        {
          // The API's locations hold numbers (the schema types them as strings).
          loc: ["body", "tasks", 0, "section_path"] as unknown as string[],
          msg: "Không có mục III.9 trong dự thảo.",
          type: "invalid",
        },
      ],
    });
    expect(problemsOfRefusal(refusal, places)).toEqual({
      "task:1.0/section_path": "Không có mục III.9 trong dự thảo.",
    });
  });
});
