/** Excel's rules: sheet names, what typed text becomes, how autofit measures, which cells a rule reads. */
import type { Rect } from "../../src/core/rect";
import { parseAddress } from "../../src/core/address";
import { linesFor, rowHeightFor } from "../../src/reports/forms/common";
import { applies } from "./register";
import { intersects } from "./addresses";
import { invalidArgument, notImplemented } from "./errors";
import { DEFAULT_COLUMN_WIDTH_PT, DEFAULT_ROW_HEIGHT_PT, MAX_COLS } from "./limits";
import { SheetState, type CellState } from "./state";

/** The cell a "this cell is not blank" rule looks at; anything else is beyond the fake. */
export function nonBlankRule(formula: string): { row: number; col: number; rowAbsolute: boolean; colAbsolute: boolean } {
  const m =
    /^=\s*LEN\(\s*(\$?)([A-Za-z]{1,3})(\$?)(\d+)\s*\)\s*>\s*0\s*$/.exec(formula) ??
    /^=\s*(\$?)([A-Za-z]{1,3})(\$?)(\d+)\s*<>\s*""\s*$/.exec(formula);
  if (!m) throw notImplemented(`evaluating the conditional format formula ${formula}`);
  const at = parseAddress(`${m[2]}${m[4]}`);
  return { row: at.row, col: at.col, colAbsolute: m[1] === "$", rowAbsolute: m[3] === "$" };
}

/**
 * A rough autofit: per row, the tallest non-empty cell of the span's columns, a wrapped cell
 * measured with the very estimate the report builders use (linesFor and rowHeightFor, measured on
 * LibreOffice's rendering of Laksaman, TH Sarabun's metric twin), an unwrapped one a single line;
 * the default 15 points for an empty row, at most Excel's 409. One formula for both, so the two
 * render paths differ only by what the adapters do; Excel's own metrics are unknown here (the
 * self-test records them). Merged cells are not
 * measured at all ("You cannot use the AutoFit feature for rows or columns that contain merged
 * cells": https://learn.microsoft.com/office/troubleshoot/excel/wrap-text-not-adjust-row-height),
 * so a row whose text is merged shrinks to its other cells: the clipped paragraph real Excel shows.
 */
export function autofitRowHeights(sheet: SheetState, rect: Rect): void {
  applies("autofit-estimate");
  const ignored = new Set<number>();
  for (const m of sheet.merges) {
    if (!intersects(m, rect)) continue;
    applies("autofit-ignores-merged");
    for (let r = m.row; r < m.row + m.rows; r++) {
      for (let c = m.col; c < m.col + m.cols; c++) ignored.add(r * MAX_COLS + c);
    }
  }
  const tallest = new Map<number, number>();
  for (const [key, cell] of sheet.cells) {
    const row = Math.floor(key / MAX_COLS);
    const col = key % MAX_COLS;
    if (row < rect.row || row >= rect.row + rect.rows || col < rect.col || col >= rect.col + rect.cols) continue;
    if ((cell.value === "" && !cell.isFormula) || ignored.has(key)) continue;
    const size = cell.font.size ?? 11;
    const width = sheet.columnWidths.get(col) ?? DEFAULT_COLUMN_WIDTH_PT;
    const lines = cell.wrapText ? linesFor(String(cell.value), (width / 0.75 - 5) / 7, size) : 1;
    tallest.set(row, Math.max(tallest.get(row) ?? 0, rowHeightFor(lines, size)));
  }
  for (let r = rect.row; r < rect.row + rect.rows; r++) {
    sheet.rowHeights.set(r, Math.min(409, Math.max(DEFAULT_ROW_HEIGHT_PT, tallest.get(r) ?? 0)));
  }
  if (rect.rows > 0) applies("sizes-in-points");
}

