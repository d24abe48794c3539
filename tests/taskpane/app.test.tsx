/**
 * @jest-environment jsdom
 */
import { act } from "react";
import { createRoot, type Root } from "react-dom/client";

jest.mock("../../src/host/actions", () => ({
  runCreateTemplate: jest.fn(),
  runCheck: jest.fn(),
  selectCell: jest.fn(),
  defaultFiscalYear: jest.fn(() => 2569),
  isInExcel: jest.fn(() => true),
}));
jest.mock("../../src/host/overviewActions", () => ({ readOverview: jest.fn() }));
jest.mock("../../src/host/watch", () => ({ watchWorkbook: jest.fn() }));

import type { CheckResult } from "../../src/commands/checkResult";
import type { PlanOverview } from "../../src/commands/planOverview";
import { isInExcel, runCreateTemplate } from "../../src/host/actions";
import { readOverview } from "../../src/host/overviewActions";
import { publish, publishProgress } from "../../src/host/resultBus";
import { resetBus } from "../../src/host/busState";
import { runStarted } from "../../src/host/runWindows";
import type { ActionEvent, TemplateResult } from "../../src/host/actionEvents";
import { watchWorkbook, type WorkbookChange } from "../../src/host/watch";
import { App } from "../../src/taskpane/App";
import { CheckStep } from "../../src/taskpane/components/CheckStep";
import { WorkbookError } from "../../src/workbook/port";
import "../support/jsdomReact";

const readMock = readOverview as jest.MockedFunction<typeof readOverview>;
const watchMock = watchWorkbook as jest.MockedFunction<typeof watchWorkbook>;

const run = runCreateTemplate as jest.MockedFunction<typeof runCreateTemplate>;
const inExcel = isInExcel as jest.MockedFunction<typeof isInExcel>;

let container: HTMLDivElement;
let root: Root;

async function render(ui: React.ReactElement): Promise<void> {
  await act(async () => {
    root.render(ui);
  });
}

function text(): string {
  return container.textContent ?? "";
}

function button(label: string): HTMLButtonElement {
  const found = Array.from(container.querySelectorAll("button")).find((b) => b.textContent?.trim() === label);
  if (!found) throw new Error(`no button "${label}" in: ${text()}`);
  return found;
}

/**
 * Whether a button is shown as unavailable. Buttons that become unavailable stay focusable
 * (aria-disabled, not disabled), so that pressing one does not drop the focus to the page.
 */
function unavailable(b: HTMLButtonElement): boolean {
  expect(b.disabled).toBe(false);
  return b.getAttribute("aria-disabled") === "true";
}

function listed(testId: string): string[] {
  const list = container.querySelector(`[data-testid="${testId}"]`);
  return list ? Array.from(list.querySelectorAll("li")).map((li) => li.textContent ?? "") : [];
}

async function click(el: HTMLElement): Promise<void> {
  await act(async () => {
    el.click();
  });
}

