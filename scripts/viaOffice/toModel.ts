/**
 * A workbook read from a .xlsx (ExcelJS) copied into the Excel model's state, as Excel would hold
 * it had the user opened the file: what the add-in then reads and writes over. Only what the
 * model holds is carried (see the report of via-office for what it does not).
 */
import ExcelJS from "exceljs";
import type { Rect } from "../../src/core/rect";
import { parseAddress } from "../../src/core/address";
import { pictureOf, type BorderState, type CellState, type ConditionalFormatState, type DataBarBoundState, type DataBarState, type SheetState, type ValidationState, type WorkbookState } from "./model";
import { EMU_PER_POINT, fileWidthToPoints, offsetTo, PIXELS_PER_POINT, POINTS_PER_INCH } from "./units";
import { ALERT_STYLES, borderFromFile, DATA_BAR_BOUNDS, H_ALIGN, OPERATORS, paperName, rgbOf, UNDERLINE, V_ALIGN, VALIDATION_KINDS } from "./vocabulary";

const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
/** What an untouched column and row measure in a file ExcelJS reads (Calibri 11: 64 px, 20 px). */
const FILE_DEFAULT_COLUMN_PT = 48;
const FILE_DEFAULT_ROW_PT = 15;

export function copyIntoModel(source: ExcelJS.Workbook, into: WorkbookState): void {
  for (const ws of source.worksheets) copySheet(ws, into.addSheet(ws.name), () => into.shapeId());
  const activeTab = source.views?.[0]?.activeTab;
  const active = activeTab === undefined ? undefined : into.sheets[activeTab];
  if (active) into.active = active;
}

function copySheet(ws: ExcelJS.Worksheet, sheet: SheetState, shapeId: () => string): void {
  const state: string = ws.state;
  sheet.visibility = state === "hidden" ? "Hidden" : state === "veryHidden" ? "VeryHidden" : "Visible";
  sheet.tabColor = rgbOf(ws.properties.tabColor) ?? "";
  ws.eachRow({ includeEmpty: true }, (row, r) => {
    if (row.height !== undefined && row.height !== null) sheet.rowHeights.set(r - 1, row.height);
    if (row.hidden) sheet.hiddenRows.add(r - 1);
    // includeEmpty: a cell with borders or a fill and no value is still a cell to copy.
    row.eachCell({ includeEmpty: true }, (cell, c) => copyCell(cell, sheet, r - 1, c - 1));
  });
  ((ws.columns as ExcelJS.Column[] | null) ?? []).forEach((col, c) => {
    if (col.width !== undefined) sheet.columnWidths.set(c, fileWidthToPoints(col.width));
    if (col.hidden) sheet.hiddenColumns.add(c);
  });
  sheet.merges = ws.model.merges.map((m) => parseAddress(m));
  sheet.conditionalFormats = conditionalFormats(ws);
  sheet.validations = validations(ws);
  const view = ws.views?.[0] as (Partial<ExcelJS.WorksheetView> & { xSplit?: number; ySplit?: number }) | undefined;
  if (view?.state === "frozen" && ((view.xSplit ?? 0) > 0 || (view.ySplit ?? 0) > 0)) sheet.freeze = { rows: view.ySplit ?? 0, cols: view.xSplit ?? 0 };
  if (view?.activeCell) sheet.selection = view.activeCell;
  copyPageSetup(ws, sheet);
  copyPictures(ws, sheet, shapeId);
}

