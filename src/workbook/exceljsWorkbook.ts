import ExcelJS from "exceljs";
import { isIsoDate, isoToSerial } from "../core/localDate";
import { type CellValue, isDateCell, type RawValue } from "../core/cellValue";
import { touchedRowCount, type SheetSpec } from "../core/sheetSpec";
import type { Rect } from "../core/rect";
import { printScale } from "../core/printScale";
import { cellAddress, columnLetters, normalizeRangeAddress, parseAddress, rectAddress } from "../core/address";
import { resolveCellStyles, type ResolvedStyle } from "./cellStyleGrid";
import { cellRuns, formatFor } from "./cellWrites";
import { replacedIndexes, requireDistinctNames, temporaryNames } from "./sheetNames";
import {
  fillRects,
  isValidSheetName,
  throwIfCancelled,
  WorkbookError,
  type CellWrite,
  type ReadOptions,
  type ReadProgress,
  type ReplaceOptions,
  type WorkbookPort,
  type WriteOptions,
  type WriteProgress,
  wantsNumberFormats,
} from "./port";
import type { SheetData } from "../core/sheetData";

/** ExcelJS members its typings omit: sheet order, range-keyed validations, the merge index. */
type WorksheetInternals = ExcelJS.Worksheet & {
  orderNo: number;
  dataValidations: { add(address: string, dv: ExcelJS.DataValidation): void };
  _merges: Record<string, { range: string } | undefined>;
};
const internals = (ws: ExcelJS.Worksheet) => ws as WorksheetInternals;

/** A sheet view as ExcelJS reads and writes it, with the members its typings leave out. */
type SheetView = Partial<ExcelJS.WorksheetView> & { tabSelected?: boolean; topLeftCell?: string; xSplit?: number; ySplit?: number };

/** Rows kept above a selected cell when the view is scrolled to it. */
const ROWS_ABOVE_SELECTION = 5;
/** Columns a selected cell may lie right of the frozen ones before the view scrolls sideways. */
const COLS_BEFORE_SCROLL = 8;

const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const PAPER_A4 = 9;

/** The ExcelJS adapter: .xlsx files for the CLI, the tests and the bench. */
export class ExcelJsWorkbook implements WorkbookPort {
  constructor(readonly workbook: ExcelJS.Workbook = new ExcelJS.Workbook()) {}

