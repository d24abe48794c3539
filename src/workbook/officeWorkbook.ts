import { isIsoDate, isoToSerial } from "../core/localDate";
import { cellAddress, normalizeRangeAddress, rectAddress } from "../core/address";
import { autofitRuns } from "./autofitRuns";
import { cellRuns, formatFor, needsCurrentFormat, type CellRun } from "./cellWrites";
import { charsToPoints, printScale } from "../core/printScale";
import { backupNames, replacedIndexes, requireDistinctNames, temporaryNames } from "./sheetNames";
import { type CellValue, isDateCell, type RawValue } from "../core/cellValue";
import { specExtent, touchedRowCount, type BorderKind, type CellStyle, type ListValidation, type SheetSpec } from "../core/sheetSpec";
import type { Rect } from "../core/rect";
import {
  CancelledError,
  fillRects,
  isValidSheetName,
  throwIfCancelled,
  WorkbookError,
  type ReadOptions,
  type ReadProgress,
  type WorkbookPort,
  type WriteProgress,
  wantsNumberFormats,
} from "./port";
import type { SheetData } from "../core/sheetData";

/**
 * The Office.js adapter: the only code besides the fake that touches Excel objects.
 * Enums are written as string literals because the global `Excel` object exists only inside Office.
 */

export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export interface OfficeWorkbookOptions {
  /** Whether Range.getMergedAreasOrNullObject (ExcelApi 1.13) may be used; by default Office is asked. */
  readonly mergedAreasSupported?: () => boolean;
}

/** Excel on the web refuses requests and responses above 5 MB; we aim to stay under this. */
export const MAX_REQUEST_BYTES = 4_000_000;
/** Room kept in every request for the actions queued around the value blocks, or for estimate error. */
const HEADROOM_BYTES = 400_000;
/** What one sync may carry: values written, or values read back. */
const REQUEST_BUDGET_BYTES = MAX_REQUEST_BYTES - HEADROOM_BYTES;
/** Rough size of one serialized action besides its arguments. */
const ACTION_BYTES = 100;
const MAX_BLOCK_ROWS = 2_000;
/**
 * How many times a write refused for its size is tried again, each time with a request budget
 * half as large (at most the refused request's half): 3.6 MB down to 225 KB at the least.
 */
const MAX_SIZE_HALVINGS = 4;
/**
 * A GeneralException on a request this large is taken for a size refusal: Excel on the web
 * names its 5 MB limit RequestPayloadSizeLimitExceeded (only on the web:
 * https://learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling,
 * https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins),
 * yet threads report "An internal error has occurred" (GeneralException) on large writes, one
 * from about 2,000 × 10 cells (~100 KB) while 500 rows passed:
 * https://github.com/OfficeDev/office-js-docs-reference/issues/354,
 * https://github.com/OfficeDev/office-js/issues/1012, https://github.com/OfficeDev/office-js/issues/1314
 * (all on the web; that desktop does the same is unverified). Below this, a GeneralException is
 * anything but size, and retrying would only repeat it.
 */
const LARGE_REQUEST_BYTES = 64_000;
const MAX_READ_CELLS = 100_000;
/** Guess for the first read (value + number format), before a real piece has been weighed. */
const FIRST_READ_CELL_BYTES = 60;
/** The same for a value alone. */
const FIRST_VALUES_CELL_BYTES = 45;
/**
 * What one read request may carry. Its actions weigh little; the room left is for the error of
 * the estimates, made per sheet from what its earlier pieces weighed (fills weigh a known amount).
 */
const READ_BUDGET_BYTES = REQUEST_BUDGET_BYTES;
/** {"format":{"fill":{"color":"#A9D08E"}}} per cell */
const FILL_PROPERTY_BYTES = 40;
/** {"rowHidden":false}, per row of getRowProperties, and a little room */
const ROW_PROPERTY_BYTES = 24;
/** {"columnHidden":false}, per column of getColumnProperties, and a little room */
const COLUMN_PROPERTY_BYTES = 27;
const NO_FILL = "#FFFFFF";

