/** API objects: a range's format, font, fill and borders. */
import type { Rect } from "../../../src/core/rect";
import { applies } from "../register";
import { cellCount, checkColor, forEachCell, uniform } from "../cells";
import { FakeRequestContext } from "../engine";
import { invalidArgument, notImplemented } from "../errors";
import { DEFAULT_COLUMN_WIDTH_PT, DEFAULT_ROW_HEIGHT_PT, MAX_CELLS_PER_FORMAT, MAX_COLS, MAX_ROWS, NO_FILL } from "../limits";
import { FakeRange } from "./range";
import { FakeClientObject } from "../proxy";
import { autofitRowHeights } from "../rules";
import type { BorderEdge, BorderState, CellState } from "../state";

export class FakeRangeFormat
  extends FakeClientObject
  implements Pick<Excel.RangeFormat, "columnWidth" | "rowHeight" | "horizontalAlignment" | "verticalAlignment" | "wrapText">
{
  private fontProxy?: FakeRangeFont;
  private fillProxy?: FakeRangeFill;
  private bordersProxy?: FakeRangeBorderCollection;

  constructor(
    context: FakeRequestContext,
    readonly range: FakeRange,
  ) {
    super(context, "RangeFormat");
  }

  resolvesToNull(): boolean {
    return this.range.resolvesToNull();
  }

  protected override defaultLoad(): string[] {
    return ["columnWidth", "rowHeight", "horizontalAlignment", "verticalAlignment", "wrapText"];
  }

  protected override readScalar(name: string): unknown {
    const t = this.range.target();
    const { rect, sheet } = t;
    const same = <T>(values: T[]): T | null => {
      applies("default-sizes");
      return values.every((v) => v === values[0]) ? values[0] : null;
    };
    switch (name) {
      case "columnWidth":
        return same(
          Array.from({ length: Math.min(rect.cols, MAX_COLS) }, (_, i) => sheet.columnWidths.get(rect.col + i) ?? DEFAULT_COLUMN_WIDTH_PT),
        );
      case "rowHeight":
        return same(
          Array.from({ length: Math.min(rect.rows, 100_000) }, (_, i) => sheet.rowHeights.get(rect.row + i) ?? DEFAULT_ROW_HEIGHT_PT),
        );
      case "horizontalAlignment":
        return uniform(t, (c) => c?.horizontalAlignment ?? "General");
      case "verticalAlignment":
        return uniform(t, (c) => c?.verticalAlignment ?? "Bottom");
      case "wrapText":
        return uniform(t, (c) => c?.wrapText ?? false);
      default:
        return super.readScalar(name);
    }
  }

  protected override navigation(name: string): FakeClientObject | undefined {
    if (name === "font") return this.font;
    if (name === "fill") return this.fill;
    if (name === "borders") return this.borders;
    return undefined;
  }

  get font(): FakeRangeFont {
    return (this.fontProxy ??= new FakeRangeFont(this.context, this.range));
  }
  get fill(): FakeRangeFill {
    return (this.fillProxy ??= new FakeRangeFill(this.context, this.range));
  }
  get borders(): FakeRangeBorderCollection {
    return (this.bordersProxy ??= new FakeRangeBorderCollection(this.context, this.range));
  }

  get columnWidth(): number {
    return this.prop("columnWidth");
  }
  set columnWidth(v: number) {
    this.setLater("columnWidth", v, () => {
      if (!(v >= 0)) throw invalidArgument(`Bad column width ${v}`);
      const { sheet, rect } = this.range.target();
      for (let c = rect.col; c < rect.col + rect.cols; c++) sheet.columnWidths.set(c, v);
    });
  }

  get rowHeight(): number {
    return this.prop("rowHeight");
  }
  set rowHeight(v: number) {
    this.setLater("rowHeight", v, () => {
      applies("sizes-in-points");
      if (!(v >= 0 && v <= 409)) throw invalidArgument(`Bad row height ${v}`);
      const { sheet, rect } = this.range.target();
      if (rect.rows === MAX_ROWS) throw notImplemented("row height of whole columns");
      for (let r = rect.row; r < rect.row + rect.rows; r++) sheet.rowHeights.set(r, v);
    });
  }

  get horizontalAlignment(): Excel.RangeFormat["horizontalAlignment"] {
    return this.prop("horizontalAlignment");
  }
  set horizontalAlignment(v: Excel.RangeFormat["horizontalAlignment"]) {
    this.setCells("horizontalAlignment", v, (c) => (c.horizontalAlignment = v));
  }

  get verticalAlignment(): Excel.RangeFormat["verticalAlignment"] {
    return this.prop("verticalAlignment");
  }
  set verticalAlignment(v: Excel.RangeFormat["verticalAlignment"]) {
    this.setCells("verticalAlignment", v, (c) => (c.verticalAlignment = v));
  }

  get wrapText(): boolean {
    return this.prop("wrapText");
  }
  set wrapText(v: boolean) {
    this.setCells("wrapText", v, (c) => (c.wrapText = v));
  }

  private setCells(name: string, v: unknown, apply: (c: CellState) => void): void {
    this.setLater(name, v, () => {
      const t = this.range.target();
      forEachCell(t, apply);
      this.context.host.noteFormat(t.sheet, t.rect);
    });
  }

  /** Fits the rows' heights to their content as it stands at this point of the sync (see autofitRowHeights). */
  autofitRows(): void {
    this.later("autofitRows", 0, () => {
      const { sheet, rect } = this.range.target();
      if (rect.rows > 100_000) throw notImplemented("autofitting whole columns");
      sheet.autofitSpans.push({ from: rect.row, to: rect.row + rect.rows - 1 });
      autofitRowHeights(sheet, rect);
    });
  }
}

