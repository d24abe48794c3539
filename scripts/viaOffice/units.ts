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
