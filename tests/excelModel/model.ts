/**
 * An in-memory stand-in for the part of the Excel JavaScript API (Office.js) that the Office
 * workbook adapter uses. It keeps Office's deferred model (queue, then `context.sync()`), so code
 * that forgets a load or syncs in a loop fails or shows up in `stats` here as it would in Excel.
 *
 * A browser end-to-end test installs it as the global `Excel`: no Node-only APIs. Each Excel rule
 * it imitates is in register.ts with its evidence; `applies(id)` marks where the model acts on one.
 */
import type { Rect } from "../../src/reports/sheetSpec";
import { columnLetters, parseAddress, rectAddress } from "../../src/workbook/address";
import { applies } from "./register";

// ---------------------------------------------------------------------------------------------
// Limits and sizes Excel imposes or defaults to

const MAX_ROWS = 1_048_576;
const MAX_COLS = 16_384;
/** Excel on the web rejects requests and responses above 5 MB. */
export const FAKE_PAYLOAD_LIMIT_BYTES = 5_000_000;
/** Roughly what one serialized action costs in an Office.js request besides its arguments. */
const ACTION_OVERHEAD_BYTES = 80;
/** Excel returns nothing useful for reads of more cells than this. */
const MAX_CELLS_PER_READ = 5_000_000;
/** Guard against formatting whole columns cell by cell, which this sparse fake cannot afford. */
const MAX_CELLS_PER_FORMAT = 2_000_000;
const DEFAULT_COLUMN_WIDTH_PT = 48;
const DEFAULT_ROW_HEIGHT_PT = 15;
const NO_FILL = "#FFFFFF";

// ---------------------------------------------------------------------------------------------
// Errors shaped like OfficeExtension.Error

export class FakeExcelError extends Error {
  readonly code: string;
  readonly debugInfo: OfficeExtension.DebugInfo;

  constructor(code: string, message: string, errorLocation?: string) {
    super(message);
    this.name = "RichApi.Error";
    this.code = code;
    this.debugInfo = { code, message, errorLocation };
  }
}

function notImplemented(what: string): Error {
  return new Error(`fake Excel: ${what} not implemented`);
}

function invalidArgument(message: string): FakeExcelError {
  return new FakeExcelError("InvalidArgument", message);
}

// ---------------------------------------------------------------------------------------------
// Workbook state: what a test seeds and inspects directly

export type BorderEdge = "EdgeTop" | "EdgeBottom" | "EdgeLeft" | "EdgeRight";

export interface BorderState {
  style: string;
  weight: string;
  color: string;
}

export interface FontState {
  name?: string;
  size?: number;
  bold?: boolean;
  italic?: boolean;
  underline?: string;
  color?: string;
}

export interface CellState {
  /** "" when the cell holds nothing; a formula cell holds its (fake) computed value. */
  value: string | number | boolean;
  isFormula: boolean;
  formula?: string;
  numberFormat: string;
  font: FontState;
  /** #RRGGBB; undefined for no fill */
  fill?: string;
  horizontalAlignment?: string;
  verticalAlignment?: string;
  wrapText?: boolean;
  borders: Partial<Record<BorderEdge, BorderState>>;
}

export interface ValidationState {
  range: Rect;
  rule: Excel.DataValidationRule;
  ignoreBlanks: boolean;
  errorAlert?: Excel.DataValidationErrorAlert;
  prompt?: Excel.DataValidationPrompt;
}

export interface PageSetupState {
  orientation: string;
  paperSize: string;
  zoom: Excel.PageLayoutZoomOptions;
  /** e.g. "$1:$3", or null when no rows repeat */
  printTitleRows: string | null;
  centerFooter: string;
  /** Margins in points. */
  leftMargin: number;
  rightMargin: number;
  topMargin: number;
  bottomMargin: number;
  centerHorizontally: boolean;
  /** The print area as a local address ("A1:R120"), or null when the whole used range prints. */
  printArea: string | null;
}

/** A conditional format (only the Custom kind, a formula rule with a fill, is modelled). */
export interface ConditionalFormatState {
  readonly type: "Custom";
  readonly range: Rect;
  /** e.g. "=LEN(G8)>0", relative references counted from the range's top-left cell */
  formula?: string;
  /** #RRGGBB */
  fill?: string;
}

export class SheetState {
  visibility: "Visible" | "Hidden" | "VeryHidden" = "Visible";
  /** "" means automatic, as Excel reports it. */
  tabColor = "";
  /** Sparse: keyed by row * MAX_COLS + col. */
  readonly cells = new Map<number, CellState>();
  merges: Rect[] = [];
  /** Highest priority first: Excel puts a new conditional format on top. */
  conditionalFormats: ConditionalFormatState[] = [];
  /** Zero-based columns hidden. */
  readonly hiddenColumns = new Set<number>();
  /** Zero-based rows hidden, by the user or by a filter (the fake does not tell them apart). */
  readonly hiddenRows = new Set<number>();
  /** Row spans (zero-based, inclusive) whose heights were autofitted, in call order. */
  readonly autofitSpans: { from: number; to: number }[] = [];
  /** Points, only for columns given a width. */
  readonly columnWidths = new Map<number, number>();
  /** Points, only for rows given a height. */
  readonly rowHeights = new Map<number, number>();
  validations: ValidationState[] = [];
  freeze: { rows: number; cols: number } | null = null;
  /** The selected range as Excel reports it without the sheet ("D12", "B3:C4"); A1 in a new sheet. */
  selection = "A1";
  /** Excel's defaults for a new sheet (applies("page-defaults") when read back untouched). */
  readonly pageLayout: PageSetupState = {
    orientation: "Portrait",
    paperSize: "Letter",
    zoom: { scale: 100 },
    printTitleRows: null,
    centerFooter: "",
    leftMargin: 0.7 * 72,
    rightMargin: 0.7 * 72,
    topMargin: 0.75 * 72,
    bottomMargin: 0.75 * 72,
    centerHorizontally: false,
    printArea: null,
  };

  constructor(
    readonly id: string,
    public name: string,
  ) {}

  cell(row: number, col: number): CellState | undefined {
    return this.cells.get(row * MAX_COLS + col);
  }

  ensureCell(row: number, col: number): CellState {
    const key = row * MAX_COLS + col;
    let c = this.cells.get(key);
    if (!c) {
      c = { value: "", isFormula: false, numberFormat: "General", font: {}, borders: {} };
      this.cells.set(key, c);
    }
    return c;
  }

  /**
   * The fill the sheet's conditional formats give a cell, highest priority first, as Excel
   * would evaluate them; undefined when none applies. Rules understood: =LEN(ref)>0 and
   * =ref<>"" with relative or absolute references.
   */
  conditionalFillAt(row: number, col: number): string | undefined {
    for (const cf of this.conditionalFormats) {
      const { range } = cf;
      if (row < range.row || row >= range.row + range.rows || col < range.col || col >= range.col + range.cols) continue;
      if (cf.formula === undefined || cf.fill === undefined) continue;
      const ref = nonBlankRule(cf.formula);
      const r = ref.rowAbsolute ? ref.row : ref.row + row - range.row;
      const c = ref.colAbsolute ? ref.col : ref.col + col - range.col;
      const cell = this.cell(r, c);
      if (cell && (cell.value !== "" || cell.isFormula)) return cf.fill;
    }
    return undefined;
  }

  /** Bounding box of cells holding a value (valuesOnly) or anything at all; null when none. */
  usedRect(valuesOnly: boolean): Rect | null {
    let r0 = Infinity;
    let c0 = Infinity;
    let r1 = -1;
    let c1 = -1;
    for (const [key, cell] of this.cells) {
      if (valuesOnly && cell.value === "" && !cell.isFormula) continue;
      const row = Math.floor(key / MAX_COLS);
      const col = key % MAX_COLS;
      r0 = Math.min(r0, row);
      c0 = Math.min(c0, col);
      r1 = Math.max(r1, row);
      c1 = Math.max(c1, col);
    }
    return r1 < 0 ? null : { row: r0, col: c0, rows: r1 - r0 + 1, cols: c1 - c0 + 1 };
  }
}

export class WorkbookState {
  readonly sheets: SheetState[] = [];
  active: SheetState | null = null;
  private nextId = 1;
  /** The code a sheet added or renamed onto a taken name fails with (FakeExcelOptions.renameClashCode). */
  clashCode = "ItemAlreadyExists";

  /** Excel compares sheet names case-insensitively. */
  find(nameOrId: string): SheetState | undefined {
    const key = nameOrId.toLowerCase();
    const found = this.sheets.find((s) => s.name.toLowerCase() === key || s.id === nameOrId);
    if (found && found.name !== nameOrId && found.id !== nameOrId) applies("sheet-names-ignore-case");
    return found;
  }

  clash(name: string): FakeExcelError {
    applies("sheet-clash-code");
    return new FakeExcelError(this.clashCode, `A sheet named '${name}' already exists.`);
  }

  addSheet(name: string): SheetState {
    checkSheetName(name);
    if (this.find(name)) throw this.clash(name);
    const sheet = new SheetState(`{fake-sheet-${this.nextId++}}`, name);
    this.sheets.push(sheet);
    this.active ??= sheet;
    return sheet;
  }

  removeSheet(sheet: SheetState): void {
    const visible = this.sheets.filter((s) => s.visibility === "Visible");
    if (visible.length === 1 && visible[0] === sheet) {
      applies("last-visible-sheet");
      throw new FakeExcelError("InvalidOperation", "A workbook must contain at least one visible worksheet.");
    }
    const i = this.sheets.indexOf(sheet);
    this.sheets.splice(i, 1);
    if (this.active === sheet) {
      this.active = this.sheets.slice(Math.max(0, i - 1)).find((s) => s.visibility === "Visible") ?? null;
    }
  }

  nextDefaultName(): string {
    for (let n = this.sheets.length + 1; ; n++) if (!this.find(`Sheet${n}`)) return `Sheet${n}`;
  }
}

export type SeedValue = string | number | boolean | null;

export interface SeedOptions {
  numberFormats?: (string | null | undefined)[][];
  /** #RRGGBB or null for no fill */
  fills?: (string | null | undefined)[][];
  /** Zero-based rows the user hid (added to those already hidden). */
  hiddenRows?: readonly number[];
  /** Zero-based columns the user hid (added to those already hidden). */
  hiddenColumns?: readonly number[];
}

/**
 * Puts content straight into a sheet's state, as a user's typing would have left it: no
 * request, no sync, no value rules (text stays text). Rows and columns start at A1.
 */
export function seedCells(sheet: SheetState, rows: readonly (readonly SeedValue[])[], options: SeedOptions = {}): void {
  for (const r of options.hiddenRows ?? []) sheet.hiddenRows.add(checkIndex(r, MAX_ROWS, "row"));
  for (const c of options.hiddenColumns ?? []) sheet.hiddenColumns.add(checkIndex(c, MAX_COLS, "column"));
  const height = Math.max(rows.length, options.numberFormats?.length ?? 0, options.fills?.length ?? 0);
  for (let r = 0; r < height; r++) {
    const width = Math.max(rows[r]?.length ?? 0, options.numberFormats?.[r]?.length ?? 0, options.fills?.[r]?.length ?? 0);
    for (let c = 0; c < width; c++) {
      const v = rows[r]?.[c] ?? null;
      const nf = options.numberFormats?.[r]?.[c];
      const fill = options.fills?.[r]?.[c];
      if (v === null && !nf && !fill) continue;
      const cell = sheet.ensureCell(r, c);
      if (v !== null) cell.value = v;
      if (nf) cell.numberFormat = nf;
      if (fill) cell.fill = fill.toUpperCase();
    }
  }
}

function checkIndex(i: number, limit: number, what: string): number {
  if (!Number.isInteger(i) || i < 0 || i >= limit) throw new Error(`fake Excel: no ${what} ${i} to hide`);
  return i;
}

/** The cell a "this cell is not blank" rule looks at; anything else is beyond the fake. */
function nonBlankRule(formula: string): { row: number; col: number; rowAbsolute: boolean; colAbsolute: boolean } {
  const m =
    /^=\s*LEN\(\s*(\$?)([A-Za-z]{1,3})(\$?)(\d+)\s*\)\s*>\s*0\s*$/.exec(formula) ??
    /^=\s*(\$?)([A-Za-z]{1,3})(\$?)(\d+)\s*<>\s*""\s*$/.exec(formula);
  if (!m) throw notImplemented(`evaluating the conditional format formula ${formula}`);
  const at = parseAddress(`${m[2]}${m[4]}`);
  return { row: at.row, col: at.col, colAbsolute: m[1] === "$", rowAbsolute: m[3] === "$" };
}

