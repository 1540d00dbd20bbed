import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { makeIncident, member, police, superior } from "../../test/incidents";
import { paramsOf, pathOf } from "../../test/media";
import { json, mockFetch, pageOf, renderApp } from "../../test/render";
import IncidentsPage from "./IncidentsPage";

const closed = makeIncident({
  id: 1,
  code: "TTSL-2023-0001",
  title: "Bài đăng sai sự thật về bồi thường mở rộng đường liên xã",
  platform: "facebook",
  status: "closed",
  severity: "high",
  verdict: "false",
  sightings: 2,
});

function serve(items = [makeIncident(), closed]) {
  return mockFetch((request) =>
    pathOf(request) === "/api/v1/incidents" ? json(pageOf(items)) : json({ detail: "?" }, 404),
  );
}

const lastList = (calls: { request: Request }[]) =>
  paramsOf(
    calls.filter((call) => pathOf(call.request) === "/api/v1/incidents").at(-1)?.request as Request,
  );

describe("IncidentsPage", () => {
  it("lists incidents with their status, severity and verdict in words, the latest seen first", async () => {
    const { calls } = serve();
    renderApp(<IncidentsPage />, { me: police, path: "/incidents" });
    const card = (
      await screen.findByText("Bài đăng sai sự thật về bồi thường mở rộng đường liên xã")
    ).closest("a");
    expect(card).toHaveAttribute("href", "/incidents/1");
    const tags = within(card as HTMLElement);
    expect(tags.getByText("Đã kết thúc")).toBeInTheDocument();
    expect(tags.getByText("Mức độ: Cao")).toBeInTheDocument();
    expect(tags.getByText("Sai sự thật")).toBeInTheDocument();
    expect(tags.getByText(/2 lần được báo tin/)).toBeInTheDocument();
    expect(screen.getByText("2 vụ việc")).toBeInTheDocument();
    expect(lastList(calls).get("sort")).toBe("-detected_at");
    // Within one commune, its name is not repeated on every card.
    expect(screen.queryByText(/Ủy ban nhân dân xã Cao Xá/)).not.toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Báo tin sai lệch" })).toHaveAttribute(
      "href",
      "/incidents/new",
    );
  });

  it("asks the API with the filters chosen, kept in the address", async () => {
    const { calls } = serve();
    const { location } = renderApp(<IncidentsPage />, { me: police, path: "/incidents" });
    await screen.findByText("2 vụ việc");
    await userEvent.selectOptions(screen.getByLabelText("Trạng thái"), "verifying");
    await userEvent.selectOptions(screen.getByLabelText("Kết luận"), "misleading");
    await userEvent.selectOptions(screen.getByLabelText("Nơi đăng tải"), "tiktok");
    await userEvent.selectOptions(screen.getByLabelText("Báo cáo cấp trên"), "0");
    await userEvent.click(screen.getByLabelText("Chỉ vụ việc tôi đã báo tin"));
    await userEvent.type(screen.getByLabelText("Tìm vụ việc"), "so't xuat huyet");
    await vi.waitFor(() => expect(lastList(calls).get("q")).toBe("so't xuat huyet"));
    const query = lastList(calls);
    expect(query.get("status")).toBe("verifying");
    expect(query.get("verdict")).toBe("misleading");
    expect(query.get("platform")).toBe("tiktok");
    expect(query.get("escalated")).toBe("false");
    expect(query.get("mine")).toBe("true");
    expect(location.history?.at(-1)).toContain("status=verifying");
    expect(location.history?.at(-1)).toContain("escalated=0");
  });

  it("says when nothing matches", async () => {
    serve([]);
    renderApp(<IncidentsPage />, { me: member, path: "/incidents?status=dismissed" });
    expect(await screen.findByText("Không có vụ việc nào khớp với bộ lọc.")).toBeInTheDocument();
  });

  it("names each incident's commune for the superior level, which reports none", async () => {
    serve([makeIncident({ id: 3, code: "TTSL-2023-0003", escalated_at: "2023-09-20T03:00:00Z" })]);
    renderApp(<IncidentsPage />, { me: superior, path: "/incidents" });
    expect(await screen.findByText(/· Ủy ban nhân dân xã Cao Xá/)).toBeInTheDocument();
    expect(screen.getByText("1 vụ việc · các xã đã báo cáo lên")).toBeInTheDocument();
    expect(screen.getByText("Đã báo cáo cấp trên")).toBeInTheDocument();
    expect(screen.queryByRole("link", { name: "Báo tin sai lệch" })).not.toBeInTheDocument();
    expect(screen.queryByLabelText("Báo cáo cấp trên")).not.toBeInTheDocument();
    expect(screen.queryByLabelText("Chỉ vụ việc tôi đã báo tin")).not.toBeInTheDocument();
  });
});