export function createOfficeWorkbook(run: ExcelRun = (batch) => Excel.run(batch), options: OfficeWorkbookOptions = {}): WorkbookPort {
  const mergedAreasSupported = options.mergedAreasSupported ?? officeSupportsMergedAreas;
  return {
    listSheets: () =>
      hostCall(run, "", {}, async (ctx) => {
        const sheets = ctx.workbook.worksheets.load("items/name");
        await ctx.sync();
        return sheets.items.map((s) => s.name);
      }),

    readSheet: async (name, readOptions = {}) => {
      throwIfCancelled(readOptions.signal);
      return (await hostCall(run, name, {}, (ctx) => readSheets(ctx, [name], readOptions, mergedAreasSupported())))[0];
    },

    readSheets: async (names, readOptions = {}, onProgress) => {
      throwIfCancelled(readOptions.signal);
      return hostCall(run, names[0] ?? "", {}, (ctx) => readSheets(ctx, names, readOptions, mergedAreasSupported(), onProgress));
    },

    writeSheet: async (spec, writeOptions = {}, onProgress) => {
      requireValidName(spec.name);
      await buildSheets(run, [spec], onProgress, (existing) => {
        // Excel compares sheet names case-insensitively.
        if (existing.some((n) => n.toLowerCase() === spec.name.toLowerCase()) && !writeOptions.replace) {
          throw new WorkbookError("SHEET_EXISTS", spec.name, `Sheet exists: ${spec.name}`);
        }
        return writeOptions;
      });
    },

    replaceSheets: async (specs, onProgress, replaceOptions = {}) => {
      requireDistinctNames(specs);
      throwIfCancelled(replaceOptions.signal);
      if (specs.length > 0) await buildSheets(run, specs, onProgress, () => ({}), replaceOptions.signal);
    },

    writeCells: async (sheet, cells) => {
      const runs = cellRuns(cells);
      await inShrinkingRequests(sheet, false, (limit) =>
        hostCall(run, sheet, { ItemNotFound: ["SHEET_MISSING", sheet] }, (ctx) => writeCells(ctx, sheet, runs, limit)),
      );
    },

    addSheet: async (name) => {
      requireValidName(name);
      const codes: ErrorMap = { ItemAlreadyExists: ["SHEET_EXISTS", name] };
      await hostCall(run, name, codes, async (ctx) => {
        ctx.workbook.worksheets.add(name);
        await ctx.sync();
      }, { name });
    },

    renameSheet: async (from, to) => {
      requireValidName(to);
      const codes: ErrorMap = { ItemNotFound: ["SHEET_MISSING", from], ItemAlreadyExists: ["SHEET_EXISTS", to] };
      // A sheet renamed to its own name in another case clashes with nothing.
      await hostCall(run, from, codes, async (ctx) => {
        ctx.workbook.worksheets.getItem(from).name = to;
        await ctx.sync();
      }, { name: to, except: from });
    },

    deleteSheet: async (name) => {
      await hostCall(run, name, { ItemNotFound: ["SHEET_MISSING", name] }, async (ctx) => {
        ctx.workbook.worksheets.getItem(name).delete();
        await ctx.sync();
      });
    },

    selectCell: async (sheet, address) => {
      const local = normalizeRangeAddress(address);
      // One round trip: a missing sheet fails the sync with ItemNotFound.
      await hostCall(run, sheet, { ItemNotFound: ["SHEET_MISSING", sheet] }, async (ctx) => {
        const ws = ctx.workbook.worksheets.getItem(sheet);
        ws.activate();
        ws.getRange(local).select();
        await ctx.sync();
      });
    },
  };
}

function officeSupportsMergedAreas(): boolean {
  return typeof Office !== "undefined" && !!Office.context?.requirements?.isSetSupported("ExcelApi", "1.13");
}

function requireValidName(name: string): void {
  if (!isValidSheetName(name)) throw new WorkbookError("INVALID_NAME", name, `Invalid sheet name: ${name}`);
}

// ---------------------------------------------------------------------------------------------
// Errors

type ErrorMap = Partial<Record<string, [WorkbookError["code"], string]>>;

/** The name a batch gives a sheet, and the sheet it renames (whose own name is no clash). */
interface NameClash {
  readonly name: string;
  readonly except?: string;
}

/**
 * Office errors (they carry a string `code`) become WorkbookErrors; our own bugs pass through.
 * A batch that names a sheet (`clash`) and fails with InvalidArgument is asked once more which
 * sheets there are: when one has the name, as Excel compares names (case-insensitively), the
 * failure is the clash it is, SHEET_EXISTS, as ItemAlreadyExists would be. Excel reports some
 * name clashes as InvalidArgument ("The argument is invalid or missing or has an incorrect
 * format"): a table's, https://github.com/OfficeDev/office-js/issues/551; that a sheet's in
 * another case is one of them is unverified (the self-test's clash probe tells).
 */
