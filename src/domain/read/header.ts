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

/** A column whose label names a budget, with the year the label gives ("งบประมาณ ปี 2568"), if any. */
export interface BudgetColumn {
  readonly col: number;
  readonly year: number | null;
  /** The label as the header rows show it. */
  readonly label: string;
}

export interface Header {
  /** First and last header rows (sheet rows, 0-based). */
  readonly top: number;
  readonly bottom: number;
  /** The column read for each field: the first visible one labelled so (the budget: see budgets). */
  readonly columns: ReadonlyMap<Field, number>;
  readonly months: readonly MonthColumn[];
  /** Every column labelled as a budget, left to right; which one counts depends on the fiscal year (chooseBudgetColumn). */
  readonly budgets: readonly BudgetColumn[];
  /** Budget columns that each name a year: the sign of a five-year plan (ผ.02); empty for a one-year list. */
  readonly yearBudgetColumns: readonly number[];
  /** The name column says ครุภัณฑ์: an equipment list (ผด.02/1 shape). */
  readonly equipmentList: boolean;
  /** Labels as the header rows show them, per column (for telling a repeated header further down). */
  readonly labels: ReadonlyMap<number, string>;
}

const SCAN_ROWS = 30;
const MAX_DEPTH = 3;

/**
 * Column labels and the field each names, most specific first. Labels are compared without
 * spaces, so "งบประมาณ (บาท)" and "งบ ประมาณ(บาท)" are one label; English labels (offices that
 * keep their lists for other agencies, or were given a template) without case.
 */
