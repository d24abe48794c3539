/** API objects: ranges, merged areas and range collections. */
import type { Rect } from "../../../src/core/rect";
import { applies } from "../register";
import { checkRect, intersects, localAddress, sheetReference } from "../addresses";
import { allOrNone, cellCount, cellProperties, countIn, forEachCell, grid, inputGrid, lineKeys, liveSheet, type MergedAreas, type RangeTarget } from "../cells";
import { FakeRequestContext } from "../engine";
import { FakeExcelError, invalidArgument, notImplemented } from "../errors";
import { DEFAULT_COLUMN_WIDTH_PT, DEFAULT_ROW_HEIGHT_PT, MAX_COLS, MAX_ROWS } from "../limits";
import { FakeConditionalFormatCollection } from "./conditionalFormats";
import { FakeRangeFormat } from "./format";
import { FakeDataValidation } from "./validation";
import { FakeClientObject, FakeClientResult, FakeCollection, Slot, jsonBytes } from "../proxy";
import { enterValue } from "../rules";

/** The sum of the sizes of the lines before `index` (the sparse state keeps only those set). */
function offsetOf(index: number, size: (i: number) => number): number {
  if (index > 100_000) throw notImplemented("offsets this far into a sheet");
  let sum = 0;
  for (let i = 0; i < index; i++) sum += size(i);
  return sum;
}

