import { waitingForCellEdit, type CellEditWaitOptions } from "./editMode";
import { officeErrorCode } from "./officeErrors";
import type { ExcelRun } from "./officeWorkbook";
import { WorkbookError } from "./port";

/**
 * Watches the open workbook through Office.js events, so the pane can tell when a step's result
 * is out of date. Sheets are told by name; Excel's events carry only worksheet ids.
 */

export type WorkbookChange = {
  /**
   * edited: cell values or formulas; formatted: cell formats only (a fill, a number format, a
   * font), which OpPlan reads too (month bars may be shading); added, deleted: a sheet.
   */
  kind: "edited" | "formatted" | "added" | "deleted";
  sheet: string;
  /** The changed cells ("B3", "A1:C4") of an edit or a format change, without the sheet. */
  address?: string;
  /**
   * Who made an edit, where Excel says (triggerSource, ExcelApi 1.14, on onChanged only):
   * ownAddin for this add-in's own writes, other for anyone else's (the user's typing).
   * Absent when Excel does not say: a format change, an added or deleted sheet, an older Excel.
   */
  source?: "ownAddin" | "other";
};

type Batch<T> = (context: Excel.RequestContext) => Promise<T>;

/**
 * Excel.run, and Excel.run(context, batch) since Office's EventHandlerResult reference says: "The same
 * RequestContext object that the handler was added in must be used when removing the handler."
 */
export type ExcelRunner = ExcelRun & (<T>(context: OfficeExtension.ClientRequestContext, batch: Batch<T>) => Promise<T>);

function officeRun<T>(batch: Batch<T>): Promise<T>;
function officeRun<T>(context: OfficeExtension.ClientRequestContext, batch: Batch<T>): Promise<T>;
function officeRun<T>(first: Batch<T> | OfficeExtension.ClientRequestContext, batch?: Batch<T>): Promise<T> {
  if (typeof first === "function") return Excel.run(first);
  if (batch === undefined) throw new Error("Excel.run on a context needs a batch");
  return Excel.run(first, batch);
}

/**
 * `run` whose batches wait while the user is typing in a cell (editMode.ts), as the ports' do:
 * the pane registers for events when it opens, maybe while a cell is being edited. The form on
 * an earlier context (removing the handlers) goes through as it is.
 */
export function waitingRunner(run: ExcelRunner, options: CellEditWaitOptions = {}): ExcelRunner {
  const waiting = waitingForCellEdit((batch) => run(batch), options);
  function runner<T>(batch: Batch<T>): Promise<T>;
  function runner<T>(context: OfficeExtension.ClientRequestContext, batch: Batch<T>): Promise<T>;
  function runner<T>(first: Batch<T> | OfficeExtension.ClientRequestContext, batch?: Batch<T>): Promise<T> {
    if (typeof first === "function") return waiting(first);
    if (batch === undefined) throw new Error("Excel.run on a context needs a batch");
    return run(first, batch);
  }
  return runner;
}

/** How long the first event of a burst waits for the rest. */
const SETTLE_MS = 100;

interface SheetEvent {
  readonly kind: WorkbookChange["kind"];
  readonly worksheetId: string;
  readonly address?: string;
  readonly source?: WorkbookChange["source"];
}

/**
 * What an onChanged event's triggerSource says of who made the edit. Excel.EventTriggerSource
 * has "ThisLocalAddin" ("triggered by the Office JS API of the current add-in") and "Unknown"
 * ("unknown or currently unsupported"):
 * https://learn.microsoft.com/en-us/javascript/api/excel/excel.eventtriggersource
 * https://learn.microsoft.com/en-us/javascript/api/excel/excel.worksheetchangedeventargs#excel-excel-worksheetchangedeventargs-triggersource-member
 * Since "Unknown" also means unsupported, it is taken for someone else's edit only once this
 * Excel has told one of our own writes apart (`tells`): an Excel that says "Unknown" of
 * everything would otherwise make every own write the user's.
 */
function sourceOf(triggerSource: unknown, tells: boolean): WorkbookChange["source"] {
  if (triggerSource === "ThisLocalAddin") return "ownAddin";
  if (triggerSource === "Unknown" && tells) return "other";
  return undefined;
}

/**
 * Registers for edits (WorksheetCollection.onChanged, ExcelApi 1.9), format changes
 * (onFormatChanged, 1.9; onChanged fires for them too, so a format change is told twice, and the
 * onChanged twin carries Excel's word on who made it),
 * added and deleted sheets (onAdded, onDeleted, 1.7) and resolves once Excel has them, with the
 * function that removes them. Changes reach `listener` in the order Excel reports them, the add-in's own writes
 * included; a listener that throws is logged and the next change still arrives.
 */
