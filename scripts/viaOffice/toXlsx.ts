/**
 * The Excel model's workbook written as a .xlsx (ExcelJS), as Excel would save it: what the
 * add-in leaves in the user's workbook, on a file LibreOffice and the tests can open.
 */
import ExcelJS from "exceljs";
import { cellAddress, columnLetters, parseAddress, rectAddress } from "../../src/core/address";
import type { BorderState, CellState, DataBarBoundState, DataBarState, SheetState, ValidationState, WorkbookState } from "./model";
import { anchorAt, EMU_PER_POINT, PIXELS_PER_POINT, pointsToFileWidth, POINTS_PER_INCH } from "./units";
import { ALERT_STYLES, argbOf, borderToFile, DATA_BAR_BOUNDS, H_ALIGN, invert, OPERATORS, paperCode, UNDERLINE, V_ALIGN, VALIDATION_KINDS } from "./vocabulary";

const H_ALIGN_FILE = invert(H_ALIGN);
const V_ALIGN_FILE = invert(V_ALIGN);
const UNDERLINE_FILE = invert(UNDERLINE);
const KIND_FILE = invert(VALIDATION_KINDS);
const ALERT_FILE = invert(ALERT_STYLES as Record<string, string>);
const OPERATOR_FILE = invert(OPERATORS);
/** Excel's default column (8.43 characters, 64 px), as the model reports an untouched one. */
const MODEL_DEFAULT_COLUMN_PT = 48;
/** Excel's default row, 15 pt (Calibri 11), as the model reports an untouched one. */
const MODEL_DEFAULT_ROW_PT = 15;
/** What Excel writes for the header and footer margins when nobody set them (inches). */
const HEADER_FOOTER_MARGIN = 0.3;

export function modelToXlsx(model: WorkbookState): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  for (const sheet of model.sheets) writeSheet(wb, sheet, sheet === model.active);
  const activeTab = model.active ? model.sheets.indexOf(model.active) : -1;
  if (activeTab >= 0) wb.views = [{ activeTab } as ExcelJS.WorkbookView];
  return wb;
}

/**
 * A data bar as Excel saves it: the 2007 rule with its cfvo and colour and, for a solid bar,
 * the x14 extension ExcelJS adds when gradient is false (full cell width, no gradient).
 */
function dataBarRule(bar: DataBarState, priority: number): ExcelJS.ConditionalFormattingRule {
  const cfvo = (b: DataBarBoundState, side: "lower" | "upper"): ExcelJS.Cvfo => {
    const type = DATA_BAR_BOUNDS[side][b.type];
    return b.formula === undefined ? { type } : { type, value: Number(b.formula.replace(/^=/, "")) };
  };
  const rule: ExcelJS.DataBarRuleType & { color: { argb: string } } = {
    type: "dataBar",
    priority,
    gradient: bar.gradientFill,
    ...(bar.gradientFill ? {} : { minLength: 0, maxLength: 100 }),
    // ExcelJS's typings leave out the bar's colour, which its DatabarXform writes.
    color: { argb: argbOf(bar.fillColor) },
    cfvo: [cfvo(bar.lowerBoundRule, "lower"), cfvo(bar.upperBoundRule, "upper")],
  };
  return rule;
}

