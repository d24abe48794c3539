/**
 * What the text parts of the book share: the grid of an A4 portrait page, the look of TH SarabunPSK
 * 16, and a writer of rows whose heights are estimated (linesFor/rowHeightFor), never fitted by the
 * host: OpPlan counts the pages of these sheets itself, so the heights it counted are the ones
 * that print.
 */
import type { CellValue } from "../../core/cellValue";
import { rect, type Rect } from "../../core/rect";
import type { CellStyle, PrintSetup, RangeFormat, SheetSpec } from "../../core/sheetSpec";
import { placeholderValues, type PlaceholderKey } from "../../domain/book/placeholders";
import { expandPlaceholders, type BookSection, type BookSectionKey } from "../../domain/book/bookText";
import { thaiLongDate, toThaiDigits } from "../../domain/thaiCalendar";
import { linesFor, rowHeightFor } from "../forms/common";
import { THAI_FONT, THAI_FONT_SIZE } from "../styles";
import type { BookContext } from "./types";

/**
 * Columns of the page, about 16 cm together on A4 portrait with the margins below (as the ประกาศ):
 * a narrow indent, the flow chart's "who" column (a committee's name on two lines), a gutter, its
 * boxes, a gutter, a last column (the สารบัญ's page numbers).
 */
export const WIDTHS = [2, 33, 1, 42, 2, 8] as const;
export const COLS = WIDTHS.length;
export const TEXT_WIDTH = WIDTHS.reduce((a, b) => a + b, 0);
/** Column of row 0 left free for the marker in every text part: outside the print area, hidden. */
export const BOOK_MARKER_COLUMN = COLS;

/** First-line indent of a paragraph, as Thai official documents set it. */
export const INDENT = "\u00A0".repeat(10);

export const PAGE: PrintSetup = {
  orientation: "portrait",
  paper: "A4",
  fitToPagesWide: 1,
  margins: { left: 1.0, right: 0.75, top: 0.75, bottom: 0.75 },
  centerHorizontally: true,
};

/** Bold Thai runs a little wider than the regular text linesFor was measured on. */
const BOLD_WIDTH = 0.92;

export interface BookLook {
  readonly fontName: string;
  readonly fontSize: number;
  /** Digits as the settings ask. */
  readonly digits: (s: string) => string;
  /** Placeholders expanded, then the digits: what a typed text prints as. */
  readonly print: (s: string) => string;
  readonly values: Record<PlaceholderKey, string>;
}

export function bookLook(ctx: BookContext): BookLook {
  const digits = ctx.thaiDigits ? toThaiDigits : (s: string) => s;
  const values = placeholderValues({
    orgFullName: ctx.orgFullName,
    fiscalYear: ctx.fiscalYear,
    editionSuffix: ctx.edition.suffix,
    district: ctx.district,
    province: ctx.province,
    orgType: ctx.orgType,
  });
  return {
    fontName: ctx.fontName ?? THAI_FONT,
    fontSize: ctx.fontSize ?? THAI_FONT_SIZE,
    digits,
    print: (s) => digits(keepNumbersOn(expandPlaceholders(s, values))),
    values,
  };
}

/** "ข้อ 26", "พ.ศ. 2569", "ฉบับที่ 3": a line never breaks between the word and its number. */
export function keepNumbersOn(s: string): string {
  return s.replace(/(ข้อ|พ\.\s?ศ\.|ฉบับที่|ครั้งที่|ส่วนที่) (?=[0-9๐-๙])/g, "$1\u00A0");
}

export function sectionOf(ctx: BookContext, key: BookSectionKey): BookSection | undefined {
  return ctx.text.sections.find((s) => s.key === key);
}

/** "ตุลาคม 2568" (digits as asked) from the platform's Buddhist calendar. */
export function monthYear(date: string, thaiDigits: boolean): string {
  const parts = thaiLongDate(date, thaiDigits).split(/\s+/);
  return parts.length === 3 ? `${parts[1]} ${parts[2]}` : thaiLongDate(date, thaiDigits);
}

