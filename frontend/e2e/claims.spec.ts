import { expect, test } from "@playwright/test";
import {
  DESKTOP,
  expectAccessible,
  expectNoHorizontalScroll,
  PHONE,
  screenshot,
  settled,
  signIn,
  unique,
} from "./helpers";

// The demo's one completion claim awaiting confirmation: the police's quarterly report.
const TASK = /Báo cáo hàng quý kết quả xử lý vi phạm/;

test.describe.configure({ mode: "serial" });

test("vhxh sees what waits for confirmation, and confirming asks once", async ({ page }) => {
  await page.setViewportSize(DESKTOP);
  await signIn(page, "vhxh", "/");
  const tile = page.getByRole("link", { name: /Chờ xác nhận/ }).first();
  await expect(page.getByTestId("count-awaiting")).toHaveText("1");
  await screenshot(page, "dashboard-awaiting");
  await tile.click();
  await expect(page).toHaveURL(/\/tasks\?status=awaiting_confirmation$/);
  await expect(page.getByRole("combobox", { name: "Trạng thái" })).toHaveValue(
    "awaiting_confirmation",
  );
  const cards = page.locator(".task-list > li");
  await expect(cards).toHaveCount(1);
  await expect(cards.first()).toContainText("Chờ xác nhận");
  await screenshot(page, "tasks-awaiting");

  await cards.first().getByRole("link").click();
  await expect(page.getByRole("heading", { level: 1, name: TASK })).toBeVisible();
  await settled(page);
  await page.getByRole("button", { name: /^Xác nhận hoàn thành:/ }).click();
  const dialog = page.getByRole("dialog", { name: "Xác nhận hoàn thành?" });
  await expect(dialog).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, "claim-confirm-dialog");
  await dialog.getByRole("button", { name: "Hủy bỏ" }).click();
  await expect(dialog).toHaveCount(0);
});

test("vhxh sends a claim back from a phone, with a comment the history shows apart", async ({
  page,
}) => {
  await page.setViewportSize(PHONE);
  await signIn(page, "vhxh", "/tasks?status=awaiting_confirmation");
  await page.locator(".task-list > li").first().getByRole("link").click();
  await expect(page.getByRole("heading", { level: 1, name: TASK })).toBeVisible();
  await settled(page);

  await page.getByRole("button", { name: "Trả lại", exact: true }).click();
  const form = page.getByRole("form", { name: /Trả lại báo cáo hoàn thành/ });
  await form.getByRole("button", { name: "Gửi trả lại" }).click();
  await expect(form.getByText("Hãy ghi lý do trả lại.")).toBeVisible();
  const comment = unique("Thiếu số liệu vụ việc quý II");
  await form.getByLabel("Lý do trả lại").fill(comment);
  await expectNoHorizontalScroll(page);
  await screenshot(page, "claim-return-form");
  await form.getByRole("button", { name: "Gửi trả lại" }).click();
  await expect(form).toHaveCount(0);

  const history = page.getByRole("region", { name: "Lịch sử cập nhật tiến độ" });
  const note = history.locator(".history-return").filter({ hasText: comment });
  await expect(note).toBeVisible();
  await expect(note.getByText("Trả lại báo cáo hoàn thành")).toBeVisible();
  await expect(page.getByRole("button", { name: /^Xác nhận hoàn thành:/ })).toHaveCount(0);
  await note.scrollIntoViewIfNeeded();
  await screenshot(page, "claim-returned-history");

  await page.goto("/");
  await expect(page.getByTestId("count-awaiting")).toHaveText("0");
});