function writeSheet(wb: ExcelJS.Workbook, sheet: SheetState, active: boolean): void {
  const ws = wb.addWorksheet(sheet.name, {
    state: sheet.visibility === "Hidden" ? "hidden" : sheet.visibility === "VeryHidden" ? "veryHidden" : "visible",
    ...(sheet.tabColor ? { properties: { tabColor: { argb: argbOf(sheet.tabColor) } } } : {}),
  });
  writeCells(ws, sheet);
  for (const m of sheet.merges) ws.mergeCellsWithoutStyle(m.row + 1, m.col + 1, m.row + m.rows, m.col + m.cols);
  for (const [c, pt] of sheet.columnWidths) ws.getColumn(c + 1).width = pointsToFileWidth(pt);
  for (const c of sheet.hiddenColumns) {
    const col = ws.getColumn(c + 1);
    // ExcelJS writes no <col> for a column without a width, which would lose its hiding.
    col.width ??= pointsToFileWidth(MODEL_DEFAULT_COLUMN_PT);
    col.hidden = true;
  }
  for (const [r, pt] of sheet.rowHeights) ws.getRow(r + 1).height = pt;
  for (const r of sheet.hiddenRows) ws.getRow(r + 1).hidden = true;

  // The model keeps the highest priority first; in a file priority 1 is the highest.
  sheet.conditionalFormats.forEach((cf, i) => {
    if (cf.dataBar) {
      ws.addConditionalFormatting({ ref: rectAddress(cf.range), rules: [dataBarRule(cf.dataBar, i + 1)] });
      return;
    }
    if (cf.formula === undefined) return;
    const color = cf.fill === undefined ? undefined : { argb: argbOf(cf.fill) };
    ws.addConditionalFormatting({
      ref: rectAddress(cf.range),
      rules: [
        {
          type: "expression",
          priority: i + 1,
          formulae: [cf.formula.replace(/^=/, "")],
          // A differential fill's colour is bgColor for Excel; fgColor too for other readers.
          style: color ? { fill: { type: "pattern", pattern: "solid", fgColor: color, bgColor: color } } : {},
        },
      ],
    });
  });
  const dvs = (ws as unknown as { dataValidations: { add(address: string, dv: ExcelJS.DataValidation): void } }).dataValidations;
  for (const v of sheet.validations) {
    const dv = dataValidation(v);
    if (dv) dvs.add(rectAddress(v.range), dv);
  }

  const view: Partial<ExcelJS.WorksheetView> & { tabSelected?: boolean; topLeftCell?: string } = sheet.freeze
    ? { state: "frozen", xSplit: sheet.freeze.cols, ySplit: sheet.freeze.rows, topLeftCell: cellAddress(sheet.freeze.rows, sheet.freeze.cols) }
    : { state: "normal" };
  const selected = parseAddress(sheet.selection);
  // A file keeps one active cell per view: a selected range's top-left.
  view.activeCell = cellAddress(selected.row, selected.col);
  if (active) view.tabSelected = true;
  ws.views = [view as ExcelJS.WorksheetView];
  writePageSetup(ws, sheet);
  writeShapes(wb, ws, sheet);
}

function writeCells(ws: ExcelJS.Worksheet, sheet: SheetState): void {
  const used = sheet.usedRect(false);
  if (!used) return;
  // Cells of one look share one style object, as Excel shares one cell format (smaller styles.xml).
  const styles = new Map<string, Partial<ExcelJS.Style>>();
  for (let r = used.row; r < used.row + used.rows; r++) {
    const row = ws.getRow(r + 1);
    for (let c = used.col; c < used.col + used.cols; c++) {
      const cell = sheet.cell(r, c);
      if (!cell) continue;
      const style = styleOf(cell);
      const key = JSON.stringify(style);
      const shared = styles.get(key) ?? style;
      styles.set(key, shared);
      const target = row.getCell(c + 1);
      if (Object.keys(shared).length) target.style = shared;
      if (cell.isFormula) target.value = { formula: (cell.formula ?? "").replace(/^=/, ""), result: cell.value === "" ? undefined : cell.value } as ExcelJS.CellFormulaValue;
      // A string is written as a string: ExcelJS never makes "=x" typed as text into a formula.
      else if (cell.value !== "") target.value = cell.value;
    }
  }
}

