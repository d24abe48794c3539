import { cellAddress } from "../../workbook/address";
import type { RawValue } from "../../workbook/port";
import { parseBudget, type BudgetParse } from "../parse/budget";
import { parseMonthRange, parseMonthText } from "../parse/months";
import { isBlank, isExcelError, normalizeText } from "../parse/text";
import { fiscalMonthIndex } from "../thaiCalendar";
import type { Label, ProjectRecord } from "../project";
import type { Grid } from "./grid";
import type { Field, Header } from "./header";

/** A รวม line and what it claims, with the projects it sums (those since the previous total or heading). */
export interface TotalLine {
  readonly row: number;
  readonly cell: string;
  readonly stated: BudgetParse;
  readonly covers: readonly ProjectRecord[];
}

export interface CellErrorAt {
  readonly row: number;
  readonly cell: string;
  readonly field: Field | "month";
  readonly value: string;
}

export interface SheetRows {
  readonly projects: ProjectRecord[];
  readonly totals: TotalLine[];
  readonly cellErrors: CellErrorAt[];
}

const STRATEGY_HEADING = /^(?:\d+\s*[.)]\s*)?ยุทธศาสตร์/;
const PLAN_HEADING = /^(?:\d+\.\d+\s*[.)]?\s*)?(?:แผนงาน|ผง\.)/;
const EQUIPMENT_HEADING = /^(?:\d+(?:\.\d+)?\s*[.)]?\s*)?(?:ประเภท)?ครุภัณฑ์/;
const TOTAL = /^(?:รวม|ยอดรวม)(?:ทั้งสิ้น|ทั้งหมด|งบประมาณ|เงิน)?(?:\s|$|\d|ยุทธศาสตร์|แผนงาน)/;
const GRAND_TOTAL = /^(?:รวม|ยอดรวม)(?:ทั้งสิ้น|ทั้งหมด)/;
const STRATEGY_TOTAL = /^(?:รวม|ยอดรวม)\s*ยุทธศาสตร์/;
const AMENDMENT = /(?:แก้ไข|เพิ่มเติม|เปลี่ยนแปลง)\s*(?:ครั้งที่|ฉบับที่)/;
const NO_FILL = new Set(["#FFFFFF", "#FFFFFE"]);