async function hostCall<T>(run: ExcelRun, sheet: string, codes: ErrorMap, batch: (ctx: Excel.RequestContext) => Promise<T>, clash?: NameClash): Promise<T> {
  try {
    return await run(batch);
  } catch (e) {
    if (e instanceof WorkbookError || e instanceof CancelledError) throw e;
    const code = officeErrorCode(e);
    if (code === undefined) throw e;
    if (code === "InvalidArgument" && clash && (await nameTaken(run, clash).catch(() => false))) {
      codes = { InvalidArgument: ["SHEET_EXISTS", clash.name] };
    }
    const [mapped, name] = codes[code] ?? ["HOST_ERROR", sheet];
    const error = new WorkbookError(mapped, name, `${code}: ${(e as Error).message}`);
    error.cause = e;
    throw error;
  }
}

/** Whether another sheet than `except` has the name, compared as Excel compares sheet names. */
async function nameTaken(run: ExcelRun, clash: NameClash): Promise<boolean> {
  const key = clash.name.toLowerCase();
  const own = clash.except?.toLowerCase();
  return run(async (ctx) => {
    const sheets = ctx.workbook.worksheets.load("items/name");
    await ctx.sync();
    return sheets.items.some((s) => s.name.toLowerCase() === key && s.name.toLowerCase() !== own);
  });
}

function officeErrorCode(e: unknown): string | undefined {
  const code = typeof e === "object" && e !== null ? (e as { code?: unknown }).code : undefined;
  return typeof code === "string" ? code : undefined;
}

// ---------------------------------------------------------------------------------------------
// Writing

/**
 * Tracks the estimated size of what is queued and syncs only when the next piece would push the
 * request over budget: syncs follow bytes, never rows or cells. With a signal, every sync is
 * preceded by a look at it, until `commit` says the queue must go out whatever happens.
 */
class RequestBudget {
  private pending = 0;

  constructor(
    private readonly ctx: Excel.RequestContext,
    readonly limit: WriteLimit,
    private readonly afterSync: () => void,
    private signal?: AbortSignal,
  ) {}

  /** Call before queuing `bytes` more; sends what is queued first when they would not fit. */
  async makeRoom(bytes: number): Promise<void> {
    if (this.pending > 0 && this.pending + bytes > this.limit.bytes) await this.flush();
    this.pending += bytes;
  }

  async flush(): Promise<void> {
    if (this.pending === 0) return;
    throwIfCancelled(this.signal);
    try {
      await this.ctx.sync();
    } catch (e) {
      this.limit.refusedBytes = this.pending;
      throw e;
    }
    this.pending = 0;
    this.afterSync();
  }

  /**
   * What is queued from now on is sent even when the signal fires: once the swap is queued, a
   * cancel could no longer promise an unchanged workbook, so the write is seen through.
   */
  commit(): void {
    this.signal = undefined;
  }
}

/** One attempt of a write: what a request may carry, and what the host refused. */
interface WriteLimit {
  /** Estimated bytes one request may carry. */
  readonly bytes: number;
  /** The sheet being written when the last request was queued, for the message. */
  sheet: string;
  /** The estimated size of the budgeted request that failed, if one did. */
  refusedBytes?: number;
}

/**
 * Runs a write, and again in requests half as large (at most MAX_SIZE_HALVINGS times) while the
 * host refuses one of its requests for its size; `attempt` must leave the workbook as a fresh
 * start when it fails (a build undoes itself; cells written again are the same cells). When
 * even the smallest refuses, a Thai error names the sheet and what to do, and says whether the
 * sheets are `unchanged` (a build) or may hold part of the write (cells written in place).
 */
async function inShrinkingRequests(sheet: string, unchanged: boolean, attempt: (limit: WriteLimit) => Promise<void>): Promise<void> {
  let bytes = REQUEST_BUDGET_BYTES;
  for (let halvings = 0; ; halvings++) {
    const limit: WriteLimit = { bytes, sheet };
    try {
      return await attempt(limit);
    } catch (e) {
      const refused = limit.refusedBytes;
      if (refused === undefined || !refusedForSize(e, refused)) throw e;
      if (halvings === MAX_SIZE_HALVINGS) throw tooLarge(limit.sheet, e, halvings + 1, unchanged);
      bytes = Math.min(bytes, refused) / 2;
    }
  }
}

function refusedForSize(e: unknown, bytes: number): boolean {
  const code = officeErrorCode(e instanceof WorkbookError ? e.cause : e);
  return code === "RequestPayloadSizeLimitExceeded" || (code === "GeneralException" && bytes >= LARGE_REQUEST_BYTES);
}

