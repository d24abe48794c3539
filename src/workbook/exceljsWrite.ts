/**
 * Writing a SheetSpec into an ExcelJS worksheet: values, styles, merges, sizes, rules and page
 * setup, as a file holds them.
 */
import ExcelJS from "exceljs";
import { isIsoDate, isoToSerial } from "../core/localDate";
import { printScale } from "../core/printScale";
import { type CellValue, isDateCell } from "../core/cellValue";
import type { Rect } from "../core/rect";
import { type DataBar, type SheetImage, type SheetSpec, touchedRowCount } from "../core/sheetSpec";
import { cellAddress, columnLetters, rectAddress } from "../core/address";
import { type ResolvedStyle, resolveCellStyles } from "./cellStyleGrid";
import { internals } from "./exceljsRead";
import { requireImage, requirePageNumber } from "./printChecks";

export const PAPER_A4 = 9;

export function toCellValue(v: CellValue): ExcelJS.CellValue {
  if (v === null) return null;
  if (isDateCell(v)) {
    if (!isIsoDate(v.date)) throw new Error(`Not an ISO date: ${v.date}`);
    return isoToSerial(v.date);
  }
  return v;
}

export const argb = (hex: string) => `FF${hex.replace("#", "").toUpperCase()}`;

export function borderSide(kind: string | undefined): Partial<ExcelJS.Border> | undefined {
  if (!kind || kind === "none") return undefined;
  return { style: kind as ExcelJS.BorderStyle, color: { argb: "FF000000" } };
}

export function toExcelJsStyle(s: ResolvedStyle, isText: boolean): Partial<ExcelJS.Style> {
  const out: Partial<ExcelJS.Style> = {};
  const font: Partial<ExcelJS.Font> = {};
  if (s.fontName) font.name = s.fontName;
  if (s.fontSize) font.size = s.fontSize;
  if (s.bold) font.bold = true;
  if (s.italic) font.italic = true;
  if (s.underline) font.underline = true;
  if (s.fontColor) font.color = { argb: argb(s.fontColor) };
  if (Object.keys(font).length) out.font = font;
  if (s.fill) out.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(s.fill) } };
  const alignment: Partial<ExcelJS.Alignment> = {};
  if (s.hAlign) alignment.horizontal = s.hAlign;
  if (s.vAlign) alignment.vertical = s.vAlign;
  if (s.wrap) alignment.wrapText = true;
  if (Object.keys(alignment).length) out.alignment = alignment;
  const border: Partial<ExcelJS.Borders> = {};
  const t = borderSide(s.top);
  const b = borderSide(s.bottom);
  const l = borderSide(s.left);
  const r = borderSide(s.right);
  if (t) border.top = t;
  if (b) border.bottom = b;
  if (l) border.left = l;
  if (r) border.right = r;
  if (Object.keys(border).length) out.border = border;
  // Text cells carry "@" like the Office adapter writes them, so Excel keeps them text on edit.
  const numFmt = isText ? "@" : s.numberFormat;
  if (numFmt) out.numFmt = numFmt;
  return out;
}

/**
 * "A$1:R$120": ExcelJS writes the print area as '<sheet>'!$<first>:$<last>, so rows marked
 * here make the defined name fully absolute ($A$1:$R$120), as Excel writes it.
 */
export function absoluteArea(r: Rect): string {
  const corner = (row: number, col: number) => `${columnLetters(col)}$${row + 1}`;
  return `${corner(r.row, r.col)}:${corner(r.row + r.rows - 1, r.col + r.cols - 1)}`;
}