  static async fromFile(path: string): Promise<ExcelJsWorkbook> {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path);
    return new ExcelJsWorkbook(wb);
  }

  static async fromBuffer(data: ArrayBuffer | Uint8Array): Promise<ExcelJsWorkbook> {
    const wb = new ExcelJS.Workbook();
    // ExcelJS's typings want its own Buffer alias; a Uint8Array is what it reads.
    await wb.xlsx.load(data as unknown as ArrayBuffer);
    return new ExcelJsWorkbook(wb);
  }

  async saveAs(path: string): Promise<void> {
    await this.workbook.xlsx.writeFile(path);
  }

  async toBuffer(): Promise<Uint8Array> {
    return new Uint8Array(await this.workbook.xlsx.writeBuffer());
  }

  async listSheets(): Promise<string[]> {
    return this.workbook.worksheets.map((ws) => ws.name);
  }

  async readSheet(name: string, options: ReadOptions = {}): Promise<SheetData | null> {
    throwIfCancelled(options.signal);
    const ws = this.workbook.getWorksheet(name);
    if (!ws) return null;
    return readWorksheet(ws, name, options);
  }

  async readSheets(names: readonly string[], options: ReadOptions = {}, onProgress?: (p: ReadProgress) => void): Promise<(SheetData | null)[]> {
    throwIfCancelled(options.signal);
    // One by one: the signal is looked at before each sheet (readSheet does).
    const out: (SheetData | null)[] = [];
    for (const name of names) out.push(await this.readSheet(name, options));
    const rows = out.reduce((n, d) => n + (d?.values.length ?? 0), 0);
    onProgress?.({ rowsRead: rows, rowsTotal: rows });
    return out;
  }

  async writeSheet(spec: SheetSpec, options: WriteOptions = {}, onProgress?: (p: WriteProgress) => void): Promise<void> {
    if (!isValidSheetName(spec.name)) throw new WorkbookError("INVALID_NAME", spec.name, `Invalid sheet name: ${spec.name}`);
    const existing = this.workbook.getWorksheet(spec.name);
    if (existing && !options.replace) throw new WorkbookError("SHEET_EXISTS", spec.name, `Sheet exists: ${spec.name}`);
    const [ws] = this.build([spec], onProgress);
    if (options.position !== undefined) this.moveSheet(ws, options.position);
    if (options.activate) this.activate(ws);
  }

  async replaceSheets(specs: readonly SheetSpec[], onProgress?: (p: WriteProgress) => void, options: ReplaceOptions = {}): Promise<void> {
    requireDistinctNames(specs);
    throwIfCancelled(options.signal);
    if (specs.length > 0) this.build(specs, onProgress, options.signal);
  }

  async writeCells(sheet: string, cells: readonly CellWrite[]): Promise<void> {
    const runs = cellRuns(cells);
    const ws = this.requireSheet(sheet);
    for (const run of runs) {
      run.values.forEach((v, i) => {
        const cell = ws.getCell(run.row + i + 1, run.col + 1);
        const numFmt = formatFor(v, cell.numFmt || undefined);
        // A copy: cells written from one spec share their style objects.
        if (numFmt !== null && numFmt !== cell.numFmt) cell.style = { ...cell.style, numFmt };
        cell.value = toCellValue(v);
      });
    }
  }

  async addSheet(name: string): Promise<void> {
    if (!isValidSheetName(name)) throw new WorkbookError("INVALID_NAME", name, `Invalid sheet name: ${name}`);
    if (this.workbook.getWorksheet(name)) throw new WorkbookError("SHEET_EXISTS", name, `Sheet exists: ${name}`);
    this.workbook.addWorksheet(name);
  }

  async renameSheet(from: string, to: string): Promise<void> {
    const ws = this.requireSheet(from);
    if (!isValidSheetName(to)) throw new WorkbookError("INVALID_NAME", to, `Invalid sheet name: ${to}`);
    if (from !== to && this.workbook.getWorksheet(to)) throw new WorkbookError("SHEET_EXISTS", to, `Sheet exists: ${to}`);
    ws.name = to;
  }

  async deleteSheet(name: string): Promise<void> {
    this.workbook.removeWorksheet(this.requireSheet(name).id);
  }

  async selectCell(sheet: string, address: string): Promise<void> {
    const local = normalizeRangeAddress(address);
    const ws = this.requireSheet(sheet);
    if (ws.state === "hidden" || ws.state === "veryHidden") throw new WorkbookError("HOST_ERROR", sheet, `A hidden sheet cannot be activated: ${sheet}`);
    this.activate(ws);
    // The file keeps one active cell per view (ExcelJS writes it as the selection too): a range's top-left.
    const at = parseAddress(local);
    const [first, ...rest] = (ws.views ?? []) as SheetView[];
    const view: SheetView = { ...(first ?? { state: "normal" }), activeCell: cellAddress(at.row, at.col) };
    if (view.state === "frozen") {
      // Scroll the unfrozen pane to the cell. (ExcelJS writes no scroll position for a normal view.)
      const ySplit = view.ySplit ?? 0;
      const xSplit = view.xSplit ?? 0;
      const top = Math.max(ySplit, at.row - ROWS_ABOVE_SELECTION);
      const left = at.col < xSplit + COLS_BEFORE_SCROLL ? xSplit : at.col - 2;
      view.topLeftCell = cellAddress(top, left);
    }
    ws.views = [view, ...rest] as ExcelJS.WorksheetView[];
  }

  /** Makes `ws` the open tab, and the only selected one (two selected tabs would group the sheets). */
  private activate(ws: ExcelJS.Worksheet): void {
    const sheets = this.workbook.worksheets;
    const index = sheets.indexOf(ws);
    const book = { ...(this.workbook.views?.[0] ?? {}), activeTab: index } as ExcelJS.WorkbookView;
    if (book.firstSheet !== undefined && book.firstSheet > index) book.firstSheet = index;
    this.workbook.views = [book, ...(this.workbook.views ?? []).slice(1)];
    for (const w of sheets) {
      const [first, ...rest] = (w.views ?? []) as SheetView[];
      if (w === ws) w.views = [{ ...(first ?? { state: "normal" }), tabSelected: true }, ...rest] as ExcelJS.WorksheetView[];
      else if (first?.tabSelected) w.views = [{ ...first, tabSelected: false }, ...rest] as ExcelJS.WorksheetView[];
    }
  }

  /**
   * Builds every spec under a temporary name; only when all are built do they replace the
   * sheets of their names (taking their places; new ones go last, in spec order). A failure
   * on the way, or a fired signal (looked at before each sheet and before the swap: in memory,
   * only a callback such as onProgress can fire it meanwhile), removes the temporary sheets
   * and leaves the others as they were.
   */
  private build(specs: readonly SheetSpec[], onProgress?: (p: WriteProgress) => void, signal?: AbortSignal): ExcelJS.Worksheet[] {
    const sheets = this.workbook.worksheets;
    const names = sheets.map((w) => w.name);
    const temps = temporaryNames(specs, names);
    const rowsTotal = specs.reduce((n, s) => n + s.cells.length, 0);
    const built: ExcelJS.Worksheet[] = [];
    let rowsWritten = 0;
    try {
      specs.forEach((spec, i) => {
        throwIfCancelled(signal);
        const ws = this.workbook.addWorksheet(temps[i]);
        built.push(ws);
        writeWorksheet(ws, spec);
        rowsWritten += spec.cells.length;
        onProgress?.({ rowsWritten, rowsTotal });
      });
      throwIfCancelled(signal);
    } catch (e) {
      for (const ws of built) this.workbook.removeWorksheet(ws.id);
      throw e;
    }
    const replaced = replacedIndexes(specs, names);
    const order = [...sheets];
    replaced.forEach((at, i) => {
      if (at < 0) {
        order.push(built[i]);
        return;
      }
      const old = sheets[at];
      order[at] = built[i];
      // The open tab stays the open tab.
      if ((old.views?.[0] as SheetView | undefined)?.tabSelected) {
        const [own, ...more] = (built[i].views ?? []) as SheetView[];
        built[i].views = [{ ...(own ?? { state: "normal" }), tabSelected: true }, ...more] as ExcelJS.WorksheetView[];
      }
      this.workbook.removeWorksheet(old.id);
    });
    built.forEach((ws, i) => (ws.name = specs[i].name));
    order.forEach((w, i) => (internals(w).orderNo = i + 1));
    return built;
  }

  private moveSheet(ws: ExcelJS.Worksheet, position: number): void {
    const order = this.workbook.worksheets.filter((w) => w !== ws);
    order.splice(Math.max(0, Math.min(position, order.length)), 0, ws);
    order.forEach((w, i) => (internals(w).orderNo = i + 1));
  }

  private requireSheet(name: string): ExcelJS.Worksheet {
    const ws = this.workbook.getWorksheet(name);
    if (!ws) throw new WorkbookError("SHEET_MISSING", name, `No sheet: ${name}`);
    return ws;
  }
}

