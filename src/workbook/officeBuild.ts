/**
 * Writing whole sheets: new sheets built under temporary names, then swapped in for the old ones
 * in an order that never loses both, and settled after a failure.
 */
import type { SheetSpec } from "../core/sheetSpec";
import { ACTION_BYTES, RequestBudget, type WriteLimit, inShrinkingRequests, utf8Bytes } from "./officeBudget";
import { valueBlocks } from "./officeCells";
import { type ErrorMap, hostCall } from "./officeErrors";
import { queueLayout } from "./officeLayout";
import type { ExcelRun } from "./officeWorkbook";
import { type WriteProgress, throwIfCancelled } from "./port";
import { backupNames, replacedIndexes, temporaryNames } from "./sheetNames";

/** What a write adds to a build: where the sheets go, whether the first opens. */
export interface BuildPlacement {
  readonly position?: number;
  readonly activate?: boolean;
  /** After every other sheet, in spec order (ReplaceOptions.together). */
  readonly together?: boolean;
}

/**
 * What a build has done so far, for putting the workbook right when it fails: the sheets that
 * were there (by id, which no rename changes), the temporary names, and what the swap renames.
 */
export interface BuildState {
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
export async function buildSheets(
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
export async function attemptBuild(
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

export async function queueBuild(
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
 * last in spec order; together, where they are: after every other sheet in spec order, as they
 * were added ("the worksheet will be added at the end of existing worksheets":
 * https://learn.microsoft.com/javascript/api/excel/excel.worksheetcollection#excel-excel-worksheetcollection-add-member(1))
 * and the sheets they replace are gone. Then opens the first when asked.
 */
export function placeBuilt(built: readonly Excel.Worksheet[], places: readonly number[], placement: BuildPlacement): void {
  if (placement.position !== undefined) {
    built[0].position = placement.position;
  } else if (!placement.together) {
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
export async function settleBuild(run: ExcelRun, specs: readonly SheetSpec[], state: BuildState, placement: BuildPlacement): Promise<"finished" | "undone"> {
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
export async function queueSheet(ws: Excel.Worksheet, spec: SheetSpec, budget: RequestBudget, onRows: (rows: number) => void): Promise<void> {
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
