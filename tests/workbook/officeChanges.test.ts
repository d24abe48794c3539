import { createFakeExcel, type FakeBatch, type FakeExcel } from "../excelModel";
import { waitingRunner, watchOfficeWorkbook, type ExcelRunner, type WorkbookChange } from "../../src/workbook/officeChanges";
import { createOfficeWorkbook } from "../../src/workbook/officeWorkbook";
import { changeOwners, runStarted } from "../../src/host/runWindows";
import { resetBus } from "../../src/host/busState";

/** The workbook watcher over the fake Excel, whose events arrive as Office's do: later, by worksheet id. */

const PROJECTS = "โครงการ";
const SETTINGS = "ตั้งค่า";

/** Lets the fake deliver its events and the watcher read names: every step takes a task at most. */
async function settle(): Promise<void> {
  for (let i = 0; i < 10; i++) await new Promise<void>((resolve) => setTimeout(resolve, 0));
}

/**
 * Excel.run of a slower host: each batch starts a task later, so the events that come in while
 * the watcher reads sheet names pile up into one burst, as over a real round trip.
 */
function slowly(excel: FakeExcel): ExcelRunner {
  function run<T>(batch: FakeBatch<T>): Promise<T>;
  function run<T>(context: OfficeExtension.ClientRequestContext, batch: FakeBatch<T>): Promise<T>;
  async function run<T>(first: FakeBatch<T> | OfficeExtension.ClientRequestContext, batch?: FakeBatch<T>): Promise<T> {
    await new Promise<void>((resolve) => setTimeout(resolve, 0));
    if (typeof first === "function") return excel.run(first);
    if (batch === undefined) throw new Error("no batch");
    return excel.run(first, batch);
  }
  return run;
}

async function watching(excel: FakeExcel = createFakeExcel({ sheets: [PROJECTS, SETTINGS] })) {
  const changes: WorkbookChange[] = [];
  const stop = await watchOfficeWorkbook((change) => changes.push(change), excel.run, 0);
  return { excel, changes, stop, port: createOfficeWorkbook(excel.run) };
}

