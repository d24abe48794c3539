/** Range addresses and rectangles as Excel reads and writes them. */
import type { Rect } from "../../src/core/rect";
import { columnLetters, parseAddress, rectAddress } from "../../src/core/address";
import { applies } from "./register";
import { FakeExcelError, invalidArgument } from "./errors";
import { MAX_COLS, MAX_ROWS } from "./limits";

export function wholeSheet(): Rect {
  return { row: 0, col: 0, rows: MAX_ROWS, cols: MAX_COLS };
}

export function checkRect(r: Rect): Rect {
  applies("grid-size");
  const ok =
    [r.row, r.col, r.rows, r.cols].every(Number.isInteger) &&
    r.row >= 0 &&
    r.col >= 0 &&
    r.rows > 0 &&
    r.cols > 0 &&
    r.row + r.rows <= MAX_ROWS &&
    r.col + r.cols <= MAX_COLS;
  if (!ok) throw invalidArgument(`The range ${JSON.stringify(r)} is outside the worksheet.`);
  return r;
}

/** "B3", "A1:C4", "A:C", "$1:$3", with or without a sheet prefix. */
export function parseRangeAddress(address: string): Rect {
  const local = (address.includes("!") ? address.slice(address.lastIndexOf("!") + 1) : address).replace(/\$/g, "");
  const cols = /^([A-Za-z]+):([A-Za-z]+)$/.exec(local);
  if (cols) {
    const a = parseAddress(`${cols[1]}1`).col;
    const b = parseAddress(`${cols[2]}1`).col;
    return checkRect({ row: 0, col: Math.min(a, b), rows: MAX_ROWS, cols: Math.abs(b - a) + 1 });
  }
  const rows = /^(\d+):(\d+)$/.exec(local);
  if (rows) {
    const a = Number(rows[1]) - 1;
    const b = Number(rows[2]) - 1;
    return checkRect({ row: Math.min(a, b), col: 0, rows: Math.abs(b - a) + 1, cols: MAX_COLS });
  }
  try {
    // Excel takes the corners in any order: "C4:B3" is B3:C4.
    const [a, b = a] = local.split(":").map((corner) => parseAddress(corner));
    const row = Math.min(a.row, b.row);
    const col = Math.min(a.col, b.col);
    return checkRect({ row, col, rows: Math.max(a.row, b.row) - row + 1, cols: Math.max(a.col, b.col) - col + 1 });
  } catch (e) {
    if (e instanceof FakeExcelError) throw e;
    throw invalidArgument(`'${address}' is not a valid range address.`);
  }
}

export function localAddress(r: Rect): string {
  if (r.rows === MAX_ROWS) return `${columnLetters(r.col)}:${columnLetters(r.col + r.cols - 1)}`;
  if (r.cols === MAX_COLS) return `${r.row + 1}:${r.row + r.rows}`;
  return rectAddress(r);
}

/** Excel quotes sheet names that are not plain words. */
export function sheetReference(name: string): string {
  return /^[\p{L}\p{M}_][\p{L}\p{M}\p{N}_.]*$/u.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

export function intersects(a: Rect, b: Rect): boolean {
  return a.row < b.row + b.rows && b.row < a.row + a.rows && a.col < b.col + b.cols && b.col < a.col + a.cols;
}

export function contains(outer: Rect, inner: Rect): boolean {
  return (
    inner.row >= outer.row &&
    inner.col >= outer.col &&
    inner.row + inner.rows <= outer.row + outer.rows &&
    inner.col + inner.cols <= outer.col + outer.cols
  );
}

/** The parts of `a` outside `b`, as up to four rectangles. */
export function subtract(a: Rect, b: Rect): Rect[] {
  if (!intersects(a, b)) return [a];
  const out: Rect[] = [];
  const aEnd = a.row + a.rows;
  const top = Math.max(a.row, b.row);
  const bottom = Math.min(aEnd, b.row + b.rows);
  if (b.row > a.row) out.push({ row: a.row, col: a.col, rows: b.row - a.row, cols: a.cols });
  if (b.row + b.rows < aEnd) out.push({ row: b.row + b.rows, col: a.col, rows: aEnd - b.row - b.rows, cols: a.cols });
  if (b.col > a.col) out.push({ row: top, col: a.col, rows: bottom - top, cols: b.col - a.col });
  const aRight = a.col + a.cols;
  if (b.col + b.cols < aRight) out.push({ row: top, col: b.col + b.cols, rows: bottom - top, cols: aRight - b.col - b.cols });
  return out;
}