export function writeWorksheet(ws: ExcelJS.Worksheet, spec: SheetSpec): void {
  spec.cells.forEach((line, r) => {
    if (!line.length) return;
    const row = ws.getRow(r + 1);
    line.forEach((v, c) => {
      if (v !== null && v !== undefined) row.getCell(c + 1).value = toCellValue(v);
    });
  });
  for (const m of spec.merges ?? []) ws.mergeCellsWithoutStyle(m.row + 1, m.col + 1, m.row + m.rows, m.col + m.cols);

  const styles = resolveCellStyles(spec.formats ?? []);
  const textCells = new Set<string>();
  spec.cells.forEach((line, r) => line.forEach((v, c) => typeof v === "string" && textCells.add(`${r},${c}`)));
  // Cells sharing a resolved style share one ExcelJS style object: less memory, smaller styles.xml.
  const cache = new Map<string, Partial<ExcelJS.Style>>();
  const styleFor = (s: ResolvedStyle, isText: boolean) => {
    const key = JSON.stringify(s) + (isText ? "@" : "");
    let out = cache.get(key);
    if (!out) cache.set(key, (out = toExcelJsStyle(s, isText)));
    return out;
  };
  for (const [r, line] of styles) {
    const row = ws.getRow(r + 1);
    for (const [c, s] of line) row.getCell(c + 1).style = styleFor(s, textCells.delete(`${r},${c}`));
  }
  for (const key of textCells) {
    const [r, c] = key.split(",").map(Number);
    ws.getRow(r + 1).getCell(c + 1).numFmt = "@";
  }

  spec.columnWidths?.forEach((w, c) => (ws.getColumn(c + 1).width = fileColumnWidth(w)));
  for (const c of spec.hiddenColumns ?? []) ws.getColumn(c + 1).hidden = true;
  // A file cannot ask its reader to fit rows (autofitRows): the spec's estimates stand in.
  if (spec.defaultRowHeight) {
    const rows = touchedRowCount(spec);
    for (let r = 0; r < rows; r++) ws.getRow(r + 1).height = spec.defaultRowHeight;
  }
  for (const { row, height } of spec.rowHeights ?? []) ws.getRow(row + 1).height = height;

  // Like Office, where each added rule goes on top: a later fill wins where two overlap, and the
  // data bars, added after the fills, sit above them.
  const fills = spec.conditionalFills ?? [];
  const bars = spec.dataBars ?? [];
  fills.forEach((f, i) => {
    const color = { argb: argb(f.fill) };
    ws.addConditionalFormatting({
      ref: rectAddress(f.range),
      rules: [
        {
          type: "expression",
          priority: bars.length + fills.length - i,
          // Relative to the range's top-left cell: each cell tests itself.
          formulae: [`LEN(${cellAddress(f.range.row, f.range.col)})>0`],
          // A differential fill's colour is bgColor for Excel; fgColor too for other readers.
          style: { fill: { type: "pattern", pattern: "solid", fgColor: color, bgColor: color } },
        },
      ],
    });
  });

  bars.forEach((b, i) => ws.addConditionalFormatting({ ref: rectAddress(b.range), rules: [dataBarRule(b, bars.length - i)] }));

  for (const v of spec.validations ?? []) {
    const formula = v.items ? `"${v.items.join(",")}"` : (v.source ?? "").replace(/^=/, "");
    const dv: ExcelJS.DataValidation = {
      type: "list",
      allowBlank: v.allowBlank ?? true,
      formulae: [formula],
      showErrorMessage: true,
      errorStyle: "stop",
    };
    if (v.errorMessage) dv.error = v.errorMessage;
    if (v.prompt) {
      dv.prompt = v.prompt;
      dv.showInputMessage = true;
    }
    internals(ws).dataValidations.add(rectAddress(v.range), dv);
  }

  if (spec.freeze) ws.views = [{ state: "frozen", xSplit: spec.freeze.cols, ySplit: spec.freeze.rows }];
  const p = spec.print;
  if (p) {
    const scale = printScale(spec);
    ws.pageSetup = {
      ...ws.pageSetup,
      paperSize: PAPER_A4,
      orientation: p.orientation,
      // A scale of our own rather than fit-to-pages, as the Office adapter writes (see printScale).
      ...(scale !== undefined ? { fitToPage: false, scale } : {}),
      ...(p.repeatRows ? { printTitlesRow: `${p.repeatRows.from + 1}:${p.repeatRows.to + 1}` } : {}),
      ...(p.margins ? { margins: { ...p.margins, header: 0.3, footer: 0.3 } } : {}),
      horizontalCentered: !!p.centerHorizontally,
    };
    if (p.firstPageNumber !== undefined) {
      // ExcelJS writes useFirstPageNumber="1" with it (page-setup-xform.js), which LibreOffice
      // needs to honour it; and writes neither for 0, which no book numbers from.
      ws.pageSetup.firstPageNumber = requirePageNumber(p.firstPageNumber);
    }
    if (p.centerFooter) ws.headerFooter = { ...ws.headerFooter, oddFooter: `&C${p.centerFooter}` };
    if (p.firstPageFooter !== undefined) {
      // A first footer counts only under differentFirst ("<headerFooter differentFirst>", ECMA-376
      // Part 1 §18.3.1.46; ExcelJS writes firstFooter without it otherwise: exceljs#1325,
      // https://github.com/exceljs/exceljs/issues/1325).
      ws.headerFooter = { ...ws.headerFooter, differentFirst: true, firstFooter: `&C${p.firstPageFooter}` };
    }
    // addPageBreak puts the break under its row (exceljs#557: https://github.com/exceljs/exceljs/pull/557),
    // a <brk id="n"> after Excel row n: zero-based row b, Excel row b + 1, starts the page. Across
    // the grid's 16,384 columns (max="16383", as Excel writes it; ExcelJS's own default is 16838).
    for (const b of p.pageBreaks ?? []) if (b > 0) ws.getRow(b).addPageBreak(0, 16_384);
  }
  if (spec.printArea) ws.pageSetup.printArea = absoluteArea(spec.printArea);
  if (spec.tabColor) ws.properties.tabColor = { argb: argb(spec.tabColor) };
  for (const image of spec.images ?? []) addImage(ws, requireImage(image));
}

