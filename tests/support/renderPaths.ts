import ExcelJS from "exceljs";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { OFFICE_BACKEND } from "../../scripts/viaOffice/backend";
import { cliIn, type CliRun } from "./cli";
import { convertAllWithLibreOffice, convertWithLibreOffice } from "./libreoffice";

/** One way a command's output file gets made: the CLI's (ExcelJS) or the add-in's (via-office). */
export interface RenderPath {
  readonly name: "cli" | "via-office";
  /** The command in-process, as `npm run opplan --` or `npm run via-office --` would run it. */
  run(...argv: string[]): Promise<CliRun>;
}

export const RENDER_PATHS: readonly RenderPath[] = [
  { name: "cli", run: (...argv) => cliIn({ env: {} }, ...argv) },
  { name: "via-office", run: (...argv) => cliIn({ env: {}, backend: OFFICE_BACKEND }, ...argv) },
];

/**
 * A copy of `xlsx` holding only `sheets`, in that order: LibreOffice prints every sheet of a
 * workbook, the input sheets a command copied over too.
 */
export async function onlySheets(xlsx: string, sheets: readonly string[]): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(xlsx);
  for (const ws of [...wb.worksheets]) if (!sheets.includes(ws.name)) wb.removeWorksheet(ws.id);
  // ExcelJS reads a print area as "A1:D12" and writes it back as "$A1:$D12", rows relative,
  // which LibreOffice does not take for the print area: the rows are made absolute again.
  // It also fills in firstPageNumber 1 where the file had none, which LibreOffice takes as
  // "start at 1" even with useFirstPageNumber off: the file's own absence is put back.
  for (const ws of wb.worksheets) {
    if (ws.pageSetup.printArea) ws.pageSetup.printArea = ws.pageSetup.printArea.replace(/([A-Z]+)\$?(\d+)/g, "$1$$$2");
    if (!(ws.pageSetup as { useFirstPageNumber?: boolean }).useFirstPageNumber) delete ws.pageSetup.firstPageNumber;
  }
  const missing = sheets.filter((s) => !wb.getWorksheet(s));
  if (missing.length) throw new Error(`${xlsx} has no sheet ${missing.join(", ")}`);
  const out = join(mkdtempSync(join(tmpdir(), "opplan-sheets-")), `${sheets.join("+").replace(/[/\\]/g, "-")}.xlsx`);
  await wb.xlsx.writeFile(out);
  return out;
}

/** The PDF LibreOffice prints of only `sheets` of `xlsx`. */
export async function printSheets(xlsx: string, sheets: readonly string[]): Promise<string> {
  return convertWithLibreOffice(await onlySheets(xlsx, sheets), "pdf");
}

/** One PDF per set of sheets of `xlsx`, as printSheets would give each, in one LibreOffice call. */
export async function printSheetsEach(xlsx: string, sheetSets: readonly (readonly string[])[]): Promise<string[]> {
  const copies: string[] = [];
  for (const sheets of sheetSets) copies.push(await onlySheets(xlsx, sheets));
  return convertAllWithLibreOffice(copies, "pdf");
}