function tooLarge(sheet: string, e: unknown, tries: number, unchanged: boolean): WorkbookError {
  const cause = e instanceof WorkbookError ? e.cause : e;
  const left = unchanged ? "แผ่นงานยังเป็นอย่างเดิม" : "บางเซลล์อาจเขียนไปแล้ว ให้ตรวจแผ่นงานก่อนทำซ้ำ";
  const error = new WorkbookError(
    "TOO_LARGE",
    sheet,
    `Excel ไม่รับข้อมูลที่เขียนลงแผ่นงาน "${sheet}" เพราะคำขอใหญ่เกินไป แม้แบ่งส่งเป็นชุดเล็กลงแล้ว ${tries} ครั้ง ` +
      `(${officeErrorCode(cause) ?? "?"}) ${left}: ลองทำกับข้อมูลที่น้อยลง หรือทำใน Excel บนเดสก์ท็อป`,
  );
  error.cause = cause;
  return error;
}

/** What a single-sheet write adds to a build: where the sheet goes, whether it opens. */
interface BuildPlacement {
  readonly position?: number;
  readonly activate?: boolean;
}

/**
 * What a build has done so far, for putting the workbook right when it fails: the sheets that
 * were there (by id, which no rename changes), the temporary names, and what the swap renames.
 */
interface BuildState {
  /** Every sheet's id and name before the build, once the first request has told them. */
  before?: readonly { readonly id: string; readonly name: string }[];
  temps: readonly string[];
  /** The sheets being replaced: id, own name, the backup name it wears during the swap. */
  replaced: readonly { readonly id: string; readonly name: string; readonly backup: string }[];
  /** Per spec, the place of the sheet it replaces, or -1 for a new one. */
  places: readonly number[];
  /** Whether the swap's actions were queued (from then on they may have applied in part). */
  swapQueued: boolean;
}

/**
 * Writes sheets as one change, in one Excel.run: one sync learns the sheets, each spec is
 * built under a temporary name with values and layout queued against one shared request
 * budget (a sync only when it fills), and the last request, after everything else, swaps:
 * the sheets being replaced take backup names, the new ones their names, the backups are
 * deleted, and the new sheets go to their places (a replaced sheet's, else last in spec
 * order). Office runs a request's actions in order; that it stops at a failing one and keeps
 * those before is seen, not documented (unverified: the self-test's failing-batch probe
 * tells). Whatever the point of failure, each step leaves either the old sheets or the new
 * ones under the users' names. A failure is then settled in a fresh request, by sheet ids:
 * when every new sheet already has its name, the swap is finished (the backups deleted, the
 * places given) and the write completes; otherwise the new sheets are deleted, the backups
 * get their names back, and the failure is rethrown. A fired signal is looked at before every
 * request up to the swap's and ends the build the same way, with a CancelledError.
 */
async function buildSheets(
  run: ExcelRun,
  specs: readonly SheetSpec[],
  onProgress: ((p: WriteProgress) => void) | undefined,
  check: (existing: readonly string[]) => BuildPlacement,
  signal?: AbortSignal,
): Promise<void> {
  // A retry starts over: the bar waits until it passes where the refused attempt had got to.
  let shown = -1;
  const progress =
    onProgress &&
    ((p: WriteProgress) => {
      if (p.rowsWritten <= shown) return;
      shown = p.rowsWritten;
      onProgress(p);
    });
  await inShrinkingRequests(specs[0].name, true, (limit) => attemptBuild(run, specs, limit, progress, check, signal));
}

/** buildSheets within one request budget; a failure leaves the workbook as it was, or the write completed. */
async function attemptBuild(
  run: ExcelRun,
  specs: readonly SheetSpec[],
  limit: WriteLimit,
  onProgress: ((p: WriteProgress) => void) | undefined,
  check: (existing: readonly string[]) => BuildPlacement,
  signal: AbortSignal | undefined,
): Promise<void> {
  const state: BuildState = { temps: [], replaced: [], places: [], swapQueued: false };
  let placement: BuildPlacement = {};
  const first = specs[0].name;
  const codes: ErrorMap = specs.length === 1 ? { ItemAlreadyExists: ["SHEET_EXISTS", first] } : {};
  try {
    await hostCall(run, first, codes, async (ctx) => {
      const sheets = ctx.workbook.worksheets.load("items/name,items/id");
      await ctx.sync();
      const existing = sheets.items.map((s) => s.name);
      placement = check(existing);
      state.before = sheets.items.map((s) => ({ id: s.id, name: s.name }));
      state.temps = temporaryNames(specs, existing);
      state.places = replacedIndexes(specs, existing);
      const old = state.places.filter((at) => at >= 0).map((at) => sheets.items[at]);
      const backups = backupNames(old.map((s) => s.name), [...existing, ...specs.map((s) => s.name), ...state.temps]);
      state.replaced = old.map((s, i) => ({ id: s.id, name: s.name, backup: backups[i] }));
      await queueBuild(ctx, sheets, specs, state, placement, limit, onProgress, signal);
    });
  } catch (e) {
    // Nothing to settle when the first request failed: nothing was queued after it.
    if (state.before && (await settleBuild(run, specs, state, placement).catch(() => "failed")) === "finished") return;
    throw e;
  }
}

