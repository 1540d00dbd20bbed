import { expect, test } from "@playwright/test";
import { PHONE, signIn } from "./helpers";

test.use({ viewport: PHONE });

test("the app is installable: manifest with icons, and a service worker keeping the shell", async ({
  page,
  context,
}) => {
  const manifest = await (await page.request.get("/manifest.webmanifest")).json();
  expect(manifest).toMatchObject({
    short_name: "TTĐN",
    start_url: "/",
    display: "standalone",
    lang: "vi",
  });
  const sizes = manifest.icons.map((icon: { sizes: string }) => icon.sizes);
  expect(sizes).toEqual(expect.arrayContaining(["192x192", "512x512"]));
  for (const icon of manifest.icons) expect((await page.request.get(icon.src)).status()).toBe(200);

  await signIn(page, "khu1", "/");
  await page.evaluate(() => navigator.serviceWorker.ready);
  const cached = await page.evaluate(async () => {
    const names = await caches.keys();
    const shell = names.find((name) => name.startsWith("ttdn-shell-"));
    if (!shell) return [];
    return (await (await caches.open(shell)).keys()).map(
      (request) => new URL(request.url).pathname,
    );
  });
  expect(cached).toContain("/");
  expect(cached.some((path) => /^\/assets\/index-.*\.js$/.test(path))).toBe(true);
  expect(cached.some((path) => path.startsWith("/api/"))).toBe(false);

  // Without a network the shell still opens on what this device kept, and says so.
  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole("heading", { level: 1, name: "Tổng quan" })).toBeVisible();
  const note = page.getByText(/đang xem dữ liệu lưu trên máy này/);
  await expect(note).toBeVisible();
  await context.setOffline(false);
  await expect(note).toHaveCount(0);

  // With nothing kept (signed out), it says what is wrong instead of a browser error.
  await page.goto("/more");
  await page.getByRole("main").getByRole("button", { name: "Đăng xuất" }).click();
  await expect(page.getByRole("button", { name: "Đăng nhập" })).toBeVisible();
  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole("heading", { level: 1, name: "Chưa có kết nối mạng" })).toBeVisible();
  await context.setOffline(false);
  await expect(page.getByRole("button", { name: "Đăng nhập" })).toBeVisible();
});

test("keyboard users can skip to the content and see where focus is", async ({ page }) => {
  await signIn(page, "vhxh", "/tasks");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Bỏ qua, đến nội dung chính" });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  const outline = await skip.evaluate((element) => getComputedStyle(element).outlineStyle);
  expect(outline).not.toBe("none");
  await page.keyboard.press("Enter");
  await page.keyboard.press("Tab");
  await expect(page.getByLabel("Tìm nhiệm vụ")).toBeFocused();
});
