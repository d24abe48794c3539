/** The request engine: queued actions, syncs and their accounting, injected failures, event delivery. */
import type { Rect } from "../../src/core/rect";
import { applies } from "./register";
import { localAddress, parseRangeAddress } from "./addresses";
import { FakeExcelError, invalidArgument, notImplemented } from "./errors";
import type { FakeEventArgs, FakeEventName, FakeWorksheetChangedEventArgs, Registration, Registrations } from "./events";
import { ACTION_OVERHEAD_BYTES, FAKE_PAYLOAD_LIMIT_BYTES } from "./limits";
import { FakeWorkbook } from "./objects/workbook";
import { FakeClientObject, type Commit, type LoadArgument, type Operation } from "./proxy";
import { setCell } from "./rules";
import { SheetState, WorkbookState, type FakeFileSheet, type SeedValue } from "./state";

export interface FakeRequestStat {
  /** requestBytes + responseBytes */
  bytes: number;
  requestBytes: number;
  responseBytes: number;
}

export interface FakeExcelStats {
  syncs: number;
  /** Proxy objects created (ranges, formats, worksheets, collection items, ...). */
  proxies: number;
  /** Actions queued: property sets, method calls and loads. */
  operations: number;
  requests: FakeRequestStat[];
  maxRequestBytes: number;
}

export interface FakeExcel {
  readonly workbook: WorkbookState;
  readonly stats: FakeExcelStats;
  /** Same shape as Excel.run; a batch's leftover queue is synced when it returns, as Office does. */
  run<T>(batch: FakeBatch<T>): Promise<T>;
  /**
   * Excel.run(context, batch): the batch runs on an earlier batch's context, which is the only
   * context that can remove the event handlers added in it.
   */
  run<T>(context: OfficeExtension.ClientRequestContext, batch: FakeBatch<T>): Promise<T>;
  resetStats(): void;
  /** Make the nth sync from now (1 = the next one) reject with `error`, applying nothing. */
  failOnSync(n: number, error?: Error): void;
  /**
   * Every sync from now takes `ms` before it applies, as a round trip to Excel on the web does:
   * lets a browser test press ยกเลิก while a run is under way.
   */
  setLatency(ms: number): void;
  /**
   * Make the first sync from now whose queued actions (labelled "Worksheet.delete",
   * "Range.values", …) pass `test` reject with `error`, applying nothing: aims a failure at one
   * kind of request whatever else (an event handler's read) syncs meanwhile.
   */
  failOnSyncWhere(test: (labels: readonly string[]) => boolean, error?: Error): void;
  /**
   * Make the nth action run from now (1 = the next one; loads, lookups, sets and calls each
   * count one, in queue order across syncs) fail its sync with a FakeExcelError of `code`:
   * the actions before it in that request stay applied, as the fake always does.
   */
  failAtAction(n: number, code?: string): void;
  /**
   * A user typing into `address` ("B3", "A1:C2") of a sheet: the cells change in the state as
   * seeding leaves them (text stays text; null empties a cell), no request or sync is counted,
   * and onChanged handlers hear of it afterwards. `values` must have the range's shape.
   * Throws for an unknown sheet.
   */
  userEdit(sheet: string, address: string, values: SeedValue[][]): void;
  /**
   * A user shading `address` ("B3", "A1:C2") of a sheet with `fill` (#RRGGBB; null takes the
   * fill away), as the Fill Color button does: no request or sync is counted, and
   * onFormatChanged handlers (not onChanged: the values stay) hear of it afterwards.
   * Throws for an unknown sheet or a colour that is not #RRGGBB.
   */
  userFormat(sheet: string, address: string, fill: string | null): void;
  /** How many handlers the event reaches now: removing one is queued, so a test checks it here. */
  handlerCount(event: FakeEventName): number;
  /**
   * The user typing in a cell: while on, every sync rejects with InvalidOperationInCellEditMode
   * and applies nothing ("the batch automatically fails", RunOptions.delayForCellEdit:
   * https://learn.microsoft.com/en-us/javascript/api/excel/excel.runoptions). userEdit still works.
   */
  setCellEditMode(on: boolean): void;
}

export type FakeBatch<T> = (context: Excel.RequestContext) => Promise<T>;

