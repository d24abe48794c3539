import type { Rect } from "./rect";

/** Zero-based column index to Excel letters: 0 → A, 26 → AA. */
export function columnLetters(col: number): string {
  let n = col + 1;
  let s = "";
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** Excel letters to zero-based column index: A → 0. */
export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** Zero-based (row, col) to "B3". */
export function cellAddress(row: number, col: number): string {
  return `${columnLetters(col)}${row + 1}`;
}

export function rectAddress(r: Rect): string {
  const a = cellAddress(r.row, r.col);
  if (r.rows === 1 && r.cols === 1) return a;
  return `${a}:${cellAddress(r.row + r.rows - 1, r.col + r.cols - 1)}`;
}

/** "B3" or "Sheet1!B3:D9" (sheet part dropped, $ ignored) to a Rect. */
export function parseAddress(address: string): Rect {
  const local = address.includes("!") ? address.slice(address.lastIndexOf("!") + 1) : address;
  const [a, b] = local.replace(/\$/g, "").split(":");
  const p = (s: string) => {
    const m = /^([A-Za-z]+)(\d+)$/.exec(s);
    if (!m) throw new Error(`Not a cell address: ${s}`);
    return { row: Number(m[2]) - 1, col: columnIndex(m[1]) };
  };
  const s = p(a);
  const e = b ? p(b) : s;
  return { row: s.row, col: s.col, rows: e.row - s.row + 1, cols: e.col - s.col + 1 };
}

/** Sheet reference usable inside a formula or validation source: quoted always. */
export function quoteSheetName(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

const MAX_SHEET_ROWS = 1_048_576;
const MAX_SHEET_COLS = 16_384;

/**
 * A cell or range reference as the adapters pass it on: "d12" → "D12", "$B$3:$C$4" → "B3:C4",
 * "C4:B3" → "B3:C4". Throws for anything else (a sheet prefix, a name, a cell outside Excel's grid).
 */
export function normalizeRangeAddress(address: string): string {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})(?::\$?([A-Za-z]{1,3})\$?(\d{1,7}))?$/.exec(address.trim());
  if (!m) throw new Error(`Not a cell address: ${address}`);
  const rows = [Number(m[2]), Number(m[4] ?? m[2])].map((n) => n - 1);
  const cols = [columnIndex(m[1]), columnIndex(m[3] ?? m[1])];
  if (rows.some((r) => r < 0 || r >= MAX_SHEET_ROWS) || cols.some((c) => c < 0 || c >= MAX_SHEET_COLS)) {
    throw new Error(`Not a cell address: ${address}`);
  }
  const row = Math.min(...rows);
  const col = Math.min(...cols);
  return rectAddress({ row, col, rows: Math.abs(rows[1] - rows[0]) + 1, cols: Math.abs(cols[1] - cols[0]) + 1 });
}
