/**
 * Copies sheets of another .xlsx into the open workbook with Excel's own
 * Workbook.insertWorksheetsFromBase64 (ExcelApi 1.13): values, formats, merges and all, as the
 * file has them, which no cell-by-cell write of ours would match.
 * https://learn.microsoft.com/en-us/javascript/api/excel/excel.workbook#excel-excel-workbook-insertworksheetsfrombase64-member(1)
 * and its options, https://learn.microsoft.com/en-us/javascript/api/excel/excel.insertworksheetoptions:
 * `sheetNamesToInsert` (default all), `positionType` ("End" by default; "Before"/"After" with
 * `relativeTo`); it returns the new sheets' ids. On the web it does not copy charts, comments,
 * PivotTables or slicers (none is part of a ผ.02 table). What it does with a name already in the
 * workbook is not documented: a sheet to replace is renamed out of the way first, and the names
 * Excel gave the copies are read back by id rather than assumed.
 */
import type { ExcelRun } from "./officeWorkbook";
import { hostCall } from "./officeErrors";

export interface SheetImport {
  /** The file, base64 (no data: prefix). */
  readonly base64: string;
  /** Sheets of the file to copy, by name. */
  readonly names: readonly string[];
  /**
   * Of `names`, those the workbook already has and the user agreed to replace: each copy takes
   * the old sheet's place, and the old sheet is deleted once every copy is in.
   */
  readonly replace: readonly string[];
}

export interface ImportedSheets {
  /** The copies' names as Excel gave them, in the order asked. */
  readonly inserted: readonly string[];
  readonly replaced: readonly string[];
}

/** Whether this Excel has insertWorksheetsFromBase64. */
export function officeSupportsSheetImport(): boolean {
  return typeof Office !== "undefined" && !!Office.context?.requirements?.isSetSupported("ExcelApi", "1.13");
}

const ASIDE = "~OpPlan แทนที่ ";

/**
 * One batch: the sheets to replace renamed aside, each copy inserted before its old sheet (new
 * ones at the end), then the old sheets deleted. A failure leaves the workbook as it was: the
 * copies this run got in are deleted (the actions of a sync before a failing one stay applied)
 * and the old sheets get their names back.
 */
export async function importSheets(run: ExcelRun, request: SheetImport): Promise<ImportedSheets> {
  const replacing = new Set(request.replace.map((n) => n.toLowerCase()));
  const aside = new Map(request.replace.map((name, i) => [name.toLowerCase(), `${ASIDE}${i + 1}`.slice(0, 31)]));
  const fresh = request.names.filter((n) => !replacing.has(n.toLowerCase()));
  const replaced = request.names.filter((n) => replacing.has(n.toLowerCase()));
  let before: ReadonlySet<string> | undefined;
  try {
    return await hostCall(run, request.names[0] ?? "", {}, async (ctx) => {
      const sheets = ctx.workbook.worksheets;
      const existing = sheets.load("items/id");
      await ctx.sync();
      before = new Set(existing.items.map((s) => s.id));
      for (const name of replaced) sheets.getItem(name).name = aside.get(name.toLowerCase()) ?? name;
      await ctx.sync();
      const ids: OfficeExtension.ClientResult<string[]>[] = [];
      for (const name of replaced)
        ids.push(ctx.workbook.insertWorksheetsFromBase64(request.base64, { sheetNamesToInsert: [name], positionType: "Before", relativeTo: aside.get(name.toLowerCase()) }));
      if (fresh.length > 0) ids.push(ctx.workbook.insertWorksheetsFromBase64(request.base64, { sheetNamesToInsert: [...fresh], positionType: "End" }));
      await ctx.sync();
      const copies = ids.flatMap((r) => r.value).map((id) => sheets.getItem(id).load("name"));
      for (const name of replaced) sheets.getItem(aside.get(name.toLowerCase()) ?? name).delete();
      await ctx.sync();
      const byName = copies.map((c) => c.name);
      // The copies in the order asked: those replacing first came first in the batch.
      const order = [...replaced, ...fresh];
      return { inserted: request.names.map((n) => byName[order.indexOf(n)] ?? n), replaced };
    });
  } catch (err) {
    if (before) await restore(run, before, replaced, aside).catch(() => undefined);
    throw err;
  }
}

async function restore(run: ExcelRun, before: ReadonlySet<string>, names: readonly string[], aside: ReadonlyMap<string, string>): Promise<void> {
  await run(async (ctx) => {
    const sheets = ctx.workbook.worksheets.load("items/id,items/name");
    await ctx.sync();
    for (const s of sheets.items) if (!before.has(s.id)) s.delete();
    await ctx.sync();
    for (const name of names) {
      const sheet = sheets.items.find((s) => s.name === aside.get(name.toLowerCase()));
      if (sheet) sheet.name = name;
    }
    await ctx.sync();
  });
}
