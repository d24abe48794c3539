import { ExcelJsWorkbook } from "../workbook/exceljsWorkbook";
import type { WorkbookPort } from "../workbook/port";
import { rememberReads } from "./rememberedReads";

/** A workbook a CLI command runs on and then writes out whole as an .xlsx. */
export interface CliWorkbook extends WorkbookPort {
  toBuffer(): Promise<Uint8Array>;
}

/**
 * Where the CLI's commands run. The input is read, recognised and refused by the CLI itself
 * (an .xlsx, or a CSV made into a workbook, as ExcelJS holds it), so every backend refuses the
 * same files with the same words; the backend only decides what the commands then talk to.
 */
export interface WorkbookBackend {
  /** The input as the CLI read it, made into this backend's workbook. */
  open(read: ExcelJsWorkbook): Promise<CliWorkbook>;
  /** An empty workbook, for the commands that start from none (template, sample). */
  create(): Promise<CliWorkbook>;
}

/**
 * What the CLI does by default: ExcelJS reads, the commands write, ExcelJS saves; a sheet the
 * commands read again unchanged is answered from memory (see rememberReads).
 */
export const EXCELJS_BACKEND: WorkbookBackend = {
  open: async (read) => rememberReads(read),
  create: async () => rememberReads(new ExcelJsWorkbook()),
};