function styleOf(cell: CellState): Partial<ExcelJS.Style> {
  const out: Partial<ExcelJS.Style> = {};
  if (cell.numberFormat && cell.numberFormat !== "General") out.numFmt = cell.numberFormat;
  const f = cell.font;
  const font: Partial<ExcelJS.Font> = {};
  if (f.name !== undefined) font.name = f.name;
  if (f.size !== undefined) font.size = f.size;
  if (f.bold) font.bold = true;
  if (f.italic) font.italic = true;
  if (f.underline && f.underline !== "None") font.underline = (UNDERLINE_FILE[f.underline] ?? "single") as ExcelJS.Font["underline"];
  if (f.color) font.color = { argb: argbOf(f.color) };
  if (Object.keys(font).length) out.font = font;
  if (cell.fill) out.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argbOf(cell.fill) } };
  const alignment: Partial<ExcelJS.Alignment> = {};
  const h = cell.horizontalAlignment && H_ALIGN_FILE[cell.horizontalAlignment];
  const v = cell.verticalAlignment && V_ALIGN_FILE[cell.verticalAlignment];
  if (h) alignment.horizontal = h as ExcelJS.Alignment["horizontal"];
  if (v) alignment.vertical = v as ExcelJS.Alignment["vertical"];
  if (cell.wrapText) alignment.wrapText = true;
  if (Object.keys(alignment).length) out.alignment = alignment;
  const border: Partial<ExcelJS.Borders> = {};
  const side = (b: BorderState | undefined): Partial<ExcelJS.Border> | undefined => {
    const style = b && borderToFile(b.style, b.weight);
    return style ? { style: style as ExcelJS.BorderStyle, color: { argb: argbOf(b.color) } } : undefined;
  };
  const top = side(cell.borders.EdgeTop);
  const bottom = side(cell.borders.EdgeBottom);
  const left = side(cell.borders.EdgeLeft);
  const right = side(cell.borders.EdgeRight);
  if (top) border.top = top;
  if (bottom) border.bottom = bottom;
  if (left) border.left = left;
  if (right) border.right = right;
  if (Object.keys(border).length) out.border = border;
  return out;
}

function dataValidation(v: ValidationState): ExcelJS.DataValidation | undefined {
  const [kind, body] = Object.entries(v.rule)[0] ?? [];
  const type = kind && KIND_FILE[kind];
  if (!type || !body) return undefined;
  let formulae: unknown[];
  let operator: string | undefined;
  if (kind === "list") {
    const source = String((body as Excel.ListDataValidation).source);
    // A reference goes in bare; a literal list in quotes, as the file format has it.
    formulae = [source.startsWith("=") ? source.slice(1) : `"${source}"`];
  } else if (kind === "custom") {
    formulae = [String((body as Excel.CustomDataValidation).formula).replace(/^=/, "")];
  } else {
    const basic = body as Excel.BasicDataValidation;
    formulae = [basic.formula1, ...(basic.formula2 === undefined ? [] : [basic.formula2])].map((f) => (typeof f === "string" ? f.replace(/^=/, "") : f));
    operator = OPERATOR_FILE[basic.operator];
  }
  const alert = v.errorAlert;
  const prompt = v.prompt;
  const dv: ExcelJS.DataValidation = {
    type: type as ExcelJS.DataValidation["type"],
    allowBlank: v.ignoreBlanks,
    formulae,
    // Excel's own defaults when nothing was set: the alert shown, as a Stop.
    showErrorMessage: alert?.showAlert ?? true,
    errorStyle: (ALERT_FILE[alert?.style ?? "Stop"] ?? "stop") as ExcelJS.DataValidation["errorStyle"],
  };
  if (operator) dv.operator = operator as ExcelJS.DataValidation["operator"];
  if (alert?.message) dv.error = alert.message;
  if (alert?.title) dv.errorTitle = alert.title;
  if (prompt?.showPrompt) dv.showInputMessage = true;
  if (prompt?.message) dv.prompt = prompt.message;
  if (prompt?.title) dv.promptTitle = prompt.title;
  return dv;
}