export function checkSheetName(name: string): void {
  applies("sheet-name-rules");
  if (name.length === 0 || name.length > 31 || /[:\\/?*[\]]/.test(name) || name.startsWith("'") || name.endsWith("'")) {
    throw invalidArgument(`'${name}' is not a valid worksheet name.`);
  }
}

/** Excel's rules for what a value written through `Range.values` becomes. */
export function enterValue(sheet: SheetState, row: number, col: number, input: unknown): void {
  if (input === null || input === undefined) {
    applies("value-null-keeps");
    return;
  }
  if (typeof input === "number") {
    if (!Number.isFinite(input)) throw invalidArgument(`${input} cannot be written to a cell.`);
    setCell(sheet.ensureCell(row, col), input);
    return;
  }
  if (typeof input === "boolean") {
    setCell(sheet.ensureCell(row, col), input);
    return;
  }
  if (typeof input !== "string") throw invalidArgument(`Cannot write ${JSON.stringify(input)} to a cell.`);
  const cell = sheet.ensureCell(row, col);
  if (input === "" || cell.numberFormat === "@") {
    if (input !== "") applies("text-format-keeps-text");
    setCell(cell, input);
    return;
  }
  if (looksLikeFormula(input)) {
    applies("string-becomes-formula");
    cell.value = "#NAME?";
    cell.isFormula = true;
    cell.formula = input.startsWith("=") ? input : `=${input}`;
    return;
  }
  const parsed = parseTyped(input);
  if (parsed) applies("string-parsed-typed");
  setCell(cell, parsed?.value ?? input);
  if (parsed?.numberFormat && cell.numberFormat === "General") cell.numberFormat = parsed.numberFormat;
}

export function setCell(cell: CellState, value: string | number | boolean): void {
  cell.value = value;
  cell.isFormula = false;
  delete cell.formula;
}

export const NUMBER = /^[+-]?(\d{1,3}(,\d{3})+|\d+|\d*\.\d+|\d+\.\d*|\d{1,3}(,\d{3})+\.\d*)([eE][+-]?\d+)?$/;

export function looksLikeFormula(s: string): boolean {
  if (s.startsWith("=")) return true;
  if (s.length > 1 && (s.startsWith("+") || s.startsWith("-"))) return !NUMBER.test(s.trim()) && !/^[+-]\s*$/.test(s);
  return s.length > 1 && s.startsWith("@");
}

/** What Excel's input parser turns text into: numbers, percentages, booleans, dates. */
export function parseTyped(input: string): { value: number | boolean; numberFormat?: string } | null {
  const s = input.trim();
  if (NUMBER.test(s)) return { value: Number(s.replace(/,/g, "")) };
  const pct = /^(.*)%$/.exec(s);
  if (pct && NUMBER.test(pct[1].trim())) return { value: Number(pct[1].trim().replace(/,/g, "")) / 100, numberFormat: "0%" };
  if (/^true$/i.test(s)) return { value: true };
  if (/^false$/i.test(s)) return { value: false };
  const mdy = /^(\d{1,2})\/(\d{1,2})(?:\/(\d{2}|\d{4}))?$/.exec(s);
  if (mdy) {
    const year = mdy[3] === undefined ? new Date().getFullYear() : mdy[3].length === 2 ? 2000 + Number(mdy[3]) : Number(mdy[3]);
    const serial = dateSerial(year, Number(mdy[1]), Number(mdy[2]));
    if (serial !== null) return { value: serial, numberFormat: "m/d/yyyy" };
  }
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
  if (iso) {
    const serial = dateSerial(Number(iso[1]), Number(iso[2]), Number(iso[3]));
    if (serial !== null) return { value: serial, numberFormat: "yyyy-mm-dd" };
  }
  return null;
}

export function dateSerial(year: number, month: number, day: number): number | null {
  const t = Date.UTC(year, month - 1, day);
  const d = new Date(t);
  if (d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  return (t - Date.UTC(1899, 11, 30)) / 86_400_000;
}