export class FakeRange
  extends FakeClientObject
  implements
    Pick<
      Excel.Range,
      | "address"
      | "rowIndex"
      | "columnIndex"
      | "rowCount"
      | "columnCount"
      | "cellCount"
      | "values"
      | "numberFormat"
      | "formulas"
      | "isEntireColumn"
      | "isEntireRow"
      | "merge"
      | "unmerge"
      | "select"
      | "columnHidden"
      | "rowHidden"
      | "left"
      | "top"
    >
{
  private formatProxy?: FakeRangeFormat;
  private dataValidationProxy?: FakeDataValidation;
  private conditionalFormatsProxy?: FakeConditionalFormatCollection;

  constructor(
    context: FakeRequestContext,
    private readonly resolve: () => RangeTarget | null,
  ) {
    super(context, "Range");
  }

  resolvesToNull(): boolean {
    return this.resolve() === null;
  }

  target(): RangeTarget {
    const t = this.resolve();
    if (t === null) {
      applies("null-object-chain");
      throw new FakeExcelError("ItemNotFound", "The range is a null object.");
    }
    liveSheet(this.context, t.sheet);
    return t;
  }

  protected override defaultLoad(): string[] {
    return ["address", "rowIndex", "columnIndex", "rowCount", "columnCount", "cellCount", "values", "numberFormat", "formulas"];
  }

  protected override readScalar(name: string): unknown {
    const t = this.target();
    const { rect } = t;
    switch (name) {
      case "address":
        return `${sheetReference(t.sheet.name)}!${localAddress(rect)}`;
      case "rowIndex":
        return rect.row;
      case "columnIndex":
        return rect.col;
      case "rowCount":
        return rect.rows;
      case "columnCount":
        return rect.cols;
      case "cellCount":
        return cellCount(rect);
      case "isEntireColumn":
        return rect.row === 0 && rect.rows === MAX_ROWS;
      case "isEntireRow":
        return rect.col === 0 && rect.cols === MAX_COLS;
      case "values":
        return grid(t, (c) => c?.value ?? "");
      case "numberFormat":
        return grid(t, (c) => c?.numberFormat ?? "General");
      case "formulas":
        return grid(t, (c) => (c?.isFormula ? c.formula : (c?.value ?? "")));
      // true when all are hidden, false when none, null when some are:
      // https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-rowhidden-member
      case "columnHidden":
        applies("hidden-all-or-none");
        return allOrNone(countIn(t.sheet.hiddenColumns, rect.col, rect.cols), rect.cols);
      case "rowHidden":
        applies("hidden-all-or-none");
        return allOrNone(countIn(t.sheet.hiddenRows, rect.row, rect.rows), rect.rows);
      // ExcelApi 1.10: "the distance in points, for 100% zoom, from the left (top) edge of the worksheet"
      case "left":
        applies("range-left-top");
        return offsetOf(rect.col, (c) => (t.sheet.hiddenColumns.has(c) ? 0 : (t.sheet.columnWidths.get(c) ?? DEFAULT_COLUMN_WIDTH_PT)));
      case "top":
        applies("range-left-top");
        return offsetOf(rect.row, (r) => (t.sheet.hiddenRows.has(r) ? 0 : (t.sheet.rowHeights.get(r) ?? DEFAULT_ROW_HEIGHT_PT)));
      default:
        return super.readScalar(name);
    }
  }

  protected override navigation(name: string): FakeClientObject | undefined {
    if (name === "format") return this.format;
    if (name === "dataValidation") return this.dataValidation;
    return undefined;
  }

  get address(): string {
    return this.prop("address");
  }
  get rowIndex(): number {
    return this.prop("rowIndex");
  }
  get columnIndex(): number {
    return this.prop("columnIndex");
  }
  get rowCount(): number {
    return this.prop("rowCount");
  }
  get columnCount(): number {
    return this.prop("columnCount");
  }
  get cellCount(): number {
    return this.prop("cellCount");
  }
  get isEntireColumn(): boolean {
    return this.prop("isEntireColumn");
  }
  get isEntireRow(): boolean {
    return this.prop("isEntireRow");
  }

  get values(): unknown[][] {
    return this.prop("values");
  }
  set values(input: unknown[][]) {
    this.setLater("values", input, () => {
      const t = this.target();
      const at = inputGrid(input, t.rect, "values");
      const { row, col, rows, cols } = t.rect;
      for (let r = 0; r < rows; r++) {
        for (let c = 0; c < cols; c++) enterValue(t.sheet, row + r, col + c, at(r, c));
      }
      this.context.host.noteEdit(t.sheet, t.rect);
    });
  }

  get numberFormat(): unknown[][] {
    return this.prop("numberFormat");
  }
  set numberFormat(input: unknown[][]) {
    this.setLater("numberFormat", input, () => {
      const t = this.target();
      const at = inputGrid(input, t.rect, "numberFormat");
      forEachCell(t, (cell, r, c) => {
        const f = at(r - t.rect.row, c - t.rect.col);
        if (f === null || f === undefined) return;
        if (typeof f !== "string") throw invalidArgument(`A number format must be a string, not ${JSON.stringify(f)}.`);
        if (f === "") applies("empty-number-format-general");
        cell.numberFormat = f === "" ? "General" : f;
      });
      // A format, not data: Excel raises onFormatChanged for it, and no onChanged.
      this.context.host.noteFormat(t.sheet, t.rect);
    });
  }

  get formulas(): unknown[][] {
    return this.prop("formulas");
  }
  set formulas(input: unknown[][]) {
    void input;
    throw notImplemented("Range.formulas (setting)");
  }

  get format(): FakeRangeFormat {
    return (this.formatProxy ??= new FakeRangeFormat(this.context, this));
  }

  get dataValidation(): FakeDataValidation {
    return (this.dataValidationProxy ??= new FakeDataValidation(this.context, this));
  }

  get conditionalFormats(): FakeConditionalFormatCollection {
    return (this.conditionalFormatsProxy ??= new FakeConditionalFormatCollection(this.context, this));
  }

  /** Hides or shows the range's columns (Excel does so for the whole columns, whatever the rows). */
  get columnHidden(): boolean {
    return this.prop("columnHidden");
  }
  set columnHidden(v: boolean) {
    this.setLater("columnHidden", v, () => {
      if (typeof v !== "boolean") throw invalidArgument(`columnHidden takes a boolean, not ${JSON.stringify(v)}.`);
      const { sheet, rect } = this.target();
      if (rect.cols === MAX_COLS) throw notImplemented("hiding every column");
      for (let c = rect.col; c < rect.col + rect.cols; c++) {
        if (v) sheet.hiddenColumns.add(c);
        else sheet.hiddenColumns.delete(c);
      }
    });
  }

  /** Hides or shows the range's rows (Excel does so for the whole rows, whatever the columns). */
  get rowHidden(): boolean {
    return this.prop("rowHidden");
  }
  set rowHidden(v: boolean) {
    this.setLater("rowHidden", v, () => {
      if (typeof v !== "boolean") throw invalidArgument(`rowHidden takes a boolean, not ${JSON.stringify(v)}.`);
      const { sheet, rect } = this.target();
      if (rect.rows === MAX_ROWS) throw notImplemented("hiding every row");
      for (let r = rect.row; r < rect.row + rect.rows; r++) {
        if (v) sheet.hiddenRows.add(r);
        else sheet.hiddenRows.delete(r);
      }
    });
  }

  get left(): number {
    return this.prop("left");
  }

  get top(): number {
    return this.prop("top");
  }

  getEntireColumn(): FakeRange {
    return this.derive("getEntireColumn", (r) => ({ row: 0, col: r.col, rows: MAX_ROWS, cols: r.cols }));
  }

  getEntireRow(): FakeRange {
    return this.derive("getEntireRow", (r) => ({ row: r.row, col: 0, rows: r.rows, cols: MAX_COLS }));
  }

  getCell(row: number, column: number): FakeRange {
    return this.derive("getCell", (r) => checkRect({ row: r.row + row, col: r.col + column, rows: 1, cols: 1 }));
  }

  private derive(label: string, rectOf: (r: Rect) => Rect): FakeRange {
    const slot = new Slot<RangeTarget | null>();
    this.later(label, 8, () => {
      const t = this.target();
      slot.put({ sheet: t.sheet, rect: rectOf(t.rect) });
    });
    return new FakeRange(this.context, () => slot.get());
  }

  merge(across?: boolean): void {
    this.later("merge", 8, () => {
      const t = this.target();
      const { row, col, rows, cols } = t.rect;
      const pieces = across ? Array.from({ length: rows }, (_, i) => ({ row: row + i, col, rows: 1, cols })) : [t.rect];
      for (const piece of pieces) {
        if (cellCount(piece) === 1) continue;
        t.sheet.merges = t.sheet.merges.filter((m) => !intersects(m, piece));
        // Excel keeps only the top-left value of a merged area.
        for (let r = piece.row; r < piece.row + piece.rows; r++) {
          for (let c = piece.col; c < piece.col + piece.cols; c++) {
            const cell = t.sheet.cell(r, c);
            if (cell && (r !== piece.row || c !== piece.col) && (cell.value !== "" || cell.isFormula)) {
              applies("merge-keeps-top-left");
              cell.value = "";
              cell.isFormula = false;
              delete cell.formula;
              this.context.host.noteEdit(t.sheet, piece);
            }
          }
        }
        t.sheet.merges.push(piece);
      }
    });
  }

  unmerge(): void {
    this.later("unmerge", 0, () => {
      const t = this.target();
      t.sheet.merges = t.sheet.merges.filter((m) => !intersects(m, t.rect));
    });
  }

  /** Selects the range; in Excel this also activates its sheet, which must be visible. */
  select(): void {
    this.later("select", 0, () => {
      const t = this.target();
      if (t.sheet.visibility !== "Visible") {
        applies("hidden-sheet-activate");
        throw new FakeExcelError("InvalidOperation", "A range on a hidden sheet cannot be selected.");
      }
      this.context.host.workbook.active = t.sheet;
      t.sheet.selection = localAddress(t.rect);
    });
  }

  getCellProperties(options: Excel.CellPropertiesLoadOptions): FakeClientResult<Excel.CellProperties[][]> {
    const result = new FakeClientResult<Excel.CellProperties[][]>();
    this.later("getCellProperties", jsonBytes(options), () => {
      const t = this.target();
      return result.settle(() => grid(t, (cell, r, c) => cellProperties(options, t.sheet, cell, r, c)));
    });
    return result;
  }

  /**
   * One entry per row of the range, top to bottom, with only the properties asked for
   * (ExcelApi 1.9): https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-getrowproperties-member(1)
   * Only rowIndex, rowHidden and address are modelled.
   */
  getRowProperties(options: Excel.RowPropertiesLoadOptions): FakeClientResult<Excel.RowProperties[]> {
    const result = new FakeClientResult<Excel.RowProperties[]>();
    this.later("getRowProperties", jsonBytes(options), () => {
      const { sheet, rect } = this.target();
      const keys = lineKeys(options, "rowIndex", "rowHidden");
      return result.settle(() =>
        Array.from({ length: rect.rows }, (_, i) => {
          const row = rect.row + i;
          const out: Excel.RowProperties = {};
          if (keys.index) out.rowIndex = row;
          if (keys.hidden) out.rowHidden = sheet.hiddenRows.has(row);
          if (keys.address) out.address = `${sheetReference(sheet.name)}!${localAddress({ ...rect, row, rows: 1 })}`;
          return out;
        }),
      );
    });
    return result;
  }

  /** One entry per column of the range, left to right; only columnIndex, columnHidden and address are modelled. */
  getColumnProperties(options: Excel.ColumnPropertiesLoadOptions): FakeClientResult<Excel.ColumnProperties[]> {
    const result = new FakeClientResult<Excel.ColumnProperties[]>();
    this.later("getColumnProperties", jsonBytes(options), () => {
      const { sheet, rect } = this.target();
      const keys = lineKeys(options, "columnIndex", "columnHidden");
      return result.settle(() =>
        Array.from({ length: rect.cols }, (_, i) => {
          const col = rect.col + i;
          const out: Excel.ColumnProperties = {};
          if (keys.index) out.columnIndex = col;
          if (keys.hidden) out.columnHidden = sheet.hiddenColumns.has(col);
          if (keys.address) out.address = `${sheetReference(sheet.name)}!${localAddress({ ...rect, col, cols: 1 })}`;
          return out;
        }),
      );
    });
    return result;
  }

  getMergedAreasOrNullObject(): FakeRangeAreas {
    const slot = new Slot<MergedAreas | null>();
    this.later("getMergedAreasOrNullObject", 0, () => {
      if (this.resolvesToNull()) return slot.put(null);
      const t = this.target();
      const areas = t.sheet.merges.filter((m) => intersects(m, t.rect));
      slot.put(areas.length === 0 ? null : { sheet: t.sheet, areas });
    });
    return new FakeRangeAreas(this.context, () => slot.get());
  }
}

