import ExcelJS from "exceljs";
import type { SheetSpec } from "../core/sheetSpec";
import { cellAddress, normalizeRangeAddress, parseAddress } from "../core/address";
import { cellRuns, formatFor } from "./cellWrites";
import { internals, readWorksheet } from "./exceljsRead";
import { toCellValue, writeWorksheet } from "./exceljsWrite";
import { type CellWrite, type ReadOptions, type ReadProgress, type ReplaceOptions, WorkbookError, type WorkbookPort, type WriteOptions, type WriteProgress, isValidSheetName, throwIfCancelled } from "./port";
import type { SheetData } from "../core/sheetData";
import { replacedIndexes, requireDistinctNames, temporaryNames } from "./sheetNames";

/** A sheet view as ExcelJS reads and writes it, with the members its typings leave out. */
export type SheetView = Partial<ExcelJS.WorksheetView> & { tabSelected?: boolean; topLeftCell?: string; xSplit?: number; ySplit?: number };

/** Rows kept above a selected cell when the view is scrolled to it. */
export const ROWS_ABOVE_SELECTION = 5;

/** Columns a selected cell may lie right of the frozen ones before the view scrolls sideways. */
export const COLS_BEFORE_SCROLL = 8;

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
    if (specs.length > 0) this.build(specs, onProgress, options.signal, options.together);
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
   * sheets of their names (taking their places; new ones go last, in spec order; all of them
   * last, in spec order, when `together`). A failure
   * on the way, or a fired signal (looked at before each sheet and before the swap: in memory,
   * only a callback such as onProgress can fire it meanwhile), removes the temporary sheets
   * and leaves the others as they were.
   */
  private build(specs: readonly SheetSpec[], onProgress?: (p: WriteProgress) => void, signal?: AbortSignal, together = false): ExcelJS.Worksheet[] {
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
    const placed = together ? [...order.filter((w) => !built.includes(w)), ...built] : order;
    placed.forEach((w, i) => (internals(w).orderNo = i + 1));
    // The open tab is kept by its index: it follows its sheet when sheets moved.
    const book = this.workbook.views?.[0];
    const open = book?.activeTab === undefined ? undefined : order[book.activeTab];
    if (together && book && open) this.workbook.views = [{ ...book, activeTab: placed.indexOf(open) }, ...this.workbook.views.slice(1)];
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
