/** A built workbook read as the CLI reads it: through the ExcelJS adapter, every sheet, hidden ones told. */
import type { SheetData } from "../../../src/core/sheetData";
import { ExcelJsWorkbook } from "../../../src/workbook/exceljsWorkbook";

export async function sheetsOf(file: Buffer): Promise<SheetData[]> {
  const port = await ExcelJsWorkbook.fromBuffer(file);
  const read = await port.readSheets(await port.listSheets(), { hidden: true });
  return read.filter((s): s is SheetData => s !== null);
}
