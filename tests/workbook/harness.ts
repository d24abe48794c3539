import type { WorkbookPort } from "../../src/workbook/port";
import type { BorderKind, HAlign } from "../../src/core/sheetSpec";

/**
 * What the contract suite can see of a written workbook, taken from the adapter's backing
 * store (the fake Excel's state, the ExcelJS workbook), not through the port itself.
 */
export interface CellLook {
  value: string | number | boolean | null;
  /** True when the host holds a formula in the cell (the thing user text must never become). */
  isFormula: boolean;
  numberFormat: string;
  fontName?: string;
  fontSize?: number;
  bold?: boolean;
  /** #RRGGBB upper case, or undefined for no fill */
  fill?: string;
  hAlign?: HAlign;
  wrap?: boolean;
  borderTop?: BorderKind;
  borderBottom?: BorderKind;
  borderLeft?: BorderKind;
  borderRight?: BorderKind;
}

export interface SheetLook {
  /** Merged areas as A1 addresses, sorted. */
  merges: string[];
  /** Column width in Excel character units (adapters may round; compare with tolerance 0.6). */
  columnWidth(col: number): number | undefined;
  /** Row height in points. */
  rowHeight(row: number): number | undefined;
  /** List items or source formula of the validation covering the cell, if any. */
  validationAt(row: number, col: number): { items?: string[]; source?: string } | undefined;
  frozenRows: number;
  print: {
    orientation?: "portrait" | "landscape";
    paperA4: boolean;
    fitToPagesWide?: number;
    /** Print zoom in per cent, when printing at a scale rather than fitting to pages. */
    scale?: number;
    /** e.g. "$1:$3" */
    repeatRows?: string;
    centerFooter?: string;
    /** The first page's own footer (centre), when the first page has one. */
    firstPageFooter?: string;
    /** The number &P prints on the first page; undefined for automatic numbering. */
    firstPageNumber?: number;
    /** Zero-based rows manual breaks put at the top of a page, ascending. */
    pageBreaks: number[];
  };
  /** Pictures over the cells, in points from the sheet's top-left corner (adapters may round to a pixel). */
  images: { left: number; top: number; width: number; height: number }[];
  /** The print area without $ ("A1:R120"); undefined when none is set. */
  printArea?: string;
  /** Zero-based, ascending. */
  hiddenColumns: number[];
  /** Conditional fills as stored: the range, the fill (#RRGGBB) and the rule's formula without "=". */
  conditionalFills: { range: string; fill: string; formula: string }[];
  /** The fill the conditional rules give the cell, evaluated as the host would; undefined when none does. */
  conditionalFillAt(row: number, col: number): string | undefined;
  /** Data bars as stored, highest priority first: range, bar colour (#RRGGBB), fixed bounds, solid (no gradient). */
  dataBars: { range: string; color: string; min: number; max: number; solid: boolean }[];
  tabColor?: string;
}

export interface SeedLook {
  numberFormats?: string[][];
  fills?: (string | null)[][];
  visibility?: "visible" | "hidden" | "veryHidden";
  hiddenRows?: number[];
  hiddenColumns?: number[];
}

export interface WorkbookHarness {
  port: WorkbookPort;
  /**
   * Put raw content into the backing store as a user would have typed it (bypassing the port),
   * and hide what the user hid: the sheet's tab, rows and columns (zero-based).
   */
  seed(sheet: string, rows: (string | number | boolean | null)[][], options?: SeedLook): Promise<void>;
  cell(sheet: string, row: number, col: number): Promise<CellLook>;
  sheet(sheet: string): Promise<SheetLook>;
  sheetNames(): Promise<string[]>;
  /**
   * The sheet that opens (Excel's active sheet, the file's active tab) and its active cell:
   * the selected cell, or the top-left cell of a selected range. undefined when nothing says.
   */
  selection(): Promise<{ sheet: string; cell: string } | undefined>;
}