export interface FakeExcelOptions {
  /** Sheets the workbook starts with; default none (Excel itself always has one). */
  sheets?: string[];
  /**
   * onChanged carries triggerSource (ExcelApi 1.14): "ThisLocalAddin" for what batches run
   * through the model change, "Unknown" for userEdit. Off, it carries none, as before 1.14.
   * https://learn.microsoft.com/en-us/javascript/api/excel/excel.worksheetchangedeventargs#excel-excel-worksheetchangedeventargs-triggersource-member
   */
  triggerSource?: boolean;
  /**
   * A request above `bytes` (actions and their arguments, as the fake weighs them) fails with a
   * FakeExcelError of `code`, applying nothing: default FAKE_PAYLOAD_LIMIT_BYTES and
   * RequestPayloadSizeLimitExceeded (Excel on the web); a lower limit, or GeneralException as
   * threads report, stands in for another host.
   */
  largeRequestError?: { bytes: number; code: string };
  /**
   * The code a worksheet added, or renamed, onto a name a sheet has (compared case-insensitively)
   * fails with: ItemAlreadyExists by default, as the error table describes it; InvalidArgument as
   * Excel may report it (unverified).
   */
  renameClashCode?: "InvalidArgument" | "ItemAlreadyExists";
  /**
   * Files Workbook.insertWorksheetsFromBase64 knows, by base64, with the sheets a test says each
   * holds: the model copies those sheets' values, it does not read the file.
   */
  files?: Readonly<Record<string, readonly FakeFileSheet[]>>;
  /**
   * ShapeCollection.addImage fails every picture with InvalidArgument, as Excel on the web and
   * Power Automate refuse some valid images ("Worksheet addImage: The argument is invalid or
   * missing or has an incorrect format": https://github.com/OfficeDev/office-js/issues/5025).
   */
  refuseImages?: boolean;
}

export function createFakeExcel(options: FakeExcelOptions = {}): FakeExcel {
  return new FakeExcelHost(options);
}

export class FakeExcelHost implements FakeExcel {
  readonly workbook = new WorkbookState();
  readonly stats: FakeExcelStats = emptyStats();
  private syncSerial = 0;
  private readonly failures = new Map<number, Error>();
  private readonly registrations: Registrations = { onChanged: [], onFormatChanged: [], onAdded: [], onDeleted: [] };
  /** Events raised since the last delivery; each, when prepared, picks the handlers to call. */
  private raised: (() => (() => void)[])[] = [];
  /** Ranges already reported changed since the last delivery ("id!A1:B2"). */
  private readonly edited = new Set<string>();
  /** Ranges already reported formatted since the last delivery ("id!A1:B2"). */
  private readonly formatted = new Set<string>();

  private readonly triggerSource: boolean;
  private readonly largeRequestError: { bytes: number; code: string };

  constructor(options: FakeExcelOptions) {
    for (const name of options.sheets ?? []) this.workbook.addSheet(name);
    this.triggerSource = options.triggerSource === true;
    this.workbook.clashCode = options.renameClashCode ?? "ItemAlreadyExists";
    for (const [base64, sheets] of Object.entries(options.files ?? {})) this.workbook.files.set(base64, sheets);
    this.workbook.refuseImages = options.refuseImages === true;
    this.largeRequestError = options.largeRequestError ?? { bytes: FAKE_PAYLOAD_LIMIT_BYTES, code: "RequestPayloadSizeLimitExceeded" };
  }

  /** A bound function, so a browser test can install it as `Excel.run` as it is. */
  readonly run: FakeExcel["run"] = async <T>(first: FakeBatch<T> | OfficeExtension.ClientRequestContext, second?: FakeBatch<T>): Promise<T> => {
    const context = typeof first === "function" ? new FakeRequestContext(this) : this.ownContext(first);
    const batch = typeof first === "function" ? first : second;
    if (batch === undefined) throw invalidArgument("Excel.run needs a batch function.");
    // The single boundary cast: the fake implements only the subset the adapter uses.
    const result = await batch(context as unknown as Excel.RequestContext);
    if (context.pending() > 0) {
      applies("run-syncs-leftovers");
      await context.sync();
    }
    return result;
  };

  handlerCount(event: FakeEventName): number {
    return this.registrations[event].length;
  }

  private ownContext(context: OfficeExtension.ClientRequestContext): FakeRequestContext {
    if (context instanceof FakeRequestContext && context.host === this) return context;
    throw notImplemented("Excel.run with anything but a context of this fake (objects, options)");
  }

  userEdit(sheet: string, address: string, values: SeedValue[][]): void {
    const target = this.workbook.find(sheet);
    if (!target) throw new Error(`fake Excel: userEdit on a missing sheet '${sheet}'`);
    const rect = parseRangeAddress(address);
    if (values.length !== rect.rows || values.some((line) => line.length !== rect.cols)) {
      throw new Error(`fake Excel: userEdit values are not ${rect.rows}×${rect.cols} like ${address}`);
    }
    for (let r = 0; r < rect.rows; r++) {
      for (let c = 0; c < rect.cols; c++) setCell(target.ensureCell(rect.row + r, rect.col + c), values[r][c] ?? "");
    }
    this.noteEdit(target, rect, "Unknown");
    this.deliverRaised();
  }