export class FakeRangeAreas extends FakeClientObject implements Pick<Excel.RangeAreas, "address" | "areaCount"> {
  readonly areas: FakeRangeCollection;

  constructor(
    context: FakeRequestContext,
    private readonly resolve: () => MergedAreas | null,
  ) {
    super(context, "RangeAreas");
    this.areas = new FakeRangeCollection(context, () => {
      const m = this.resolve();
      return m === null ? null : m.areas.map((rect) => ({ sheet: m.sheet, rect }));
    });
  }

  resolvesToNull(): boolean {
    return this.resolve() === null;
  }

  protected override defaultLoad(): string[] {
    return ["address", "areaCount"];
  }

  protected override readScalar(name: string): unknown {
    const m = this.resolve();
    if (m === null) throw new FakeExcelError("ItemNotFound", "RangeAreas is a null object.");
    if (name === "address") return m.areas.map((r) => `${sheetReference(m.sheet.name)}!${localAddress(r)}`).join(",");
    if (name === "areaCount") return m.areas.length;
    return super.readScalar(name);
  }

  protected override navigation(name: string): FakeClientObject | undefined {
    return name === "areas" ? this.areas : undefined;
  }

  get address(): string {
    return this.prop("address");
  }
  get areaCount(): number {
    return this.prop("areaCount");
  }
}

export class FakeRangeCollection extends FakeCollection<FakeRange> {
  constructor(
    context: FakeRequestContext,
    private readonly resolve: () => RangeTarget[] | null,
  ) {
    super(context, "RangeCollection");
  }

  resolvesToNull(): boolean {
    return this.resolve() === null;
  }

  protected currentItems(): FakeRange[] {
    return (this.resolve() ?? []).map((t) => new FakeRange(this.context, () => t));
  }
}
