import { expect, test } from "@playwright/test";
import { DESKTOP, expectAccessible, PHONE, screenshot, signIn, unique } from "./helpers";

test("a refused save does not stick: the corrected user is saved", async ({ page }) => {
  await signIn(page, "admin", "/users");
  await page.getByRole("button", { name: "Thêm người dùng" }).click();
  await page.getByLabel("Tên đăng nhập").fill("khu1");
  await page.getByLabel("Họ và tên").fill("Người Trùng Tên");
  await expect(page.getByLabel("Mật khẩu", { exact: true })).toHaveAccessibleDescription(
    "Ít nhất 10 ký tự.",
  );
  await page.getByLabel("Mật khẩu", { exact: true }).fill("mat-khau-thu-nghiem-2023");
  await page.getByLabel("Đơn vị 1").selectOption({ label: "Khu dân cư số 2" });
  await page.getByLabel("Vai trò 1").selectOption({ label: "Trưởng khu dân cư" });
  await page.getByRole("button", { name: "Lưu" }).click();
  const alert = page.locator("form").getByRole("alert");
  await expect(alert).toBeVisible();
  await expect(alert).not.toContainText("Khóa này");

  const username = unique("e2e").replace(" ", "_");
  await page.getByLabel("Tên đăng nhập").fill(username);
  await page.getByRole("button", { name: "Lưu" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Đã thêm người dùng" })).toHaveText(
    "Đã thêm người dùng Người Trùng Tên.",
  );
});

for (const viewport of [PHONE, DESKTOP]) {
  test(`admin edits their own user (${viewport.width})`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await signIn(page, "admin", "/users");
    await page.getByRole("searchbox", { name: "Tìm người dùng" }).fill("admin");
    const card = page.locator(".user-card").filter({ hasText: "(admin)" });
    await card.getByRole("button", { name: /Sửa/ }).click();
    await expect(page.getByLabel("Được phép đăng nhập")).toHaveCount(0);
    await expect(page.getByLabel("Vai trò 1")).toHaveCount(0);
    await expect(page.getByText("Vai trò và quyền đăng nhập của chính mình")).toBeVisible();
    await page.getByLabel("Số điện thoại").fill(`09${Date.now() % 100_000_000}`);
    await expectAccessible(page);
    await screenshot(page, "user-self-edit");
    await page.getByRole("button", { name: "Lưu" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Đã lưu thay đổi" })).toBeVisible();
  });
}
