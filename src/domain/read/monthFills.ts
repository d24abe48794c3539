import type { Rect } from "../../core/rect";
import type { SheetData } from "../../core/sheetData";
import { Grid } from "./grid";
import { findHeader } from "./header";
import { isSystemSheet } from "./readWorkbook";

/**
 * Where a sheet's fill colours can matter to the reader (a ReadOptions.fillsWhere): the month
 * columns of a project list, first to last month column, from the row below the header to the
 * last row, where a month may be marked by shading; and the project-name column over the same
 * rows, whose fill tells a whole highlighted line from a month bar. Nothing (null) for a
 * settings, strategy or holiday sheet, a sheet without a project header or month columns, or a
 * five-year plan (not read as projects).
 *
 * Pure: from the values already read, so fills are then read for these cells only.
 */
export function monthFillRects(data: SheetData): Rect[] | null {
  if (isSystemSheet(data.name)) return null;
  const grid = new Grid(data);
  const header = findHeader(grid);
  if (!header || header.months.length === 0 || header.yearBudgetColumns.length > 0) return null;
  const row = header.bottom + 1;
  const rows = grid.rowCount - row;
  if (rows <= 0) return null;
  const cols = header.months.map((m) => m.col);
  const first = Math.min(...cols);
  const last = Math.max(...cols);
  const out: Rect[] = [{ row, col: first, rows, cols: last - first + 1 }];
  const name = header.columns.get("name");
  if (name !== undefined && (name < first || name > last)) out.push({ row, col: name, rows, cols: 1 });
  return out;
}
