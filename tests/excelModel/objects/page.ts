/** API objects: freeze panes, page layout, headers and footers. */
import { applies } from "../register";
import { localAddress, parseRangeAddress } from "../addresses";
import type { RangeTarget } from "../cells";
import { FakeRequestContext } from "../engine";
import { invalidArgument } from "../errors";
import { MAX_COLS, MAX_ROWS } from "../limits";
import { FakeRange, FakeRangeAreas } from "./range";
import { FakeWorksheet } from "./workbook";
import { FakeClientObject, FakeClientResult, FakeCollection, Slot, jsonBytes } from "../proxy";
import type { PageSetupState } from "../state";

/** Base of the worksheet-level pieces that resolve through their worksheet. */
export abstract class FakeWorksheetPart extends FakeClientObject {
  constructor(
    context: FakeRequestContext,
    typeName: string,
    readonly worksheet: FakeWorksheet,
  ) {
    super(context, typeName);
  }

  resolvesToNull(): boolean {
    return this.worksheet.resolvesToNull();
  }
}

export class FakeWorksheetFreezePanes
  extends FakeWorksheetPart
  implements Pick<Excel.WorksheetFreezePanes, "freezeRows" | "freezeColumns" | "unfreeze">
{
  constructor(context: FakeRequestContext, worksheet: FakeWorksheet) {
    super(context, "WorksheetFreezePanes", worksheet);
  }

  freezeRows(count = 1): void {
    this.later("freezeRows", 8, () => {
      this.worksheet.sheet().freeze = { rows: count, cols: 0 };
    });
  }

  freezeColumns(count = 1): void {
    this.later("freezeColumns", 8, () => {
      this.worksheet.sheet().freeze = { rows: 0, cols: count };
    });
  }

  /** The given cells become the frozen top-left pane. */
  freezeAt(frozenRange: FakeRange | string): void {
    this.later("freezeAt", 16, () => {
      const rect = typeof frozenRange === "string" ? parseRangeAddress(frozenRange) : frozenRange.target().rect;
      this.worksheet.sheet().freeze = { rows: rect.row + rect.rows, cols: rect.col + rect.cols };
    });
  }

  unfreeze(): void {
    this.later("unfreeze", 0, () => {
      this.worksheet.sheet().freeze = null;
    });
  }

  getLocationOrNullObject(): FakeRange {
    const slot = new Slot<RangeTarget | null>();
    this.later("getLocationOrNullObject", 0, () => {
      const sheet = this.worksheet.sheet();
      const f = sheet.freeze;
      if (!f) return slot.put(null);
      const rect = {
        row: 0,
        col: 0,
        rows: f.rows === 0 ? MAX_ROWS : f.rows,
        cols: f.cols === 0 ? MAX_COLS : f.cols,
      };
      slot.put({ sheet, rect });
    });
    return new FakeRange(this.context, () => slot.get());
  }
}

export type PageScalar = "orientation" | "paperSize" | "leftMargin" | "rightMargin" | "topMargin" | "bottomMargin" | "centerHorizontally";

