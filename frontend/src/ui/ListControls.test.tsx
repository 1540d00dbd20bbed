import { act, fireEvent, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { json, mockFetch, renderApp } from "../test/render";
import {
  FilterCheck,
  FilterSelect,
  FiltersBar,
  PagedList,
  useAddressFilters,
} from "./ListControls";

const CHANNELS = ["radio", "press"] as const;

interface ReportFilters {
  q?: string;
  channel?: (typeof CHANNELS)[number];
  overdue?: boolean;
  page?: number;
}

function reportFiltersFromSearch(search: string): ReportFilters {
  const params = new URLSearchParams(search);
  const channel = CHANNELS.find((value) => value === params.get("channel"));
  const page = Number(params.get("page"));
  return {
    q: params.get("q") || undefined,
    channel,
    overdue: params.get("overdue") === "1" || undefined,
    page: page > 1 ? page : undefined,
  };
}

function searchFromReportFilters(filters: ReportFilters): string {
  const params = new URLSearchParams();
  if (filters.q) params.set("q", filters.q);
  if (filters.channel) params.set("channel", filters.channel);
  if (filters.overdue) params.set("overdue", "1");
  if (filters.page && filters.page > 1) params.set("page", String(filters.page));
  const text = params.toString();
  return text ? `?${text}` : "";
}

interface Report {
  id: number;
  title: string;
}

/** The first of 45 reports, on pages of 20. */
const FIRST_PAGE = {
  items: Array.from({ length: 20 }, (_, index) => ({
    id: index + 1,
    title: `Báo cáo ${index + 1}`,
  })),
  total: 45,
};

/** A list screen as the app's lists build one, showing `reports` as its query has them. */
function ReportList({ reports }: { reports: { items: Report[]; total: number } }) {
  const list = useAddressFilters("/reports", reportFiltersFromSearch, searchFromReportFilters);
  const { filters } = list;
  return (
    <>
      <FiltersBar
        label="Lọc báo cáo"
        className="report-filters"
        search={{ id: "report-search", label: "Tìm báo cáo", placeholder: "Tên báo cáo" }}
        list={list}
        activeCount={[filters.channel, filters.overdue].filter(Boolean).length}
        pinned={<p>Theo kế hoạch năm</p>}
      >
        <FilterSelect
          list={list}
          name="channel"
          id="report-channel"
          label="Kênh"
          anyLabel="Mọi kênh"
          values={CHANNELS}
          valueLabel={(channel) => (channel === "radio" ? "Đài truyền thanh" : "Báo chí")}
        />
        <FilterCheck list={list} name="overdue" label="Chỉ quá hạn" />
      </FiltersBar>
      <PagedList
        rows={{ data: reports, error: null, isPending: false, isFetching: true, refetch: () => {} }}
        list={list}
        pageSize={20}
        className="report-list"
        empty="Chưa có báo cáo."
      >
        {(report) => <li key={report.id}>{report.title}</li>}
      </PagedList>
    </>
  );
}

function showList(path: string, reports = FIRST_PAGE) {
  mockFetch(() => json({}));
  return renderApp(<ReportList reports={reports} />, { path });
}

const address = (location: { history?: string[] }) => location.history?.at(-1);
const panelOf = (toggle: HTMLElement) =>
  document.getElementById(toggle.getAttribute("aria-controls") ?? "") as HTMLElement;

describe("the search box", () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it("searches what was typed once typing pauses, from the first page", () => {
    vi.useFakeTimers();
    const { location } = showList("/reports?channel=radio&page=3");
    fireEvent.change(screen.getByRole("searchbox", { name: "Tìm báo cáo" }), {
      target: { value: "  quý ba " },
    });
    act(() => vi.advanceTimersByTime(299));
    expect(address(location)).toBe("/reports?channel=radio&page=3");
    act(() => vi.advanceTimersByTime(1));
    expect(address(location)).toBe("/reports?q=qu%C3%BD+ba&channel=radio");
  });

  it("waits for the last key before searching", () => {
    vi.useFakeTimers();
    const { location } = showList("/reports");
    const box = screen.getByRole("searchbox", { name: "Tìm báo cáo" });
    fireEvent.change(box, { target: { value: "qu" } });
    act(() => vi.advanceTimersByTime(200));
    fireEvent.change(box, { target: { value: "quy" } });
    act(() => vi.advanceTimersByTime(200));
    expect(address(location)).toBe("/reports");
    act(() => vi.advanceTimersByTime(100));
    expect(address(location)).toBe("/reports?q=quy");
  });

  it("shows the address's search when the address changes under it", () => {
    const { location } = showList("/reports?q=quy");
    expect(screen.getByRole("searchbox", { name: "Tìm báo cáo" })).toHaveValue("quy");
    act(() => location.navigate("/reports?q=nam"));
    expect(screen.getByRole("searchbox", { name: "Tìm báo cáo" })).toHaveValue("nam");
  });
});