describe("watchOfficeWorkbook", () => {
  it("tells of a user's edit by sheet name and address, after the edit", async () => {
    const { excel, changes } = await watching();
    excel.userEdit(SETTINGS, "B2:C3", [
      [1, 2],
      [3, null],
    ]);
    expect(changes).toEqual([]);
    await settle();
    expect(changes).toEqual([{ kind: "edited", sheet: SETTINGS, address: "B2:C3" }]);
  });

  it("tells of a user's fill, which changes no value, as formatted and, as Excel raises onChanged too, edited", async () => {
    const { excel, changes } = await watching();
    // Re-shading a project's months: OpPlan reads month bars from fills (planFillsWhere).
    excel.userFormat(PROJECTS, "J6:L6", "#FFC000");
    excel.userFormat(PROJECTS, "M6", null);
    expect(changes).toEqual([]);
    await settle();
    expect(changes).toEqual([
      { kind: "formatted", sheet: PROJECTS, address: "J6:L6" },
      { kind: "edited", sheet: PROJECTS, address: "J6:L6" },
      { kind: "formatted", sheet: PROJECTS, address: "M6" },
      { kind: "edited", sheet: PROJECTS, address: "M6" },
    ]);
  });

  it("tells of an API write of number formats as formatted and edited, and of values as edited, in Excel's order", async () => {
    const { excel, changes } = await watching();
    await excel.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem(SETTINGS);
      ws.getRange("B2").numberFormat = [["dd/mm/yyyy"]];
      ws.getRange("C3").values = [[2570]];
      ws.getRange("D4").format.fill.color = "#A9D08E";
    });
    await settle();
    expect(changes).toEqual([
      { kind: "formatted", sheet: SETTINGS, address: "B2" },
      { kind: "edited", sheet: SETTINGS, address: "B2" },
      { kind: "edited", sheet: SETTINGS, address: "C3" },
      { kind: "formatted", sheet: SETTINGS, address: "D4" },
      { kind: "edited", sheet: SETTINGS, address: "D4" },
    ]);
  });

  it("reads the names again for a burst of format changes only: a renamed sheet's fill has its new name", async () => {
    const excel = createFakeExcel({ sheets: [PROJECTS, SETTINGS] });
    const changes: WorkbookChange[] = [];
    await watchOfficeWorkbook((change) => changes.push(change), slowly(excel), 0);
    await createOfficeWorkbook(excel.run).renameSheet(PROJECTS, "โครงการ 2570");
    const before = excel.stats.syncs;
    excel.userFormat("โครงการ 2570", "J6", "#FFC000");
    excel.userFormat("โครงการ 2570", "K6", "#FFC000");
    await settle();
    expect(changes).toEqual([
      { kind: "formatted", sheet: "โครงการ 2570", address: "J6" },
      { kind: "edited", sheet: "โครงการ 2570", address: "J6" },
      { kind: "formatted", sheet: "โครงการ 2570", address: "K6" },
      { kind: "edited", sheet: "โครงการ 2570", address: "K6" },
    ]);
    // One read of the names for the burst.
    expect(excel.stats.syncs - before).toBe(1);
  });

  it("tells of the add-in's own writes made in another Excel.run, once their sync is done", async () => {
    const { excel, changes, port } = await watching();
    const seen: unknown[] = [];
    const stop = await watchOfficeWorkbook(() => seen.push(excel.workbook.find(PROJECTS)?.cell(4, 2)?.value), excel.run, 0);
    await port.writeCells(PROJECTS, [{ row: 4, col: 2, value: 1500 }]);
    expect(changes).toEqual([]);
    await settle();
    expect(changes).toEqual([{ kind: "edited", sheet: PROJECTS, address: "C5" }]);
    expect(seen).toEqual([1500]);
    await stop();
  });

  it("tells of a sheet added and then renamed by its new name", async () => {
    const { excel, changes, port } = await watching();
    await port.addSheet("ใหม่");
    await settle();
    expect(changes).toEqual([{ kind: "added", sheet: "ใหม่" }]);
    // Renaming keeps the worksheet's id, and no event tells of it.
    await port.renameSheet("ใหม่", "งบประมาณ");
    await port.renameSheet(SETTINGS, "ค่าตั้งต้น");
    await settle();
    excel.userEdit("งบประมาณ", "A1", [["สำรวจ"]]);
    excel.userEdit("ค่าตั้งต้น", "D4", [[2570]]);
    await settle();
    expect(changes.slice(1)).toEqual([
      { kind: "edited", sheet: "งบประมาณ", address: "A1" },
      { kind: "edited", sheet: "ค่าตั้งต้น", address: "D4" },
    ]);
  });

  it("tells of deleted sheets by the name they were last seen with, a sheet added meanwhile too", async () => {
    const { changes, port } = await watching();
    await port.addSheet("ชั่วคราว");
    await settle();
    await port.deleteSheet("ชั่วคราว");
    await port.deleteSheet(SETTINGS);
    await settle();
    expect(changes).toEqual([
      { kind: "added", sheet: "ชั่วคราว" },
      { kind: "deleted", sheet: "ชั่วคราว" },
      { kind: "deleted", sheet: SETTINGS },
    ]);
  });

  it("keeps a deleted sheet's name when the names were read again between the deletion and its event", async () => {
    const { excel, changes, port } = await watching();
    // The edit's burst reads the names after the sheet is gone, before its deleted event is handled.
    excel.userEdit(PROJECTS, "A1", [["ก่อนลบ"]]);
    await port.deleteSheet(SETTINGS);
    excel.userEdit(PROJECTS, "A2", [["หลังลบ"]]);
    await settle();
    expect(changes).toEqual([
      { kind: "edited", sheet: PROJECTS, address: "A1" },
      { kind: "deleted", sheet: SETTINGS },
      { kind: "edited", sheet: PROJECTS, address: "A2" },
    ]);
  });

  it("says nothing of a sheet added and deleted before its name could be read", async () => {
    const { excel, changes, port } = await watching();
    await port.addSheet("ชั่วครู่");
    await port.deleteSheet("ชั่วครู่");
    excel.userEdit(PROJECTS, "B2", [["ต่อ"]]);
    await settle();
    expect(changes).toEqual([{ kind: "edited", sheet: PROJECTS, address: "B2" }]);
  });

  it("registers in one sync, then reads the names once per burst with an edit or an added sheet", async () => {
    const excel = createFakeExcel({ sheets: [PROJECTS, SETTINGS] });
    const changes: WorkbookChange[] = [];
    await watchOfficeWorkbook((change) => changes.push(change), slowly(excel), 0);
    expect(excel.stats.syncs).toBe(1);
    for (const address of ["A1", "A2", "A3"]) excel.userEdit(PROJECTS, address, [[address]]);
    await settle();
    // The three edits arrive before the burst is taken: one read of the names for all.
    expect(changes.map((c) => c.address)).toEqual(["A1", "A2", "A3"]);
    expect(excel.stats.syncs).toBe(2);
    await createOfficeWorkbook(excel.run).deleteSheet(SETTINGS);
    await settle();
    expect(changes.at(-1)).toEqual({ kind: "deleted", sheet: SETTINGS });
    // The deletion's own sync; a burst of deletions alone reads nothing.
    expect(excel.stats.syncs).toBe(3);
  });

  it("keeps Excel's order across and within bursts", async () => {
    const excel = createFakeExcel({ sheets: [PROJECTS, SETTINGS] });
    const changes: WorkbookChange[] = [];
    await watchOfficeWorkbook((change) => changes.push(change), slowly(excel), 0);
    const port = createOfficeWorkbook(excel.run);
    // Bursts: A1, then the rest, which came in while A1's names were read.
    excel.userEdit(PROJECTS, "A1", [["ก"]]);
    await port.addSheet("ข");
    excel.userEdit(PROJECTS, "A2", [["ค"]]);
    await port.deleteSheet(SETTINGS);
    excel.userEdit("ข", "A3", [["ง"]]);
    await settle();
    expect(changes).toEqual([
      { kind: "edited", sheet: PROJECTS, address: "A1" },
      { kind: "added", sheet: "ข" },
      { kind: "edited", sheet: PROJECTS, address: "A2" },
      { kind: "deleted", sheet: SETTINGS },
      { kind: "edited", sheet: "ข", address: "A3" },
    ]);
  });

  it("removes its handlers from Excel and delivers nothing more once stopped", async () => {
    const { excel, changes, stop, port } = await watching();
    const counts = () => (["onChanged", "onFormatChanged", "onAdded", "onDeleted"] as const).map((e) => excel.handlerCount(e));
    expect(counts()).toEqual([1, 1, 1, 1]);
    excel.userEdit(PROJECTS, "A1", [["ส่งก่อนหยุด"]]);
    excel.userFormat(PROJECTS, "B1", "#FFC000");
    await stop();
    expect(counts()).toEqual([0, 0, 0, 0]);
    excel.userEdit(PROJECTS, "A2", [["หลังหยุด"]]);
    excel.userFormat(PROJECTS, "B2", "#FFC000");
    await port.writeCells(SETTINGS, [{ row: 0, col: 0, value: "x" }]);
    await port.addSheet("อีก");
    await port.deleteSheet("อีก");
    await settle();
    // The edit made before stopping was still on its way: it must not arrive afterwards either.
    expect(changes).toEqual([]);
    await expect(stop()).resolves.toBeUndefined();
  });

  it("delivers nothing more once stopped from inside the listener, even within a burst", async () => {
    const excel = createFakeExcel({ sheets: [PROJECTS] });
    const heard: (string | undefined)[] = [];
    const stop = await watchOfficeWorkbook((change) => {
      heard.push(change.address);
      if (change.address === "A2") void stop();
    }, slowly(excel), 0);
    // Bursts: A1, then A2 and A3 together.
    for (const address of ["A1", "A2", "A3"]) excel.userEdit(PROJECTS, address, [[address]]);
    await settle();
    expect(heard).toEqual(["A1", "A2"]);
    expect(excel.handlerCount("onChanged")).toBe(0);
  });

  it("goes on delivering after a listener throws, within a burst and after it", async () => {
    const error = jest.spyOn(console, "error").mockImplementation(() => undefined);
    try {
      const excel = createFakeExcel({ sheets: [PROJECTS] });
      const heard: (string | undefined)[] = [];
      await watchOfficeWorkbook((change) => {
        heard.push(change.address);
        throw new Error("listener bug");
      }, slowly(excel), 0);
      for (const address of ["A1", "A2", "A3"]) excel.userEdit(PROJECTS, address, [[address]]);
      await settle();
      excel.userEdit(PROJECTS, "A4", [[4]]);
      await settle();
      expect(heard).toEqual(["A1", "A2", "A3", "A4"]);
      expect(error).toHaveBeenCalledTimes(4);
    } finally {
      error.mockRestore();
    }
  });

  it("fails with a WorkbookError when Excel refuses the registration", async () => {
    const excel = createFakeExcel({ sheets: [PROJECTS] });
    excel.failOnSync(1);
    await expect(watchOfficeWorkbook(() => undefined, excel.run)).rejects.toMatchObject({ name: "WorkbookError", code: "HOST_ERROR" });
  });

  it("waits a moment for the rest of a burst: a template's many events share one read of the names", async () => {
    const excel = createFakeExcel({ sheets: [PROJECTS] });
    const changes: WorkbookChange[] = [];
    await watchOfficeWorkbook((change) => changes.push(change), excel.run, 50);
    const port = createOfficeWorkbook(excel.run);
    for (const name of ["ก", "ข", "ค"]) await port.addSheet(name);
    const before = excel.stats.syncs;
    await new Promise((resolve) => setTimeout(resolve, 120));
    expect(changes.map((c) => c.sheet)).toEqual(["ก", "ข", "ค"]);
    expect(excel.stats.syncs - before).toBe(1);
  });
});

