/** Workbook state: what a test seeds and inspects directly. */
import type { Rect } from "../../src/core/rect";
import { applies } from "./register";
import { FakeExcelError } from "./errors";
import { MAX_COLS, MAX_ROWS } from "./limits";
import { checkSheetName, nonBlankRule } from "./rules";

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
  /** The number &P prints on the first page; "" for automatic, as Excel reports it. */
  firstPageNumber: number | "";
  /** Excel.HeaderFooterState: "Default", or "FirstAndDefault" when the first page has its own. */
  headerFooterState: string;
  /** The first page's centre footer, printed only under FirstAndDefault. */
  firstPageCenterFooter: string;
}

/** A picture on a sheet (the only shape the model holds), in points from the sheet's top-left. */
export interface ShapeState {
  readonly id: string;
  name: string;
  readonly type: "Image";
  /** The picture as given to addImage. */
  readonly base64: string;
  readonly format: "PNG" | "JPEG";
  left: number;
  top: number;
  width: number;
  height: number;
  lockAspectRatio: boolean;
}

/** One bound of a data bar as Office.js gives it: a rule type and, for Number and the like, a formula. */
export interface DataBarBoundState {
  readonly type: "Automatic" | "LowestValue" | "HighestValue" | "Number" | "Percent" | "Formula" | "Percentile";
  readonly formula?: string;
}

/** The parts of a data bar the adapter writes and the probe reads back. */
export interface DataBarState {
  lowerBoundRule: DataBarBoundState;
  upperBoundRule: DataBarBoundState;
  /** #RRGGBB */
  fillColor: string;
  gradientFill: boolean;
}

/**
 * A conditional format. Modelled: the Custom kind (a formula rule with a fill) and the DataBar
 * kind (bounds, colour, gradient); DataBar formats fill no cell, so conditionalFillAt skips them.
 */
export interface ConditionalFormatState {
  readonly type: "Custom" | "DataBar";
  readonly range: Rect;
  /** e.g. "=LEN(G8)>0", relative references counted from the range's top-left cell */
  formula?: string;
  /** #RRGGBB */
  fill?: string;
  /** Only for type DataBar. */
  dataBar?: DataBarState;
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
  /** Zero-based rows a manual page break puts at the top of a page. */
  readonly pageBreaks = new Set<number>();
  /** Pictures, bottom first (the order they were added). */
  readonly shapes: ShapeState[] = [];
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
    firstPageNumber: "",
    headerFooterState: "Default",
    firstPageCenterFooter: "",
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
      if (cf.type !== "Custom" || cf.formula === undefined || cf.fill === undefined) continue;
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
  /** Workbook files insertWorksheetsFromBase64 can be given, by their base64: the sheets each holds. */
  files = new Map<string, readonly FakeFileSheet[]>();
  /** ShapeCollection.addImage refuses every picture, as Excel on the web does some (FakeExcelOptions.refuseImages). */
  refuseImages = false;
  private nextShape = 1;

  shapeId(): string {
    return `{fake-shape-${this.nextShape++}}`;
  }

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

/** A sheet of another workbook file, as a test says the file holds it (the model reads no .xlsx). */
export interface FakeFileSheet {
  readonly name: string;
  readonly rows: readonly (readonly SeedValue[])[];
}

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

export function checkIndex(i: number, limit: number, what: string): number {
  if (!Number.isInteger(i) || i < 0 || i >= limit) throw new Error(`fake Excel: no ${what} ${i} to hide`);
  return i;
}
