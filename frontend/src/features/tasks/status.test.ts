import messages from "../../i18n/vi.json";
import {
  isTaskStatus,
  orderedCounts,
  STATUS_SYMBOL,
  statusLabelKey,
  TASK_STATUSES,
} from "./status";

describe("task status labels", () => {
  it("use the Vietnamese task-tracking words", () => {
    const label = (status: (typeof TASK_STATUSES)[number]) =>
      messages[statusLabelKey(status) as keyof typeof messages];
    expect(label("not_started")).toBe("Chưa thực hiện");
    expect(label("in_progress")).toBe("Đang thực hiện");
    expect(label("done_on_time")).toBe("Hoàn thành đúng hạn");
    expect(label("done_late")).toBe("Hoàn thành quá hạn");
    expect(label("overdue")).toBe("Quá hạn chưa hoàn thành");
    expect(label("awaiting_confirmation")).toBe("Chờ xác nhận");
    expect(label("paused")).toBe("Tạm dừng");
    expect(label("cancelled")).toBe("Hủy");
  });

  it("give every status a symbol so that colour is not the only signal", () => {
    for (const status of TASK_STATUSES) expect(STATUS_SYMBOL[status]).toBeTruthy();
  });

  it("recognise only the API's status values", () => {
    expect(isTaskStatus("overdue")).toBe(true);
    expect(isTaskStatus("awaiting_confirmation")).toBe(true);
    expect(isTaskStatus("late")).toBe(false);
    expect(isTaskStatus(null)).toBe(false);
  });
});

describe("orderedCounts", () => {
  it("lists non-zero counts in display order", () => {
    expect(orderedCounts({ done_on_time: 2, overdue: 3, paused: 0 })).toEqual([
      { status: "overdue", count: 3 },
      { status: "done_on_time", count: 2 },
    ]);
  });
});