function copyCell(cell: ExcelJS.Cell, sheet: SheetState, row: number, col: number): void {
  const style = cell.style ?? {};
  const value = cell.type === ExcelJS.ValueType.Merge ? undefined : cell.value;
  const styled = Object.values(style).some((v) => v !== undefined && v !== null);
  if ((value === null || value === undefined) && !styled) return;
  const into = sheet.ensureCell(row, col);
  copyValue(cell, into);
  if (style.numFmt) into.numberFormat = style.numFmt;
  const f = style.font;
  if (f) {
    if (f.name !== undefined) into.font.name = f.name;
    if (f.size !== undefined) into.font.size = f.size;
    if (f.bold !== undefined) into.font.bold = f.bold;
    if (f.italic !== undefined) into.font.italic = f.italic;
    if (f.underline !== undefined) into.font.underline = f.underline === true ? "Single" : f.underline === false ? "None" : (UNDERLINE[f.underline] ?? "None");
    const color = rgbOf(f.color);
    if (color) into.font.color = color;
  }
  const fill = style.fill;
  if (fill?.type === "pattern" && fill.pattern !== "none") into.fill = rgbOf(fill.fgColor) ?? rgbOf(fill.bgColor);
  const a = style.alignment;
  if (a?.horizontal && H_ALIGN[a.horizontal]) into.horizontalAlignment = H_ALIGN[a.horizontal];
  if (a?.vertical && V_ALIGN[a.vertical]) into.verticalAlignment = V_ALIGN[a.vertical];
  if (a?.wrapText) into.wrapText = true;
  const b = style.border;
  if (b) {
    const edges = { EdgeTop: b.top, EdgeBottom: b.bottom, EdgeLeft: b.left, EdgeRight: b.right } as const;
    for (const [edge, side] of Object.entries(edges) as [keyof typeof edges, Partial<ExcelJS.Border> | undefined][]) {
      const line = side?.style && borderFromFile(side.style);
      if (line) into.borders[edge] = { ...line, color: rgbOf(side.color) ?? "#000000" } satisfies BorderState;
    }
  }
}

/** A value as Excel reports it: dates as serial numbers, formulas with their last result, errors as their text. */
function copyValue(cell: ExcelJS.Cell, into: CellState): void {
  if (cell.type === ExcelJS.ValueType.Merge) return;
  if (cell.type === ExcelJS.ValueType.Formula) {
    into.isFormula = true;
    into.formula = `=${cell.formula}`;
    into.value = plain(cell.result as ExcelJS.CellValue) ?? "";
    return;
  }
  const v = plain(cell.value);
  if (v !== undefined) into.value = v;
}

function plain(v: ExcelJS.CellValue | undefined): string | number | boolean | undefined {
  if (v === null || v === undefined) return undefined;
  if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") return v;
  if (v instanceof Date) return (v.getTime() - EXCEL_EPOCH_MS) / 86_400_000;
  if ("error" in v) return String(v.error);
  if ("richText" in v) return v.richText.map((t) => t.text).join("");
  if ("text" in v) return String((v as ExcelJS.CellHyperlinkValue).text);
  return undefined;
}

/**
 * Rules of the kinds the model holds (a formula with a fill: Excel's Custom; data bars), highest
 * priority first as the model keeps them; a rule over several ranges becomes one per range.
 */
/** A data bar read back by ExcelJS, its x14 extension (gradient) merged in. */
function dataBarOf(rule: ExcelJS.DataBarRuleType): DataBarState {
  const bound = (c: ExcelJS.Cvfo | undefined, side: "lower" | "upper"): DataBarBoundState => {
    const entry = Object.entries(DATA_BAR_BOUNDS[side]).find(([, file]) => file === c?.type);
    const type = (entry?.[0] ?? "Automatic") as DataBarBoundState["type"];
    return c?.value === undefined ? { type } : { type, formula: String(c.value) };
  };
  const color = rgbOf((rule as { color?: { argb?: string } }).color);
  return {
    lowerBoundRule: bound(rule.cfvo?.[0], "lower"),
    upperBoundRule: bound(rule.cfvo?.[1], "upper"),
    fillColor: color ?? "#638EC6",
    gradientFill: rule.gradient !== false,
  };
}

function conditionalFormats(ws: ExcelJS.Worksheet): ConditionalFormatState[] {
  const found: { priority: number; state: ConditionalFormatState }[] = [];
  for (const cf of (ws as unknown as { conditionalFormattings?: ExcelJS.ConditionalFormattingOptions[] }).conditionalFormattings ?? []) {
    for (const rule of cf.rules) {
      if (rule.type === "dataBar") {
        const dataBar = dataBarOf(rule);
        for (const ref of cf.ref.split(/\s+/).filter(Boolean)) found.push({ priority: rule.priority ?? Infinity, state: { type: "DataBar", range: parseAddress(ref), dataBar: { ...dataBar } } });
        continue;
      }
      if (rule.type !== "expression") continue;
      const formula = rule.formulae?.[0];
      const fill = rule.style?.fill;
      const color = fill?.type === "pattern" ? (rgbOf(fill.bgColor) ?? rgbOf(fill.fgColor)) : undefined;
      for (const ref of cf.ref.split(/\s+/).filter(Boolean))
        found.push({
          priority: rule.priority ?? Infinity,
          state: { type: "Custom", range: parseAddress(ref), formula: formula === undefined ? undefined : `=${String(formula).replace(/^=/, "")}`, fill: color },
        });
    }
  }
  return found.sort((a, b) => a.priority - b.priority).map((f) => f.state);
}

