/**
 * What both adapters need to write single cells in place (WorkbookPort.writeCells): the cells
 * checked, de-duplicated and grouped into vertical runs, and the number format each value needs.
 */
import { isDateCell, type CellValue } from "../core/cellValue";
import { DATE_FORMAT_BE, isPlainNumberFormat, TEXT_FORMAT } from "../core/numberFormats";
import type { CellWrite } from "./port";

const MAX_ROWS = 1_048_576;
const MAX_COLS = 16_384;

/** Consecutive rows of one column, top to bottom. */
export interface CellRun {
  readonly row: number;
  readonly col: number;
  readonly values: readonly CellValue[];
}

/**
 * The cells as vertical runs, column by column, top to bottom; a cell given twice keeps its
 * last value, and "" stands for null (no cell holds empty text). Throws a plain Error for a position outside the sheet (a caller's bug).
 */
export function cellRuns(cells: readonly CellWrite[]): CellRun[] {
  const byKey = new Map<number, CellValue>();
  for (const { row, col, value } of cells) {
    if (!Number.isInteger(row) || !Number.isInteger(col) || row < 0 || col < 0 || row >= MAX_ROWS || col >= MAX_COLS) {
      throw new Error(`Not a cell position: row ${row}, column ${col}`);
    }
    // Column-major keys: sorting them orders by column, then row.
    const key = col * MAX_ROWS + row;
    byKey.set(key, value === "" ? null : value);
  }
  const keys = [...byKey.keys()].sort((a, b) => a - b);
  const runs: { row: number; col: number; values: CellValue[] }[] = [];
  for (const key of keys) {
    const col = Math.floor(key / MAX_ROWS);
    const row = key % MAX_ROWS;
    const last = runs.at(-1);
    if (last && last.col === col && last.row + last.values.length === row) last.values.push(byKey.get(key) as CellValue);
    else runs.push({ row, col, values: [byKey.get(key) as CellValue] });
  }
  return runs;
}

/** True when the value's number format depends on the cell's current one (numbers, booleans, dates). */
export function needsCurrentFormat(v: CellValue): boolean {
  return v !== null && typeof v !== "string";
}

/**
 * Whether a cell of this number format already shows a date: the readers take a number in it
 * for a date (parseDate's test: not a plain number format like "#,##0"), and it is not General
 * or text, which show the serial as a number.
 */
function isDateFormat(format: string | undefined): boolean {
  if (format === undefined || format.trim() === "" || /^general$/i.test(format.trim()) || format === TEXT_FORMAT) return false;
  return !isPlainNumberFormat(format);
}

/**
 * The number format to give a cell before writing `v` into it, or null to keep its own:
 * text for a string (so "=x" or "00123" stay as typed), the cell's own format for a cleared
 * cell or a number, except that a text-formatted cell would keep a number as text (it gets
 * General); a date keeps the cell's format only when that is a date format already, else it
 * gets the Buddhist-era date format (in General or "#,##0" it would show, and read back, as a number).
 */
export function formatFor(v: CellValue, current: string | undefined): string | null {
  if (v === null) return null;
  if (typeof v === "string") return TEXT_FORMAT;
  if (isDateCell(v)) return isDateFormat(current) ? null : DATE_FORMAT_BE;
  return current === TEXT_FORMAT ? "General" : null;
}
