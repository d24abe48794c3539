/**
 * src/host/actions.ts: the UI's door to the workbook. Checks the wiring (Office port →
 * createTemplate), the host checks, and that every outcome reaches the result bus with a
 * message in the user's language.
 */
jest.mock("../../src/workbook/officeWorkbook", () => ({ createOfficeWorkbook: jest.fn() }));
jest.mock("../../src/commands/createTemplate", () => ({ createTemplate: jest.fn() }));
jest.mock("../../src/commands/checkWorkbook", () => ({ checkWorkbook: jest.fn() }));

import type { CheckProgress, CheckResult } from "../../src/commands/checkResult";
import { checkWorkbook } from "../../src/commands/checkWorkbook";
import { createTemplate } from "../../src/commands/createTemplate";
import { currentFiscalYear } from "../../src/domain/thaiCalendar";
import { defaultFiscalYear, isInExcel, runCheck, runCreateTemplate, selectCell } from "../../src/host/actions";
import { HostError } from "../../src/host/errors";
import { lastEvent, resetBus, subscribe, subscribeProgress, type ActionEvent, type ProgressEvent } from "../../src/host/resultBus";
import { createOfficeWorkbook } from "../../src/workbook/officeWorkbook";
import { WorkbookError, type WorkbookPort } from "../../src/workbook/port";

const makePort = createOfficeWorkbook as jest.MockedFunction<typeof createOfficeWorkbook>;
const create = createTemplate as jest.MockedFunction<typeof createTemplate>;
const check = checkWorkbook as jest.MockedFunction<typeof checkWorkbook>;
const port = { listSheets: jest.fn(), selectCell: jest.fn() } as unknown as WorkbookPort & { selectCell: jest.Mock };

type Globals = { Office?: unknown; Excel?: unknown };
const g = globalThis as Globals;

function fakeHost({ language = "th-TH", excelApi19 = true } = {}): void {
  g.Excel = { run: jest.fn() };
  g.Office = {
    context: {
      displayLanguage: language,
      requirements: { isSetSupported: (name: string, version: string) => name === "ExcelApi" && (excelApi19 || version !== "1.9") },
    },
  };
}

let events: ActionEvent[];
let progress: ProgressEvent[];
let unsubscribe: () => void;
let unsubscribeProgress: () => void;

beforeEach(() => {
  resetBus();
  events = [];
  progress = [];
  unsubscribe = subscribe((e) => events.push(e));
  unsubscribeProgress = subscribeProgress((e) => progress.push(e));
  makePort.mockReset().mockReturnValue(port);
  create.mockReset();
  check.mockReset();
  port.selectCell.mockReset().mockResolvedValue(undefined);
  fakeHost();
});

afterEach(() => {
  unsubscribe();
  unsubscribeProgress();
  delete g.Office;
  delete g.Excel;
});

describe("runCreateTemplate", () => {
  it("creates the template through the Office port and publishes the result", async () => {
    create.mockResolvedValue({ fiscalYear: 2570, added: ["โครงการ"], existing: ["ตั้งค่า"] });
    const result = await runCreateTemplate({ fiscalYear: 2570, source: "ribbon" });
    expect(makePort).toHaveBeenCalledTimes(1);
    expect(create).toHaveBeenCalledWith(port, { fiscalYear: 2570 });
    expect(result).toEqual({ added: ["โครงการ"], existing: ["ตั้งค่า"], fiscalYear: 2570 });
    expect(events).toEqual([{ action: "createTemplate", source: "ribbon", ok: true, result }]);
  });

  it("uses the current Buddhist-era fiscal year and the pane as source by default", async () => {
    create.mockResolvedValue({ fiscalYear: currentFiscalYear(), added: [], existing: [] });
    await runCreateTemplate();
    expect(create).toHaveBeenCalledWith(port, { fiscalYear: currentFiscalYear() });
    expect(currentFiscalYear()).toBeGreaterThan(2500);
    expect(events[0]).toMatchObject({ source: "pane", ok: true });
  });

  it("rethrows a workbook error and publishes it as a Thai message", async () => {
    const err = new WorkbookError("SHEET_EXISTS", "โครงการ", "exists");
    create.mockRejectedValue(err);
    await expect(runCreateTemplate({ fiscalYear: 2569 })).rejects.toBe(err);
    expect(events).toEqual([
      {
        action: "createTemplate",
        source: "pane",
        ok: false,
        error: { code: "SHEET_EXISTS", message: expect.stringContaining("มีชีตชื่อ “โครงการ” อยู่แล้ว") },
      },
    ]);
  });

  it("publishes the message in English when Office runs in English", async () => {
    fakeHost({ language: "en-US" });
    create.mockRejectedValue(Object.assign(new Error("x"), { code: "InvalidOperationInCellEditMode" }));
    await expect(runCreateTemplate({ fiscalYear: 2569 })).rejects.toThrow("x");
    expect(events[0]).toMatchObject({ ok: false, error: { code: "InvalidOperationInCellEditMode", message: expect.stringContaining("Press Enter or Esc") } });
  });

  it("refuses outside Excel without touching a workbook", async () => {
    delete g.Excel;
    expect(isInExcel()).toBe(false);
    await expect(runCreateTemplate({ fiscalYear: 2569 })).rejects.toEqual(new HostError("NOT_IN_EXCEL"));
    expect(makePort).not.toHaveBeenCalled();
    expect(events[0]).toMatchObject({ ok: false, error: { code: "NOT_IN_EXCEL", message: expect.stringContaining("ไม่พบ Excel") } });
  });

  it("refuses on an Excel without ExcelApi 1.9", async () => {
    fakeHost({ excelApi19: false });
    await expect(runCreateTemplate({ fiscalYear: 2569 })).rejects.toMatchObject({ code: "OLD_EXCEL" });
    expect(create).not.toHaveBeenCalled();
    expect(events[0]).toMatchObject({ ok: false, error: { code: "OLD_EXCEL", message: expect.stringContaining("Excel รุ่นนี้เก่าเกินไป") } });
  });

  it("proposes the current fiscal year", () => {
    // 1 ตุลาคม 2568 (Asia/Bangkok) opens ปีงบประมาณ 2569
    expect(defaultFiscalYear(new Date("2025-09-30T17:00:00Z"))).toBe(2569);
    expect(defaultFiscalYear(new Date("2025-09-30T16:59:00Z"))).toBe(2568);
  });
});

