/**
 * src/host/actions.ts: the UI's door to the workbook. Checks the wiring (Office port →
 * createTemplate), the host checks, and that every outcome reaches the result bus with a
 * message in the user's language.
 */
jest.mock("../../src/workbook/officeWorkbook", () => ({ createOfficeWorkbook: jest.fn() }));
jest.mock("../../src/commands/createTemplate", () => ({ createTemplate: jest.fn() }));

import { createTemplate } from "../../src/commands/createTemplate";
import { currentFiscalYear } from "../../src/domain/thaiCalendar";
import { defaultFiscalYear, isInExcel, runCreateTemplate } from "../../src/host/actions";
import { HostError } from "../../src/host/errors";
import { resetBus, subscribe, type ActionEvent } from "../../src/host/resultBus";
import { createOfficeWorkbook } from "../../src/workbook/officeWorkbook";
import { WorkbookError, type WorkbookPort } from "../../src/workbook/port";

const makePort = createOfficeWorkbook as jest.MockedFunction<typeof createOfficeWorkbook>;
const create = createTemplate as jest.MockedFunction<typeof createTemplate>;
const port = { listSheets: jest.fn() } as unknown as WorkbookPort;

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
let unsubscribe: () => void;

beforeEach(() => {
  resetBus();
  events = [];
  unsubscribe = subscribe((e) => events.push(e));
  makePort.mockReset().mockReturnValue(port);
  create.mockReset();
  fakeHost();
});

afterEach(() => {
  unsubscribe();
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
