import { expect, test } from "@playwright/test";
import {
  apiAs,
  DESKTOP,
  expectAccessible,
  expectNoHorizontalScroll,
  PHONE,
  screenshot,
  settled,
  signIn,
  unique,
} from "./helpers";

/** Khu 3's part of the demo's 6-month report: returned by vhxh with a comment (and returned
 * again by this test, so that it runs again on the same database). */
async function khu3ReturnedPart(baseURL: string): Promise<number> {
  const khu3 = await apiAs(baseURL, "khu3");
  const answer = await khu3.get("/api/v1/reports?status=returned&limit=50");
  expect(answer.status()).toBe(200);
  const { items } = (await answer.json()) as { items: { id: number; period_label: string }[] };
  await khu3.dispose();
  const [part] = items;
  if (!part) throw new Error("the demo has no returned part of khu3");
  return part.id;
}

test("an area leader resubmits its returned part on a phone; the coordinator returns it", async ({
  browser,
  baseURL,
}) => {
  const partId = await khu3ReturnedPart(baseURL ?? "");

  const phone = await browser.newContext({ viewport: PHONE });
  const page = await phone.newPage();
  await signIn(page, "khu3", `/reports/parts/${partId}`);
  await expect(page.getByRole("heading", { name: /Bị trả lại — ý kiến của/ })).toBeVisible();
  await expect(page.locator(".returned-comment")).not.toBeEmpty();
  await expectNoHorizontalScroll(page);
  await screenshot(page, "report-part-returned");
  const trained = page.getByLabel("Số người được tập huấn, bồi dưỡng");
  await trained.fill("-3");
  await page.getByRole("button", { name: "Nộp lại" }).click();
  await expect(page.getByText("Nhập số nguyên không âm (0, 1, 2…)")).toBeVisible();
  await trained.fill("42");
  await page.getByRole("button", { name: "Nộp lại" }).click();
  await expect(page.locator(".page-subtitle .report-status")).toHaveText("Đã nộp");
  await expect(page.getByText(/đếm tự động/)).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, "report-part-submitted");
  await phone.close();

  const desk = await browser.newContext({ viewport: DESKTOP });
  const review = await desk.newPage();
  await signIn(review, "vhxh", "/reports");
  await expect(
    review.getByRole("heading", { name: "Tỷ lệ đúng hạn của các đơn vị" }),
  ).toBeVisible();
  await screenshot(review, "reports-periods");
  await review.goto(`/reports/parts/${partId}`);
  await settled(review);
  await review.getByRole("button", { name: "Trả lại kèm ý kiến" }).click();
  await review.getByRole("button", { name: "Trả lại", exact: true }).click();
  await expect(review.getByText("Nhập ý kiến khi trả lại báo cáo")).toBeVisible();
  const comment = unique("Bổ sung ảnh buổi tuyên truyền");
  await review.getByLabel("Ý kiến (điều cần sửa)").fill(comment);
  await review.getByRole("button", { name: "Trả lại", exact: true }).click();
  await expect(review.locator(".returned-comment")).toHaveText(comment);
  await screenshot(review, "report-part-reviewed");
  await desk.close();
});
