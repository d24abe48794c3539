/**
 * Everything of a sheet but its values: formats per rectangle, merges, row heights and autofit
 * runs, widths, validations, conditional fills, data bars, freeze panes and page setup.
 */
import { charsToPoints, printScale } from "../core/printScale";
import { type BorderKind, type CellStyle, type ListValidation, type SheetSpec, touchedRowCount } from "../core/sheetSpec";
import type { Rect } from "../core/rect";
import { cellAddress, rectAddress } from "../core/address";
import { hostFittedRuns } from "./autofitRuns";
import { ACTION_BYTES, RequestBudget, utf8Bytes } from "./officeBudget";
import { requirePageNumber } from "./printChecks";

export const NO_FILL = "#FFFFFF";

/** Everything but values, one Office call set per rectangle or run, never per cell. */
export async function queueLayout(ws: Excel.Worksheet, spec: SheetSpec, budget: RequestBudget): Promise<void> {
  for (const f of spec.formats ?? []) {
    const setters = styleSetters(f.style, f.range);
    if (setters.length === 0) continue;
    await budget.makeRoom((setters.length + 1) * ACTION_BYTES);
    const format = rangeOf(ws, f.range).format;
    for (const set of setters) set(format);
  }
  for (const m of spec.merges ?? []) {
    await budget.makeRoom(2 * ACTION_BYTES);
    rangeOf(ws, m).merge(false);
  }
  for (const run of runs(spec.columnWidths ?? [])) {
    await budget.makeRoom(2 * ACTION_BYTES);
    ws.getRangeByIndexes(0, run.from, 1, run.count).format.columnWidth = charsToPoints(run.value);
  }
  for (const run of runs(hiddenColumns(spec))) {
    await budget.makeRoom(3 * ACTION_BYTES);
    ws.getRangeByIndexes(0, run.from, 1, run.count).getEntireColumn().columnHidden = true;
  }
  for (const run of runs(rowHeights(spec))) {
    await budget.makeRoom(2 * ACTION_BYTES);
    ws.getRangeByIndexes(run.from, 0, run.count, 1).format.rowHeight = run.value;
  }
  for (const f of spec.conditionalFills ?? []) {
    await budget.makeRoom(4 * ACTION_BYTES);
    const custom = rangeOf(ws, f.range).conditionalFormats.add("Custom").custom;
    // Relative to the range's top-left cell: each cell tests itself.
    custom.rule.formula = `=LEN(${cellAddress(f.range.row, f.range.col)})>0`;
    custom.format.fill.color = f.fill;
  }
  // After the fills, so each bar is on top of them (as the ExcelJS adapter numbers its priorities).
  for (const b of spec.dataBars ?? []) {
    await budget.makeRoom(6 * ACTION_BYTES);
    const bar = rangeOf(ws, b.range).conditionalFormats.add("DataBar").dataBar;
    // Whole objects: Excel ignores a formula set on the rule it returns (DataBarConditionalFormat,
    // https://learn.microsoft.com/javascript/api/excel/excel.databarconditionalformat, ExcelApi 1.6).
    bar.lowerBoundRule = { type: "Number", formula: String(b.min) };
    bar.upperBoundRule = { type: "Number", formula: String(b.max) };
    // Solid: a gradient fades to white at the bar's end and prints as a pale, shorter-looking bar.
    bar.positiveFormat.fillColor = b.color;
    bar.positiveFormat.gradientFill = false;
  }
  for (const v of spec.validations ?? []) {
    const source = listSource(v);
    await budget.makeRoom(5 * ACTION_BYTES + utf8Bytes(source) + utf8Bytes(v.errorMessage ?? "") + utf8Bytes(v.prompt ?? ""));
    const dv = rangeOf(ws, v.range).dataValidation;
    dv.rule = { list: { inCellDropDown: true, source } };
    dv.ignoreBlanks = v.allowBlank ?? true;
    if (v.errorMessage) dv.errorAlert = { showAlert: true, style: "Stop", title: "", message: v.errorMessage };
    if (v.prompt) dv.prompt = { showPrompt: true, title: "", message: v.prompt };
  }
  // After values, fonts, wrapping and widths: Excel measures what is there when it runs. Rows
  // with merged cells are left out (AutoFit does not serve them) and keep their set heights, and
  // so do a paginated sheet's (hostFittedRuns).
  for (const run of hostFittedRuns(spec)) {
    await budget.makeRoom(3 * ACTION_BYTES);
    ws.getRangeByIndexes(run.from, 0, run.to - run.from + 1, 1).getEntireRow().format.autofitRows();
  }
  await budget.makeRoom(20 * ACTION_BYTES);
  queueSheetSetup(ws, spec);
  // "Adds a page break before the top-left cell of the range specified" (ExcelApi 1.9;
  // https://learn.microsoft.com/javascript/api/excel/excel.pagebreakcollection#excel-excel-pagebreakcollection-add-member(1)):
  // manual breaks, which printing at a scale honours, as Excel's fit-to-pages would not.
  for (const b of spec.print?.pageBreaks ?? []) {
    if (b <= 0) continue;
    await budget.makeRoom(3 * ACTION_BYTES);
    ws.horizontalPageBreaks.add(ws.getRangeByIndexes(b, 0, 1, 1));
  }
}

