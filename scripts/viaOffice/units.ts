/**
 * Column widths between a file and Excel's object model. A .xlsx <col width> counts characters
 * of the Normal style font's widest digit *including* the 5 px of cell padding:
 * width = Truncate((chars × MDW + 5) / MDW × 256) / 256, MDW 7 px for Calibri 11 (the Normal
 * font ExcelJS writes), per MS-OI29500 2.1.598 on ECMA-376 Part 1 §18.3.1.13:
 * https://learn.microsoft.com/en-us/openspecs/office_standards/ms-oi29500/727f4736-6cba-40e3-b4d3-ce319885780e
 * So a column is width × 7 pixels, and Office.js gives columnWidth in points, at 96 px to the
 * inch: 0.75 pt a pixel (https://learn.microsoft.com/javascript/api/excel/excel.rangeformat#excel-excel-rangeformat-columnwidth-member).
 * Excel's default column, 8.43 characters, is <col width="9.140625"> = 64 px = 48 pt, which is
 * the model's default too.
 */
const MAX_DIGIT_WIDTH_PX = 7;
const PT_PER_PX = 0.75;

/** A file's column width (ExcelJS Column.width) to Office.js points. */
export function fileWidthToPoints(width: number): number {
  return width * MAX_DIGIT_WIDTH_PX * PT_PER_PX;
}

/** Office.js points to a file's column width, in the 1/256 steps Excel writes. */
export function pointsToFileWidth(points: number): number {
  return Math.round((points / PT_PER_PX / MAX_DIGIT_WIDTH_PX) * 256) / 256;
}

/** Page margins: Office.js gives points, a file (and ExcelJS) inches. */
export const POINTS_PER_INCH = 72;

/** DrawingML's unit (ECMA-376 Part 1 §20.1.2.1): 12,700 to a point; ExcelJS gives a picture's size in 96-dpi pixels. */
export const EMU_PER_POINT = 12_700;
export const PIXELS_PER_POINT = 96 / 72;

/**
 * A distance in points from the sheet's edge as the line it falls in and the offset into it,
 * lines being `size(i)` points (0 for a hidden one): how a picture's one-cell anchor says where
 * Office.js's Shape.left / top is.
 */
export function anchorAt(points: number, size: (i: number) => number): { index: number; offset: number } {
  let index = 0;
  let left = points;
  while (index < 100_000 && size(index) <= left + 1e-9 && !(size(index) === 0 && left === 0)) {
    left -= size(index);
    index++;
  }
  return { index, offset: left };
}

/** The distance in points from the sheet's edge to line `index`, plus an offset into it. */
export function offsetTo(index: number, offset: number, size: (i: number) => number): number {
  let points = offset;
  for (let i = 0; i < index; i++) points += size(i);
  return points;
}
