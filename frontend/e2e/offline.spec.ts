import { expect, type Page, test } from "@playwright/test";
import { PHONE, screenshot, signIn, unique } from "./helpers";

test.use({ viewport: PHONE, hasTouch: true, isMobile: true });

/** How many task details the copy kept on the device holds. */
function keptDetails(page: Page): Promise<number> {
  return page.evaluate(() => {
    const key = Object.keys(localStorage).find((name) => name.startsWith("ttdn.offline.v1.copy."));
    if (!key) return 0;
    const copy = JSON.parse(localStorage.getItem(key) ?? "{}") as {
      queries: { queryKey: unknown[] }[];
    };
    return copy.queries.filter((query) => query.queryKey[1] === "detail").length;
  });
}

test("after a reload with no network, khu1 still reads its tasks and drafts a report", async ({
  page,
  context,
}) => {
  await signIn(page, "khu1", "/tasks?mine=1");
  await page.evaluate(() => navigator.serviceWorker.ready);
  const cards = page.locator(".task-list > li");
  await expect(cards).toHaveCount(4);
  // Every one of my tasks is read ahead and kept, not only those opened.
  await expect.poll(() => keptDetails(page)).toBe(4);

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByText(/đang xem dữ liệu lưu trên máy này lúc/)).toBeVisible();
  await expect(page.getByRole("heading", { level: 1, name: "Nhiệm vụ" })).toBeVisible();
  await expect(cards).toHaveCount(4);
  await screenshot(page, "offline-my-tasks");

  // A task never opened before the network went.
  const title = (await cards.last().locator(".task-card-title").textContent())?.trim() ?? "";
  await cards.last().getByRole("link").click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  const form = page.getByRole("form", { name: "Báo cáo tiến độ" });
  const text = unique("Nháp viết khi mất sóng sau khi tải lại");
  await form.getByLabel("Nội dung báo cáo").fill(text);
  await form.getByRole("button", { name: "Lưu để gửi khi có mạng" }).click();
  await expect(
    form.getByText("Đã lưu báo cáo trên máy này; báo cáo sẽ tự gửi khi có mạng."),
  ).toBeVisible();
  await expect(page.getByRole("link", { name: "1 báo cáo chờ gửi" })).toBeVisible();
  await screenshot(page, "offline-draft");

  // The network returns: the session is renewed and the draft is sent.
  await context.setOffline(false);
  await expect(page.getByText("Đã gửi 1 báo cáo lập khi ngoại tuyến.")).toBeVisible();
  await expect(page.getByText(/đang xem dữ liệu lưu trên máy này/)).toHaveCount(0);
  await expect(
    page.getByRole("region", { name: "Lịch sử cập nhật tiến độ" }).getByText(text),
  ).toBeVisible();

  // Logging out forgets the copy.
  await page.goto("/profile");
  await page.getByRole("main").getByRole("button", { name: "Đăng xuất" }).click();
  await expect(page.getByRole("button", { name: "Đăng nhập" })).toBeVisible();
  const kept = await page.evaluate(() =>
    Object.keys(localStorage).filter((name) => name.startsWith("ttdn.offline")),
  );
  expect(kept).toEqual([]);
});
