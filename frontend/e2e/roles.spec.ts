import { expect, test } from "@playwright/test";
import { DESKTOP, signIn, unique } from "./helpers";

test.use({ viewport: DESKTOP });

const taskCards = (page: import("@playwright/test").Page) => page.locator(".task-list > li");
const mainNav = (page: import("@playwright/test").Page) =>
  page.getByRole("navigation", { name: "Điều hướng chính" });

test("vhxh (coordinator) sees the 22 demo tasks and the plan as a document", async ({ page }) => {
  await signIn(page, "vhxh", "/tasks");
  await expect(page.getByText("22 nhiệm vụ", { exact: true })).toBeVisible();
  await expect(taskCards(page)).toHaveCount(22);

  await taskCards(page)
    .filter({ hasText: "Tham mưu xây dựng kế hoạch thông tin đối ngoại" })
    .getByRole("link")
    .click();
  await expect(page.getByRole("form", { name: "Báo cáo tiến độ" })).toBeVisible();
  await expect(mainNav(page).getByRole("link", { name: "Người dùng" })).toHaveCount(0);

  await mainNav(page).getByRole("link", { name: "Kế hoạch" }).click();
  await page
    .getByRole("link", { name: /Kế hoạch hoạt động thông tin đối ngoại xã Cao Xá năm 2023/ })
    .click();
  const paper = page.getByRole("article", { name: "Văn bản kế hoạch" });
  await expect(paper.getByText("ỦY BAN NHÂN DÂN XÃ CAO XÁ")).toBeVisible();
  await expect(paper.getByText(/^Số: \d+\/KH-UBND$/)).toBeVisible();
  await expect(paper.getByText("Cao Xá, ngày 08 tháng 3 năm 2023")).toBeVisible();
  // The căn cứ is the district plan; the decrees the text cites are not căn cứ lines.
  await expect(
    paper.getByText(/Căn cứ Kế hoạch số 38\/KH-UBND ngày 08\/3\/2023 của Ủy ban nhân dân huyện/),
  ).toBeVisible();
  await expect(paper.getByText(/^Căn cứ Nghị định/)).toHaveCount(0);
  await page.getByText("14 văn bản được dẫn trong nội dung").click();
  await expect(page.getByText(/^Nghị định số 72\/2015\/NĐ-CP ngày 07\/9\/2015/)).toBeVisible();
  await expect(paper.getByRole("heading", { name: "III. TỔ CHỨC THỰC HIỆN" })).toBeVisible();
  await expect(paper.getByRole("heading", { name: "8. Công an xã" })).toBeVisible();
  await expect(paper.getByText("Nơi nhận:")).toBeVisible();
  await expect(paper.getByText("- Lưu: VT, VHXH.")).toBeVisible();
  await expect(paper.getByText("TM. ỦY BAN NHÂN DÂN")).toBeVisible();
  await expect(paper.getByText("Quách Văn Chí")).toBeVisible();
});

test("congan sees only the police's 3 tasks", async ({ page }) => {
  await signIn(page, "congan", "/tasks");
  await expect(page.getByText("3 nhiệm vụ", { exact: true })).toBeVisible();
  await expect(taskCards(page)).toHaveCount(3);
  for (const card of await taskCards(page).all()) await expect(card).toContainText("Công an xã");
  await expect(mainNav(page).getByRole("link", { name: "Người dùng" })).toHaveCount(0);
});

test("khu1 sees only its area's 4 tasks", async ({ page }) => {
  await signIn(page, "khu1", "/tasks");
  await expect(page.getByText("4 nhiệm vụ", { exact: true })).toBeVisible();
  await expect(taskCards(page)).toHaveCount(4);
  await page.goto("/");
  await expect(page.getByTestId("count-mine")).toHaveText("4");
  await expect(page.getByRole("link", { name: "Khu dân cư số 1", exact: true })).toBeVisible();
  await expect(page.getByRole("link", { name: "Công an xã", exact: true })).toHaveCount(0);
});

test("huyen (superior) reads everything and is offered no edit control", async ({ page }) => {
  await signIn(page, "huyen", "/");
  await expect(page.getByTestId("count-mine")).toHaveCount(0);
  await expect(page.getByRole("heading", { name: "Báo cáo của các xã" })).toBeVisible();

  await page.goto("/tasks");
  await expect(taskCards(page)).toHaveCount(22);
  await expect(page.getByRole("checkbox", { name: "Của đơn vị tôi" })).toHaveCount(0);

  await taskCards(page).filter({ hasText: "Báo cáo hàng quý" }).getByRole("link").click();
  await expect(page.getByRole("heading", { name: "Các kỳ thực hiện" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Lịch sử cập nhật tiến độ" })).toBeVisible();
  await expect(page.getByRole("form")).toHaveCount(0);
  await expect(page.getByRole("button", { name: /Xác nhận|Gửi báo cáo|Sửa|Thêm/ })).toHaveCount(0);

  await page.goto("/plans/1");
  await expect(page.getByRole("article", { name: "Văn bản kế hoạch" })).toBeVisible();
  await page.goto("/units");
  // The district heads the tree, open (the header names the user's unit too).
  await expect(
    page.getByRole("button", { name: "Thu gọn Ủy ban nhân dân huyện Lâm Thao" }),
  ).toBeVisible();
  await expect(mainNav(page).getByRole("link", { name: "Người dùng" })).toHaveCount(0);
  await page.goto("/users");
  await expect(page.getByRole("heading", { level: 1, name: "Không tìm thấy trang" })).toBeVisible();
});

test("admin adds a user and changes its role", async ({ page }) => {
  const username = unique("e2e").replace(" ", "_");
  await signIn(page, "admin", "/users");
  await page.getByRole("button", { name: "Thêm người dùng" }).click();
  await page.getByLabel("Tên đăng nhập").fill(username);
  await page.getByLabel("Họ và tên").fill("Người Thử Nghiệm");
  await page.getByLabel("Mật khẩu", { exact: true }).fill("mat-khau-thu-nghiem-2023");
  await page.getByLabel("Đơn vị 1").selectOption({ label: "Khu dân cư số 2" });
  await page.getByLabel("Vai trò 1").selectOption({ label: "Trưởng khu dân cư" });
  await page.getByRole("button", { name: "Lưu" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Đã thêm người dùng" })).toHaveText(
    "Đã thêm người dùng Người Thử Nghiệm.",
  );

  await page.getByRole("searchbox", { name: "Tìm người dùng" }).fill(username);
  const card = page.locator(".user-card").filter({ hasText: username });
  await expect(card).toContainText("Khu dân cư số 2 — Trưởng khu dân cư");
  await card.getByRole("button", { name: /Sửa/ }).click();
  await page.getByLabel("Vai trò 1").selectOption({ label: "Cán bộ đơn vị" });
  await page.getByRole("button", { name: "Lưu" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Đã lưu thay đổi" })).toHaveText(
    "Đã lưu thay đổi của Người Thử Nghiệm.",
  );
  await page.getByRole("searchbox", { name: "Tìm người dùng" }).fill(username);
  await expect(page.locator(".user-card").filter({ hasText: username })).toContainText(
    "Khu dân cư số 2 — Cán bộ đơn vị",
  );
});
