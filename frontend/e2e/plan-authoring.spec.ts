// Issue 11: vhxh copies the 2023 plan into a 2024 draft and adds a task for Đài truyền thanh,
// chutich issues it, and daitruyenthanh sees the new task (marked new until opened). Issuing
// gives units new tasks, which changes the counts other tests read: the configuration runs this
// file after all the others.
import { readFileSync } from "node:fs";
import { expect, type Page, test } from "@playwright/test";
import {
  apiAs,
  DESKTOP,
  expectAccessible,
  expectNoHorizontalScroll,
  expectTouchTargets,
  PHONE,
  screenshot,
  settled,
  signIn,
  unique,
  zipEntry,
} from "./helpers";

test.describe.configure({ mode: "serial" });
test.use({ viewport: DESKTOP });

const TASK = unique("Tuyên truyền kỷ niệm 80 năm Cách mạng tháng Tám trên sóng truyền thanh");
let draftId = 0;

const outline = (page: Page) => page.getByRole("region", { name: "Nội dung và nhiệm vụ" });

test("vhxh copies the 2023 plan into a 2024 draft and gives Đài truyền thanh a task", async ({
  page,
  baseURL,
}) => {
  // Once per database: a 2024 draft left by an earlier run is written on, not copied again.
  const api = await apiAs(baseURL ?? "", "vhxh");
  const drafts = (await (
    await api.get("/api/v1/plans", { params: { year: 2024, status: "draft" } })
  ).json()) as { items: { id: number }[] };
  await api.dispose();

  if (drafts.items[0]) {
    draftId = drafts.items[0].id;
    await signIn(page, "vhxh", `/plans/${draftId}/edit`);
  } else {
    await signIn(page, "vhxh", "/plans");
    await page
      .getByRole("button", {
        name: /^Dự thảo kế hoạch năm 2024 từ kế hoạch này: .*năm 2023$/,
      })
      .click();
    const dialog = page.getByRole("dialog", { name: "Dự thảo kế hoạch năm sau" });
    await expect(dialog.getByLabel("Năm của kế hoạch mới")).toHaveValue("2024");
    await dialog.getByRole("button", { name: "Tạo dự thảo" }).click();
    await expect(page).toHaveURL(/\/plans\/\d+\/edit$/);
    draftId = Number(/\/plans\/(\d+)\/edit$/.exec(page.url())?.[1]);
  }
  await expect(
    page.getByRole("heading", { level: 1, name: "Soạn thảo kế hoạch năm 2024" }),
  ).toBeVisible();
  await settled(page);
  // Carried over from 2023: the heading moved into 2024, the sections and their tasks.
  await expect(page.getByLabel("Tên kế hoạch (trích yếu)")).toHaveValue(
    "Kế hoạch hoạt động thông tin đối ngoại xã Cao Xá năm 2024",
  );
  const radio = outline(page).getByRole("heading", { name: "5. Đài truyền thanh xã" });
  await expect(radio).toBeVisible();
  await expect(
    outline(page).getByText("Xây dựng chương trình, kế hoạch tuyên truyền thông tin đối ngoại"),
  ).toBeVisible();

  await outline(page)
    .getByRole("button", { name: "Thêm nhiệm vụ vào mục 5. Đài truyền thanh xã" })
    .click();
  const form = page.getByRole("form", { name: "Nhiệm vụ mới" });
  await form.getByLabel("Tên nhiệm vụ").fill(TASK);
  await form.getByRole("searchbox", { name: "Tìm Đơn vị chủ trì" }).fill("Đài");
  await form.getByRole("button", { name: /Thêm\s*Đài truyền thanh xã/ }).click();
  await expect(form.getByRole("button", { name: "Bỏ Đài truyền thanh xã" })).toBeVisible();
  await expect(form.getByRole("radio", { name: "Một lần" })).toBeChecked();
  await form.getByLabel("Hạn hoàn thành").fill("19/08/2024");
  await form.getByRole("checkbox", { name: "Truyền thanh", exact: true }).check();
  await form.getByRole("button", { name: "Thêm nhiệm vụ" }).click();

  await expect(page.getByRole("status").filter({ hasText: "Đã thêm nhiệm vụ" })).toContainText(
    TASK,
  );
  await expect(form).toHaveCount(0);
  const row = outline(page).locator(".outline-task").filter({ hasText: TASK });
  await expect(row).toContainText("Đài truyền thanh xã");
  await expect(row).toContainText("Một lần, hạn 19/08/2024");

  await expectNoHorizontalScroll(page);
  await expectAccessible(page);
  await screenshot(page, "plan-editor");
});

