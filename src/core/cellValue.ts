/** What a cell holds: written (CellValue, in a SheetSpec or a CellWrite) and read back (RawValue). */

/** A date without time or zone: ISO yyyy-mm-dd. Written as a real Excel date serial. */
export interface DateCell {
  readonly date: string;
}

/** Strings are always written as text, never interpreted as formulas or numbers. */
export type CellValue = string | number | boolean | null | DateCell;

export function isDateCell(v: CellValue): v is DateCell {
  return typeof v === "object" && v !== null && "date" in v;
}

/**
 * What a cell holds when read, normalised to Office.js semantics whatever the adapter:
 * dates arrive as Excel serial numbers (their number format tells they are dates),
 * formula cells as their last computed value, error values as their text ("#DIV/0!").
 */
export type RawValue = string | number | boolean | null;
