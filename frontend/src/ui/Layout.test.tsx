import { screen, within } from "@testing-library/react";
import { json, makeMe, mockFetch, renderApp } from "../test/render";
import { Layout } from "./Layout";

describe("Layout", () => {
  beforeEach(() => {
    mockFetch(() => json({}));
  });

  it("shows user administration to an administrator", () => {
    renderApp(<Layout>content</Layout>, {
      me: makeMe({
        capabilities: ["tasks:read", "plans:read", "units:read", "users:read", "users:write"],
      }),
    });
    const nav = screen.getByRole("navigation", { name: "Điều hướng chính" });
    expect(within(nav).getByRole("link", { name: "Người dùng" })).toBeInTheDocument();
  });

  it("leaves out what a superior cannot use, instead of disabling it", () => {
    renderApp(<Layout>content</Layout>, {
      me: makeMe({ capabilities: ["tasks:read", "plans:read", "units:read"] }),
    });
    const nav = screen.getByRole("navigation", { name: "Điều hướng chính" });
    expect(within(nav).queryByRole("link", { name: "Người dùng" })).not.toBeInTheDocument();
    expect(within(nav).getByRole("link", { name: "Nhiệm vụ" })).toBeInTheDocument();
  });

  it("marks the current page and offers a skip link", () => {
    renderApp(<Layout>content</Layout>, { path: "/tasks" });
    const nav = screen.getByRole("navigation", { name: "Điều hướng chính" });
    expect(within(nav).getByRole("link", { name: "Nhiệm vụ" })).toHaveAttribute(
      "aria-current",
      "page",
    );
    expect(screen.getByRole("link", { name: "Bỏ qua, đến nội dung chính" })).toHaveAttribute(
      "href",
      "#main",
    );
  });
});
