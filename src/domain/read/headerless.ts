import { parseBudget } from "../parse/budget";
import { isBlank, normalizeText } from "../parse/text";
import type { Grid } from "./grid";

/** Rows of a sheet without a header that look like projects, and the money on them. */
export interface HeaderlessRows {
  readonly rows: number;
  readonly budget: number;
  /** Sheet row (0-based) of the first. */
  readonly first: number;
}

const THAI = /[\u0E01-\u0E2E]/;

/**
 * Rows that look like a project list without its header: a small whole number (the ที่), a name
 * of a few Thai words, and an amount of money, each in its own cell. Two such rows or more are
 * a list the user keeps; OpPlan cannot tell its columns, so its money would be left out.
 */
export function headerlessRows(grid: Grid): HeaderlessRows | null {
  let rows = 0;
  let budget = 0;
  let first = -1;
  for (let r = grid.data.originRow; r < grid.rowCount; r++) {
    let number = false;
    let name = false;
    let amount = 0;
    for (let c = grid.data.originCol; c < grid.colCount; c++) {
      const v = grid.raw(r, c);
      if (isBlank(v)) continue;
      const t = normalizeText(String(v));
      if (!number && /^\d{1,3}\.?$/.test(t) && Number.parseInt(t, 10) >= 1) {
        number = true;
        continue;
      }
      if (!name && THAI.test(t) && t.length >= 8) {
        name = true;
        continue;
      }
      const b = parseBudget(v);
      if ("value" in b && b.value >= 100 && amount === 0) amount = b.value;
    }
    if (number && name && amount > 0) {
      rows++;
      budget += amount;
      if (first < 0) first = r;
    }
  }
  return rows >= 2 ? { rows, budget: Math.round(budget * 100) / 100, first } : null;
}
