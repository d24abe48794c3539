/**
 * Cell values: a spec's values in row blocks that fit a request, and single cells written in
 * vertical runs with the number formats their values need.
 */
import { isIsoDate, isoToSerial } from "../core/localDate";
import { type CellValue, isDateCell } from "../core/cellValue";
import { type SheetSpec, specExtent } from "../core/sheetSpec";
import { type CellRun, formatFor, needsCurrentFormat } from "./cellWrites";
import { ACTION_BYTES, MAX_BLOCK_ROWS, REQUEST_BUDGET_BYTES, RequestBudget, type WriteLimit, jsonBytes } from "./officeBudget";

/** A vertical run, or the part of one that fits in a request. */
export interface CellPiece extends CellRun {
  /** Estimated JSON size of the values and formats written. */
  readonly bytes: number;
}

/**
 * Writes cells in place in one Excel.run: one range per vertical run (one numberFormat and one
 * values assignment each, never per cell), syncing only when the request budget is full.
 * Excel ignores null in a 2-D input (the cell keeps its format) and clears a cell given "".
 */
export async function writeCells(ctx: Excel.RequestContext, sheet: string, runs: readonly CellRun[], limit: WriteLimit): Promise<void> {
  // A missing sheet fails the first sync with ItemNotFound.
  const ws = ctx.workbook.worksheets.getItem(sheet);
  const pieces = [...cellPieces(runs, limit.bytes)];
  if (pieces.length === 0) {
    ws.load("name");
    await ctx.sync();
    return;
  }
  const current = await currentFormats(ctx, ws, pieces);
  const budget = new RequestBudget(ctx, limit, () => undefined);
  for (const piece of pieces) {
    const own = current.get(piece);
    const formats = piece.values.map((v, i) => formatFor(v, own?.[i]));
    await budget.makeRoom(piece.bytes + 3 * ACTION_BYTES);
    const range = ws.getRangeByIndexes(piece.row, piece.col, piece.values.length, 1);
    // The format goes first: in a "@" cell Excel keeps "=x" as text.
    if (formats.some((f) => f !== null)) range.numberFormat = formats.map((f) => [f]);
    range.values = piece.values.map((v) => [v === null ? "" : toExcelValue(v)]);
  }
  await budget.flush();
}

/** Runs cut where one would not fit in a request. */
export function* cellPieces(runs: readonly CellRun[], budgetBytes: number): Generator<CellPiece> {
  for (const run of runs) {
    let start = 0;
    let bytes = 4;
    for (let i = 0; i < run.values.length; i++) {
      const v = run.values[i];
      // value, and at most a format as long as the date one
      const cell = jsonBytes(v === null ? "" : toExcelValue(v)) + 30;
      if (i > start && bytes + cell > budgetBytes) {
        yield { row: run.row + start, col: run.col, values: run.values.slice(start, i), bytes };
        start = i;
        bytes = 4;
      }
      bytes += cell;
    }
    yield { row: run.row + start, col: run.col, values: run.values.slice(start), bytes };
  }
}

/** The number formats of the pieces that write numbers or dates (their format depends on it); one sync in all for a few. */
export async function currentFormats(ctx: Excel.RequestContext, ws: Excel.Worksheet, pieces: readonly CellPiece[]): Promise<Map<CellPiece, string[]>> {
  const out = new Map<CellPiece, string[]>();
  let queued: [CellPiece, Excel.Range][] = [];
  let bytes = 0;
  const collect = async () => {
    if (queued.length === 0) return;
    await ctx.sync();
    for (const [piece, range] of queued) out.set(piece, (range.numberFormat as string[][]).map((line) => line[0]));
    queued = [];
    bytes = 0;
  };
  for (const piece of pieces) {
    if (!piece.values.some(needsCurrentFormat)) continue;
    // a format read back: ~30 bytes a cell ("[$-107041E]d mmmm yyyy")
    if (bytes > 0 && bytes + piece.values.length * 30 > REQUEST_BUDGET_BYTES) await collect();
    queued.push([piece, ws.getRangeByIndexes(piece.row, piece.col, piece.values.length, 1).load("numberFormat")]);
    bytes += piece.values.length * 30;
  }
  await collect();
  return out;
}

export interface ValueBlock {
  row: number;
  values: (string | number | boolean | null)[][];
  numberFormats: string[][];
  /** Estimated JSON size of both arrays. */
  bytes: number;
}

/**
 * Row blocks over the spec's values and its number-format rectangles, each with the number
 * format every cell gets: "@" for strings, else the last RangeFormat's numberFormat, else General.
 */
export function* valueBlocks(spec: SheetSpec, budgetBytes: number): Generator<ValueBlock> {
  const layers = (spec.formats ?? []).filter((f) => f.style.numberFormat !== undefined);
  const extent = specExtent(spec);
  let rows = extent.rows;
  let cols = extent.cols;
  for (const { range } of layers) {
    rows = Math.max(rows, range.row + range.rows);
    cols = Math.max(cols, range.col + range.cols);
  }
  if (rows === 0 || cols === 0) return;
  const formatBytes = new Map<string, number>();
  const sizeOfFormat = (f: string) => {
    let n = formatBytes.get(f);
    if (n === undefined) formatBytes.set(f, (n = jsonBytes(f) + 1));
    return n;
  };

  let block: ValueBlock = { row: 0, values: [], numberFormats: [], bytes: 2 };
  for (let r = 0; r < rows; r++) {
    const formats = new Array<string>(cols).fill("General");
    for (const { range, style } of layers) {
      if (r < range.row || r >= range.row + range.rows) continue;
      formats.fill(style.numberFormat as string, range.col, range.col + range.cols);
    }
    const line = spec.cells[r] ?? [];
    const values = new Array<string | number | boolean | null>(cols).fill(null);
    let bytes = 4;
    for (let c = 0; c < cols; c++) {
      const v = toExcelValue(line[c] ?? null);
      values[c] = v;
      if (typeof v === "string") formats[c] = "@";
      bytes += jsonBytes(v) + 1 + sizeOfFormat(formats[c]);
    }
    if (block.values.length > 0 && (block.values.length >= MAX_BLOCK_ROWS || block.bytes + bytes > budgetBytes)) {
      yield block;
      block = { row: r, values: [], numberFormats: [], bytes: 2 };
    }
    block.values.push(values);
    block.numberFormats.push(formats);
    block.bytes += bytes;
  }
  yield block;
}

export function toExcelValue(v: CellValue): string | number | boolean | null {
  if (!isDateCell(v)) return v;
  // Date-only and zone-free: Excel's serial day number, shown as a date by the cell's format.
  if (!isIsoDate(v.date)) throw new Error(`Not an ISO date: ${v.date}`);
  return isoToSerial(v.date);
}
