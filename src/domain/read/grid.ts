import type { Rect } from "../../core/rect";
import type { RawValue } from "../../core/cellValue";
import type { SheetData } from "../../core/sheetData";
import { cellText } from "../parse/text";

/**
 * A read sheet in sheet coordinates (0-based, as Excel numbers rows and columns less one),
 * whatever the used range's origin. Merged areas can be looked through to their top-left
 * value, which is where Excel keeps it.
 */
export class Grid {
  readonly name: string;
  readonly rowCount: number;
  readonly colCount: number;
  private readonly mergeMaster = new Map<number, [number, number]>();
  private readonly hiddenRows: ReadonlySet<number>;
  private readonly hiddenColumns: ReadonlySet<number>;

  constructor(readonly data: SheetData) {
    this.name = data.name;
    this.rowCount = data.originRow + data.values.length;
    this.colCount = data.originCol + Math.max(0, ...data.values.map((r) => r.length));
    for (const m of data.merges ?? []) this.indexMerge(m);
    this.hiddenRows = new Set(data.hiddenRows ?? []);
    this.hiddenColumns = new Set(data.hiddenColumns ?? []);
  }

  /** The sheet's tab is hidden (or very hidden): nothing on it is what the user shows. */
  get hidden(): boolean {
    return this.data.visibility === "hidden" || this.data.visibility === "veryHidden";
  }

  isRowHidden(row: number): boolean {
    return this.hiddenRows.has(row);
  }

  isColumnHidden(col: number): boolean {
    return this.hiddenColumns.has(col);
  }

  private indexMerge(m: Rect): void {
    // Only small areas are indexed cell by cell; a merge over thousands of cells is a layout
    // artefact and is looked through at its master only.
    if (m.rows * m.cols > 2_000) return;
    for (let r = m.row; r < m.row + m.rows; r++)
      for (let c = m.col; c < m.col + m.cols; c++) if (r !== m.row || c !== m.col) this.mergeMaster.set(r * 20_000 + c, [m.row, m.col]);
  }

  raw(row: number, col: number): RawValue {
    const r = row - this.data.originRow;
    const c = col - this.data.originCol;
    if (r < 0 || c < 0) return null;
    return this.data.values[r]?.[c] ?? null;
  }

  /** The value shown in a cell, looking through a merge to its master. */
  shown(row: number, col: number): RawValue {
    const m = this.mergeMaster.get(row * 20_000 + col);
    return m ? this.raw(m[0], m[1]) : this.raw(row, col);
  }

  text(row: number, col: number): string {
    return cellText(this.raw(row, col));
  }

  shownText(row: number, col: number): string {
    return cellText(this.shown(row, col));
  }

  numberFormat(row: number, col: number): string {
    return this.data.numberFormats[row - this.data.originRow]?.[col - this.data.originCol] ?? "General";
  }

  fill(row: number, col: number): string | null {
    return this.data.fills?.[row - this.data.originRow]?.[col - this.data.originCol] ?? null;
  }

  /** The cell whose value a cell shows: its merge's top-left, or itself. */
  shownFrom(row: number, col: number): [number, number] {
    return this.mergeMaster.get(row * 20_000 + col) ?? [row, col];
  }

  /** True when the cell is covered by a merge but is not its top-left cell. */
  isMergedAway(row: number, col: number): boolean {
    return this.mergeMaster.has(row * 20_000 + col);
  }
}