function writePageSetup(ws: ExcelJS.Worksheet, sheet: SheetState): void {
  const p = sheet.pageLayout;
  const z = p.zoom;
  const fits = z.horizontalFitToPages !== undefined || z.verticalFitToPages !== undefined;
  ws.pageSetup = {
    ...ws.pageSetup,
    orientation: p.orientation === "Landscape" ? "landscape" : "portrait",
    paperSize: paperCode(p.paperSize) as ExcelJS.PageSetup["paperSize"],
    margins: {
      left: p.leftMargin / POINTS_PER_INCH,
      right: p.rightMargin / POINTS_PER_INCH,
      top: p.topMargin / POINTS_PER_INCH,
      bottom: p.bottomMargin / POINTS_PER_INCH,
      header: HEADER_FOOTER_MARGIN,
      footer: HEADER_FOOTER_MARGIN,
    },
    horizontalCentered: p.centerHorizontally,
    // A fit left unsaid is the file format's default, 1 page (ECMA-376 §18.3.1.63); what Excel
    // makes of a zoom that sets only one of the two is unverified.
    ...(fits
      ? { fitToPage: true, fitToWidth: z.horizontalFitToPages ?? 1, fitToHeight: z.verticalFitToPages ?? 1 }
      : { fitToPage: false, scale: z.scale ?? 100 }),
  };
  if (p.printArea) ws.pageSetup.printArea = p.printArea.split(",").map(absoluteArea).join("&&");
  if (p.printTitleRows) ws.pageSetup.printTitlesRow = p.printTitleRows.replace(/\$/g, "");
  if (p.centerFooter) ws.headerFooter = { ...ws.headerFooter, oddFooter: `&C${p.centerFooter}` };
  // ExcelJS writes useFirstPageNumber with it, as Excel does.
  if (p.firstPageNumber !== "" && p.firstPageNumber > 0) ws.pageSetup.firstPageNumber = p.firstPageNumber;
  if (p.headerFooterState === "FirstAndDefault") {
    ws.headerFooter = { ...ws.headerFooter, differentFirst: true, ...(p.firstPageCenterFooter ? { firstFooter: `&C${p.firstPageCenterFooter}` } : {}) };
  }
  // A break after Excel row r opens the page with zero-based row r (as the ExcelJS adapter writes it).
  for (const r of [...sheet.pageBreaks].sort((a, b) => a - b)) if (r > 0) ws.getRow(r).addPageBreak(0, 16_384);
}

/** The sheet's pictures, each anchored to the cell its top-left corner falls in, at its size. */
function writeShapes(wb: ExcelJS.Workbook, ws: ExcelJS.Worksheet, sheet: SheetState): void {
  const width = (c: number) => (sheet.hiddenColumns.has(c) ? 0 : (sheet.columnWidths.get(c) ?? MODEL_DEFAULT_COLUMN_PT));
  const height = (r: number) => (sheet.hiddenRows.has(r) ? 0 : (sheet.rowHeights.get(r) ?? MODEL_DEFAULT_ROW_PT));
  for (const shape of sheet.shapes) {
    const id = wb.addImage({ base64: shape.base64, extension: shape.format === "PNG" ? "png" : "jpeg" });
    const col = anchorAt(shape.left, width);
    const row = anchorAt(shape.top, height);
    const tl = { nativeCol: col.index, nativeColOff: Math.round(col.offset * EMU_PER_POINT), nativeRow: row.index, nativeRowOff: Math.round(row.offset * EMU_PER_POINT) };
    // ExcelJS's typings give tl as {col, row}; its Anchor takes native coordinates too.
    ws.addImage(id, { tl: tl as unknown as { col: number; row: number }, ext: { width: shape.width * PIXELS_PER_POINT, height: shape.height * PIXELS_PER_POINT } });
  }
}

/**
 * "A1:R120" as ExcelJS wants it to write '$A$1:$R$120': it puts a "$" before each corner
 * itself, so the rows are marked here (as the ExcelJS adapter does).
 */
function absoluteArea(area: string): string {
  const [a, b = a] = area.split(":");
  const corner = (ref: string) => {
    const at = parseAddress(ref);
    return `${columnLetters(at.col)}$${at.row + 1}`;
  };
  return `${corner(a)}:${corner(b)}`;
}