export class FakePageLayout
  extends FakeWorksheetPart
  implements
    Pick<
      Excel.PageLayout,
      "orientation" | "paperSize" | "zoom" | "leftMargin" | "rightMargin" | "topMargin" | "bottomMargin" | "centerHorizontally"
    >
{
  readonly headersFooters: FakeHeaderFooterGroup;

  constructor(context: FakeRequestContext, worksheet: FakeWorksheet) {
    super(context, "PageLayout", worksheet);
    this.headersFooters = new FakeHeaderFooterGroup(context, worksheet);
  }

  protected override defaultLoad(): string[] {
    return ["orientation", "paperSize", "zoom", "leftMargin", "rightMargin", "topMargin", "bottomMargin", "centerHorizontally", "firstPageNumber"];
  }

  protected override readScalar(name: string): unknown {
    const p = this.worksheet.sheet().pageLayout;
    applies("page-defaults");
    switch (name) {
      case "zoom":
        return { ...p.zoom };
      case "orientation":
      case "paperSize":
      case "leftMargin":
      case "rightMargin":
      case "topMargin":
      case "bottomMargin":
      case "centerHorizontally":
        return p[name];
      case "firstPageNumber":
        applies("first-page-number");
        return p.firstPageNumber;
      default:
        return super.readScalar(name);
    }
  }

  protected override navigation(name: string): FakeClientObject | undefined {
    return name === "headersFooters" ? this.headersFooters : undefined;
  }

  private setPage<K extends PageScalar>(name: K, v: PageSetupState[K], check: (v: PageSetupState[K]) => boolean): void {
    this.setLater(name, v, () => {
      if (!check(v)) throw invalidArgument(`Bad page layout ${name}: ${JSON.stringify(v)}`);
      this.worksheet.sheet().pageLayout[name] = v;
    });
  }

  get orientation(): Excel.PageLayout["orientation"] {
    return this.prop("orientation");
  }
  set orientation(v: Excel.PageLayout["orientation"]) {
    this.setPage("orientation", v, (x) => x === "Portrait" || x === "Landscape");
  }

  get paperSize(): Excel.PageLayout["paperSize"] {
    return this.prop("paperSize");
  }
  set paperSize(v: Excel.PageLayout["paperSize"]) {
    this.setPage("paperSize", v, (x) => typeof x === "string" && x.length > 0);
  }

  get leftMargin(): number {
    return this.prop("leftMargin");
  }
  set leftMargin(v: number) {
    this.setPage("leftMargin", v, (x) => x >= 0);
  }
  get rightMargin(): number {
    return this.prop("rightMargin");
  }
  set rightMargin(v: number) {
    this.setPage("rightMargin", v, (x) => x >= 0);
  }
  get topMargin(): number {
    return this.prop("topMargin");
  }
  set topMargin(v: number) {
    this.setPage("topMargin", v, (x) => x >= 0);
  }
  get bottomMargin(): number {
    return this.prop("bottomMargin");
  }
  set bottomMargin(v: number) {
    this.setPage("bottomMargin", v, (x) => x >= 0);
  }

  get centerHorizontally(): boolean {
    return this.prop("centerHorizontally");
  }
  set centerHorizontally(v: boolean) {
    this.setPage("centerHorizontally", v, (x) => typeof x === "boolean");
  }

  /** ExcelApi 1.9: the number &P prints on the first page, "" for automatic numbering. */
  get firstPageNumber(): number | "" {
    return this.prop("firstPageNumber");
  }
  set firstPageNumber(v: number | "") {
    this.setLater("firstPageNumber", v, () => {
      applies("first-page-number");
      if (v !== "" && !(Number.isInteger(v) && v >= 0)) throw invalidArgument(`Bad first page number ${JSON.stringify(v)}`);
      this.worksheet.sheet().pageLayout.firstPageNumber = v;
    });
  }

  get zoom(): Excel.PageLayoutZoomOptions {
    return this.prop("zoom");
  }
  set zoom(v: Excel.PageLayoutZoomOptions) {
    this.setLater("zoom", v, () => {
      applies("zoom-scale-or-fit");
      const fits = v.horizontalFitToPages !== undefined || v.verticalFitToPages !== undefined;
      if (fits && v.scale !== undefined) throw invalidArgument("Zoom takes either a scale or fit-to-pages, not both.");
      this.worksheet.sheet().pageLayout.zoom = { ...v };
    });
  }

  /** One area ("A1:R120", a sheet prefix allowed) or a range; several areas are beyond the fake. */
  setPrintArea(printArea: FakeRange | string): void {
    this.later("setPrintArea", jsonBytes(typeof printArea === "string" ? printArea : ""), () => {
      const rect = typeof printArea === "string" ? parseRangeAddress(printArea) : printArea.target().rect;
      if (typeof printArea !== "string" && printArea.target().sheet !== this.worksheet.sheet()) {
        throw invalidArgument("The print area must be on the same worksheet.");
      }
      this.worksheet.sheet().pageLayout.printArea = localAddress(rect);
    });
  }

  /** ExcelApi 1.9: the print area as one area (all the fake keeps), null when none was set. */
  getPrintAreaOrNullObject(): FakeRangeAreas {
    return new FakeRangeAreas(this.context, () => {
      const sheet = this.worksheet.sheet();
      const area = sheet.pageLayout.printArea;
      return area === null ? null : { sheet, areas: [parseRangeAddress(area)] };
    });
  }

  /** ExcelApi 1.9: the rows repeated at the top of each page, as whole rows; null when none. */
  getPrintTitleRowsOrNullObject(): FakeRange {
    return new FakeRange(this.context, () => {
      const sheet = this.worksheet.sheet();
      const rows = sheet.pageLayout.printTitleRows;
      return rows === null ? null : { sheet, rect: parseRangeAddress(rows) };
    });
  }

  setPrintTitleRows(printTitleRows: FakeRange | string): void {
    this.later("setPrintTitleRows", jsonBytes(typeof printTitleRows === "string" ? printTitleRows : ""), () => {
      const rect = typeof printTitleRows === "string" ? parseRangeAddress(printTitleRows) : printTitleRows.target().rect;
      this.worksheet.sheet().pageLayout.printTitleRows = `$${rect.row + 1}:$${rect.row + rect.rows}`;
    });
  }
}

export class FakeHeaderFooterGroup extends FakeWorksheetPart {
  readonly defaultForAllPages: FakeHeaderFooter;
  readonly firstPage: FakeHeaderFooter;

  constructor(context: FakeRequestContext, worksheet: FakeWorksheet) {
    super(context, "HeaderFooterGroup", worksheet);
    this.defaultForAllPages = new FakeHeaderFooter(context, worksheet, "default");
    this.firstPage = new FakeHeaderFooter(context, worksheet, "first");
  }

