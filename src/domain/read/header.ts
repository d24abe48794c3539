import { monthFromText, yearFromText } from "../parse/months";
import { normalizeText } from "../parse/text";
import type { Grid } from "./grid";

/** What a project-list column holds. */
export type Field =
  | "no"
  | "name"
  | "detail"
  | "budget"
  | "location"
  | "unit"
  | "strategy"
  | "approach"
  | "plan"
  | "kind"
  | "equipmentType"
  | "source"
  | "period"
  | "start"
  | "end"
  | "edition";

export interface MonthColumn {
  readonly col: number;
  /** Calendar month 1–12 */
  readonly month: number;
  /** Buddhist-era year written above it, when there is one */
  readonly year: number | null;
  /** Where that year is written (for FY_MISMATCH) */
  readonly yearCell: { row: number; col: number } | null;
}

export interface Header {
  /** First and last header rows (sheet rows, 0-based). */
  readonly top: number;
  readonly bottom: number;
  readonly columns: ReadonlyMap<Field, number>;
  readonly months: readonly MonthColumn[];
  /** Budget columns that each name a year: the sign of a five-year plan (ผ.02). */
  readonly yearBudgetColumns: readonly number[];
  /** The name column says ครุภัณฑ์: an equipment list (ผด.02/1 shape). */
  readonly equipmentList: boolean;
}

const SCAN_ROWS = 30;
const MAX_DEPTH = 3;

/**
 * Column labels and the field each names, most specific first. Labels are compared without
 * spaces, so "งบประมาณ (บาท)" and "งบ ประมาณ(บาท)" are one label.
 */
