import type { CellValue } from "../core/cellValue";
import type { Rect } from "../core/rect";
import type { SheetSpec } from "../core/sheetSpec";
import type { SheetData } from "../core/sheetData";

export interface ReadOptions {
  /** Also read fill colours of every cell (costlier: only when month marks may be fills). */
  readonly fills?: boolean;
  /**
   * Fill colours of part of each sheet only: once the values (and number formats) of all the
   * requested sheets are read, asked per sheet which rectangle or rectangles (sheet coordinates)
   * it wants the fills of; null for none. The sheet's `fills` then has the shape of its values,
   * null outside them. When given, it decides alone (`fills` is not looked at).
   */
  readonly fillsWhere?: (data: SheetData) => Rect | readonly Rect[] | null;
  /**
   * Read number formats (default true), or only of the sheets (by name as asked) the function
   * picks; a sheet read without them has an empty `numberFormats` (readers then see General).
   */
  readonly numberFormats?: boolean | ((name: string) => boolean);
  /**
   * Also tell which rows and columns of the used range are hidden (hiddenRows, hiddenColumns):
   * what the user sees is what counts, but a hidden project row still adds to Excel's SUM.
   * (visibility is always given.)
   */
  readonly hidden?: boolean;
  /**
   * Stops the read: looked at before each host request, so a read cut short rejects with
   * CancelledError before its next request (reading changes nothing, so there is nothing to undo).
   */
  readonly signal?: AbortSignal;
}

/** Whether a sheet asked for by this name is read with its number formats. */
export function wantsNumberFormats(options: ReadOptions, name: string): boolean {
  const f = options.numberFormats;
  return f === undefined ? true : typeof f === "boolean" ? f : f(name);
}

/** What a fillsWhere answer asks for, as a list. */
export function fillRects(answer: Rect | readonly Rect[] | null): readonly Rect[] {
  if (answer === null) return [];
  return "row" in answer ? [answer] : answer;
}

export interface WriteOptions {
  /** Replace an existing sheet of that name; without it, writing onto an existing sheet fails. */
  readonly replace?: boolean;
  /** Activate the sheet after writing. */
  readonly activate?: boolean;
  /** Zero-based place among the sheets once written; default: a new sheet goes last, a replaced one stays put. */
  readonly position?: number;
  /** Told of what the host could not write (see SkippedFeature); the sheet is written without it. */
  readonly onSkipped?: (skipped: SkippedFeature) => void;
}

/**
 * Something a host refused to write while the sheet itself was written: a picture Excel would not
 * take (Excel on the web refuses some valid images: https://github.com/OfficeDev/office-js/issues/5025).
 * The sheet is complete without it; the command tells the user (skippedMessageTh).
 */
export interface SkippedFeature {
  readonly sheet: string;
  readonly feature: "image";
  /** The host's error code, e.g. "InvalidArgument". */
  readonly code: string;
}

/** What the user reads of a skipped feature, naming the sheet and what to do instead. */
export function skippedMessageTh(s: SkippedFeature): string {
  return `ใส่รูปตราสัญลักษณ์ในชีต "${s.sheet}" ไม่ได้ (Excel ไม่รับรูปนี้: ${s.code}) ชีตนี้เขียนครบแล้วแต่ไม่มีรูป ลองบันทึกรูปเป็นไฟล์ PNG ใหม่แล้วสร้างอีกครั้ง หรือแทรกรูปเองทางเมนู แทรก > รูปภาพ`;
}

/** How replaceSheets may be stopped. */
export interface ReplaceOptions {
  /**
   * Looked at before every host request of the build. Until the last request (the one that
   * swaps the built sheets in) is on its way, an abort rejects with CancelledError and leaves
   * the workbook's sheets exactly as they were (the temporary sheets are deleted, as on a
   * failure); from then on it is too late and the write completes.
   */
  readonly signal?: AbortSignal;
  /**
   * Place the written sheets after every other sheet, together and in the specs' order (a book
   * printed in tab order), instead of keeping replaced sheets where they were.
   */
  readonly together?: boolean;
  /** Told of what the host could not write (see SkippedFeature); the sheets are written without it. */
  readonly onSkipped?: (skipped: SkippedFeature) => void;
}

/** One cell to write in place (writeCells): zero-based row and column, as in a SheetSpec. */
export interface CellWrite {
  readonly row: number;
  readonly col: number;
  /**
   * A string is written as text (never a formula or a number); null (or "") clears the value
   * and keeps the cell's formats; a number keeps the cell's number format unless it is text
   * ("@" → General); a date keeps it only when it is a date format already, and any other
   * (General, text, "#,##0", …) becomes the Buddhist-era date format, so the date reads back as one.
   */
  readonly value: CellValue;
}

