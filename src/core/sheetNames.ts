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
  /** The editable paragraphs of คำนำ and ส่วนที่ 1 (issue 14). */
  bookText: "ข้อความเล่มแผน",
} as const;

export const SETTINGS_SHEET_NAMES = ["ตั้งค่า", "ตั้งค่าแผน", "การตั้งค่า", "settings"];
export const STRATEGY_SHEET_NAMES = ["ยุทธศาสตร์", "ยุทธศาสตร์การพัฒนา", "strategies"];
export const HOLIDAY_SHEET_NAMES = ["วันหยุด", "วันหยุดราชการ", "holidays"];
/** The editable text of the plan book (คำนำ, ส่วนที่ 1): never a project list. */
export const BOOK_TEXT_SHEET_NAMES = ["ข้อความเล่มแผน", "ข้อความเล่ม", "ข้อความในเล่มแผน", "ข้อความเล่มแผนการดำเนินงาน", "book text"];
/** The template's dropdown lists. */
export const LIST_SHEET_NAMES = ["รายการเลือก"];

/** Excel sheet names cannot hold "/": ผด.02/1 lives in a sheet named ผด.02-1, its label keeps the slash. */
export const FORM_SHEET_NAMES = ["ผด.01", "ผด.02", "ผด.02-1"] as const;
export const ANNOUNCEMENT_SHEET = "ประกาศ";

/** The sheets of the plan book OpPlan writes besides the ประกาศ and the forms. */
export const BOOK_SHEET = {
  cover: "ปก",
  foreword: "คำนำ",
  contents: "สารบัญ",
  intro: "ส่วนที่ 1",
} as const;

/** Print order of the whole book (ภาคผนวก, the user's own, comes after). */
export const BOOK_ORDER = [BOOK_SHEET.cover, ANNOUNCEMENT_SHEET, BOOK_SHEET.foreword, BOOK_SHEET.contents, BOOK_SHEET.intro, ...FORM_SHEET_NAMES] as const;

/**
 * ติดตามผล (issue 15): the sheet the officer fills in through the year, which OpPlan rewrites on every
 * run carrying every entry over, and the report it builds from it. Neither is ever a project list.
 */
export const TRACKING_SHEET = "ติดตามผล";
export const TRACKING_REPORT_SHEET = "รายงานผล";
/** Names an officer gives the tracking sheet: read for its entries, never as projects. */
export const TRACKING_SHEET_NAMES = ["ติดตามผล", "ติดตามผลการดำเนินงาน", "ติดตามและประเมินผล", "tracking"];

/** "ผด.01 (OpPlan)", "ผด.01 (OpPlan 2)", …: where a form goes when a sheet of the user's own has its name. */
export function alternativeName(form: string, n: number): string {
  return n <= 1 ? `${form} (OpPlan)` : `${form} (OpPlan ${n})`;
}

/** The name an alternativeName was made from ("ผด.01 (OpPlan 2)" → "ผด.01"), any case; other names as they are. */
export function withoutAlternativeSuffix(name: string): string {
  return name.replace(/ \(opplan(?: \d+)?\)$/i, "");
}
