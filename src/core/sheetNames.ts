/**
 * OpPlan's sheet names: the sheets its template adds, the names its reader looks for (Thai
 * and English spellings officers use), and the sheets it generates. In one place so that
 * the pane can tell its own sheets from the user's without loading the readers or builders.
 */

/** The input sheets OpPlan's template adds; the reading step also knows these names. */
export const SHEET = {
  projects: "โครงการ",
  strategies: "ยุทธศาสตร์",
  settings: "ตั้งค่า",
  holidays: "วันหยุด",
  lists: "รายการเลือก",
} as const;

export const SETTINGS_SHEET_NAMES = ["ตั้งค่า", "ตั้งค่าแผน", "การตั้งค่า", "settings"];
export const STRATEGY_SHEET_NAMES = ["ยุทธศาสตร์", "ยุทธศาสตร์การพัฒนา", "strategies"];
export const HOLIDAY_SHEET_NAMES = ["วันหยุด", "วันหยุดราชการ", "holidays"];
/** The template's dropdown lists. */
export const LIST_SHEET_NAMES = ["รายการเลือก"];

/** Excel sheet names cannot hold "/": ผด.02/1 lives in a sheet named ผด.02-1, its label keeps the slash. */
export const FORM_SHEET_NAMES = ["ผด.01", "ผด.02", "ผด.02-1"] as const;
export const ANNOUNCEMENT_SHEET = "ประกาศ";

/** "ผด.01 (OpPlan)", "ผด.01 (OpPlan 2)", …: where a form goes when a sheet of the user's own has its name. */
export function alternativeName(form: string, n: number): string {
  return n <= 1 ? `${form} (OpPlan)` : `${form} (OpPlan ${n})`;
}

/** The name an alternativeName was made from ("ผด.01 (OpPlan 2)" → "ผด.01"), any case; other names as they are. */
export function withoutAlternativeSuffix(name: string): string {
  return name.replace(/ \(opplan(?: \d+)?\)$/i, "");
}
