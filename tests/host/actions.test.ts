/**
 * src/host/actions.ts: the UI's door to the workbook. Checks the wiring (Office port →
 * createTemplate), the host checks, and that every outcome reaches the result bus with a
 * message in the user's language.
 */
jest.mock("../../src/workbook/officeWorkbook", () => ({ createOfficeWorkbook: jest.fn() }));
jest.mock("../../src/commands/createTemplate", () => ({ createTemplate: jest.fn() }));
jest.mock("../../src/commands/checkWorkbook", () => ({ checkWorkbook: jest.fn() }));
jest.mock("../../src/commands/classifyWorkbook", () => ({ classifyWorkbook: jest.fn(), applyClassification: jest.fn(), undoClassification: jest.fn() }));
jest.mock("../../src/commands/generateForms", () => ({ generateForms: jest.fn() }));

import type { CheckProgress, CheckResult } from "../../src/commands/checkResult";
import { checkWorkbook } from "../../src/commands/checkWorkbook";
import type { ApplyRecord, ClassifyResult } from "../../src/commands/classifyResult";
import { applyClassification, classifyWorkbook, undoClassification } from "../../src/commands/classifyWorkbook";
import { createTemplate } from "../../src/commands/createTemplate";
import { generateForms } from "../../src/commands/generateForms";
import type { GenerateOutcome, GenerateProgress } from "../../src/commands/generateResult";
import {
  applyClassificationChoices,
  defaultFiscalYear,
  isInExcel,
  resetClassification,
  runCheck,
  runClassify,
  runCreateTemplate,
  runGenerate,
  selectCell,
  undoLastClassification,
} from "../../src/host/actions";
import * as devPlanSource from "../../src/host/devPlanSource";
import { HostError } from "../../src/host/errors";
import { lastEvent, subscribe, subscribeProgress } from "../../src/host/resultBus";
import { pendingConfirmation, subscribeConfirm } from "../../src/host/confirmations";
import { resetBus } from "../../src/host/busState";
import type { ActionEvent, ConfirmRequest, ProgressEvent } from "../../src/host/actionEvents";
import { createOfficeWorkbook } from "../../src/workbook/officeWorkbook";
import { WorkbookError, type WorkbookPort } from "../../src/workbook/port";