/** Reads the rows below a header: projects, the headings that label them, totals, markers. */
export function readProjectRows(grid: Grid, header: Header, fiscalYear: number | undefined): SheetRows {
  const col = (f: Field) => header.columns.get(f);
  const projects: ProjectRecord[] = [];
  const totals: TotalLine[] = [];
  const cellErrors: CellErrorAt[] = [];
  let strategy: Label | null = null;
  let plan: Label | null = null;
  let equipmentType: Label | null = null;
  // What a total line sums: a plain รวม the projects since the last heading or total, a
  // ยุทธศาสตร์ total those since the strategy heading, รวมทั้งสิ้น every project of the sheet.
  let sinceTotal: ProjectRecord[] = [];
  let edition: string | null = null;
  let sinceStrategy: ProjectRecord[] = [];
  let sinceGrand: ProjectRecord[] = [];
  let last: ProjectRecord | null = null;

  const textAt = (row: number, f: Field) => {
    const c = col(f);
    return c === undefined ? "" : normalizeText(grid.text(row, c));
  };
  const rawAt = (row: number, f: Field) => {
    const c = col(f);
    return c === undefined ? null : grid.raw(row, c);
  };
  // A unit, แผนงาน or period cell merged down over several projects visibly belongs to each of
  // them. Not so the number, name, detail and budget: one name or amount over several rows is
  // not several projects, and must not count several times.
  const shownTextAt = (row: number, f: Field) => {
    const c = col(f);
    return c === undefined ? "" : normalizeText(grid.shownText(row, c));
  };
  const shownRawAt = (row: number, f: Field) => {
    const c = col(f);
    return c === undefined ? null : grid.shown(row, c);
  };
  const addr = (row: number, f: Field) => {
    const c = col(f);
    return c === undefined ? "" : cellAddress(row, c);
  };
  const shownAddr = (row: number, f: Field) => {
    const c = col(f);
    return c === undefined ? "" : cellAddress(...grid.shownFrom(row, c));
  };
  const usedCols = [...header.columns.values(), ...header.months.map((m) => m.col)];

  for (let row = header.bottom + 1; row < grid.rowCount; row++) {
    const filled = usedCols.filter((c) => !isBlank(grid.raw(row, c)));
    // A number with nothing beside it is a row numbered ahead (typed, or =ROW() filled down), not a project.
    const bare = filled.length === 0 || (filled.length === 1 && filled[0] === col("no") && /^[\d.\s]+$/.test(textAt(row, "no")));
    if (bare && !rowHasMonthFill(grid, header, row)) continue;
    const first = firstText(grid, row);
    const budgetRaw = rawAt(row, "budget");
    const noText = textAt(row, "no");
    const nameText = textAt(row, "name");

    for (const [f, c] of header.columns)
      if (isExcelError(grid.raw(row, c)) && f !== "budget") cellErrors.push({ row, cell: cellAddress(row, c), field: f, value: String(grid.raw(row, c)) });

    const numbered = /^\d+$/.test(noText);
    if (!numbered && (TOTAL.test(first) || TOTAL.test(nameText))) {
      const label = TOTAL.test(first) ? first : nameText;
      const covers = GRAND_TOTAL.test(label) ? sinceGrand : STRATEGY_TOTAL.test(label) ? sinceStrategy : sinceTotal;
      if (col("budget") !== undefined) totals.push({ row, cell: addr(row, "budget"), stated: parseBudget(budgetRaw), covers });
      if (GRAND_TOTAL.test(label)) sinceGrand = [];
      sinceTotal = [];
      last = null;
      continue;
    }
    const headingLike = isBlank(budgetRaw) && !numbered;
    if (headingLike && AMENDMENT.test(first)) {
      // Rows below "เพิ่มเติม ฉบับที่ 1" belong to that edition, until the next marker.
      edition = first;
      last = null;
      continue;
    }
    if (headingLike && filled.length <= 2) {
      const at = cellAddress(row, firstTextCol(grid, row));
      const heading = headingText(grid, row, first);
      if (STRATEGY_HEADING.test(heading)) {
        strategy = { text: heading, from: "heading", cell: at };
        plan = null;
        sinceTotal = [];
        sinceStrategy = [];
        last = null;
        continue;
      }
      if (PLAN_HEADING.test(heading)) {
        plan = { text: heading, from: "heading", cell: at };
        sinceTotal = [];
        last = null;
        continue;
      }
      // Printed ผด.02/1 headings start in the ที่ column like the strategy headings do.
      if (header.equipmentList && EQUIPMENT_HEADING.test(heading)) {
        equipmentType = { text: heading, from: "heading", cell: at };
        sinceTotal = [];
        last = null;
        continue;
      }
    }
    // A name spilling into the next row: no number, no budget, nothing else but text.
    const onlyText = filled.every((c) => c === col("name") || c === col("detail"));
    if (last && !noText && isBlank(budgetRaw) && onlyText && !rowHasMonthFill(grid, header, row)) {
      last = joinContinuation(last, textAt(row, "name"), textAt(row, "detail"), row);
      projects[projects.length - 1] = last;
      for (const list of [sinceTotal, sinceStrategy, sinceGrand]) if (list.length) list[list.length - 1] = last;
      continue;
    }

    const cells: Record<string, string> = {};
    const rawTexts: Record<string, string> = {};
    for (const [f, c] of header.columns) {
      cells[f] = cellAddress(row, c);
      const v = grid.raw(row, c);
      if (typeof v === "string") rawTexts[f] = v;
    }
    if (header.months.length) cells.months = cellAddress(row, header.months[0].col);
    const months = readMonths(grid, header, row, fiscalYear, shownTextAt(row, "period"), shownRawAt(row, "start"), shownRawAt(row, "end"));
    const kindText = shownTextAt(row, "kind");
    const typeText = shownTextAt(row, "equipmentType");
    const equipment = /ครุภัณฑ์/.test(kindText) || !!typeText || header.equipmentList;
    const strategyText = shownTextAt(row, "strategy");
    const planText = shownTextAt(row, "plan");
    const record: ProjectRecord = {
      sheet: grid.name,
      row,
      rows: [row],
      no: noText,
      name: nameText,
      detail: textAt(row, "detail"),
      budget: parseBudget(budgetRaw),
      location: shownTextAt(row, "location"),
      unit: shownTextAt(row, "unit"),
      source: shownTextAt(row, "source"),
      edition: textAt(row, "edition") || edition,
      strategy: strategyText ? { text: strategyText, from: "cell", cell: shownAddr(row, "strategy") } : strategy,
      approach: shownTextAt(row, "approach"),
      plan: planText ? { text: planText, from: "cell", cell: shownAddr(row, "plan") } : plan,
      kind: equipment ? "equipment" : "project",
      equipmentType: typeText ? { text: typeText, from: "cell", cell: shownAddr(row, "equipmentType") } : equipment ? equipmentType : null,
      ...months,
      cells,
      rawTexts,
    };
    projects.push(record);
    sinceTotal.push(record);
    sinceStrategy.push(record);
    sinceGrand.push(record);
    last = record;
  }
  return { projects, totals, cellErrors };
}

