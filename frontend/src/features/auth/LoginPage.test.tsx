import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { getAccessToken, setAccessToken } from "../../api/session";
import { I18nProvider } from "../../i18n/i18n";
import { json, mockFetch } from "../../test/render";
import { AuthProvider } from "./auth";
import { LoginPage } from "./LoginPage";

function renderLogin() {
  render(
    <I18nProvider initial="vi">
      <AuthProvider>
        <LoginPage />
      </AuthProvider>
    </I18nProvider>,
  );
}

async function submit(username: string, password: string) {
  const user = userEvent.setup();
  await user.type(screen.getByLabelText("Tên đăng nhập"), username);
  await user.type(screen.getByLabelText("Mật khẩu"), password);
  await user.click(screen.getByRole("button", { name: "Đăng nhập" }));
}

describe("LoginPage", () => {
  afterEach(() => setAccessToken(null));

  it("shows the lock-out message the API sends with 429", async () => {
    const { calls } = mockFetch((request) =>
      request.url.endsWith("/auth/refresh")
        ? json({ detail: "Chưa đăng nhập" }, 401)
        : json(
            {
              title: "Quá nhiều lần thử",
              detail: "Tài khoản tạm khóa do nhập sai nhiều lần; thử lại sau 15 phút.",
            },
            429,
            { "Retry-After": "900" },
          ),
    );
    renderLogin();
    await submit("khu1", "sai-mat-khau");
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent(
      "Tài khoản tạm khóa do nhập sai nhiều lần; thử lại sau 15 phút.",
    );
    const login = calls.find((call) => call.request.url.endsWith("/auth/login"));
    expect(login?.body).toBe("username=khu1&password=sai-mat-khau&scope=");
    expect(login?.request.headers.get("Content-Type")).toBe("application/x-www-form-urlencoded");
  });

  it("says a wrong password in the API's words", async () => {
    mockFetch(() => json({ detail: "Sai tên đăng nhập hoặc mật khẩu." }, 401));
    renderLogin();
    await submit("vhxh", "nope");
    expect(await screen.findByRole("alert")).toHaveTextContent("Sai tên đăng nhập hoặc mật khẩu.");
  });

  it("keeps the access token in memory only, never in the browser's storage", async () => {
    mockFetch((request) =>
      request.url.endsWith("/auth/login")
        ? json({
            access_token: "secret-access",
            expires_in: 900,
            refresh_token: "secret-refresh",
            token_type: "bearer",
          })
        : json({ detail: "Chưa đăng nhập" }, 401),
    );
    renderLogin();
    await submit("vhxh", "ttdn-demo-2023");
    await waitFor(() => expect(getAccessToken()).toBe("secret-access"));
    const stored =
      JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }) + document.cookie;
    expect(stored).not.toContain("secret");
  });
});