test("the draft editor reads on a phone", async ({ page }) => {
  test.skip(!draftId, "needs the draft of the first test");
  await page.setViewportSize(PHONE);
  await signIn(page, "vhxh", `/plans/${draftId}/edit`);
  await expect(outline(page).getByText(TASK)).toBeVisible();
  await outline(page).getByRole("button", { name: "Thêm nhiệm vụ vào mục 8. Công an xã" }).click();
  await page
    .getByRole("form", { name: "Nhiệm vụ mới" })
    .getByRole("searchbox", { name: "Tìm Đơn vị chủ trì" })
    .click();
  await expectNoHorizontalScroll(page);
  await expectTouchTargets(page);
  await expectAccessible(page);
  await screenshot(page, "plan-editor");
});

test("chutich issues the draft, which then reads as the issued document", async ({ page }) => {
  test.skip(!draftId, "needs the draft of the first test");
  await signIn(page, "chutich", `/plans/${draftId}`);
  await expect(page.getByText("DỰ THẢO", { exact: true })).toBeVisible();
  await page.getByRole("button", { name: "Ban hành" }).click();
  const dialog = page.getByRole("dialog", { name: "Ban hành kế hoạch" });
  await expect(dialog.getByLabel("Số văn bản")).toHaveValue("");
  await expect(dialog.getByLabel("Ngày ban hành")).toHaveValue(/^\d{2}\/\d{2}\/\d{4}$/);
  await dialog.getByRole("button", { name: "Ban hành" }).click();

  await expect(dialog).toHaveCount(0);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "Kế hoạch hoạt động thông tin đối ngoại xã Cao Xá năm 2024",
  );
  await expect(page.locator(".page-subtitle")).toHaveText(/^\d+\/KH-UBND$/);
  const paper = page.getByRole("article", { name: "Văn bản kế hoạch" });
  await expect(paper.getByText("DỰ THẢO", { exact: true })).toHaveCount(0);
  await expect(paper.getByText(/^Cao Xá, ngày \d{2} tháng \d{1,2} năm \d{4}$/)).toBeVisible();
  await expect(page.getByRole("button", { name: "Ban hành" })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Soạn thảo" })).toHaveCount(0);

  // The official document, as Word opens it.
  const files = page.getByRole("region", { name: "Tải về" });
  const download = page.waitForEvent("download");
  await files.getByRole("button", { name: "Tải DOCX" }).click();
  const saved = await download;
  expect(saved.suggestedFilename()).toMatch(/\.docx$/);
  const bytes = readFileSync((await saved.path()) ?? "");
  expect(bytes.subarray(0, 2).toString("latin1")).toBe("PK");
  const documentXml = zipEntry(bytes, "word/document.xml");
  expect(documentXml).toContain("KẾ HOẠCH");
  await screenshot(page, "plan-issued");
});

