import { parseDate } from "../parse/dates";
import { cellText, isBlank } from "../parse/text";
import type { Holiday } from "../holidays";
import type { Grid } from "./grid";

/** Every row with a date in one of its first three cells is a holiday; its name is the next text. */
export function readHolidays(grid: Grid | null): Holiday[] {
  if (!grid) return [];
  const out: Holiday[] = [];
  for (let r = grid.data.originRow; r < grid.rowCount; r++) {
    for (let c = grid.data.originCol; c < grid.data.originCol + 3; c++) {
      const v = grid.raw(r, c);
      if (isBlank(v) || (typeof v === "number" && !/[dmy]/i.test(grid.numberFormat(r, c)) && v < 20_000)) continue;
      const p = parseDate(v, grid.numberFormat(r, c));
      if (p.kind !== "date") continue;
      out.push({ date: p.iso, name: cellText(grid.raw(r, c + 1)) || "วันหยุด", kind: "added" });
      break;
    }
  }
  return out;
}
