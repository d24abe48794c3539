import { normalizeText } from "../parse/text";
import { fieldOfLabel } from "../read/header";
import type { Grid } from "../read/grid";

/** The header of a plan form's table, where it stands and what each column holds (sheet columns, -1 when absent). */
export interface PlanHeader {
  /** First and last header rows (0-based sheet rows) */
  readonly top: number;
  readonly bottom: number;
  readonly no: number;
  readonly name: number;
  readonly objective: number;
  readonly target: number;
  readonly unit: number;
  /** หมายเหตุ: where some offices note the amendment that added the entry */
  readonly note: number;
  /** The plan's amount columns, one per year, left to right. */
  readonly years: readonly { readonly col: number; readonly year: number }[];
  /** Columns of the budget enacted (เทศบัญญัติ / ข้อบัญญัติ) per year: not the plan's amounts. */
  readonly enacted: readonly number[];
  /** The header speaks of ครุภัณฑ์: the equipment list (ผ.03, older ผ.08). */
  readonly equipment: boolean;
  /** A จำนวนโครงการ column per year: the summary (ผ.01). */
  readonly counts: boolean;
}

/** "2566 (บาท)", "พ.ศ. 2571 (บาท)", "ปี 2566", "งบประมาณ 2567": a year column's label, nothing else in it. */
const YEAR_LABEL = /^(?:งบประมาณ\s*)?(?:ปี\s*)?(?:พ\s*\.?\s*ศ\s*\.?\s*)?(25\d\d)\s*(?:\(?\s*บาท\s*\)?)?$/;
const ENACTED = /บัญญัติ/;
const DEPTH = 3;

export function yearOfLabel(text: string): number | null {
  const m = YEAR_LABEL.exec(normalizeText(text));
  return m ? Number(m[1]) : null;
}

const compact = (s: string) => normalizeText(s).replace(/\s+/g, "");

/** A label that can open a plan form's header row: โครงการ (ผ.02), ยุทธศาสตร์ (ผ.01), ประเภท/รายการครุภัณฑ์ (ผ.03). */
function opensHeader(text: string): boolean {
  if (text.length > 40) return false;
  const key = compact(text);
  return fieldOfLabel(key) === "name" || /^ยุทธศาสตร์(การพัฒนา)?$|^ประเภท(ครุภัณฑ์)?$|^ประเด็นการพัฒนา$/.test(key);
}

/**
 * The plan header whose first row is `top`: a row naming the project (or strategy, or equipment)
 * column, with at least three year columns in it or in the two rows below, merged or not.
 */
export function headerAt(grid: Grid, top: number): PlanHeader | null {
  let opens = false;
  for (let c = 0; c < grid.colCount && !opens; c++) opens = opensHeader(grid.shownText(top, c));
  if (!opens) return null;
  const last = Math.min(grid.rowCount - 1, top + DEPTH - 1);
  const yearAt = new Map<number, number>();
  let bottom = -1;
  for (let r = top; r <= last; r++) {
    for (let c = 0; c < grid.colCount; c++) {
      const y = yearOfLabel(grid.shownText(r, c));
      if (y === null) continue;
      if (!yearAt.has(c)) yearAt.set(c, y);
      bottom = Math.max(bottom, r);
    }
  }
  if (new Set(yearAt.values()).size < 3) return null;
  // A row right under the years that labels them again ("(บาท)", "แผน" / "เทศบัญญัติ", ผ.01's
  // "จำนวนโครงการ" / "งบประมาณ") is header too.
  if (bottom < last && [...yearAt.keys()].some((c) => /^\(?บาท\)?$|บัญญัติ|^แผน|^จำนวน|^งบประมาณ/.test(compact(grid.text(bottom + 1, c))))) bottom++;
  const cols = { no: -1, name: -1, objective: -1, target: -1, unit: -1, note: -1 };
  const years: { col: number; year: number }[] = [];
  const enacted: number[] = [];
  let equipment = false;
  let counts = false;
  for (let c = 0; c < grid.colCount; c++) {
    const texts: string[] = [];
    for (let r = top; r <= bottom; r++) {
      const t = grid.shownText(r, c);
      if (t && texts.at(-1) !== t) texts.push(t);
    }
    const all = texts.join(" ");
    if (/ครุภัณฑ์/.test(all)) equipment = true;
    if (texts.some((t) => /^จำนวน(โครงการ)?$/.test(compact(t)))) counts = true;
    const year = yearAt.get(c);
    if (year !== undefined) {
      if (ENACTED.test(all)) enacted.push(c);
      else if (!years.some((y) => y.year === year)) years.push({ col: c, year });
      continue;
    }
    for (const t of texts) {
      const key = compact(t);
      const field = fieldOfLabel(key);
      const which =
        field === "no" ? "no"
        : field === "name" ? "name"
        : /^วัตถุประสงค์/.test(key) ? "objective"
        : /^เป้าหมาย/.test(key) ? "target"
        : /^หน่วยงาน|^ผู้รับผิดชอบ/.test(key) || field === "unit" ? "unit"
        : /^หมายเหตุ/.test(key) ? "note"
        : null;
      if (which && cols[which] < 0) {
        cols[which] = c;
        break;
      }
    }
  }
  return { top, bottom, ...cols, years, enacted, equipment, counts };
}

/** The first plan header in the sheet's first `rows` rows. */
export function firstHeader(grid: Grid, rows: number): PlanHeader | null {
  const end = Math.min(grid.rowCount, grid.data.originRow + rows);
  for (let r = grid.data.originRow; r < end; r++) {
    const h = headerAt(grid, r);
    if (h) return h;
  }
  return null;
}
