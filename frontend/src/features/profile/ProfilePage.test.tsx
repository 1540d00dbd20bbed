import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { getAccessToken, setAccessToken } from "../../api/session";
import { json, mockFetch, renderApp } from "../../test/render";
import ProfilePage from "./ProfilePage";

afterEach(() => setAccessToken(null));

const tokens = {
  access_token: "new-access",
  token_type: "bearer",
  expires_in: 900,
  refresh_token: "new-refresh",
};

function servePassword() {
  return mockFetch(async (request) => {
    if (!request.url.endsWith("/api/v1/me/password")) return json({ detail: "?" }, 404);
    const body = JSON.parse(await request.clone().text());
    if (body.current_password !== "mat-khau-cu-2023")
      return json(
        {
          detail: "Dữ liệu không hợp lệ.",
          errors: [{ loc: ["body", "current_password"], msg: "Mật khẩu hiện tại không đúng." }],
        },
        422,
      );
    return json(tokens);
  });
}

async function fill(current: string, next: string, repeat = next) {
  const form = screen.getByRole("form", { name: "Đổi mật khẩu" });
  const user = userEvent.setup();
  await user.type(within(form).getByLabelText("Mật khẩu hiện tại"), current);
  await user.type(within(form).getByLabelText("Mật khẩu mới"), next);
  await user.type(within(form).getByLabelText("Nhập lại mật khẩu mới"), repeat);
  await user.click(within(form).getByRole("button", { name: "Đổi mật khẩu" }));
  return form;
}

describe("ProfilePage", () => {
  it("names capabilities in words, not codes", () => {
    mockFetch(() => json({}));
    renderApp(<ProfilePage />);
    const rights = screen.getByRole("region", { name: "Quyền được cấp" });
    expect(within(rights).getByText("Xem kế hoạch")).toBeInTheDocument();
    expect(within(rights).getByText("Báo cáo tiến độ")).toBeInTheDocument();
    expect(rights).not.toHaveTextContent("plans:read");
  });

  it("names them in English too", async () => {
    mockFetch(() => json({}));
    renderApp(<ProfilePage />, { lang: "en" });
    expect(await screen.findByText("Read plans")).toBeInTheDocument();
  });

  it("says the minimum length and checks it before asking the API", async () => {
    const { calls } = servePassword();
    renderApp(<ProfilePage />);
    expect(screen.getByLabelText("Mật khẩu mới")).toHaveAccessibleDescription("Ít nhất 10 ký tự.");
    const form = await fill("mat-khau-cu-2023", "ngan");
    expect(within(form).getByText("Mật khẩu mới cần ít nhất 10 ký tự.")).toBeInTheDocument();
    expect(calls.filter((call) => call.request.url.endsWith("/me/password"))).toHaveLength(0);
  });

  it("shows a wrong current password beside its field", async () => {
    servePassword();
    renderApp(<ProfilePage />);
    await fill("sai-mat-khau", "mat-khau-moi-2026");
    expect(await screen.findByText("Mật khẩu hiện tại không đúng.")).toBeInTheDocument();
    expect(screen.getByLabelText("Mật khẩu hiện tại")).toHaveAttribute("aria-invalid", "true");
  });

  it("changes the password and keeps this session on the new access token", async () => {
    setAccessToken("old-access");
    const { calls } = servePassword();
    renderApp(<ProfilePage />);
    await fill("mat-khau-cu-2023", "mat-khau-moi-2026");
    expect(await screen.findByText(/Đã đổi mật khẩu/)).toBeInTheDocument();
    expect(getAccessToken()).toBe("new-access");
    const call = calls.find((c) => c.request.url.endsWith("/api/v1/me/password"));
    expect(call?.request.method).toBe("POST");
    expect(call?.request.headers.get("Authorization")).toBe("Bearer old-access");
    expect(JSON.parse(call?.body ?? "{}")).toEqual({
      current_password: "mat-khau-cu-2023",
      new_password: "mat-khau-moi-2026",
    });
    expect(screen.getByLabelText("Mật khẩu hiện tại")).toHaveValue("");
  });
});
