import { randomUUID } from "node:crypto";
import { expect, type Page, test } from "@playwright/test";
import {
  apiAs,
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

const incidentsNav = (page: Page) => page.getByRole("navigation", { name: "Thông tin sai lệch" });

/** A small JPEG drawn by the browser: a screenshot of a post, as a phone would send it. */
async function photoOfPost(page: Page): Promise<Buffer> {
  const base64 = await page.evaluate(() => {
    const canvas = document.createElement("canvas");
    canvas.width = 96;
    canvas.height = 64;
    const context = canvas.getContext("2d");
    if (context) {
      context.fillStyle = "#1877f2";
      context.fillRect(0, 0, 96, 64);
      context.fillStyle = "#ffffff";
      context.fillRect(8, 8, 80, 12);
      context.fillRect(8, 28, 56, 8);
    }
    return canvas.toDataURL("image/jpeg", 0.9).split(",")[1] ?? "";
  });
  return Buffer.from(base64, "base64");
}

/** A fresh incident reported by congan through the API (public, so that others read it). */
async function freshIncident(
  baseURL: string,
  title: string,
): Promise<{ id: number; code: string }> {
  const congan = await apiAs(baseURL, "congan");
  const answer = await congan.post("/api/v1/incidents", {
    data: {
      title,
      detected_at: new Date().toISOString(),
      platform: "facebook",
      urls: [`https://www.facebook.com/tin.demo.e2e/posts/${randomUUID().slice(0, 8)}`],
      category: "local_socio_economic",
      severity: "high",
      classification: "public",
    },
  });
  expect(answer.status()).toBe(201);
  const incident = (await answer.json()) as { id: number; code: string };
  await congan.dispose();
  return incident;
}

test.describe("on a phone", () => {
  test.use({ viewport: PHONE, hasTouch: true, isMobile: true });

  test("khu1 reports with a photo while offline, and the report goes once when the network returns", async ({
    page,
    context,
    baseURL,
  }) => {
    const title = unique("Tin đồn mất điện cả tuần ở Khu 1");
    const address = `https://www.facebook.com/tin.demo.e2e/posts/${randomUUID().slice(0, 8)}`;
    await signIn(page, "khu1", "/");
    await page.evaluate(() => navigator.serviceWorker.ready);
    await page
      .getByRole("navigation", { name: "Điều hướng nhanh" })
      .getByRole("link", { name: "Thêm" })
      .click();
    await page.getByRole("link", { name: "Thông tin sai lệch" }).click();
    await expect(
      page.getByRole("heading", { level: 1, name: "Vụ việc thông tin sai lệch" }),
    ).toBeVisible();
    await incidentsNav(page).getByRole("link", { name: "Báo tin" }).click();
    await expect(
      page.getByRole("heading", { level: 1, name: "Báo tin thông tin sai lệch" }),
    ).toBeVisible();
    const photo = await photoOfPost(page);

    const posted: string[] = [];
    page.on("request", (request) => {
      if (request.method() === "POST" && new URL(request.url()).pathname === "/api/v1/incidents")
        posted.push(request.headers()["idempotency-key"] ?? "");
    });

    await context.setOffline(true);
    await expect(page.getByText("Bạn đang ngoại tuyến. Tin báo và ảnh")).toBeVisible();
    // A few fields at first; the time seen is now.
    await expect(page.getByLabel("Nội dung", { exact: true })).toBeHidden();
    await expect(page.getByLabel("Phát hiện lúc")).not.toHaveValue("");
    await page.getByLabel("Tin sai lệch nói gì?").fill(title);
    await page.getByLabel("Thấy ở đâu?").selectOption({ label: "Facebook" });
    await page.getByLabel("Về lĩnh vực gì?").selectOption({ label: "Kinh tế - xã hội địa phương" });
    await page.getByLabel("Đường dẫn bài đăng (nếu có)").fill(address);
    await page
      .getByLabel("Chọn ảnh có sẵn")
      .setInputFiles({ name: "chup-man-hinh.jpg", mimeType: "image/jpeg", buffer: photo });
    await expect(page.getByRole("img", { name: "Ảnh sẽ gửi kèm tin báo" })).toBeVisible();
    await expectNoHorizontalScroll(page);
    await expectTouchTargets(page);
    await page.getByRole("button", { name: "Lưu để gửi khi có mạng" }).click();
    await expect(
      page.getByText("Đã lưu tin báo trên máy này; tin sẽ tự gửi khi có mạng."),
    ).toBeVisible();
    // Nothing left the device; the form is ready for another report.
    expect(posted).toEqual([]);
    await expect(page.getByLabel("Tin sai lệch nói gì?")).toHaveValue("");
    await screenshot(page, "incident-report-offline");

    // Kept as a draft, with its photo.
    await page.getByRole("link", { name: "1 báo cáo chờ gửi" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Báo cáo chờ gửi" })).toBeVisible();
    await expect(page.getByText(`Tin báo: ${title}`)).toBeVisible();
    await expect(page.getByText("kèm ảnh")).toBeVisible();
    await screenshot(page, "incident-draft");

    // The network returns: sent once, then its photo.
    await context.setOffline(false);
    const sent = page.getByText(/^Đã gửi tin báo: vụ việc TTSL-\d{4}-\d{4}\.$/);
    await expect(sent).toBeVisible();
    await expect(page.getByText("Không có báo cáo nào đang chờ gửi.")).toBeVisible();
    const code = /TTSL-\d{4}-\d{4}/.exec((await sent.textContent()) ?? "")?.[0] ?? "";
    expect(new Set(posted).size).toBe(1);

    const khu1 = await apiAs(baseURL ?? "", "khu1");
    const found = (await (
      await khu1.get("/api/v1/incidents", { params: { q: title } })
    ).json()) as {
      total: number;
      items: { id: number; code: string; sightings: number }[];
    };
    expect(found.total).toBe(1);
    expect(found.items[0]?.code).toBe(code);
    expect(found.items[0]?.sightings).toBe(1);
    const id = found.items[0]?.id ?? 0;
    const evidence = (await (await khu1.get(`/api/v1/incidents/${id}/evidence`)).json()) as {
      has_preview: boolean;
    }[];
    expect(evidence).toHaveLength(1);
    expect(evidence[0]?.has_preview).toBe(true);

    // The report's page shows the photo's preview.
    await sent.click();
    await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
    await expect(page.getByRole("img", { name: "Ảnh xem trước: chup-man-hinh.jpg" })).toBeVisible();
    await expectNoHorizontalScroll(page);
    await screenshot(page, "incident-reported");

    // Reported again online, by its address: it joins the open incident, and says so.
    await incidentsNav(page).getByRole("link", { name: "Báo tin" }).click();
    await page.getByLabel("Tin sai lệch nói gì?").fill(unique("Lại thấy tin mất điện"));
    await page.getByLabel("Thấy ở đâu?").selectOption({ label: "Facebook" });
    await page.getByLabel("Về lĩnh vực gì?").selectOption({ label: "Kinh tế - xã hội địa phương" });
    await page
      .getByLabel("Đường dẫn bài đăng (nếu có)")
      .fill(`${address.replace("https://www.", "http://m.")}/?fbclid=IwAR0e2e`);
    await page.getByRole("button", { name: "Gửi tin báo" }).click();
    await expect(
      page.getByText(`Đã có vụ việc ${code} về đường dẫn này; tin của bạn đã được ghi thêm.`),
    ).toBeVisible();
    const again = (await (await khu1.get(`/api/v1/incidents/${id}`)).json()) as {
      sightings: number;
    };
    expect(again.sightings).toBe(2);
    await khu1.dispose();
  });
});

test("congan takes an incident from new to closed, each step with its reason, and reads the timeline", async ({
  page,
  baseURL,
}) => {
  const title = unique("Tin sai về giá thu mua lúa");
  const incident = await freshIncident(baseURL ?? "", title);
  await signIn(page, "congan", `/incidents/${incident.id}`);
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  const workflow = page.getByRole("region", { name: "Xử lý vụ việc" });

  const steps: [string, string, string?][] = [
    ["Đang xác minh", "Đối chiếu giá thu mua của hợp tác xã."],
    ["Xác định sai lệch", "Giá thu mua đúng như niêm yết.", "Sai sự thật"],
    ["Đang xử lý", "Đăng bài phản bác trên trang của xã."],
    ["Đã xử lý", "Bài viết sai đã bị gỡ."],
    ["Đã kết thúc", "Lưu hồ sơ."],
  ];
  for (const [status, reason, verdict] of steps) {
    const name = `Chuyển sang “${status}”`;
    await workflow.getByRole("button", { name }).click();
    const form = page.getByRole("form", { name });
    // The reason is asked for before anything is sent.
    await form.getByRole("button", { name: "Xác nhận chuyển" }).click();
    await expect(form.getByText("Hãy ghi lý do.")).toBeVisible();
    await form.getByLabel("Lý do").fill(reason);
    if (verdict) await form.getByLabel("Kết luận").selectOption({ label: verdict });
    await form.getByRole("button", { name: "Xác nhận chuyển" }).click();
    await expect(form).toHaveCount(0);
    await expect(page.locator(".incident-badges").getByText(status)).toBeVisible();
  }
  await expect(workflow.getByRole("button", { name: /Chuyển sang/ })).toHaveCount(0);

  const timeline = page.getByRole("region", { name: "Diễn biến" });
  for (const line of [
    "Tiếp nhận tin báo",
    "Mới tiếp nhận → Đang xác minh",
    "Đang xác minh → Xác định sai lệch",
    "Kết luận: Sai sự thật",
    "Xác định sai lệch → Đang xử lý",
    "Đang xử lý → Đã xử lý",
    "Đã xử lý → Đã kết thúc",
  ]) {
    await expect(timeline.getByText(line, { exact: true })).toBeVisible();
  }
  for (const [, reason] of steps) await expect(timeline.getByText(reason)).toBeVisible();
  await expect(page.locator(".incident-badges").getByText("Sai sự thật")).toBeVisible();
  await expectNoHorizontalScroll(page);
  await screenshot(page, "incident-closed");
});

test("congan corrects an incident's details on a phone, and the timeline names what changed", async ({
  page,
  baseURL,
}) => {
  await page.setViewportSize(PHONE);
  const title = unique("Tin sai về lịch cắt điện");
  const incident = await freshIncident(baseURL ?? "", title);
  await signIn(page, "congan", `/incidents/${incident.id}`);
  await page.getByRole("link", { name: "Sửa thông tin" }).click();
  const form = page.getByRole("form", { name: `Sửa thông tin vụ việc ${incident.code}` });
  await expect(form.getByLabel("Tin sai lệch nói gì?")).toHaveValue(title);
  await expectNoHorizontalScroll(page);
  await expectTouchTargets(page);

  const congan = await apiAs(baseURL ?? "", "congan");
  const versionOf = async () =>
    ((await (await congan.get(`/api/v1/incidents/${incident.id}`)).json()) as { version: number })
      .version;
  const before = await versionOf();
  await form.getByLabel("Nội dung").fill("Lịch cắt điện thật do Điện lực Lâm Thao công bố.");
  await form.getByLabel("Mức độ", { exact: true }).selectOption({ label: "Trung bình" });
  await form.getByRole("button", { name: "Lưu thay đổi" }).click();

  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  // One change, of the two fields (the timeline lists the fields whose value changed).
  expect(await versionOf()).toBe(before + 1);
  await congan.dispose();
  await expect(page.getByText("Lịch cắt điện thật do Điện lực Lâm Thao công bố.")).toBeVisible();
  const timeline = page.getByRole("region", { name: "Diễn biến" });
  await expect(timeline.getByText("Sửa: nội dung, mức độ", { exact: true })).toBeVisible();
  await screenshot(page, "incident-edited");
});

test("admin finds an incident chutich deleted by mistake and restores it", async ({
  page,
  baseURL,
}) => {
  const title = unique("Tin báo nhầm về chợ Cao Xá");
  const incident = await freshIncident(baseURL ?? "", title);
  const chutich = await apiAs(baseURL ?? "", "chutich");
  const read = await chutich.get(`/api/v1/incidents/${incident.id}`);
  const deleted = await chutich.delete(`/api/v1/incidents/${incident.id}`, {
    headers: { "If-Match": read.headers().etag ?? "" },
  });
  expect(deleted.status()).toBe(204);
  await chutich.dispose();

  await signIn(page, "admin", "/incidents");
  await incidentsNav(page).getByRole("link", { name: "Đã xóa" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Vụ việc đã xóa" })).toBeVisible();
  const item = page.locator(".deleted-incident", { hasText: title });
  await expect(item).toContainText("Xóa lúc");
  await expectNoHorizontalScroll(page);
  await expectAccessible(page);
  await screenshot(page, "incidents-deleted");
  await item.getByRole("button", { name: /^Khôi phục/ }).click();

  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await incidentsNav(page).getByRole("link", { name: "Đã xóa" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Vụ việc đã xóa" })).toBeVisible();
  await expect(page.locator(".deleted-incident", { hasText: title })).toHaveCount(0);
});

test("huyen reads the incident escalated to it, with its commune, and none of the others", async ({
  page,
}) => {
  await signIn(page, "huyen", "/incidents");
  await expect(page.getByText("1 vụ việc · các xã đã báo cáo lên")).toBeVisible();
  const cards = page.locator(".incident-list > li");
  await expect(cards).toHaveCount(1);
  await expect(cards.first()).toContainText("TTSL-2023-0003 · Ủy ban nhân dân xã Cao Xá");
  await expect(cards.first()).toContainText("Tin đồn trong nhóm Zalo về cán bộ xã nhận tiền");
  await expect(cards.first()).toContainText("Cấp trên đã ghi nhận");
  for (const other of ["TTSL-2023-0001", "TTSL-2023-0002", "TTSL-2023-0004"])
    await expect(page.getByText(other)).toHaveCount(0);
  // No report form for the superior level.
  await expect(incidentsNav(page).getByRole("link", { name: "Báo tin" })).toHaveCount(0);

  await cards.first().getByRole("link").click();
  await expect(
    page.getByRole("heading", { level: 1, name: "Tin đồn trong nhóm Zalo về cán bộ xã nhận tiền" }),
  ).toBeVisible();
  const timeline = page.getByRole("region", { name: "Diễn biến" });
  await expect(timeline.getByText("Cấp trên ghi nhận", { exact: true })).toBeVisible();
  // Acknowledged already: nothing left to do.
  await expect(page.getByRole("region", { name: "Xử lý vụ việc" })).toHaveCount(0);

  // An incident not escalated does not exist for it.
  await page.goto("/incidents/1");
  await expect(page.getByText("Không tìm thấy vụ việc.")).toBeVisible();
});

test("vanphong reads the Facebook incident's number of people involved, never who they are", async ({
  page,
}) => {
  await signIn(page, "vanphong", "/incidents?q=boi%20thuong");
  await page.getByRole("link", { name: /Bài đăng sai sự thật về bồi thường/ }).click();
  await expect(
    page.getByRole("heading", {
      level: 1,
      name: "Bài đăng sai sự thật về bồi thường mở rộng đường liên xã",
    }),
  ).toBeVisible();
  const people = page.getByRole("region", { name: "Người liên quan" });
  await expect(people.getByText("1 người liên quan")).toBeVisible();
  await expect(people.getByText("Chỉ Công an xã xem được danh tính")).toBeVisible();
  await expect(page.getByText("Đỗ Văn Toàn")).toHaveCount(0);
  await expect(page.getByText("12/QĐ-XPVPHC")).toHaveCount(0);
  await expect(people.getByRole("button")).toHaveCount(0);
  await screenshot(page, "incident-people-count");
});

for (const [size, viewport] of [
  ["phone", PHONE],
  ["desktop", DESKTOP],
] as const) {
  test(`every incident screen fits and reads well on a ${size}`, async ({ page }) => {
    await page.setViewportSize(viewport);
    const screens: [string, string, string][] = [
      ["/incidents", "Vụ việc thông tin sai lệch", "incidents"],
      ["/incidents/2", "Video nói Khu 1 có ổ dịch sốt xuất huyết bị giấu", "incident"],
      ["/incidents/2?edit", "Sửa thông tin vụ việc TTSL-2023-0002", "incident-edit"],
      ["/incidents/new", "Báo tin thông tin sai lệch", "incident-report"],
      ["/incidents/summary", "Thống kê thông tin sai lệch", "incident-summary"],
    ];
    await signIn(page, "congan", "/");
    for (const [path, heading, name] of screens) {
      await page.goto(path);
      await settled(page);
      await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
      await expectNoHorizontalScroll(page);
      await expectTouchTargets(page);
      await expectAccessible(page);
      await screenshot(page, name);
    }
  });
}