function joinContinuation(p: ProjectRecord, name: string, detail: string, row: number): ProjectRecord {
  const join = (a: string, b: string) => (b ? (a ? `${a} ${b}` : b) : a);
  return { ...p, name: join(p.name, name), detail: join(p.detail, detail), rows: [...p.rows, row] };
}

function firstTextCol(grid: Grid, row: number): number {
  for (let c = grid.data.originCol; c < grid.colCount; c++) if (!isBlank(grid.raw(row, c))) return c;
  return 0;
}

function firstText(grid: Grid, row: number): string {
  return normalizeText(grid.text(row, firstTextCol(grid, row)));
}

const NUMBERING_ONLY = /^\d+(?:\.\d+)*\s*[.)]$|^\d+(?:\.\d+)+$/;

/** A heading's text, also when its number ("1.", "1.1") sits in ที่ and its words in the next column. */
function headingText(grid: Grid, row: number, first: string): string {
  if (!NUMBERING_ONLY.test(first)) return first;
  for (let c = firstTextCol(grid, row) + 1; c < grid.colCount; c++) {
    const t = normalizeText(grid.text(row, c));
    if (t) return `${first} ${t}`;
  }
  return first;
}

function rowHasMonthFill(grid: Grid, header: Header, row: number): boolean {
  return header.months.some((m) => isMarkFill(grid.fill(row, m.col)));
}

const isMarkFill = (fill: string | null) => fill !== null && !NO_FILL.has(fill.toUpperCase());

type MonthFields = Pick<ProjectRecord, "months" | "monthsFrom" | "monthsOutsideFy" | "monthsReversed" | "monthsInvalid">;

function readMonths(
  grid: Grid,
  header: Header,
  row: number,
  fiscalYear: number | undefined,
  period: string,
  start: RawValue,
  end: RawValue,
): MonthFields {
  const none: MonthFields = { months: Array(12).fill(false), monthsFrom: null, monthsOutsideFy: false, monthsReversed: false, monthsInvalid: false };
  if (header.months.length) {
    const months = Array<boolean>(12).fill(false);
    // A whole row shaded alike (a highlighted line) is not a month bar.
    const nameCol = header.columns.get("name");
    const rowFill = nameCol === undefined ? null : grid.fill(row, nameCol);
    let outside = false;
    for (const m of header.months) {
      const fill = grid.fill(row, m.col);
      const marked = !isBlank(grid.raw(row, m.col)) || (isMarkFill(fill) && fill !== rowFill);
      if (!marked) continue;
      if (fiscalYear !== undefined && m.year !== null && fiscalYearOfMonth(m.month, m.year) !== fiscalYear) outside = true;
      else months[fiscalMonthIndex(m.month)] = true;
    }
    if (months.some(Boolean) || outside) return { ...none, months, monthsFrom: "columns", monthsOutsideFy: outside };
  }
  if (period) {
    const p = parseMonthText(period, fiscalYear);
    if (p.kind === "months") return { months: p.months, monthsFrom: "period", monthsOutsideFy: p.outsideFy, monthsReversed: p.reversed, monthsInvalid: false };
    if (p.kind === "invalid") return { ...none, monthsFrom: "period", monthsInvalid: true };
  }
  if (!isBlank(start) || !isBlank(end)) {
    const p = parseMonthRange(start, end, fiscalYear);
    if (p.kind === "months") return { months: p.months, monthsFrom: "range", monthsOutsideFy: p.outsideFy, monthsReversed: p.reversed, monthsInvalid: false };
    if (p.kind === "invalid") return { ...none, monthsFrom: "range", monthsInvalid: true };
  }
  return none;
}

function fiscalYearOfMonth(month: number, buddhistYear: number): number {
  return month >= 10 ? buddhistYear + 1 : buddhistYear;
}
