/**
 * ยกเลิก during the long runs: ตรวจสอบ, จัดหมวดหมู่ and สร้างบัญชี ผด. stop with CancelledError
 * when their signal fires, and a cancelled สร้างบัญชี ผด. leaves the workbook exactly as it was,
 * whether it is stopped while reading or while writing (up to the swap). Declining to replace
 * sheets edited by hand is another thing: that run resolves, with `cancelled: true`.
 */
import { checkWorkbook } from "../../src/commands/checkWorkbook";
import { classifyWorkbook } from "../../src/commands/classifyWorkbook";
import { BOOK_ORDER } from "../../src/core/sheetNames";
import { generateForms, planForms, type GenerateProgress } from "../../src/commands/generateForms";
import { appendSheets } from "../../src/commands/writeSheets";
import { runCheck, runClassify, runGenerate } from "../../src/host/actions";
import { resetBus } from "../../src/host/busState";
import { subscribe } from "../../src/host/resultBus";
import type { ActionEvent } from "../../src/host/actionEvents";
import { buildSampleWorkbook, generateSamplePlan } from "../../src/sample/generatePlan";
import { errorCode, errorMessage } from "../../src/host/errorMessage";
import { createOfficeWorkbook } from "../../src/workbook/officeWorkbook";
import { CancelledError, type WorkbookPort } from "../../src/workbook/port";
import type { SheetData } from "../../src/core/sheetData";
import { createExcelJsHarness } from "../workbook/exceljsHarness";
import type { WorkbookHarness } from "../workbook/harness";
import { createOfficeHarness, type OfficeHarness } from "../workbook/officeHarness";

/** What a run writes: the whole book, in print order. */
const FORMS: string[] = [...BOOK_ORDER];

async function seedPlan(port: WorkbookPort, projects = 24, seed = 11): Promise<void> {
  await appendSheets(port, buildSampleWorkbook(generateSamplePlan({ projects, seed, fiscalYear: 2570 })), 0);
}

/** Every sheet's values, number formats and merges, for "nothing changed" comparisons. */
async function snapshot(port: WorkbookPort): Promise<Record<string, SheetData | null>> {
  const names = await port.listSheets();
  const data = await port.readSheets(names);
  return Object.fromEntries(names.map((n, i) => [n, data[i]]));
}

/** A workbook with the forms of one plan, whose plan has since grown: the next forms differ. */
async function prepared(h: WorkbookHarness): Promise<void> {
  await seedPlan(h.port, 24, 11);
  await generateForms(h.port);
  await h.port.deleteSheet("โครงการ");
  const bigger = buildSampleWorkbook(generateSamplePlan({ projects: 40, seed: 12, fiscalYear: 2570 }));
  await h.port.writeSheet(bigger[0], { position: 0 });
}

/** Reports until `when` says so, then fires the signal (as the pane's ยกเลิก would, mid-run). */
function cancelWhen(when: (p: GenerateProgress) => boolean) {
  const controller = new AbortController();
  const seen: GenerateProgress[] = [];
  const onProgress = (p: GenerateProgress) => {
    seen.push(p);
    if (!controller.signal.aborted && when(p)) controller.abort();
  };
  return { signal: controller.signal, onProgress, seen };
}

const harnesses: [string, () => WorkbookHarness][] = [
  ["ExcelJS", createExcelJsHarness],
  ["Office.js (fake Excel)", createOfficeHarness],
];

