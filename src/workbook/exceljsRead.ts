/**
 * Reading an ExcelJS worksheet as the port's SheetData: values as Excel holds them, fills, hidden
 * lines, merges.
 */
import ExcelJS from "exceljs";
import type { Rect } from "../core/rect";
import { parseAddress } from "../core/address";
import { type ReadOptions, fillRects, wantsNumberFormats } from "./port";
import type { RawValue } from "../core/cellValue";
import type { SheetData } from "../core/sheetData";

/** ExcelJS members its typings omit: sheet order, range-keyed validations, the merge index. */
export type WorksheetInternals = ExcelJS.Worksheet & {
  orderNo: number;
  dataValidations: { add(address: string, dv: ExcelJS.DataValidation): void };
  _merges: Record<string, { range: string } | undefined>;
};

export const internals = (ws: ExcelJS.Worksheet) => ws as WorksheetInternals;

export const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

export function toRaw(v: ExcelJS.CellValue): RawValue {
  if (v === null || v === undefined) return null;
  if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") return v;
  if (v instanceof Date) return (v.getTime() - EXCEL_EPOCH_MS) / 86_400_000;
  if (typeof v === "object") {
    if ("error" in v) return String(v.error);
    if ("richText" in v) return v.richText.map((t) => t.text).join("");
    if ("formula" in v || "sharedFormula" in v) return toRaw((v as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue);
    if ("text" in v) return String((v as ExcelJS.CellHyperlinkValue).text);
  }
  return String(v);
}

export function fillColor(cell: ExcelJS.Cell): string | null {
  const fill = cell.fill;
  if (!fill || fill.type !== "pattern" || fill.pattern === "none") return null;
  const color = fill.fgColor;
  if (color?.argb) return `#${color.argb.slice(-6).toUpperCase()}`;
  // Theme colours cannot be resolved without the theme part; the cell is still visibly filled.
  if (color && "theme" in color) return `theme:${String((color as { theme: number }).theme)}`;
  return "filled";
}

export function readWorksheet(ws: ExcelJS.Worksheet, name: string, options: ReadOptions): SheetData {
  // Bounding box of cells holding values, like Office's getUsedRange(valuesOnly = true).
  let top = Infinity;
  let left = Infinity;
  let bottom = -1;
  let right = -1;
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      if (cell.type === ExcelJS.ValueType.Merge || toRaw(cell.value) === null) return;
      top = Math.min(top, r);
      bottom = Math.max(bottom, r);
      left = Math.min(left, c);
      right = Math.max(right, c);
    });
  });
  const merges = mergedRects(ws);
  const where = options.fillsWhere;
  const allFills = !where && !!options.fills;
  const withFormats = wantsNumberFormats(options, name);
  const visibility = visibilityOf(ws);
  if (bottom < 0) {
    const empty: SheetData = {
      name: ws.name,
      visibility,
      originRow: 0,
      originCol: 0,
      values: [],
      numberFormats: [],
      merges,
      ...(options.hidden ? { hiddenRows: [], hiddenColumns: [] } : {}),
    };
    return where || allFills ? { ...empty, fills: [] } : empty;
  }
  const values: RawValue[][] = [];
  const numberFormats: string[][] = [];
  const fills: (string | null)[][] = [];
  for (let r = top; r <= bottom; r++) {
    const row = ws.getRow(r);
    const vr: RawValue[] = [];
    const fr: string[] = [];
    const cr: (string | null)[] = [];
    for (let c = left; c <= right; c++) {
      const cell = row.getCell(c);
      vr.push(cell.type === ExcelJS.ValueType.Merge ? null : toRaw(cell.value));
      if (withFormats) fr.push(cell.numFmt || "General");
      if (allFills) cr.push(fillColor(cell));
    }
    values.push(vr);
    if (withFormats) numberFormats.push(fr);
    if (allFills) fills.push(cr);
  }
  const data: SheetData = {
    name: ws.name,
    visibility,
    originRow: top - 1,
    originCol: left - 1,
    values,
    numberFormats,
    merges,
    ...(options.hidden ? hiddenLines(ws, top, bottom, left, right) : {}),
  };
  if (allFills) return { ...data, fills };
  if (!where) return data;
  // Only the cells of the rectangle asked for, clipped to the used range (sheet coordinates, 0-based).
  const partial = values.map((line) => new Array<string | null>(line.length).fill(null));
  for (const want of fillRects(where(data))) {
    const r0 = Math.max(want.row, top - 1);
    const r1 = Math.min(want.row + want.rows, bottom);
    const c0 = Math.max(want.col, left - 1);
    const c1 = Math.min(want.col + want.cols, right);
    for (let r = r0; r < r1; r++) {
      const row = ws.getRow(r + 1);
      for (let c = c0; c < c1; c++) partial[r - top + 1][c - left + 1] = fillColor(row.getCell(c + 1));
    }
  }
  return { ...data, fills: partial };
}

/**
 * The sheet's <sheet state> in workbook.xml: ExcelJS reads it into `state` and makes a missing
 * one "visible" (lib/doc/worksheet.js; state was always "visible" before exceljs#73:
 * https://github.com/exceljs/exceljs/issues/73).
 */
export function visibilityOf(ws: ExcelJS.Worksheet): NonNullable<SheetData["visibility"]> {
  const state: string = ws.state;
  return state === "hidden" || state === "veryHidden" ? state : "visible";
}

/**
 * Hidden rows and columns of the used range (1-based, inclusive), zero-based: a file marks
 * each hidden row <row hidden="1"> and hidden columns <col hidden="1">, which ExcelJS's
 * workbook reader (not its streaming reader, exceljs#1919:
 * https://github.com/exceljs/exceljs/issues/1919) gives as row.hidden and column.hidden,
 * a <col min max> span as one column each (Column.fromModel).
 */
export function hiddenLines(ws: ExcelJS.Worksheet, top: number, bottom: number, left: number, right: number): { hiddenRows: number[]; hiddenColumns: number[] } {
  const hiddenRows: number[] = [];
  for (let r = top; r <= bottom; r++) if (ws.findRow(r)?.hidden) hiddenRows.push(r - 1);
  const columns = (ws.columns as ExcelJS.Column[] | null) ?? [];
  const hiddenColumns: number[] = [];
  for (let c = left; c <= right; c++) if (columns[c - 1]?.hidden) hiddenColumns.push(c - 1);
  return { hiddenRows, hiddenColumns };
}

export function mergedRects(ws: ExcelJS.Worksheet): Rect[] {
  // ExcelJS keeps merges in a private index; the public `model` getter would rebuild every row.
  return Object.values(internals(ws)._merges)
    .filter((m): m is { range: string } => !!m)
    .map((m) => parseAddress(m.range));
}
