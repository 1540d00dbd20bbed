import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { Schemas } from "../../api/client";
import { json, makeMe, mockFetch, renderApp } from "../../test/render";
import UsersPage from "./UsersPage";

type User = Schemas["UserRead"];

const admin = makeMe({
  id: 1,
  username: "admin",
  full_name: "Quản trị viên",
  roles: ["admin"],
  capabilities: ["units:read", "units:write", "users:read", "users:write"],
});

function makeUser(overrides: Partial<User> = {}): User {
  return {
    id: 5,
    username: "vanphong",
    full_name: "Nguyễn Thị Lan",
    phone: null,
    email: null,
    is_active: true,
    last_login_at: null,
    memberships: [{ unit_id: 4, role: "member" }],
    created_at: "2023-01-01T00:00:00Z",
    updated_at: "2023-01-01T00:00:00Z",
    deleted_at: null,
    version: 2,
    ...overrides,
  } as User;
}

const units = {
  items: [
    { id: 3, name: "UBND xã Cao Xá" },
    { id: 4, name: "Văn phòng HĐND & UBND" },
  ],
  total: 2,
  limit: 200,
  offset: 0,
};

function serve(users: User[], onWrite: (request: Request, body: string) => Response) {
  return mockFetch(async (request) => {
    const path = new URL(request.url).pathname;
    if (path === "/api/v1/units") return json(units);
    if (path.startsWith("/api/v1/users") && request.method !== "GET")
      return onWrite(request, await request.clone().text());
    if (path === "/api/v1/users")
      return json({ items: users, total: users.length, limit: 200, offset: 0 });
    return json({ detail: "?" }, 404);
  });
}

async function fillNewUser(username: string) {
  await userEvent.click(await screen.findByRole("button", { name: "Thêm người dùng" }));
  await userEvent.type(screen.getByLabelText("Tên đăng nhập"), username);
  await userEvent.type(screen.getByLabelText("Họ và tên"), "Trần Văn Bình");
  await userEvent.type(screen.getByLabelText("Mật khẩu"), "mat-khau-du-dai");
  await userEvent.selectOptions(screen.getByLabelText("Đơn vị 1"), "4");
  await userEvent.selectOptions(screen.getByLabelText("Vai trò 1"), "member");
}

describe("UserForm", () => {
  it("saves with a new Idempotency-Key after a refused save (the name was taken)", async () => {
    const { calls } = serve([], (_request, body) =>
      body.includes('"username":"taken"')
        ? json(
            {
              detail: "Tên đăng nhập đã được dùng.",
              errors: [{ loc: ["body", "username"], msg: "Tên đăng nhập đã được dùng." }],
            },
            409,
          )
        : json(makeUser({ username: "binh", full_name: "Trần Văn Bình" }), 201),
    );
    renderApp(<UsersPage />, { me: admin, path: "/users" });
    await fillNewUser("taken");
    await userEvent.click(screen.getByRole("button", { name: "Lưu" }));
    expect(await screen.findByRole("alert")).toHaveTextContent("Tên đăng nhập đã được dùng.");

    const username = screen.getByLabelText("Tên đăng nhập");
    await userEvent.clear(username);
    await userEvent.type(username, "binh");
    await userEvent.click(screen.getByRole("button", { name: "Lưu" }));
    expect(await screen.findByText("Đã thêm người dùng Trần Văn Bình.")).toBeInTheDocument();

    const posts = calls.filter((call) => call.request.method === "POST");
    expect(posts).toHaveLength(2);
    const [first, second] = posts.map((post) => post.request.headers.get("Idempotency-Key"));
    expect(first).toBeTruthy();
    expect(second).toBeTruthy();
    expect(second).not.toBe(first);
  });

  it("keeps the key only to resend the same body after a send that got no answer", async () => {
    let attempts = 0;
    const { calls } = serve([], () => {
      attempts += 1;
      if (attempts === 1) throw new TypeError("Failed to fetch");
      return json(makeUser({ username: "binh", full_name: "Trần Văn Bình" }), 201);
    });
    renderApp(<UsersPage />, { me: admin, path: "/users" });
    await fillNewUser("binh");
    await userEvent.click(screen.getByRole("button", { name: "Lưu" }));
    expect(await screen.findByRole("alert")).toHaveTextContent(/kết nối/i);
    await userEvent.click(screen.getByRole("button", { name: "Lưu" }));
    expect(await screen.findByText("Đã thêm người dùng Trần Văn Bình.")).toBeInTheDocument();
    const posts = calls.filter((call) => call.request.method === "POST");
    expect(posts).toHaveLength(2);
    expect(posts[1]?.request.headers.get("Idempotency-Key")).toBe(
      posts[0]?.request.headers.get("Idempotency-Key"),
    );
    expect(posts[1]?.body).toBe(posts[0]?.body);
  });

  it("lets an admin edit their own user without touching their own roles or access", async () => {
    const own = makeUser({
      id: 1,
      username: "admin",
      full_name: "Quản trị viên",
      memberships: [{ unit_id: 3, role: "admin" }],
    });
    const { calls } = serve([own], () => json({ ...own, phone: "0912345678" }));
    renderApp(<UsersPage />, { me: admin, path: "/users" });
    await userEvent.click(await screen.findByRole("button", { name: /Sửa\s*Quản trị viên/ }));
    expect(screen.queryByLabelText("Được phép đăng nhập")).not.toBeInTheDocument();
    expect(screen.queryByLabelText("Vai trò 1")).not.toBeInTheDocument();
    expect(screen.getByText(/UBND xã Cao Xá — Quản trị/)).toBeInTheDocument();

    await userEvent.type(screen.getByLabelText("Số điện thoại"), "0912345678");
    await userEvent.click(screen.getByRole("button", { name: "Lưu" }));
    expect(await screen.findByText(/Đã lưu thay đổi/)).toBeInTheDocument();
    const patch = calls.find((call) => call.request.method === "PATCH");
    const body = JSON.parse(patch?.body ?? "{}");
    expect(body).toMatchObject({ phone: "0912345678" });
    expect(body).not.toHaveProperty("memberships");
    expect(body).not.toHaveProperty("is_active");
  });

  it("sends another user's memberships only when they changed", async () => {
    const other = makeUser();
    const { calls } = serve([other], () => json(other));
    renderApp(<UsersPage />, { me: admin, path: "/users" });
    const edit = async () => {
      await userEvent.click(await screen.findByRole("button", { name: /Sửa\s*Nguyễn Thị Lan/ }));
    };
    await edit();
    await userEvent.click(screen.getByRole("button", { name: "Lưu" }));
    await screen.findByText(/Đã lưu thay đổi/);
    await edit();
    await userEvent.selectOptions(screen.getByLabelText("Vai trò 1"), "coordinator");
    await userEvent.click(screen.getByRole("button", { name: "Lưu" }));
    await screen.findByText(/Đã lưu thay đổi/);

    const bodies = calls
      .filter((call) => call.request.method === "PATCH")
      .map((call) => JSON.parse(call.body));
    expect(bodies[0]).not.toHaveProperty("memberships");
    expect(bodies[1]?.memberships).toEqual([{ unit_id: 4, role: "coordinator" }]);
  });

  it("says the minimum password length", async () => {
    serve([], () => json({}, 500));
    renderApp(<UsersPage />, { me: admin, path: "/users" });
    await userEvent.click(await screen.findByRole("button", { name: "Thêm người dùng" }));
    expect(screen.getByLabelText("Mật khẩu")).toHaveAccessibleDescription("Ít nhất 10 ký tự.");
  });
});