export async function watchOfficeWorkbook(
  listener: (change: WorkbookChange) => void,
  run: ExcelRunner = waitingRunner(officeRun),
  settleMs = SETTLE_MS,
): Promise<() => Promise<void>> {
  const names = new Map<string, string>();
  const pending: SheetEvent[] = [];
  let pumping = false;
  let stopped = false;
  let tellsOwnWrites = false;

  const receive = (event: SheetEvent): Promise<void> => {
    pending.push(event);
    if (!pumping) {
      pumping = true;
      // One write (a template, a swap of forms) comes as many events: waiting a moment lets them
      // share one read of the names instead of a sync each.
      setTimeout(() => void pump(), settleMs);
    }
    return Promise.resolve();
  };

  /**
   * Delivers what has arrived, in bursts: a worksheet id keeps its value when the sheet is
   * renamed, and no event before ExcelApi 1.17 tells of renames, so the names are read again
   * (one sync) for each burst that has an edit, a format change or an added sheet. A read only
   * adds and renames: a sheet deleted before it keeps, until its own event, the name it was last
   * seen with.
   */
  const pump = async (): Promise<void> => {
    try {
      while (pending.length > 0 && !stopped) {
        const burst = pending.splice(0);
        if (burst.some((e) => e.kind !== "deleted")) {
          try {
            for (const [id, name] of await hostCall(run, readNames)) names.set(id, name);
          } catch (err) {
            console.warn("OpPlan: could not read the sheet names of a workbook change", err);
          }
        }
        for (const e of burst) {
          if (stopped) return;
          const sheet = names.get(e.worksheetId);
          // Added and deleted again before its name could be read: nothing the pane knew of.
          if (sheet === undefined) continue;
          if (e.kind === "deleted") names.delete(e.worksheetId);
          tell(listener, {
            kind: e.kind,
            sheet,
            ...(e.address === undefined ? {} : { address: e.address }),
            ...(e.source === undefined ? {} : { source: e.source }),
          });
        }
      }
    } finally {
      pumping = false;
    }
  };

  // Office's events article, "Event triggers": events fire for "Office Add-in (JavaScript) code
  // that changes the workbook" as for the user's edits, so our own writes arrive here too.
  const registered = await hostCall(run, async (ctx) => {
    const sheets = ctx.workbook.worksheets;
    const results = [
      sheets.onChanged.add((args) => {
        // Before ExcelApi 1.14 the property is not there, whatever the typings say.
        const triggerSource: unknown = args.triggerSource;
        if (triggerSource === "ThisLocalAddin") tellsOwnWrites = true;
        const source = sourceOf(triggerSource, tellsOwnWrites);
        return receive({ kind: "edited", worksheetId: args.worksheetId, address: args.address, ...(source ? { source } : {}) });
      }),
      // WorksheetFormatChangedEventArgs, WorksheetAddedEventArgs and WorksheetDeletedEventArgs
      // have no triggerSource: whose change it was is left to the pane's time window.
      sheets.onFormatChanged.add((args) => receive({ kind: "formatted", worksheetId: args.worksheetId, address: args.address })),
      sheets.onAdded.add((args) => receive({ kind: "added", worksheetId: args.worksheetId })),
      sheets.onDeleted.add((args) => receive({ kind: "deleted", worksheetId: args.worksheetId })),
    ];
    sheets.load("items/id,items/name");
    await ctx.sync();
    return { results, names: nameMap(sheets.items) };
  });
  // A burst read while registering is newer than the registration's own read.
  for (const [id, name] of registered.names) if (!names.has(id)) names.set(id, name);

  return async () => {
    if (stopped) return;
    stopped = true;
    const { results } = registered;
    await hostCall(
      (batch) => run(results[0].context, batch),
      async (ctx) => {
        for (const result of results) result.remove();
        await ctx.sync();
      },
    );
  };
}

async function readNames(ctx: Excel.RequestContext): Promise<Map<string, string>> {
  const sheets = ctx.workbook.worksheets.load("items/id,items/name");
  await ctx.sync();
  return nameMap(sheets.items);
}

function nameMap(sheets: readonly Excel.Worksheet[]): Map<string, string> {
  return new Map(sheets.map((s) => [s.id, s.name]));
}

function tell(listener: (change: WorkbookChange) => void, change: WorkbookChange): void {
  try {
    listener(change);
  } catch (err) {
    console.error("OpPlan: workbook change listener failed", err);
  }
}

/** As in officeWorkbook: Office errors (they carry a string `code`) become WorkbookErrors; our own bugs pass through. */
async function hostCall<T>(run: ExcelRun, batch: Batch<T>): Promise<T> {
  try {
    return await run(batch);
  } catch (e) {
    const code = officeErrorCode(e);
    if (e instanceof WorkbookError || code === undefined) throw e;
    const error = new WorkbookError("HOST_ERROR", "", `${code}: ${(e as Error).message}`);
    error.cause = e;
    throw error;
  }
}