function deferred<T>() {
  let resolve!: (v: T) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

const RESULT: TemplateResult = {
  added: ["โครงการ", "ยุทธศาสตร์", "วันหยุด"],
  existing: ["ตั้งค่า", "รายการ"],
  fiscalYear: 2569,
};

const OVERVIEW: PlanOverview = {
  orgFullName: "องค์การบริหารส่วนตำบลบ้านใหม่",
  fiscalYear: 2569,
  edition: "ฉบับหลัก",
  projects: 69,
  budget: 37_600_000,
  dueBy: "2025-10-20",
  daysLeft: 5,
  announced: null,
  hasTemplate: true,
  projectSheets: ["โครงการ"],
};

/** What the mocked watcher was given: feeding it is Excel reporting a change. */
let workbookListener: ((change: WorkbookChange) => void) | undefined;
const stopWatching = jest.fn();

beforeEach(() => {
  resetBus();
  run.mockReset();
  inExcel.mockReturnValue(true);
  readMock.mockReset();
  readMock.mockResolvedValue(OVERVIEW);
  workbookListener = undefined;
  stopWatching.mockReset();
  watchMock.mockReset();
  watchMock.mockImplementation(async (listener) => {
    workbookListener = listener;
    return stopWatching;
  });
  container = document.createElement("div");
  document.body.appendChild(container);
  root = createRoot(container);
});

afterEach(async () => {
  await act(async () => root.unmount());
  container.remove();
});

describe("task pane", () => {
  it("shows the Thai header, the template step and its button, then the check, classify, forms, announcement and tracking steps, and last the Excel check", async () => {
    await render(<App />);
    expect(text()).toContain("OpPlan · แผนการดำเนินงาน");
    expect(text()).toContain("แม่แบบ");
    const headings = Array.from(container.querySelectorAll("h2")).map((h) => h.textContent);
    expect(headings[0]).toBe("แผนโดยสรุป");
    expect(headings.slice(-8)).toEqual(["แม่แบบ", "ตรวจสอบ", "แผนพัฒนาท้องถิ่น (ผ.02)", "จัดหมวดหมู่", "สร้างบัญชี ผด.", "ประกาศ", "ติดตามผล", "ความเข้ากันได้กับ Excel"]);
    expect(unavailable(button("ตรวจสอบ"))).toBe(false);
    expect(text()).toContain("ปีงบประมาณ\u00a0พ.ศ.\u00a02569"); // kept on one line
    expect(unavailable(button("สร้างแม่แบบ"))).toBe(false);
    expect(text()).not.toContain("เปิดแผงนี้ใน Excel");
  });

  it("creates the template and lists the sheets added and those already there", async () => {
    const pending = deferred<TemplateResult>();
    run.mockReturnValue(pending.promise);
    await render(<App />);

    await click(button("สร้างแม่แบบ"));
    // The year is the workbook's to state (else today's): the pane asks for none.
    expect(run).toHaveBeenCalledWith({ source: "pane" });
    expect(text()).toContain("กำลังสร้างแม่แบบ…");
    expect(unavailable(button("สร้างแม่แบบ"))).toBe(true);
    // pressed again while running: nothing
    await click(button("สร้างแม่แบบ"));
    expect(run).toHaveBeenCalledTimes(1);

    await act(async () => pending.resolve(RESULT));
    expect(text()).not.toContain("กำลังสร้างแม่แบบ…");
    expect(unavailable(button("สร้างแม่แบบ"))).toBe(false);
    expect(text()).toContain("สร้างแม่แบบเสร็จแล้ว");
    expect(text()).toContain("ชีตที่เพิ่ม (3)");
    expect(listed("sheets-added")).toEqual(["โครงการ", "ยุทธศาสตร์", "วันหยุด"]);
    expect(text()).toContain("ชีตที่มีอยู่แล้ว ไม่ได้แก้ไข (2)");
    expect(listed("sheets-existing")).toEqual(["ตั้งค่า", "รายการ"]);
    expect(text()).not.toContain("ผลจากปุ่ม");
  });

  it("says so when every template sheet was already there", async () => {
    run.mockResolvedValue({ added: [], existing: ["โครงการ"], fiscalYear: 2569 });
    await render(<App />);
    await click(button("สร้างแม่แบบ"));
    expect(text()).toContain("สมุดงานนี้มีแม่แบบครบอยู่แล้ว");
    expect(listed("sheets-added")).toEqual([]);
    expect(listed("sheets-existing")).toEqual(["โครงการ"]);
  });

  it("shows a Thai message when the workbook refuses", async () => {
    run.mockRejectedValue(new WorkbookError("INVALID_NAME", "แผน:2569", "bad name"));
    await render(<App />);
    await click(button("สร้างแม่แบบ"));
    expect(text()).toContain("ทำไม่สำเร็จ");
    expect(text()).toContain("ใช้ “แผน:2569” เป็นชื่อชีตไม่ได้");
    expect(text()).not.toContain("bad name");
    expect(unavailable(button("สร้างแม่แบบ"))).toBe(false);
  });

  it("shows a Thai message for an Excel error and for an unexpected one", async () => {
    run.mockRejectedValueOnce(Object.assign(new Error("busy"), { code: "InvalidOperationInCellEditMode" }));
    run.mockRejectedValueOnce(new Error("boom"));
    await render(<App />);
    await click(button("สร้างแม่แบบ"));
    expect(text()).toContain("Excel กำลังแก้ไขเซลล์อยู่");
    await click(button("สร้างแม่แบบ"));
    expect(text()).not.toContain("Excel กำลังแก้ไขเซลล์อยู่");
    expect(text()).toContain("เกิดข้อผิดพลาดที่ไม่คาดคิด: boom");
  });

  it("shows the result of a ribbon run", async () => {
    await render(<App />);
    await act(async () => publish({ action: "createTemplate", source: "ribbon", ok: true, result: RESULT }));
    expect(text()).toContain("ผลจากปุ่ม “สร้างแม่แบบ” บนริบบอน");
    expect(listed("sheets-added")).toEqual(RESULT.added);
    expect(run).not.toHaveBeenCalled();

    await act(async () =>
      publish({ action: "createTemplate", source: "ribbon", ok: false, error: { code: "X", message: "ข้อความจากริบบอน" } }),
    );
    expect(text()).toContain("ข้อความจากริบบอน");
    expect(listed("sheets-added")).toEqual([]);
  });

  it("shows a ribbon result published before the pane opened", async () => {
    publish({ action: "createTemplate", source: "ribbon", ok: true, result: RESULT });
    await render(<App />);
    expect(listed("sheets-existing")).toEqual(RESULT.existing);
  });

  it("ignores the bus echo of its own run", async () => {
    run.mockImplementation(async () => {
      publish({ action: "createTemplate", source: "pane", ok: true, result: RESULT });
      return RESULT;
    });
    await render(<App />);
    await click(button("สร้างแม่แบบ"));
    expect(text()).not.toContain("ผลจากปุ่ม");
    expect(listed("sheets-added")).toEqual(RESULT.added);
  });

  it("tells the user to open it in Excel when there is no Excel, and reads nothing", async () => {
    inExcel.mockReturnValue(false);
    await render(<App />);
    expect(text()).toContain("เปิดแผงนี้ใน Excel เพื่อใช้งาน");
    expect(container.querySelector('[data-testid="plan-glance"]')).toBeNull();
    expect(readMock).not.toHaveBeenCalled();
    expect(watchMock).not.toHaveBeenCalled();
  });

  it("speaks English when Office does", async () => {
    await render(<App lang="en" />);
    expect(text()).toContain("OpPlan · Operational Plan");
    expect(button("Create template")).toBeTruthy();
    expect(text()).toContain("(else 2569\u00a0B.E.)");
  });
});

const CHECKED: CheckResult = {
  findings: [],
  summary: { fiscalYear: 2569, projects: 69, budget: 37_600_000, strategies: [], plans: [] },
  projectSheets: ["โครงการ"],
  refused: [],
};

const checkDone: ActionEvent = { action: "checkProjects", source: "ribbon", ok: true, result: CHECKED };

/** The state badge of step n, by its words. */
function badge(step: number): string {
  const el = container.querySelector(`[data-testid="step-state-${step}"]`);
  if (!el) throw new Error(`no badge for step ${step} in: ${text()}`);
  return el.textContent ?? "";
}

/** The badge's description, as a screen reader gets it. */
function badgeReason(step: number): string {
  const el = container.querySelector(`[data-testid="step-state-${step}"]`)!;
  return document.getElementById(el.getAttribute("aria-describedby")!)?.textContent ?? "";
}

async function workbookChanges(change: WorkbookChange): Promise<void> {
  if (!workbookListener) throw new Error("the pane does not watch the workbook");
  await act(async () => workbookListener!(change));
}

describe("plan at a glance and step states", () => {
  it("shows the plan at a glance under the title, then the settings, then the steps", async () => {
    await render(<App />);
    expect(readMock).toHaveBeenCalledTimes(1);
    const glance = container.querySelector('[data-testid="plan-glance"]')!;
    expect(glance.textContent).toContain("องค์การบริหารส่วนตำบลบ้านใหม่");
    expect(glance.textContent).toContain("เหลือ 5 วันถึงกำหนดประกาศ (20 ต.ค. 2568)");
    const settings = container.querySelector('[data-testid="settings-header"]')!;
    const firstStep = container.querySelector('[role="region"][aria-label="แม่แบบ"]')!;
    expect(glance.compareDocumentPosition(settings) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(settings.compareDocumentPosition(firstStep) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it("marks the template done from the workbook itself, the other steps not run", async () => {
    await render(<App />);
    expect([1, 2, 3, 4, 5].map(badge)).toEqual(["เสร็จแล้ว", "ยังไม่ได้ทำ", "ยังไม่ได้ทำ", "ยังไม่ได้ทำ", "ยังไม่ได้ทำ"]);
    expect(badgeReason(2)).toBe("ยังไม่ได้ทำขั้นนี้");
  });

  it("turns the check's badge from ยังไม่ได้ทำ to เสร็จแล้ว, then to out of date when the rows change", async () => {
    await render(<App />);
    expect(badge(2)).toBe("ยังไม่ได้ทำ");
    await act(async () => publish(checkDone));
    expect(badge(2)).toBe("เสร็จแล้ว");
    expect(badgeReason(2)).toBe("ไม่พบข้อผิดพลาด");

    // OpPlan's own output does not count.
    await workbookChanges({ kind: "edited", sheet: "ผด.02", address: "C5" });
    expect(badge(2)).toBe("เสร็จแล้ว");

    await workbookChanges({ kind: "edited", sheet: "โครงการ", address: "D12" });
    expect(badge(2)).toBe("ข้อมูลเปลี่ยน ต้องทำใหม่");
    expect(badgeReason(2)).toBe("ข้อมูลในชีต “โครงการ” เปลี่ยนหลังจากทำขั้นนี้ล่าสุด — ทำอีกครั้ง");

    await act(async () => publish(checkDone));
    expect(badge(2)).toBe("เสร็จแล้ว");
  });

  it("does not make a step stale by its own writes, only the steps before it", async () => {
    await render(<App />);
    await act(async () => publish(checkDone));
    await act(async () =>
      publish({
        action: "classifyProjects",
        source: "pane",
        ok: true,
        result: { step: "classify", result: { classifications: [], findings: [], strategies: [], plans: [], columnsToAdd: [] } },
      }),
    );
    expect(badge(3)).toBe("เสร็จแล้ว");
    // จัดหมวดหมู่'s apply writes into the project rows while it runs.
    let ended = () => undefined as void;
    await act(async () => {
      ended = runStarted("classifyProjects");
    });
    await workbookChanges({ kind: "edited", sheet: "โครงการ", address: "Q5" });
    await act(async () => ended());
    expect(badge(3)).toBe("เสร็จแล้ว");
    expect(badge(2)).toBe("ข้อมูลเปลี่ยน ต้องทำใหม่");
  });

  it("believes Excel's word on who made an edit over the time window", async () => {
    await render(<App />);
    const classified: ActionEvent = {
      action: "classifyProjects",
      source: "pane",
      ok: true,
      result: { step: "classify", result: { classifications: [], findings: [], strategies: [], plans: [], columnsToAdd: [] } },
    };
    // A result on the log keeps the changes after it.
    await act(async () => publish(checkDone));
    const t0 = Date.now() + 10;
    const now = jest.spyOn(Date, "now").mockReturnValue(t0);
    try {
      // The user types into a project row while จัดหมวดหมู่ writes: not swallowed by the run.
      let ended = () => undefined as void;
      await act(async () => {
        ended = runStarted("classifyProjects");
      });
      now.mockReturnValue(t0 + 100);
      await workbookChanges({ kind: "edited", sheet: "โครงการ", address: "D6", source: "other" });
      now.mockReturnValue(t0 + 200);
      await act(async () => {
        publish(classified);
        ended();
      });
      expect(badge(3)).toBe("ข้อมูลเปลี่ยน ต้องทำใหม่");

      now.mockReturnValue(t0 + 1_000);
      await act(async () => {
        ended = runStarted("classifyProjects");
        publish(classified);
        ended();
      });
      expect(badge(3)).toBe("เสร็จแล้ว");
      // Excel tells of the run's last write a minute later, far past the window: still its own.
      now.mockReturnValue(t0 + 61_000);
      await workbookChanges({ kind: "edited", sheet: "โครงการ", address: "Q9", source: "ownAddin" });
      expect(badge(3)).toBe("เสร็จแล้ว");
      // Without Excel's word, the window decides as before: that late a change is the user's.
      await workbookChanges({ kind: "edited", sheet: "โครงการ", address: "Q10" });
      expect(badge(3)).toBe("ข้อมูลเปลี่ยน ต้องทำใหม่");
    } finally {
      now.mockRestore();
    }
  });

  it("shows errors and running, and keeps the state through a cancelled run", async () => {
    await render(<App />);
    await act(async () => publish({ ...checkDone, result: { ...CHECKED, findings: [{ code: "NAME_MISSING", severity: "error", sheet: "โครงการ", cell: "B4", message: "m", fix: "f" }] } }));
    expect(badge(2)).toBe("มีข้อผิดพลาด");
    expect(badgeReason(2)).toBe("พบข้อผิดพลาด 1 รายการ แก้แล้วตรวจสอบอีกครั้ง");

    // A ribbon ตรวจสอบ as the action runs it: started, a first report, cancelled, ended.
    let ended = () => undefined as void;
    await act(async () => {
      ended = runStarted("checkProjects", { writes: false });
      publishProgress({ action: "checkProjects", source: "ribbon", progress: null });
    });
    expect(badge(2)).toBe("กำลังทำงาน…");
    await act(async () => {
      publish({ action: "checkProjects", source: "ribbon", ok: false, error: { code: "CANCELLED", message: "ยกเลิกแล้ว" } });
      ended();
    });
    expect(badge(2)).toBe("มีข้อผิดพลาด");

    await act(async () => publish({ action: "checkProjects", source: "ribbon", ok: false, error: { code: "HOST_ERROR", message: "Excel ไม่ตอบ" } }));
    expect(badge(2)).toBe("มีข้อผิดพลาด");
    expect(badgeReason(2)).toBe("ครั้งล่าสุดทำไม่สำเร็จ: Excel ไม่ตอบ");
  });

  it("shows running for an action without progress reports (ประกาศ) from start to end", async () => {
    await render(<App />);
    expect(badge(5)).toBe("ยังไม่ได้ทำ");
    let ended = () => undefined as void;
    await act(async () => {
      ended = runStarted("announcePlan");
    });
    expect(badge(5)).toBe("กำลังทำงาน…");
    await act(async () => ended());
    expect(badge(5)).toBe("ยังไม่ได้ทำ");
  });

  it("points at step 1 and leaves the template not run when the workbook has no template", async () => {
    readMock.mockResolvedValue({ ...OVERVIEW, hasTemplate: false, projectSheets: [] });
    await render(<App />);
    expect(text()).toContain("สมุดงานนี้ยังไม่มีชีตของแผน เริ่มที่ขั้นที่ 1 แม่แบบ");
    expect(badge(1)).toBe("ยังไม่ได้ทำ");
  });

  it("stops watching the workbook when the pane closes", async () => {
    await render(<App />);
    expect(watchMock).toHaveBeenCalledTimes(1);
    await act(async () => root.unmount());
    expect(stopWatching).toHaveBeenCalledTimes(1);
    root = createRoot(container);
  });

  it("a step rendered without the App shows no badge, as before", async () => {
    await render(<CheckStep />);
    expect(container.querySelector('[data-testid="step-state-2"]')).toBeNull();
    expect(container.querySelector("h2")!.textContent).toBe("ตรวจสอบ");
  });

  it("speaks English in the badges and the glance", async () => {
    await render(<App lang="en" />);
    expect(badge(2)).toBe("Not run");
    expect(container.querySelector('[data-testid="plan-glance"]')!.textContent).toContain("5 days left until the plan is due (20 Oct 2568 BE)");
  });
});

describe("in an Excel too old for OpPlan", () => {
  const office = globalThis as { Office?: unknown };
  beforeEach(() => {
    office.Office = { context: { requirements: { isSetSupported: (name: string, version: string) => !(name === "ExcelApi" && version === "1.9") } } };
  });
  afterEach(() => {
    delete office.Office;
  });

  it("warns at the top, still shows the steps, and reads nothing", async () => {
    await render(<App />);
    const warning = container.querySelector('[data-testid="old-excel"]')!;
    expect(warning.textContent).toBe("Excel รุ่นนี้เก่าเกินไป OpPlan ต้องใช้ Excel 2019 ขึ้นไป, Microsoft 365 หรือ Excel บนเว็บ");
    // inside the main landmark (all content in one), before the first step
    const main = container.querySelector("main")!;
    expect(main.contains(warning)).toBe(true);
    expect(warning.compareDocumentPosition(main.querySelector("h2")!) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(unavailable(button("ตรวจสอบ"))).toBe(false);
    expect(container.querySelector('[data-testid="plan-glance"]')).toBeNull();
    expect(readMock).not.toHaveBeenCalled();
    expect(watchMock).not.toHaveBeenCalled();
  });

  it("says nothing when ExcelApi 1.9 is there", async () => {
    office.Office = { context: { requirements: { isSetSupported: () => true } } };
    await render(<App />);
    expect(container.querySelector('[data-testid="old-excel"]')).toBeNull();
    expect(readMock).toHaveBeenCalledTimes(1);
  });
});