/** "อำเภอเมือง จังหวัดขอนแก่น" from what ตั้งค่า holds, "" when neither is known. */
export function placeLine(district: string, province: string): string {
  const d = district.trim().replace(/^อำเภอ\s*/, "");
  const p = province.trim().replace(/^จังหวัด\s*/, "");
  return [d ? `อำเภอ${d}` : "", p ? `จังหวัด${p}` : ""].filter(Boolean).join(" ");
}

export interface TextOptions {
  readonly col?: number;
  /** Columns the merged cell spans (to the page's right edge by default). */
  readonly span?: number;
  readonly size?: number;
  readonly bold?: boolean;
  readonly style?: CellStyle;
  /** Points added to the estimated height (air inside a box). */
  readonly pad?: number;
}

/** Rows of one text sheet, written top to bottom. */
export class TextSheet {
  readonly cells: CellValue[][] = [];
  readonly merges: Rect[] = [];
  readonly formats: RangeFormat[] = [];
  readonly rowHeights: { row: number; height: number }[] = [];
  readonly keepTogether: { from: number; to: number }[] = [];

  constructor(readonly look: BookLook) {}

  get next(): number {
    return this.cells.length;
  }

  base(): CellStyle {
    return { fontName: this.look.fontName, fontSize: this.look.fontSize, vAlign: "top" };
  }

  /** Width in Excel characters of `span` columns from `col`. */
  static width(col: number, span: number): number {
    return WIDTHS.slice(col, col + span).reduce((a, b) => a + b, 0);
  }

  /** Lines a text takes in `span` columns from `col`. */
  lines(text: string, col: number, span: number, size: number, bold = false): number {
    return linesFor(text, TextSheet.width(col, span) * (bold ? BOLD_WIDTH : 1), size);
  }

  /** One merged, wrapped cell (a paragraph, a heading, a line of the cover) on a row of its own. */
  text(text: string, o: TextOptions = {}): number {
    const row = this.next;
    const col = o.col ?? 0;
    const span = o.span ?? COLS - col;
    const size = o.size ?? this.look.fontSize;
    const values: CellValue[] = [];
    values[col] = text;
    this.cells.push(values);
    if (span > 1) this.merges.push(rect(row, col, 1, span));
    this.formats.push({
      range: rect(row, col, 1, span),
      style: { ...this.base(), wrap: true, hAlign: "left", ...(o.bold ? { bold: true } : {}), ...(o.size ? { fontSize: size } : {}), ...o.style },
    });
    this.rowHeights.push({ row, height: rowHeightFor(this.lines(text, col, span, size, o.bold), size) + (o.pad ?? 0) });
    return row;
  }

  /** An empty row of a set height (space between blocks). */
  gap(height: number): number {
    const row = this.next;
    this.cells.push([]);
    this.rowHeights.push({ row, height });
    return row;
  }

  keep(from: number, to: number): void {
    if (to > from) this.keepTogether.push({ from, to });
  }

  /** The sheet: A4 portrait, the marker column hidden and outside what prints. */
  spec(name: string, print: Partial<PrintSetup> = {}, extra: Partial<SheetSpec> = {}): SheetSpec {
    return {
      name,
      cells: this.cells,
      formats: this.formats,
      merges: this.merges,
      columnWidths: [...WIDTHS, 4],
      defaultRowHeight: rowHeightFor(1, this.look.fontSize),
      rowHeights: this.rowHeights,
      print: { ...PAGE, ...(this.keepTogether.length ? { keepTogether: this.keepTogether } : {}), ...print },
      printArea: rect(0, 0, Math.max(1, this.cells.length), COLS),
      hiddenColumns: [BOOK_MARKER_COLUMN],
      ...extra,
    };
  }
}