describe.each(harnesses)("ยกเลิก through %s", (_name, make) => {
  it("stops ตรวจสอบ and จัดหมวดหมู่ with CancelledError, before they start or from a report of the reading", async () => {
    const h = make();
    await seedPlan(h.port);
    await expect(checkWorkbook(h.port, undefined, AbortSignal.abort())).rejects.toBeInstanceOf(CancelledError);
    await expect(classifyWorkbook(h.port, undefined, AbortSignal.abort())).rejects.toBeInstanceOf(CancelledError);

    const check = new AbortController();
    await expect(checkWorkbook(h.port, (p) => p.stage === "read" && p.done > 0 && check.abort(), check.signal)).rejects.toBeInstanceOf(CancelledError);
    const classify = new AbortController();
    await expect(classifyWorkbook(h.port, (p) => p.done > 0 && classify.abort(), classify.signal)).rejects.toBeInstanceOf(CancelledError);

    // a signal that does not fire changes nothing
    const plain = await checkWorkbook(h.port);
    expect(await checkWorkbook(h.port, undefined, new AbortController().signal)).toEqual(plain);
  });

  it.each([
    ["its first report", (p: GenerateProgress) => p.stage === "read"],
    ["a report of rows read", (p: GenerateProgress) => p.stage === "read" && p.done > 0],
  ])("leaves the workbook untouched when สร้างบัญชี ผด. is cancelled while reading, at %s", async (_when, when) => {
    const h = make();
    await prepared(h);
    const before = await snapshot(h.port);
    const names = await h.sheetNames();
    const run = cancelWhen(when);
    await expect(generateForms(h.port, { ...run, confirmReplaceEdited: () => true })).rejects.toBeInstanceOf(CancelledError);
    expect(run.seen.every((p) => p.stage === "read")).toBe(true);
    expect(await h.sheetNames()).toEqual(names);
    expect(await snapshot(h.port)).toEqual(before);
    // and the next run goes through
    expect((await generateForms(h.port)).written).toEqual(FORMS);
  });

  it("leaves the workbook untouched when สร้างบัญชี ผด. is cancelled as the write begins", async () => {
    const h = make();
    await prepared(h);
    const before = await snapshot(h.port);
    const names = await h.sheetNames();
    const run = cancelWhen((p) => p.stage === "write");
    await expect(generateForms(h.port, run)).rejects.toBeInstanceOf(CancelledError);
    expect(run.seen.at(-1)).toEqual({ stage: "write", done: 0, total: 1 });
    expect(await h.sheetNames()).toEqual(names);
    expect(await snapshot(h.port)).toEqual(before);
  });

  it("stops planForms (it only reads) once its build is done, too", async () => {
    const h = make();
    await prepared(h);
    const run = cancelWhen((p) => p.stage === "build");
    await expect(planForms(h.port, run)).rejects.toBeInstanceOf(CancelledError);
  });

  it("keeps declining the question apart: that run resolves with cancelled: true", async () => {
    const h = make();
    await seedPlan(h.port);
    await generateForms(h.port);
    await h.port.writeCells("ผด.02", [{ row: 5, col: 1, value: "แก้ด้วยมือ" }]);
    const controller = new AbortController();
    const r = await generateForms(h.port, { signal: controller.signal, confirmReplaceEdited: () => false });
    expect(r).toMatchObject({ cancelled: true, written: [], edited: ["ผด.02"] });
  });

  it("stops when ยกเลิก was pressed while the question about edited sheets was open", async () => {
    const h = make();
    await seedPlan(h.port);
    await generateForms(h.port);
    await h.port.writeCells("ผด.02", [{ row: 5, col: 1, value: "แก้ด้วยมือ" }]);
    const before = await snapshot(h.port);
    const controller = new AbortController();
    const confirm = async () => {
      controller.abort();
      return true;
    };
    await expect(generateForms(h.port, { signal: controller.signal, confirmReplaceEdited: confirm })).rejects.toBeInstanceOf(CancelledError);
    expect(await snapshot(h.port)).toEqual(before);
  });
});

