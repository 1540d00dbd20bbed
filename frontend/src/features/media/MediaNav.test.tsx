import { screen, within } from "@testing-library/react";
import { areaLeader, superior } from "../../test/media";
import { json, makeMe, mockFetch, renderApp } from "../../test/render";
import { navFor } from "../../ui/nav";
import { MediaNav } from "./MediaNav";

describe("the press in the navigation", () => {
  it("is offered to whoever reads press work, and only to them", () => {
    expect(navFor(superior).map((item) => item.href)).toContain("/media");
    expect(navFor(makeMe({ capabilities: ["tasks:read"] })).map((item) => item.href)).not.toContain(
      "/media",
    );
  });
});

describe("MediaNav", () => {
  beforeEach(() => {
    mockFetch(() => json({}));
  });

  const tabs = () =>
    within(screen.getByRole("navigation", { name: "Công tác báo chí" }))
      .getAllByRole("link")
      .map((link) => link.textContent);

  it("leads to the four press screens, marking the current one", () => {
    renderApp(<MediaNav />, { me: areaLeader, path: "/media/contacts/3" });
    expect(tabs()).toEqual(["Hoạt động", "Theo dõi phản ánh", "Phóng viên", "Cơ quan báo chí"]);
    expect(screen.getByRole("link", { name: "Phóng viên" })).toHaveAttribute(
      "aria-current",
      "page",
    );
  });

  it("leaves the reporters out for the superior level", () => {
    renderApp(<MediaNav />, { me: superior, path: "/media/outlets" });
    expect(tabs()).toEqual(["Hoạt động", "Theo dõi phản ánh", "Cơ quan báo chí"]);
  });
});
