import { expect, request, test } from "@playwright/test";
import { apiAs, PHONE, screenshot, settled, unique } from "./helpers";

test.use({ viewport: PHONE });

test("a user changes their own password on the profile and stays signed in", async ({
  page,
  baseURL,
}) => {
  // A user of its own, so that no other test's password changes.
  const admin = await apiAs(baseURL ?? "", "admin");
  const units = (await (await admin.get("/api/v1/units?limit=200")).json()) as {
    items: { id: number; name: string }[];
  };
  const area = units.items.find((unit) => unit.name === "Khu dân cư số 2");
  const username = unique("pw").replace(" ", "_");
  const created = await admin.post("/api/v1/users", {
    data: {
      username,
      full_name: "Người Đổi Mật Khẩu",
      password: "mat-khau-ban-dau-2023",
      memberships: [{ unit_id: area?.id, role: "member" }],
    },
  });
  expect(created.status()).toBe(201);
  await admin.dispose();

  const login = await page.context().request.post("/api/v1/auth/login", {
    form: { username, password: "mat-khau-ban-dau-2023" },
  });
  expect(login.status()).toBe(200);
  await page.goto("/profile");
  await settled(page);

  const form = page.getByRole("form", { name: "Đổi mật khẩu" });
  await expect(form.getByLabel("Mật khẩu mới", { exact: true })).toHaveAccessibleDescription(
    "Ít nhất 10 ký tự.",
  );
  await form.getByLabel("Mật khẩu hiện tại").fill("sai-mat-khau-2023");
  await form.getByLabel("Mật khẩu mới", { exact: true }).fill("mat-khau-moi-2026");
  await form.getByLabel("Nhập lại mật khẩu mới").fill("mat-khau-moi-2026");
  await form.getByRole("button", { name: "Đổi mật khẩu" }).click();
  await expect(form.getByLabel("Mật khẩu hiện tại")).toHaveAttribute("aria-invalid", "true");

  await form.getByLabel("Mật khẩu hiện tại").fill("mat-khau-ban-dau-2023");
  await form.getByRole("button", { name: "Đổi mật khẩu" }).click();
  await expect(form.getByText(/Đã đổi mật khẩu/)).toBeVisible();
  await screenshot(page, "profile-password-changed");

  // This session goes on (the new access token, the new refresh cookie) across a reload.
  await page.reload();
  await expect(page.getByRole("heading", { level: 1, name: "Tài khoản của tôi" })).toBeVisible();

  const anonymous = await request.newContext({ baseURL });
  const old = await anonymous.post("/api/v1/auth/login", {
    form: { username, password: "mat-khau-ban-dau-2023" },
  });
  expect(old.status()).toBe(401);
  const fresh = await anonymous.post("/api/v1/auth/login", {
    form: { username, password: "mat-khau-moi-2026" },
  });
  expect(fresh.status()).toBe(200);
  await anonymous.dispose();
});