/**
 * A rough autofit: per row, the tallest non-empty cell of the span's columns, a wrapped cell
 * taking ceil(length × size × 0.55 / column width) lines of size × 1.5 points each, an
 * unwrapped one a single line; at least the default 15 points, at most Excel's 409. Merged
 * cells are not measured at all ("You cannot use the AutoFit feature for rows or columns that
 * contain merged cells": https://learn.microsoft.com/office/troubleshoot/excel/wrap-text-not-adjust-row-height),
 * so a row whose text is merged shrinks to its other cells: the clipped paragraph real Excel shows.
 */
function autofitRowHeights(sheet: SheetState, rect: Rect): void {
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
    const text = String(cell.value);
    const lines = cell.wrapText
      ? text.split("\n").reduce((n, part) => n + Math.max(1, Math.ceil((part.length * size * 0.55) / Math.max(1, width))), 0)
      : 1;
    tallest.set(row, Math.max(tallest.get(row) ?? 0, lines * size * 1.5));
  }
  for (let r = rect.row; r < rect.row + rect.rows; r++) {
    sheet.rowHeights.set(r, Math.min(409, Math.max(DEFAULT_ROW_HEIGHT_PT, tallest.get(r) ?? 0)));
  }
  if (rect.rows > 0) applies("sizes-in-points");
}

function checkSheetName(name: string): void {
  applies("sheet-name-rules");
  if (name.length === 0 || name.length > 31 || /[:\\/?*[\]]/.test(name) || name.startsWith("'") || name.endsWith("'")) {
    throw invalidArgument(`'${name}' is not a valid worksheet name.`);
  }
}

// ---------------------------------------------------------------------------------------------
// Stats and the fake itself

export interface FakeRequestStat {
  /** requestBytes + responseBytes */
  bytes: number;
  requestBytes: number;
  responseBytes: number;
}

export interface FakeExcelStats {
  syncs: number;
  /** Proxy objects created (ranges, formats, worksheets, collection items, ...). */
  proxies: number;
  /** Actions queued: property sets, method calls and loads. */
  operations: number;
  requests: FakeRequestStat[];
  maxRequestBytes: number;
}

export interface FakeExcel {
  readonly workbook: WorkbookState;
  readonly stats: FakeExcelStats;
  /** Same shape as Excel.run; a batch's leftover queue is synced when it returns, as Office does. */
  run<T>(batch: FakeBatch<T>): Promise<T>;
  /**
   * Excel.run(context, batch): the batch runs on an earlier batch's context, which is the only
   * context that can remove the event handlers added in it.
   */
  run<T>(context: OfficeExtension.ClientRequestContext, batch: FakeBatch<T>): Promise<T>;
  resetStats(): void;
  /** Make the nth sync from now (1 = the next one) reject with `error`, applying nothing. */
  failOnSync(n: number, error?: Error): void;
  /**
   * Every sync from now takes `ms` before it applies, as a round trip to Excel on the web does:
   * lets a browser test press ยกเลิก while a run is under way.
   */
  setLatency(ms: number): void;
  /**
   * Make the first sync from now whose queued actions (labelled "Worksheet.delete",
   * "Range.values", …) pass `test` reject with `error`, applying nothing: aims a failure at one
   * kind of request whatever else (an event handler's read) syncs meanwhile.
   */
  failOnSyncWhere(test: (labels: readonly string[]) => boolean, error?: Error): void;
  /**
   * Make the nth action run from now (1 = the next one; loads, lookups, sets and calls each
   * count one, in queue order across syncs) fail its sync with a FakeExcelError of `code`:
   * the actions before it in that request stay applied, as the fake always does.
   */
  failAtAction(n: number, code?: string): void;
  /**
   * A user typing into `address` ("B3", "A1:C2") of a sheet: the cells change in the state as
   * seeding leaves them (text stays text; null empties a cell), no request or sync is counted,
   * and onChanged handlers hear of it afterwards. `values` must have the range's shape.
   * Throws for an unknown sheet.
   */
  userEdit(sheet: string, address: string, values: SeedValue[][]): void;
  /**
   * A user shading `address` ("B3", "A1:C2") of a sheet with `fill` (#RRGGBB; null takes the
   * fill away), as the Fill Color button does: no request or sync is counted, and
   * onFormatChanged handlers (not onChanged: the values stay) hear of it afterwards.
   * Throws for an unknown sheet or a colour that is not #RRGGBB.
   */
  userFormat(sheet: string, address: string, fill: string | null): void;
  /** How many handlers the event reaches now: removing one is queued, so a test checks it here. */
  handlerCount(event: FakeEventName): number;
  /**
   * The user typing in a cell: while on, every sync rejects with InvalidOperationInCellEditMode
   * and applies nothing ("the batch automatically fails", RunOptions.delayForCellEdit:
   * https://learn.microsoft.com/en-us/javascript/api/excel/excel.runoptions). userEdit still works.
   */
  setCellEditMode(on: boolean): void;
}

export type FakeBatch<T> = (context: Excel.RequestContext) => Promise<T>;

export interface FakeExcelOptions {
  /** Sheets the workbook starts with; default none (Excel itself always has one). */
  sheets?: string[];
  /**
   * onChanged carries triggerSource (ExcelApi 1.14): "ThisLocalAddin" for what batches run
   * through the model change, "Unknown" for userEdit. Off, it carries none, as before 1.14.
   * https://learn.microsoft.com/en-us/javascript/api/excel/excel.worksheetchangedeventargs#excel-excel-worksheetchangedeventargs-triggersource-member
   */
  triggerSource?: boolean;
  /**
   * A request above `bytes` (actions and their arguments, as the fake weighs them) fails with a
   * FakeExcelError of `code`, applying nothing: default FAKE_PAYLOAD_LIMIT_BYTES and
   * RequestPayloadSizeLimitExceeded (Excel on the web); a lower limit, or GeneralException as
   * threads report, stands in for another host.
   */
  largeRequestError?: { bytes: number; code: string };
  /**
   * The code a worksheet added, or renamed, onto a name a sheet has (compared case-insensitively)
   * fails with: ItemAlreadyExists by default, as the error table describes it; InvalidArgument as
   * Excel may report it (unverified).
   */
  renameClashCode?: "InvalidArgument" | "ItemAlreadyExists";
}

export function createFakeExcel(options: FakeExcelOptions = {}): FakeExcel {
  return new FakeExcelHost(options);
}

interface Commit {
  bytes: number;
  apply(): void;
}

interface Operation {
  label: string;
  bytes: number;
  /** Runs in queue order during a sync; loads return what becomes visible once the sync succeeds. */
  run(): Commit | void;
}

class FakeExcelHost implements FakeExcel {
  readonly workbook = new WorkbookState();
  readonly stats: FakeExcelStats = emptyStats();
  private syncSerial = 0;
  private readonly failures = new Map<number, Error>();
  private readonly registrations: Registrations = { onChanged: [], onFormatChanged: [], onAdded: [], onDeleted: [] };
  /** Events raised since the last delivery; each, when prepared, picks the handlers to call. */
  private raised: (() => (() => void)[])[] = [];
  /** Ranges already reported changed since the last delivery ("id!A1:B2"). */
  private readonly edited = new Set<string>();
  /** Ranges already reported formatted since the last delivery ("id!A1:B2"). */
  private readonly formatted = new Set<string>();

  private readonly triggerSource: boolean;
  private readonly largeRequestError: { bytes: number; code: string };

  constructor(options: FakeExcelOptions) {
    for (const name of options.sheets ?? []) this.workbook.addSheet(name);
    this.triggerSource = options.triggerSource === true;
    this.workbook.clashCode = options.renameClashCode ?? "ItemAlreadyExists";
    this.largeRequestError = options.largeRequestError ?? { bytes: FAKE_PAYLOAD_LIMIT_BYTES, code: "RequestPayloadSizeLimitExceeded" };
  }

  /** A bound function, so a browser test can install it as `Excel.run` as it is. */
  readonly run: FakeExcel["run"] = async <T>(first: FakeBatch<T> | OfficeExtension.ClientRequestContext, second?: FakeBatch<T>): Promise<T> => {
    const context = typeof first === "function" ? new FakeRequestContext(this) : this.ownContext(first);
    const batch = typeof first === "function" ? first : second;
    if (batch === undefined) throw invalidArgument("Excel.run needs a batch function.");
    // The single boundary cast: the fake implements only the subset the adapter uses.
    const result = await batch(context as unknown as Excel.RequestContext);
    if (context.pending() > 0) {
      applies("run-syncs-leftovers");
      await context.sync();
    }
    return result;
  };

  handlerCount(event: FakeEventName): number {
    return this.registrations[event].length;
  }

  private ownContext(context: OfficeExtension.ClientRequestContext): FakeRequestContext {
    if (context instanceof FakeRequestContext && context.host === this) return context;
    throw notImplemented("Excel.run with anything but a context of this fake (objects, options)");
  }

  userEdit(sheet: string, address: string, values: SeedValue[][]): void {
    const target = this.workbook.find(sheet);
    if (!target) throw new Error(`fake Excel: userEdit on a missing sheet '${sheet}'`);
    const rect = parseRangeAddress(address);
    if (values.length !== rect.rows || values.some((line) => line.length !== rect.cols)) {
      throw new Error(`fake Excel: userEdit values are not ${rect.rows}×${rect.cols} like ${address}`);
    }
    for (let r = 0; r < rect.rows; r++) {
      for (let c = 0; c < rect.cols; c++) setCell(target.ensureCell(rect.row + r, rect.col + c), values[r][c] ?? "");
    }
    this.noteEdit(target, rect, "Unknown");
    this.deliverRaised();
  }