describe("the filters", () => {
  it("unfold behind a button that counts those in use", async () => {
    showList("/reports?overdue=1");
    const bar = screen.getByLabelText("Lọc báo cáo");
    expect(bar).toHaveClass("filters-bar", "report-filters");
    const toggle = within(bar).getByRole("button", { name: "Bộ lọc (1)" });
    const panel = panelOf(toggle);
    expect(toggle).toHaveAttribute("aria-expanded", "false");
    expect(panel).not.toHaveClass("filters-open");
    expect(panel).toContainElement(screen.getByLabelText("Kênh"));
    expect(panel).not.toContainElement(screen.getByText("Theo kế hoạch năm"));

    await userEvent.click(toggle);
    expect(toggle).toHaveAttribute("aria-expanded", "true");
    expect(panel).toHaveClass("filters", "filters-open");

    await userEvent.click(toggle);
    expect(panel).not.toHaveClass("filters-open");
  });

  it("say 'filters' without a count when none is in use", () => {
    showList("/reports?q=quy");
    expect(screen.getByRole("button", { name: "Bộ lọc" })).toBeInTheDocument();
  });

  it("go back to the first page and keep the search and the other filters", async () => {
    const { location } = showList("/reports?q=quy&page=2");
    await userEvent.selectOptions(screen.getByLabelText("Kênh"), "Báo chí");
    expect(address(location)).toBe("/reports?q=quy&channel=press");
    await userEvent.click(screen.getByRole("checkbox", { name: "Chỉ quá hạn" }));
    expect(address(location)).toBe("/reports?q=quy&channel=press&overdue=1");
    expect(screen.getByRole("checkbox", { name: "Chỉ quá hạn" })).toBeChecked();
    await userEvent.selectOptions(screen.getByLabelText("Kênh"), "Mọi kênh");
    await userEvent.click(screen.getByRole("checkbox", { name: "Chỉ quá hạn" }));
    expect(address(location)).toBe("/reports?q=quy");
  });

  it("offer to clear them only while something narrows the list, and clear the search too", async () => {
    const { unmount } = showList("/reports");
    expect(screen.queryByRole("button", { name: "Xóa bộ lọc" })).not.toBeInTheDocument();
    unmount();

    const { location } = showList("/reports?q=quy&channel=radio&page=2");
    await userEvent.click(screen.getByRole("button", { name: "Xóa bộ lọc" }));
    expect(address(location)).toBe("/reports");
    expect(screen.getByRole("searchbox", { name: "Tìm báo cáo" })).toHaveValue("");
    expect(screen.getByLabelText("Kênh")).toHaveValue("");
    expect(screen.queryByRole("button", { name: "Xóa bộ lọc" })).not.toBeInTheDocument();
  });
});

describe("the page of rows", () => {
  it("lists the page's rows, busy while the next is read, and turns the page keeping the filters", async () => {
    const { location } = showList("/reports?channel=radio");
    const rows = screen.getByRole("list");
    expect(rows).toHaveClass("report-list");
    expect(rows).toHaveAttribute("aria-busy", "true");
    expect(within(rows).getAllByRole("listitem")).toHaveLength(20);
    expect(within(rows).getAllByRole("listitem")[0]).toHaveTextContent("Báo cáo 1");
    const pager = screen.getByRole("navigation", { name: "Phân trang" });
    expect(pager).toHaveTextContent("Trang 1/3");
    expect(within(pager).queryByRole("button", { name: "Trang trước" })).not.toBeInTheDocument();
    await userEvent.click(within(pager).getByRole("button", { name: "Trang sau" }));
    expect(address(location)).toBe("/reports?channel=radio&page=2");
    expect(pager).toHaveTextContent("Trang 2/3");
  });

  it("says so when there is none, without a pager", () => {
    showList("/reports?overdue=1", { items: [], total: 0 });
    expect(screen.getByText("Chưa có báo cáo.")).toBeInTheDocument();
    expect(screen.queryByRole("list")).not.toBeInTheDocument();
    expect(screen.queryByRole("navigation", { name: "Phân trang" })).not.toBeInTheDocument();
  });
});
