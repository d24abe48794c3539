import { cellAddress } from "../../core/address";
import { periodFiscalYear, rangeFiscalYear } from "../parse/months";
import { normalizeText } from "../parse/text";
import { parseFiscalYear } from "./settingsSheet";
import type { Grid } from "./grid";
import type { Header } from "./header";

/**
 * Where a workbook states its fiscal year, strongest first: ตั้งค่า, a project list's title, its
 * month header, a cover or other sheet's title, a project sheet's name, the periods of its rows.
 */
export type FiscalYearSource = "settings" | "title" | "header" | "cover" | "sheetName" | "periods";

export const FISCAL_YEAR_SOURCES: readonly FiscalYearSource[] = ["settings", "title", "header", "cover", "sheetName", "periods"];

/** One statement of the fiscal year: by whom, where. */
export interface FiscalYearStatement {
  readonly year: number;
  readonly from: FiscalYearSource;
  readonly sheet: string;
  /** A1 address; "" for a sheet's name or a run of periods. */
  readonly cell: string;
}

/** A Buddhist-era year from 4 digits (as ตั้งค่า reads one: 2400–2700 BE, or a CE year) or 2 ("68" = 2568). */
const yearOf = (digits: string): number | null => (digits.length === 2 ? 2500 + Number(digits) : parseFiscalYear(digits));

const TITLE_YEAR = /(?:ปีงบประมาณ|ประจำปี(?:งบประมาณ)?|ปีงบ)\s*(?:พ\s*\.?\s*ศ\s*\.?)?\s*(\d{4}|\d{2})(?!\d)/;

/** The first title in rows up to `rows` that states a fiscal year ("…ประจำปีงบประมาณ พ.ศ. 2568", "ปีงบ 68"), with its cell. */
function titleYear(grid: Grid, rows: number): { year: number; row: number; col: number } | null {
  for (let r = grid.data.originRow; r < Math.min(rows, grid.rowCount); r++)
    for (let c = grid.data.originCol; c < Math.min(grid.colCount, 30); c++) {
      const m = TITLE_YEAR.exec(grid.text(r, c));
      const year = m ? yearOf(m[1]) : null;
      if (year !== null) return { year, row: r, col: c };
    }
  return null;
}

/** The fiscal year a title above the header states, with its cell. */
export function titleFiscalYear(grid: Grid, header: Header): { year: number; row: number; col: number } | null {
  return titleYear(grid, header.top);
}

/** The fiscal year a sheet that is no project list states in its first rows (a cover: "ประจำปีงบประมาณ พ.ศ. 2568"). */
export function coverFiscalYear(grid: Grid): FiscalYearStatement | null {
  const t = titleYear(grid, 30);
  return t ? { year: t.year, from: "cover", sheet: grid.name, cell: cellAddress(t.row, t.col) } : null;
}

/** The fiscal year the month header implies: ต.ค. under year Y means fiscal year Y + 1. */
export function headerFiscalYear(header: Header): { year: number; row: number; col: number } | null {
  for (const m of header.months) {
    if (m.year === null || !m.yearCell) continue;
    return { year: m.month >= 10 ? m.year + 1 : m.year, row: m.yearCell.row, col: m.yearCell.col };
  }
  return null;
}

/** "แผน68", "โครงการปี 2568", "ปีงบ 68", "FY2568", "แผนการดำเนินงาน 2568": the year a sheet's name gives. */
export function sheetNameFiscalYear(name: string): number | null {
  const t = normalizeText(name);
  const prefixed = /(?:แผน|ปีงบประมาณ|ปีงบ|ปี|งบ|fy)\s*(?:พ\s*\.?\s*ศ\s*\.?)?\s*(\d{4}|\d{2})(?!\d)/i.exec(t);
  if (prefixed) return yearOf(prefixed[1]);
  const bare = /(?:^|\D)(25\d\d)(?!\d)/.exec(t);
  return bare ? Number(bare[1]) : null;
}

/**
 * The fiscal year the rows' periods give ("ต.ค. 67 - ก.ย. 68"): the year most rows agree on,
 * with at least two rows stating one; null when they do not.
 */
export function periodsFiscalYear(grid: Grid, header: Header): number | null {
  const period = header.columns.get("period");
  const start = header.columns.get("start");
  const end = header.columns.get("end");
  if (period === undefined && start === undefined && end === undefined) return null;
  const counts = new Map<number, number>();
  for (let r = header.bottom + 1; r < grid.rowCount; r++) {
    const y =
      (period !== undefined ? periodFiscalYear(grid.shownText(r, period)) : null) ??
      (start !== undefined || end !== undefined ? rangeFiscalYear(start === undefined ? null : grid.shown(r, start), end === undefined ? null : grid.shown(r, end)) : null);
    if (y !== null) counts.set(y, (counts.get(y) ?? 0) + 1);
  }
  const best = [...counts].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0];
  return best && best[1] >= 2 ? best[0] : null;
}

/** What one project sheet states of the fiscal year, each source once. */
export function sheetStatements(grid: Grid, header: Header): FiscalYearStatement[] {
  const out: FiscalYearStatement[] = [];
  const title = titleFiscalYear(grid, header);
  if (title) out.push({ year: title.year, from: "title", sheet: grid.name, cell: cellAddress(title.row, title.col) });
  const head = headerFiscalYear(header);
  if (head) out.push({ year: head.year, from: "header", sheet: grid.name, cell: cellAddress(head.row, head.col) });
  const named = sheetNameFiscalYear(grid.name);
  if (named !== null) out.push({ year: named, from: "sheetName", sheet: grid.name, cell: "" });
  const periods = periodsFiscalYear(grid, header);
  if (periods !== null) out.push({ year: periods, from: "periods", sheet: grid.name, cell: "" });
  return out;
}

/**
 * The fiscal year the workbook states: the strongest kind of statement decides (ตั้งค่า, then a
 * title, the month header, a sheet's name, the periods); within a kind, the year most sheets
 * state, the later one at a tie. Null when nothing states one.
 */
export function resolveFiscalYear(statements: readonly FiscalYearStatement[]): { year: number; from: FiscalYearSource } | null {
  for (const from of FISCAL_YEAR_SOURCES) {
    const counts = new Map<number, number>();
    for (const s of statements) if (s.from === from) counts.set(s.year, (counts.get(s.year) ?? 0) + 1);
    const best = [...counts].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0];
    if (best) return { year: best[0], from };
  }
  return null;
}