  userFormat(sheet: string, address: string, fill: string | null): void {
    const target = this.workbook.find(sheet);
    if (!target) throw new Error(`fake Excel: userFormat on a missing sheet '${sheet}'`);
    const rect = parseRangeAddress(address);
    if (fill !== null && !/^#[0-9A-Fa-f]{6}$/.test(fill)) throw new Error(`fake Excel: userFormat colour '${fill}' is not #RRGGBB`);
    for (let r = 0; r < rect.rows; r++) {
      for (let c = 0; c < rect.cols; c++) {
        const cell = target.ensureCell(rect.row + r, rect.col + c);
        if (fill === null) delete cell.fill;
        else cell.fill = fill.toUpperCase();
      }
    }
    this.noteFormat(target, rect, "Unknown");
    this.deliverRaised();
  }

  resetStats(): void {
    Object.assign(this.stats, emptyStats());
  }

  failOnSync(n: number, error: Error = new FakeExcelError("GeneralException", "Injected failure")): void {
    this.failures.set(this.syncSerial + n, error);
  }

  latencyMs = 0;
  private readonly aimedFailures: { test: (labels: readonly string[]) => boolean; error: Error }[] = [];

  failOnSyncWhere(test: (labels: readonly string[]) => boolean, error: Error = new FakeExcelError("GeneralException", "Injected failure")): void {
    this.aimedFailures.push({ test, error });
  }

  setLatency(ms: number): void {
    this.latencyMs = Math.max(0, ms);
  }

  private actionSerial = 0;
  private failingAction?: { serial: number; code: string };

  failAtAction(n: number, code = "GeneralException"): void {
    this.failingAction = { serial: this.actionSerial + n, code };
  }

  countProxy(): void {
    this.stats.proxies++;
  }

  countOperation(): void {
    this.stats.operations++;
  }

  private cellEditMode = false;

  setCellEditMode(on: boolean): void {
    this.cellEditMode = on;
  }

  execute(ops: Operation[]): void {
    this.stats.syncs++;
    // Before the injected failures' count: failOnSync(n) means the nth sync Excel takes up.
    if (this.cellEditMode) {
      applies("cell-edit-mode");
      throw new FakeExcelError(
        "InvalidOperationInCellEditMode",
        "Excel is in cell-editing mode. Please exit the edit mode by pressing ENTER or TAB or selecting another cell, and then try again.",
      );
    }
    const injected = this.failures.get(++this.syncSerial);
    if (injected) {
      this.failures.delete(this.syncSerial);
      throw injected;
    }
    const aimed = this.aimedFailures.findIndex((f) => f.test(ops.map((op) => op.label)));
    if (aimed >= 0) throw this.aimedFailures.splice(aimed, 1)[0].error;
    const requestBytes = ops.reduce((n, op) => n + op.bytes + ACTION_OVERHEAD_BYTES, 0);
    let responseBytes = 0;
    const stat = (): void => {
      const bytes = requestBytes + responseBytes;
      this.stats.requests.push({ bytes, requestBytes, responseBytes });
      this.stats.maxRequestBytes = Math.max(this.stats.maxRequestBytes, bytes);
    };
    if (requestBytes > this.largeRequestError.bytes) {
      applies("request-payload-limit");
      stat();
      throw new FakeExcelError(this.largeRequestError.code, `The request payload (${requestBytes} bytes) exceeds the limit.`);
    }
    const commits: Commit[] = [];
    try {
      for (const op of ops) {
        try {
          const failing = this.failingAction;
          if (++this.actionSerial === failing?.serial) {
            this.failingAction = undefined;
            throw new FakeExcelError(failing.code, `Injected failure at ${op.label}`);
          }
          const commit = op.run();
          if (commit) {
            commits.push(commit);
            responseBytes += commit.bytes;
          }
        } catch (e) {
          if (e instanceof FakeExcelError) e.debugInfo.errorLocation = op.label;
          if (commits.length > 0 || ops.indexOf(op) > 0) applies("batch-partial-apply");
          throw e;
        }
      }
    } finally {
      stat();
      // What the ops before a failing one changed stays changed in Excel, and is told.
      this.deliverRaised();
    }
    if (responseBytes > FAKE_PAYLOAD_LIMIT_BYTES) {
      applies("response-payload-limit");
      throw new FakeExcelError("ResponsePayloadSizeLimitExceeded", `The response payload (${responseBytes} bytes) exceeds the limit.`);
    }
    for (const c of commits) c.apply();
  }

  register<K extends FakeEventName>(event: K, registration: Registration<K>): void {
    this.registrations[event].push(registration);
  }

  /** Drops a registration; one from another context, or already dropped, is left alone as in Office. */
  unregister<K extends FakeEventName>(event: K, match: (r: Registration<K>) => boolean): void {
    applies("handler-same-context");
    const list = this.registrations[event];
    const i = list.findIndex(match);
    if (i >= 0) list.splice(i, 1);
  }

  /**
   * A change of cell values or formulas by the API (per sync, once per range) or by the user.
   * Formats alone (number formats, fills, fonts, borders) are noteFormat's.
   */
  noteEdit(sheet: SheetState, rect: Rect, triggerSource: "ThisLocalAddin" | "Unknown" = "ThisLocalAddin"): void {
    const address = localAddress(rect);
    const key = `${sheet.id}!${address}`;
    if (this.edited.has(key)) return;
    this.edited.add(key);
    applies("value-change-event");
    const told = { type: "WorksheetChanged", changeType: "RangeEdited", source: "Local", worksheetId: sheet.id, address } as const;
    this.raiseChanged(told, triggerSource);
  }

  /**
   * A change of cell formats (number format, fill, font, alignment, borders) by the API (per
   * sync, once per range) or by the user: Excel tells of it through onFormatChanged, and through
   * onChanged as well (RangeEdited), so a listener for values hears of formats too.
   */
  noteFormat(sheet: SheetState, rect: Rect, triggerSource: "ThisLocalAddin" | "Unknown" = "ThisLocalAddin"): void {
    const address = localAddress(rect);
    const key = `${sheet.id}!${address}`;
    if (this.formatted.has(key)) return;
    this.formatted.add(key);
    applies("format-change-event");
    this.raise("onFormatChanged", { type: "WorksheetFormatChanged", source: "Local", worksheetId: sheet.id, address });
    if (this.edited.has(key)) return;
    this.edited.add(key);
    applies("format-change-raises-onchanged");
    this.raiseChanged({ type: "WorksheetChanged", changeType: "RangeEdited", source: "Local", worksheetId: sheet.id, address } as const, triggerSource);
  }

  /** onChanged's args carry triggerSource only where the knob gives the host ExcelApi 1.14. */
  private raiseChanged(told: Omit<FakeWorksheetChangedEventArgs, "triggerSource">, triggerSource: "ThisLocalAddin" | "Unknown"): void {
    if (this.triggerSource) applies("trigger-source");
    this.raise("onChanged", this.triggerSource ? { ...told, triggerSource } : told);
  }

  raise<K extends FakeEventName>(event: K, args: FakeEventArgs[K]): void {
    this.raised.push(() => this.registrations[event].map(({ handler }) => () => void handler({ ...args })));
  }

  /**
   * Hands the raised events to the handlers registered now, each call in a task of its own
   * after the current one, as Office's events arrive: never inside the sync that caused them,
   * and a failing handler surfaces as an uncaught error without keeping the others from running.
   */
  private deliverRaised(): void {
    const calls = this.raised.flatMap((prepare) => prepare());
    this.raised = [];
    this.edited.clear();
    this.formatted.clear();
    if (calls.length > 0) applies("events-after-sync");
    for (const call of calls) setTimeout(call, 0);
  }
}

function emptyStats(): FakeExcelStats {
  return { syncs: 0, proxies: 0, operations: 0, requests: [], maxRequestBytes: 0 };
}

const utf8 = new TextEncoder();

function jsonBytes(v: unknown): number {
  return v === undefined ? 0 : utf8.encode(JSON.stringify(v)).length;
}

// ---------------------------------------------------------------------------------------------
// Request context and the proxy base

export class FakeRequestContext {
  readonly workbook: FakeWorkbook;
  private queue: Operation[] = [];

  constructor(readonly host: FakeExcelHost) {
    this.workbook = new FakeWorkbook(this);
  }

  enqueue(op: Operation): void {
    this.host.countOperation();
    this.queue.push(op);
  }

  pending(): number {
    return this.queue.length;
  }

  async sync<T>(passThroughValue?: T): Promise<T> {
    const ops = this.queue;
    this.queue = [];
    // A sync is a round trip: never complete synchronously.
    await (this.host.latencyMs > 0 ? new Promise((resolve) => setTimeout(resolve, this.host.latencyMs)) : Promise.resolve());
    this.host.execute(ops);
    return passThroughValue as T;
  }

  trace(): void {}

  load(object: FakeClientObject, option?: LoadArgument): void {
    object.load(option);
  }
}

type LoadArgument = string | string[] | OfficeExtension.LoadOption | Record<string, unknown>;

/** Office accepts "a, b/c", ["a", "b/c"], {select, expand} or {a: true, b: {c: true}}. */
function loadPaths(arg: LoadArgument | undefined): string[] {
  if (arg === undefined) return [];
  const split = (s: string) =>
    s
      .split(",")
      .map((p) => p.trim())
      .filter((p) => p.length > 0);
  if (typeof arg === "string") return split(arg);
  if (Array.isArray(arg)) return arg.flatMap(split);
  if ("select" in arg || "expand" in arg) {
    const asList = (v: unknown) => (typeof v === "string" ? split(v) : Array.isArray(v) ? v.flatMap((x) => split(String(x))) : []);
    return [...asList(arg.select), ...asList(arg.expand)];
  }
  const out: string[] = [];
  const walk = (o: Record<string, unknown>, prefix: string) => {
    for (const [k, v] of Object.entries(o)) {
      if (v === true) out.push(prefix + k);
      else if (typeof v === "object" && v !== null) walk(v as Record<string, unknown>, `${prefix}${k}/`);
    }
  };
  walk(arg as Record<string, unknown>, "");
  return out;
}

/** Holds what a queued method call resolved to, for the proxy it returned. */
class Slot<T> {
  private filled = false;
  private value: T | undefined;

  put(v: T): void {
    this.value = v;
    this.filled = true;
  }

  get(): T {
    if (!this.filled) throw new Error("fake Excel: object used before the call creating it ran");
    return this.value as T;
  }
}

abstract class FakeClientObject {
  /** What a load (after its sync) or a local property set made readable, as Office.js keeps it. */
  protected readonly local = new Map<string, unknown>();

  constructor(
    readonly context: FakeRequestContext,
    private readonly typeName: string,
  ) {
    context.host.countProxy();
  }

  get isNullObject(): boolean {
    return this.prop<boolean>("isNullObject");
  }

  /** What an *OrNullObject call makes readable once its sync succeeds. */
  nullness(isNull: boolean): Commit {
    if (isNull) applies("null-object");
    return { bytes: 4, apply: () => this.local.set("isNullObject", isNull) };
  }

  load(option?: LoadArgument): this {
    const paths = loadPaths(option);
    this.context.enqueue({ label: `${this.typeName}.load`, bytes: jsonBytes(paths), run: () => this.snapshot(paths) });
    return this;
  }

  /** True when, at this point of the sync, the object stands for nothing (an *OrNullObject miss). */
  abstract resolvesToNull(): boolean;

  protected readScalar(name: string): unknown {
    throw notImplemented(`${this.typeName}.${name}`);
  }

  protected navigation(name: string): FakeClientObject | undefined {
    void name;
    return undefined;
  }

  /** Properties a bare load() fetches. */
  protected defaultLoad(): string[] {
    return [];
  }

  /** Reads the requested properties now; they become visible only when the whole sync succeeds. */
  snapshot(paths: string[]): Commit {
    if (this.resolvesToNull()) {
      applies("null-object");
      return {
        bytes: 4,
        apply: () => {
          this.local.clear();
          this.local.set("isNullObject", true);
        },
      };
    }
    const entries: [string, unknown][] = [["isNullObject", false]];
    const children: Commit[] = [];
    const nested = new Map<string, string[]>();
    let bytes = 2;
    for (const path of paths.length > 0 ? paths : this.defaultLoad()) {
      const slash = path.indexOf("/");
      if (slash >= 0) {
        const head = path.slice(0, slash);
        nested.set(head, [...(nested.get(head) ?? []), path.slice(slash + 1)]);
      } else if (path !== "isNullObject") {
        const child = this.navigation(path);
        if (child) {
          children.push(child.snapshot([]));
        } else {
          const v = this.readScalar(path);
          entries.push([path, v]);
          bytes += jsonBytes(path) + jsonBytes(v);
        }
      }
    }
    for (const [head, rest] of nested) {
      const child = this.navigation(head);
      if (!child) throw invalidArgument(`${this.typeName} has no navigation property '${head}'`);
      children.push(child.snapshot(rest));
    }
    return {
      bytes: bytes + children.reduce((n, c) => n + c.bytes, 0),
      apply: () => {
        for (const [k, v] of entries) this.local.set(k, v);
        for (const c of children) c.apply();
      },
    };
  }

