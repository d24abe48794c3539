/**
 * The CLI's workbook answers an unchanged sheet's second read from memory, and never after a
 * write to that sheet: generate's later steps must see what classify wrote.
 */
import { readPlanSheetData, readPlanSheets } from "../../src/commands/checkWorkbook";
import { appendSheets } from "../../src/commands/writeSheets";
import { rememberReads } from "../../src/cli/rememberedReads";
import { SHEET } from "../../src/core/sheetNames";
import { buildSampleWorkbook, generateSamplePlan } from "../../src/sample/generatePlan";
import { ExcelJsWorkbook } from "../../src/workbook/exceljsWorkbook";
import type { SheetSpec } from "../../src/core/sheetSpec";
import { parseAddress } from "../../src/core/address";

async function counted() {
  const inner = new ExcelJsWorkbook();
  await appendSheets(inner, buildSampleWorkbook(generateSamplePlan({ projects: 6, seed: 1, fiscalYear: 2570 })), 0);
  const reads: string[] = [];
  const readSheet = inner.readSheet.bind(inner);
  inner.readSheet = (name, options) => {
    reads.push(name);
    return readSheet(name, options);
  };
  return { wb: rememberReads(inner), reads };
}

const note = (name: string, text: string): SheetSpec => ({ name, cells: [[text]] });

describe("rememberReads", () => {
  it("reads a sheet once for the same options, again for other options", async () => {
    const { wb, reads } = await counted();
    const first = await wb.readSheet(SHEET.projects);
    expect(await wb.readSheet(SHEET.projects)).toBe(first);
    expect(reads).toEqual([SHEET.projects]);
    const withFormats = await wb.readSheet(SHEET.projects, { numberFormats: true });
    expect(withFormats).not.toBe(first);
    expect(withFormats!.numberFormats.length).toBeGreaterThan(0);
    expect(reads).toEqual([SHEET.projects, SHEET.projects]);
  });

  it("tells two fillsWhere functions apart by identity", async () => {
    const { wb, reads } = await counted();
    const none = () => null;
    const all = () => ({ row: 0, col: 0, rows: 3, cols: 3 });
    await wb.readSheet(SHEET.projects, { fillsWhere: none });
    await wb.readSheet(SHEET.projects, { fillsWhere: all });
    await wb.readSheet(SHEET.projects, { fillsWhere: none });
    expect(reads).toHaveLength(2);
  });

  it("reads again after a write to the sheet, and only that sheet", async () => {
    const { wb, reads } = await counted();
    await wb.readSheets([SHEET.projects, SHEET.settings]);
    await wb.writeCells(SHEET.projects, [{ row: 0, col: 0, value: "เขียนแล้ว" }]);
    const [projects] = await wb.readSheets([SHEET.projects, SHEET.settings]);
    expect(projects!.values[0][0]).toBe("เขียนแล้ว");
    expect(reads).toEqual([SHEET.projects, SHEET.settings, SHEET.projects]);
  });

  it("forgets what replaceSheets, writeSheet, renameSheet and deleteSheet change", async () => {
    const { wb } = await counted();
    await wb.writeSheet(note("บันทึก", "หนึ่ง"));
    expect((await wb.readSheet("บันทึก"))!.values[0][0]).toBe("หนึ่ง");
    await wb.replaceSheets([note("บันทึก", "สอง")]);
    expect((await wb.readSheet("บันทึก"))!.values[0][0]).toBe("สอง");
    await wb.writeSheet(note("บันทึก", "สาม"), { replace: true });
    expect((await wb.readSheet("บันทึก"))!.values[0][0]).toBe("สาม");
    expect(await wb.readSheet("ใหม่")).toBeNull();
    await wb.renameSheet("บันทึก", "ใหม่");
    expect((await wb.readSheet("ใหม่"))!.values[0][0]).toBe("สาม");
    expect(await wb.readSheet("บันทึก")).toBeNull();
    await wb.deleteSheet("ใหม่");
    expect(await wb.readSheet("ใหม่")).toBeNull();
    await wb.addSheet("ใหม่");
    expect((await wb.readSheet("ใหม่"))!.values).toEqual([]);
  });

  it("lets readPlanSheetData give the same reading for the same sheets, and a new one after a write", async () => {
    const { wb } = await counted();
    const a = readPlanSheetData(await readPlanSheets(wb));
    expect(readPlanSheetData(await readPlanSheets(wb))).toBe(a);
    const first = a.projects[0];
    const at = parseAddress(first.cells.name);
    await wb.writeCells(first.sheet, [{ row: at.row, col: at.col, value: "โครงการที่เขียนทีหลัง" }]);
    const b = readPlanSheetData(await readPlanSheets(wb));
    expect(b).not.toBe(a);
    expect(b.projects[0].name).toBe("โครงการที่เขียนทีหลัง");
  });
});