test("daitruyenthanh sees the new task on its dashboard until it opens it", async ({ page }) => {
  test.skip(!draftId, "needs the plan of the first tests");
  await signIn(page, "daitruyenthanh", "/");
  const card = page.getByRole("region", { name: /Nhiệm vụ mới giao cho đơn vị/ });
  const notice = card.getByRole("link", { name: new RegExp(TASK) });
  await expect(notice).toBeVisible();
  await expect(notice).toContainText("Mới");
  await expect(notice).toContainText("Đài truyền thanh xã");
  await expect(notice).toContainText("năm 2024");
  await expectNoHorizontalScroll(page);
  await expectAccessible(page);
  await screenshot(page, "dashboard-new-tasks");

  // Marked in the unit's task list too.
  await page.goto("/tasks?mine=1");
  await settled(page);
  const listed = page.locator(".task-card").filter({ hasText: TASK });
  await expect(listed.getByText("Mới", { exact: true })).toBeVisible();

  await page.goto("/");
  await card.getByRole("link", { name: new RegExp(TASK) }).click();
  await expect(page.getByRole("heading", { level: 1, name: TASK })).toBeVisible();
  await expect(
    page.getByRole("region", { name: "Các kỳ thực hiện" }).getByText("Hạn 19/08/2024").first(),
  ).toBeVisible();

  // Opened: new no more, wherever it is shown.
  await page
    .getByRole("navigation", { name: "Điều hướng chính" })
    .getByRole("link", {
      name: "Tổng quan",
    })
    .click();
  await expect(page.getByRole("heading", { level: 1, name: "Tổng quan" })).toBeVisible();
  await settled(page);
  await expect(
    page.getByRole("link", { name: new RegExp(TASK) }).filter({ hasText: "Mới" }),
  ).toHaveCount(0);
  await page.reload();
  await settled(page);
  await expect(
    page.getByRole("region", { name: /Nhiệm vụ mới giao cho đơn vị/ }).getByText(TASK),
  ).toHaveCount(0);
  await page.goto("/tasks?mine=1");
  await settled(page);
  await expect(listed).toBeVisible();
  await expect(listed.getByText("Mới", { exact: true })).toHaveCount(0);
});

// Issue "Plan authoring", item 3: vhxh pastes a plan's text, reviews what was read beside the
// source, and creates the draft, which opens in the editor with its sections and tasks.
const IMPORTED_PLAN = [
  "ỦY BAN NHÂN DÂN XÃ CAO XÁ",
  "Số: 15/KH-UBND",
  "Cao Xá, ngày 05 tháng 01 năm 2025",
  "KẾ HOẠCH",
  "Hoạt động thông tin đối ngoại xã Cao Xá năm 2025",
  "Căn cứ Nghị định số 72/2015/NĐ-CP ngày 07/9/2015 của Chính phủ về quản lý hoạt động thông tin đối ngoại;",
  "Căn cứ Kế hoạch số 45/KH-UBND ngày 05/01/2025 của UBND huyện Lâm Thao;",
  "UBND xã Cao Xá xây dựng kế hoạch như sau:",
  "I. MỤC ĐÍCH, YÊU CẦU",
  "Nâng cao chất lượng công tác thông tin đối ngoại trên địa bàn xã.",
  "II. NỘI DUNG THỰC HIỆN",
  "Tuyên truyền về biển đảo, quyền con người trên hệ thống truyền thanh.",
  "III. TỔ CHỨC THỰC HIỆN",
  "1. Công an xã",
  "- Theo dõi, phát hiện và xử lý thông tin sai lệch trên mạng xã hội, báo cáo hằng quý.",
  "2. Đài truyền thanh xã",
  "- Phát sóng chuyên mục thông tin đối ngoại trước ngày 30/6/2025.",
].join("\n");