  protected prop<T>(name: string): T {
    if (this.local.has(name)) return this.local.get(name) as T;
    if (this.local.get("isNullObject") === true) {
      applies("null-object");
      throw new FakeExcelError("InvalidObjectPath", `${this.typeName} is a null object: only isNullObject can be read.`);
    }
    applies("deferred-load");
    throw new FakeExcelError(
      "PropertyNotLoaded",
      `The property '${name}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
    );
  }

  protected later(label: string, bytes: number, run: () => Commit | void): void {
    this.context.enqueue({ label: `${this.typeName}.${label}`, bytes, run });
  }

  /** Office.js keeps a set value locally (readable at once) and sends it with the next sync. */
  protected setLater(name: string, value: unknown, apply: () => void): void {
    applies("set-readable-locally");
    this.local.set(name, value);
    this.later(name, jsonBytes(value), apply);
  }
}

abstract class FakeCollection<TItem extends FakeClientObject> extends FakeClientObject {
  get items(): TItem[] {
    return this.prop<TItem[]>("items");
  }

  /** Fresh item proxies for the members as they stand at this point of the sync. */
  protected abstract currentItems(): TItem[];

  override snapshot(paths: string[]): Commit {
    if (this.resolvesToNull()) return super.snapshot(paths);
    // collection.load("name") means load("items/name"), as in Office.js
    const itemPaths = paths.filter((p) => p !== "items").map((p) => (p.startsWith("items/") ? p.slice(6) : p));
    const items = this.currentItems();
    const commits = items.map((item) => item.snapshot(itemPaths));
    return {
      bytes: 2 + commits.reduce((n, c) => n + c.bytes, 0),
      apply: () => {
        this.local.set("isNullObject", false);
        this.local.set("items", items);
        for (const c of commits) c.apply();
      },
    };
  }
}

export class FakeClientResult<T> {
  private ready = false;
  private result: T | undefined;

  get value(): T {
    if (!this.ready) {
      throw new FakeExcelError("PropertyNotLoaded", `The value of the result object has not been loaded yet. Call "context.sync()" first.`);
    }
    return this.result as T;
  }

  /** Part of a sync: the result is computed now and readable when the sync succeeds. */
  settle(compute: () => T): Commit {
    const v = compute();
    return {
      bytes: jsonBytes(v),
      apply: () => {
        this.result = v;
        this.ready = true;
      },
    };
  }
}

// ---------------------------------------------------------------------------------------------
// Events (WorksheetCollection.onChanged, onFormatChanged, onAdded, onDeleted)

/** What Excel.WorksheetChangedEventArgs carries here: no details, no getRange. */
export type FakeWorksheetChangedEventArgs = Pick<Excel.WorksheetChangedEventArgs, "type" | "changeType" | "source" | "worksheetId" | "address"> &
  Partial<Pick<Excel.WorksheetChangedEventArgs, "triggerSource">>;

/** What Excel.WorksheetFormatChangedEventArgs carries here: no getRange. */
export type FakeWorksheetFormatChangedEventArgs = Pick<Excel.WorksheetFormatChangedEventArgs, "type" | "source" | "worksheetId" | "address">;

export interface FakeEventArgs {
  onChanged: FakeWorksheetChangedEventArgs;
  onFormatChanged: FakeWorksheetFormatChangedEventArgs;
  onAdded: Excel.WorksheetAddedEventArgs;
  onDeleted: Excel.WorksheetDeletedEventArgs;
}

export type FakeEventName = keyof FakeEventArgs;

export type FakeEventHandler<T> = (args: T) => Promise<unknown> | void;

interface Registration<K extends FakeEventName> {
  readonly context: FakeRequestContext;
  readonly handler: FakeEventHandler<FakeEventArgs[K]>;
}

type Registrations = { [K in FakeEventName]: Registration<K>[] };

/**
 * OfficeExtension.EventHandlers: adding and removing are queued and happen at the next sync.
 * A handler stays registered after its batch ends, tied to the context it was added in.
 */
export class FakeEventHandlers<K extends FakeEventName> {
  constructor(
    private readonly context: FakeRequestContext,
    private readonly event: K,
  ) {}

  add(handler: FakeEventHandler<FakeEventArgs[K]>): FakeEventHandlerResult {
    const registration: Registration<K> = { context: this.context, handler };
    const host = this.context.host;
    this.context.enqueue({ label: `WorksheetCollection.${this.event}.add`, bytes: 0, run: () => host.register(this.event, registration) });
    return new FakeEventHandlerResult(this.context, `WorksheetCollection.${this.event}.remove`, () =>
      host.unregister(this.event, (r) => r === registration),
    );
  }

  /** Only a handler added in this same context is removed; otherwise nothing happens, as in Office. */
  remove(handler: FakeEventHandler<FakeEventArgs[K]>): void {
    const host = this.context.host;
    this.context.enqueue({
      label: `WorksheetCollection.${this.event}.remove`,
      bytes: 0,
      run: () => host.unregister(this.event, (r) => r.handler === handler && r.context === this.context),
    });
  }
}

/** OfficeExtension.EventHandlerResult: remove() is queued on the context the handler was added in. */
export class FakeEventHandlerResult {
  constructor(
    readonly context: FakeRequestContext,
    private readonly label: string,
    private readonly drop: () => void,
  ) {}

  remove(): void {
    this.context.enqueue({ label: this.label, bytes: 0, run: this.drop });
  }
}

// ---------------------------------------------------------------------------------------------
// Workbook and worksheets

export class FakeWorkbook extends FakeClientObject {
  readonly worksheets: FakeWorksheetCollection;

  constructor(context: FakeRequestContext) {
    super(context, "Workbook");
    this.worksheets = new FakeWorksheetCollection(context);
  }

  resolvesToNull(): boolean {
    return false;
  }
}

function liveSheet(context: FakeRequestContext, sheet: SheetState): SheetState {
  if (!context.host.workbook.sheets.includes(sheet)) {
    applies("sheet-gone");
    throw new FakeExcelError("ItemNotFound", `The worksheet '${sheet.name}' no longer exists.`);
  }
  return sheet;
}

export class FakeWorksheetCollection extends FakeCollection<FakeWorksheet> {
  private onChangedProxy?: FakeEventHandlers<"onChanged">;
  private onFormatChangedProxy?: FakeEventHandlers<"onFormatChanged">;
  private onAddedProxy?: FakeEventHandlers<"onAdded">;
  private onDeletedProxy?: FakeEventHandlers<"onDeleted">;

  constructor(context: FakeRequestContext) {
    super(context, "WorksheetCollection");
  }

  get onChanged(): FakeEventHandlers<"onChanged"> {
    return (this.onChangedProxy ??= new FakeEventHandlers(this.context, "onChanged"));
  }

  /** Formats changed (number formats, fills, fonts, borders), ExcelApi 1.9. */
  get onFormatChanged(): FakeEventHandlers<"onFormatChanged"> {
    return (this.onFormatChangedProxy ??= new FakeEventHandlers(this.context, "onFormatChanged"));
  }

  get onAdded(): FakeEventHandlers<"onAdded"> {
    return (this.onAddedProxy ??= new FakeEventHandlers(this.context, "onAdded"));
  }

  get onDeleted(): FakeEventHandlers<"onDeleted"> {
    return (this.onDeletedProxy ??= new FakeEventHandlers(this.context, "onDeleted"));
  }

  resolvesToNull(): boolean {
    return false;
  }

  protected currentItems(): FakeWorksheet[] {
    return this.context.host.workbook.sheets.map((s) => new FakeWorksheet(this.context, () => s));
  }

  getItem(key: string): FakeWorksheet {
    return this.lookup("getItem", key, (wb) => {
      const s = wb.find(key);
      if (!s) throw new FakeExcelError("ItemNotFound", `The requested resource doesn't exist: worksheet '${key}'.`);
      return s;
    });
  }

  getItemOrNullObject(key: string): FakeWorksheet {
    return this.lookup("getItemOrNullObject", key, (wb) => wb.find(key) ?? null);
  }

  getActiveWorksheet(): FakeWorksheet {
    return this.lookup("getActiveWorksheet", "", (wb) => {
      if (!wb.active) throw new FakeExcelError("ItemNotFound", "No active worksheet.");
      return wb.active;
    });
  }

  add(name?: string): FakeWorksheet {
    return this.lookup("add", name ?? "", (wb) => {
      const sheet = wb.addSheet(name ?? wb.nextDefaultName());
      this.context.host.raise("onAdded", { type: "WorksheetAdded", source: "Local", worksheetId: sheet.id });
      return sheet;
    });
  }

  private lookup(label: string, arg: string, find: (wb: WorkbookState) => SheetState | null): FakeWorksheet {
    const slot = new Slot<SheetState | null>();
    const proxy = new FakeWorksheet(this.context, () => slot.get());
    this.later(label, jsonBytes(arg), () => {
      const found = find(this.context.host.workbook);
      slot.put(found);
      // The documented *OrNullObject pattern reads isNullObject after a sync, without a load.
      return label === "getItemOrNullObject" ? proxy.nullness(found === null) : undefined;
    });
    return proxy;
  }
}

export class FakeWorksheet
  extends FakeClientObject
  implements Pick<Excel.Worksheet, "name" | "id" | "position" | "visibility" | "tabColor" | "delete" | "activate">
{
  private freezePanesProxy?: FakeWorksheetFreezePanes;
  private pageLayoutProxy?: FakePageLayout;

  constructor(
    context: FakeRequestContext,
    private readonly resolve: () => SheetState | null,
  ) {
    super(context, "Worksheet");
  }

  resolvesToNull(): boolean {
    return this.resolve() === null;
  }

  /** The sheet this proxy stands for, failing the sync as Excel does when it is null or deleted. */
  sheet(): SheetState {
    const s = this.resolve();
    if (s === null) {
      applies("null-object-chain");
      throw new FakeExcelError("ItemNotFound", "The worksheet is a null object.");
    }
    return liveSheet(this.context, s);
  }

  protected override defaultLoad(): string[] {
    return ["id", "name", "position", "visibility", "tabColor"];
  }

  protected override readScalar(name: string): unknown {
    const s = this.sheet();
    switch (name) {
      case "id":
        return s.id;
      case "name":
        return s.name;
      case "position":
        return this.context.host.workbook.sheets.indexOf(s);
      case "visibility":
        return s.visibility;
      case "tabColor":
        return s.tabColor;
      case "standardWidth":
        return 8.43;
      case "standardHeight":
        return DEFAULT_ROW_HEIGHT_PT;
      default:
        return super.readScalar(name);
    }
  }

  get id(): string {
    return this.prop("id");
  }

  get name(): string {
    return this.prop("name");
  }
  set name(v: string) {
    this.setLater("name", v, () => {
      const s = this.sheet();
      checkSheetName(v);
      const other = this.context.host.workbook.find(v);
      if (other && other !== s) throw this.context.host.workbook.clash(v);
      s.name = v;
    });
  }

  /** Points; standardWidth is in characters of the Normal style (ExcelApi 1.7, read only here). */
  get standardHeight(): number {
    return this.prop("standardHeight");
  }
  get standardWidth(): number {
    return this.prop("standardWidth");
  }

  get position(): number {
    return this.prop("position");
  }
  set position(v: number) {
    this.setLater("position", v, () => {
      const s = this.sheet();
      const sheets = this.context.host.workbook.sheets;
      if (!Number.isInteger(v) || v < 0 || v >= sheets.length) throw invalidArgument(`Position ${v} is out of range.`);
      applies("position-move");
      sheets.splice(sheets.indexOf(s), 1);
      sheets.splice(v, 0, s);
    });
  }

  get visibility(): Excel.Worksheet["visibility"] {
    return this.prop("visibility");
  }
  set visibility(v: Excel.Worksheet["visibility"]) {
    this.setLater("visibility", v, () => {
      if (v !== "Visible" && v !== "Hidden" && v !== "VeryHidden") throw invalidArgument(`Bad visibility ${String(v)}`);
      this.sheet().visibility = v;
    });
  }

  get tabColor(): string {
    return this.prop("tabColor");
  }
  set tabColor(v: string) {
    this.setLater("tabColor", v, () => {
      if (v !== "" && !/^#[0-9A-Fa-f]{6}$/.test(v)) throw invalidArgument(`Bad colour ${v}`);
      this.sheet().tabColor = v.toUpperCase();
    });
  }

  get freezePanes(): FakeWorksheetFreezePanes {
    return (this.freezePanesProxy ??= new FakeWorksheetFreezePanes(this.context, this));
  }

  get pageLayout(): FakePageLayout {
    return (this.pageLayoutProxy ??= new FakePageLayout(this.context, this));
  }

  delete(): void {
    this.later("delete", 0, () => {
      const sheet = this.sheet();
      this.context.host.workbook.removeSheet(sheet);
      this.context.host.raise("onDeleted", { type: "WorksheetDeleted", source: "Local", worksheetId: sheet.id });
    });
  }

  activate(): void {
    this.later("activate", 0, () => {
      const s = this.sheet();
      if (s.visibility !== "Visible") {
        applies("hidden-sheet-activate");
        throw new FakeExcelError("InvalidOperation", "A hidden sheet cannot be activated.");
      }
      this.context.host.workbook.active = s;
    });
  }

  getRange(address?: string): FakeRange {
    return this.rangeFrom("getRange", jsonBytes(address), () => (address === undefined ? wholeSheet() : parseRangeAddress(address)));
  }

  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): FakeRange {
    return this.rangeFrom("getRangeByIndexes", 40, () => checkRect({ row: startRow, col: startColumn, rows: rowCount, cols: columnCount }));
  }

  getCell(row: number, column: number): FakeRange {
    return this.getRangeByIndexes(row, column, 1, 1);
  }

  getUsedRange(valuesOnly?: boolean): FakeRange {
    return this.rangeFrom("getUsedRange", 8, (s) => s.usedRect(valuesOnly ?? false) ?? { row: 0, col: 0, rows: 1, cols: 1 });
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    return this.rangeFrom("getUsedRangeOrNullObject", 8, (s) => s.usedRect(valuesOnly ?? false), true);
  }

  private rangeFrom(label: string, bytes: number, rectOf: (s: SheetState) => Rect | null, orNull = false): FakeRange {
    const slot = new Slot<RangeTarget | null>();
    const proxy = new FakeRange(this.context, () => slot.get());
    this.later(label, bytes, () => {
      if (orNull && this.resolvesToNull()) {
        slot.put(null);
        return proxy.nullness(true);
      }
      const s = this.sheet();
      const rect = rectOf(s);
      slot.put(rect === null ? null : { sheet: s, rect });
      return orNull ? proxy.nullness(rect === null) : undefined;
    });
    return proxy;
  }
}

// ---------------------------------------------------------------------------------------------
// Addresses

function wholeSheet(): Rect {
  return { row: 0, col: 0, rows: MAX_ROWS, cols: MAX_COLS };
}

function checkRect(r: Rect): Rect {
  applies("grid-size");
  const ok =
    [r.row, r.col, r.rows, r.cols].every(Number.isInteger) &&
    r.row >= 0 &&
    r.col >= 0 &&
    r.rows > 0 &&
    r.cols > 0 &&
    r.row + r.rows <= MAX_ROWS &&
    r.col + r.cols <= MAX_COLS;
  if (!ok) throw invalidArgument(`The range ${JSON.stringify(r)} is outside the worksheet.`);
  return r;
}

