/**
 * The CLI's commands run the add-in's way: the input copied into the Excel model as Excel would
 * hold the opened file, every command through the Office adapter (src/workbook/officeWorkbook.ts,
 * the code the add-in runs in Excel) over the model, and the model's workbook saved as .xlsx.
 */
import type { CliWorkbook, WorkbookBackend } from "../../src/cli/backend";
import { createOfficeWorkbook } from "../../src/workbook/officeWorkbook";
import { createFakeExcel, type FakeExcel } from "./model";
import { copyIntoModel } from "./toModel";
import { modelToXlsx } from "./toXlsx";

function overModel(excel: FakeExcel): CliWorkbook {
  // Merged areas (ExcelApi 1.13) as the add-in finds them in current Excel.
  const port = createOfficeWorkbook(excel.run, { mergedAreasSupported: () => true });
  return { ...port, toBuffer: async () => new Uint8Array(await modelToXlsx(excel.workbook).xlsx.writeBuffer()) };
}

export const OFFICE_BACKEND: WorkbookBackend = {
  open: async (read) => {
    const excel = createFakeExcel();
    copyIntoModel(read.workbook, excel.workbook);
    return overModel(excel);
  },
  create: async () => overModel(createFakeExcel()),
};
