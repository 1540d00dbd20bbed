import { readFileSync } from "node:fs";
import { type Browser, expect, type Page, test } from "@playwright/test";
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

/** The demo plan's 6-month period of 2023, as the coordinator reads it. */
async function sixMonthPeriod(baseURL: string): Promise<{ id: number; label: string }> {
  const vhxh = await apiAs(baseURL, "vhxh");
  const answer = await vhxh.get("/api/v1/reporting-periods?kind=semiannual&year=2023&limit=50");
  expect(answer.status()).toBe(200);
  const { items } = (await answer.json()) as { items: { id: number; label: string }[] };
  await vhxh.dispose();
  const [period] = items;
  if (!period) throw new Error("the demo has no 6-month period in 2023");
  return period;
}

async function openAs(browser: Browser, username: string, path: string, viewport = DESKTOP) {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  await signIn(page, username, path);
  return page;
}

/** Compiles the period's report from its page (again, once confirmed, on a rerun) and opens it. */
async function compile(page: Page, label: string): Promise<void> {
  await page.getByRole("link", { name: label }).first().click();
  await settled(page);
  const section = page.getByRole("region", { name: "Báo cáo của xã" });
  const first = section.getByRole("button", { name: "Tổng hợp báo cáo" });
  if (await first.isVisible()) await first.click();
  else {
    await section.getByRole("button", { name: "Tổng hợp lại" }).click();
    const dialog = page.getByRole("dialog", { name: "Tổng hợp lại báo cáo của xã?" });
    await expect(dialog).toContainText("được giữ nguyên");
    await dialog.getByRole("button", { name: "Tổng hợp lại" }).click();
  }
  await expect(section.getByRole("status")).toHaveText("Đã tổng hợp báo cáo của xã.");
  await section.getByRole("link", { name: /thực hiện/ }).click();
  await settled(page);
}

test("the coordinator compiles the commune's report, the leader approves it, the superior returns it", async ({
  browser,
  baseURL,
}) => {
  const period = await sixMonthPeriod(baseURL ?? "");

  const desk = await openAs(browser, "vhxh", "/reports");
  await compile(desk, period.label);
  const reportPath = new URL(desk.url()).pathname;
  expect(reportPath).toMatch(/^\/reports\/commune\/\d+$/);
  await expect(desk.locator(".page-subtitle")).toContainText("Đang soạn");
  await expect(desk.getByLabel("Kết quả thực hiện")).not.toBeEmpty();
  const proposals = unique("Đề nghị huyện hỗ trợ kinh phí sửa loa truyền thanh");
  await desk.getByLabel("Đề xuất, kiến nghị").fill(proposals);
  await desk.getByRole("button", { name: "Lưu", exact: true }).click();
  await expect(desk.getByText("Đã lưu báo cáo.")).toBeVisible();

  const chutich = await openAs(browser, "chutich", reportPath);
  await expect(chutich.getByText(proposals)).toBeVisible();
  await chutich.getByRole("button", { name: "Duyệt báo cáo" }).click();
  await expect(chutich.locator(".page-subtitle")).toContainText("Đã duyệt");
  await chutich.context().close();

  await desk.reload();
  await settled(desk);
  await desk.getByRole("button", { name: "Gửi cấp trên" }).click();
  await expect(desk.locator(".page-subtitle")).toContainText("Đã gửi cấp trên");
  await expect(desk.locator(".page-subtitle")).toContainText(
    /gửi lúc \d{2}\/\d{2}\/\d{4} \d{2}:\d{2}/,
  );
  const number = (await desk.locator(".page-subtitle").textContent())?.match(
    /Số: (\d+\/BC-UBND)/,
  )?.[1];
  expect(number, "the number the report took when sent").toBeTruthy();

  // The official document, as Word opens it.
  const files = desk.getByRole("region", { name: "Tải về" });
  const download = desk.waitForEvent("download");
  await files.getByRole("button", { name: "Tải DOCX" }).click();
  const saved = await download;
  expect(saved.suggestedFilename()).toMatch(/\.docx$/);
  const bytes = readFileSync((await saved.path()) ?? "");
  expect(bytes.subarray(0, 2).toString("latin1")).toBe("PK");
  const documentXml = zipEntry(bytes, "word/document.xml");
  expect(documentXml).toContain("BÁO CÁO");
  expect(documentXml).toContain(number ?? "");

  const huyen = await openAs(browser, "huyen", "/");
  await huyen
    .getByRole("navigation", { name: "Điều hướng chính" })
    .getByRole("link", {
      name: "Báo cáo các xã",
    })
    .click();
  await settled(huyen);
  const card = huyen.locator(".commune-card", { has: huyen.locator(`a[href="${reportPath}"]`) });
  await expect(card).toContainText("Đã gửi cấp trên");
  await expect(card).toContainText(period.label);
  await expect(card).toContainText(`Số: ${number}`);
  await screenshot(huyen, "commune-reports");
  await card.getByRole("link").click();
  await settled(huyen);
  await expect(huyen.getByText(proposals)).toBeVisible();
  await huyen.getByRole("button", { name: "Trả lại kèm ý kiến" }).click();
  await huyen.getByRole("button", { name: "Trả lại", exact: true }).click();
  await expect(huyen.getByText("Nhập ý kiến khi trả lại báo cáo")).toBeVisible();
  const comment = unique("Bổ sung số liệu tuyên truyền của các khu dân cư");
  await huyen.getByLabel("Ý kiến (điều cần sửa)").fill(comment);
  await huyen.getByRole("button", { name: "Trả lại", exact: true }).click();
  await expect(huyen.locator(".returned-comment")).toHaveText(comment);
  await expectAccessible(huyen);
  await screenshot(huyen, "commune-report-superior");
  await huyen.context().close();

  await desk.reload();
  await settled(desk);
  await expect(desk.getByRole("note")).toContainText(comment);
  await expect(desk.getByLabel("Đề xuất, kiến nghị")).toHaveValue(proposals);
  await expectAccessible(desk);
  await screenshot(desk, "commune-report");
  await desk.context().close();

  const phone = await openAs(browser, "vhxh", reportPath, PHONE);
  await expect(phone.locator(".returned-comment")).toHaveText(comment);
  await expectNoHorizontalScroll(phone);
  await expectTouchTargets(phone);
  await expectAccessible(phone);
  await screenshot(phone, "commune-report");
  await phone.getByRole("button", { name: "Lưu", exact: true }).scrollIntoViewIfNeeded();
  await expect(phone.getByRole("button", { name: "Lưu", exact: true })).toBeInViewport();
  await phone.context().close();
});