/** "B3", "A1:C4", "A:C", "$1:$3", with or without a sheet prefix. */
function parseRangeAddress(address: string): Rect {
  const local = (address.includes("!") ? address.slice(address.lastIndexOf("!") + 1) : address).replace(/\$/g, "");
  const cols = /^([A-Za-z]+):([A-Za-z]+)$/.exec(local);
  if (cols) {
    const a = parseAddress(`${cols[1]}1`).col;
    const b = parseAddress(`${cols[2]}1`).col;
    return checkRect({ row: 0, col: Math.min(a, b), rows: MAX_ROWS, cols: Math.abs(b - a) + 1 });
  }
  const rows = /^(\d+):(\d+)$/.exec(local);
  if (rows) {
    const a = Number(rows[1]) - 1;
    const b = Number(rows[2]) - 1;
    return checkRect({ row: Math.min(a, b), col: 0, rows: Math.abs(b - a) + 1, cols: MAX_COLS });
  }
  try {
    // Excel takes the corners in any order: "C4:B3" is B3:C4.
    const [a, b = a] = local.split(":").map((corner) => parseAddress(corner));
    const row = Math.min(a.row, b.row);
    const col = Math.min(a.col, b.col);
    return checkRect({ row, col, rows: Math.max(a.row, b.row) - row + 1, cols: Math.max(a.col, b.col) - col + 1 });
  } catch (e) {
    if (e instanceof FakeExcelError) throw e;
    throw invalidArgument(`'${address}' is not a valid range address.`);
  }
}

function localAddress(r: Rect): string {
  if (r.rows === MAX_ROWS) return `${columnLetters(r.col)}:${columnLetters(r.col + r.cols - 1)}`;
  if (r.cols === MAX_COLS) return `${r.row + 1}:${r.row + r.rows}`;
  return rectAddress(r);
}