/** Literal items as Excel's comma list; a reference as a formula. */
export function listSource(v: ListValidation): string {
  if (v.items) return v.items.join(",");
  const source = v.source ?? "";
  return source.startsWith("=") ? source : `=${source}`;
}

export function rangeOf(ws: Excel.Worksheet, r: Rect): Excel.Range {
  return ws.getRangeByIndexes(r.row, r.col, r.rows, r.cols);
}

export type FormatSetter = (f: Excel.RangeFormat) => void;

export const H_ALIGN = { left: "Left", center: "Center", right: "Right", justify: "Justify" } as const;

export const V_ALIGN = { top: "Top", middle: "Center", bottom: "Bottom" } as const;

/** One Office property assignment per style attribute, for a whole rectangle at once. */
export function styleSetters(s: CellStyle, r: Rect): FormatSetter[] {
  const out: FormatSetter[] = [];
  const { fontName, fontSize, bold, italic, underline, fontColor, fill, hAlign, vAlign, wrap } = s;
  if (fontName !== undefined) out.push((f) => (f.font.name = fontName));
  if (fontSize !== undefined) out.push((f) => (f.font.size = fontSize));
  if (bold !== undefined) out.push((f) => (f.font.bold = bold));
  if (italic !== undefined) out.push((f) => (f.font.italic = italic));
  if (underline !== undefined) out.push((f) => (f.font.underline = underline ? "Single" : "None"));
  if (fontColor !== undefined) out.push((f) => (f.font.color = fontColor));
  if (fill !== undefined) out.push((f) => (f.fill.color = fill));
  if (hAlign !== undefined) out.push((f) => (f.horizontalAlignment = H_ALIGN[hAlign]));
  if (vAlign !== undefined) out.push((f) => (f.verticalAlignment = V_ALIGN[vAlign]));
  if (wrap !== undefined) out.push((f) => (f.wrapText = wrap));
  const edges = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"] as const;
  if (s.border !== undefined) {
    const inside = [...(r.rows > 1 ? (["InsideHorizontal"] as const) : []), ...(r.cols > 1 ? (["InsideVertical"] as const) : [])];
    for (const side of [...edges, ...inside]) out.push(...borderSetters(side, s.border));
  }
  if (s.outline !== undefined) for (const side of edges) out.push(...borderSetters(side, s.outline));
  return out;
}

export type BorderSide = "EdgeTop" | "EdgeBottom" | "EdgeLeft" | "EdgeRight" | "InsideHorizontal" | "InsideVertical";

export function borderSetters(side: BorderSide, kind: BorderKind): FormatSetter[] {
  const border = (f: Excel.RangeFormat) => f.borders.getItem(side);
  switch (kind) {
    case "none":
      return [(f) => (border(f).style = "None")];
    case "thin":
      return [(f) => (border(f).style = "Continuous"), (f) => (border(f).weight = "Thin")];
    case "medium":
      return [(f) => (border(f).style = "Continuous"), (f) => (border(f).weight = "Medium")];
    case "dotted":
      return [(f) => (border(f).style = "Dot"), (f) => (border(f).weight = "Thin")];
  }
}