test("vhxh imports a plan from its text, reviews it beside the source and creates the draft", async ({
  page,
}) => {
  await signIn(page, "vhxh", "/plans");
  await page.getByRole("link", { name: "Nhập từ văn bản" }).click();
  await expect(
    page.getByRole("heading", { level: 1, name: "Nhập kế hoạch từ văn bản" }),
  ).toBeVisible();
  await page.getByLabel("Dán nội dung kế hoạch").fill(IMPORTED_PLAN);
  await page.getByRole("button", { name: "Đọc văn bản" }).click();

  // What was read, ready to correct.
  await expect(page.getByLabel("Tên kế hoạch (trích yếu)")).toHaveValue(
    "Kế hoạch hoạt động thông tin đối ngoại xã Cao Xá năm 2025",
  );
  await expect(page.getByLabel("Năm", { exact: true })).toHaveValue("2025");
  const bases = page.locator("#review-bases");
  await expect(bases.getByText(/^Nghị định số 72\/2015\/NĐ-CP/)).toBeVisible();
  await expect(bases.getByText("Nghị định · 72/2015/NĐ-CP · 07/09/2015 · Chính phủ")).toBeVisible();
  const police = page
    .locator(".review-unit")
    .filter({ has: page.getByRole("heading", { name: "Công an xã" }) });
  await expect(police.getByText("Đơn vị chủ trì: Công an xã")).toBeVisible();
  await expect(police.getByRole("radio", { name: "Định kỳ" })).toBeChecked();
  const radio = page
    .locator(".review-unit")
    .filter({ has: page.getByRole("heading", { name: "Đài truyền thanh xã" }) });
  await expect(radio.getByLabel("Hạn hoàn thành")).toHaveValue("30/06/2025");

  // A task points at its line of the source, shown beside it.
  await radio.getByRole("button", { name: "Xem dòng 17 trong văn bản gốc" }).click();
  const source = page.getByRole("complementary", { name: "Văn bản gốc" });
  const line = source.locator('[data-line="17"]');
  await expect(line).toHaveAttribute("aria-current", "true");
  await expect(line).toBeInViewport();
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expectNoHorizontalScroll(page);
  await expectAccessible(page);
  await page.evaluate(() => window.scrollTo(0, 0));
  await screenshot(page, "plan-import-review");

  // On a phone the source is a view of its own, one tap away.
  await page.setViewportSize(PHONE);
  await expect(source).toBeHidden();
  await expectNoHorizontalScroll(page);
  await screenshot(page, "plan-import-review");
  await police.getByRole("button", { name: "Xem dòng 15 trong văn bản gốc" }).click();
  await expect(source.locator('[data-line="15"]')).toBeInViewport();
  await expect(page.locator(".review-proposal")).toBeHidden();
  await expectNoHorizontalScroll(page);
  await expectTouchTargets(page);
  await screenshot(page, "plan-import-source");
  await source.getByRole("button", { name: "Quay lại đề xuất" }).click();
  await expect(police.getByRole("button", { name: "Xem dòng 15 trong văn bản gốc" })).toBeFocused();
  await page.setViewportSize(DESKTOP);

  await page.getByRole("button", { name: "Tạo dự thảo" }).click();
  await expect(page).toHaveURL(/\/plans\/\d+\/edit$/);
  await expect(
    page.getByRole("heading", { level: 1, name: "Soạn thảo kế hoạch năm 2025" }),
  ).toBeVisible();
  await settled(page);
  for (const heading of [
    "I. MỤC ĐÍCH, YÊU CẦU",
    "II. NỘI DUNG THỰC HIỆN",
    "III. TỔ CHỨC THỰC HIỆN",
    "1. Công an xã",
    "2. Đài truyền thanh xã",
  ])
    await expect(outline(page).getByRole("heading", { name: heading })).toBeVisible();
  const policeTask = outline(page)
    .locator(".outline-task")
    .filter({ hasText: "Theo dõi, phát hiện và xử lý thông tin sai lệch trên mạng xã hội" });
  await expect(policeTask).toContainText("Công an xã");
  const radioTask = outline(page)
    .locator(".outline-task")
    .filter({ hasText: "Phát sóng chuyên mục thông tin đối ngoại" });
  await expect(radioTask).toContainText("Đài truyền thanh xã");
  await expect(radioTask).toContainText("Một lần, hạn 30/06/2025");

  // A draft not wanted after all is deleted, once asked, and leaves the list.
  const draftPath = new URL(page.url()).pathname.replace(/\/edit$/, "");
  await page.getByRole("button", { name: "Xóa dự thảo" }).click();
  const dialog = page.getByRole("dialog", { name: "Xóa dự thảo kế hoạch" });
  await dialog.getByRole("button", { name: "Xóa dự thảo" }).click();
  await expect(page).toHaveURL(/\/plans$/);
  await expect(page.locator(`a[href="${draftPath}"]`)).toHaveCount(0);
});
