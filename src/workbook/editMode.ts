import { officeErrorCode } from "./officeErrors";
import type { ExcelRun } from "./officeWorkbook";
import { WorkbookError } from "./port";

/**
 * Lets a run wait while the user is typing in a cell instead of failing. Excel refuses every
 * batch then with InvalidOperationInCellEditMode ("The operation isn't available while Excel
 * is in Edit cell mode. Exit Edit mode by using the Enter or Tab keys, or by selecting another
 * cell, and then try again."):
 * https://learn.microsoft.com/en-us/office/dev/add-ins/testing/application-specific-api-error-handling
 * and a ribbon button pressed meanwhile meets it at once (office-js issues 625, 3323, 3388).
 *
 * Excel.run's own delayForCellEdit (RunOptions) is not used: it waits without a word to the
 * user, and was seen to fail all the same on the web (office-js issues 3019, 3021, 856):
 * https://learn.microsoft.com/en-us/javascript/api/excel/excel.runoptions
 */

/** How often a refused batch is tried again. */
export const CELL_EDIT_POLL_MS = 1000;
/** How long a batch waits for the user to leave the cell before it gives up. */
export const CELL_EDIT_TIMEOUT_MS = 120_000;

const CELL_EDIT_CODE = "InvalidOperationInCellEditMode";

export interface CellEditWaitOptions {
  /** Told true when a batch starts waiting for the user to leave the cell, false when it stops waiting. */
  readonly onWaiting?: (waiting: boolean) => void;
  readonly pollMs?: number;
  readonly timeoutMs?: number;
  readonly sleep?: (ms: number) => Promise<void>;
  readonly now?: () => number;
}

const sleepFor = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * `run`, trying a batch again (every `pollMs`, for up to `timeoutMs`) while Excel refuses it for
 * cell edit mode before any of its syncs went through: the docs say such a batch "automatically
 * fails" (RunOptions.delayForCellEdit), so nothing of it was applied. Once one of its syncs has
 * succeeded, the batch is never run again, as that would apply its first part twice: the error
 * goes to the caller as Excel gave it. Gives up with a WorkbookError (HOST_ERROR, Office's
 * error as its cause) whose message tells the user to finish editing the cell.
 */
export function waitingForCellEdit(run: ExcelRun, options: CellEditWaitOptions = {}): ExcelRun {
  const { onWaiting, pollMs = CELL_EDIT_POLL_MS, timeoutMs = CELL_EDIT_TIMEOUT_MS, sleep = sleepFor, now = Date.now } = options;
  const tell = (waiting: boolean) => {
    try {
      onWaiting?.(waiting);
    } catch (err) {
      console.error("OpPlan: cell edit listener failed", err);
    }
  };
  return async <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => {
    const started = now();
    let waiting = false;
    try {
      for (;;) {
        let synced = false;
        try {
          return await run((ctx) => batch(counting(ctx, () => (synced = true))));
        } catch (e) {
          if (synced || !isCellEditError(e)) throw e;
          if (now() - started >= timeoutMs) throw gaveUp(e, timeoutMs);
          if (!waiting) {
            waiting = true;
            tell(true);
          }
          await sleep(pollMs);
        }
      }
    } finally {
      if (waiting) tell(false);
    }
  };
}

/** The context with a sync that reports each success: Excel.run's closing sync goes through it too. */
function counting(ctx: Excel.RequestContext, succeeded: () => void): Excel.RequestContext {
  const sync = ctx.sync.bind(ctx);
  ctx.sync = (async <V>(passThroughValue?: V) => {
    const value = await sync(passThroughValue);
    succeeded();
    return value;
  }) as typeof ctx.sync;
  return ctx;
}

function isCellEditError(e: unknown): boolean {
  return officeErrorCode(e) === CELL_EDIT_CODE;
}

function gaveUp(cause: unknown, timeoutMs: number): WorkbookError {
  const minutes = Math.max(1, Math.round(timeoutMs / 60_000));
  const error = new WorkbookError(
    "HOST_ERROR",
    "",
    `Excel ยังแก้ไขเซลล์ค้างอยู่ OpPlan รอมา ${minutes} นาทีแล้วจึงหยุด: พิมพ์ในเซลล์ให้เสร็จแล้วกด Enter (หรือกด Esc เพื่อยกเลิกการแก้ไข) แล้วลองอีกครั้ง`,
  );
  error.cause = cause;
  return error;
}

/** Excel.run itself, waiting for cell edit mode: what the pane and the ribbon build their port on. */
export function officeRunWaitingForCellEdit(options: CellEditWaitOptions = {}): ExcelRun {
  return waitingForCellEdit((batch) => Excel.run(batch), options);
}