/** Excel quotes sheet names that are not plain words. */
function sheetReference(name: string): string {
  return /^[\p{L}\p{M}_][\p{L}\p{M}\p{N}_.]*$/u.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

function intersects(a: Rect, b: Rect): boolean {
  return a.row < b.row + b.rows && b.row < a.row + a.rows && a.col < b.col + b.cols && b.col < a.col + a.cols;
}

function contains(outer: Rect, inner: Rect): boolean {
  return (
    inner.row >= outer.row &&
    inner.col >= outer.col &&
    inner.row + inner.rows <= outer.row + outer.rows &&
    inner.col + inner.cols <= outer.col + outer.cols
  );
}

/** The parts of `a` outside `b`, as up to four rectangles. */
function subtract(a: Rect, b: Rect): Rect[] {
  if (!intersects(a, b)) return [a];
  const out: Rect[] = [];
  const aEnd = a.row + a.rows;
  const top = Math.max(a.row, b.row);
  const bottom = Math.min(aEnd, b.row + b.rows);
  if (b.row > a.row) out.push({ row: a.row, col: a.col, rows: b.row - a.row, cols: a.cols });
  if (b.row + b.rows < aEnd) out.push({ row: b.row + b.rows, col: a.col, rows: aEnd - b.row - b.rows, cols: a.cols });
  if (b.col > a.col) out.push({ row: top, col: a.col, rows: bottom - top, cols: b.col - a.col });
  const aRight = a.col + a.cols;
  if (b.col + b.cols < aRight) out.push({ row: top, col: b.col + b.cols, rows: bottom - top, cols: aRight - b.col - b.cols });
  return out;
}

// ---------------------------------------------------------------------------------------------
// Ranges

interface RangeTarget {
  sheet: SheetState;
  rect: Rect;
}

function cellCount(r: Rect): number {
  return r.rows * r.cols;
}

function forEachCell(t: RangeTarget, fn: (cell: CellState, row: number, col: number) => void): void {
  if (cellCount(t.rect) > MAX_CELLS_PER_FORMAT) throw notImplemented("formatting whole columns or rows cell by cell");
  for (let r = t.rect.row; r < t.rect.row + t.rect.rows; r++) {
    for (let c = t.rect.col; c < t.rect.col + t.rect.cols; c++) fn(t.sheet.ensureCell(r, c), r, c);
  }
}

/** Per-cell values of a range as Excel returns them (2-D, row-major). */
function grid<T>(t: RangeTarget, fn: (cell: CellState | undefined, row: number, col: number) => T): T[][] {
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
function uniform<T>(t: RangeTarget, fn: (cell: CellState | undefined) => T): T | null {
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
function inputGrid(input: unknown, rect: Rect, what: string): (r: number, c: number) => unknown {
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

export class FakeRange
  extends FakeClientObject
  implements
    Pick<
      Excel.Range,
      | "address"
      | "rowIndex"
      | "columnIndex"
      | "rowCount"
      | "columnCount"
      | "cellCount"
      | "values"
      | "numberFormat"
      | "formulas"
      | "isEntireColumn"
      | "isEntireRow"
      | "merge"
      | "unmerge"
      | "select"
      | "columnHidden"
      | "rowHidden"
    >
{
  private formatProxy?: FakeRangeFormat;
  private dataValidationProxy?: FakeDataValidation;
  private conditionalFormatsProxy?: FakeConditionalFormatCollection;

  constructor(
    context: FakeRequestContext,
    private readonly resolve: () => RangeTarget | null,
  ) {
    super(context, "Range");
  }

  resolvesToNull(): boolean {
    return this.resolve() === null;
  }

  target(): RangeTarget {
    const t = this.resolve();
    if (t === null) {
      applies("null-object-chain");
      throw new FakeExcelError("ItemNotFound", "The range is a null object.");
    }
    liveSheet(this.context, t.sheet);
    return t;
  }

  protected override defaultLoad(): string[] {
    return ["address", "rowIndex", "columnIndex", "rowCount", "columnCount", "cellCount", "values", "numberFormat", "formulas"];
  }

  protected override readScalar(name: string): unknown {
    const t = this.target();
    const { rect } = t;
    switch (name) {
      case "address":
        return `${sheetReference(t.sheet.name)}!${localAddress(rect)}`;
      case "rowIndex":
        return rect.row;
      case "columnIndex":
        return rect.col;
      case "rowCount":
        return rect.rows;
      case "columnCount":
        return rect.cols;
      case "cellCount":
        return cellCount(rect);
      case "isEntireColumn":
        return rect.row === 0 && rect.rows === MAX_ROWS;
      case "isEntireRow":
        return rect.col === 0 && rect.cols === MAX_COLS;
      case "values":
        return grid(t, (c) => c?.value ?? "");
      case "numberFormat":
        return grid(t, (c) => c?.numberFormat ?? "General");
      case "formulas":
        return grid(t, (c) => (c?.isFormula ? c.formula : (c?.value ?? "")));
      // true when all are hidden, false when none, null when some are:
      // https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-rowhidden-member
      case "columnHidden":
        applies("hidden-all-or-none");
        return allOrNone(countIn(t.sheet.hiddenColumns, rect.col, rect.cols), rect.cols);
      case "rowHidden":
        applies("hidden-all-or-none");
        return allOrNone(countIn(t.sheet.hiddenRows, rect.row, rect.rows), rect.rows);
      default:
        return super.readScalar(name);
    }
  }

  protected override navigation(name: string): FakeClientObject | undefined {
    if (name === "format") return this.format;
    if (name === "dataValidation") return this.dataValidation;
    return undefined;
  }

  get address(): string {
    return this.prop("address");
  }
  get rowIndex(): number {
    return this.prop("rowIndex");
  }
  get columnIndex(): number {
    return this.prop("columnIndex");
  }
  get rowCount(): number {
    return this.prop("rowCount");
  }
  get columnCount(): number {
    return this.prop("columnCount");
  }
  get cellCount(): number {
    return this.prop("cellCount");
  }
  get isEntireColumn(): boolean {
    return this.prop("isEntireColumn");
  }
  get isEntireRow(): boolean {
    return this.prop("isEntireRow");
  }

  get values(): unknown[][] {
    return this.prop("values");
  }
  set values(input: unknown[][]) {
    this.setLater("values", input, () => {
      const t = this.target();
      const at = inputGrid(input, t.rect, "values");
      const { row, col, rows, cols } = t.rect;
      for (let r = 0; r < rows; r++) {
        for (let c = 0; c < cols; c++) enterValue(t.sheet, row + r, col + c, at(r, c));
      }
      this.context.host.noteEdit(t.sheet, t.rect);
    });
  }

  get numberFormat(): unknown[][] {
    return this.prop("numberFormat");
  }
  set numberFormat(input: unknown[][]) {
    this.setLater("numberFormat", input, () => {
      const t = this.target();
      const at = inputGrid(input, t.rect, "numberFormat");
      forEachCell(t, (cell, r, c) => {
        const f = at(r - t.rect.row, c - t.rect.col);
        if (f === null || f === undefined) return;
        if (typeof f !== "string") throw invalidArgument(`A number format must be a string, not ${JSON.stringify(f)}.`);
        if (f === "") applies("empty-number-format-general");
        cell.numberFormat = f === "" ? "General" : f;
      });
      // A format, not data: Excel raises onFormatChanged for it, and no onChanged.
      this.context.host.noteFormat(t.sheet, t.rect);
    });
  }

  get formulas(): unknown[][] {
    return this.prop("formulas");
  }
  set formulas(input: unknown[][]) {
    void input;
    throw notImplemented("Range.formulas (setting)");
  }

  get format(): FakeRangeFormat {
    return (this.formatProxy ??= new FakeRangeFormat(this.context, this));
  }

  get dataValidation(): FakeDataValidation {
    return (this.dataValidationProxy ??= new FakeDataValidation(this.context, this));
  }

  get conditionalFormats(): FakeConditionalFormatCollection {
    return (this.conditionalFormatsProxy ??= new FakeConditionalFormatCollection(this.context, this));
  }

  /** Hides or shows the range's columns (Excel does so for the whole columns, whatever the rows). */
  get columnHidden(): boolean {
    return this.prop("columnHidden");
  }
  set columnHidden(v: boolean) {
    this.setLater("columnHidden", v, () => {
      if (typeof v !== "boolean") throw invalidArgument(`columnHidden takes a boolean, not ${JSON.stringify(v)}.`);
      const { sheet, rect } = this.target();
      if (rect.cols === MAX_COLS) throw notImplemented("hiding every column");
      for (let c = rect.col; c < rect.col + rect.cols; c++) {
        if (v) sheet.hiddenColumns.add(c);
        else sheet.hiddenColumns.delete(c);
      }
    });
  }

  /** Hides or shows the range's rows (Excel does so for the whole rows, whatever the columns). */
  get rowHidden(): boolean {
    return this.prop("rowHidden");
  }
  set rowHidden(v: boolean) {
    this.setLater("rowHidden", v, () => {
      if (typeof v !== "boolean") throw invalidArgument(`rowHidden takes a boolean, not ${JSON.stringify(v)}.`);
      const { sheet, rect } = this.target();
      if (rect.rows === MAX_ROWS) throw notImplemented("hiding every row");
      for (let r = rect.row; r < rect.row + rect.rows; r++) {
        if (v) sheet.hiddenRows.add(r);
        else sheet.hiddenRows.delete(r);
      }
    });
  }

  getEntireColumn(): FakeRange {
    return this.derive("getEntireColumn", (r) => ({ row: 0, col: r.col, rows: MAX_ROWS, cols: r.cols }));
  }

  getEntireRow(): FakeRange {
    return this.derive("getEntireRow", (r) => ({ row: r.row, col: 0, rows: r.rows, cols: MAX_COLS }));
  }

  getCell(row: number, column: number): FakeRange {
    return this.derive("getCell", (r) => checkRect({ row: r.row + row, col: r.col + column, rows: 1, cols: 1 }));
  }

  private derive(label: string, rectOf: (r: Rect) => Rect): FakeRange {
    const slot = new Slot<RangeTarget | null>();
    this.later(label, 8, () => {
      const t = this.target();
      slot.put({ sheet: t.sheet, rect: rectOf(t.rect) });
    });
    return new FakeRange(this.context, () => slot.get());
  }

  merge(across?: boolean): void {
    this.later("merge", 8, () => {
      const t = this.target();
      const { row, col, rows, cols } = t.rect;
      const pieces = across ? Array.from({ length: rows }, (_, i) => ({ row: row + i, col, rows: 1, cols })) : [t.rect];
      for (const piece of pieces) {
        if (cellCount(piece) === 1) continue;
        t.sheet.merges = t.sheet.merges.filter((m) => !intersects(m, piece));
        // Excel keeps only the top-left value of a merged area.
        for (let r = piece.row; r < piece.row + piece.rows; r++) {
          for (let c = piece.col; c < piece.col + piece.cols; c++) {
            const cell = t.sheet.cell(r, c);
            if (cell && (r !== piece.row || c !== piece.col) && (cell.value !== "" || cell.isFormula)) {
              applies("merge-keeps-top-left");
              cell.value = "";
              cell.isFormula = false;
              delete cell.formula;
              this.context.host.noteEdit(t.sheet, piece);
            }
          }
        }
        t.sheet.merges.push(piece);
      }
    });
  }

  unmerge(): void {
    this.later("unmerge", 0, () => {
      const t = this.target();
      t.sheet.merges = t.sheet.merges.filter((m) => !intersects(m, t.rect));
    });
  }

  /** Selects the range; in Excel this also activates its sheet, which must be visible. */
  select(): void {
    this.later("select", 0, () => {
      const t = this.target();
      if (t.sheet.visibility !== "Visible") {
        applies("hidden-sheet-activate");
        throw new FakeExcelError("InvalidOperation", "A range on a hidden sheet cannot be selected.");
      }
      this.context.host.workbook.active = t.sheet;
      t.sheet.selection = localAddress(t.rect);
    });
  }

  getCellProperties(options: Excel.CellPropertiesLoadOptions): FakeClientResult<Excel.CellProperties[][]> {
    const result = new FakeClientResult<Excel.CellProperties[][]>();
    this.later("getCellProperties", jsonBytes(options), () => {
      const t = this.target();
      return result.settle(() => grid(t, (cell, r, c) => cellProperties(options, t.sheet, cell, r, c)));
    });
    return result;
  }

  /**
   * One entry per row of the range, top to bottom, with only the properties asked for
   * (ExcelApi 1.9): https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-getrowproperties-member(1)
   * Only rowIndex, rowHidden and address are modelled.
   */
  getRowProperties(options: Excel.RowPropertiesLoadOptions): FakeClientResult<Excel.RowProperties[]> {
    const result = new FakeClientResult<Excel.RowProperties[]>();
    this.later("getRowProperties", jsonBytes(options), () => {
      const { sheet, rect } = this.target();
      const keys = lineKeys(options, "rowIndex", "rowHidden");
      return result.settle(() =>
        Array.from({ length: rect.rows }, (_, i) => {
          const row = rect.row + i;
          const out: Excel.RowProperties = {};
          if (keys.index) out.rowIndex = row;
          if (keys.hidden) out.rowHidden = sheet.hiddenRows.has(row);
          if (keys.address) out.address = `${sheetReference(sheet.name)}!${localAddress({ ...rect, row, rows: 1 })}`;
          return out;
        }),
      );
    });
    return result;
  }

  /** One entry per column of the range, left to right; only columnIndex, columnHidden and address are modelled. */
  getColumnProperties(options: Excel.ColumnPropertiesLoadOptions): FakeClientResult<Excel.ColumnProperties[]> {
    const result = new FakeClientResult<Excel.ColumnProperties[]>();
    this.later("getColumnProperties", jsonBytes(options), () => {
      const { sheet, rect } = this.target();
      const keys = lineKeys(options, "columnIndex", "columnHidden");
      return result.settle(() =>
        Array.from({ length: rect.cols }, (_, i) => {
          const col = rect.col + i;
          const out: Excel.ColumnProperties = {};
          if (keys.index) out.columnIndex = col;
          if (keys.hidden) out.columnHidden = sheet.hiddenColumns.has(col);
          if (keys.address) out.address = `${sheetReference(sheet.name)}!${localAddress({ ...rect, col, cols: 1 })}`;
          return out;
        }),
      );
    });
    return result;
  }

  getMergedAreasOrNullObject(): FakeRangeAreas {
    const slot = new Slot<MergedAreas | null>();
    this.later("getMergedAreasOrNullObject", 0, () => {
      if (this.resolvesToNull()) return slot.put(null);
      const t = this.target();
      const areas = t.sheet.merges.filter((m) => intersects(m, t.rect));
      slot.put(areas.length === 0 ? null : { sheet: t.sheet, areas });
    });
    return new FakeRangeAreas(this.context, () => slot.get());
  }
}

/** How many of `count` lines from `first` the set holds, without walking a whole column's million rows. */
function countIn(set: ReadonlySet<number>, first: number, count: number): number {
  if (set.size < count) {
    let n = 0;
    for (const i of set) if (i >= first && i < first + count) n++;
    return n;
  }
  let n = 0;
  for (let i = first; i < first + count; i++) if (set.has(i)) n++;
  return n;
}

function allOrNone(hidden: number, of: number): boolean | null {
  return hidden === of ? true : hidden === 0 ? false : null;
}

/** Which of a row or column properties request's keys the fake answers; anything else is beyond it. */
function lineKeys(options: object, index: string, hidden: string): { index: boolean; hidden: boolean; address: boolean } {
  const asked = options as Record<string, unknown>;
  for (const key of Object.keys(asked)) {
    if (key !== index && key !== hidden && key !== "address") throw notImplemented(`getRowProperties/getColumnProperties ${key}`);
  }
  return { index: asked[index] === true, hidden: asked[hidden] === true, address: asked.address === true };
}

/** Excel's rules for what a value written through `Range.values` becomes. */
function enterValue(sheet: SheetState, row: number, col: number, input: unknown): void {
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

function setCell(cell: CellState, value: string | number | boolean): void {
  cell.value = value;
  cell.isFormula = false;
  delete cell.formula;
}

const NUMBER = /^[+-]?(\d{1,3}(,\d{3})+|\d+|\d*\.\d+|\d+\.\d*|\d{1,3}(,\d{3})+\.\d*)([eE][+-]?\d+)?$/;

function looksLikeFormula(s: string): boolean {
  if (s.startsWith("=")) return true;
  if (s.length > 1 && (s.startsWith("+") || s.startsWith("-"))) return !NUMBER.test(s.trim()) && !/^[+-]\s*$/.test(s);
  return s.length > 1 && s.startsWith("@");
}

/** What Excel's input parser turns text into: numbers, percentages, booleans, dates. */
function parseTyped(input: string): { value: number | boolean; numberFormat?: string } | null {
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

function dateSerial(year: number, month: number, day: number): number | null {
  const t = Date.UTC(year, month - 1, day);
  const d = new Date(t);
  if (d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  return (t - Date.UTC(1899, 11, 30)) / 86_400_000;
}

function cellProperties(
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

// ---------------------------------------------------------------------------------------------
// Range formatting

export class FakeRangeFormat
  extends FakeClientObject
  implements Pick<Excel.RangeFormat, "columnWidth" | "rowHeight" | "horizontalAlignment" | "verticalAlignment" | "wrapText">
{
  private fontProxy?: FakeRangeFont;
  private fillProxy?: FakeRangeFill;
  private bordersProxy?: FakeRangeBorderCollection;

  constructor(
    context: FakeRequestContext,
    readonly range: FakeRange,
  ) {
    super(context, "RangeFormat");
  }

  resolvesToNull(): boolean {
    return this.range.resolvesToNull();
  }

  protected override defaultLoad(): string[] {
    return ["columnWidth", "rowHeight", "horizontalAlignment", "verticalAlignment", "wrapText"];
  }

  protected override readScalar(name: string): unknown {
    const t = this.range.target();
    const { rect, sheet } = t;
    const same = <T>(values: T[]): T | null => {
      applies("default-sizes");
      return values.every((v) => v === values[0]) ? values[0] : null;
    };
    switch (name) {
      case "columnWidth":
        return same(
          Array.from({ length: Math.min(rect.cols, MAX_COLS) }, (_, i) => sheet.columnWidths.get(rect.col + i) ?? DEFAULT_COLUMN_WIDTH_PT),
        );
      case "rowHeight":
        return same(
          Array.from({ length: Math.min(rect.rows, 100_000) }, (_, i) => sheet.rowHeights.get(rect.row + i) ?? DEFAULT_ROW_HEIGHT_PT),
        );
      case "horizontalAlignment":
        return uniform(t, (c) => c?.horizontalAlignment ?? "General");
      case "verticalAlignment":
        return uniform(t, (c) => c?.verticalAlignment ?? "Bottom");
      case "wrapText":
        return uniform(t, (c) => c?.wrapText ?? false);
      default:
        return super.readScalar(name);
    }
  }

  protected override navigation(name: string): FakeClientObject | undefined {
    if (name === "font") return this.font;
    if (name === "fill") return this.fill;
    if (name === "borders") return this.borders;
    return undefined;
  }

  get font(): FakeRangeFont {
    return (this.fontProxy ??= new FakeRangeFont(this.context, this.range));
  }
  get fill(): FakeRangeFill {
    return (this.fillProxy ??= new FakeRangeFill(this.context, this.range));
  }
  get borders(): FakeRangeBorderCollection {
    return (this.bordersProxy ??= new FakeRangeBorderCollection(this.context, this.range));
  }

  get columnWidth(): number {
    return this.prop("columnWidth");
  }
  set columnWidth(v: number) {
    this.setLater("columnWidth", v, () => {
      if (!(v >= 0)) throw invalidArgument(`Bad column width ${v}`);
      const { sheet, rect } = this.range.target();
      for (let c = rect.col; c < rect.col + rect.cols; c++) sheet.columnWidths.set(c, v);
    });
  }

  get rowHeight(): number {
    return this.prop("rowHeight");
  }
  set rowHeight(v: number) {
    this.setLater("rowHeight", v, () => {
      applies("sizes-in-points");
      if (!(v >= 0 && v <= 409)) throw invalidArgument(`Bad row height ${v}`);
      const { sheet, rect } = this.range.target();
      if (rect.rows === MAX_ROWS) throw notImplemented("row height of whole columns");
      for (let r = rect.row; r < rect.row + rect.rows; r++) sheet.rowHeights.set(r, v);
    });
  }

  get horizontalAlignment(): Excel.RangeFormat["horizontalAlignment"] {
    return this.prop("horizontalAlignment");
  }
  set horizontalAlignment(v: Excel.RangeFormat["horizontalAlignment"]) {
    this.setCells("horizontalAlignment", v, (c) => (c.horizontalAlignment = v));
  }

  get verticalAlignment(): Excel.RangeFormat["verticalAlignment"] {
    return this.prop("verticalAlignment");
  }
  set verticalAlignment(v: Excel.RangeFormat["verticalAlignment"]) {
    this.setCells("verticalAlignment", v, (c) => (c.verticalAlignment = v));
  }

  get wrapText(): boolean {
    return this.prop("wrapText");
  }
  set wrapText(v: boolean) {
    this.setCells("wrapText", v, (c) => (c.wrapText = v));
  }

  private setCells(name: string, v: unknown, apply: (c: CellState) => void): void {
    this.setLater(name, v, () => {
      const t = this.range.target();
      forEachCell(t, apply);
      this.context.host.noteFormat(t.sheet, t.rect);
    });
  }

  /** Fits the rows' heights to their content as it stands at this point of the sync (see autofitRowHeights). */
  autofitRows(): void {
    this.later("autofitRows", 0, () => {
      const { sheet, rect } = this.range.target();
      if (rect.rows > 100_000) throw notImplemented("autofitting whole columns");
      sheet.autofitSpans.push({ from: rect.row, to: rect.row + rect.rows - 1 });
      autofitRowHeights(sheet, rect);
    });
  }
}

/** Base of the per-range format pieces (font, fill, border) that resolve through their range. */
abstract class FakeRangePart extends FakeClientObject {
  constructor(
    context: FakeRequestContext,
    typeName: string,
    readonly range: FakeRange,
  ) {
    super(context, typeName);
  }

  resolvesToNull(): boolean {
    return this.range.resolvesToNull();
  }

  /** Sets a format of every cell of the range, which Excel tells of through onFormatChanged. */
  protected setCells(name: string, v: unknown, apply: (c: CellState) => void): void {
    this.setLater(name, v, () => {
      const t = this.range.target();
      forEachCell(t, apply);
      this.context.host.noteFormat(t.sheet, t.rect);
    });
  }
}

function checkColor(v: string): string {
  if (!/^#[0-9A-Fa-f]{6}$/.test(v)) throw notImplemented(`colour '${v}' (only #RRGGBB)`);
  return v.toUpperCase();
}

export class FakeRangeFont
  extends FakeRangePart
  implements Pick<Excel.RangeFont, "name" | "size" | "bold" | "italic" | "underline" | "color">
{
  constructor(context: FakeRequestContext, range: FakeRange) {
    super(context, "RangeFont", range);
  }

  protected override defaultLoad(): string[] {
    return ["name", "size", "bold", "italic", "underline", "color"];
  }

  protected override readScalar(name: string): unknown {
    const t = this.range.target();
    switch (name) {
      case "name":
        return uniform(t, (c) => c?.font.name ?? "Calibri");
      case "size":
        return uniform(t, (c) => c?.font.size ?? 11);
      case "bold":
        return uniform(t, (c) => c?.font.bold ?? false);
      case "italic":
        return uniform(t, (c) => c?.font.italic ?? false);
      case "underline":
        return uniform(t, (c) => c?.font.underline ?? "None");
      case "color":
        return uniform(t, (c) => c?.font.color ?? "#000000");
      default:
        return super.readScalar(name);
    }
  }

  get name(): string {
    return this.prop("name");
  }
  set name(v: string) {
    this.setCells("name", v, (c) => (c.font.name = v));
  }
  get size(): number {
    return this.prop("size");
  }
  set size(v: number) {
    this.setCells("size", v, (c) => (c.font.size = v));
  }
  get bold(): boolean {
    return this.prop("bold");
  }
  set bold(v: boolean) {
    this.setCells("bold", v, (c) => (c.font.bold = v));
  }
  get italic(): boolean {
    return this.prop("italic");
  }
  set italic(v: boolean) {
    this.setCells("italic", v, (c) => (c.font.italic = v));
  }
  get underline(): Excel.RangeFont["underline"] {
    return this.prop("underline");
  }
  set underline(v: Excel.RangeFont["underline"]) {
    this.setCells("underline", v, (c) => (c.font.underline = v));
  }
  get color(): string {
    return this.prop("color");
  }
  set color(v: string) {
    this.setCells("color", v, (c) => (c.font.color = checkColor(v)));
  }
}

export class FakeRangeFill extends FakeRangePart implements Pick<Excel.RangeFill, "color" | "clear"> {
  constructor(context: FakeRequestContext, range: FakeRange) {
    super(context, "RangeFill", range);
  }

  protected override defaultLoad(): string[] {
    return ["color"];
  }

  protected override readScalar(name: string): unknown {
    if (name === "color") return uniform(this.range.target(), (c) => c?.fill ?? NO_FILL);
    return super.readScalar(name);
  }

  get color(): string {
    return this.prop("color");
  }
  set color(v: string) {
    this.setCells("color", v, (c) => (c.fill = checkColor(v)));
  }

  clear(): void {
    this.later("clear", 0, () => {
      const t = this.range.target();
      forEachCell(t, (c) => delete c.fill);
      this.context.host.noteFormat(t.sheet, t.rect);
    });
  }
}

type BorderIndex =
  "EdgeTop" | "EdgeBottom" | "EdgeLeft" | "EdgeRight" | "InsideVertical" | "InsideHorizontal" | "DiagonalDown" | "DiagonalUp";

export class FakeRangeBorderCollection extends FakeRangePart {
  private readonly byIndex = new Map<string, FakeRangeBorder>();

  constructor(context: FakeRequestContext, range: FakeRange) {
    super(context, "RangeBorderCollection", range);
  }

  getItem(index: Excel.BorderIndex | BorderIndex): FakeRangeBorder {
    let b = this.byIndex.get(index);
    if (!b) {
      if (index === "DiagonalDown" || index === "DiagonalUp") throw notImplemented(`border ${index}`);
      b = new FakeRangeBorder(this.context, this.range, index as BorderIndex);
      this.byIndex.set(index, b);
    }
    return b;
  }
}

export class FakeRangeBorder extends FakeRangePart implements Pick<Excel.RangeBorder, "style" | "weight" | "color"> {
  constructor(
    context: FakeRequestContext,
    range: FakeRange,
    readonly sideIndex: BorderIndex,
  ) {
    super(context, "RangeBorder", range);
  }

  protected override defaultLoad(): string[] {
    return ["style", "weight", "color"];
  }

  protected override readScalar(name: string): unknown {
    if (name !== "style" && name !== "weight" && name !== "color") return super.readScalar(name);
    const t = this.range.target();
    const unset = { style: "None", weight: "Thin", color: "#000000" }[name];
    const values = this.edges(t.rect).map(([r, c, edge]) => t.sheet.cell(r, c)?.borders[edge]?.[name] ?? unset);
    return values.every((v) => v === values[0]) ? (values[0] ?? null) : null;
  }

  get style(): Excel.RangeBorder["style"] {
    return this.prop("style");
  }
  set style(v: Excel.RangeBorder["style"]) {
    this.setEdges("style", v, (b) => (v === "None" ? undefined : { ...b, style: v }));
  }

  get weight(): Excel.RangeBorder["weight"] {
    return this.prop("weight");
  }
  set weight(v: Excel.RangeBorder["weight"]) {
    this.setEdges("weight", v, (b) => ({ ...b, weight: v }));
  }

  get color(): string {
    return this.prop("color");
  }
  set color(v: string) {
    this.setEdges("color", v, (b) => ({ ...b, color: checkColor(v) }));
  }

  /** A weight or colour set on an edge without a line draws a continuous one, as in Excel. */
  private setEdges(name: string, v: unknown, next: (b: BorderState) => BorderState | undefined): void {
    this.setLater(name, v, () => {
      const t = this.range.target();
      for (const [r, c, edge] of this.edges(t.rect)) {
        const borders = t.sheet.ensureCell(r, c).borders;
        const b = next(borders[edge] ?? { style: "Continuous", weight: "Thin", color: "#000000" });
        if (b) borders[edge] = b;
        else delete borders[edge];
      }
      this.context.host.noteFormat(t.sheet, t.rect);
    });
  }

  /** The cell edges this border index stands for; an inside line is both neighbours' edges. */
  private edges(rect: Rect): [number, number, BorderEdge][] {
    if (cellCount(rect) > MAX_CELLS_PER_FORMAT) throw notImplemented("borders of whole columns or rows");
    const { row, col } = rect;
    const lastRow = row + rect.rows - 1;
    const lastCol = col + rect.cols - 1;
    const out: [number, number, BorderEdge][] = [];
    for (let r = row; r <= lastRow; r++) {
      for (let c = col; c <= lastCol; c++) {
        switch (this.sideIndex) {
          case "EdgeTop":
            if (r === row) out.push([r, c, "EdgeTop"]);
            break;
          case "EdgeBottom":
            if (r === lastRow) out.push([r, c, "EdgeBottom"]);
            break;
          case "EdgeLeft":
            if (c === col) out.push([r, c, "EdgeLeft"]);
            break;
          case "EdgeRight":
            if (c === lastCol) out.push([r, c, "EdgeRight"]);
            break;
          case "InsideHorizontal":
            if (r < lastRow) out.push([r, c, "EdgeBottom"]);
            if (r > row) out.push([r, c, "EdgeTop"]);
            break;
          case "InsideVertical":
            if (c < lastCol) out.push([r, c, "EdgeRight"]);
            if (c > col) out.push([r, c, "EdgeLeft"]);
            break;
          default:
            throw notImplemented(`border ${this.sideIndex}`);
        }
      }
    }
    return out;
  }
}

// ---------------------------------------------------------------------------------------------
// Data validation

export class FakeDataValidation
  extends FakeRangePart
  implements Pick<Excel.DataValidation, "rule" | "errorAlert" | "prompt" | "ignoreBlanks" | "clear">
{
  constructor(context: FakeRequestContext, range: FakeRange) {
    super(context, "DataValidation", range);
  }

  protected override readScalar(name: string): unknown {
    const t = this.range.target();
    const covering = t.sheet.validations.filter((v) => intersects(v.range, t.rect));
    const only = covering.length === 1 && contains(covering[0].range, t.rect) ? covering[0] : undefined;
    switch (name) {
      case "type":
        return covering.length === 0 ? "None" : only?.rule.list ? "List" : only ? "Custom" : "Inconsistent";
      case "rule":
        return only?.rule ?? {};
      case "ignoreBlanks":
        return only?.ignoreBlanks ?? true;
      case "errorAlert":
        return only?.errorAlert ?? { message: "", showAlert: true, style: "Stop", title: "" };
      case "prompt":
        return only?.prompt ?? { message: "", showPrompt: false, title: "" };
      default:
        return super.readScalar(name);
    }
  }

  get type(): Excel.DataValidation["type"] {
    return this.prop("type");
  }

  get rule(): Excel.DataValidationRule {
    return this.prop("rule");
  }
  set rule(v: Excel.DataValidationRule) {
    this.setLater("rule", v, () => {
      const t = this.range.target();
      const kinds = Object.keys(v);
      if (kinds.length !== 1 || !v.list) throw notImplemented(`data validation rule ${kinds.join("+")}`);
      if (typeof v.list.source !== "string") throw notImplemented("list validation with a Range source");
      if (v.list.source.length === 0) throw invalidArgument("A list validation needs a source.");
      // Excel rejects a list source that refers to a sheet the workbook does not have (yet).
      const ref = /^=\s*(?:'((?:[^']|'')+)'|([^'!]+))!/.exec(v.list.source);
      const refSheet = ref && (ref[1]?.replace(/''/g, "'") ?? ref[2]);
      if (refSheet) applies("list-source-sheet-exists");
      if (refSheet && !this.context.host.workbook.find(refSheet)) {
        throw invalidArgument(`The list source refers to a missing sheet: ${refSheet}`);
      }
      this.remove(t);
      t.sheet.validations.push({ range: t.rect, rule: { list: { ...v.list } }, ignoreBlanks: true });
    });
  }

  get ignoreBlanks(): boolean {
    return this.prop("ignoreBlanks");
  }
  set ignoreBlanks(v: boolean) {
    this.setLater("ignoreBlanks", v, () => this.eachCovering((val) => (val.ignoreBlanks = v)));
  }

  get errorAlert(): Excel.DataValidationErrorAlert {
    return this.prop("errorAlert");
  }
  set errorAlert(v: Excel.DataValidationErrorAlert) {
    this.setLater("errorAlert", v, () => {
      applies("validation-text-limits");
      if ((v.title ?? "").length > 32 || (v.message ?? "").length > 255) throw invalidArgument("Error alert title or message too long.");
      this.eachCovering((val) => (val.errorAlert = { ...v }));
    });
  }

  get prompt(): Excel.DataValidationPrompt {
    return this.prop("prompt");
  }
  set prompt(v: Excel.DataValidationPrompt) {
    this.setLater("prompt", v, () => {
      applies("validation-text-limits");
      if ((v.title ?? "").length > 32 || (v.message ?? "").length > 255) throw invalidArgument("Prompt title or message too long.");
      this.eachCovering((val) => (val.prompt = { ...v }));
    });
  }

  clear(): void {
    this.later("clear", 0, () => this.remove(this.range.target()));
  }

  private remove(t: RangeTarget): void {
    t.sheet.validations = t.sheet.validations.flatMap((v) => subtract(v.range, t.rect).map((range) => ({ ...v, range })));
  }

  private eachCovering(fn: (v: ValidationState) => void): void {
    const t = this.range.target();
    for (const v of t.sheet.validations) if (intersects(v.range, t.rect)) fn(v);
  }
}

// ---------------------------------------------------------------------------------------------
// Conditional formats (ExcelApi 1.6): only the Custom kind, a formula rule with a fill

export class FakeConditionalFormatCollection extends FakeRangePart {
  constructor(context: FakeRequestContext, range: FakeRange) {
    super(context, "ConditionalFormatCollection", range);
  }

  /** Adds a format on top of the sheet's others (the highest priority), as Excel does. */
  add(type: Excel.ConditionalFormatType | `${Excel.ConditionalFormatType}`): FakeConditionalFormat {
    const slot = new Slot<ConditionalFormatState>();
    this.later("add", jsonBytes(type), () => {
      if (type !== "Custom") throw notImplemented(`conditional format type ${type}`);
      const { sheet, rect } = this.range.target();
      const state: ConditionalFormatState = { type: "Custom", range: rect };
      applies("conditional-format-on-top");
      sheet.conditionalFormats.unshift(state);
      slot.put(state);
    });
    return new FakeConditionalFormat(this.context, this.range, () => slot.get());
  }
}

/** Base of the pieces of one conditional format, resolved through the call that added it. */
abstract class FakeConditionalPart extends FakeClientObject {
  constructor(
    context: FakeRequestContext,
    typeName: string,
    readonly range: FakeRange,
    protected readonly state: () => ConditionalFormatState,
  ) {
    super(context, typeName);
  }

  resolvesToNull(): boolean {
    return this.range.resolvesToNull();
  }

  /** The format's state, failing the sync as Excel does when its sheet is gone. */
  protected live(): ConditionalFormatState {
    this.range.target();
    return this.state();
  }
}

export class FakeConditionalFormat extends FakeConditionalPart implements Pick<Excel.ConditionalFormat, "type"> {
  private customProxy?: FakeCustomConditionalFormat;

  constructor(context: FakeRequestContext, range: FakeRange, state: () => ConditionalFormatState) {
    super(context, "ConditionalFormat", range, state);
  }

  protected override readScalar(name: string): unknown {
    if (name === "type") return this.live().type;
    return super.readScalar(name);
  }

  protected override navigation(name: string): FakeClientObject | undefined {
    return name === "custom" ? this.custom : undefined;
  }

  get type(): Excel.ConditionalFormat["type"] {
    return this.prop("type");
  }

  get custom(): FakeCustomConditionalFormat {
    return (this.customProxy ??= new FakeCustomConditionalFormat(this.context, this.range, this.state));
  }
}

export class FakeCustomConditionalFormat extends FakeConditionalPart {
  readonly rule: FakeConditionalFormatRule;
  readonly format: FakeConditionalRangeFormat;

  constructor(context: FakeRequestContext, range: FakeRange, state: () => ConditionalFormatState) {
    super(context, "CustomConditionalFormat", range, state);
    this.rule = new FakeConditionalFormatRule(context, range, state);
    this.format = new FakeConditionalRangeFormat(context, range, state);
  }

  protected override navigation(name: string): FakeClientObject | undefined {
    return name === "rule" ? this.rule : name === "format" ? this.format : undefined;
  }
}

export class FakeConditionalFormatRule extends FakeConditionalPart implements Pick<Excel.ConditionalFormatRule, "formula"> {
  constructor(context: FakeRequestContext, range: FakeRange, state: () => ConditionalFormatState) {
    super(context, "ConditionalFormatRule", range, state);
  }

  protected override readScalar(name: string): unknown {
    if (name === "formula") return this.live().formula ?? "";
    return super.readScalar(name);
  }

  get formula(): string {
    return this.prop("formula");
  }
  set formula(v: string) {
    this.setLater("formula", v, () => {
      if (typeof v !== "string" || !v.startsWith("=") || v.length < 2) throw invalidArgument(`A rule's formula must start with "=": ${JSON.stringify(v)}`);
      this.live().formula = v;
    });
  }
}

export class FakeConditionalRangeFormat extends FakeConditionalPart {
  readonly fill: FakeConditionalRangeFill;

  constructor(context: FakeRequestContext, range: FakeRange, state: () => ConditionalFormatState) {
    super(context, "ConditionalRangeFormat", range, state);
    this.fill = new FakeConditionalRangeFill(context, range, state);
  }

  protected override navigation(name: string): FakeClientObject | undefined {
    return name === "fill" ? this.fill : undefined;
  }
}

export class FakeConditionalRangeFill extends FakeConditionalPart implements Pick<Excel.ConditionalRangeFill, "color"> {
  constructor(context: FakeRequestContext, range: FakeRange, state: () => ConditionalFormatState) {
    super(context, "ConditionalRangeFill", range, state);
  }

  protected override readScalar(name: string): unknown {
    if (name === "color") return this.live().fill ?? null;
    return super.readScalar(name);
  }

  get color(): string {
    return this.prop("color");
  }
  set color(v: string) {
    this.setLater("color", v, () => {
      this.live().fill = checkColor(v);
    });
  }
}

// ---------------------------------------------------------------------------------------------
// Merged areas (RangeAreas, ExcelApi 1.13)

interface MergedAreas {
  sheet: SheetState;
  areas: Rect[];
}

export class FakeRangeAreas extends FakeClientObject implements Pick<Excel.RangeAreas, "address" | "areaCount"> {
  readonly areas: FakeRangeCollection;

  constructor(
    context: FakeRequestContext,
    private readonly resolve: () => MergedAreas | null,
  ) {
    super(context, "RangeAreas");
    this.areas = new FakeRangeCollection(context, () => {
      const m = this.resolve();
      return m === null ? null : m.areas.map((rect) => ({ sheet: m.sheet, rect }));
    });
  }

  resolvesToNull(): boolean {
    return this.resolve() === null;
  }

  protected override defaultLoad(): string[] {
    return ["address", "areaCount"];
  }

  protected override readScalar(name: string): unknown {
    const m = this.resolve();
    if (m === null) throw new FakeExcelError("ItemNotFound", "RangeAreas is a null object.");
    if (name === "address") return m.areas.map((r) => `${sheetReference(m.sheet.name)}!${localAddress(r)}`).join(",");
    if (name === "areaCount") return m.areas.length;
    return super.readScalar(name);
  }

  protected override navigation(name: string): FakeClientObject | undefined {
    return name === "areas" ? this.areas : undefined;
  }

  get address(): string {
    return this.prop("address");
  }
  get areaCount(): number {
    return this.prop("areaCount");
  }
}

export class FakeRangeCollection extends FakeCollection<FakeRange> {
  constructor(
    context: FakeRequestContext,
    private readonly resolve: () => RangeTarget[] | null,
  ) {
    super(context, "RangeCollection");
  }

  resolvesToNull(): boolean {
    return this.resolve() === null;
  }

  protected currentItems(): FakeRange[] {
    return (this.resolve() ?? []).map((t) => new FakeRange(this.context, () => t));
  }
}

// ---------------------------------------------------------------------------------------------
// Freeze panes and page layout

/** Base of the worksheet-level pieces that resolve through their worksheet. */
abstract class FakeWorksheetPart extends FakeClientObject {
  constructor(
    context: FakeRequestContext,
    typeName: string,
    readonly worksheet: FakeWorksheet,
  ) {
    super(context, typeName);
  }

  resolvesToNull(): boolean {
    return this.worksheet.resolvesToNull();
  }
}

export class FakeWorksheetFreezePanes
  extends FakeWorksheetPart
  implements Pick<Excel.WorksheetFreezePanes, "freezeRows" | "freezeColumns" | "unfreeze">
{
  constructor(context: FakeRequestContext, worksheet: FakeWorksheet) {
    super(context, "WorksheetFreezePanes", worksheet);
  }

  freezeRows(count = 1): void {
    this.later("freezeRows", 8, () => {
      this.worksheet.sheet().freeze = { rows: count, cols: 0 };
    });
  }

  freezeColumns(count = 1): void {
    this.later("freezeColumns", 8, () => {
      this.worksheet.sheet().freeze = { rows: 0, cols: count };
    });
  }

  /** The given cells become the frozen top-left pane. */
  freezeAt(frozenRange: FakeRange | string): void {
    this.later("freezeAt", 16, () => {
      const rect = typeof frozenRange === "string" ? parseRangeAddress(frozenRange) : frozenRange.target().rect;
      this.worksheet.sheet().freeze = { rows: rect.row + rect.rows, cols: rect.col + rect.cols };
    });
  }

  unfreeze(): void {
    this.later("unfreeze", 0, () => {
      this.worksheet.sheet().freeze = null;
    });
  }

  getLocationOrNullObject(): FakeRange {
    const slot = new Slot<RangeTarget | null>();
    this.later("getLocationOrNullObject", 0, () => {
      const sheet = this.worksheet.sheet();
      const f = sheet.freeze;
      if (!f) return slot.put(null);
      const rect = {
        row: 0,
        col: 0,
        rows: f.rows === 0 ? MAX_ROWS : f.rows,
        cols: f.cols === 0 ? MAX_COLS : f.cols,
      };
      slot.put({ sheet, rect });
    });
    return new FakeRange(this.context, () => slot.get());
  }
}

type PageScalar = "orientation" | "paperSize" | "leftMargin" | "rightMargin" | "topMargin" | "bottomMargin" | "centerHorizontally";

export class FakePageLayout
  extends FakeWorksheetPart
  implements
    Pick<
      Excel.PageLayout,
      "orientation" | "paperSize" | "zoom" | "leftMargin" | "rightMargin" | "topMargin" | "bottomMargin" | "centerHorizontally"
    >
{
  readonly headersFooters: FakeHeaderFooterGroup;

  constructor(context: FakeRequestContext, worksheet: FakeWorksheet) {
    super(context, "PageLayout", worksheet);
    this.headersFooters = new FakeHeaderFooterGroup(context, worksheet);
  }

  protected override defaultLoad(): string[] {
    return ["orientation", "paperSize", "zoom", "leftMargin", "rightMargin", "topMargin", "bottomMargin", "centerHorizontally"];
  }

  protected override readScalar(name: string): unknown {
    const p = this.worksheet.sheet().pageLayout;
    applies("page-defaults");
    switch (name) {
      case "zoom":
        return { ...p.zoom };
      case "orientation":
      case "paperSize":
      case "leftMargin":
      case "rightMargin":
      case "topMargin":
      case "bottomMargin":
      case "centerHorizontally":
        return p[name];
      default:
        return super.readScalar(name);
    }
  }

  protected override navigation(name: string): FakeClientObject | undefined {
    return name === "headersFooters" ? this.headersFooters : undefined;
  }

  private setPage<K extends PageScalar>(name: K, v: PageSetupState[K], check: (v: PageSetupState[K]) => boolean): void {
    this.setLater(name, v, () => {
      if (!check(v)) throw invalidArgument(`Bad page layout ${name}: ${JSON.stringify(v)}`);
      this.worksheet.sheet().pageLayout[name] = v;
    });
  }

  get orientation(): Excel.PageLayout["orientation"] {
    return this.prop("orientation");
  }
  set orientation(v: Excel.PageLayout["orientation"]) {
    this.setPage("orientation", v, (x) => x === "Portrait" || x === "Landscape");
  }

  get paperSize(): Excel.PageLayout["paperSize"] {
    return this.prop("paperSize");
  }
  set paperSize(v: Excel.PageLayout["paperSize"]) {
    this.setPage("paperSize", v, (x) => typeof x === "string" && x.length > 0);
  }

  get leftMargin(): number {
    return this.prop("leftMargin");
  }
  set leftMargin(v: number) {
    this.setPage("leftMargin", v, (x) => x >= 0);
  }
  get rightMargin(): number {
    return this.prop("rightMargin");
  }
  set rightMargin(v: number) {
    this.setPage("rightMargin", v, (x) => x >= 0);
  }
  get topMargin(): number {
    return this.prop("topMargin");
  }
  set topMargin(v: number) {
    this.setPage("topMargin", v, (x) => x >= 0);
  }
  get bottomMargin(): number {
    return this.prop("bottomMargin");
  }
  set bottomMargin(v: number) {
    this.setPage("bottomMargin", v, (x) => x >= 0);
  }

  get centerHorizontally(): boolean {
    return this.prop("centerHorizontally");
  }
  set centerHorizontally(v: boolean) {
    this.setPage("centerHorizontally", v, (x) => typeof x === "boolean");
  }

  get zoom(): Excel.PageLayoutZoomOptions {
    return this.prop("zoom");
  }
  set zoom(v: Excel.PageLayoutZoomOptions) {
    this.setLater("zoom", v, () => {
      applies("zoom-scale-or-fit");
      const fits = v.horizontalFitToPages !== undefined || v.verticalFitToPages !== undefined;
      if (fits && v.scale !== undefined) throw invalidArgument("Zoom takes either a scale or fit-to-pages, not both.");
      this.worksheet.sheet().pageLayout.zoom = { ...v };
    });
  }

  /** One area ("A1:R120", a sheet prefix allowed) or a range; several areas are beyond the fake. */
  setPrintArea(printArea: FakeRange | string): void {
    this.later("setPrintArea", jsonBytes(typeof printArea === "string" ? printArea : ""), () => {
      const rect = typeof printArea === "string" ? parseRangeAddress(printArea) : printArea.target().rect;
      if (typeof printArea !== "string" && printArea.target().sheet !== this.worksheet.sheet()) {
        throw invalidArgument("The print area must be on the same worksheet.");
      }
      this.worksheet.sheet().pageLayout.printArea = localAddress(rect);
    });
  }

  /** ExcelApi 1.9: the print area as one area (all the fake keeps), null when none was set. */
  getPrintAreaOrNullObject(): FakeRangeAreas {
    return new FakeRangeAreas(this.context, () => {
      const sheet = this.worksheet.sheet();
      const area = sheet.pageLayout.printArea;
      return area === null ? null : { sheet, areas: [parseRangeAddress(area)] };
    });
  }

  /** ExcelApi 1.9: the rows repeated at the top of each page, as whole rows; null when none. */
  getPrintTitleRowsOrNullObject(): FakeRange {
    return new FakeRange(this.context, () => {
      const sheet = this.worksheet.sheet();
      const rows = sheet.pageLayout.printTitleRows;
      return rows === null ? null : { sheet, rect: parseRangeAddress(rows) };
    });
  }

  setPrintTitleRows(printTitleRows: FakeRange | string): void {
    this.later("setPrintTitleRows", jsonBytes(typeof printTitleRows === "string" ? printTitleRows : ""), () => {
      const rect = typeof printTitleRows === "string" ? parseRangeAddress(printTitleRows) : printTitleRows.target().rect;
      this.worksheet.sheet().pageLayout.printTitleRows = `$${rect.row + 1}:$${rect.row + rect.rows}`;
    });
  }
}

export class FakeHeaderFooterGroup extends FakeWorksheetPart {
  readonly defaultForAllPages: FakeHeaderFooter;

  constructor(context: FakeRequestContext, worksheet: FakeWorksheet) {
    super(context, "HeaderFooterGroup", worksheet);
    this.defaultForAllPages = new FakeHeaderFooter(context, worksheet);
  }

  protected override navigation(name: string): FakeClientObject | undefined {
    return name === "defaultForAllPages" ? this.defaultForAllPages : undefined;
  }
}

export class FakeHeaderFooter extends FakeWorksheetPart implements Pick<Excel.HeaderFooter, "centerFooter"> {
  constructor(context: FakeRequestContext, worksheet: FakeWorksheet) {
    super(context, "HeaderFooter", worksheet);
  }

  protected override readScalar(name: string): unknown {
    if (name === "centerFooter") return this.worksheet.sheet().pageLayout.centerFooter;
    return super.readScalar(name);
  }

  get centerFooter(): string {
    return this.prop("centerFooter");
  }
  set centerFooter(v: string) {
    this.setLater("centerFooter", v, () => {
      applies("footer-255");
      if (v.length > 255) throw invalidArgument("A footer section holds at most 255 characters.");
      this.worksheet.sheet().pageLayout.centerFooter = v;
    });
  }
}
