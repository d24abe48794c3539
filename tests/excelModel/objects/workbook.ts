/** API objects: the workbook, its worksheet collection and worksheets. */
import type { Rect } from "../../../src/core/rect";
import { applies } from "../register";
import { checkRect, parseRangeAddress, wholeSheet } from "../addresses";
import { liveSheet, type RangeTarget } from "../cells";
import { FakeRequestContext } from "../engine";
import { FakeExcelError, invalidArgument } from "../errors";
import { FakeEventHandlers } from "../events";
import { DEFAULT_ROW_HEIGHT_PT } from "../limits";
import { FakePageBreakCollection, FakePageLayout, FakeWorksheetFreezePanes } from "./page";
import { FakeShapeCollection } from "./shapes";
import { FakeRange } from "./range";
import { FakeClientObject, FakeClientResult, FakeCollection, Slot, jsonBytes } from "../proxy";
import { checkSheetName } from "../rules";
import { SheetState, WorkbookState, seedCells } from "../state";

export class FakeWorkbook extends FakeClientObject {
  readonly worksheets: FakeWorksheetCollection;

  constructor(context: FakeRequestContext) {
    super(context, "Workbook");
    this.worksheets = new FakeWorksheetCollection(context);
  }

  resolvesToNull(): boolean {
    return false;
  }

  /**
   * Copies sheets of a file the test registered (FakeExcelOptions.files) into the workbook at
   * the position asked, and gives their ids; an unknown file, or a sheet the file lacks, fails
   * with InvalidArgument. A copy onto a name in use fails as adding that name would (unverified).
   */
  insertWorksheetsFromBase64(base64: string, options: Excel.InsertWorksheetOptions = {}): FakeClientResult<string[]> {
    const result = new FakeClientResult<string[]>();
    this.later("Workbook.insertWorksheetsFromBase64", base64.length + jsonBytes(options), () => {
      const wb = this.context.host.workbook;
      const file = wb.files.get(base64);
      if (!file) throw invalidArgument("The base64 string is not a workbook file.");
      applies("insert-worksheets-from-base64");
      const wanted = options.sheetNamesToInsert && options.sheetNamesToInsert.length > 0 ? options.sheetNamesToInsert : file.map((s) => s.name);
      const sources = wanted.map((name) => {
        const found = file.find((s) => s.name === name);
        if (!found) throw invalidArgument(`The file has no sheet '${name}'.`);
        return found;
      });
      const relative = options.relativeTo === undefined ? undefined : typeof options.relativeTo === "string" ? wb.find(options.relativeTo) : undefined;
      if (options.relativeTo !== undefined && !relative) throw new FakeExcelError("ItemNotFound", "The relativeTo worksheet does not exist.");
      const position = options.positionType ?? "End";
      const added = sources.map((src) => {
        if (wb.find(src.name)) {
          applies("insert-worksheets-clash");
          throw wb.clash(src.name);
        }
        const sheet = wb.addSheet(src.name);
        seedCells(sheet, src.rows);
        return sheet;
      });
      const rest = wb.sheets.filter((s) => !added.includes(s));
      const at =
        position === "Beginning" ? 0 : relative && position === "Before" ? rest.indexOf(relative) : relative && position === "After" ? rest.indexOf(relative) + 1 : rest.length;
      wb.sheets.splice(0, wb.sheets.length, ...rest.slice(0, at), ...added, ...rest.slice(at));
      return result.settle(() => added.map((s) => s.id));
    });
    return result;
  }
}

export class FakeWorksheetCollection extends FakeCollection<FakeWorksheet> {
  private onChangedProxy?: FakeEventHandlers<"onChanged">;
  private onFormatChangedProxy?: FakeEventHandlers<"onFormatChanged">;
  private onAddedProxy?: FakeEventHandlers<"onAdded">;
  private onDeletedProxy?: FakeEventHandlers<"onDeleted">;

  constructor(context: FakeRequestContext) {
    super(context, "WorksheetCollection");
  }

  get onChanged(): FakeEventHandlers<"onChanged"> {
    return (this.onChangedProxy ??= new FakeEventHandlers(this.context, "onChanged"));
  }

  /** Formats changed (number formats, fills, fonts, borders), ExcelApi 1.9. */
  get onFormatChanged(): FakeEventHandlers<"onFormatChanged"> {
    return (this.onFormatChangedProxy ??= new FakeEventHandlers(this.context, "onFormatChanged"));
  }

