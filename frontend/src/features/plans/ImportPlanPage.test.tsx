import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { coordinator, makePlan, units } from "../../test/plans";
import { json, makeMe, mockFetch, pageOf, renderApp } from "../../test/render";
import ImportPlanPage from "./ImportPlanPage";
import { makeEmptyProposal, makeProposal } from "./importFixture";
import type { Proposal } from "./queries";

type Answer = () => Response;

/** The import API: reading answers `read`, creating the draft answers `create`. */
function serveImport({
  read = () => json(makeProposal()),
  create = () => json(makePlan({ id: 9 }), 201),
}: {
  read?: Answer;
  create?: Answer;
} = {}) {
  return mockFetch(async (request) => {
    const path = new URL(request.url).pathname;
    if (path === "/api/v1/units") return json(pageOf(units));
    if (path === "/api/v1/plans/import") return read();
    if (path === "/api/v1/plans/import/draft") return create();
    return json({ detail: "?" }, 404);
  });
}

const drafts = (calls: ReturnType<typeof mockFetch>["calls"]) =>
  calls.filter((call) => new URL(call.request.url).pathname === "/api/v1/plans/import/draft");

async function pasteAndRead(text = "KẾ HOẠCH …") {
  const rendered = renderApp(<ImportPlanPage />, { me: coordinator, path: "/plans/import" });
  await userEvent.click(screen.getByLabelText("Dán nội dung kế hoạch"));
  await userEvent.paste(text);
  await userEvent.click(screen.getByRole("button", { name: "Đọc văn bản" }));
  return rendered;
}

/** The card of the responsible unit named `name` in the text. */
const unitCard = (name: string) => {
  const card = screen.getByText(name, { selector: "h3" }).closest("section");
  if (!card) throw new Error(`no card for ${name}`);
  return card;
};

/** The review item of the task sentence that starts with `start`. */
const taskItem = (start: string) => {
  const item = screen
    .getByText(new RegExp(`^${start}`), { selector: ".review-sentence" })
    .closest("li");
  if (!item) throw new Error(`no task ${start}`);
  return item;
};

