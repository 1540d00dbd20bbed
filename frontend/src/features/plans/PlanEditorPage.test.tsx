import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { Schemas } from "../../api/client";
import {
  coordinator,
  districtPlan,
  makePlan,
  makeReference,
  makeTree,
  radioTask,
  units,
} from "../../test/plans";
import { json, makeMe, mockFetch, pageOf, renderApp } from "../../test/render";
import PlanEditorPage from "./PlanEditorPage";

type Plan = Schemas["PlanDetail"];

const decree = makeReference();
const circular = makeReference({
  id: 5,
  kind: "circular",
  number: "22/2016/TT-BTTTT",
  issued_on: "2016-10-19",
  issuer: "Bộ Thông tin và Truyền thông",
  citation: "Thông tư số 22/2016/TT-BTTTT ngày 19/10/2016 của Bộ Thông tin và Truyền thông",
});

/** The province's plan, kept here: one a commune's draft may carry out. */
const provincePlan = {
  ...makePlan({
    id: 9,
    unit: { id: 1, name: "Ủy ban nhân dân tỉnh Phú Thọ" },
    status: "issued",
    number: 12,
    number_symbol: "12/KH-UBND",
    title: "Kế hoạch thông tin đối ngoại tỉnh Phú Thọ năm 2024",
  }),
};

/** The API of one draft: PATCHes at the version it holds (412 otherwise), each a new version. */
function serveDraft(start: Plan = makePlan()) {
  const state = { plan: start, references: [districtPlan, decree, circular] };
  const fake = mockFetch(async (request) => {
    const url = new URL(request.url);
    const path = url.pathname;
    if (path === "/api/v1/plans/2" && request.method === "GET") return json(state.plan);
    if (path === "/api/v1/plans/2" && request.method === "PATCH") {
      if (request.headers.get("If-Match") !== `"${state.plan.version}"`)
        return json({ status: 412, detail: "Bản ghi đã được sửa" }, 412);
      const body = JSON.parse(await request.clone().text());
      const lookUp = (ids: number[]) =>
        state.references
          .filter((r) => ids.includes(r.id))
          .sort((a, b) => ids.indexOf(a.id) - ids.indexOf(b.id));
      const bases = body.legal_basis_ids ? lookUp(body.legal_basis_ids) : state.plan.legal_bases;
      const cited = body.cited_reference_ids
        ? lookUp(body.cited_reference_ids)
        : state.plan.cited_references;
      if (cited.some((reference) => bases.some((basis) => basis.id === reference.id)))
        return json(
          {
            status: 422,
            detail: "Dữ liệu không hợp lệ.",
            errors: [
              {
                loc: ["body", "cited_reference_ids"],
                msg: "Một văn bản không thể vừa là căn cứ vừa là văn bản được dẫn.",
                type: "value_error",
              },
            ],
          },
          422,
        );
      const { legal_basis_ids: _ids, cited_reference_ids: _cited, ...fields } = body;
      if (body.parent_reference_id)
        fields.parent_reference = state.references.find((r) => r.id === body.parent_reference_id);
      state.plan = {
        ...state.plan,
        ...fields,
        legal_bases: bases,
        cited_references: cited,
        version: state.plan.version + 1,
      };
      return json(state.plan);
    }
    if (path === "/api/v1/plans/2" && request.method === "DELETE") {
      if (request.headers.get("If-Match") !== `"${state.plan.version}"`)
        return json({ status: 412, detail: "Bản ghi đã được sửa" }, 412);
      return new Response(null, { status: 204 });
    }
    if (path === "/api/v1/plans" && request.method === "GET")
      return json(pageOf([state.plan, provincePlan]));
    if (path === "/api/v1/plans/2/sections") return json(makeTree());
    if (path === "/api/v1/tasks") return json(pageOf([radioTask]));
    if (path === "/api/v1/units") return json(pageOf(units));
    if (path === "/api/v1/legal-references" && request.method === "GET") {
      const q = url.searchParams.get("q") ?? "";
      return json(pageOf([decree, circular].filter((r) => r.citation.includes(q))));
    }
    if (path === "/api/v1/legal-references" && request.method === "POST") {
      const body = JSON.parse(await request.clone().text());
      const created = makeReference({
        ...body,
        id: 40,
        citation: `Quyết định số ${body.number} của ${body.issuer}`,
      });
      state.references.push(created);
      return json(created, 201);
    }
    return json({ detail: "?" }, 404);
  });
  return { ...fake, state };
}

