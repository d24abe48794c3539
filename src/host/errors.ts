/**
 * Errors raised by the host layer itself (not by Excel or the workbook adapters).
 * Kept in their own module so the error messages (src/host/errorMessage.ts) can recognise
 * them without importing src/host/actions.ts.
 */
export type HostErrorCode =
  /** No Excel: the pane is open in a plain browser, or office.js did not load. */
  | "NOT_IN_EXCEL"
  /** Excel too old for the APIs we need (ExcelApi 1.9). */
  | "OLD_EXCEL"
  /** Applying a classification before one was made (จัดหมวดหมู่ first). */
  | "NO_CLASSIFICATION"
  /** Undo with nothing applied since the last undo. */
  | "NOTHING_TO_UNDO"
  /** Importing sheets from a file needs Workbook.insertWorksheetsFromBase64 (ExcelApi 1.13). */
  | "NO_SHEET_IMPORT"
  /** Importing the plan's sheets with no plan file chosen. */
  | "NO_DEV_PLAN";

export class HostError extends Error {
  constructor(
    readonly code: HostErrorCode,
    message: string = code,
  ) {
    super(message);
    this.name = "HostError";
  }
}
