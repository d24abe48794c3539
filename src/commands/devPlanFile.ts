import type { SheetData } from "../core/sheetData";
import { readDevPlan } from "../domain/devPlan/readDevPlan";
import type { DevPlan } from "../domain/devPlan/types";
import { throwIfCancelled, type WorkbookPort } from "../workbook/port";

/**
 * The sheets of a development plan kept in a workbook of its own, as the commands take them
 * (PlanSource.devPlan): every sheet, hidden ones too (the reader decides what is a plan form),
 * values only; a plan is read by its values, and its thousands of rows need not cost formats.
 */
export async function readDevPlanSheets(port: WorkbookPort, signal?: AbortSignal): Promise<SheetData[]> {
  throwIfCancelled(signal);
  const names = await port.listSheets();
  const read = await port.readSheets(names, { numberFormats: false, signal });
  throwIfCancelled(signal);
  return read.filter((s): s is SheetData => s !== null);
}

/** The plan those sheets hold, or null when none is a form of the development plan: what to tell the user before using it. */
export const devPlanIn = (sheets: readonly SheetData[]): DevPlan | null => readDevPlan(sheets, "file");