const RULES: readonly [Field, RegExp][] = [
  ["no", /^(ที่|ลำดับ(ที่)?|ลำดับที่|no\.?)$/i],
  ["equipmentType", /^ประเภทครุภัณฑ์/],
  ["detail", /^รายละเอียด/],
  ["approach", /^แนวทาง(การพัฒนา)?/],
  ["strategy", /^ยุทธศาสตร์/],
  ["source", /^(แหล่ง|ที่มา)(ของ|ที่มาของ)?งบประมาณ|^แหล่งเงิน/],
  ["edition", /^ฉบับ(ที่)?$|^ฉบับแผน/],
  ["plan", /^แผนงาน$|^แผนงาน\(|^ชื่อแผนงาน/],
  ["kind", /^ประเภท($|\()/],
  ["budget", /^(งบประมาณ|จำนวนเงิน|วงเงิน)(\(?บาท\)?|และที่มา|ที่ได้รับ|ที่ตั้งไว้)?(\(บาท\))?$|^งบประมาณ.*\d{4}|^ปี\d{4}/],
  ["location", /^สถานที่/],
  ["unit", /^(หน่วยงาน|หน่วย)(ที่)?(รับผิดชอบ|ดำเนินการ)|^ผู้รับผิดชอบ|^หน่วยดำเนินการ/],
  ["period", /^(ระยะเวลา|ช่วงเวลา)(ดำเนินการ|ดำเนินงาน)?/],
  ["start", /^(เดือน|วัน)?เริ่ม(ต้น)?/],
  ["end", /^(เดือน|วัน)?สิ้นสุด/],
  ["name", /^(ชื่อ)?(โครงการ|ครุภัณฑ์|รายการครุภัณฑ์|กิจกรรม)(\/?กิจกรรม|\/?โครงการ)*$|^โครงการ\/|^ชื่อโครงการ/],
];

export function fieldOfLabel(label: string): Field | null {
  const key = normalizeText(label).replace(/\s+/g, "");
  if (!key) return null;
  for (const [field, re] of RULES) if (re.test(key)) return field;
  return null;
}

/** A short cell naming a month: a month column header. Long texts only mention months. */
function monthHeader(text: string): number | null {
  return text.length <= 16 ? monthFromText(text) : null;
}

interface Candidate {
  header: Header;
  score: number;
  /** Header rows used */
  depth: number;
  /** Month columns whose year the candidate's rows state */
  years: number;
}

/**
 * A deeper or earlier candidate wins only by explaining more: more columns, or more month years.
 * At a tie the tighter one is the header, so a title or blank line right above it stays out of it
 * (the title's fiscal year is then read as the title's, for FY_MISMATCH).
 */
function better(c: Candidate, best: Candidate | null): boolean {
  if (!best) return true;
  if (c.score !== best.score) return c.score > best.score;
  if (c.years !== best.years) return c.years > best.years;
  return c.depth < best.depth;
}

/**
 * Finds the project-list header in the first 30 rows: one to three header rows, merged cells
 * looked through, that name at least a project column and a budget column.
 */
export function findHeader(grid: Grid): Header | null {
  let best: Candidate | null = null;
  const last = Math.min(grid.rowCount, SCAN_ROWS);
  for (let top = 0; top < last; top++) {
    for (let depth = 1; depth <= MAX_DEPTH && top + depth <= grid.rowCount; depth++) {
      const c = candidate(grid, top, top + depth - 1);
      if (c && better(c, best)) best = c;
    }
  }
  return best?.header ?? null;
}

function candidate(grid: Grid, top: number, bottom: number): Candidate | null {
  const columns = new Map<Field, number>();
  const months: MonthColumn[] = [];
  const yearBudgetColumns: number[] = [];
  let equipmentList = false;
  for (let col = 0; col < grid.colCount; col++) {
    // A month cell anywhere in the header rows makes a month column; its year is above it.
    let month: number | null = null;
    let monthRow = -1;
    for (let r = bottom; r >= top && month === null; r--) {
      const m = monthHeader(grid.shownText(r, col));
      if (m !== null) {
        month = m;
        monthRow = r;
      }
    }
    if (month !== null) {
      let year: number | null = yearFromText(grid.shownText(monthRow, col));
      let yearCell = year !== null ? { row: monthRow, col } : null;
      for (let r = monthRow - 1; r >= top && year === null; r--) {
        year = yearFromText(grid.shownText(r, col));
        if (year !== null) yearCell = { row: r, col };
      }
      months.push({ col, month, year, yearCell });
      continue;
    }
    const parts: string[] = [];
    for (let r = top; r <= bottom; r++) {
      const t = grid.shownText(r, col);
      if (t && parts.at(-1) !== t) parts.push(t);
    }
    // The lowest rows name the column; rows above may hold a title or a note merged across.
    let label = "";
    let field: Field | null = null;
    for (let i = 0; i < parts.length && !field; i++) {
      label = parts.slice(i).join(" ");
      field = fieldOfLabel(label);
    }
    if (!field && parts.length > 1) {
      label = parts[0];
      field = fieldOfLabel(label);
    }
    if (!field) continue;
    if (field === "budget" && /\d{4}/.test(label) && yearFromText(label.replace(/^\D*/, "")) !== null) yearBudgetColumns.push(col);
    if (field === "name" && /ครุภัณฑ์/.test(label)) equipmentList = true;
    if (!columns.has(field)) columns.set(field, col);
  }
  if (!columns.has("name") || !columns.has("budget")) return null;
  // Month columns count once, and only as a run of at least six.
  const monthScore = months.length >= 6 ? 1 : 0;
  // Budget columns under their years (ผ.02's "งบประมาณ" over 2566 … 2570) count once too: the
  // row of years is what tells a five-year plan from a one-year list.
  const yearScore = yearBudgetColumns.length >= 2 ? 1 : 0;
  const header: Header = {
    top,
    bottom,
    columns,
    months: monthScore ? months : [],
    yearBudgetColumns: yearScore ? yearBudgetColumns : [],
    equipmentList,
  };
  const years = monthScore ? months.filter((m) => m.year !== null).length : 0;
  return { header, score: columns.size + monthScore + yearScore, depth: bottom - top + 1, years };
}

/**
 * The fiscal year a title above the header states ("…ประจำปีงบประมาณ พ.ศ. 2568"), with its cell.
 */
export function titleFiscalYear(grid: Grid, header: Header): { year: number; row: number; col: number } | null {
  for (let r = 0; r < header.top; r++)
    for (let c = 0; c < Math.min(grid.colCount, 30); c++) {
      const t = grid.text(r, c);
      const m = /ปีงบประมาณ\s*(?:พ\.?\s*ศ\.?)?\s*(\d{4})/.exec(t);
      if (m) return { year: Number(m[1]), row: r, col: c };
    }
  return null;
}

/** The fiscal year the month header implies: ต.ค. under year Y means fiscal year Y + 1. */
export function headerFiscalYear(header: Header): { year: number; row: number; col: number } | null {
  for (const m of header.months) {
    if (m.year === null || !m.yearCell) continue;
    return { year: m.month >= 10 ? m.year + 1 : m.year, row: m.yearCell.row, col: m.yearCell.col };
  }
  return null;
}
