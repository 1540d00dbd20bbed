import { QueryClient } from "@tanstack/react-query";
import { render, screen } from "@testing-library/react";
import { App } from "../../App";
import { setAccessToken } from "../../api/session";
import { json, makeMe, makeTaskListItem, mockFetch, pageOf } from "../../test/render";
import { MY_TASKS } from "../tasks/queries";
import { forgetOfflineCopy, restoreOfflineCopy, saveOfflineCopy } from "./offline";

const me = makeMe();
const myTasks = pageOf([
  makeTaskListItem({
    id: 7,
    section_id: 9,
    title: "Nắm bắt, định hướng tư tưởng và dư luận xã hội ở cơ sở",
    next_due_on: null,
  }),
]);

function keptClient(): QueryClient {
  const client = new QueryClient();
  client.setQueryData(["me"], me);
  client.setQueryData(["tasks", "list", MY_TASKS], myTasks);
  client.setQueryData(["plans", "detail", 1], { id: 1 });
  return client;
}

afterEach(() => {
  setAccessToken(null);
  window.history.replaceState(null, "", "/");
});

describe("the offline copy", () => {
  it("keeps the user and their tasks, not other answers, and gives them back", () => {
    saveOfflineCopy(keptClient(), me.id);
    const client = new QueryClient();
    expect(restoreOfflineCopy(client)).toBeInstanceOf(Date);
    expect(client.getQueryData(["me"])).toEqual(me);
    expect(client.getQueryData(["tasks", "list", { mine: true }])).toEqual(myTasks);
    expect(client.getQueryData(["plans", "detail", 1])).toBeUndefined();
  });

  it("is gone after it is forgotten (logout)", () => {
    saveOfflineCopy(keptClient(), me.id);
    forgetOfflineCopy();
    expect(restoreOfflineCopy(new QueryClient())).toBeNull();
    expect(Object.keys(localStorage).filter((key) => key.startsWith("ttdn.offline"))).toEqual([]);
  });
});

describe("opening the app", () => {
  it("shows the kept copy of my tasks when the session cannot be renewed for lack of network", async () => {
    saveOfflineCopy(keptClient(), me.id);
    vi.stubGlobal("fetch", vi.fn().mockRejectedValue(new TypeError("Failed to fetch")));
    window.history.replaceState(null, "", "/tasks?mine=1");
    render(<App />);
    // The whole app, its lazy task list included: slower than one screen under a busy suite.
    expect(
      await screen.findByRole("link", { name: /Nắm bắt, định hướng tư tưởng/ }, { timeout: 5000 }),
    ).toBeInTheDocument();
    expect(screen.getByText(/đang xem dữ liệu lưu trên máy này/)).toBeInTheDocument();
    expect(screen.queryByText(/Cần kết nối mạng để đăng nhập/)).not.toBeInTheDocument();
  });

  it("forgets the copy and asks to sign in when the session is refused", async () => {
    saveOfflineCopy(keptClient(), me.id);
    mockFetch(() => json({ detail: "Phiên đăng nhập đã hết hạn" }, 401));
    render(<App />);
    expect(
      await screen.findByRole("button", { name: "Đăng nhập" }, { timeout: 5000 }),
    ).toBeInTheDocument();
    expect(restoreOfflineCopy(new QueryClient())).toBeNull();
  });
});