const RULES: readonly [Field, RegExp][] = [
  ["no", /^(ที่|ลำดับ(ที่)?|ลำดับที่|ข้อ|no\.?|#|itemno\.?)$/i],
  ["equipmentType", /^ประเภทครุภัณฑ์|^(equipment)?type(of)?equipment$/i],
  ["detail", /^รายละเอียด|^(details?|description|activities|activitydetails?)$/i],
  ["approach", /^แนวทาง(การพัฒนา)?|^กลยุทธ์|^(approach|tactics?)$/i],
  ["strategy", /^ยุทธศาสตร์|^strateg(y|ies)/i],
  ["source", /^(แหล่ง|ที่มา)(ของ|ที่มาของ)?งบประมาณ|^แหล่งเงิน|^(source|funding|fund|fundingsource|sourceoffunds?)$/i],
  ["edition", /^ฉบับ(ที่)?$|^ฉบับแผน|^edition$/i],
  ["plan", /^แผนงาน$|^แผนงาน\(|^ชื่อแผนงาน|^(program|programme|plan|workplan|budgetplan|program\/plan|programme\/plan|plan\/program)$/i],
  // "หมวด" / "ประเภทรายจ่าย" hold the budget category: "ค่าครุภัณฑ์" there marks equipment.
  ["kind", /^ประเภท($|\()|^หมวด(รายจ่าย)?$|^ประเภทรายจ่าย|^หมวดรายจ่าย|^ลักษณะรายจ่าย|^(type|category|expensetype|kind)$/i],
  [
    "budget",
    /^(งบประมาณ|จำนวนเงิน|วงเงิน)(\(?บาท\)?|และที่มา|ที่ได้รับ|ที่ตั้งไว้|ที่ขอ|ที่ใช้)?(\(บาท\))?$|^งบประมาณ.*\d{2,4}|^ปี(งบประมาณ)?(พ\.?ศ\.?)?(25|20)\d\d(\(บาท\)|บาท)?$|^(25|20)\d\d(\(บาท\)|บาท)?$|^(budget|amount)(\((baht|thb)\)|baht|thb)?$|^(budget|amount).*\d{4}/i,
  ],
  ["location", /^สถานที่|^(location|place|site|area)$/i],
  [
    "unit",
    /^(หน่วยงาน|หน่วย)(ที่)?(รับผิดชอบ|ดำเนินการ)|^ผู้รับผิดชอบ|^หน่วยดำเนินการ|^หน่วยงาน(หลัก)?$|^กอง(\/ฝ่าย|\/สำนัก)?$|^ส่วนราชการ|^(dept\.?|department|unit|dept\.?\/unit|responsible(unit|agency)?|agency|office|owner)$/i,
  ],
  ["period", /^(ระยะเวลา|ช่วงเวลา)(ดำเนินการ|ดำเนินงาน)?|^(period|months?|duration|timeline|schedule|timeframe|period\/months?)$/i],
  ["start", /^(เดือน|วัน)?เริ่ม(ต้น)?|^(start|from|startmonth)$/i],
  ["end", /^(เดือน|วัน)?สิ้นสุด|^(end|to|endmonth|until)$/i],
  [
    "name",
    /^(ชื่อ)?(โครงการ|ครุภัณฑ์|รายการครุภัณฑ์|กิจกรรม)(\/?กิจกรรม|\/?โครงการ)*$|^โครงการ\/|^ชื่อโครงการ|^รายการ(\/?(โครงการ|กิจกรรม|ครุภัณฑ์))*$|^(project|projects|projectname|project\/activity|projects\/activities|activity\/project|item|equipment)$/i,
  ],
];

/** Columns of the five-year plan's ผ.02 that a one-year list does not have. */
const FIVE_YEAR_SIGNS = /^(วัตถุประสงค์|เป้าหมาย|ตัวชี้วัด|kpi|ผลที่คาดว่าจะได้รับ)/i;

/** The year a budget label names: "งบประมาณ ปี 2568", "2566 (บาท)", "งบประมาณปี 68". */
export function budgetLabelYear(label: string): number | null {
  const t = normalizeText(label);
  const four = /(?:^|\D)(\d{4})(?!\d)/.exec(t);
  if (four) {
    const y = yearFromText(four[1]);
    return y !== null && y >= 2400 && y <= 2700 ? y : null;
  }
  const two = /ปี(?:งบประมาณ)?\s*(?:พ\.?\s*ศ\.?\s*)?(\d{2})(?!\d)/.exec(t);
  return two ? 2500 + Number(two[1]) : null;
}

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
  // Every column labelled for a field, left to right: a hidden one (last year's figures, kept
  // out of sight) gives way to a visible one of the same label.
  const labelled = new Map<Field, number[]>();
  const months: MonthColumn[] = [];
  const budgets: BudgetColumn[] = [];
  const labels = new Map<number, string>();
  let equipmentList = false;
  let fiveYearSigns = 0;
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
    if (parts.length) labels.set(col, parts.join(" "));
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
    if (!field) {
      if (parts.some((p) => FIVE_YEAR_SIGNS.test(p.replace(/\s+/g, "")))) fiveYearSigns++;
      continue;
    }
    if (field === "budget") budgets.push({ col, year: budgetLabelYear(label), label });
    if (field === "name" && /ครุภัณฑ์/.test(label)) equipmentList = true;
    labelled.set(field, [...(labelled.get(field) ?? []), col]);
  }
  const columns = new Map<Field, number>();
  for (const [field, cols] of labelled) columns.set(field, cols.find((c) => !grid.isColumnHidden(c)) ?? cols[0]);
  if (!columns.has("name") || !columns.has("budget")) return null;
  // Month columns count once, and only as a run of at least six.
  const monthScore = months.length >= 6 ? 1 : 0;
  // Budget columns under their years (ผ.02's "งบประมาณ" over 2566 … 2570) count once too: the
  // row of years is what tells a five-year plan from a one-year list. Two years side by side
  // are last year's budget beside this year's, unless the sheet has ผ.02's other columns.
  const yearColumns = budgets.filter((b) => b.year !== null);
  const years = new Set(yearColumns.map((b) => b.year));
  const fiveYear = years.size >= 3 || (years.size >= 2 && fiveYearSigns > 0);
  const header: Header = {
    top,
    bottom,
    columns,
    months: monthScore ? months : [],
    budgets,
    yearBudgetColumns: fiveYear ? yearColumns.map((b) => b.col) : [],
    equipmentList,
    labels,
  };
  const monthYears = monthScore ? months.filter((m) => m.year !== null).length : 0;
  return { header, score: columns.size + monthScore + (years.size >= 2 ? 1 : 0), depth: bottom - top + 1, years: monthYears };
}

/**
 * The budget column that counts for a fiscal year, when a header labels several: a visible one
 * labelled with this year, else a visible one naming no year; those are plain (`clear`) when no
 * other column ranks as high. Else a hidden one of this year, then one labelled with another year,
 * and the user must be told (`clear` false).
 */
export function chooseBudgetColumn(header: Header, grid: Grid, fiscalYear: number | null): { column: BudgetColumn; clear: boolean } {
  const rank = (b: BudgetColumn) => {
    const visible = !grid.isColumnHidden(b.col);
    const thisYear = fiscalYear !== null && b.year === fiscalYear;
    if (visible && thisYear) return 0;
    if (visible && b.year === null) return 1;
    if (thisYear) return 2;
    return visible ? 3 : 4;
  };
  const ranked = [...header.budgets].sort((a, b) => rank(a) - rank(b) || a.col - b.col);
  const best = ranked[0];
  const clear = ranked.length === 1 || (rank(best) <= 1 && rank(ranked[1]) > rank(best));
  return { column: best, clear };
}

/** The header with the budget read from another of its budget columns. */
export function withBudgetColumn(header: Header, col: number): Header {
  if (header.columns.get("budget") === col) return header;
  return { ...header, columns: new Map([...header.columns, ["budget", col]]) };
}