/**
 * Height per row: the default for every row the spec touches, then the explicit overrides;
 * none on the autofit span's rows that Excel measures itself, which are those without merged
 * cells on a sheet OpPlan has not paginated (see hostFittedRuns): a merged row, and every row
 * of a paginated sheet, keeps the spec's estimate.
 */
export function rowHeights(spec: SheetSpec): (number | undefined)[] {
  const heights: (number | undefined)[] = [];
  if (spec.defaultRowHeight !== undefined) heights.length = touchedRowCount(spec);
  heights.fill(spec.defaultRowHeight);
  for (const { row, height } of spec.rowHeights ?? []) heights[row] = height;
  for (const run of hostFittedRuns(spec)) for (let r = run.from; r <= run.to && r < heights.length; r++) heights[r] = undefined;
  return heights;
}

/** 1 per hidden column, so that adjacent ones form one run. */
export function hiddenColumns(spec: SheetSpec): (number | undefined)[] {
  const out: (number | undefined)[] = [];
  for (const c of spec.hiddenColumns ?? []) out[c] = 1;
  return out;
}

/** Consecutive equal entries as runs, so a column of equal heights costs one Office call. */
export function runs(values: readonly (number | undefined)[]): { from: number; count: number; value: number }[] {
  const out: { from: number; count: number; value: number }[] = [];
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v === undefined || !Number.isFinite(v)) continue;
    const last = out.at(-1);
    if (last && last.value === v && last.from + last.count === i) last.count++;
    else out.push({ from: i, count: 1, value: v });
  }
  return out;
}

export function queueSheetSetup(ws: Excel.Worksheet, spec: SheetSpec): void {
  const freeze = spec.freeze;
  if (freeze && (freeze.rows > 0 || freeze.cols > 0)) {
    if (freeze.cols === 0) ws.freezePanes.freezeRows(freeze.rows);
    else if (freeze.rows === 0) ws.freezePanes.freezeColumns(freeze.cols);
    else ws.freezePanes.freezeAt(ws.getRangeByIndexes(0, 0, freeze.rows, freeze.cols));
  }
  const p = spec.print;
  if (p) {
    const layout = ws.pageLayout;
    layout.orientation = p.orientation === "landscape" ? "Landscape" : "Portrait";
    layout.paperSize = "A4";
    // A scale of our own, not fit-to-pages with an open height: see printScale.
    const scale = printScale(spec);
    if (scale !== undefined) layout.zoom = { scale };
    if (p.repeatRows) layout.setPrintTitleRows(`$${p.repeatRows.from + 1}:$${p.repeatRows.to + 1}`);
    if (p.margins) {
      layout.leftMargin = p.margins.left * 72;
      layout.rightMargin = p.margins.right * 72;
      layout.topMargin = p.margins.top * 72;
      layout.bottomMargin = p.margins.bottom * 72;
    }
    if (p.centerHorizontally !== undefined) layout.centerHorizontally = p.centerHorizontally;
    if (p.centerFooter !== undefined) layout.headersFooters.defaultForAllPages.centerFooter = p.centerFooter;
    if (p.firstPageFooter !== undefined) {
      // FirstAndDefault: "a separate first page header/footer, and a general header/footer used for
      // all other pages" (https://learn.microsoft.com/javascript/api/excel/excel.headerfooterstate).
      layout.headersFooters.state = "FirstAndDefault";
      layout.headersFooters.firstPage.centerFooter = p.firstPageFooter;
    }
    // "The worksheet's first page number to print" (ExcelApi 1.9, as the whole PageLayout:
    // https://learn.microsoft.com/javascript/api/excel/excel.pagelayout#excel-excel-pagelayout-firstpagenumber-member).
    if (p.firstPageNumber !== undefined) layout.firstPageNumber = requirePageNumber(p.firstPageNumber);
  }
  if (spec.printArea) ws.pageLayout.setPrintArea(rectAddress(spec.printArea));
  if (spec.tabColor) ws.tabColor = spec.tabColor;
}

// ---------------------------------------------------------------------------------------------
// Reading
