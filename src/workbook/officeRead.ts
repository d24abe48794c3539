/**
 * Reading sheets: values, number formats, fills, hidden lines and merges, in row pieces that fit a
 * response.
 */
import type { Rect } from "../core/rect";
import { ACTION_BYTES, COLUMN_PROPERTY_BYTES, FILL_PROPERTY_BYTES, FIRST_READ_CELL_BYTES, FIRST_VALUES_CELL_BYTES, MAX_READ_CELLS, READ_BUDGET_BYTES, ROW_PROPERTY_BYTES, jsonBytes } from "./officeBudget";
import { officeErrorCode } from "./officeErrors";
import { NO_FILL } from "./officeLayout";
import { type ReadOptions, type ReadProgress, fillRects, throwIfCancelled, wantsNumberFormats } from "./port";
import type { RawValue } from "../core/cellValue";
import type { SheetData } from "../core/sheetData";

export interface SheetToRead {
  readonly ws: Excel.Worksheet;
  readonly used: Excel.Range;
  readonly merged: Excel.RangeAreas | undefined;
}

/** What the port calls Excel's SheetVisibility. */
export const VISIBILITY = { Visible: "visible", Hidden: "hidden", VeryHidden: "veryHidden" } as const;

export type Visibility = NonNullable<SheetData["visibility"]>;

/** The lines of `first`…`first + count - 1`, as hidden lists give them. */
export function everyLine(first: number, count: number): number[] {
  return Array.from({ length: count }, (_, i) => first + i);
}

/**
 * Reads several sheets in as few requests as their size allows: one sync learns every used
 * range (and, with `hidden`, whether none, all or some of its rows and columns are hidden),
 * then row pieces of all the sheets share requests up to the byte budget, the per-row and
 * per-column hidden flags of the mixed sheets first. With `fillsWhere`, each sheet is asked
 * once its values (and hidden lines) are in, and the row pieces of the rectangles it names
 * join the following requests beside the other sheets' values.
 */