/** Base of the per-range format pieces (font, fill, border) that resolve through their range. */
export abstract class FakeRangePart extends FakeClientObject {
  constructor(
    context: FakeRequestContext,
    typeName: string,
    readonly range: FakeRange,
  ) {
    super(context, typeName);
  }

  resolvesToNull(): boolean {
    return this.range.resolvesToNull();
  }

  /** Sets a format of every cell of the range, which Excel tells of through onFormatChanged. */
  protected setCells(name: string, v: unknown, apply: (c: CellState) => void): void {
    this.setLater(name, v, () => {
      const t = this.range.target();
      forEachCell(t, apply);
      this.context.host.noteFormat(t.sheet, t.rect);
    });
  }
}

export class FakeRangeFont
  extends FakeRangePart
  implements Pick<Excel.RangeFont, "name" | "size" | "bold" | "italic" | "underline" | "color">
{
  constructor(context: FakeRequestContext, range: FakeRange) {
    super(context, "RangeFont", range);
  }

  protected override defaultLoad(): string[] {
    return ["name", "size", "bold", "italic", "underline", "color"];
  }

  protected override readScalar(name: string): unknown {
    const t = this.range.target();
    switch (name) {
      case "name":
        return uniform(t, (c) => c?.font.name ?? "Calibri");
      case "size":
        return uniform(t, (c) => c?.font.size ?? 11);
      case "bold":
        return uniform(t, (c) => c?.font.bold ?? false);
      case "italic":
        return uniform(t, (c) => c?.font.italic ?? false);
      case "underline":
        return uniform(t, (c) => c?.font.underline ?? "None");
      case "color":
        return uniform(t, (c) => c?.font.color ?? "#000000");
      default:
        return super.readScalar(name);
    }
  }

  get name(): string {
    return this.prop("name");
  }
  set name(v: string) {
    this.setCells("name", v, (c) => (c.font.name = v));
  }
  get size(): number {
    return this.prop("size");
  }
  set size(v: number) {
    this.setCells("size", v, (c) => (c.font.size = v));
  }
  get bold(): boolean {
    return this.prop("bold");
  }
  set bold(v: boolean) {
    this.setCells("bold", v, (c) => (c.font.bold = v));
  }
  get italic(): boolean {
    return this.prop("italic");
  }
  set italic(v: boolean) {
    this.setCells("italic", v, (c) => (c.font.italic = v));
  }
  get underline(): Excel.RangeFont["underline"] {
    return this.prop("underline");
  }
  set underline(v: Excel.RangeFont["underline"]) {
    this.setCells("underline", v, (c) => (c.font.underline = v));
  }
  get color(): string {
    return this.prop("color");
  }
  set color(v: string) {
    this.setCells("color", v, (c) => (c.font.color = checkColor(v)));
  }
}

export class FakeRangeFill extends FakeRangePart implements Pick<Excel.RangeFill, "color" | "clear"> {
  constructor(context: FakeRequestContext, range: FakeRange) {
    super(context, "RangeFill", range);
  }

  protected override defaultLoad(): string[] {
    return ["color"];
  }

  protected override readScalar(name: string): unknown {
    if (name === "color") return uniform(this.range.target(), (c) => c?.fill ?? NO_FILL);
    return super.readScalar(name);
  }

  get color(): string {
    return this.prop("color");
  }
  set color(v: string) {
    this.setCells("color", v, (c) => (c.fill = checkColor(v)));
  }

  clear(): void {
    this.later("clear", 0, () => {
      const t = this.range.target();
      forEachCell(t, (c) => delete c.fill);
      this.context.host.noteFormat(t.sheet, t.rect);
    });
  }
}

