/**
 * What the pane does in Excel with the development plan: import the chosen file's plan sheets
 * into the workbook (so the next run finds them without the file), and show a linked ผ.02
 * entry's row. Not actions with an outcome on the bus: errors go to the caller.
 */
import { assertExcel, officePort } from "./actions";
import { tellCellEditWaiting } from "./cellEditBus";
import { clearDevPlan, currentDevPlan } from "./devPlanSource";
import { toBase64 } from "./base64";
import { HostError } from "./errors";
import { inputWriteStarted } from "./runWindows";

export interface DevPlanImport {
  /** The copies' names as Excel gave them. */
  readonly inserted: readonly string[];
  readonly replaced: readonly string[];
}

/** Whether this Excel can import sheets from a file (ExcelApi 1.13); false outside Excel. */
export function canImportSheets(): boolean {
  try {
    return typeof Office !== "undefined" && !!Office.context?.requirements?.isSetSupported("ExcelApi", "1.13");
  } catch {
    return false;
  }
}

/** The chosen plan's sheets the workbook already has a sheet of that name for (as Excel compares names). */
export async function devPlanSheetClashes(): Promise<string[]> {
  assertExcel();
  const choice = currentDevPlan();
  if (!choice) throw new HostError("NO_DEV_PLAN");
  const existing = new Set((await (await officePort()).listSheets()).map((n) => n.toLowerCase()));
  return choice.sheets.map((s) => s.name).filter((n) => existing.has(n.toLowerCase()));
}

/**
 * Copies the chosen file's plan sheets into the workbook: those in `replace` take the place of
 * the workbook's sheet of that name, the others that clash are left out, the rest go at the end.
 * Once in, the file is no longer needed: the choice is cleared, and the next runs read the
 * sheets from the workbook. Rejects NO_SHEET_IMPORT on an Excel without ExcelApi 1.13.
 */
export async function importDevPlanSheets(options: { readonly replace: readonly string[]; readonly skip: readonly string[] }): Promise<DevPlanImport> {
  assertExcel();
  const choice = currentDevPlan();
  if (!choice) throw new HostError("NO_DEV_PLAN");
  if (!canImportSheets()) throw new HostError("NO_SHEET_IMPORT");
  const skip = new Set(options.skip.map((n) => n.toLowerCase()));
  const names = choice.sheets.map((s) => s.name).filter((n) => !skip.has(n.toLowerCase()));
  const [{ importSheets }, { officeRunWaitingForCellEdit }] = await Promise.all([
    import(/* webpackChunkName: "workbook" */ "../workbook/officeSheetImport"),
    import(/* webpackChunkName: "workbook" */ "../workbook/editMode"),
  ]);
  // Sheets of the user's own plan: the steps that read the workbook go out of date.
  const ended = inputWriteStarted();
  try {
    const done = await importSheets(officeRunWaitingForCellEdit({ onWaiting: tellCellEditWaiting }), { base64: toBase64(choice.bytes), names, replace: options.replace });
    clearDevPlan();
    return done;
  } finally {
    ended();
  }
}

/** Shows an entry of the plan in the workbook: activates its sheet and selects its whole row. */
export async function showDevPlanRow(sheet: string, row: number): Promise<void> {
  assertExcel();
  await (await officePort()).selectCell(sheet, `A${row}:XFD${row}`);
}