/**
 * ExcelJS hands each validated cell its own entry (one shared object per <dataValidation>):
 * gathered back into rectangles, a column run at a time and then neighbouring columns with the
 * same run, as a workbook in Excel holds them.
 */
function validations(ws: ExcelJS.Worksheet): ValidationState[] {
  const model = (ws as unknown as { dataValidations: { model: Record<string, ExcelJS.DataValidation | undefined> } }).dataValidations.model;
  const byRule = new Map<ExcelJS.DataValidation, Set<string>>();
  const out: ValidationState[] = [];
  for (const [address, dv] of Object.entries(model)) {
    if (!dv) continue;
    // A range key is one added in memory (as the ExcelJS adapter adds them), not read from a file.
    if (address.includes(":")) {
      const state = validationState(dv);
      if (state) out.push({ ...state, range: parseAddress(address) });
      continue;
    }
    const set = byRule.get(dv) ?? new Set<string>();
    set.add(address);
    byRule.set(dv, set);
  }
  for (const [dv, addresses] of byRule) {
    const state = validationState(dv);
    if (!state) continue;
    for (const range of rectangles([...addresses].map((a) => parseAddress(a)))) out.push({ ...state, range });
  }
  return out;
}

function validationState(dv: ExcelJS.DataValidation): Omit<ValidationState, "range"> | undefined {
  const kind = VALIDATION_KINDS[dv.type];
  if (!kind) return undefined;
  const [f1, f2] = (dv.formulae ?? []).map((f) => (f instanceof Date ? (f.getTime() - EXCEL_EPOCH_MS) / 86_400_000 : f));
  let rule: Excel.DataValidationRule;
  if (kind === "list") {
    const text = String(f1 ?? "");
    // A quoted formula is a literal comma list ("a,b"); Office.js takes it bare, a reference with "=".
    rule = { list: { inCellDropDown: true, source: /^".*"$/.test(text) ? text.slice(1, -1) : `=${text}` } };
  } else if (kind === "custom") {
    rule = { custom: { formula: `=${String(f1 ?? "")}` } };
  } else {
    const basic = { formula1: f1 as string | number, ...(f2 === undefined ? {} : { formula2: f2 as string | number }), operator: OPERATORS[dv.operator ?? "between"] as Excel.DataValidationOperator };
    rule = { [kind]: basic };
  }
  return {
    rule,
    ignoreBlanks: !!dv.allowBlank,
    errorAlert: { showAlert: !!dv.showErrorMessage, style: ALERT_STYLES[dv.errorStyle ?? "stop"] ?? "Stop", title: dv.errorTitle ?? "", message: dv.error ?? "" },
    prompt: { showPrompt: !!dv.showInputMessage, title: dv.promptTitle ?? "", message: dv.prompt ?? "" },
  };
}

/** Single cells into rectangles: vertical runs per column, then equal runs of neighbouring columns joined. */
export function rectangles(cells: readonly Rect[]): Rect[] {
  const byCol = new Map<number, number[]>();
  for (const c of cells) byCol.set(c.col, [...(byCol.get(c.col) ?? []), c.row]);
  const runs: Rect[] = [];
  for (const [col, rows] of [...byCol].sort((a, b) => a[0] - b[0])) {
    rows.sort((a, b) => a - b);
    let start = rows[0];
    for (let i = 1; i <= rows.length; i++) {
      if (i < rows.length && rows[i] === rows[i - 1] + 1) continue;
      runs.push({ row: start, col, rows: rows[i - 1] - start + 1, cols: 1 });
      start = rows[i];
    }
  }
  const out: Rect[] = [];
  for (const run of runs) {
    const left = out.find((r) => r.row === run.row && r.rows === run.rows && r.col + r.cols === run.col);
    if (left) out[out.indexOf(left)] = { ...left, cols: left.cols + 1 };
    else out.push(run);
  }
  return out;
}

