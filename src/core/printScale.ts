/**
 * How a sheet prints: the zoom that fits its print area the requested number of pages wide, and
 * how many pages that makes. Both adapters write this scale instead of asking the host to fit:
 * fit-to-pages with an open height (verticalFitToPages 0) is nowhere documented for Office.js,
 * whose zoom documentation gives a scale of 10–400 or fit-to-pages, one or the other
 * (https://learn.microsoft.com/javascript/api/excel/excel.pagelayoutzoomoptions), and a fit
 * written through it is reported left unset on desktop where a scale was applied
 * (https://github.com/OfficeDev/office-js/issues/1860). A scale we compute ourselves also tells
 * OpPlan each sheet's pages.
 */
import { touchedRowCount, specExtent, type SheetSpec } from "./sheetSpec";

/** A4 in points (210 × 297 mm). */
export const A4_POINTS = { width: 595.3, height: 841.9 } as const;
/** Excel's standard column width in characters, for columns the spec leaves alone. */
const DEFAULT_COLUMN_CHARS = 8.43;
/** Excel's standard row height in points, for rows the spec gives none. */
const DEFAULT_ROW_POINTS = 15;
/** Excel's "Normal" margins in inches, where the spec names none. */
const DEFAULT_MARGINS = { left: 0.7, right: 0.7, top: 0.75, bottom: 0.75 } as const;
/**
 * The share of the printable width the columns are fitted to. Column widths reach paper through
 * whole pixels, rounded by each reader and printer driver its own way: LibreOffice (with Carlito,
 * Calibri's metric twin) prints the columns wider than Excel's 7 px a width unit (MS-OI29500
 * 2.1.598): measured on the bundled sample, ผด.02's 19 columns spill onto a second page wide at
 * 95 % of the printable width and fit at 93 % (6 % wider, as if Carlito's unrounded digit of about
 * 7.4 px were used). A last column pushed onto a second page costs more than a print a few per
 * cent smaller in Excel.
 */
const WIDTH_ALLOWANCE = 0.93;
const MIN_SCALE = 10;
const MAX_SCALE = 100;

/** Excel character units (Calibri 11: 7 px a digit plus 5 px of padding) to points. */
export function charsToPoints(chars: number): number {
  return (chars * 7 + 5) * 0.75;
}

export interface PrintEstimate {
  /** Zoom in per cent, an integer in 10..100. */
  readonly scale: number;
  readonly pagesWide: number;
  /** Pages down the print area at that scale, print titles repeated on each page after the first. */
  readonly pagesTall: number;
  readonly pages: number;
}

/**
 * Columns printed without a print area: the used range, which counts formatted cells as well as
 * values (a bordered empty column prints).
 */
function usedColumns(spec: SheetSpec): number {
  let cols = specExtent(spec).cols;
  const rects = [...(spec.formats ?? []).map((f) => f.range), ...(spec.merges ?? []), ...(spec.validations ?? []).map((v) => v.range)];
  const rules = [...(spec.conditionalFills ?? []), ...(spec.dataBars ?? [])].map((f) => f.range);
  for (const r of [...rects, ...rules]) cols = Math.max(cols, r.col + r.cols);
  return cols;
}

/** The printed width of the print area's visible columns, in points at 100 %. */
function printedWidth(spec: SheetSpec): number {
  const first = spec.printArea?.col ?? 0;
  const count = spec.printArea?.cols ?? usedColumns(spec);
  const hidden = new Set(spec.hiddenColumns ?? []);
  let width = 0;
  for (let c = first; c < first + count; c++) {
    if (!hidden.has(c)) width += charsToPoints(spec.columnWidths?.[c] ?? DEFAULT_COLUMN_CHARS);
  }
  return width;
}

/** Row heights in points as the adapters write them: the default on touched rows, then the overrides. */
export function heightsOf(spec: SheetSpec): (row: number) => number {
  const touched = touchedRowCount(spec);
  const explicit = new Map((spec.rowHeights ?? []).map((r) => [r.row, r.height]));
  return (row) => explicit.get(row) ?? (spec.defaultRowHeight !== undefined && row < touched ? spec.defaultRowHeight : DEFAULT_ROW_POINTS);
}

/** The printable page in points: A4 in the spec's orientation, less its margins. */
export function printable(spec: SheetSpec): { width: number; height: number } {
  const landscape = spec.print?.orientation === "landscape";
  const m = spec.print?.margins ?? DEFAULT_MARGINS;
  const [w, h] = landscape ? [A4_POINTS.height, A4_POINTS.width] : [A4_POINTS.width, A4_POINTS.height];
  return { width: w - (m.left + m.right) * 72, height: h - (m.top + m.bottom) * 72 };
}

/**
 * The zoom that fits the print area's columns `print.fitToPagesWide` pages wide (within the
 * allowance above), floored to a whole per cent and kept within 10..100 (never enlarged); undefined when the spec asks no fit.
 */
export function printScale(spec: SheetSpec): number | undefined {
  const wide = spec.print?.fitToPagesWide;
  if (wide === undefined || wide < 1) return undefined;
  const width = printedWidth(spec);
  if (width <= 0) return MAX_SCALE;
  const fit = Math.floor((100 * wide * WIDTH_ALLOWANCE * printable(spec).width) / width);
  return Math.min(MAX_SCALE, Math.max(MIN_SCALE, fit));
}

/** The zoom the sheet prints at: its fitting scale, else 100 %. */
export function printedScale(spec: SheetSpec): number {
  return printScale(spec) ?? MAX_SCALE;
}

/** The rows that print: the print area's, else those the spec touches (zero-based, end exclusive). */
export function printedRows(spec: SheetSpec): { top: number; end: number } {
  const top = spec.printArea?.row ?? 0;
  return { top, end: top + (spec.printArea?.rows ?? touchedRowCount(spec)) };
}

/** Pages across the print area's columns at the scale (1 for a sheet fitted one page wide). */
export function pagesAcross(spec: SheetSpec, scale: number): number {
  return Math.max(1, Math.ceil((printedWidth(spec) * scale) / 100 / printable(spec).width - 1e-9));
}

/**
 * The pages the sheet prints on, as a host lays them: the print area's rows (else the rows the
 * spec touches) top to bottom at the scale, a new page at each of print.pageBreaks (manual
 * breaks), and a row that would cross the page's foot starting the next; each page after the
 * first loses the repeated title rows' height. With the breaks paginate placed, it counts
 * paginate's pages: every page it made is filled below the foot.
 */
export function printEstimate(spec: SheetSpec): PrintEstimate {
  const scale = printedScale(spec);
  const page = printable(spec);
  const pagesWide = pagesAcross(spec, scale);
  const height = heightsOf(spec);
  const { top, end } = printedRows(spec);
  const manual = new Set(spec.print?.pageBreaks ?? []);
  const titles = spec.print?.repeatRows;
  let titleHeight = 0;
  if (titles) for (let r = titles.from; r <= titles.to; r++) titleHeight += (height(r) * scale) / 100;
  let pagesTall = end > top ? 1 : 0;
  let used = 0;
  let rowsOnPage = 0;
  for (let r = top; r < end; r++) {
    const h = (height(r) * scale) / 100;
    if (rowsOnPage > 0 && (manual.has(r) || used + h > page.height)) {
      pagesTall++;
      used = titleHeight;
      rowsOnPage = 0;
    }
    used += h;
    rowsOnPage++;
  }
  return { scale, pagesWide, pagesTall, pages: pagesWide * pagesTall };
}
