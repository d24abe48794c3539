/**
 * Thin ExcelJS writes for the field workbooks: put rows of cells as the officer typed them, merge,
 * shade, hide. No defaults, no generated content: every value is in the workbook file itself.
 */
import ExcelJS from "exceljs";

export type Cell = ExcelJS.CellValue | undefined;

export function book(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = "งานนโยบายและแผน";
  return wb;
}

/** Writes rows[i][j] to row first+i, column j+1 (1-based rows, as Excel shows them); undefined/null cells stay empty. */
export function put(ws: ExcelJS.Worksheet, first: number, rows: Cell[][]): void {
  rows.forEach((cells, i) =>
    cells.forEach((v, j) => {
      if (v !== undefined && v !== null) ws.getCell(first + i, j + 1).value = v;
    }),
  );
}

export function merge(ws: ExcelJS.Worksheet, ...ranges: string[]): void {
  for (const r of ranges) ws.mergeCells(r);
}

export const solid = (argb: string): ExcelJS.Fill => ({ type: "pattern", pattern: "solid", fgColor: { argb } });

/** Shades cells of one row: cols are 1-based column numbers. */
export function shade(ws: ExcelJS.Worksheet, row: number, cols: number[], argb = "FF92D050"): void {
  for (const c of cols) ws.getCell(row, c).fill = solid(argb);
}

/** The cells of a month bar that starts at column `first` (1-based) for fiscal months m (0 = ต.ค.). */
export const monthCols = (first: number, months: number[]) => months.map((m) => first + m);

export function bold(ws: ExcelJS.Worksheet, ...rows: number[]): void {
  for (const r of rows) ws.getRow(r).font = { bold: true, name: "TH SarabunPSK", size: 16 };
}

export function widths(ws: ExcelJS.Worksheet, ws_: number[]): void {
  ws_.forEach((w, i) => (ws.getColumn(i + 1).width = w));
}

export const sum = (formula: string, result: number): ExcelJS.CellFormulaValue => ({ formula, result, date1904: false });

export const rich = (...parts: string[]): ExcelJS.CellRichTextValue => ({
  richText: parts.map((text, i) => (i % 2 === 1 ? { text, font: { bold: true, color: { argb: "FFFF0000" } } } : { text })),
});

/** The 12 month names of a fiscal year's header row, as officers type them. */
export const MONTHS = ["ต.ค.", "พ.ย.", "ธ.ค.", "ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย."];

/** The ตั้งค่า sheet of OpPlan's template, as a template user filled it in: [label, value] rows. */
export function settingsSheet(wb: ExcelJS.Workbook, rows: [string, ExcelJS.CellValue][]): ExcelJS.Worksheet {
  const ws = wb.addWorksheet("ตั้งค่า");
  put(ws, 1, [["ตั้งค่าแผนการดำเนินงาน"], ["รายการ", "ค่า", "คำอธิบาย"], ...rows]);
  widths(ws, [40, 50, 60]);
  return ws;
}

export async function xlsx(wb: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await wb.xlsx.writeBuffer());
}
