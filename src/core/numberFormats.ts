/** Number formats that render Buddhist-era dates and Thai digits in both Excel and LibreOffice. */
export const DATE_FORMAT_BE = "[$-107041E]d mmmm yyyy";
export const DATE_FORMAT_BE_THAI_DIGITS = "[$-D07041E]d mmmm yyyy";
export const AMOUNT_FORMAT = "#,##0.00";
export const AMOUNT_FORMAT_THAI_DIGITS = "[$-D00041E]#,##0.00";
export const TEXT_FORMAT = "@";

/**
 * A number format that shows a plain number (not a date), e.g. "#,##0.00": a number in such a
 * cell is an amount or a count that landed in a date column, not a date.
 */
export function isPlainNumberFormat(format: string): boolean {
  const f = format.replace(/"[^"]*"|\\.|\[[^\]]*\]/g, "");
  if (/general|^@$/i.test(f) || f.trim() === "") return false;
  return /[0#?]/.test(f) && !/[dmyebhsg]/i.test(f);
}