describe("importing a plan from its text", () => {
  it("asks about the unit matched to nothing before creating the draft, then opens it", async () => {
    const { calls } = serveImport();
    const { location } = await pasteAndRead();

    expect(await screen.findByText(/1 đơn vị chưa khớp/, { selector: "h3" })).toBeVisible();
    const unmatched = unitCard("Hội Người cao tuổi xã");
    expect(within(unmatched).getByText(/Không khớp với đơn vị nào/)).toBeInTheDocument();
    expect(within(unitCard("Công an xã")).getByText("Đơn vị chủ trì: Công an xã")).toBeVisible();

    await userEvent.click(screen.getByText("Tạo dự thảo", { selector: "button" }));
    expect(within(unmatched).getByRole("alert")).toHaveTextContent(
      "Hãy chọn đơn vị thực hiện, hoặc bỏ các câu nhiệm vụ của đơn vị này.",
    );
    expect(screen.getByText(/Còn 1 chỗ cần sửa/)).toBeInTheDocument();
    expect(drafts(calls)).toHaveLength(0);

    await userEvent.type(
      within(unmatched).getByRole("searchbox", { name: /Tìm Đơn vị chủ trì/ }),
      "so 1",
    );
    await userEvent.click(
      within(unmatched).getByRole("button", { name: /Thêm\s*Khu dân cư số 1/ }),
    );
    expect(within(unmatched).getByText("Đơn vị chủ trì: Khu dân cư số 1")).toBeInTheDocument();
    await userEvent.click(screen.getByText("Tạo dự thảo", { selector: "button" }));

    await vi.waitFor(() => expect(location.history?.at(-1)).toBe("/plans/9/edit"));
    const [sent] = drafts(calls);
    expect(sent?.request.headers.get("Idempotency-Key")).toBeTruthy();
    const body = JSON.parse(sent?.body ?? "{}");
    expect(body.plan).toMatchObject({ unit_id: 3, year: 2025, title: expect.any(String) });
    expect(body.tasks.map((task: { lead_unit_ids: number[] }) => task.lead_unit_ids)).toEqual([
      [10],
      [8],
      [12],
      [12, 13],
    ]);
  });

  it("shows a refusal at the task it names, keeping every correction", async () => {
    const { calls } = serveImport({
      create: () =>
        json(
          {
            status: 422,
            title: "Dữ liệu không hợp lệ",
            detail: "Không có mục III.2 trong dự thảo.",
            errors: [
              {
                loc: ["body", "tasks", 1, "section_path"],
                msg: "Không có mục III.2 trong dự thảo.",
                type: "invalid",
              },
            ],
          },
          422,
        ),
    });
    await pasteAndRead();
    await screen.findByText(/1 đơn vị chưa khớp/, { selector: "h3" });
    await userEvent.click(
      within(unitCard("Hội Người cao tuổi xã")).getByRole("button", {
        name: "Bỏ các câu nhiệm vụ của Hội Người cao tuổi xã",
      }),
    );
    const radio = taskItem("Phát sóng chuyên mục");
    const title = within(radio).getByLabelText("Tên nhiệm vụ");
    await userEvent.clear(title);
    await userEvent.paste("Phát sóng chuyên mục đối ngoại");
    await userEvent.click(screen.getByText("Tạo dự thảo", { selector: "button" }));

    expect(await within(radio).findByText("Không có mục III.2 trong dự thảo.")).toBeVisible();
    expect(within(radio).getByLabelText("Thuộc mục")).toHaveAttribute("aria-invalid", "true");
    expect(screen.getByText(/Chưa tạo được dự thảo; không có gì được tạo/)).toBeInTheDocument();
    // Nothing of the review is lost.
    expect(within(radio).getByLabelText("Tên nhiệm vụ")).toHaveValue(
      "Phát sóng chuyên mục đối ngoại",
    );
    expect(unitCard("Hội Người cao tuổi xã")).toHaveTextContent("Đã bỏ 1 câu nhiệm vụ");
    expect(drafts(calls)).toHaveLength(1);
    const body = JSON.parse(drafts(calls)[0]?.body ?? "{}");
    expect(body.tasks[1]).toMatchObject({
      title: "Phát sóng chuyên mục đối ngoại",
      section_path: "III.2",
    });
  });

  it("shows a due date as read in dd/mm/yyyy, corrected by typing it day first", async () => {
    const { calls } = serveImport();
    await pasteAndRead();
    await screen.findByText(/1 đơn vị chưa khớp/, { selector: "h3" });
    await userEvent.click(
      within(unitCard("Hội Người cao tuổi xã")).getByRole("button", {
        name: "Bỏ các câu nhiệm vụ của Hội Người cao tuổi xã",
      }),
    );
    const radio = taskItem("Phát sóng chuyên mục");
    const due = within(radio).getByLabelText("Hạn hoàn thành");
    expect(due).toHaveValue("30/06/2025");
    expect(within(radio).queryByText(/Tức ngày/)).not.toBeInTheDocument();

    await userEvent.clear(due);
    await userEvent.type(due, "31/04/2025");
    await userEvent.click(screen.getByText("Tạo dự thảo", { selector: "button" }));
    expect(due).toHaveAttribute("aria-invalid", "true");
    expect(drafts(calls)).toHaveLength(0);

    await userEvent.clear(due);
    await userEvent.type(due, "30072025");
    await userEvent.click(screen.getByText("Tạo dự thảo", { selector: "button" }));
    await vi.waitFor(() => expect(drafts(calls)).toHaveLength(1));
    const body = JSON.parse(drafts(calls)[0]?.body ?? "{}");
    expect(body.tasks.map((task: { due_on: string | null }) => task.due_on)).toContain(
      "2025-07-30",
    );
  });

  it("says why when no plan could be read in the text", async () => {
    serveImport({ read: () => json(makeEmptyProposal() satisfies Proposal) });
    await pasteAndRead("Kính gửi các đồng chí");
    expect(
      await screen.findByText(
        "Không nhận ra cấu trúc kế hoạch (mục I., II., …) trong văn bản; không có gì để đề xuất.",
        { selector: ".alert p" },
      ),
    ).toBeVisible();
  });

  it("shows the API's words when the file is not one it reads", async () => {
    serveImport({
      read: () =>
        json(
          { status: 415, title: "Không hỗ trợ", detail: "Tệp không phải văn bản, DOCX hay PDF." },
          415,
        ),
    });
    renderApp(<ImportPlanPage />, { me: coordinator, path: "/plans/import" });
    const file = new File(["\u0089PNG"], "anh.png", { type: "image/png" });
    await userEvent.upload(screen.getByLabelText("Tệp kế hoạch"), file, { applyAccept: false });
    await userEvent.click(screen.getByRole("button", { name: "Đọc văn bản" }));
    expect(await screen.findByRole("alert")).toHaveTextContent(
      "Tệp không phải văn bản, DOCX hay PDF.",
    );
  });

  it("shows a line of the source when an item's line is asked for", async () => {
    serveImport();
    await pasteAndRead();
    await userEvent.click(
      await screen.findByRole("button", { name: "Xem dòng 17 trong văn bản gốc" }),
    );
    const source = screen.getByRole("complementary", { name: "Văn bản gốc" });
    const line = within(source).getByText(
      "- Phát sóng chuyên mục thông tin đối ngoại trước ngày 30/6/2025.",
    );
    expect(line.closest("li")).toHaveAttribute("aria-current", "true");
    expect(screen.getByRole("button", { name: /Văn bản gốc \(21 dòng\)/ })).toHaveAttribute(
      "aria-pressed",
      "true",
    );
  });

  it("is not there for those who do not write plans", () => {
    mockFetch(() => json({ detail: "?" }, 404));
    renderApp(<ImportPlanPage />, { me: makeMe(), path: "/plans/import" });
    expect(
      screen.getByRole("heading", { level: 1, name: "Không tìm thấy trang" }),
    ).toBeInTheDocument();
  });
});
