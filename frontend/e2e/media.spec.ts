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
  unique,
} from "./helpers";

const pressNav = (page: Page) => page.getByRole("navigation", { name: "Công tác báo chí" });

test.describe("on a phone", () => {
  test.use({ viewport: PHONE });

  test("vanphong logs a press report and follows it up until answered", async ({ page }) => {
    const topic = unique("Phản ánh đường nội đồng");
    await signIn(page, "vanphong", "/");
    await page
      .getByRole("navigation", { name: "Điều hướng nhanh" })
      .getByRole("link", { name: "Thêm" })
      .click();
    await page.getByRole("link", { name: "Báo chí" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Hoạt động báo chí" })).toBeVisible();

    await page.getByRole("link", { name: "Ghi hoạt động" }).click();
    await expect(
      page.getByRole("heading", { level: 1, name: "Ghi hoạt động báo chí" }),
    ).toBeVisible();
    // Few fields at first; the date is today's.
    await expect(page.getByLabel("Người phát ngôn")).toBeHidden();
    // Shown and typed day first, whatever the browser's language; a day April lacks is refused.
    const date = page.getByLabel("Ngày");
    await expect(date).toHaveValue(/^\d{2}\/\d{2}\/\d{4}$/);
    const today = await date.inputValue();
    await date.fill("31/04/2025");
    await date.blur();
    await expect(
      page.getByText("Ngày không đúng: hãy gõ ngày/tháng/năm, ví dụ 30/06/2025."),
    ).toBeVisible();
    await expect(date).toHaveAttribute("aria-invalid", "true");
    await date.fill(today);
    await expect(date).not.toHaveAttribute("aria-invalid");
    await page.getByLabel("Loại hoạt động").selectOption({ label: "Báo chí phản ánh" });
    await page.getByLabel("Chủ đề").fill(topic);
    await page.getByRole("button", { name: /Chọn\s*Báo Phú Thọ/ }).click();
    await expect(page.getByRole("button", { name: "Bỏ Báo Phú Thọ" })).toBeVisible();
    await page.getByLabel("Nội dung phản ánh").fill("Phóng viên phản ánh mặt đường hư hỏng.");
    await expectNoHorizontalScroll(page);
    await page.getByRole("button", { name: "Lưu" }).click();

    await expect(page.getByRole("heading", { level: 1, name: topic })).toBeVisible();
    const followUp = page.getByRole("region", { name: "Xử lý phản ánh" });
    await expect(followUp.getByText("Đã tiếp nhận", { exact: true }).first()).toBeVisible();

    // Waiting for an answer: in the queue.
    await pressNav(page).getByRole("link", { name: "Theo dõi phản ánh" }).click();
    await settled(page);
    await expect(page.getByRole("link", { name: new RegExp(topic) })).toBeVisible();
    await page.getByRole("link", { name: new RegExp(topic) }).click();

    await followUp.getByRole("button", { name: "Chuyển sang “Đang xác minh”" }).click();
    await expect(followUp.getByRole("button", { name: "Chuyển sang “Đã xử lý”" })).toBeVisible();
    await followUp.getByLabel("Ghi chú (không bắt buộc)").fill("Đã kiểm tra thực địa.");
    await followUp.getByRole("button", { name: "Chuyển sang “Đã xử lý”" }).click();
    const answer = followUp.getByLabel("Nội dung đã trả lời báo chí");
    await expect(answer).toBeVisible();
    // The answer is asked for before anything is sent.
    await followUp.getByRole("button", { name: "Chuyển sang “Đã trả lời báo chí”" }).click();
    await expect(followUp.getByText("Hãy ghi nội dung đã trả lời báo chí.")).toBeVisible();
    await answer.fill("UBND xã đã chỉ đạo sửa chữa mặt đường; kết quả đã gửi phóng viên.");
    await followUp.getByRole("button", { name: "Chuyển sang “Đã trả lời báo chí”" }).click();

    await expect(followUp.getByText("UBND xã đã chỉ đạo sửa chữa mặt đường")).toBeVisible();
    await expect(followUp.getByRole("button", { name: /Chuyển sang/ })).toHaveCount(0);
    await expect(followUp.getByText("Đã kiểm tra thực địa.")).toBeVisible();
    await expectNoHorizontalScroll(page);

    // Answered: gone from the queue.
    await pressNav(page).getByRole("link", { name: "Theo dõi phản ánh" }).click();
    await settled(page);
    await expect(
      page.getByRole("heading", { level: 1, name: "Theo dõi báo chí phản ánh" }),
    ).toBeVisible();
    await expect(page.getByRole("link", { name: new RegExp(topic) })).toHaveCount(0);
  });
});

test.describe("on a desktop", () => {
  test.use({ viewport: DESKTOP });

  test("khu1 opens a reporter and sees no full phone number", async ({ page }) => {
    await signIn(page, "khu1", "/media/contacts");
    await page
      .getByRole("link", { name: /^Lê Văn Bình\b/ })
      .first()
      .click();
    await expect(page.getByRole("heading", { level: 1, name: "Lê Văn Bình" })).toBeVisible();
    const about = page.getByRole("region", { name: "Thông tin phóng viên" });
    await expect(about.getByText("09xx xxx 101")).toBeVisible();
    await expect(about.getByText(/được ẩn một phần/)).toBeVisible();
    await expect(page.getByText("0900 000 101")).toHaveCount(0);
    await expect(page.locator("a[href^='tel:']")).toHaveCount(0);
    await expect(page.getByRole("link", { name: "Sửa" })).toHaveCount(0);
  });

  test("huyen reads press activities but no reporter", async ({ page }) => {
    await signIn(page, "huyen", "/media/interactions");
    await expect(page.getByRole("heading", { level: 1, name: "Hoạt động báo chí" })).toBeVisible();
    await expect(pressNav(page).getByRole("link", { name: "Phóng viên" })).toHaveCount(0);
    await expect(page.getByRole("link", { name: "Ghi hoạt động" })).toHaveCount(0);
    await page.goto("/media/contacts");
    await expect(
      page.getByRole("heading", { level: 1, name: "Không tìm thấy trang" }),
    ).toBeVisible();
  });
});

const SCREENS = [
  { name: "media-interactions", path: "/media/interactions", heading: "Hoạt động báo chí" },
  { name: "media-follow-up", path: "/media/follow-up", heading: "Theo dõi báo chí phản ánh" },
  { name: "media-contacts", path: "/media/contacts", heading: "Phóng viên" },
  { name: "media-contact", path: "/media/contacts/1", heading: "Lê Văn Bình" },
  { name: "media-outlets", path: "/media/outlets", heading: "Cơ quan báo chí" },
  { name: "media-log", path: "/media/interactions/new", heading: "Ghi hoạt động báo chí" },
];

for (const viewport of [PHONE, DESKTOP]) {
  test.describe(`press screens at ${viewport.width}×${viewport.height}`, () => {
    test.use({ viewport });

    for (const screen of SCREENS) {
      test(`${screen.name} as vanphong`, async ({ page }) => {
        await signIn(page, "vanphong", screen.path);
        await expect(page.getByRole("heading", { level: 1, name: screen.heading })).toBeVisible();
        await settled(page);
        await expectNoHorizontalScroll(page);
        if (viewport.width < 500) await expectTouchTargets(page);
        await expectAccessible(page);
        await screenshot(page, screen.name);
      });
    }

    test("a press report's page as vanphong", async ({ page }) => {
      await signIn(page, "vanphong", "/media/follow-up");
      await page.locator(".media-list a").first().click();
      await expect(page.getByRole("region", { name: "Xử lý phản ánh" })).toBeVisible();
      await settled(page);
      await expectNoHorizontalScroll(page);
      if (viewport.width < 500) await expectTouchTargets(page);
      await expectAccessible(page);
      await screenshot(page, "media-interaction");
    });
  });
}
