/**
 * What both adapters refuse of a spec's page numbering and pictures, alike: builders' bugs, not
 * anything a user typed, so plain Errors.
 */
import type { SheetImage } from "../core/sheetSpec";

/** A page number a sheet can start from: a whole number from 1. */
export function requirePageNumber(n: number): number {
  if (!Number.isInteger(n) || n < 1) throw new Error(`Not a first page number: ${n}`);
  return n;
}

/**
 * A picture with a size and a place: Excel refuses a shape of no width or height, and a negative
 * left or top (InvalidArgument: https://learn.microsoft.com/javascript/api/excel/excel.shape).
 */
export function requireImage(image: SheetImage): SheetImage {
  const sized = image.width > 0 && image.height > 0 && Number.isFinite(image.width) && Number.isFinite(image.height);
  const placed = Number.isInteger(image.row) && Number.isInteger(image.col) && image.row >= 0 && image.col >= 0 && (image.offsetX ?? 0) >= 0 && (image.offsetY ?? 0) >= 0;
  if (!sized || !placed || image.base64.length === 0) throw new Error(`Not a picture OpPlan can place: ${JSON.stringify({ ...image, base64: `${image.base64.length} characters` })}`);
  return image;
}
