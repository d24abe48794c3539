/** SheetData written directly, for cases too small or too large to go through a file. */
import type { RawValue } from "../../../src/core/cellValue";
import { parseAddress } from "../../../src/core/address";
import type { SheetData } from "../../../src/core/sheetData";

export type Cells = (RawValue | undefined)[];

/** rows[i] is Excel row i + 1; `merges` as "A6:A7" ranges. */
export function sheetData(name: string, rows: Cells[], merges: string[] = [], visibility?: SheetData["visibility"]): SheetData {
  const width = Math.max(1, ...rows.map((r) => r.length));
  const values = rows.map((r) => Array.from({ length: width }, (_, c) => r[c] ?? null));
  return { name, originRow: 0, originCol: 0, values, numberFormats: [], merges: merges.map(parseAddress), ...(visibility ? { visibility } : {}) };
}