export async function readSheets(
  ctx: Excel.RequestContext,
  names: readonly string[],
  options: ReadOptions,
  withMerges: boolean,
  onProgress?: (p: ReadProgress) => void,
): Promise<(SheetData | null)[]> {
  const targets: SheetToRead[] = names.map((name) => {
    // Reading visibility is ExcelApi 1.1: https://learn.microsoft.com/javascript/api/excel/excel.worksheet#excel-excel-worksheet-visibility-member
    const ws = ctx.workbook.worksheets.getItemOrNullObject(name).load("name,visibility");
    // Null objects propagate through *OrNullObject calls, so a missing sheet costs no extra sync.
    // The used range is the bounding box of cells with values (valuesOnly); the reference
    // makes no exception for hidden rows or columns, so they are inside it (not said in so
    // many words: unverified). rowHidden/columnHidden say whether all (true), none (false) or
    // some (null) of its rows/columns are hidden, a few bytes that spare the common sheet with
    // nothing hidden any further request:
    // https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-rowhidden-member
    const used = ws
      .getUsedRangeOrNullObject(true)
      .load(`rowIndex,columnIndex,rowCount,columnCount${options.hidden ? ",rowHidden,columnHidden" : ""}`);
    const merged = withMerges ? used.getMergedAreasOrNullObject() : undefined;
    merged?.load("areas/items/rowIndex,areas/items/columnIndex,areas/items/rowCount,areas/items/columnCount");
    return { ws, used, merged };
  });
  throwIfCancelled(options.signal);
  await ctx.sync();

  const where = options.fillsWhere;
  const allFills = !where && !!options.fills;
  // Mixed sheets' rows and columns, read per line before any values so that they share the
  // first value requests (they weigh little) instead of needing one of their own.
  const lineJobs: ReadJob[] = [];
  const data = targets.map((t, i): SheetData | null => {
    if (t.ws.isNullObject) return null;
    const area = t.used.isNullObject ? undefined : rectOfRange(t.used);
    const merges = t.merged && (t.merged.isNullObject ? [] : t.merged.areas.items.map(rectOfRange));
    const lines = (kind: "rows" | "columns"): number[] => {
      if (!area) return [];
      const all = (kind === "rows" ? t.used.rowHidden : t.used.columnHidden) as boolean | null;
      if (all === false) return [];
      if (all === true) return kind === "rows" ? everyLine(area.row, area.rows) : everyLine(area.col, area.cols);
      const span = kind === "rows" ? { ...area, cols: 1 } : { ...area, rows: 1 };
      lineJobs.push({ sheet: i, ws: t.ws, area: span, values: false, formats: false, fills: false, lines: kind, next: 0 });
      return [];
    };
    return {
      name: t.ws.name,
      // SheetVisibility has these three values (https://learn.microsoft.com/javascript/api/excel/excel.sheetvisibility);
      // anything else would be new to us, and is read as the tab being there.
      visibility: (VISIBILITY as Record<string, Visibility | undefined>)[t.ws.visibility] ?? "visible",
      originRow: area?.row ?? 0,
      originCol: area?.col ?? 0,
      values: [],
      numberFormats: [],
      ...(allFills || where ? { fills: [] } : {}),
      ...(merges ? { merges } : {}),
      ...(options.hidden ? { hiddenRows: lines("rows"), hiddenColumns: lines("columns") } : {}),
    };
  });
  const valueJobs: ReadJob[] = targets.flatMap((t, i): ReadJob[] =>
    t.ws.isNullObject || t.used.isNullObject
      ? []
      : [{ sheet: i, ws: t.ws, area: rectOfRange(t.used), values: true, formats: wantsNumberFormats(options, names[i]), fills: allFills, next: 0 }],
  );
  const jobs = [...lineJobs, ...valueJobs];
  const rowsTotal = valueJobs.reduce((n, j) => n + j.area.rows, 0);
  let rowsRead = 0;
  // A sheet is read once its values and its hidden lines are: only then is fillsWhere asked.
  const jobsLeft = new Map<number, number>();
  for (const j of jobs) jobsLeft.set(j.sheet, (jobsLeft.get(j.sheet) ?? 0) + 1);
  const jobDone = (sheet: number) => {
    const left = (jobsLeft.get(sheet) ?? 0) - 1;
    jobsLeft.set(sheet, left);
    if (left === 0) sheetRead(sheet);
  };
  const sheetRead = (sheet: number) => {
    const d = data[sheet] as SheetData & { fills: (string | null)[][] };
    if (!where) return;
    const cols = d.values[0]?.length ?? 0;
    d.fills.push(...d.values.map(() => new Array<string | null>(cols).fill(null)));
    const area: Rect = { row: d.originRow, col: d.originCol, rows: d.values.length, cols };
    for (const r of fillRects(where(d))) {
      const clipped = intersect(r, area);
      if (clipped) jobs.push({ sheet, ws: targets[sheet].ws, area: clipped, values: false, formats: false, fills: true, next: 0 });
    }
  };
  await readJobs(ctx, jobs, (job, read) => {
    const d = data[job.sheet] as SheetData & {
      values: RawValue[][];
      numberFormats: string[][];
      fills?: (string | null)[][];
      hiddenRows?: number[];
      hiddenColumns?: number[];
    };
    if (job.lines) {
      // Pieces come top to bottom (left to right), so the lists stay ascending.
      (job.lines === "rows" ? d.hiddenRows! : d.hiddenColumns!).push(...read.hidden);
      if (job.next >= job.area.rows) jobDone(job.sheet);
    } else if (job.values) {
      d.values.push(...read.values);
      d.numberFormats.push(...read.numberFormats);
      if (job.fills) d.fills!.push(...read.fills);
      rowsRead += read.values.length;
      if (job.next >= job.area.rows) jobDone(job.sheet);
    } else {
      // A fill rectangle's rows, into the sheet's values-shaped fills.
      const top = job.area.row + job.next - read.fills.length - d.originRow;
      read.fills.forEach((line, dr) => {
        const row = d.fills![top + dr];
        line.forEach((f, dc) => (row[job.area.col - d.originCol + dc] = f));
      });
    }
  }, () => onProgress?.({ rowsRead, rowsTotal }), options.signal);
  return data;
}

export function rectOfRange(r: Excel.Range): Rect {
  return { row: r.rowIndex, col: r.columnIndex, rows: r.rowCount, cols: r.columnCount };
}

/** The common part of two rectangles; undefined when they do not meet. */
export function intersect(a: Rect, b: Rect): Rect | undefined {
  const row = Math.max(a.row, b.row);
  const col = Math.max(a.col, b.col);
  const rows = Math.min(a.row + a.rows, b.row + b.rows) - row;
  const cols = Math.min(a.col + a.cols, b.col + b.cols) - col;
  return rows > 0 && cols > 0 ? { row, col, rows, cols } : undefined;
}

/** One rectangle of a sheet to read in row pieces, and what to read of its cells. */
export interface ReadJob {
  readonly sheet: number;
  readonly ws: Excel.Worksheet;
  readonly area: Rect;
  readonly values: boolean;
  readonly formats: boolean;
  readonly fills: boolean;
  /**
   * Which rows (an area one column wide, read in row pieces) or columns (an area one row
   * high, read whole) of the area are hidden, instead of anything of its cells.
   */
  readonly lines?: "rows" | "columns";
  /** Rows of the area read so far. */
  next: number;
  /** Measured response bytes per cell of this job's values, once enough have been read. */
  bytesPerCell?: number;
  bytesRead?: number;
  cellsRead?: number;
}

export interface CellsRead {
  values: RawValue[][];
  numberFormats: string[][];
  fills: (string | null)[][];
  /** Zero-based sheet rows or columns found hidden, ascending (a `lines` job's). */
  hidden: number[];
}

export interface Piece {
  readonly job: ReadJob;
  readonly range: Excel.Range;
  readonly props: OfficeExtension.ClientResult<Excel.CellProperties[][]> | undefined;
  readonly lines: OfficeExtension.ClientResult<(Excel.RowProperties | Excel.ColumnProperties)[]> | undefined;
  readonly rows: number;
}