describe("ยกเลิก part-way through the write", () => {
  it("ExcelJS: a report between two forms stops the run before the swap; nothing changes", async () => {
    const h = createExcelJsHarness();
    await prepared(h);
    const before = await snapshot(h.port);
    const names = await h.sheetNames();
    const run = cancelWhen((p) => p.stage === "write" && p.done > 0);
    await expect(generateForms(h.port, run)).rejects.toBeInstanceOf(CancelledError);
    const last = run.seen.at(-1)!;
    expect(last.stage).toBe("write");
    expect(last.done).toBeLessThan(last.total);
    expect(await h.sheetNames()).toEqual(names);
    expect(await snapshot(h.port)).toEqual(before);
  });

  /** The port over the harness's fake, firing `controller` as its nth sync from now is sent. */
  function abortingOnSync(h: OfficeHarness, n: number, controller: AbortController): WorkbookPort {
    let syncs = 0;
    return createOfficeWorkbook(
      (batch) =>
        h.excel.run((ctx) => {
          const sync = ctx.sync;
          ctx.sync = <T>(value?: T): Promise<T> => {
            if (++syncs === n) controller.abort();
            return sync.call(ctx, value) as Promise<T>;
          };
          return batch(ctx);
        }),
      { mergedAreasSupported: () => true },
    );
  }

  it("Office: cancelled during any request of the run but the swap's, nothing changes; during the swap's, the forms are written", async () => {
    const probe = createOfficeHarness();
    await prepared(probe);
    probe.excel.resetStats();
    await generateForms(probe.port);
    const syncs = probe.excel.stats.syncs;
    expect(syncs).toBeGreaterThanOrEqual(4);

    for (let n = 1; n <= syncs; n++) {
      const h = createOfficeHarness();
      await prepared(h);
      const before = await snapshot(h.port);
      const controller = new AbortController();
      const run = generateForms(abortingOnSync(h, n, controller), { signal: controller.signal });
      if (n < syncs) {
        await expect(run).rejects.toBeInstanceOf(CancelledError);
        expect({ n, sheets: await h.sheetNames() }).toEqual({ n, sheets: Object.keys(before) });
        expect(await snapshot(h.port)).toEqual(before);
      } else {
        // too late: the swap was on its way, and the outcome says what was written
        expect((await run).written).toEqual(FORMS);
        expect(await snapshot(h.port)).not.toEqual(before);
      }
    }
  });
});

describe("ยกเลิก through the pane's door (host actions over the fake Excel)", () => {
  const g = globalThis as { Excel?: unknown };
  afterEach(() => {
    delete g.Excel;
    resetBus();
  });

  it("rejects with the CancelledError and publishes CANCELLED with its message; the workbook is as it was", async () => {
    const h = createOfficeHarness();
    await prepared(h);
    const before = await snapshot(h.port);
    g.Excel = { run: h.excel.run };
    const events: ActionEvent[] = [];
    const stop = subscribe((e) => events.push(e));
    const abortOn = (pick: (p: { done: number }) => boolean) => {
      const controller = new AbortController();
      return { signal: controller.signal, onProgress: (p: { done: number }) => void (pick(p) && controller.abort()) };
    };
    await expect(runCheck(abortOn((p) => p.done > 0))).rejects.toBeInstanceOf(CancelledError);
    await expect(runClassify(abortOn((p) => p.done > 0))).rejects.toBeInstanceOf(CancelledError);
    await expect(runGenerate({ ...abortOn(() => true), source: "pane" })).rejects.toBeInstanceOf(CancelledError);
    stop();
    const cancelled = { code: "CANCELLED", message: "ยกเลิกแล้ว ไม่มีการเปลี่ยนแปลงในสมุดงาน" };
    expect(events).toEqual([
      { action: "checkProjects", source: "pane", ok: false, error: cancelled },
      { action: "classifyProjects", source: "pane", ok: false, error: cancelled },
      { action: "generateForms", source: "pane", ok: false, error: cancelled },
    ]);
    expect(await snapshot(h.port)).toEqual(before);
    // and a run without a signal still goes through
    expect((await runGenerate({ confirmReplaceEdited: () => true })).written).toEqual(FORMS);
  });

  it("names a CancelledError CANCELLED, with a message in the user's language", () => {
    const e = new CancelledError();
    expect(e.name).toBe("CancelledError");
    expect(errorCode(e)).toBe("CANCELLED");
    expect(errorMessage(e, "th")).toBe("ยกเลิกแล้ว ไม่มีการเปลี่ยนแปลงในสมุดงาน");
    expect(errorMessage(e, "en")).toBe("Cancelled. Nothing in the workbook was changed.");
    // one from another copy of the module (another chunk) is known by its name
    const copy = Object.assign(new Error("Cancelled"), { name: "CancelledError" });
    expect(errorCode(copy)).toBe("CANCELLED");
  });
});
