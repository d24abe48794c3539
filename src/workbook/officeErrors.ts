/**
 * Office errors as the port's: WorkbookError codes, name clashes Excel reports as InvalidArgument,
 * and the Office error code of anything thrown.
 */
import type { ExcelRun } from "./officeWorkbook";
import { CancelledError, WorkbookError } from "./port";

export type ErrorMap = Partial<Record<string, [WorkbookError["code"], string]>>;

/** The name a batch gives a sheet, and the sheet it renames (whose own name is no clash). */
export interface NameClash {
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
export async function hostCall<T>(run: ExcelRun, sheet: string, codes: ErrorMap, batch: (ctx: Excel.RequestContext) => Promise<T>, clash?: NameClash): Promise<T> {
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
export async function nameTaken(run: ExcelRun, clash: NameClash): Promise<boolean> {
  const key = clash.name.toLowerCase();
  const own = clash.except?.toLowerCase();
  return run(async (ctx) => {
    const sheets = ctx.workbook.worksheets.load("items/name");
    await ctx.sync();
    return sheets.items.some((s) => s.name.toLowerCase() === key && s.name.toLowerCase() !== own);
  });
}

export function officeErrorCode(e: unknown): string | undefined {
  const code = typeof e === "object" && e !== null ? (e as { code?: unknown }).code : undefined;
  return typeof code === "string" ? code : undefined;
}

// ---------------------------------------------------------------------------------------------
// Writing