async function queueBuild(
  ctx: Excel.RequestContext,
  sheets: Excel.WorksheetCollection,
  specs: readonly SheetSpec[],
  state: BuildState,
  placement: BuildPlacement,
  limit: WriteLimit,
  onProgress: ((p: WriteProgress) => void) | undefined,
  signal: AbortSignal | undefined,
): Promise<void> {
  const rowsTotal = specs.reduce((n, s) => n + s.cells.length, 0);
  let rowsQueued = 0;
  let rowsReported = -1;
  const budget = new RequestBudget(ctx, limit, () => {
    const rowsWritten = Math.min(rowsQueued, rowsTotal);
    if (onProgress && rowsWritten !== rowsReported) onProgress({ rowsWritten, rowsTotal });
    rowsReported = rowsWritten;
  }, signal);
  const built: Excel.Worksheet[] = [];
  let rowsBefore = 0;
  for (let i = 0; i < specs.length; i++) {
    await budget.makeRoom(ACTION_BYTES + utf8Bytes(state.temps[i]));
    const ws = sheets.add(state.temps[i]);
    built.push(ws);
    const spec = specs[i];
    limit.sheet = spec.name;
    const before = rowsBefore;
    await queueSheet(ws, spec, budget, (rows) => (rowsQueued = before + rows));
    rowsBefore += spec.cells.length;
    rowsQueued = rowsBefore;
  }

  // The swap: last in the last request.
  const old = state.places.filter((at) => at >= 0).map((at) => sheets.items[at]);
  const names = [...specs.map((s) => s.name), ...state.replaced.map((r) => r.backup)].join("");
  await budget.makeRoom(specs.length * 5 * ACTION_BYTES + utf8Bytes(names));
  // The last moment a cancel leaves nothing changed: once the swap is queued, it goes out whole.
  throwIfCancelled(signal);
  budget.commit();
  state.swapQueued = true;
  // Until the last new sheet has its name, every old sheet is whole under its own or its backup name.
  old.forEach((ws, i) => (ws.name = state.replaced[i].backup));
  built.forEach((ws, i) => (ws.name = specs[i].name));
  for (const ws of old) ws.delete();
  placeBuilt(built, state.places, placement);
  await budget.flush();
}

/**
 * Puts the new sheets in their places (queued): the given position, else ascending target
 * places, so that every sheet before one is already where it belongs and the new sheets stay
 * last in spec order; then opens the first when asked. The replaced sheets must be gone.
 */
function placeBuilt(built: readonly Excel.Worksheet[], places: readonly number[], placement: BuildPlacement): void {
  if (placement.position !== undefined) {
    built[0].position = placement.position;
  } else {
    places
      .map((at, i) => ({ at, ws: built[i] }))
      .filter((r) => r.at >= 0)
      .sort((a, b) => a.at - b.at)
      .forEach((r) => (r.ws.position = r.at));
  }
  if (placement.activate) built[0].activate();
}

/**
 * After a failed build, in a request of its own: the new sheets are those the workbook did
 * not have before (by id) under a temporary or a spec's name. When every spec's sheet has its
 * name, the swap went past its renames: the old sheets left (backups) are deleted and the new
 * ones placed, "finished". Otherwise the new sheets are deleted and the old ones get their
 * own names back, "undone".
 */
async function settleBuild(run: ExcelRun, specs: readonly SheetSpec[], state: BuildState, placement: BuildPlacement): Promise<"finished" | "undone"> {
  const beforeIds = new Set((state.before ?? []).map((s) => s.id));
  const ours = new Set([...state.temps, ...specs.map((s) => s.name)].map((n) => n.toLowerCase()));
  return run(async (ctx) => {
    const sheets = ctx.workbook.worksheets.load("items/name,items/id");
    await ctx.sync();
    const fresh = sheets.items.filter((s) => !beforeIds.has(s.id) && ours.has(s.name.toLowerCase()));
    const old = state.replaced.flatMap((r) => sheets.items.filter((s) => s.id === r.id).map((ws) => ({ ws, name: r.name })));
    const built = specs.map((spec) => fresh.find((s) => s.name.toLowerCase() === spec.name.toLowerCase()));
    if (state.swapQueued && built.every((ws) => ws !== undefined)) {
      for (const { ws } of old) ws.delete();
      placeBuilt(built as Excel.Worksheet[], state.places, placement);
      await ctx.sync();
      return "finished";
    }
    for (const ws of fresh) ws.delete();
    for (const { ws, name } of old) if (ws.name !== name) ws.name = name;
    await ctx.sync();
    return "undone";
  });
}

