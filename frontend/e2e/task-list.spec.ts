import { expect, test } from "@playwright/test";
import { DESKTOP, expectNoHorizontalScroll, PHONE, screenshot, signIn } from "./helpers";

for (const viewport of [PHONE, DESKTOP]) {
  test(`a plan section's link shows its filter, which can be cleared (${viewport.width})`, async ({
    page,
  }) => {
    await page.setViewportSize(viewport);
    await signIn(page, "vhxh", "/plans/1");
    const link = page.getByRole("link", { name: /nhiệm vụ thuộc mục này/ }).first();
    await link.click();
    await expect(page).toHaveURL(/\/tasks\?plan=1&section=\d+$/);
    const chip = page.locator(".filter-chip");
    await expect(chip).toContainText("Thuộc mục:");
    await expect(chip).not.toContainText("…");
    // On a phone the filters fold away; their button counts the section's.
    if (viewport === PHONE) {
      await expect(page.getByRole("button", { name: "Bộ lọc (1)" })).toBeVisible();
    }
    const narrowed = await page.locator(".task-list > li").count();
    await expectNoHorizontalScroll(page);
    await screenshot(page, "tasks-section-filter");

    await chip.getByRole("button", { name: "Bỏ lọc theo mục" }).click();
    await expect(page).toHaveURL(/\/tasks$/);
    await expect(page.locator(".filter-chip")).toHaveCount(0);
    await expect.poll(() => page.locator(".task-list > li").count()).toBeGreaterThan(narrowed);
  });
}

test("khu1's unit filter lists only the units it can see tasks of", async ({ page }) => {
  await page.setViewportSize(PHONE);
  await signIn(page, "khu1", "/tasks");
  await page.getByRole("button", { name: "Bộ lọc" }).click();
  const options = page.getByLabel("Đơn vị").locator("option");
  await expect(options.first()).toHaveText("Mọi đơn vị");
  const names = await options.allTextContents();
  // Its own area, and the other areas its group tasks name; not the commune's offices.
  expect(names).toContain("Khu dân cư số 1");
  expect(names).not.toContain("Công an xã");
  expect(names).not.toContain("Văn phòng HĐND & UBND");
  const sorted = [...names.slice(1)].sort(new Intl.Collator("vi").compare);
  expect(names.slice(1)).toEqual(sorted);
});