export interface ReadProgress {
  readonly rowsRead: number;
  readonly rowsTotal: number;
}

export interface WriteProgress {
  readonly rowsWritten: number;
  readonly rowsTotal: number;
}

/**
 * The only door to a workbook. Commands talk to this; adapters (Office.js, ExcelJS) implement it.
 * Every method is one logical operation; adapters decide how to batch it.
 */
export interface WorkbookPort {
  listSheets(): Promise<string[]>;
  /** null when the sheet does not exist; an empty values array when it is empty. */
  readSheet(name: string, options?: ReadOptions): Promise<SheetData | null>;
  /** Several sheets at once (in as few host requests as their size allows); null for a missing one. */
  readSheets(names: readonly string[], options?: ReadOptions, onProgress?: (p: ReadProgress) => void): Promise<(SheetData | null)[]>;
  writeSheet(spec: SheetSpec, options?: WriteOptions, onProgress?: (p: WriteProgress) => void): Promise<void>;
  /**
   * Writes single cells of an existing sheet in place, leaving every other cell and every
   * format but the written cells' number formats alone. A string becomes text (number format
   * "@", so "=x" or "00123" stay as typed); null clears the value but keeps the formats; a date
   * gets the Buddhist-era date format unless its cell has a date format already (see CellWrite).
   * The same cell given twice: the last one wins. SHEET_MISSING when the sheet is not there.
   */
  writeCells(sheet: string, cells: readonly CellWrite[]): Promise<void>;
  /**
   * Writes several sheets as one change: each is built under a temporary name, and only when
   * all are written do they replace the sheets of the same names (keeping their places; new
   * ones go last). A failure on the way leaves the workbook's sheets as they were, and so does
   * a cancel (options.signal) before the swap; once the swap is sent, the write completes. A
   * failure inside the swap leaves the old sheets when some new one had not yet its name, else
   * the swap is finished and the write completes: never neither, never a backup sheet.
   */
  replaceSheets(specs: readonly SheetSpec[], onProgress?: (p: WriteProgress) => void, options?: ReplaceOptions): Promise<void>;
  addSheet(name: string): Promise<void>;
  renameSheet(from: string, to: string): Promise<void>;
  deleteSheet(name: string): Promise<void>;
  /**
   * Shows a place to the user: activates the sheet and selects the cell or range ("D12",
   * "B3:C4"). SHEET_MISSING when the workbook has no such sheet; a plain Error when the
   * address is not an A1 reference (a caller's bug, nothing the user can fix).
   */
  selectCell(sheet: string, address: string): Promise<void>;
}

/** Thrown by adapters for conditions a user can act on; `code` is stable, messages are built by the UI. */
export class WorkbookError extends Error {
  constructor(
    /** TOO_LARGE: Excel refused a write for its size even in the adapter's smaller retries. */
    readonly code: "SHEET_EXISTS" | "SHEET_MISSING" | "INVALID_NAME" | "TOO_LARGE" | "HOST_ERROR",
    readonly sheet: string,
    message: string,
  ) {
    super(message);
    this.name = "WorkbookError";
  }
}

/**
 * The user stopped a run (its AbortSignal fired) at a point where nothing had been changed.
 * Not a WorkbookError: it is no failure, and the UI says so differently.
 */
export class CancelledError extends Error {
  constructor(message = "Cancelled", options?: { cause?: unknown }) {
    super(message, options);
    this.name = "CancelledError";
  }
}

/** Rejects a run whose signal has fired; the signal's reason is kept as the cause. */
export function throwIfCancelled(signal?: AbortSignal): void {
  if (signal?.aborted) throw new CancelledError("Cancelled", { cause: signal.reason });
}

/** A CancelledError, also one from another copy of this module (another bundle chunk). */
export function isCancelledError(err: unknown): err is CancelledError {
  return err instanceof CancelledError || (err instanceof Error && err.name === "CancelledError");
}

/** Excel's own sheet-name rules: 1–31 chars, none of : \ / ? * [ ], not starting/ending with '. */
export function isValidSheetName(name: string): boolean {
  return (
    name.length > 0 &&
    name.length <= 31 &&
    !/[:\\/?*[\]]/.test(name) &&
    !name.startsWith("'") &&
    !name.endsWith("'")
  );
}
