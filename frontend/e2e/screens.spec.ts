import { expect, type Page, test } from "@playwright/test";
import {
  DESKTOP,
  expectAccessible,
  expectNoHorizontalScroll,
  expectTouchTargets,
  PHONE,
  screenshot,
  settled,
  signIn,
} from "./helpers";

interface Screen {
  name: string;
  user: string;
  path: string;
  heading: string | RegExp;
}

const SCREENS: Screen[] = [
  { name: "dashboard", user: "vhxh", path: "/", heading: "Tổng quan" },
  { name: "tasks", user: "vhxh", path: "/tasks", heading: "Nhiệm vụ" },
  { name: "task-detail", user: "vhxh", path: "/tasks/18", heading: /Báo cáo hàng quý/ },
  { name: "plans", user: "vhxh", path: "/plans", heading: "Kế hoạch" },
  {
    name: "plan",
    user: "vhxh",
    path: "/plans/1",
    heading: /Kế hoạch hoạt động thông tin đối ngoại/,
  },
  { name: "units", user: "admin", path: "/units", heading: "Đơn vị" },
  { name: "users", user: "admin", path: "/users", heading: "Người dùng" },
  { name: "profile", user: "khu1", path: "/profile", heading: "Tài khoản của tôi" },
  // The reminders `tests/run_e2e.sh` makes around the yearly deadline (01/11/2023).
  { name: "notifications", user: "khu1", path: "/notifications", heading: "Thông báo nhắc hạn" },
  { name: "more", user: "khu1", path: "/more", heading: "Thêm" },
];

async function check(page: Page, name: string) {
  await expectNoHorizontalScroll(page);
  if ((page.viewportSize()?.width ?? 0) < 500) await expectTouchTargets(page);
  await expectAccessible(page);
  await screenshot(page, name);
}

for (const viewport of [PHONE, DESKTOP]) {
  test.describe(`${viewport.width}×${viewport.height}`, () => {
    test.use({ viewport });

    test("login screen", async ({ page }) => {
      await page.goto("/");
      await expect(page.getByRole("heading", { name: "Đăng nhập" })).toBeVisible();
      await check(page, "login");
    });

    for (const screen of SCREENS) {
      test(`${screen.name} screen`, async ({ page }) => {
        await signIn(page, screen.user, screen.path);
        await expect(page.getByRole("heading", { level: 1, name: screen.heading })).toBeVisible();
        await settled(page);
        await check(page, screen.name);
      });
    }

    test("task list with filters open, in English", async ({ page }) => {
      await page.addInitScript(() => localStorage.setItem("ttdn.lang", "en"));
      await signIn(page, "vhxh", "/tasks?overdue=1");
      await expect(page.getByRole("heading", { level: 1, name: "Tasks" })).toBeVisible();
      const toggle = page.getByRole("button", { name: /Filters/ });
      if (await toggle.isVisible()) await toggle.click();
      await expect(page.getByLabel("Status")).toBeVisible();
      await check(page, "tasks-filters-en");
    });
  });
}
