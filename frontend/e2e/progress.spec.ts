import { expect, type Page, test } from "@playwright/test";
import { apiAs, expectNoHorizontalScroll, PHONE, screenshot, signIn, unique } from "./helpers";

test.use({ viewport: PHONE, hasTouch: true, isMobile: true });

const TASK = "Nắm bắt, định hướng tư tưởng và dư luận xã hội ở cơ sở";

async function openTask(page: Page): Promise<number> {
  await signIn(page, "khu1", "/tasks");
  await page.locator(".task-list > li").filter({ hasText: TASK }).getByRole("link").click();
  await expect(page.getByRole("heading", { level: 1, name: TASK })).toBeVisible();
  return Number(new URL(page.url()).pathname.split("/").pop());
}

async function updatesWithText(baseURL: string, taskId: number, text: string): Promise<number> {
  const api = await apiAs(baseURL, "khu1");
  const answer = await api.get(`/api/v1/tasks/${taskId}/updates?limit=200`);
  expect(answer.status()).toBe(200);
  const page = (await answer.json()) as { items: { text: string }[] };
  await api.dispose();
  return page.items.filter((item) => item.text === text).length;
}

async function write(page: Page, text: string, percent?: string) {
  const form = page.getByRole("form", { name: "Báo cáo tiến độ" });
  await form.getByLabel("Nội dung báo cáo").fill(text);
  if (percent) await form.getByLabel("Tiến độ (%)").fill(percent);
  return form;
}

test("khu1 reports progress from a phone", async ({ page, baseURL }) => {
  const taskId = await openTask(page);
  const text = unique("Đã họp dân khu 1, phổ biến thông tin đối ngoại");
  const form = await write(page, text, "30");
  await form.getByRole("button", { name: "Thêm chỉ số" }).click();
  await form.getByLabel("Tên chỉ số 1").fill("Số lượt người tham dự");
  await form.getByLabel("Giá trị").fill("45");
  await form.getByRole("button", { name: "Gửi báo cáo" }).click();
  await expect(form.getByText("Đã gửi báo cáo.")).toBeVisible();
  const history = page.getByRole("region", { name: "Lịch sử cập nhật tiến độ" });
  await expect(history.getByText(text)).toBeVisible();
  await expect(history.getByText("Số lượt người tham dự: 45")).toBeVisible();
  await expectNoHorizontalScroll(page);
  expect(await updatesWithText(baseURL ?? "", taskId, text)).toBe(1);
});

test("khu1 reports while offline: queued, then sent once when the network returns", async ({
  page,
  context,
  baseURL,
}) => {
  const taskId = await openTask(page);
  await context.setOffline(true);
  await expect(page.getByRole("status").filter({ hasText: "Ngoại tuyến" })).toBeVisible();

  const text = unique("Báo cáo lập khi mất sóng");
  const form = await write(page, text, "50");
  await form.getByRole("button", { name: "Lưu để gửi khi có mạng" }).click();
  await expect(
    form.getByText("Đã lưu báo cáo trên máy này; báo cáo sẽ tự gửi khi có mạng."),
  ).toBeVisible();
  const pending = page.getByRole("region", { name: "Báo cáo chờ gửi của nhiệm vụ này" });
  await expect(pending.getByText("Đang chờ gửi")).toBeVisible();
  await expect(pending.getByText(text)).toBeVisible();
  await expect(page.getByRole("link", { name: "1 báo cáo chờ gửi" })).toBeVisible();
  await screenshot(page, "progress-offline-queued");
  expect(await updatesWithText(baseURL ?? "", taskId, text)).toBe(0);

  await context.setOffline(false);
  await expect(page.getByText("Đã gửi 1 báo cáo lập khi ngoại tuyến.")).toBeVisible();
  await expect(pending).toHaveCount(0);
  await expect(page.getByRole("link", { name: "1 báo cáo chờ gửi" })).toHaveCount(0);
  await expect(
    page.getByRole("region", { name: "Lịch sử cập nhật tiến độ" }).getByText(text),
  ).toBeVisible();
  await screenshot(page, "progress-offline-sent");
  expect(await updatesWithText(baseURL ?? "", taskId, text)).toBe(1);
});

test("a report whose answer is lost is retried with the same key and stored once", async ({
  page,
  context,
  baseURL,
}) => {
  const taskId = await openTask(page);
  let lost = false;
  await page.route("**/api/v1/tasks/*/updates", async (route) => {
    if (route.request().method() === "POST" && !lost) {
      lost = true;
      await route.fetch(); // the server stores the update…
      await route.abort("connectionreset"); // …but the phone never hears back.
      return;
    }
    await route.continue();
  });

  const text = unique("Báo cáo mất phản hồi");
  const form = await write(page, text);
  await form.getByRole("button", { name: "Gửi báo cáo" }).click();
  await expect(form.getByText(/sẽ tự gửi khi có mạng/)).toBeVisible();
  expect(await updatesWithText(baseURL ?? "", taskId, text)).toBe(1);

  // The connection drops and returns: the draft goes again with its key; the server replays.
  await context.setOffline(true);
  await context.setOffline(false);
  await expect(page.getByText("Đã gửi 1 báo cáo lập khi ngoại tuyến.")).toBeVisible();
  expect(await updatesWithText(baseURL ?? "", taskId, text)).toBe(1);
});
