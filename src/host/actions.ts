/**
 * The one door from the UI (task pane, ribbon) to the workbook. UI code calls these functions
 * and never touches Excel itself. Each action publishes its outcome on the result bus, so
 * a ribbon run shows up in the pane too.
 */
import type { CheckProgress, CheckResult } from "../commands/checkResult";
import { currentFiscalYear } from "../domain/thaiCalendar";
import { detectLanguage, errorCode, errorMessage } from "../taskpane/i18n";
import { HostError } from "./errors";
import { publish, publishProgress, type ActionName, type ActionSource, type TemplateResult } from "./resultBus";

export interface RunOptions {
  /** Who asked: decides nothing here, but listeners use it to tell ribbon runs apart. */
  readonly source?: ActionSource;
}

export interface TemplateOptions extends RunOptions {
  /** Buddhist-era fiscal year; defaults to the current one (Asia/Bangkok). */
  readonly fiscalYear?: number;
}

export interface CheckOptions extends RunOptions {
  /** Called as the check advances (the same reports also go to the bus's progress listeners). */
  readonly onProgress?: (progress: CheckProgress) => void;
}

/** True when the Excel JavaScript API is there (false in a plain browser). */
export function isInExcel(): boolean {
  return typeof Excel !== "undefined" && typeof Excel.run === "function";
}

/** The fiscal year the pane proposes: the current Buddhist-era fiscal year. */
export function defaultFiscalYear(today?: Date): number {
  return currentFiscalYear(today);
}

function assertExcel(): void {
  if (!isInExcel()) throw new HostError("NOT_IN_EXCEL");
  const requirements = typeof Office !== "undefined" ? Office.context?.requirements : undefined;
  if (requirements && typeof requirements.isSetSupported === "function" && !requirements.isSetSupported("ExcelApi", "1.9")) {
    throw new HostError("OLD_EXCEL");
  }
}

/**
 * Adds the plan's template sheets to the open workbook (existing ones are left alone).
 * Resolves with what was added; rejects with the original error after publishing a
 * translated failure on the bus.
 */
export async function runCreateTemplate(options: TemplateOptions = {}): Promise<TemplateResult> {
  const source = options.source ?? "pane";
  try {
    const fiscalYear = options.fiscalYear ?? defaultFiscalYear();
    assertExcel();
    // Loaded on first use: the pane's first paint needs neither the adapter nor the sheet builders.
    const [{ createOfficeWorkbook }, { createTemplate }] = await Promise.all([
      import(/* webpackChunkName: "workbook" */ "../workbook/officeWorkbook"),
      import(/* webpackChunkName: "commands" */ "../commands/createTemplate"),
    ]);
    const port = createOfficeWorkbook();
    const outcome = await createTemplate(port, { fiscalYear });
    const result: TemplateResult = { added: [...outcome.added], existing: [...outcome.existing], fiscalYear };
    publish({ action: "createTemplate", source, ok: true, result });
    return result;
  } catch (err) {
    publishFailure("createTemplate", source, err);
    throw err;
  }
}

/**
 * Checks the project sheets of the open workbook (reads only). Progress goes to
 * `options.onProgress` and to the bus; the result, or a translated failure, to the bus.
 * Resolves with the result; rejects with the original error.
 */
export async function runCheck(options: CheckOptions = {}): Promise<CheckResult> {
  const source = options.source ?? "pane";
  try {
    assertExcel();
    publishProgress({ action: "checkProjects", source, progress: null });
    const [{ createOfficeWorkbook }, { checkWorkbook }] = await Promise.all([
      import(/* webpackChunkName: "workbook" */ "../workbook/officeWorkbook"),
      import(/* webpackChunkName: "check" */ "../commands/checkWorkbook"),
    ]);
    const result = await checkWorkbook(createOfficeWorkbook(), (progress) => {
      options.onProgress?.(progress);
      publishProgress({ action: "checkProjects", source, progress });
    });
    publish({ action: "checkProjects", source, ok: true, result });
    return result;
  } catch (err) {
    publishFailure("checkProjects", source, err);
    throw err;
  }
}

/**
 * Shows a finding's place in Excel: activates `sheet` and selects `address` ("D12").
 * Not an action with an outcome: nothing goes to the bus; errors go to the caller.
 */
export async function selectCell(sheet: string, address: string): Promise<void> {
  assertExcel();
  const { createOfficeWorkbook } = await import(/* webpackChunkName: "workbook" */ "../workbook/officeWorkbook");
  await createOfficeWorkbook().selectCell(sheet, address);
}

function publishFailure(action: ActionName, source: ActionSource, err: unknown): void {
  const lang = detectLanguage();
  publish({ action, source, ok: false, error: { code: errorCode(err), message: errorMessage(err, lang) } });
}