  get onAdded(): FakeEventHandlers<"onAdded"> {
    return (this.onAddedProxy ??= new FakeEventHandlers(this.context, "onAdded"));
  }

  get onDeleted(): FakeEventHandlers<"onDeleted"> {
    return (this.onDeletedProxy ??= new FakeEventHandlers(this.context, "onDeleted"));
  }

  resolvesToNull(): boolean {
    return false;
  }

  protected currentItems(): FakeWorksheet[] {
    return this.context.host.workbook.sheets.map((s) => new FakeWorksheet(this.context, () => s));
  }

  getItem(key: string): FakeWorksheet {
    return this.lookup("getItem", key, (wb) => {
      const s = wb.find(key);
      if (!s) throw new FakeExcelError("ItemNotFound", `The requested resource doesn't exist: worksheet '${key}'.`);
      return s;
    });
  }

  getItemOrNullObject(key: string): FakeWorksheet {
    return this.lookup("getItemOrNullObject", key, (wb) => wb.find(key) ?? null);
  }

  getActiveWorksheet(): FakeWorksheet {
    return this.lookup("getActiveWorksheet", "", (wb) => {
      if (!wb.active) throw new FakeExcelError("ItemNotFound", "No active worksheet.");
      return wb.active;
    });
  }

  add(name?: string): FakeWorksheet {
    return this.lookup("add", name ?? "", (wb) => {
      const sheet = wb.addSheet(name ?? wb.nextDefaultName());
      this.context.host.raise("onAdded", { type: "WorksheetAdded", source: "Local", worksheetId: sheet.id });
      return sheet;
    });
  }

  private lookup(label: string, arg: string, find: (wb: WorkbookState) => SheetState | null): FakeWorksheet {
    const slot = new Slot<SheetState | null>();
    const proxy = new FakeWorksheet(this.context, () => slot.get());
    this.later(label, jsonBytes(arg), () => {
      const found = find(this.context.host.workbook);
      slot.put(found);
      // The documented *OrNullObject pattern reads isNullObject after a sync, without a load.
      return label === "getItemOrNullObject" ? proxy.nullness(found === null) : undefined;
    });
    return proxy;
  }
}