const writes = (calls: ReturnType<typeof mockFetch>["calls"], method: string, path: string) =>
  calls.filter(
    (call) => call.request.method === method && new URL(call.request.url).pathname === path,
  );

async function openEditor() {
  renderApp(<PlanEditorPage id={2} />, { me: coordinator, path: "/plans/2/edit" });
  await screen.findByRole("heading", { level: 1, name: "Soạn thảo kế hoạch năm 2024" });
}

describe("the draft editor", () => {
  it("saves the heading with the version it shows, and says it is saved", async () => {
    const { calls } = serveDraft();
    await openEditor();
    const heading = screen.getByRole("region", { name: "Thông tin chung" });
    const place = within(heading).getByLabelText("Địa danh");
    await userEvent.clear(place);
    await userEvent.type(place, "Cao Xá, Lâm Thao");
    expect(within(heading).getByText("Có thay đổi chưa lưu")).toBeInTheDocument();
    await userEvent.click(within(heading).getByRole("button", { name: "Lưu" }));
    expect(await within(heading).findByText(/Đã lưu lúc/)).toBeInTheDocument();
    const [patch] = writes(calls, "PATCH", "/api/v1/plans/2");
    expect(patch?.request.headers.get("If-Match")).toBe('"3"');
    expect(JSON.parse(patch?.body ?? "{}")).toEqual({
      title: "Kế hoạch hoạt động thông tin đối ngoại xã Cao Xá năm 2024",
      year: 2024,
      symbol: "KH-UBND",
      place: "Cao Xá, Lâm Thao",
      introduction: "UBND xã Cao Xá xây dựng kế hoạch năm 2024, nội dung cụ thể như sau:",
      closing: "Trên đây là Kế hoạch năm 2024./.",
    });
  });

  it("asks for what the heading cannot go without, before sending", async () => {
    const { calls } = serveDraft();
    await openEditor();
    const heading = screen.getByRole("region", { name: "Thông tin chung" });
    await userEvent.clear(within(heading).getByLabelText("Tên kế hoạch (trích yếu)"));
    await userEvent.clear(within(heading).getByLabelText("Năm"));
    await userEvent.type(within(heading).getByLabelText("Năm"), "24");
    await userEvent.click(within(heading).getByRole("button", { name: "Lưu" }));
    expect(within(heading).getByText("Hãy ghi tên kế hoạch.")).toBeInTheDocument();
    expect(within(heading).getByText("Năm là số từ 1945 đến 2100.")).toBeInTheDocument();
    expect(writes(calls, "PATCH", "/api/v1/plans/2")).toHaveLength(0);
  });

  it("says plainly when someone else saved first, and starts over from their version", async () => {
    const { state } = serveDraft();
    await openEditor();
    // Someone else saves while the form is open.
    state.plan = { ...state.plan, version: 4, closing: "Đoạn kết của người khác./." };
    const heading = screen.getByRole("region", { name: "Thông tin chung" });
    await userEvent.type(within(heading).getByLabelText("Địa danh"), " mới");
    await userEvent.click(within(heading).getByRole("button", { name: "Lưu" }));
    const alert = await within(heading).findByRole("alert");
    expect(alert).toHaveTextContent("Kế hoạch vừa được người khác thay đổi");
    expect(alert).toHaveTextContent("chưa được lưu");
    await userEvent.click(within(alert).getByRole("button", { name: "Tải lại bản mới nhất" }));
    const region = await screen.findByRole("region", { name: "Thông tin chung" });
    await vi.waitFor(() =>
      expect(within(region).getByLabelText("Đoạn kết")).toHaveValue("Đoạn kết của người khác./."),
    );
    expect(within(region).getByLabelText("Địa danh")).toHaveValue("Cao Xá");
    expect(within(region).queryByRole("alert")).not.toBeInTheDocument();
  });

  it("picks căn cứ with a search, orders them, names the superior's, and saves them", async () => {
    const { calls } = serveDraft();
    await openEditor();
    const bases = screen.getByRole("region", { name: "Căn cứ" });
    await userEvent.type(within(bases).getByLabelText("Thêm căn cứ đã có"), "72/2015");
    await userEvent.click(
      await within(bases).findByRole("button", { name: /Thêm\s*Nghị định số 72\/2015/ }),
    );
    expect(within(bases).getByLabelText("Thêm căn cứ đã có")).toHaveValue("");
    await userEvent.click(
      within(bases).getByRole("button", { name: /^Lên: Nghị định số 72\/2015/ }),
    );
    const items = within(bases).getAllByRole("listitem");
    expect(items[0]).toHaveTextContent("Nghị định số 72/2015/NĐ-CP");
    expect(items[1]).toHaveTextContent("Kế hoạch số 38/KH-UBND");
    // The district's plan is the one this plan carries out.
    const parent = within(bases).getByRole("group", { name: "Văn bản cấp trên" });
    expect(within(parent).getByRole("radio", { name: "Không có" })).toBeChecked();
    await userEvent.click(within(parent).getByRole("radio", { name: /^Kế hoạch số 38\/KH-UBND/ }));
    await userEvent.click(within(bases).getByRole("button", { name: "Lưu" }));
    await within(bases).findByText(/Đã lưu lúc/);
    const [patch] = writes(calls, "PATCH", "/api/v1/plans/2");
    expect(JSON.parse(patch?.body ?? "{}")).toEqual({
      legal_basis_ids: [4, 1],
      parent_reference_id: 1,
    });
  });

  it("adds a document the list lacks and makes it a căn cứ", async () => {
    const { calls } = serveDraft();
    await openEditor();
    const bases = screen.getByRole("region", { name: "Căn cứ" });
    await userEvent.click(
      within(bases).getByRole("button", { name: "Thêm văn bản chưa có trong danh sách" }),
    );
    const form = within(bases).getByRole("form", { name: "Thêm văn bản chưa có trong danh sách" });
    await userEvent.click(
      within(form).getByRole("button", { name: "Thêm văn bản và đưa vào căn cứ" }),
    );
    expect(within(form).getByText("Hãy chọn loại văn bản.")).toBeInTheDocument();
    await userEvent.selectOptions(within(form).getByLabelText("Loại văn bản"), "decision");
    await userEvent.type(within(form).getByLabelText("Số, ký hiệu"), "12/QĐ-UBND");
    await userEvent.type(within(form).getByLabelText("Cơ quan ban hành"), "UBND tỉnh Phú Thọ");
    await userEvent.click(
      within(form).getByRole("button", { name: "Thêm văn bản và đưa vào căn cứ" }),
    );
    const added = await within(bases).findAllByText(
      "Quyết định số 12/QĐ-UBND của UBND tỉnh Phú Thọ",
    );
    // Listed as a căn cứ, and offered as the superior's document.
    expect(added[0]?.closest("li")).toBeInTheDocument();
    expect(
      within(bases).getByRole("radio", { name: "Quyết định số 12/QĐ-UBND của UBND tỉnh Phú Thọ" }),
    ).not.toBeChecked();
    const [post] = writes(calls, "POST", "/api/v1/legal-references");
    expect(post?.request.headers.get("Idempotency-Key")).toBeTruthy();
    expect(JSON.parse(post?.body ?? "{}")).toMatchObject({
      kind: "decision",
      number: "12/QĐ-UBND",
      issuer: "UBND tỉnh Phú Thọ",
    });
    await userEvent.click(within(bases).getByRole("button", { name: "Lưu" }));
    await within(bases).findByText(/Đã lưu lúc/);
    const [patch] = writes(calls, "PATCH", "/api/v1/plans/2");
    expect(JSON.parse(patch?.body ?? "{}")).toEqual({ legal_basis_ids: [1, 40] });
  });

  it("names a superior's plan kept here as the one the draft carries out", async () => {
    const { calls } = serveDraft();
    await openEditor();
    const bases = screen.getByRole("region", { name: "Căn cứ" });
    const parent = within(bases).getByRole("group", { name: "Văn bản cấp trên" });
    // Plans of other units only: not the draft itself.
    await userEvent.click(
      await within(parent).findByRole("radio", {
        name: "12/KH-UBND Kế hoạch thông tin đối ngoại tỉnh Phú Thọ năm 2024",
      }),
    );
    expect(within(parent).queryByRole("radio", { name: /xã Cao Xá năm 2024/ })).toBeNull();
    await userEvent.click(within(bases).getByRole("button", { name: "Lưu" }));
    await within(bases).findByText(/Đã lưu lúc/);
    const [patch] = writes(calls, "PATCH", "/api/v1/plans/2");
    expect(JSON.parse(patch?.body ?? "{}")).toEqual({ legal_basis_ids: [1], parent_plan_id: 9 });
  });

  it("lists the documents the text cites, in order, picked or added as căn cứ are", async () => {
    const { calls } = serveDraft();
    await openEditor();
    const cited = screen.getByRole("region", { name: "Văn bản được dẫn" });
    expect(within(cited).getByText("Chưa có văn bản được dẫn nào.")).toBeInTheDocument();
    await userEvent.type(within(cited).getByLabelText("Thêm văn bản được dẫn đã có"), "22/2016");
    await userEvent.click(
      await within(cited).findByRole("button", { name: /Thêm\s*Thông tư số 22\/2016/ }),
    );
    await userEvent.type(within(cited).getByLabelText("Thêm văn bản được dẫn đã có"), "72/2015");
    await userEvent.click(
      await within(cited).findByRole("button", { name: /Thêm\s*Nghị định số 72\/2015/ }),
    );
    await userEvent.click(
      within(cited).getByRole("button", { name: /^Lên: Nghị định số 72\/2015/ }),
    );
    await userEvent.click(
      within(cited).getByRole("button", { name: "Thêm văn bản chưa có trong danh sách" }),
    );
    const form = within(cited).getByRole("form", { name: "Thêm văn bản chưa có trong danh sách" });
    await userEvent.selectOptions(within(form).getByLabelText("Loại văn bản"), "decision");
    await userEvent.type(within(form).getByLabelText("Số, ký hiệu"), "12/QĐ-UBND");
    await userEvent.type(within(form).getByLabelText("Cơ quan ban hành"), "UBND tỉnh Phú Thọ");
    await userEvent.click(
      within(form).getByRole("button", { name: "Thêm văn bản và đưa vào văn bản được dẫn" }),
    );
    await within(cited).findByText("Quyết định số 12/QĐ-UBND của UBND tỉnh Phú Thọ");
    await userEvent.click(
      within(cited).getByRole("button", { name: /^Bỏ văn bản được dẫn: Thông tư số 22\/2016/ }),
    );
    const items = within(cited).getAllByRole("listitem");
    expect(items.map((item) => item.textContent)).toEqual([
      expect.stringContaining("Nghị định số 72/2015/NĐ-CP"),
      expect.stringContaining("Quyết định số 12/QĐ-UBND"),
    ]);
    await userEvent.click(within(cited).getByRole("button", { name: "Lưu" }));
    await within(cited).findByText(/Đã lưu lúc/);
    const [patch] = writes(calls, "PATCH", "/api/v1/plans/2");
    expect(patch?.request.headers.get("If-Match")).toBe('"3"');
    expect(JSON.parse(patch?.body ?? "{}")).toEqual({ cited_reference_ids: [4, 40] });
    // The căn cứ stay as they were.
    const bases = screen.getByRole("region", { name: "Căn cứ" });
    expect(within(bases).getAllByRole("listitem")).toHaveLength(1);
  });

  it("says so when a cited document is already a căn cứ, and keeps what was picked", async () => {
    serveDraft(makePlan({ legal_bases: [districtPlan, decree] }));
    await openEditor();
    const cited = screen.getByRole("region", { name: "Văn bản được dẫn" });
    await userEvent.type(within(cited).getByLabelText("Thêm văn bản được dẫn đã có"), "72/2015");
    await userEvent.click(
      await within(cited).findByRole("button", { name: /Thêm\s*Nghị định số 72\/2015/ }),
    );
    await userEvent.click(within(cited).getByRole("button", { name: "Lưu" }));
    expect(
      (
        await within(cited).findAllByText(
          /Một văn bản không thể vừa là căn cứ vừa là văn bản được dẫn/,
        )
      ).length,
    ).toBeGreaterThan(0);
    expect(within(cited).getByText("Có thay đổi chưa lưu")).toBeInTheDocument();
    expect(within(cited).getAllByRole("listitem")).toHaveLength(1);
  });

  it("saves reporting deadlines, recipients one a line, and a whole signer or none", async () => {
    const { calls } = serveDraft();
    await openEditor();
    const deadlines = screen.getByRole("region", { name: "Thời hạn báo cáo" });
    await userEvent.click(within(deadlines).getByRole("button", { name: "Thêm thời hạn báo cáo" }));
    await userEvent.selectOptions(within(deadlines).getByLabelText("Loại báo cáo 2"), "yearly");
    expect(within(deadlines).getByLabelText("Tên kỳ báo cáo 2")).toHaveValue(
      "Báo cáo tổng kết năm",
    );
    await userEvent.click(within(deadlines).getByRole("button", { name: "Lưu" }));
    expect(
      within(deadlines).getByText("Hãy ghi đủ hạn gửi và tên kỳ báo cáo."),
    ).toBeInTheDocument();
    await userEvent.type(within(deadlines).getByLabelText("Hạn gửi 2"), "01/11/2024");
    await userEvent.click(within(deadlines).getByRole("button", { name: "Lưu" }));
    await within(deadlines).findByText(/Đã lưu lúc/);
    expect(JSON.parse(writes(calls, "PATCH", "/api/v1/plans/2")[0]?.body ?? "{}")).toEqual({
      reporting_deadlines: [
        { kind: "semiannual", due_on: "2024-06-01", label: "Báo cáo sơ kết 6 tháng" },
        { kind: "yearly", due_on: "2024-11-01", label: "Báo cáo tổng kết năm" },
      ],
    });

    const signing = screen.getByRole("region", { name: "Nơi nhận và người ký" });
    const recipients = within(signing).getByLabelText("Nơi nhận");
    await userEvent.clear(recipients);
    await userEvent.type(
      recipients,
      "- UBND huyện;{Enter}{Enter}Các khu dân cư;{Enter}Lưu: VT, VHXH.",
    );
    await userEvent.clear(within(signing).getByLabelText("Họ và tên"));
    await userEvent.click(within(signing).getByRole("button", { name: "Lưu" }));
    expect(within(signing).getByText(/Hãy ghi đủ cơ quan, chức vụ và họ tên/)).toBeInTheDocument();
    await userEvent.type(within(signing).getByLabelText("Họ và tên"), "Nguyễn Văn An");
    await userEvent.selectOptions(within(signing).getByLabelText("Thẩm quyền ký"), "KT.");
    await userEvent.click(within(signing).getByRole("button", { name: "Lưu" }));
    await within(signing).findByText(/Đã lưu lúc/);
    const second = writes(calls, "PATCH", "/api/v1/plans/2")[1];
    // The version the first save answered.
    expect(second?.request.headers.get("If-Match")).toBe('"4"');
    expect(JSON.parse(second?.body ?? "{}")).toEqual({
      recipients: ["UBND huyện;", "Các khu dân cư;", "Lưu: VT, VHXH."],
      signer: {
        authority: "KT.",
        body: "ỦY BAN NHÂN DÂN",
        position: "CHỦ TỊCH",
        full_name: "Nguyễn Văn An",
      },
    });
  });

  it("deletes the draft after asking, at the version now saved when someone changed it", async () => {
    const { calls, state } = serveDraft();
    const { location } = renderApp(<PlanEditorPage id={2} />, {
      me: coordinator,
      path: "/plans/2/edit",
    });
    await screen.findByRole("heading", { level: 1, name: "Soạn thảo kế hoạch năm 2024" });
    // Someone else saves while the editor is open.
    state.plan = { ...state.plan, version: 4 };
    await userEvent.click(screen.getByRole("button", { name: "Xóa dự thảo" }));
    const dialog = screen.getByRole("dialog", { name: "Xóa dự thảo kế hoạch" });
    await userEvent.click(within(dialog).getByRole("button", { name: "Xóa dự thảo" }));
    const alert = await within(dialog).findByRole("alert");
    expect(alert).toHaveTextContent("Kế hoạch đã thay đổi sau khi bạn mở trang");
    await userEvent.click(within(alert).getByRole("button", { name: "Tải lại bản mới nhất" }));
    await vi.waitFor(() => expect(within(dialog).queryByRole("alert")).not.toBeInTheDocument());
    await userEvent.click(within(dialog).getByRole("button", { name: "Xóa dự thảo" }));
    await vi.waitFor(() =>
      expect(
        writes(calls, "DELETE", "/api/v1/plans/2").map((call) =>
          call.request.headers.get("If-Match"),
        ),
      ).toEqual(['"3"', '"4"']),
    );
    await vi.waitFor(() => expect(location.history?.at(-1)).toBe("/plans"));
  });

  it("only edits drafts, and only for those who write plans", async () => {
    serveDraft(makePlan({ status: "issued", number_symbol: "1/KH-UBND" }));
    renderApp(<PlanEditorPage id={2} />, { me: coordinator, path: "/plans/2/edit" });
    expect(
      await screen.findByText("Kế hoạch đã ban hành; chỉ sửa được khi còn là dự thảo."),
    ).toBeInTheDocument();
    expect(screen.queryByRole("region", { name: "Thông tin chung" })).not.toBeInTheDocument();
  });

  it("is not there for those who do not write plans", async () => {
    const { calls } = serveDraft();
    renderApp(<PlanEditorPage id={2} />, { me: makeMe(), path: "/plans/2/edit" });
    expect(
      await screen.findByRole("heading", { level: 1, name: "Không tìm thấy trang" }),
    ).toBeInTheDocument();
    expect(calls.some((call) => call.request.url.includes("/plans/2"))).toBe(false);
  });
});
