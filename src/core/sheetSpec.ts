/**
 * A declarative description of one worksheet: what the report builders produce and the
 * workbook adapters write. Plain data only, so builders stay testable without Office.
 * Coordinates are zero-based (row 0 = Excel row 1, col 0 = column A).
 */
import type { CellValue } from "./cellValue";
import type { Rect } from "./rect";

export type HAlign = "left" | "center" | "right" | "justify";
export type VAlign = "top" | "middle" | "bottom";
export type BorderKind = "none" | "thin" | "medium" | "dotted";

export interface CellStyle {
  readonly fontName?: string;
  readonly fontSize?: number;
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly underline?: boolean;
  /** #RRGGBB */
  readonly fontColor?: string;
  /** #RRGGBB solid fill */
  readonly fill?: string;
  readonly hAlign?: HAlign;
  readonly vAlign?: VAlign;
  readonly wrap?: boolean;
  readonly numberFormat?: string;
  /** Border on every edge of every cell of the range (outline and inside lines). */
  readonly border?: BorderKind;
  /** Border only on the outline of the range. */
  readonly outline?: BorderKind;
}

/** A style applied to a whole rectangle: adapters format per rectangle, not per cell. */
export interface RangeFormat {
  readonly range: Rect;
  readonly style: CellStyle;
}

export interface ListValidation {
  readonly range: Rect;
  /** Either literal items (short lists) or a reference such as 'รายการเลือก'!$A$2:$A$13. */
  readonly items?: readonly string[];
  readonly source?: string;
  readonly allowBlank?: boolean;
  /** Thai message shown when a value outside the list is typed. */
  readonly errorMessage?: string;
  readonly prompt?: string;
}

export interface PrintSetup {
  readonly orientation: "portrait" | "landscape";
  readonly paper: "A4";
  /** Fit to this many pages wide (height unconstrained). */
  readonly fitToPagesWide?: number;
  /** Zero-based, inclusive row span repeated at the top of every printed page. */
  readonly repeatRows?: { readonly from: number; readonly to: number };
  /** Margins in inches. */
  readonly margins?: { readonly left: number; readonly right: number; readonly top: number; readonly bottom: number };
  readonly centerHorizontally?: boolean;
  /** Excel header/footer code, e.g. "หน้า &P". */
  readonly centerFooter?: string;
  /**
   * The first page's footer when it differs from the others' (Excel: different first page), e.g. a
   * front-matter page numbered "ก" literally. Unset: every page has centerFooter.
   */
  readonly firstPageFooter?: string;
  /** The number &P prints on the sheet's first page; the next pages count on. Unset: the host numbers by itself. */
  readonly firstPageNumber?: number;
  /**
   * Zero-based rows each starting a new printed page (manual page breaks), ascending: OpPlan decides
   * where pages break (src/core/pagination.ts), so it knows the pages each sheet prints on.
   */
  readonly pageBreaks?: readonly number[];
  /** Zero-based, inclusive row spans pagination never splits across pages (a heading with its first line, a chart). */
  readonly keepTogether?: readonly { readonly from: number; readonly to: number }[];
}

/** A picture placed over the cells (the emblem on the cover and the ประกาศ). */
export interface SheetImage {
  /** The file's bytes in base64, without a "data:" prefix. */
  readonly base64: string;
  readonly extension: "png" | "jpeg";
  /** Zero-based cell of its top-left corner, and the offset from that cell's corner, in points. */
  readonly row: number;
  readonly col: number;
  readonly offsetX?: number;
  readonly offsetY?: number;
  /** Size on the sheet, in points. */
  readonly width: number;
  readonly height: number;
}

/**
 * A fill that follows the cells' content: every non-blank cell of the range gets the fill.
 * One rule draws every month bar of a form, however many rows it has.
 */
export interface ConditionalFill {
  readonly range: Rect;
  /** #RRGGBB */
  readonly fill: string;
}

/**
 * Bars in the cells (a data bar conditional format): each cell of the range shows a bar as long as
 * its number between `min` and `max` (fixed numbers, not the range's own lowest and highest, so
 * that 50 % is half a cell in every report). Solid fill, so that it prints.
 */
export interface DataBar {
  readonly range: Rect;
  /** #RRGGBB */
  readonly color: string;
  readonly min: number;
  readonly max: number;
}

export interface SheetSpec {
  readonly name: string;
  /** Row-major values from A1; rows may be ragged or empty. */
  readonly cells: readonly (readonly CellValue[])[];
  readonly formats?: readonly RangeFormat[];
  readonly merges?: readonly Rect[];
  /** Width per column in Excel character units, from column A. */
  readonly columnWidths?: readonly number[];
  /** Row heights in points: a default for every row the spec touches (values or formats), plus overrides. */
  readonly defaultRowHeight?: number;
  readonly rowHeights?: readonly { readonly row: number; readonly height: number }[];
  readonly validations?: readonly ListValidation[];
  readonly freeze?: { readonly rows: number; readonly cols: number };
  readonly print?: PrintSetup;
  /** Only this part prints (cells outside it, such as OpPlan's marker, do not). */
  readonly printArea?: Rect;
  readonly conditionalFills?: readonly ConditionalFill[];
  readonly dataBars?: readonly DataBar[];
  /**
   * Rows whose height the host should fit to their wrapped text (Excel: one autofit call).
   * rowHeights still carries estimates for hosts that cannot measure text (ExcelJS files).
   */
  readonly autofitRows?: { readonly from: number; readonly to: number };
  /** Columns hidden from view and print (zero-based). */
  readonly hiddenColumns?: readonly number[];
  /** #RRGGBB */
  readonly tabColor?: string;
  readonly images?: readonly SheetImage[];
}

/** Number of rows and columns the spec's values occupy. */
export function specExtent(spec: SheetSpec): { rows: number; cols: number } {
  let cols = 0;
  for (const r of spec.cells) cols = Math.max(cols, r.length);
  return { rows: spec.cells.length, cols };
}

/** Rows the spec touches through values or formats: where defaultRowHeight applies. */
export function touchedRowCount(spec: SheetSpec): number {
  let rows = spec.cells.length;
  for (const f of spec.formats ?? []) rows = Math.max(rows, f.range.row + f.range.rows);
  return rows;
}