export type BorderIndex =
  "EdgeTop" | "EdgeBottom" | "EdgeLeft" | "EdgeRight" | "InsideVertical" | "InsideHorizontal" | "DiagonalDown" | "DiagonalUp";

export class FakeRangeBorderCollection extends FakeRangePart {
  private readonly byIndex = new Map<string, FakeRangeBorder>();

  constructor(context: FakeRequestContext, range: FakeRange) {
    super(context, "RangeBorderCollection", range);
  }

  getItem(index: Excel.BorderIndex | BorderIndex): FakeRangeBorder {
    let b = this.byIndex.get(index);
    if (!b) {
      if (index === "DiagonalDown" || index === "DiagonalUp") throw notImplemented(`border ${index}`);
      b = new FakeRangeBorder(this.context, this.range, index as BorderIndex);
      this.byIndex.set(index, b);
    }
    return b;
  }
}

export class FakeRangeBorder extends FakeRangePart implements Pick<Excel.RangeBorder, "style" | "weight" | "color"> {
  constructor(
    context: FakeRequestContext,
    range: FakeRange,
    readonly sideIndex: BorderIndex,
  ) {
    super(context, "RangeBorder", range);
  }

  protected override defaultLoad(): string[] {
    return ["style", "weight", "color"];
  }

  protected override readScalar(name: string): unknown {
    if (name !== "style" && name !== "weight" && name !== "color") return super.readScalar(name);
    const t = this.range.target();
    const unset = { style: "None", weight: "Thin", color: "#000000" }[name];
    const values = this.edges(t.rect).map(([r, c, edge]) => t.sheet.cell(r, c)?.borders[edge]?.[name] ?? unset);
    return values.every((v) => v === values[0]) ? (values[0] ?? null) : null;
  }

  get style(): Excel.RangeBorder["style"] {
    return this.prop("style");
  }
  set style(v: Excel.RangeBorder["style"]) {
    this.setEdges("style", v, (b) => (v === "None" ? undefined : { ...b, style: v }));
  }

  get weight(): Excel.RangeBorder["weight"] {
    return this.prop("weight");
  }
  set weight(v: Excel.RangeBorder["weight"]) {
    this.setEdges("weight", v, (b) => ({ ...b, weight: v }));
  }

  get color(): string {
    return this.prop("color");
  }
  set color(v: string) {
    this.setEdges("color", v, (b) => ({ ...b, color: checkColor(v) }));
  }

  /** A weight or colour set on an edge without a line draws a continuous one, as in Excel. */
  private setEdges(name: string, v: unknown, next: (b: BorderState) => BorderState | undefined): void {
    this.setLater(name, v, () => {
      const t = this.range.target();
      for (const [r, c, edge] of this.edges(t.rect)) {
        const borders = t.sheet.ensureCell(r, c).borders;
        const b = next(borders[edge] ?? { style: "Continuous", weight: "Thin", color: "#000000" });
        if (b) borders[edge] = b;
        else delete borders[edge];
      }
      this.context.host.noteFormat(t.sheet, t.rect);
    });
  }

  /** The cell edges this border index stands for; an inside line is both neighbours' edges. */
  private edges(rect: Rect): [number, number, BorderEdge][] {
    if (cellCount(rect) > MAX_CELLS_PER_FORMAT) throw notImplemented("borders of whole columns or rows");
    const { row, col } = rect;
    const lastRow = row + rect.rows - 1;
    const lastCol = col + rect.cols - 1;
    const out: [number, number, BorderEdge][] = [];
    for (let r = row; r <= lastRow; r++) {
      for (let c = col; c <= lastCol; c++) {
        switch (this.sideIndex) {
          case "EdgeTop":
            if (r === row) out.push([r, c, "EdgeTop"]);
            break;
          case "EdgeBottom":
            if (r === lastRow) out.push([r, c, "EdgeBottom"]);
            break;
          case "EdgeLeft":
            if (c === col) out.push([r, c, "EdgeLeft"]);
            break;
          case "EdgeRight":
            if (c === lastCol) out.push([r, c, "EdgeRight"]);
            break;
          case "InsideHorizontal":
            if (r < lastRow) out.push([r, c, "EdgeBottom"]);
            if (r > row) out.push([r, c, "EdgeTop"]);
            break;
          case "InsideVertical":
            if (c < lastCol) out.push([r, c, "EdgeRight"]);
            if (c > col) out.push([r, c, "EdgeLeft"]);
            break;
          default:
            throw notImplemented(`border ${this.sideIndex}`);
        }
      }
    }
    return out;
  }
}
