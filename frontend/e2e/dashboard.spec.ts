import { expect, type Page, test } from "@playwright/test";
import {
  DESKTOP,
  expectAccessible,
  expectNoHorizontalScroll,
  expectTouchTargets,
  PHONE,
  screenshot,
  signIn,
} from "./helpers";

/** The checks every dashboard passes, then its picture. */
async function check(page: Page, name: string) {
  await expectNoHorizontalScroll(page);
  if ((page.viewportSize()?.width ?? 0) < 500) await expectTouchTargets(page);
  await expectAccessible(page);
  await screenshot(page, name);
}

/** A chart's part of the page, found by its heading. */
const part = (page: Page, name: string) => page.getByRole("region", { name, exact: true });

test.describe("commune dashboard at 1280", () => {
  test.use({ viewport: DESKTOP });

  test("vhxh sees the commune's standing: units, on-time rate, months, reports due", async ({
    page,
  }) => {
    await signIn(page, "vhxh", "/");
    await expect(page.getByRole("heading", { name: /^Kế hoạch: / })).toBeVisible();
    const byUnit = part(page, "Tình hình thực hiện theo đơn vị");
    await expect(byUnit.getByRole("link", { name: "Công an xã" })).toBeVisible();
    await expect(byUnit.getByText(/\d+ kỳ/).first()).toBeVisible();
    const onTime = part(page, "Tỷ lệ đúng hạn theo đơn vị");
    await expect(onTime.locator(".bars-value").filter({ hasText: /\d+%/ }).first()).toBeVisible();
    const incidents = part(page, "Tin sai lệch theo tháng");
    await expect(incidents.locator(".bars-label").first()).toHaveText(/^\d\d\/2023$/);
    await expect(incidents.locator("svg.bar").first()).toBeVisible();
    const press = part(page, "Hoạt động với báo chí theo tháng");
    await expect(press.locator(".bars-label").first()).toHaveText(/^\d\d\/2023$/);
    const due = part(page, "Báo cáo cần nộp");
    await expect(due.getByRole("link", { name: /6 tháng/ })).toHaveAttribute(
      "href",
      /^\/reports\/periods\/\d+$/,
    );
    await expect(due.getByText("01/06/2023").first()).toBeVisible();
    await check(page, "dashboard-commune");
  });
});

test.describe("commune dashboard at 375", () => {
  test.use({ viewport: PHONE });

  test("khu1 sees its own area's standing on a phone", async ({ page }) => {
    await signIn(page, "khu1", "/");
    const byUnit = part(page, "Tình hình thực hiện theo đơn vị");
    await expect(byUnit.getByRole("link", { name: "Khu dân cư số 1" })).toBeVisible();
    await expect(byUnit.getByRole("link", { name: "Công an xã" })).toHaveCount(0);
    const onTime = part(page, "Tỷ lệ đúng hạn theo đơn vị");
    await expect(onTime.getByText("Khu dân cư số 1")).toBeVisible();
    await expect(part(page, "Báo cáo cần nộp").locator(".due-card").first()).toBeVisible();
    await check(page, "dashboard-area");
  });

  test("vhxh's dashboard reads on a phone", async ({ page }) => {
    await signIn(page, "vhxh", "/");
    await expect(part(page, "Tin sai lệch theo tháng").locator("svg.bar").first()).toBeVisible();
    await check(page, "dashboard-commune");
  });
});

for (const viewport of [PHONE, DESKTOP]) {
  test.describe(`superior dashboard at ${viewport.width}`, () => {
    test.use({ viewport });

    // The demo has one commune below the district (Cao Xá); `ttdn seed-scale` makes 150.
    test("huyen sees a card per commune, naming it first", async ({ page }) => {
      await signIn(page, "huyen", "/");
      const communes = page.getByRole("region", { name: /Các xã/ });
      const card = communes.locator(".commune-card").filter({ hasText: "Cao Xá" });
      await expect(card.locator(".commune-card-name")).toHaveText(/Cao Xá$/);
      await expect(card).toContainText(/Nhiệm vụ hoàn thành\s*\d+\/\d+/);
      await expect(page.getByTestId("total-sent")).toHaveText(/^\d+$/);
      await check(page, "dashboard-superior");
    });
  });
}
