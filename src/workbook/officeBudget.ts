/**
 * What one request may carry: the byte budget, its estimates, and writes that go again in smaller
 * requests when Excel refuses one for its size.
 */
import { officeErrorCode } from "./officeErrors";
import { WorkbookError, throwIfCancelled } from "./port";

/** Excel on the web refuses requests and responses above 5 MB; we aim to stay under this. */
export const MAX_REQUEST_BYTES = 4_000_000;

/** Room kept in every request for the actions queued around the value blocks, or for estimate error. */
export const HEADROOM_BYTES = 400_000;

/** What one sync may carry: values written, or values read back. */
export const REQUEST_BUDGET_BYTES = MAX_REQUEST_BYTES - HEADROOM_BYTES;

/** Rough size of one serialized action besides its arguments. */
export const ACTION_BYTES = 100;

export const MAX_BLOCK_ROWS = 2_000;

/**
 * How many times a write refused for its size is tried again, each time with a request budget
 * half as large (at most the refused request's half): 3.6 MB down to 225 KB at the least.
 */
export const MAX_SIZE_HALVINGS = 4;

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
export const LARGE_REQUEST_BYTES = 64_000;

export const MAX_READ_CELLS = 100_000;

/** Guess for the first read (value + number format), before a real piece has been weighed. */
export const FIRST_READ_CELL_BYTES = 60;

/** The same for a value alone. */
export const FIRST_VALUES_CELL_BYTES = 45;

/**
 * What one read request may carry. Its actions weigh little; the room left is for the error of
 * the estimates, made per sheet from what its earlier pieces weighed (fills weigh a known amount).
 */
export const READ_BUDGET_BYTES = REQUEST_BUDGET_BYTES;

/** {"format":{"fill":{"color":"#A9D08E"}}} per cell */
export const FILL_PROPERTY_BYTES = 40;

/** {"rowHidden":false}, per row of getRowProperties, and a little room */
export const ROW_PROPERTY_BYTES = 24;

/** {"columnHidden":false}, per column of getColumnProperties, and a little room */
export const COLUMN_PROPERTY_BYTES = 27;

/**
 * Tracks the estimated size of what is queued and syncs only when the next piece would push the
 * request over budget: syncs follow bytes, never rows or cells. With a signal, every sync is
 * preceded by a look at it, until `commit` says the queue must go out whatever happens.
 */
export class RequestBudget {
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
export interface WriteLimit {
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
export async function inShrinkingRequests(sheet: string, unchanged: boolean, attempt: (limit: WriteLimit) => Promise<void>): Promise<void> {
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

export function refusedForSize(e: unknown, bytes: number): boolean {
  const code = officeErrorCode(e instanceof WorkbookError ? e.cause : e);
  return code === "RequestPayloadSizeLimitExceeded" || (code === "GeneralException" && bytes >= LARGE_REQUEST_BYTES);
}

export function tooLarge(sheet: string, e: unknown, tries: number, unchanged: boolean): WorkbookError {
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

/** JSON size in UTF-8 bytes without building the JSON: Thai text is three bytes a character. */
export function jsonBytes(v: string | number | boolean | null): number {
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

export function utf8Bytes(s: string): number {
  return jsonBytes(s) - 2;
}