function toRaw(v: ExcelJS.CellValue): RawValue {
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

function fillColor(cell: ExcelJS.Cell): string | null {
  const fill = cell.fill;
  if (!fill || fill.type !== "pattern" || fill.pattern === "none") return null;
  const color = fill.fgColor;
  if (color?.argb) return `#${color.argb.slice(-6).toUpperCase()}`;
  // Theme colours cannot be resolved without the theme part; the cell is still visibly filled.
  if (color && "theme" in color) return `theme:${String((color as { theme: number }).theme)}`;
  return "filled";
}

function readWorksheet(ws: ExcelJS.Worksheet, name: string, options: ReadOptions): SheetData {
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
function visibilityOf(ws: ExcelJS.Worksheet): NonNullable<SheetData["visibility"]> {
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
function hiddenLines(ws: ExcelJS.Worksheet, top: number, bottom: number, left: number, right: number): { hiddenRows: number[]; hiddenColumns: number[] } {
  const hiddenRows: number[] = [];
  for (let r = top; r <= bottom; r++) if (ws.findRow(r)?.hidden) hiddenRows.push(r - 1);
  const columns = (ws.columns as ExcelJS.Column[] | null) ?? [];
  const hiddenColumns: number[] = [];
  for (let c = left; c <= right; c++) if (columns[c - 1]?.hidden) hiddenColumns.push(c - 1);
  return { hiddenRows, hiddenColumns };
}

function mergedRects(ws: ExcelJS.Worksheet): Rect[] {
  // ExcelJS keeps merges in a private index; the public `model` getter would rebuild every row.
  return Object.values(internals(ws)._merges)
    .filter((m): m is { range: string } => !!m)
    .map((m) => parseAddress(m.range));
}

function toCellValue(v: CellValue): ExcelJS.CellValue {
  if (v === null) return null;
  if (isDateCell(v)) {
    if (!isIsoDate(v.date)) throw new Error(`Not an ISO date: ${v.date}`);
    return isoToSerial(v.date);
  }
  return v;
}

const argb = (hex: string) => `FF${hex.replace("#", "").toUpperCase()}`;

function borderSide(kind: string | undefined): Partial<ExcelJS.Border> | undefined {
  if (!kind || kind === "none") return undefined;
  return { style: kind as ExcelJS.BorderStyle, color: { argb: "FF000000" } };
}

function toExcelJsStyle(s: ResolvedStyle, isText: boolean): Partial<ExcelJS.Style> {
  const out: Partial<ExcelJS.Style> = {};
  const font: Partial<ExcelJS.Font> = {};
  if (s.fontName) font.name = s.fontName;
  if (s.fontSize) font.size = s.fontSize;
  if (s.bold) font.bold = true;
  if (s.italic) font.italic = true;
  if (s.underline) font.underline = true;
  if (s.fontColor) font.color = { argb: argb(s.fontColor) };
  if (Object.keys(font).length) out.font = font;
  if (s.fill) out.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(s.fill) } };
  const alignment: Partial<ExcelJS.Alignment> = {};
  if (s.hAlign) alignment.horizontal = s.hAlign;
  if (s.vAlign) alignment.vertical = s.vAlign;
  if (s.wrap) alignment.wrapText = true;
  if (Object.keys(alignment).length) out.alignment = alignment;
  const border: Partial<ExcelJS.Borders> = {};
  const t = borderSide(s.top);
  const b = borderSide(s.bottom);
  const l = borderSide(s.left);
  const r = borderSide(s.right);
  if (t) border.top = t;
  if (b) border.bottom = b;
  if (l) border.left = l;
  if (r) border.right = r;
  if (Object.keys(border).length) out.border = border;
  // Text cells carry "@" like the Office adapter writes them, so Excel keeps them text on edit.
  const numFmt = isText ? "@" : s.numberFormat;
  if (numFmt) out.numFmt = numFmt;
  return out;
}

/**
 * "A$1:R$120": ExcelJS writes the print area as '<sheet>'!$<first>:$<last>, so rows marked
 * here make the defined name fully absolute ($A$1:$R$120), as Excel writes it.
 */
function absoluteArea(r: Rect): string {
  const corner = (row: number, col: number) => `${columnLetters(col)}$${row + 1}`;
  return `${corner(r.row, r.col)}:${corner(r.row + r.rows - 1, r.col + r.cols - 1)}`;
}

function writeWorksheet(ws: ExcelJS.Worksheet, spec: SheetSpec): void {
  spec.cells.forEach((line, r) => {
    if (!line.length) return;
    const row = ws.getRow(r + 1);
    line.forEach((v, c) => {
      if (v !== null && v !== undefined) row.getCell(c + 1).value = toCellValue(v);
    });
  });
  for (const m of spec.merges ?? []) ws.mergeCellsWithoutStyle(m.row + 1, m.col + 1, m.row + m.rows, m.col + m.cols);

  const styles = resolveCellStyles(spec.formats ?? []);
  const textCells = new Set<string>();
  spec.cells.forEach((line, r) => line.forEach((v, c) => typeof v === "string" && textCells.add(`${r},${c}`)));
  // Cells sharing a resolved style share one ExcelJS style object: less memory, smaller styles.xml.
  const cache = new Map<string, Partial<ExcelJS.Style>>();
  const styleFor = (s: ResolvedStyle, isText: boolean) => {
    const key = JSON.stringify(s) + (isText ? "@" : "");
    let out = cache.get(key);
    if (!out) cache.set(key, (out = toExcelJsStyle(s, isText)));
    return out;
  };
  for (const [r, line] of styles) {
    const row = ws.getRow(r + 1);
    for (const [c, s] of line) row.getCell(c + 1).style = styleFor(s, textCells.delete(`${r},${c}`));
  }
  for (const key of textCells) {
    const [r, c] = key.split(",").map(Number);
    ws.getRow(r + 1).getCell(c + 1).numFmt = "@";
  }

  spec.columnWidths?.forEach((w, c) => (ws.getColumn(c + 1).width = fileColumnWidth(w)));
  for (const c of spec.hiddenColumns ?? []) ws.getColumn(c + 1).hidden = true;
  // A file cannot ask its reader to fit rows (autofitRows): the spec's estimates stand in.
  if (spec.defaultRowHeight) {
    const rows = touchedRowCount(spec);
    for (let r = 0; r < rows; r++) ws.getRow(r + 1).height = spec.defaultRowHeight;
  }
  for (const { row, height } of spec.rowHeights ?? []) ws.getRow(row + 1).height = height;

  // Like Office, where each added rule goes on top: a later fill wins where two overlap.
  const fills = spec.conditionalFills ?? [];
  fills.forEach((f, i) => {
    const color = { argb: argb(f.fill) };
    ws.addConditionalFormatting({
      ref: rectAddress(f.range),
      rules: [
        {
          type: "expression",
          priority: fills.length - i,
          // Relative to the range's top-left cell: each cell tests itself.
          formulae: [`LEN(${cellAddress(f.range.row, f.range.col)})>0`],
          // A differential fill's colour is bgColor for Excel; fgColor too for other readers.
          style: { fill: { type: "pattern", pattern: "solid", fgColor: color, bgColor: color } },
        },
      ],
    });
  });

  for (const v of spec.validations ?? []) {
    const formula = v.items ? `"${v.items.join(",")}"` : (v.source ?? "").replace(/^=/, "");
    const dv: ExcelJS.DataValidation = {
      type: "list",
      allowBlank: v.allowBlank ?? true,
      formulae: [formula],
      showErrorMessage: true,
      errorStyle: "stop",
    };
    if (v.errorMessage) dv.error = v.errorMessage;
    if (v.prompt) {
      dv.prompt = v.prompt;
      dv.showInputMessage = true;
    }
    internals(ws).dataValidations.add(rectAddress(v.range), dv);
  }

  if (spec.freeze) ws.views = [{ state: "frozen", xSplit: spec.freeze.cols, ySplit: spec.freeze.rows }];
  const p = spec.print;
  if (p) {
    const scale = printScale(spec);
    ws.pageSetup = {
      ...ws.pageSetup,
      paperSize: PAPER_A4,
      orientation: p.orientation,
      // A scale of our own rather than fit-to-pages, as the Office adapter writes (see printScale).
      ...(scale !== undefined ? { fitToPage: false, scale } : {}),
      ...(p.repeatRows ? { printTitlesRow: `${p.repeatRows.from + 1}:${p.repeatRows.to + 1}` } : {}),
      ...(p.margins ? { margins: { ...p.margins, header: 0.3, footer: 0.3 } } : {}),
      horizontalCentered: !!p.centerHorizontally,
    };
    if (p.centerFooter) ws.headerFooter = { ...ws.headerFooter, oddFooter: `&C${p.centerFooter}` };
  }
  if (spec.printArea) ws.pageSetup.printArea = absoluteArea(spec.printArea);
  if (spec.tabColor) ws.properties.tabColor = { argb: argb(spec.tabColor) };
}

/**
 * A file's column width counts the 5 px of cell padding on top of the characters Excel shows
 * (MS-OI29500 2.1.598 on ECMA-376 §18.3.1.13:
 * https://learn.microsoft.com/openspecs/office_standards/ms-oi29500/727f4736-6cba-40e3-b4d3-ce319885780e),
 * so N characters are written as N + 5/7 at Calibri 11's 7 px digit: the width the add-in sets
 * through Office.js, (7N + 5) px, and the one printScale measures.
 */
export function fileColumnWidth(chars: number): number {
  return Math.round((chars + 5 / 7) * 256) / 256;
}
