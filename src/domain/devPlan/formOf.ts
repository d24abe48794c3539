import { cellAddress } from "../../core/address";
import { monthFromText } from "../parse/months";
import { normalizeText } from "../parse/text";
import type { Grid } from "../read/grid";
import { firstHeader, type PlanHeader } from "./planHeader";
import type { DevPlanForm } from "./types";

/** What told a sheet's form, and where. */
export interface FormSign {
  readonly form: DevPlanForm;
  readonly cell: string;
  readonly header: PlanHeader | null;
}

/** Rows the label and titles are looked for in; a printed layout's first block starts within them. */
const TOP_ROWS = 12;
/** Rows the first header is looked for in: the linkage lines of a printed block can be many. */
const HEADER_ROWS = 60;

/** Distinct years a header gives amounts for, below which a sheet without a label is no plan form. */
const MIN_PLAN_YEARS = 3;

const planYears = (h: PlanHeader) => new Set(h.years.map((y) => y.year)).size;

/**
 * Month columns (ต.ค. … ก.ย.) under the header: the operational plan's schedule, whose "พ.ศ. 2567"
 * and "พ.ศ. 2568" over the months read like year columns.
 */
function hasMonthColumns(grid: Grid, header: PlanHeader): boolean {
  let months = 0;
  for (let r = header.top; r <= Math.min(grid.rowCount - 1, header.bottom + 1); r++)
    for (let c = grid.data.originCol; c < grid.colCount; c++) {
      const t = grid.text(r, c);
      if (t && t.length <= 12 && monthFromText(t) !== null) months++;
    }
  return months >= 6;
}

/** "แบบ ผ.02", "ผ.02/1", "ผ. 08": a development-plan form's label; ผด.0x is the operational plan's. */
function formOfLabel(text: string): DevPlanForm | "operational" | null {
  const key = normalizeText(text).replace(/\s+/g, "");
  if (/^(?:แบบ)?ผด\.?0?\d(?:\/\d)?$/.test(key)) return "operational";
  const m = /^(?:แบบ)?ผ\.?0?(\d)(?:\/(\d))?$/.exec(key);
  if (!m) return null;
  const [n, sub] = [m[1], m[2]];
  if (n === "1") return "ผ.01";
  if (n === "2") return sub === undefined ? "ผ.02" : sub === "1" ? "ผ.02/1" : sub === "2" ? "ผ.02/2" : null;
  // Older forms (2561–2565) number the equipment list ผ.08.
  if ((n === "3" || n === "8") && sub === undefined) return "ผ.03";
  return null;
}

function formOfTitle(text: string): DevPlanForm | "operational" | null {
  const t = normalizeText(text);
  if (/^แผนการดำเนินงาน|^บัญชีสรุปจำนวนโครงการและงบประมาณ|^บัญชีโครงการ\s*\/\s*กิจกรรม/.test(t)) return "operational";
  if (/^บัญชีสรุปโครงการพัฒนา/.test(t)) return "ผ.01";
  if (/^บัญชี(?:รายการ)?ครุภัณฑ์/.test(t)) return "ผ.03";
  if (/ประสานโครงการพัฒนาจังหวัด/.test(t)) return "ผ.02/2";
  if (/^รายละเอียดโครงการพัฒนา|^บัญชีโครงการพัฒนา/.test(t)) return "ผ.02";
  return null;
}

/**
 * The development-plan form a sheet is, by its label (top right), else its titles, else its
 * header: five year columns under งบประมาณ make a ผ.02 (ครุภัณฑ์ in it a ผ.03, จำนวนโครงการ per year
 * a ผ.01). A sheet labelled or titled as the operational plan (ผด.0x) is none, whatever its columns.
 */
export function formSignOf(grid: Grid): FormSign | null {
  let label: { form: DevPlanForm; cell: string } | null = null;
  let title: { form: DevPlanForm; cell: string } | null = null;
  const end = Math.min(grid.rowCount, grid.data.originRow + TOP_ROWS);
  for (let r = grid.data.originRow; r < end; r++) {
    for (let c = grid.data.originCol; c < grid.colCount; c++) {
      const t = grid.text(r, c);
      if (!t || t.length > 120) continue;
      const byLabel = formOfLabel(t);
      const byTitle = byLabel ? null : formOfTitle(t);
      if (byLabel === "operational" || byTitle === "operational") return null;
      if (byLabel && !label) label = { form: byLabel, cell: cellAddress(r, c) };
      if (byTitle && !title) title = { form: byTitle, cell: cellAddress(r, c) };
    }
  }
  const header = firstHeader(grid, HEADER_ROWS);
  if (label) return { ...label, header };
  // Without a label only amounts over several plan years make a plan form: an operational list
  // has one budget column, or this year's beside last year's ("งบประมาณ ปี 2567"), and its
  // equipment sheet is titled "บัญชีครุภัณฑ์" too.
  if (!header || planYears(header) < MIN_PLAN_YEARS || hasMonthColumns(grid, header)) return null;
  if (title) return { ...title, header };
  const form: DevPlanForm | null = header.equipment ? "ผ.03" : header.counts ? "ผ.01" : header.name >= 0 ? "ผ.02" : null;
  return form ? { form, cell: cellAddress(header.top, header.name >= 0 ? header.name : 0), header } : null;
}