/** One sheet's values in row blocks, then its layout, against the shared budget. */
async function queueSheet(ws: Excel.Worksheet, spec: SheetSpec, budget: RequestBudget, onRows: (rows: number) => void): Promise<void> {
  for (const block of valueBlocks(spec, budget.limit.bytes)) {
    await budget.makeRoom(block.bytes + 3 * ACTION_BYTES);
    const range = ws.getRangeByIndexes(block.row, 0, block.values.length, block.values[0].length);
    // The format goes first: in a "@" cell Excel keeps "=SUM(A1)", "+66…" or "00123" as text.
    range.numberFormat = block.numberFormats;
    range.values = block.values;
    onRows(block.row + block.values.length);
  }
  await queueLayout(ws, spec, budget);
}

/** A vertical run, or the part of one that fits in a request. */
interface CellPiece extends CellRun {
  /** Estimated JSON size of the values and formats written. */
  readonly bytes: number;
}

/**
 * Writes cells in place in one Excel.run: one range per vertical run (one numberFormat and one
 * values assignment each, never per cell), syncing only when the request budget is full.
 * Excel ignores null in a 2-D input (the cell keeps its format) and clears a cell given "".
 */
async function writeCells(ctx: Excel.RequestContext, sheet: string, runs: readonly CellRun[], limit: WriteLimit): Promise<void> {
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
function* cellPieces(runs: readonly CellRun[], budgetBytes: number): Generator<CellPiece> {
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
async function currentFormats(ctx: Excel.RequestContext, ws: Excel.Worksheet, pieces: readonly CellPiece[]): Promise<Map<CellPiece, string[]>> {
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

/** Everything but values, one Office call set per rectangle or run, never per cell. */
async function queueLayout(ws: Excel.Worksheet, spec: SheetSpec, budget: RequestBudget): Promise<void> {
  for (const f of spec.formats ?? []) {
    const setters = styleSetters(f.style, f.range);
    if (setters.length === 0) continue;
    await budget.makeRoom((setters.length + 1) * ACTION_BYTES);
    const format = rangeOf(ws, f.range).format;
    for (const set of setters) set(format);
  }
  for (const m of spec.merges ?? []) {
    await budget.makeRoom(2 * ACTION_BYTES);
    rangeOf(ws, m).merge(false);
  }
  for (const run of runs(spec.columnWidths ?? [])) {
    await budget.makeRoom(2 * ACTION_BYTES);
    ws.getRangeByIndexes(0, run.from, 1, run.count).format.columnWidth = charsToPoints(run.value);
  }
  for (const run of runs(hiddenColumns(spec))) {
    await budget.makeRoom(3 * ACTION_BYTES);
    ws.getRangeByIndexes(0, run.from, 1, run.count).getEntireColumn().columnHidden = true;
  }
  for (const run of runs(rowHeights(spec))) {
    await budget.makeRoom(2 * ACTION_BYTES);
    ws.getRangeByIndexes(run.from, 0, run.count, 1).format.rowHeight = run.value;
  }
  for (const f of spec.conditionalFills ?? []) {
    await budget.makeRoom(4 * ACTION_BYTES);
    const custom = rangeOf(ws, f.range).conditionalFormats.add("Custom").custom;
    // Relative to the range's top-left cell: each cell tests itself.
    custom.rule.formula = `=LEN(${cellAddress(f.range.row, f.range.col)})>0`;
    custom.format.fill.color = f.fill;
  }
  for (const v of spec.validations ?? []) {
    const source = listSource(v);
    await budget.makeRoom(5 * ACTION_BYTES + utf8Bytes(source) + utf8Bytes(v.errorMessage ?? "") + utf8Bytes(v.prompt ?? ""));
    const dv = rangeOf(ws, v.range).dataValidation;
    dv.rule = { list: { inCellDropDown: true, source } };
    dv.ignoreBlanks = v.allowBlank ?? true;
    if (v.errorMessage) dv.errorAlert = { showAlert: true, style: "Stop", title: "", message: v.errorMessage };
    if (v.prompt) dv.prompt = { showPrompt: true, title: "", message: v.prompt };
  }
  // After values, fonts, wrapping and widths: Excel measures what is there when it runs. Rows
  // with merged cells are left out (AutoFit does not serve them) and keep their set heights.
  for (const run of autofitRuns(spec)) {
    await budget.makeRoom(3 * ACTION_BYTES);
    ws.getRangeByIndexes(run.from, 0, run.to - run.from + 1, 1).getEntireRow().format.autofitRows();
  }
  await budget.makeRoom(20 * ACTION_BYTES);
  queueSheetSetup(ws, spec);
}

/** Literal items as Excel's comma list; a reference as a formula. */
function listSource(v: ListValidation): string {
  if (v.items) return v.items.join(",");
  const source = v.source ?? "";
  return source.startsWith("=") ? source : `=${source}`;
}

function rangeOf(ws: Excel.Worksheet, r: Rect): Excel.Range {
  return ws.getRangeByIndexes(r.row, r.col, r.rows, r.cols);
}

interface ValueBlock {
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
function* valueBlocks(spec: SheetSpec, budgetBytes: number): Generator<ValueBlock> {
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

function toExcelValue(v: CellValue): string | number | boolean | null {
  if (!isDateCell(v)) return v;
  // Date-only and zone-free: Excel's serial day number, shown as a date by the cell's format.
  if (!isIsoDate(v.date)) throw new Error(`Not an ISO date: ${v.date}`);
  return isoToSerial(v.date);
}

type FormatSetter = (f: Excel.RangeFormat) => void;

const H_ALIGN = { left: "Left", center: "Center", right: "Right", justify: "Justify" } as const;
const V_ALIGN = { top: "Top", middle: "Center", bottom: "Bottom" } as const;

/** One Office property assignment per style attribute, for a whole rectangle at once. */
function styleSetters(s: CellStyle, r: Rect): FormatSetter[] {
  const out: FormatSetter[] = [];
  const { fontName, fontSize, bold, italic, underline, fontColor, fill, hAlign, vAlign, wrap } = s;
  if (fontName !== undefined) out.push((f) => (f.font.name = fontName));
  if (fontSize !== undefined) out.push((f) => (f.font.size = fontSize));
  if (bold !== undefined) out.push((f) => (f.font.bold = bold));
  if (italic !== undefined) out.push((f) => (f.font.italic = italic));
  if (underline !== undefined) out.push((f) => (f.font.underline = underline ? "Single" : "None"));
  if (fontColor !== undefined) out.push((f) => (f.font.color = fontColor));
  if (fill !== undefined) out.push((f) => (f.fill.color = fill));
  if (hAlign !== undefined) out.push((f) => (f.horizontalAlignment = H_ALIGN[hAlign]));
  if (vAlign !== undefined) out.push((f) => (f.verticalAlignment = V_ALIGN[vAlign]));
  if (wrap !== undefined) out.push((f) => (f.wrapText = wrap));
  const edges = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"] as const;
  if (s.border !== undefined) {
    const inside = [...(r.rows > 1 ? (["InsideHorizontal"] as const) : []), ...(r.cols > 1 ? (["InsideVertical"] as const) : [])];
    for (const side of [...edges, ...inside]) out.push(...borderSetters(side, s.border));
  }
  if (s.outline !== undefined) for (const side of edges) out.push(...borderSetters(side, s.outline));
  return out;
}

type BorderSide = "EdgeTop" | "EdgeBottom" | "EdgeLeft" | "EdgeRight" | "InsideHorizontal" | "InsideVertical";

function borderSetters(side: BorderSide, kind: BorderKind): FormatSetter[] {
  const border = (f: Excel.RangeFormat) => f.borders.getItem(side);
  switch (kind) {
    case "none":
      return [(f) => (border(f).style = "None")];
    case "thin":
      return [(f) => (border(f).style = "Continuous"), (f) => (border(f).weight = "Thin")];
    case "medium":
      return [(f) => (border(f).style = "Continuous"), (f) => (border(f).weight = "Medium")];
    case "dotted":
      return [(f) => (border(f).style = "Dot"), (f) => (border(f).weight = "Thin")];
  }
}

/**
 * Height per row: the default for every row the spec touches, then the explicit overrides;
 * none on the autofit span's rows that Excel measures itself, which are those without merged
 * cells (see autofitRuns): a merged row keeps the spec's estimate.
 */
function rowHeights(spec: SheetSpec): (number | undefined)[] {
  const heights: (number | undefined)[] = [];
  if (spec.defaultRowHeight !== undefined) heights.length = touchedRowCount(spec);
  heights.fill(spec.defaultRowHeight);
  for (const { row, height } of spec.rowHeights ?? []) heights[row] = height;
  for (const run of autofitRuns(spec)) for (let r = run.from; r <= run.to && r < heights.length; r++) heights[r] = undefined;
  return heights;
}

/** 1 per hidden column, so that adjacent ones form one run. */
function hiddenColumns(spec: SheetSpec): (number | undefined)[] {
  const out: (number | undefined)[] = [];
  for (const c of spec.hiddenColumns ?? []) out[c] = 1;
  return out;
}

/** Consecutive equal entries as runs, so a column of equal heights costs one Office call. */
function runs(values: readonly (number | undefined)[]): { from: number; count: number; value: number }[] {
  const out: { from: number; count: number; value: number }[] = [];
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v === undefined || !Number.isFinite(v)) continue;
    const last = out.at(-1);
    if (last && last.value === v && last.from + last.count === i) last.count++;
    else out.push({ from: i, count: 1, value: v });
  }
  return out;
}

function queueSheetSetup(ws: Excel.Worksheet, spec: SheetSpec): void {
  const freeze = spec.freeze;
  if (freeze && (freeze.rows > 0 || freeze.cols > 0)) {
    if (freeze.cols === 0) ws.freezePanes.freezeRows(freeze.rows);
    else if (freeze.rows === 0) ws.freezePanes.freezeColumns(freeze.cols);
    else ws.freezePanes.freezeAt(ws.getRangeByIndexes(0, 0, freeze.rows, freeze.cols));
  }
  const p = spec.print;
  if (p) {
    const layout = ws.pageLayout;
    layout.orientation = p.orientation === "landscape" ? "Landscape" : "Portrait";
    layout.paperSize = "A4";
    // A scale of our own, not fit-to-pages with an open height: see printScale.
    const scale = printScale(spec);
    if (scale !== undefined) layout.zoom = { scale };
    if (p.repeatRows) layout.setPrintTitleRows(`$${p.repeatRows.from + 1}:$${p.repeatRows.to + 1}`);
    if (p.margins) {
      layout.leftMargin = p.margins.left * 72;
      layout.rightMargin = p.margins.right * 72;
      layout.topMargin = p.margins.top * 72;
      layout.bottomMargin = p.margins.bottom * 72;
    }
    if (p.centerHorizontally !== undefined) layout.centerHorizontally = p.centerHorizontally;
    if (p.centerFooter !== undefined) layout.headersFooters.defaultForAllPages.centerFooter = p.centerFooter;
  }
  if (spec.printArea) ws.pageLayout.setPrintArea(rectAddress(spec.printArea));
  if (spec.tabColor) ws.tabColor = spec.tabColor;
}

// ---------------------------------------------------------------------------------------------
// Reading

interface SheetToRead {
  readonly ws: Excel.Worksheet;
  readonly used: Excel.Range;
  readonly merged: Excel.RangeAreas | undefined;
}

/** What the port calls Excel's SheetVisibility. */
const VISIBILITY = { Visible: "visible", Hidden: "hidden", VeryHidden: "veryHidden" } as const;

type Visibility = NonNullable<SheetData["visibility"]>;

/** The lines of `first`…`first + count - 1`, as hidden lists give them. */
function everyLine(first: number, count: number): number[] {
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
async function readSheets(
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

function rectOfRange(r: Excel.Range): Rect {
  return { row: r.rowIndex, col: r.columnIndex, rows: r.rowCount, cols: r.columnCount };
}

/** The common part of two rectangles; undefined when they do not meet. */
function intersect(a: Rect, b: Rect): Rect | undefined {
  const row = Math.max(a.row, b.row);
  const col = Math.max(a.col, b.col);
  const rows = Math.min(a.row + a.rows, b.row + b.rows) - row;
  const cols = Math.min(a.col + a.cols, b.col + b.cols) - col;
  return rows > 0 && cols > 0 ? { row, col, rows, cols } : undefined;
}

/** One rectangle of a sheet to read in row pieces, and what to read of its cells. */
interface ReadJob {
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

interface CellsRead {
  values: RawValue[][];
  numberFormats: string[][];
  fills: (string | null)[][];
  /** Zero-based sheet rows or columns found hidden, ascending (a `lines` job's). */
  hidden: number[];
}

interface Piece {
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
async function readJobs(
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

function fillOf(p: Excel.CellProperties): string | null {
  const color = p.format?.fill?.color;
  return !color || color.toUpperCase() === NO_FILL ? null : color.toUpperCase();
}

// ---------------------------------------------------------------------------------------------
// Sizes

/** JSON size in UTF-8 bytes without building the JSON: Thai text is three bytes a character. */
function jsonBytes(v: string | number | boolean | null): number {
  if (typeof v !== "string") return String(v).length;
  let n = 2;
  for (let i = 0; i < v.length; i++) {
    const ch = v.charCodeAt(i);
    if (ch === 0x22 || ch === 0x5c) n += 2;
    else if (ch < 0x20) n += 6;
    else if (ch < 0x80) n += 1;
    else if (ch < 0x800) n += 2;
    else n += 3; // a surrogate pair counts 3 + 3 for 4 real bytes: an overestimate is fine
  }
  return n;
}

function utf8Bytes(s: string): number {
  return jsonBytes(s) - 2;
}