function copyPageSetup(ws: ExcelJS.Worksheet, sheet: SheetState): void {
  const p = ws.pageSetup;
  const into = sheet.pageLayout;
  into.orientation = p.orientation === "landscape" ? "Landscape" : "Portrait";
  into.paperSize = paperName(p.paperSize);
  // fitToWidth/fitToHeight 0 is "automatic", Office.js's 0 too; absent is 1 (ECMA-376 §18.3.1.63).
  into.zoom = p.fitToPage ? { horizontalFitToPages: p.fitToWidth ?? 1, verticalFitToPages: p.fitToHeight ?? 1 } : { scale: p.scale ?? 100 };
  if (p.margins) {
    into.leftMargin = p.margins.left * POINTS_PER_INCH;
    into.rightMargin = p.margins.right * POINTS_PER_INCH;
    into.topMargin = p.margins.top * POINTS_PER_INCH;
    into.bottomMargin = p.margins.bottom * POINTS_PER_INCH;
  }
  into.centerHorizontally = !!p.horizontalCentered;
  // ExcelJS joins several areas with "&&"; Office.js addresses join them with ",".
  if (p.printArea) into.printArea = p.printArea.split("&&").map(local).join(",");
  if (p.printTitlesRow) into.printTitleRows = p.printTitlesRow.split(":").map((r) => `$${r.replace(/\$/g, "")}`).join(":");
  into.centerFooter = centerSection(ws.headerFooter?.oddFooter);
  // ExcelJS reads a missing firstPageNumber as 1: useFirstPageNumber tells a set one.
  if ((p as { useFirstPageNumber?: boolean }).useFirstPageNumber && p.firstPageNumber !== undefined) into.firstPageNumber = p.firstPageNumber;
  if (ws.headerFooter?.differentFirst) {
    into.headerFooterState = "FirstAndDefault";
    into.firstPageCenterFooter = centerSection(ws.headerFooter.firstFooter);
  }
  // Manual page breaks are not carried: ExcelJS does not read <rowBreaks> (exceljs#2249,
  // https://github.com/exceljs/exceljs/pull/2602). The sheets a command writes get theirs anew.
}

/** The file's pictures as the model's shapes: their one-cell anchors in points from the sheet's corner. */
function copyPictures(ws: ExcelJS.Worksheet, sheet: SheetState, shapeId: () => string): void {
  const width = (c: number) => (sheet.hiddenColumns.has(c) ? 0 : (sheet.columnWidths.get(c) ?? FILE_DEFAULT_COLUMN_PT));
  const height = (r: number) => (sheet.hiddenRows.has(r) ? 0 : (sheet.rowHeights.get(r) ?? FILE_DEFAULT_ROW_PT));
  for (const image of ws.getImages()) {
    const media = ws.workbook.getImage(Number(image.imageId)) as { base64?: string; buffer?: Uint8Array };
    const base64 = media.base64 ?? (media.buffer ? Buffer.from(media.buffer).toString("base64") : "");
    const picture = pictureOf(base64);
    const range = image.range as unknown as { tl: { nativeCol: number; nativeColOff: number; nativeRow: number; nativeRowOff: number }; ext?: { width: number; height: number } };
    if (!picture || !range.ext) continue;
    sheet.shapes.push({
      id: shapeId(),
      name: `Picture ${sheet.shapes.length + 1}`,
      type: "Image",
      base64,
      format: picture.format,
      left: offsetTo(range.tl.nativeCol, range.tl.nativeColOff / EMU_PER_POINT, width),
      top: offsetTo(range.tl.nativeRow, range.tl.nativeRowOff / EMU_PER_POINT, height),
      width: range.ext.width / PIXELS_PER_POINT,
      height: range.ext.height / PIXELS_PER_POINT,
      lockAspectRatio: true,
    });
  }
}

const local = (address: string) => address.replace(/^.*!/, "").replace(/\$/g, "");

/**
 * The &C section of a header/footer code ("&Cหน้า &P/&N" → "หน้า &P/&N"), codes kept as they are;
 * "&&" is a literal ampersand, not a section mark.
 */
export function centerSection(code: string | undefined): string {
  const sections: Record<string, string> = { L: "", C: "", R: "" };
  let at = "C";
  const text = code ?? "";
  for (let i = 0; i < text.length; i++) {
    const next = text[i + 1];
    if (text[i] === "&" && (next === "L" || next === "C" || next === "R")) {
      at = next;
      i++;
    } else if (text[i] === "&" && next !== undefined) {
      sections[at] += text[i] + next;
      i++;
    } else sections[at] += text[i];
  }
  return sections.C;
}