const CHECKED: CheckResult = {
  findings: [
    { code: "BUDGET_INVALID", severity: "error", sheet: "โครงการ", cell: "D6", message: "งบประมาณไม่ใช่ตัวเลข", fix: "พิมพ์เป็นตัวเลข", row: 6 },
  ],
  summary: { fiscalYear: 2569, projects: 2, budget: 150000, strategies: [], plans: [] },
  projectSheets: ["โครงการ"],
};

describe("runCheck", () => {
  it("checks through the Office port, passes progress to the caller and the bus, and publishes the result", async () => {
    const reports: CheckProgress[] = [
      { stage: "read", done: 1, total: 2 },
      { stage: "read", done: 2, total: 2 },
      { stage: "check", done: 1, total: 1 },
    ];
    check.mockImplementation(async (_port, onProgress) => {
      for (const r of reports) onProgress?.(r);
      return CHECKED;
    });
    const seen: CheckProgress[] = [];
    const result = await runCheck({ source: "ribbon", onProgress: (p) => seen.push(p) });
    expect(result).toBe(CHECKED);
    expect(check).toHaveBeenCalledWith(port, expect.any(Function));
    expect(seen).toEqual(reports);
    expect(progress).toEqual([
      { action: "checkProjects", source: "ribbon", progress: null },
      ...reports.map((p) => ({ action: "checkProjects", source: "ribbon", progress: p })),
    ]);
    expect(events).toEqual([{ action: "checkProjects", source: "ribbon", ok: true, result: CHECKED }]);
    expect(lastEvent("checkProjects")).toEqual(events[0]);
  });

  it("keeps the last outcome of each action apart", async () => {
    check.mockResolvedValue(CHECKED);
    create.mockResolvedValue({ fiscalYear: 2569, added: [], existing: [] });
    await runCheck();
    await runCreateTemplate({ fiscalYear: 2569 });
    expect(lastEvent()).toMatchObject({ action: "createTemplate" });
    expect(lastEvent("checkProjects")).toMatchObject({ action: "checkProjects", source: "pane", ok: true });
  });

  it("rethrows a failure and publishes it as a Thai message", async () => {
    const err = Object.assign(new Error("busy"), { code: "InvalidOperationInCellEditMode" });
    check.mockRejectedValue(err);
    await expect(runCheck()).rejects.toBe(err);
    expect(events).toEqual([
      {
        action: "checkProjects",
        source: "pane",
        ok: false,
        error: { code: "InvalidOperationInCellEditMode", message: expect.stringContaining("Excel กำลังแก้ไขเซลล์อยู่") },
      },
    ]);
  });

  it("refuses outside Excel without reading anything", async () => {
    delete g.Excel;
    await expect(runCheck()).rejects.toEqual(new HostError("NOT_IN_EXCEL"));
    expect(check).not.toHaveBeenCalled();
    expect(progress).toEqual([]);
    expect(events[0]).toMatchObject({ action: "checkProjects", ok: false, error: { code: "NOT_IN_EXCEL" } });
  });
});

describe("selectCell", () => {
  it("selects the cell through the Office port, publishing nothing", async () => {
    await selectCell("โครงการ", "D6");
    expect(port.selectCell).toHaveBeenCalledWith("โครงการ", "D6");
    expect(events).toEqual([]);
  });

  it("passes the port's error on, and refuses outside Excel", async () => {
    const err = new WorkbookError("SHEET_MISSING", "โครงการ", "gone");
    port.selectCell.mockRejectedValue(err);
    await expect(selectCell("โครงการ", "D6")).rejects.toBe(err);
    delete g.Excel;
    await expect(selectCell("โครงการ", "D6")).rejects.toMatchObject({ code: "NOT_IN_EXCEL" });
    expect(port.selectCell).toHaveBeenCalledTimes(1);
  });
});