/**
 * A data bar between two fixed numbers, solid. ExcelJS writes a solid bar (gradient false) as
 * the Excel 2010 x14 extension beside the 2007 rule (lib/xlsx/xform/sheet/cf-ext/databar-ext-xform.js):
 * the x14 rule carries gradient="0" and minLength 0 / maxLength 100, so an empty cell shows no
 * bar and a full one fills the cell. LibreOffice reads that extension (it prints solid bars from
 * it, tests/render/dataBars.render.test.ts); the 2007 rule alone would draw 10 % to 90 % gradients.
 */
export function dataBarRule(b: DataBar, priority: number): ExcelJS.ConditionalFormattingRule {
  const rule: ExcelJS.DataBarRuleType & { color: { argb: string } } = {
    type: "dataBar",
    priority,
    gradient: false,
    minLength: 0,
    maxLength: 100,
    // ExcelJS's typings leave out the bar's colour, which its DatabarXform writes (model.color).
    color: { argb: argb(b.color) },
    cfvo: [
      { type: "num", value: b.min },
      { type: "num", value: b.max },
    ],
  };
  return rule;
}

/** EMUs (DrawingML's unit, ECMA-376 Part 1 §20.1.2.1) in a point; ExcelJS takes an image's size in 96-dpi pixels. */
export const EMU_PER_POINT = 12_700;
export const PIXELS_PER_POINT = 96 / 72;

/**
 * The picture over its cell, offset within it and sized in points, as one-cell anchor: it keeps
 * its size whatever the columns' widths. One copy of the file per workbook, however many sheets
 * show it (the emblem on the cover and the ประกาศ).
 */
function addImage(ws: ExcelJS.Worksheet, image: SheetImage): void {
  const wb = ws.workbook as ExcelJS.Workbook & { media: { type: string; base64?: string; extension?: string }[] };
  let id = wb.media.findIndex((m) => m.type === "image" && m.base64 === image.base64 && m.extension === image.extension);
  if (id < 0) id = wb.addImage({ base64: image.base64, extension: image.extension });
  const tl = {
    nativeCol: image.col,
    nativeColOff: Math.round((image.offsetX ?? 0) * EMU_PER_POINT),
    nativeRow: image.row,
    nativeRowOff: Math.round((image.offsetY ?? 0) * EMU_PER_POINT),
  };
  // ExcelJS's typings give tl as {col, row} only; its Anchor takes native coordinates too (lib/doc/anchor.js).
  ws.addImage(id, {
    tl: tl as unknown as { col: number; row: number },
    ext: { width: image.width * PIXELS_PER_POINT, height: image.height * PIXELS_PER_POINT },
    editAs: "oneCell",
  });
}

/**
 * A file's column width counts the 5 px of cell padding on top of the characters Excel shows
 * (MS-OI29500 2.1.598 on ECMA-376 §18.3.1.13:
 * https://learn.microsoft.com/openspecs/office_standards/ms-oi29500/727f4736-6cba-40e3-b4d3-ce319885780e),
 * so N characters are written as N + 5/7 at Calibri 11's 7 px digit: the width the add-in sets
 * through Office.js, (7N + 5) px, and the one printScale measures.
 */
export function fileColumnWidth(chars: number): number {
  return Math.round((chars + 5 / 7) * 256) / 256;
}
