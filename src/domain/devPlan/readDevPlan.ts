import type { SheetData } from "../../core/sheetData";
import type { DevPlan, DevPlanForm } from "./types";

/** PLACEHOLDER until the reader lands (issue 13): recognises nothing. */
export function devPlanFormOf(sheet: SheetData): DevPlanForm | null {
  void sheet;
  return null;
}

/**
 * The development plan in these sheets: ผ.02-family sheets read into entries under their groups,
 * ผ.01 and ผ.03 recognised and left unread, every other sheet ignored. Null when none is a plan form.
 * PLACEHOLDER until the reader lands (issue 13).
 */
export function readDevPlan(sheets: readonly SheetData[], origin: DevPlan["origin"]): DevPlan | null {
  void sheets;
  void origin;
  return null;
}