  userFormat(sheet: string, address: string, fill: string | null): void {
    const target = this.workbook.find(sheet);
    if (!target) throw new Error(`fake Excel: userFormat on a missing sheet '${sheet}'`);
    const rect = parseRangeAddress(address);
    if (fill !== null && !/^#[0-9A-Fa-f]{6}$/.test(fill)) throw new Error(`fake Excel: userFormat colour '${fill}' is not #RRGGBB`);
    for (let r = 0; r < rect.rows; r++) {
      for (let c = 0; c < rect.cols; c++) {
        const cell = target.ensureCell(rect.row + r, rect.col + c);
        if (fill === null) delete cell.fill;
        else cell.fill = fill.toUpperCase();
      }
    }
    this.noteFormat(target, rect, "Unknown");
    this.deliverRaised();
  }

  resetStats(): void {
    Object.assign(this.stats, emptyStats());
  }

  failOnSync(n: number, error: Error = new FakeExcelError("GeneralException", "Injected failure")): void {
    this.failures.set(this.syncSerial + n, error);
  }

  latencyMs = 0;
  private readonly aimedFailures: { test: (labels: readonly string[]) => boolean; error: Error }[] = [];

  failOnSyncWhere(test: (labels: readonly string[]) => boolean, error: Error = new FakeExcelError("GeneralException", "Injected failure")): void {
    this.aimedFailures.push({ test, error });
  }

  setLatency(ms: number): void {
    this.latencyMs = Math.max(0, ms);
  }

  private actionSerial = 0;
  private failingAction?: { serial: number; code: string };

  failAtAction(n: number, code = "GeneralException"): void {
    this.failingAction = { serial: this.actionSerial + n, code };
  }

  countProxy(): void {
    this.stats.proxies++;
  }

  countOperation(): void {
    this.stats.operations++;
  }

  private cellEditMode = false;

  setCellEditMode(on: boolean): void {
    this.cellEditMode = on;
  }

  execute(ops: Operation[]): void {
    this.stats.syncs++;
    // Before the injected failures' count: failOnSync(n) means the nth sync Excel takes up.
    if (this.cellEditMode) {
      applies("cell-edit-mode");
      throw new FakeExcelError(
        "InvalidOperationInCellEditMode",
        "Excel is in cell-editing mode. Please exit the edit mode by pressing ENTER or TAB or selecting another cell, and then try again.",
      );
    }
    const injected = this.failures.get(++this.syncSerial);
    if (injected) {
      this.failures.delete(this.syncSerial);
      throw injected;
    }
    const aimed = this.aimedFailures.findIndex((f) => f.test(ops.map((op) => op.label)));
    if (aimed >= 0) throw this.aimedFailures.splice(aimed, 1)[0].error;
    const requestBytes = ops.reduce((n, op) => n + op.bytes + ACTION_OVERHEAD_BYTES, 0);
    let responseBytes = 0;
    const stat = (): void => {
      const bytes = requestBytes + responseBytes;
      this.stats.requests.push({ bytes, requestBytes, responseBytes });
      this.stats.maxRequestBytes = Math.max(this.stats.maxRequestBytes, bytes);
    };
    if (requestBytes > this.largeRequestError.bytes) {
      applies("request-payload-limit");
      stat();
      throw new FakeExcelError(this.largeRequestError.code, `The request payload (${requestBytes} bytes) exceeds the limit.`);
    }
    const commits: Commit[] = [];
    try {
      for (const op of ops) {
        try {
          const failing = this.failingAction;
          if (++this.actionSerial === failing?.serial) {
            this.failingAction = undefined;
            throw new FakeExcelError(failing.code, `Injected failure at ${op.label}`);
          }
          const commit = op.run();
          if (commit) {
            commits.push(commit);
            responseBytes += commit.bytes;
          }
        } catch (e) {
          if (e instanceof FakeExcelError) e.debugInfo.errorLocation = op.label;
          if (commits.length > 0 || ops.indexOf(op) > 0) applies("batch-partial-apply");
          throw e;
        }
      }
    } finally {
      stat();
      // What the ops before a failing one changed stays changed in Excel, and is told.
      this.deliverRaised();
    }
    if (responseBytes > FAKE_PAYLOAD_LIMIT_BYTES) {
      applies("response-payload-limit");
      throw new FakeExcelError("ResponsePayloadSizeLimitExceeded", `The response payload (${responseBytes} bytes) exceeds the limit.`);
    }
    for (const c of commits) c.apply();
  }

  register<K extends FakeEventName>(event: K, registration: Registration<K>): void {
    this.registrations[event].push(registration);
  }

  /** Drops a registration; one from another context, or already dropped, is left alone as in Office. */
  unregister<K extends FakeEventName>(event: K, match: (r: Registration<K>) => boolean): void {
    applies("handler-same-context");
    const list = this.registrations[event];
    const i = list.findIndex(match);
    if (i >= 0) list.splice(i, 1);
  }

  /**
   * A change of cell values or formulas by the API (per sync, once per range) or by the user.
   * Formats alone (number formats, fills, fonts, borders) are noteFormat's.
   */
  noteEdit(sheet: SheetState, rect: Rect, triggerSource: "ThisLocalAddin" | "Unknown" = "ThisLocalAddin"): void {
    const address = localAddress(rect);
    const key = `${sheet.id}!${address}`;
    if (this.edited.has(key)) return;
    this.edited.add(key);
    applies("value-change-event");
    const told = { type: "WorksheetChanged", changeType: "RangeEdited", source: "Local", worksheetId: sheet.id, address } as const;
    this.raiseChanged(told, triggerSource);
  }

  /**
   * A change of cell formats (number format, fill, font, alignment, borders) by the API (per
   * sync, once per range) or by the user: Excel tells of it through onFormatChanged, and through
   * onChanged as well (RangeEdited), so a listener for values hears of formats too.
   */
  noteFormat(sheet: SheetState, rect: Rect, triggerSource: "ThisLocalAddin" | "Unknown" = "ThisLocalAddin"): void {
    const address = localAddress(rect);
    const key = `${sheet.id}!${address}`;
    if (this.formatted.has(key)) return;
    this.formatted.add(key);
    applies("format-change-event");
    this.raise("onFormatChanged", { type: "WorksheetFormatChanged", source: "Local", worksheetId: sheet.id, address });
    if (this.edited.has(key)) return;
    this.edited.add(key);
    applies("format-change-raises-onchanged");
    this.raiseChanged({ type: "WorksheetChanged", changeType: "RangeEdited", source: "Local", worksheetId: sheet.id, address } as const, triggerSource);
  }

  /** onChanged's args carry triggerSource only where the knob gives the host ExcelApi 1.14. */
  private raiseChanged(told: Omit<FakeWorksheetChangedEventArgs, "triggerSource">, triggerSource: "ThisLocalAddin" | "Unknown"): void {
    if (this.triggerSource) applies("trigger-source");
    this.raise("onChanged", this.triggerSource ? { ...told, triggerSource } : told);
  }

  raise<K extends FakeEventName>(event: K, args: FakeEventArgs[K]): void {
    this.raised.push(() => this.registrations[event].map(({ handler }) => () => void handler({ ...args })));
  }

  /**
   * Hands the raised events to the handlers registered now, each call in a task of its own
   * after the current one, as Office's events arrive: never inside the sync that caused them,
   * and a failing handler surfaces as an uncaught error without keeping the others from running.
   */
  private deliverRaised(): void {
    const calls = this.raised.flatMap((prepare) => prepare());
    this.raised = [];
    this.edited.clear();
    this.formatted.clear();
    if (calls.length > 0) applies("events-after-sync");
    for (const call of calls) setTimeout(call, 0);
  }
}

export function emptyStats(): FakeExcelStats {
  return { syncs: 0, proxies: 0, operations: 0, requests: [], maxRequestBytes: 0 };
}

export class FakeRequestContext {
  readonly workbook: FakeWorkbook;
  private queue: Operation[] = [];

  constructor(readonly host: FakeExcelHost) {
    this.workbook = new FakeWorkbook(this);
  }

  enqueue(op: Operation): void {
    this.host.countOperation();
    this.queue.push(op);
  }

  pending(): number {
    return this.queue.length;
  }

  async sync<T>(passThroughValue?: T): Promise<T> {
    const ops = this.queue;
    this.queue = [];
    // A sync is a round trip: never complete synchronously.
    await (this.host.latencyMs > 0 ? new Promise((resolve) => setTimeout(resolve, this.host.latencyMs)) : Promise.resolve());
    this.host.execute(ops);
    return passThroughValue as T;
  }

  trace(): void {}

  load(object: FakeClientObject, option?: LoadArgument): void {
    object.load(option);
  }
}
