import { createFakeExcel, type FakeExcel } from "../excelModel";
import { waitingForCellEdit } from "../../src/workbook/editMode";
import { createOfficeWorkbook } from "../../src/workbook/officeWorkbook";
import { errorMessage } from "../../src/host/errorMessage";

/** A batch refused while the user types in a cell waits for them, on a clock of its own. */

const PROJECTS = "โครงการ";

/** A clock that moves only as the wrapper sleeps; `during(t)` runs once the clock reaches t. */
function clock(during: Record<number, () => void> = {}) {
  let t = 0;
  const slept: number[] = [];
  return {
    now: () => t,
    slept,
    sleep: async (ms: number) => {
      slept.push(ms);
      t += ms;
      for (const [at, act] of Object.entries(during)) if (Number(at) <= t) {
        delete during[Number(at)];
        act();
      }
    },
  };
}

function workbook(): FakeExcel {
  return createFakeExcel({ sheets: [PROJECTS] });
}

const cells = [
  { row: 4, col: 1, value: "ซ่อมถนน" },
  { row: 4, col: 2, value: 150_000 },
  { row: 5, col: 1, value: "ขุดลอกคลอง" },
  { row: 5, col: 2, value: 80_000 },
];

function written(excel: FakeExcel): unknown[] {
  const sheet = excel.workbook.find(PROJECTS)!;
  return cells.map((c) => sheet.cell(c.row, c.col)?.value);
}

describe("waitingForCellEdit", () => {
  it("runs a batch started in cell edit mode once the user leaves the cell, whole, and says it waited", async () => {
    const excel = workbook();
    excel.setCellEditMode(true);
    const time = clock({ 3_000: () => excel.setCellEditMode(false) });
    const heard: boolean[] = [];
    const port = createOfficeWorkbook(waitingForCellEdit(excel.run, { ...time, onWaiting: (w) => heard.push(w) }));
    await port.writeCells(PROJECTS, cells);
    expect(written(excel)).toEqual(["ซ่อมถนน", 150_000, "ขุดลอกคลอง", 80_000]);
    expect(time.slept).toEqual([1000, 1000, 1000]);
    expect(heard).toEqual([true, false]);
  });

  it("gives up after the timeout with a Thai message to finish editing the cell, having written nothing", async () => {
    const excel = workbook();
    excel.setCellEditMode(true);
    const time = clock();
    const heard: boolean[] = [];
    const port = createOfficeWorkbook(waitingForCellEdit(excel.run, { ...time, onWaiting: (w) => heard.push(w) }));
    const failure = await port.writeCells(PROJECTS, cells).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(failure).toMatchObject({ name: "WorkbookError", code: "HOST_ERROR" });
    const message = (failure as Error).message;
    expect(message).toContain("แก้ไขเซลล์");
    expect(message).toContain("Enter");
    expect(message).toContain("Esc");
    expect(message).toContain("2 นาที");
    // The pane says it in the user's language from Office's own error, kept as the cause.
    expect(errorMessage(failure, "th")).toContain("กด Enter หรือ Esc");
    expect(time.now()).toBe(120_000);
    expect(written(excel)).toEqual([undefined, undefined, undefined, undefined]);
    expect(heard).toEqual([true, false]);
  });

  it("does not try again a batch that fails for another reason", async () => {
    const excel = workbook();
    excel.failOnSync(1);
    const time = clock();
    const port = createOfficeWorkbook(waitingForCellEdit(excel.run, time));
    await expect(port.writeCells(PROJECTS, cells)).rejects.toMatchObject({ name: "WorkbookError", message: expect.stringContaining("GeneralException") });
    expect(time.slept).toEqual([]);
    expect(excel.stats.syncs).toBe(1);
  });

  it("does not try again a batch refused for cell edit mode after one of its syncs went through: it would apply twice", async () => {
    const excel = workbook();
    const time = clock();
    const run = waitingForCellEdit(excel.run, time);
    let runs = 0;
    const batch = run(async (ctx) => {
      runs++;
      const sheet = ctx.workbook.worksheets.getItem(PROJECTS);
      const total = sheet.getRange("C5");
      total.load("values");
      await ctx.sync();
      total.values = [[Number(total.values[0][0] || 0) + 1]];
      await ctx.sync();
      // The user starts typing between two of the batch's requests.
      excel.setCellEditMode(true);
      sheet.getRange("C6").values = [[1]];
      await ctx.sync();
    });
    await expect(batch).rejects.toMatchObject({ code: "InvalidOperationInCellEditMode" });
    expect([runs, time.slept]).toEqual([1, []]);
    expect(excel.workbook.find(PROJECTS)!.cell(4, 2)?.value).toBe(1);
  });

  it("tries again a batch whose only sync is Excel.run's closing one", async () => {
    const excel = workbook();
    excel.setCellEditMode(true);
    const time = clock({ 1_000: () => excel.setCellEditMode(false) });
    const run = waitingForCellEdit(excel.run, time);
    await run(async (ctx) => {
      ctx.workbook.worksheets.getItem(PROJECTS).getRange("A1").values = [["ชื่อโครงการ"]];
    });
    expect(excel.workbook.find(PROJECTS)!.cell(0, 0)?.value).toBe("ชื่อโครงการ");
    expect(time.slept).toEqual([1000]);
  });
});
