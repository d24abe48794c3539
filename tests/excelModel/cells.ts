/** What the range objects share: a range's target and its cells, read and written. */
import type { Rect } from "../../src/core/rect";
import { applies } from "./register";
import { localAddress, sheetReference } from "./addresses";
import { FakeRequestContext } from "./engine";
import { FakeExcelError, invalidArgument, notImplemented } from "./errors";
import { MAX_CELLS_PER_FORMAT, MAX_CELLS_PER_READ, NO_FILL } from "./limits";
import { SheetState, type CellState } from "./state";

export function liveSheet(context: FakeRequestContext, sheet: SheetState): SheetState {
  if (!context.host.workbook.sheets.includes(sheet)) {
    applies("sheet-gone");
    throw new FakeExcelError("ItemNotFound", `The worksheet '${sheet.name}' no longer exists.`);
  }
  return sheet;
}

export interface RangeTarget {
  sheet: SheetState;
  rect: Rect;
}

export function cellCount(r: Rect): number {
  return r.rows * r.cols;
}

export function forEachCell(t: RangeTarget, fn: (cell: CellState, row: number, col: number) => void): void {
  if (cellCount(t.rect) > MAX_CELLS_PER_FORMAT) throw notImplemented("formatting whole columns or rows cell by cell");
  for (let r = t.rect.row; r < t.rect.row + t.rect.rows; r++) {
    for (let c = t.rect.col; c < t.rect.col + t.rect.cols; c++) fn(t.sheet.ensureCell(r, c), r, c);
  }
}

/** Per-cell values of a range as Excel returns them (2-D, row-major). */
export function grid<T>(t: RangeTarget, fn: (cell: CellState | undefined, row: number, col: number) => T): T[][] {
  if (cellCount(t.rect) > MAX_CELLS_PER_READ) {
    throw new FakeExcelError("ResponsePayloadSizeLimitExceeded", "Too many cells requested in one read.");
  }
  const out: T[][] = [];
  for (let r = t.rect.row; r < t.rect.row + t.rect.rows; r++) {
    const line: T[] = [];
    for (let c = t.rect.col; c < t.rect.col + t.rect.cols; c++) line.push(fn(t.sheet.cell(r, c), r, c));
    out.push(line);
  }
  return out;
}

/** The common value of a property over a range, or null when cells differ (Excel's convention). */
export function uniform<T>(t: RangeTarget, fn: (cell: CellState | undefined) => T): T | null {
  let first = true;
  let value: T | null = null;
  for (const line of grid(t, fn)) {
    for (const v of line) {
      if (first) {
        value = v;
        first = false;
      } else if (v !== value) {
        applies("uniform-or-null");
        return null;
      }
    }
  }
  return value;
}

/** Input for a setter of a 2-D property: a matching 2-D array, or a single value for every cell. */
export function inputGrid(input: unknown, rect: Rect, what: string): (r: number, c: number) => unknown {
  if (!Array.isArray(input)) return () => input;
  applies("input-shape");
  const ok = input.length === rect.rows && input.every((line) => Array.isArray(line) && line.length === rect.cols);
  if (!ok) {
    throw invalidArgument(
      `The number of rows or columns in the input array for ${what} doesn't match the size or dimensions of the range (${rect.rows}×${rect.cols}).`,
    );
  }
  return (r, c) => (input[r] as unknown[])[c];
}

/** How many of `count` lines from `first` the set holds, without walking a whole column's million rows. */
export function countIn(set: ReadonlySet<number>, first: number, count: number): number {
  if (set.size < count) {
    let n = 0;
    for (const i of set) if (i >= first && i < first + count) n++;
    return n;
  }
  let n = 0;
  for (let i = first; i < first + count; i++) if (set.has(i)) n++;
  return n;
}

export function allOrNone(hidden: number, of: number): boolean | null {
  return hidden === of ? true : hidden === 0 ? false : null;
}

/** Which of a row or column properties request's keys the fake answers; anything else is beyond it. */
export function lineKeys(options: object, index: string, hidden: string): { index: boolean; hidden: boolean; address: boolean } {
  const asked = options as Record<string, unknown>;
  for (const key of Object.keys(asked)) {
    if (key !== index && key !== hidden && key !== "address") throw notImplemented(`getRowProperties/getColumnProperties ${key}`);
  }
  return { index: asked[index] === true, hidden: asked[hidden] === true, address: asked.address === true };
}

export function cellProperties(
  options: Excel.CellPropertiesLoadOptions,
  sheet: SheetState,
  cell: CellState | undefined,
  row: number,
  col: number,
): Excel.CellProperties {
  const out: Excel.CellProperties = {};
  for (const key of Object.keys(options)) {
    if (key !== "address" && key !== "format") throw notImplemented(`getCellProperties ${key}`);
  }
  if (options.address) out.address = `${sheetReference(sheet.name)}!${localAddress({ row, col, rows: 1, cols: 1 })}`;
  const f = options.format;
  if (!f) return out;
  const format: Excel.CellPropertiesFormat = {};
  for (const key of Object.keys(f) as (keyof Excel.CellPropertiesFormatLoadOptions)[]) {
    switch (key) {
      case "fill":
        format.fill = {};
        if (f.fill?.color) format.fill.color = cell?.fill ?? NO_FILL;
        if (f.fill?.pattern) format.fill.pattern = cell?.fill ? "Solid" : "None";
        break;
      case "font": {
        const font: Excel.CellPropertiesFont = {};
        if (f.font?.name) font.name = cell?.font.name ?? "Calibri";
        if (f.font?.size) font.size = cell?.font.size ?? 11;
        if (f.font?.bold) font.bold = cell?.font.bold ?? false;
        if (f.font?.italic) font.italic = cell?.font.italic ?? false;
        if (f.font?.color) font.color = cell?.font.color ?? "#000000";
        format.font = font;
        break;
      }
      case "horizontalAlignment":
        format.horizontalAlignment = (cell?.horizontalAlignment ?? "General") as Excel.CellPropertiesFormat["horizontalAlignment"];
        break;
      case "verticalAlignment":
        format.verticalAlignment = (cell?.verticalAlignment ?? "Bottom") as Excel.CellPropertiesFormat["verticalAlignment"];
        break;
      case "wrapText":
        format.wrapText = cell?.wrapText ?? false;
        break;
      default:
        throw notImplemented(`getCellProperties format.${key}`);
    }
  }
  out.format = format;
  return out;
}

export function checkColor(v: string): string {
  if (!/^#[0-9A-Fa-f]{6}$/.test(v)) throw notImplemented(`colour '${v}' (only #RRGGBB)`);
  return v.toUpperCase();
}

export interface MergedAreas {
  sheet: SheetState;
  areas: Rect[];
}