/**
 * Reads jobs in row pieces, packing pieces of every job into each request up to the byte
 * budget, each sized by what that job's (else any job's) earlier pieces weighed; fills weigh
 * a known amount. `onPiece` may add jobs, read in the following requests. A response the
 * host still finds too large is read again in halves. A fired signal stops it before a request.
 */
export async function readJobs(
  ctx: Excel.RequestContext,
  jobs: ReadJob[],
  onPiece: (job: ReadJob, read: CellsRead) => void,
  afterSync: () => void,
  signal: AbortSignal | undefined,
): Promise<void> {
  let valueBytesPerCell: number | undefined;
  const estimate = (j: ReadJob) =>
    (j.values ? (j.bytesPerCell ?? valueBytesPerCell ?? (j.formats ? FIRST_READ_CELL_BYTES : FIRST_VALUES_CELL_BYTES)) : 0) +
    (j.fills ? FILL_PROPERTY_BYTES : 0) +
    (j.lines === "rows" ? ROW_PROPERTY_BYTES : j.lines === "columns" ? COLUMN_PROPERTY_BYTES : 0);
  let shrink = 1;
  const pending = () => jobs.filter((j) => j.next < j.area.rows);
  for (let open = pending(); open.length > 0; open = pending()) {
    const pieces: Piece[] = [];
    let budget = READ_BUDGET_BYTES / shrink;
    let cellsLeft = MAX_READ_CELLS / shrink;
    for (const job of open) {
      if (budget <= 0 || cellsLeft <= 0) break;
      const { area } = job;
      const cellBytes = estimate(job);
      const fit = Math.min(budget / (cellBytes * area.cols), cellsLeft / area.cols);
      const rows = Math.min(area.rows - job.next, Math.max(1, Math.floor(fit)));
      const range = job.ws.getRangeByIndexes(area.row + job.next, area.col, rows, area.cols);
      if (job.values && job.formats) range.load("values,numberFormat");
      else if (job.values) range.load("values");
      const props = job.fills ? range.getCellProperties({ format: { fill: { color: true } } }) : undefined;
      // One entry per row (column) of the range, in order (ExcelApi 1.9, which the manifest
      // requires): https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-getrowproperties-member(1)
      // The order tells the line, so rowIndex/columnIndex are not asked for (bytes per line).
      const lines =
        job.lines === "rows"
          ? range.getRowProperties({ rowHidden: true })
          : job.lines === "columns"
            ? range.getColumnProperties({ columnHidden: true })
            : undefined;
      pieces.push({ job, range, props, lines, rows });
      budget -= rows * area.cols * cellBytes + ACTION_BYTES;
      cellsLeft -= rows * area.cols;
    }
    throwIfCancelled(signal);
    try {
      await ctx.sync();
    } catch (e) {
      if (/PayloadSizeLimitExceeded$/.test(officeErrorCode(e) ?? "") && pieces.some((p) => p.rows > 1)) {
        shrink *= 2;
        continue;
      }
      throw e;
    }
    shrink = 1;
    let allBytes = 0;
    let allCells = 0;
    for (const p of pieces) {
      const { job } = p;
      const read: CellsRead = { values: [], numberFormats: [], fills: [], hidden: [] };
      let bytes = 0;
      if (job.values)
        for (const line of p.range.values as (string | number | boolean)[][]) {
          // Excel reports an empty cell as "", which no cell can hold as text.
          read.values.push(line.map((v) => (v === "" ? null : v)));
          for (const v of line) bytes += jsonBytes(v) + 1;
        }
      if (job.values && job.formats)
        for (const line of p.range.numberFormat as string[][]) {
          read.numberFormats.push(line);
          for (const f of line) bytes += jsonBytes(f) + 1;
        }
      for (const line of p.props?.value ?? []) read.fills.push(line.map(fillOf));
      const first = job.lines === "rows" ? job.area.row + job.next : job.area.col;
      (p.lines?.value ?? []).forEach((line, i) => {
        if ((line as Excel.RowProperties).rowHidden === true || (line as Excel.ColumnProperties).columnHidden === true) read.hidden.push(first + i);
      });
      job.next += p.rows;
      if (job.values) {
        const cells = p.rows * job.area.cols;
        // A few rows tell little about the next: a job's own weight counts from 1,000 cells on.
        job.bytesRead = (job.bytesRead ?? 0) + bytes;
        job.cellsRead = (job.cellsRead ?? 0) + cells;
        if (job.cellsRead >= 1_000) job.bytesPerCell = Math.max(1, job.bytesRead / job.cellsRead);
        allBytes += bytes;
        allCells += cells;
      }
      onPiece(job, read);
    }
    if (allCells > 0) valueBytesPerCell = Math.max(1, allBytes / allCells);
    afterSync();
  }
}

export function fillOf(p: Excel.CellProperties): string | null {
  const color = p.format?.fill?.color;
  return !color || color.toUpperCase() === NO_FILL ? null : color.toUpperCase();
}

// ---------------------------------------------------------------------------------------------
// Sizes