const makePort = createOfficeWorkbook as jest.MockedFunction<typeof createOfficeWorkbook>;
const create = createTemplate as jest.MockedFunction<typeof createTemplate>;
const check = checkWorkbook as jest.MockedFunction<typeof checkWorkbook>;
const classify = classifyWorkbook as jest.MockedFunction<typeof classifyWorkbook>;
const apply = applyClassification as jest.MockedFunction<typeof applyClassification>;
const undo = undoClassification as jest.MockedFunction<typeof undoClassification>;
const generate = generateForms as jest.MockedFunction<typeof generateForms>;
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
  classify.mockReset();
  apply.mockReset();
  undo.mockReset();
  generate.mockReset();
  resetClassification();
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
    create.mockResolvedValue({ fiscalYear: 2570, fiscalYearFrom: "option", added: ["โครงการ"], existing: ["ตั้งค่า"] });
    const result = await runCreateTemplate({ fiscalYear: 2570, source: "ribbon" });
    expect(makePort).toHaveBeenCalledTimes(1);
    expect(create).toHaveBeenCalledWith(port, { fiscalYear: 2570 });
    expect(result).toEqual({ added: ["โครงการ"], existing: ["ตั้งค่า"], fiscalYear: 2570, strategyRowsFromDevPlan: 0 });
    expect(events).toEqual([{ action: "createTemplate", source: "ribbon", ok: true, result }]);
  });

  it("hands the plan file chosen in the pane to the template, which says how many strategy rows it took", async () => {
    const sheet = { name: "ผ.02", originRow: 0, originCol: 0, values: [["แบบ ผ.02"]], numberFormats: [] };
    const input = jest.spyOn(devPlanSource, "devPlanInput").mockReturnValue({ devPlan: [sheet] });
    create.mockResolvedValue({ fiscalYear: 2568, fiscalYearFrom: "workbook", added: ["ยุทธศาสตร์"], existing: [], strategyRowsFromDevPlan: 4 });
    const result = await runCreateTemplate();
    expect(create).toHaveBeenCalledWith(port, { devPlan: [sheet] });
    expect(result.strategyRowsFromDevPlan).toBe(4);
    input.mockRestore();
  });

  it("leaves the year to the workbook (else today's) and the pane as source by default", async () => {
    create.mockResolvedValue({ fiscalYear: 2568, fiscalYearFrom: "workbook", added: [], existing: [] });
    const result = await runCreateTemplate();
    expect(create).toHaveBeenCalledWith(port, {});
    expect(result.fiscalYear).toBe(2568);
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
  refused: [],
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
    create.mockResolvedValue({ fiscalYear: 2569, fiscalYearFrom: "option", added: [], existing: [] });
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

const CLASSIFIED: ClassifyResult = {
  classifications: [
    {
      key: "โครงการ!5",
      sheet: "โครงการ",
      row: 5,
      name: "เบี้ยยังชีพผู้สูงอายุ",
      plan: { name: "แผนงานสร้างความเข้มแข็งของชุมชน", method: "suggested", confidence: 0.9, alternatives: [] },
      strategy: { name: "ยุทธศาสตร์การพัฒนาคน", method: "inferred", confidence: 0.9, alternatives: [] },
      planCell: "Q5",
      strategyCell: "P5",
    },
  ],
  findings: [],
  strategies: ["ยุทธศาสตร์การพัฒนาคน"],
  plans: ["แผนงานสร้างความเข้มแข็งของชุมชน"],
  columnsToAdd: [],
};

const cell = (c: string, value: string) => ({ sheet: "โครงการ", cell: c, value });
const FIRST: ApplyRecord = { cells: [cell("Q5", "แผนงานสร้างความเข้มแข็งของชุมชน")], headers: [cell("Q3", "แผนงาน")] };
const SECOND: ApplyRecord = { cells: [cell("P5", "ยุทธศาสตร์การพัฒนาคน")], headers: [] };

describe("classification", () => {
  it("classifies through the Office port with progress, keeps the result and publishes it", async () => {
    classify.mockImplementation(async (_port, onProgress) => {
      onProgress?.({ done: 1, total: 2 });
      return CLASSIFIED;
    });
    const seen: unknown[] = [];
    const outcome = await runClassify({ source: "ribbon", onProgress: (p) => seen.push(p) });
    expect(classify).toHaveBeenCalledWith(port, expect.any(Function));
    expect(outcome).toEqual({ step: "classify", result: CLASSIFIED });
    expect(seen).toEqual([{ done: 1, total: 2 }]);
    expect(progress).toEqual([
      { action: "classifyProjects", source: "ribbon", progress: null },
      { action: "classifyProjects", source: "ribbon", progress: { done: 1, total: 2 } },
    ]);
    expect(events).toEqual([{ action: "classifyProjects", source: "ribbon", ok: true, result: outcome }]);
  });

  it("applies the kept result with the caller's options, and one undo takes back every apply since", async () => {
    classify.mockResolvedValue(CLASSIFIED);
    await runClassify();
    apply.mockResolvedValueOnce(FIRST).mockResolvedValueOnce({ cells: [], headers: [] }).mockResolvedValueOnce(SECOND);
    const choices = new Map([["โครงการ!5", { plan: null }]]);
    const first = await applyClassificationChoices({ minConfidence: 0.75, choices });
    expect(apply).toHaveBeenLastCalledWith(port, CLASSIFIED, { minConfidence: 0.75, choices });
    expect(first).toEqual({ step: "apply", result: CLASSIFIED, written: FIRST, undoable: FIRST });
    // nothing written: nothing more to undo
    expect((await applyClassificationChoices({ only: new Set(["โครงการ!5"]) })).undoable).toEqual(FIRST);
    const third = await applyClassificationChoices({ source: "ribbon" });
    expect(apply).toHaveBeenLastCalledWith(port, CLASSIFIED, {});
    expect(third.undoable).toEqual({ cells: [...FIRST.cells, ...SECOND.cells], headers: FIRST.headers });
    expect(events.at(-1)).toEqual({ action: "classifyProjects", source: "ribbon", ok: true, result: third });

    undo.mockResolvedValue({ restored: 1, keptEdited: 1 });
    const undone = await undoLastClassification();
    expect(undo).toHaveBeenCalledWith(port, third.undoable);
    expect(undone).toEqual({ step: "undo", result: CLASSIFIED, undone: { restored: 1, keptEdited: 1 } });
    expect(events.at(-1)).toEqual({ action: "classifyProjects", source: "pane", ok: true, result: undone });
    // taken back: a second undo has nothing to do
    await expect(undoLastClassification()).rejects.toMatchObject({ code: "NOTHING_TO_UNDO" });
    expect(undo).toHaveBeenCalledTimes(1);
  });

  it("keeps what can be undone across a new classification", async () => {
    classify.mockResolvedValue(CLASSIFIED);
    await runClassify();
    apply.mockResolvedValue(FIRST);
    await applyClassificationChoices();
    expect(await runClassify()).toEqual({ step: "classify", result: CLASSIFIED, undoable: FIRST });
  });

  it("refuses to apply before classifying, and keeps the record when undo fails", async () => {
    await expect(applyClassificationChoices({ minConfidence: 0.75 })).rejects.toEqual(new HostError("NO_CLASSIFICATION"));
    expect(apply).not.toHaveBeenCalled();
    expect(events[0]).toMatchObject({ action: "classifyProjects", ok: false, error: { code: "NO_CLASSIFICATION", message: expect.stringContaining("จัดหมวดหมู่") } });

    classify.mockResolvedValue(CLASSIFIED);
    await runClassify();
    apply.mockResolvedValue(FIRST);
    await applyClassificationChoices();
    undo.mockRejectedValueOnce(Object.assign(new Error("busy"), { code: "InvalidOperationInCellEditMode" }));
    await expect(undoLastClassification()).rejects.toThrow("busy");
    expect(events.at(-1)).toMatchObject({ ok: false, error: { message: expect.stringContaining("Excel กำลังแก้ไขเซลล์อยู่") } });
    undo.mockResolvedValue({ restored: 1, keptEdited: 0 });
    await undoLastClassification();
    expect(undo).toHaveBeenLastCalledWith(port, FIRST);
  });

  it("refuses outside Excel without reading anything", async () => {
    delete g.Excel;
    await expect(runClassify()).rejects.toEqual(new HostError("NOT_IN_EXCEL"));
    expect(classify).not.toHaveBeenCalled();
    expect(progress).toEqual([]);
  });
});

const GENERATED: GenerateOutcome = {
  written: ["ผด.01", "ผด.02", "ผด.02-1"],
  renamed: [],
  edited: ["ผด.02"],
  cancelled: false,
  refused: [],
  equipment: { items: 0, budget: 0 },
  book: { parts: [] },
  summary: { fiscalYear: 2570, projects: 2, budget: 150000, strategies: [{ name: "ยุทธศาสตร์ที่ 1", projects: 2, budget: 150000, percentProjects: 100, percentBudget: 100 }] },
  findings: [],
};

describe("runGenerate", () => {
  it("builds the forms through the Office port with progress to the caller and the bus, and publishes the outcome", async () => {
    const reports: GenerateProgress[] = [
      { stage: "read", done: 1, total: 1 },
      { stage: "build", done: 1, total: 1 },
      { stage: "write", done: 10, total: 10 },
    ];
    generate.mockImplementation(async (_port, options) => {
      for (const r of reports) options?.onProgress?.(r);
      return GENERATED;
    });
    const seen: GenerateProgress[] = [];
    const result = await runGenerate({ source: "ribbon", onProgress: (p) => seen.push(p) });
    expect(result).toBe(GENERATED);
    expect(generate).toHaveBeenCalledWith(port, { onProgress: expect.any(Function), confirmReplaceEdited: expect.any(Function) });
    expect(seen).toEqual(reports);
    expect(progress).toEqual([
      { action: "generateForms", source: "ribbon", progress: null },
      ...reports.map((p) => ({ action: "generateForms", source: "ribbon", progress: p })),
    ]);
    expect(events).toEqual([{ action: "generateForms", source: "ribbon", ok: true, result: GENERATED }]);
    expect(lastEvent("generateForms")).toEqual(events[0]);
  });

  it("asks the pane through the bus before replacing hand-edited sheets, and takes its answer", async () => {
    const asked: ConfirmRequest[] = [];
    const stop = subscribeConfirm((r) => asked.push(r));
    let answer: boolean | undefined;
    generate.mockImplementation(async (_port, options) => {
      answer = await options?.confirmReplaceEdited?.(["ผด.02"]);
      return GENERATED;
    });
    const run = runGenerate({ source: "ribbon" });
    await new Promise((r) => setTimeout(r, 0));
    expect(asked).toHaveLength(1);
    expect(asked[0]).toMatchObject({ action: "generateForms", source: "ribbon", sheets: ["ผด.02"] });
    expect(pendingConfirmation()).toBe(asked[0]);
    asked[0].respond(true);
    asked[0].respond(false); // the first answer counts
    await run;
    expect(answer).toBe(true);
    expect(pendingConfirmation()).toBeUndefined();
    stop();
  });

  it("answers no when no pane listens, so nothing edited by hand is replaced", async () => {
    let answer: boolean | undefined;
    generate.mockImplementation(async (_port, options) => {
      answer = await options?.confirmReplaceEdited?.(["ผด.02"]);
      return { ...GENERATED, written: [], cancelled: true };
    });
    const result = await runGenerate();
    expect(answer).toBe(false);
    expect(result.cancelled).toBe(true);
    expect(events[0]).toMatchObject({ action: "generateForms", source: "pane", ok: true, result: { cancelled: true } });
  });

  it("uses the caller's confirmation when given", async () => {
    const confirm = jest.fn(() => false);
    generate.mockImplementation(async (_port, options) => {
      await options?.confirmReplaceEdited?.(["ผด.01"]);
      return GENERATED;
    });
    await runGenerate({ confirmReplaceEdited: confirm });
    expect(confirm).toHaveBeenCalledWith(["ผด.01"]);
  });

  it("rethrows a failure and publishes it as a Thai message; refuses outside Excel", async () => {
    const err = new WorkbookError("HOST_ERROR", "ผด.02", "write failed");
    generate.mockRejectedValue(err);
    await expect(runGenerate()).rejects.toBe(err);
    expect(events[0]).toMatchObject({ action: "generateForms", ok: false, error: { code: "HOST_ERROR", message: expect.stringContaining("Excel ทำงานไม่สำเร็จ") } });
    delete g.Excel;
    await expect(runGenerate()).rejects.toMatchObject({ code: "NOT_IN_EXCEL" });
    expect(generate).toHaveBeenCalledTimes(1);
  });
});
