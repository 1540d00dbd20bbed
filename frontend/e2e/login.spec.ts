import { expect, test } from "@playwright/test";
import { PASSWORD, settled, unique } from "./helpers";

test.describe("signing in", () => {
  test("vhxh signs in, stays signed in across a reload, and signs out", async ({ page }) => {
    await page.goto("/");
    await page.getByLabel("Tên đăng nhập").fill("vhxh");
    await page.getByLabel("Mật khẩu").fill(PASSWORD);
    await page.getByRole("button", { name: "Đăng nhập" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Tổng quan" })).toBeVisible();

    // The access token lives in memory only; the refresh cookie brings the session back.
    const stored = await page.evaluate(() =>
      JSON.stringify({ ...localStorage, ...sessionStorage }),
    );
    expect(stored).not.toMatch(/eyJ|access_token|refresh/);
    await page.reload();
    await settled(page);
    await expect(page.getByRole("heading", { level: 1, name: "Tổng quan" })).toBeVisible();

    await page
      .getByRole("navigation", { name: "Điều hướng chính" })
      .getByRole("button", { name: "Đăng xuất" })
      .click();
    await expect(page.getByRole("heading", { name: "Đăng nhập" })).toBeVisible();
    await page.reload();
    await expect(page.getByRole("heading", { name: "Đăng nhập" })).toBeVisible();
  });

  test("a wrong password is said plainly", async ({ page }) => {
    await page.goto("/");
    await page.getByLabel("Tên đăng nhập").fill("vhxh");
    await page.getByLabel("Mật khẩu").fill("wrong-password");
    await page.getByRole("button", { name: "Đăng nhập" }).click();
    await expect(page.getByRole("alert")).toHaveText("Sai tên đăng nhập hoặc mật khẩu.");
  });

  test("repeated failures show the lock-out message from the API", async ({ page }) => {
    // A made-up name: the throttle is keyed by the name typed, so no demo account is locked.
    const username = unique("khoa").replace(" ", "-");
    await page.goto("/");
    await page.getByLabel("Tên đăng nhập").fill(username);
    const alert = page.getByRole("alert");
    for (let attempt = 0; attempt < 8; attempt += 1) {
      await page.getByLabel("Mật khẩu").fill(`wrong-${attempt}`);
      await page.getByRole("button", { name: "Đăng nhập" }).click();
      await expect(page.getByRole("button", { name: "Đăng nhập" })).toBeEnabled();
      if (/thử lại sau/.test((await alert.textContent()) ?? "")) break;
    }
    await expect(alert).toContainText("Tạm thời chưa đăng nhập được.");
    await expect(alert).toContainText(/Nhập sai nhiều lần|Tài khoản tạm khóa/);
    await expect(alert).toContainText(/thử lại sau \d+ (giây|phút)/);
  });
});