export class FakeWorksheet
  extends FakeClientObject
  implements Pick<Excel.Worksheet, "name" | "id" | "position" | "visibility" | "tabColor" | "delete" | "activate">
{
  private freezePanesProxy?: FakeWorksheetFreezePanes;
  private pageLayoutProxy?: FakePageLayout;
  private pageBreaksProxy?: FakePageBreakCollection;
  private shapesProxy?: FakeShapeCollection;

  constructor(
    context: FakeRequestContext,
    private readonly resolve: () => SheetState | null,
  ) {
    super(context, "Worksheet");
  }

  resolvesToNull(): boolean {
    return this.resolve() === null;
  }

  /** The sheet this proxy stands for, failing the sync as Excel does when it is null or deleted. */
  sheet(): SheetState {
    const s = this.resolve();
    if (s === null) {
      applies("null-object-chain");
      throw new FakeExcelError("ItemNotFound", "The worksheet is a null object.");
    }
    return liveSheet(this.context, s);
  }

  protected override defaultLoad(): string[] {
    return ["id", "name", "position", "visibility", "tabColor"];
  }

  protected override readScalar(name: string): unknown {
    const s = this.sheet();
    switch (name) {
      case "id":
        return s.id;
      case "name":
        return s.name;
      case "position":
        return this.context.host.workbook.sheets.indexOf(s);
      case "visibility":
        return s.visibility;
      case "tabColor":
        return s.tabColor;
      case "standardWidth":
        return 8.43;
      case "standardHeight":
        return DEFAULT_ROW_HEIGHT_PT;
      default:
        return super.readScalar(name);
    }
  }

  get id(): string {
    return this.prop("id");
  }

  get name(): string {
    return this.prop("name");
  }
  set name(v: string) {
    this.setLater("name", v, () => {
      const s = this.sheet();
      checkSheetName(v);
      const other = this.context.host.workbook.find(v);
      if (other && other !== s) throw this.context.host.workbook.clash(v);
      s.name = v;
    });
  }

  /** Points; standardWidth is in characters of the Normal style (ExcelApi 1.7, read only here). */
  get standardHeight(): number {
    return this.prop("standardHeight");
  }
  get standardWidth(): number {
    return this.prop("standardWidth");
  }

  get position(): number {
    return this.prop("position");
  }
  set position(v: number) {
    this.setLater("position", v, () => {
      const s = this.sheet();
      const sheets = this.context.host.workbook.sheets;
      if (!Number.isInteger(v) || v < 0 || v >= sheets.length) throw invalidArgument(`Position ${v} is out of range.`);
      applies("position-move");
      sheets.splice(sheets.indexOf(s), 1);
      sheets.splice(v, 0, s);
    });
  }

  get visibility(): Excel.Worksheet["visibility"] {
    return this.prop("visibility");
  }
  set visibility(v: Excel.Worksheet["visibility"]) {
    this.setLater("visibility", v, () => {
      if (v !== "Visible" && v !== "Hidden" && v !== "VeryHidden") throw invalidArgument(`Bad visibility ${String(v)}`);
      this.sheet().visibility = v;
    });
  }

  get tabColor(): string {
    return this.prop("tabColor");
  }
  set tabColor(v: string) {
    this.setLater("tabColor", v, () => {
      if (v !== "" && !/^#[0-9A-Fa-f]{6}$/.test(v)) throw invalidArgument(`Bad colour ${v}`);
      this.sheet().tabColor = v.toUpperCase();
    });
  }

  get freezePanes(): FakeWorksheetFreezePanes {
    return (this.freezePanesProxy ??= new FakeWorksheetFreezePanes(this.context, this));
  }

  get pageLayout(): FakePageLayout {
    return (this.pageLayoutProxy ??= new FakePageLayout(this.context, this));
  }

  /** ExcelApi 1.9: the manual breaks that start a page at a row. */
  get horizontalPageBreaks(): FakePageBreakCollection {
    return (this.pageBreaksProxy ??= new FakePageBreakCollection(this.context, this));
  }

  /** ExcelApi 1.9: the sheet's drawing objects (pictures, in the model). */
  get shapes(): FakeShapeCollection {
    return (this.shapesProxy ??= new FakeShapeCollection(this.context, this));
  }

  delete(): void {
    this.later("delete", 0, () => {
      const sheet = this.sheet();
      this.context.host.workbook.removeSheet(sheet);
      this.context.host.raise("onDeleted", { type: "WorksheetDeleted", source: "Local", worksheetId: sheet.id });
    });
  }

  activate(): void {
    this.later("activate", 0, () => {
      const s = this.sheet();
      if (s.visibility !== "Visible") {
        applies("hidden-sheet-activate");
        throw new FakeExcelError("InvalidOperation", "A hidden sheet cannot be activated.");
      }
      this.context.host.workbook.active = s;
    });
  }

  getRange(address?: string): FakeRange {
    return this.rangeFrom("getRange", jsonBytes(address), () => (address === undefined ? wholeSheet() : parseRangeAddress(address)));
  }

  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): FakeRange {
    return this.rangeFrom("getRangeByIndexes", 40, () => checkRect({ row: startRow, col: startColumn, rows: rowCount, cols: columnCount }));
  }

  getCell(row: number, column: number): FakeRange {
    return this.getRangeByIndexes(row, column, 1, 1);
  }

  getUsedRange(valuesOnly?: boolean): FakeRange {
    return this.rangeFrom("getUsedRange", 8, (s) => s.usedRect(valuesOnly ?? false) ?? { row: 0, col: 0, rows: 1, cols: 1 });
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    return this.rangeFrom("getUsedRangeOrNullObject", 8, (s) => s.usedRect(valuesOnly ?? false), true);
  }

  private rangeFrom(label: string, bytes: number, rectOf: (s: SheetState) => Rect | null, orNull = false): FakeRange {
    const slot = new Slot<RangeTarget | null>();
    const proxy = new FakeRange(this.context, () => slot.get());
    this.later(label, bytes, () => {
      if (orNull && this.resolvesToNull()) {
        slot.put(null);
        return proxy.nullness(true);
      }
      const s = this.sheet();
      const rect = rectOf(s);
      slot.put(rect === null ? null : { sheet: s, rect });
      return orNull ? proxy.nullness(rect === null) : undefined;
    });
    return proxy;
  }
}