  protected override defaultLoad(): string[] {
    return ["state"];
  }

  protected override readScalar(name: string): unknown {
    if (name === "state") return this.worksheet.sheet().pageLayout.headerFooterState;
    return super.readScalar(name);
  }

  protected override navigation(name: string): FakeClientObject | undefined {
    if (name === "defaultForAllPages") return this.defaultForAllPages;
    if (name === "firstPage") return this.firstPage;
    return undefined;
  }

  /** ExcelApi 1.9: which headers and footers print: FirstAndDefault gives the first page its own. */
  get state(): Excel.HeaderFooterGroup["state"] {
    return this.prop("state");
  }
  set state(v: Excel.HeaderFooterGroup["state"]) {
    this.setLater("state", v, () => {
      applies("header-footer-first-page");
      if (!["Default", "FirstAndDefault", "OddAndEven", "FirstOddAndEven"].includes(v)) throw invalidArgument(`Bad header/footer state ${String(v)}`);
      this.worksheet.sheet().pageLayout.headerFooterState = v;
    });
  }
}

/** One page kind's header and footer: the model keeps the centre footer only. */
export class FakeHeaderFooter extends FakeWorksheetPart implements Pick<Excel.HeaderFooter, "centerFooter"> {
  constructor(
    context: FakeRequestContext,
    worksheet: FakeWorksheet,
    private readonly pages: "default" | "first",
  ) {
    super(context, "HeaderFooter", worksheet);
  }

  protected override defaultLoad(): string[] {
    return ["centerFooter"];
  }

  protected override readScalar(name: string): unknown {
    const p = this.worksheet.sheet().pageLayout;
    if (name === "centerFooter") return this.pages === "first" ? p.firstPageCenterFooter : p.centerFooter;
    return super.readScalar(name);
  }

  get centerFooter(): string {
    return this.prop("centerFooter");
  }
  set centerFooter(v: string) {
    this.setLater("centerFooter", v, () => {
      applies("footer-255");
      if (v.length > 255) throw invalidArgument("A footer section holds at most 255 characters.");
      const p = this.worksheet.sheet().pageLayout;
      if (this.pages === "first") p.firstPageCenterFooter = v;
      else p.centerFooter = v;
    });
  }
}

/**
 * Worksheet.horizontalPageBreaks (ExcelApi 1.9): the manual breaks only, each before the top row
 * of the range it was added with. Items come in row order.
 */
export class FakePageBreakCollection extends FakeCollection<FakePageBreak> {
  constructor(
    context: FakeRequestContext,
    readonly worksheet: FakeWorksheet,
  ) {
    super(context, "PageBreakCollection");
  }

  resolvesToNull(): boolean {
    return this.worksheet.resolvesToNull();
  }

  protected currentItems(): FakePageBreak[] {
    return [...this.worksheet.sheet().pageBreaks].sort((a, b) => a - b).map((row) => new FakePageBreak(this.context, this.worksheet, row));
  }

  add(pageBreakRange: FakeRange | string): FakePageBreak {
    const slot = new Slot<number>();
    this.later("add", jsonBytes(typeof pageBreakRange === "string" ? pageBreakRange : ""), () => {
      const sheet = this.worksheet.sheet();
      const rect = typeof pageBreakRange === "string" ? parseRangeAddress(pageBreakRange) : pageBreakRange.target().rect;
      if (typeof pageBreakRange !== "string" && pageBreakRange.target().sheet !== sheet) throw invalidArgument("The page break's range must be on its worksheet.");
      applies("page-break-before-range");
      sheet.pageBreaks.add(rect.row);
      slot.put(rect.row);
    });
    return new FakePageBreak(this.context, this.worksheet, () => slot.get());
  }

  getCount(): FakeClientResult<number> {
    const result = new FakeClientResult<number>();
    this.later("getCount", 0, () => result.settle(() => this.worksheet.sheet().pageBreaks.size));
    return result;
  }

  removePageBreaks(): void {
    this.later("removePageBreaks", 0, () => this.worksheet.sheet().pageBreaks.clear());
  }
}

export class FakePageBreak extends FakeWorksheetPart {
  private readonly row: () => number;

  constructor(context: FakeRequestContext, worksheet: FakeWorksheet, row: number | (() => number)) {
    super(context, "PageBreak", worksheet);
    this.row = typeof row === "number" ? () => row : row;
  }

  /** "Gets the first cell after the page break" (ExcelApi 1.9): column A of the row the break opens a page with. */
  getCellAfterBreak(): FakeRange {
    const slot = new Slot<RangeTarget | null>();
    this.later("getCellAfterBreak", 0, () => slot.put({ sheet: this.worksheet.sheet(), rect: { row: this.row(), col: 0, rows: 1, cols: 1 } }));
    return new FakeRange(this.context, () => slot.get());
  }
}