describe("watchOfficeWorkbook with Excel's word on who made an edit (triggerSource, ExcelApi 1.14)", () => {
  const withSource = () => createFakeExcel({ sheets: [PROJECTS, SETTINGS], triggerSource: true });

  it("tells the add-in's own writes as ownAddin and, once Excel has told one, the user's edits as other", async () => {
    const { excel, changes, port } = await watching(withSource());
    // Before any own write Excel's "Unknown" may only mean it cannot tell: no source.
    excel.userEdit(SETTINGS, "B2", [[2570]]);
    await settle();
    await port.writeCells(PROJECTS, [{ row: 4, col: 2, value: 1500 }]);
    await settle();
    excel.userEdit(PROJECTS, "D6", [[99]]);
    excel.userFormat(PROJECTS, "J6", "#FFC000");
    await settle();
    expect(changes).toEqual([
      { kind: "edited", sheet: SETTINGS, address: "B2" },
      { kind: "edited", sheet: PROJECTS, address: "C5", source: "ownAddin" },
      { kind: "edited", sheet: PROJECTS, address: "D6", source: "other" },
      // onFormatChanged carries no triggerSource in Office.js; its onChanged twin does.
      { kind: "formatted", sheet: PROJECTS, address: "J6" },
      { kind: "edited", sheet: PROJECTS, address: "J6", source: "other" },
    ]);
  });

  describe("and the pane's attribution of what it tells", () => {
    let now = 0;
    const clock = () => now;
    beforeEach(() => {
      resetBus();
      now = 10_000;
    });

    /** Watches `excel` and answers, for each change as it arrives, whose writes it is then. */
    async function attributed(excel: FakeExcel) {
      const owners: string[] = [];
      await watchOfficeWorkbook((change) => owners.push(`${change.kind} ${change.address}: ${changeOwners(change.source, now).join()}`), excel.run, 0);
      return owners;
    }

    it("gives a user's edit during a run to nobody, and the run's own write told long after the window to the run", async () => {
      const excel = withSource();
      const owners = await attributed(excel);
      const port = createOfficeWorkbook(excel.run);
      const ended = runStarted("classifyProjects", { now: clock });
      await port.writeCells(PROJECTS, [{ row: 4, col: 16, value: "ยุทธศาสตร์ที่ 1" }]);
      await settle();
      excel.userEdit(PROJECTS, "D6", [[99]]);
      await settle();
      await port.writeCells(PROJECTS, [{ row: 5, col: 16, value: "ยุทธศาสตร์ที่ 2" }]);
      now = 11_000;
      ended();
      // Excel tells of the last write a minute after the run ended, far past the window.
      now = 71_000;
      await settle();
      expect(owners).toEqual([
        // writeCells sets text cells' number format too: a format change, told without a source.
        "formatted Q5: classifyProjects",
        "edited Q5: classifyProjects",
        "edited D6: ",
        // Past the window a format change without a source is nobody's; the edit is still the run's.
        "formatted Q6: ",
        "edited Q6: classifyProjects",
      ]);
    });

    it("without triggerSource, keeps the time window: a user's edit during a run is the run's, a late own write nobody's", async () => {
      const excel = createFakeExcel({ sheets: [PROJECTS, SETTINGS] });
      const owners = await attributed(excel);
      const port = createOfficeWorkbook(excel.run);
      const ended = runStarted("classifyProjects", { now: clock });
      await port.writeCells(PROJECTS, [{ row: 4, col: 16, value: "ยุทธศาสตร์ที่ 1" }]);
      await settle();
      excel.userEdit(PROJECTS, "D6", [[99]]);
      await settle();
      await port.writeCells(PROJECTS, [{ row: 5, col: 16, value: "ยุทธศาสตร์ที่ 2" }]);
      now = 11_000;
      ended();
      now = 71_000;
      await settle();
      expect(owners).toEqual([
        "formatted Q5: classifyProjects",
        "edited Q5: classifyProjects",
        "edited D6: classifyProjects",
        "formatted Q6: ",
        "edited Q6: ",
      ]);
    });
  });
});

describe("watchOfficeWorkbook while the user types in a cell", () => {
  it("registers once the user leaves the cell instead of failing, and still tells changes", async () => {
    const excel = createFakeExcel({ sheets: [PROJECTS, SETTINGS] });
    excel.setCellEditMode(true);
    const waited: boolean[] = [];
    const changes: WorkbookChange[] = [];
    const run = waitingRunner(excel.run, { pollMs: 5, onWaiting: (w) => waited.push(w) });
    const watched = watchOfficeWorkbook((change) => changes.push(change), run, 0);
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(waited).toEqual([true]);
    excel.setCellEditMode(false);
    const stop = await watched;
    expect(waited).toEqual([true, false]);
    excel.userEdit(SETTINGS, "B2", [[2570]]);
    await settle();
    expect(changes).toEqual([{ kind: "edited", sheet: SETTINGS, address: "B2" }]);
    await stop();
    expect(excel.handlerCount("onChanged")).toBe(0);
  });
});
